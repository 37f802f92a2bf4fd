//! Unknown paths: the 404 page.

use actix_web::{HttpRequest, HttpResponse};

use crate::web::{lang_of, WebError};

pub async fn not_found(req: HttpRequest) -> Result<HttpResponse, WebError> {
    Err(WebError::not_found(lang_of(&req)))
}
