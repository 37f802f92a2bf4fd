//! Static assets, compiled into the binary so ndc stays one file to deploy.

use actix_web::{HttpRequest, HttpResponse};

use crate::web::{cache_forever, lang_of, WebError};

const STYLE_CSS: &str = include_str!("../../../assets/style.css");
const LOGO_SVG: &str = include_str!("../../../assets/logo.svg");

pub async fn file(req: HttpRequest) -> Result<HttpResponse, WebError> {
    let (body, content_type) = match req.match_info().get("file") {
        Some("style.css") => (STYLE_CSS, "text/css; charset=utf-8"),
        Some("logo.svg") => (LOGO_SVG, "image/svg+xml"),
        _ => return Err(WebError::not_found(lang_of(&req))),
    };
    Ok(HttpResponse::Ok()
        .content_type(content_type)
        .insert_header(cache_forever())
        .body(body))
}
