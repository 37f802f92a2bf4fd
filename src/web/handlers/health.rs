//! `/healthz`: 200 when the database answers, 503 otherwise (for load balancers and monitoring), and
//! whether the search index has caught up with the database.

use actix_web::{web, HttpResponse};

use crate::storage::datasets;
use crate::web::AppState;

pub async fn check(state: web::Data<AppState>) -> HttpResponse {
    let backend = state.db.backend_name();
    // Search answers from the database until its index has caught up: still healthy, but say so.
    let search = if state.search.is_ready() {
        "ready"
    } else {
        "catching-up"
    };
    match state.db.run(datasets::ping).await {
        Ok(()) => HttpResponse::Ok()
            .content_type("application/json")
            .body(format!(
                r#"{{"status":"ok","database":"{backend}","search":"{search}"}}"#
            )),
        Err(e) => {
            tracing::warn!(error = %e, "health check failed");
            HttpResponse::ServiceUnavailable()
                .content_type("application/json")
                .body(format!(
                    r#"{{"status":"unavailable","database":"{backend}"}}"#
                ))
        }
    }
}
