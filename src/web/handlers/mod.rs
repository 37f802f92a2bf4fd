//! One handler per action. Handlers read the request, ask storage, and hand the result to a page.

pub mod agencies;
pub mod assets;
pub mod datasets;
pub mod errors;
pub mod export;
pub mod health;
pub mod home;
pub mod lang;
pub mod templates;

use actix_web::HttpResponse;
use maud::Markup;

/// A rendered page as a response.
pub(super) fn html(markup: Markup) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(markup.into_string())
}
