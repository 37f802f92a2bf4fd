//! The JSON API under `/api/v1`: authenticated with API tokens (`Authorization: Bearer …`), answers
//! and errors in JSON (never an HTML page), messages in Vietnamese and English.

mod error;
mod imports;

use actix_web::web;

pub use error::ApiError;

/// The API's routes (mounted by [`crate::web::routes`]).
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/api/v1/imports", web::post().to(imports::create));
}
