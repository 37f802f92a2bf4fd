//! The web layer's error: every failure becomes a full HTML page in the visitor's language with a
//! message a person can act on. Details for developers go to the log, never to the page.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};

use super::pages;
use crate::domain::Lang;
use crate::storage::StorageError;

#[derive(Debug)]
pub struct WebError {
    status: StatusCode,
    lang: Lang,
}

impl WebError {
    pub fn not_found(lang: Lang) -> WebError {
        WebError {
            status: StatusCode::NOT_FOUND,
            lang,
        }
    }

    /// A storage failure: logged in full, shown as "temporarily unavailable" or "server error".
    pub fn storage(lang: Lang) -> impl FnOnce(StorageError) -> WebError {
        move |e| {
            let status = match e {
                StorageError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
                _ => StatusCode::INTERNAL_SERVER_ERROR,
            };
            tracing::error!(error = %e, "request failed");
            WebError { status, lang }
        }
    }
}

impl std::fmt::Display for WebError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.status)
    }
}

impl ResponseError for WebError {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse {
        HttpResponse::build(self.status)
            .content_type("text/html; charset=utf-8")
            .body(pages::errors::page(self.lang, self.status).into_string())
    }
}
