//! The JSON API under `/api/v1`: reading the catalog (anonymously, with the session, or with an API
//! token: each sees what it may), importing inventories (tokens only), and its OpenAPI document,
//! generated from the handlers and the wire types of [`model`]. Answers and errors in JSON (never
//! an HTML page), messages in Vietnamese and English.

mod access_requests;
mod catalog;
mod ckan;
mod error;
mod imports;
mod model;
pub mod openapi;

use actix_web::{web, HttpRequest};

use crate::domain::{UserRole, Viewer};
use crate::storage::agencies::{self, AgencyTree};
use crate::storage::tokens;

pub use error::ApiError;

/// The API's routes (mounted by [`crate::web::routes`]).
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/api/v1/datasets", web::get().to(catalog::list))
        .route(
            "/api/v1/datasets/{identifier}",
            web::get().to(catalog::show),
        )
        .route("/api/v1/agencies", web::get().to(catalog::agencies))
        .route("/api/v1/agencies/{code}", web::get().to(catalog::agency))
        .route("/api/v1/themes", web::get().to(catalog::themes))
        .route(
            "/api/v1/access-requests",
            web::get().to(access_requests::list),
        )
        .route(
            "/api/v1/access-requests/{reference}",
            web::get().to(access_requests::show),
        )
        .route(
            "/api/v1/outbox",
            web::get().to(access_requests::outbox_pending),
        )
        .route(
            "/api/v1/outbox/{id}/{outcome:delivered|failed}",
            web::post().to(access_requests::outbox_attempt),
        )
        .route("/api/v1/openapi.json", web::get().to(openapi::serve))
        .route("/api/v1/imports", web::post().to(imports::create))
        .route("/api/3/action/{action}", web::route().to(ckan::action))
        .route("/api/action/{action}", web::route().to(ckan::action))
        .route("/api/v1/imports", web::route().to(method_not_allowed))
        .route("/api/{rest:.*}", web::route().to(not_found));
}

/// Whose eyes: an API token when one is sent (a wrong one is refused, not ignored), else the
/// session, else anonymous.
pub(super) async fn caller(
    req: &HttpRequest,
    ctx: &crate::web::Ctx,
    state: &crate::web::AppState,
) -> Result<Viewer, ApiError> {
    if req
        .headers()
        .contains_key(actix_web::http::header::AUTHORIZATION)
    {
        let token = imports::authenticate(req, state).await?;
        return Ok(match token.role {
            tokens::Role::Admin => Viewer::User {
                id: 0,
                role: UserRole::Admin,
                agency_id: None,
                agency_subtree: Vec::new(),
            },
            tokens::Role::Steward { agency_id } => {
                let tree = state
                    .db
                    .run(|conn| Ok(AgencyTree::new(agencies::all(conn)?)))
                    .await
                    .map_err(ApiError::storage)?;
                Viewer::User {
                    id: 0,
                    role: UserRole::Steward,
                    agency_id: Some(agency_id),
                    agency_subtree: tree.subtree_ids(agency_id),
                }
            }
        });
    }
    Ok(ctx.viewer.clone())
}

/// Another method on an API resource: 405 with the methods it takes, in JSON.
async fn method_not_allowed() -> Result<actix_web::HttpResponse, ApiError> {
    Err(ApiError::new(
        actix_web::http::StatusCode::METHOD_NOT_ALLOWED,
        "method_not_allowed",
        "Tài nguyên này chỉ nhận phương thức POST.",
        "This resource only accepts POST.",
    ))
}

/// An unknown API path: 404 in JSON, not an HTML page.
async fn not_found() -> Result<actix_web::HttpResponse, ApiError> {
    Err(ApiError::new(
        actix_web::http::StatusCode::NOT_FOUND,
        "not_found",
        "Không có tài nguyên API này.",
        "No such API resource.",
    ))
}
