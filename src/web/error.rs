//! The web layer's error: every failure becomes a full HTML page in the visitor's language with a
//! message a person can act on. Details for developers go to the log, never to the page.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};

use super::pages;
use crate::domain::Lang;
use crate::storage::StorageError;
use crate::web::ctx::Chrome;

#[derive(Debug)]
pub struct WebError {
    status: StatusCode,
    lang: Lang,
    kind: Kind,
    /// The visitor's page shell (their account in the header), when the handler knew it.
    chrome: Option<Chrome>,
}

#[derive(Debug)]
enum Kind {
    /// The status's own page.
    Page,
    /// 403 because a form's CSRF token was missing or wrong (usually an old tab): says so.
    Csrf,
    /// Not logged in: to the login page, then back to `next`.
    Login { next: String },
}

impl WebError {
    fn page(status: StatusCode, lang: Lang) -> WebError {
        WebError {
            status,
            lang,
            kind: Kind::Page,
            chrome: None,
        }
    }

    pub fn not_found(lang: Lang) -> WebError {
        WebError::page(StatusCode::NOT_FOUND, lang)
    }

    pub fn forbidden(lang: Lang) -> WebError {
        WebError::page(StatusCode::FORBIDDEN, lang)
    }

    pub fn bad_request(lang: Lang) -> WebError {
        WebError::page(StatusCode::BAD_REQUEST, lang)
    }

    /// The same error drawn with the visitor's header (their account, the log-out button).
    pub fn for_visitor(mut self, chrome: Chrome) -> WebError {
        self.chrome = Some(chrome);
        self
    }

    pub fn too_large(lang: Lang) -> WebError {
        WebError::page(StatusCode::PAYLOAD_TOO_LARGE, lang)
    }

    pub fn internal(lang: Lang) -> WebError {
        WebError::page(StatusCode::INTERNAL_SERVER_ERROR, lang)
    }

    pub fn csrf(lang: Lang) -> WebError {
        WebError {
            status: StatusCode::FORBIDDEN,
            lang,
            kind: Kind::Csrf,
            chrome: None,
        }
    }

    /// A page that needs a login: 303 to `/login?next=…` (only local paths are ever followed).
    pub fn login_needed(lang: Lang, next: &str) -> WebError {
        WebError {
            status: StatusCode::SEE_OTHER,
            lang,
            kind: Kind::Login {
                next: next.to_string(),
            },
            chrome: None,
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
            WebError::page(status, lang)
        }
    }
}

impl WebError {
    fn chrome(&self) -> Chrome {
        self.chrome
            .clone()
            .unwrap_or_else(|| Chrome::anonymous(self.lang))
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
        let page = match &self.kind {
            Kind::Page => pages::errors::page(&self.chrome(), self.status),
            Kind::Csrf => pages::errors::csrf_page(&self.chrome()),
            Kind::Login { next } => {
                let to = format!(
                    "/login?next={}",
                    form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>()
                );
                return HttpResponse::SeeOther()
                    .insert_header((actix_web::http::header::LOCATION, to))
                    .finish();
            }
        };
        HttpResponse::build(self.status)
            .content_type("text/html; charset=utf-8")
            .body(page.into_string())
    }
}
