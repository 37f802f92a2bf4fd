//! `/lang?to=en&next=/datasets`: switches the interface language, remembered in a cookie for a year,
//! and returns to the page the visitor was on.

use actix_web::cookie::{time::Duration, Cookie, SameSite};
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse};

use crate::domain::Lang;
use crate::web::i18n::LANG_COOKIE;
use crate::web::params::Params;

/// Only paths on this site are followed, so the switch can't be used to send people elsewhere.
pub(crate) fn local_path(next: Option<&str>) -> &str {
    match next {
        Some(p) if p.starts_with('/') && !p.starts_with("//") && !p.contains('\\') => p,
        _ => "/",
    }
}

pub async fn switch(req: HttpRequest) -> HttpResponse {
    let params = Params::parse(req.query_string());
    let lang = params
        .get("to")
        .and_then(Lang::from_code)
        .unwrap_or_default();
    let cookie = Cookie::build(LANG_COOKIE, lang.code())
        .path("/")
        .max_age(Duration::days(365))
        .same_site(SameSite::Lax)
        .http_only(true)
        .finish();
    HttpResponse::SeeOther()
        .cookie(cookie)
        .insert_header((header::LOCATION, local_path(params.get("next"))))
        .finish()
}
