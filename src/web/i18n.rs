//! The interface language: Vietnamese unless the visitor chose English (cookie `ndc_lang`).

use actix_web::HttpRequest;

use crate::domain::Lang;

pub const LANG_COOKIE: &str = "ndc_lang";

pub fn lang_of(req: &HttpRequest) -> Lang {
    req.cookie(LANG_COOKIE)
        .and_then(|c| Lang::from_code(c.value()))
        .unwrap_or_default()
}
