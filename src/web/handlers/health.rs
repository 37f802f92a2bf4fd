//! `/healthz`: 200 when the database answers, 503 otherwise (for load balancers and monitoring).

use actix_web::{web, HttpResponse};

use crate::storage::datasets;
use crate::web::AppState;

pub async fn check(state: web::Data<AppState>) -> HttpResponse {
    let backend = state.db.backend_name();
    match state.db.run(datasets::ping).await {
        Ok(()) => HttpResponse::Ok()
            .content_type("application/json")
            .body(format!(r#"{{"status":"ok","database":"{backend}"}}"#)),
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
