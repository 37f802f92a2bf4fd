//! `/api/v1/access-requests`: the requests an agency made and received, for agencies that connect
//! their own systems (with a steward's API token or a session), scoped to the caller's agency and
//! its units; and `/api/v1/outbox`, the notifications waiting for a mail gateway (admin tokens):
//! the gateway lists them, sends each, and reports it delivered or failed (failed ones stay
//! pending, so no message is lost).

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};

use super::error::ErrorBody;
use super::model::{AccessRequest, AccessRequestList, DeliveryOutcome, OutboxList, OutboxMessage};
use super::{caller, ApiError};
use crate::domain::{RequestStatus, Viewer};
use crate::storage::access_requests::{self as requests, Filter, Narrow, RequestView};
use crate::storage::agencies::{self, AgencyTree};
use crate::storage::outbox;
use crate::web::{AppState, Ctx};

fn login_needed() -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "unauthorized",
        "Cần đăng nhập hoặc mã truy cập API của một cơ quan.",
        "A session or an agency's API token is required.",
    )
}

/// The caller's viewer, refusing anonymous callers and accounts without an agency (but admins).
async fn party(req: &HttpRequest, ctx: &Ctx, state: &AppState) -> Result<Viewer, ApiError> {
    let viewer = caller(req, ctx, state).await?;
    match &viewer {
        Viewer::Anonymous => Err(login_needed()),
        v if v.is_admin() || !v.own_agencies().is_empty() => Ok(viewer),
        _ => Err(login_needed()),
    }
}

/// `GET /api/v1/access-requests?role=…&status=…`.
#[utoipa::path(
    get,
    path = "/api/v1/access-requests",
    operation_id = "list_access_requests",
    tag = "access requests",
    summary = "Access requests the caller's agency (and its units) made or must answer, newest first",
    params(
        ("role" = Option<String>, Query, description = "received, sent or all (default)"),
        ("status" = Option<String>, Query, description = "pending, approved, refused or withdrawn"),
    ),
    responses(
        (status = 200, description = "OK", body = AccessRequestList),
        (status = 400, description = "Unknown role or status", body = ErrorBody),
        (status = 401, description = "No session or agency token", body = ErrorBody),
    ),
    security(("bearer" = [])),
)]
pub async fn list(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<web::Json<AccessRequestList>, ApiError> {
    let viewer = party(&req, &ctx, &state).await?;
    let query =
        web::Query::<std::collections::HashMap<String, String>>::from_query(req.query_string())
            .map(|q| q.into_inner())
            .unwrap_or_default();
    let role = query.get("role").map(String::as_str).unwrap_or("all");
    let own = viewer.own_agencies().to_vec();
    let filters: Vec<Filter> = match (role, viewer.is_admin()) {
        ("received" | "all", true) => vec![Filter::All],
        ("sent", true) => vec![],
        ("received", false) => vec![Filter::ReceivedBy(own)],
        ("sent", false) => vec![Filter::SentBy(own)],
        ("all", false) => vec![Filter::ReceivedBy(own.clone()), Filter::SentBy(own)],
        _ => {
            return Err(ApiError::bad_request(
                "Tham số role chỉ nhận received, sent hoặc all.",
                "role takes received, sent or all.",
            ))
        }
    };
    let status = match query.get("status") {
        None => None,
        Some(s) => Some(RequestStatus::from_code(s).ok_or_else(|| {
            ApiError::bad_request(
                "Tham số status chỉ nhận pending, approved, refused hoặc withdrawn.",
                "status takes pending, approved, refused or withdrawn.",
            )
        })?),
    };
    let (rows, tree) = state
        .db
        .run(move |conn| {
            let mut rows: Vec<RequestView> = Vec::new();
            let mut seen = std::collections::HashSet::new();
            // The status is narrowed in SQL, so each side's newest 5,000 are of that status.
            let narrow = Narrow {
                status,
                overdue_on: None,
            };
            for f in &filters {
                for v in requests::query_narrowed(conn, f, narrow, 5_000)? {
                    // A request between two units of the caller's agency is both sent and received.
                    if seen.insert(v.request.id) {
                        rows.push(v);
                    }
                }
            }
            rows.sort_by_key(|v| std::cmp::Reverse(v.request.id));
            Ok((rows, AgencyTree::new(agencies::all(conn)?)))
        })
        .await
        .map_err(ApiError::storage)?;
    let today = state.sharing.clock.today();
    let items: Vec<AccessRequest> = rows
        .iter()
        .map(|v| AccessRequest::new(v, &tree, today))
        .collect();
    Ok(web::Json(AccessRequestList {
        total: items.len(),
        items,
    }))
}

/// `GET /api/v1/access-requests/{reference}`.
#[utoipa::path(
    get,
    path = "/api/v1/access-requests/{reference}",
    operation_id = "show_access_request",
    tag = "access requests",
    summary = "One access request the caller's agency is party to",
    params(("reference" = String, Path, description = "The request's reference, e.g. YC-2026-000001")),
    responses(
        (status = 200, description = "OK", body = AccessRequest),
        (status = 401, description = "No session or agency token", body = ErrorBody),
        (status = 404, description = "Unknown, or not party to it", body = ErrorBody),
    ),
    security(("bearer" = [])),
)]
pub async fn show(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<web::Json<AccessRequest>, ApiError> {
    let viewer = party(&req, &ctx, &state).await?;
    // Missing or over-long: no request has it, and the lookup below answers 404.
    let reference = crate::web::path_segment(&req, "reference").unwrap_or_default();
    let (found, tree) = state
        .db
        .run(move |conn| {
            Ok((
                requests::find(conn, &reference)?,
                AgencyTree::new(agencies::all(conn)?),
            ))
        })
        .await
        .map_err(ApiError::storage)?;
    match found {
        Some(v) if crate::domain::access_request::may_see(&viewer, v.parties()) => Ok(web::Json(
            AccessRequest::new(&v, &tree, state.sharing.clock.today()),
        )),
        _ => Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            "Không có yêu cầu này, hoặc bạn không phải một bên của yêu cầu.",
            "No such request, or you are not party to it.",
        )),
    }
}

async fn gateway(req: &HttpRequest, ctx: &Ctx, state: &AppState) -> Result<(), ApiError> {
    if caller(req, ctx, state).await?.is_admin() {
        Ok(())
    } else {
        Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "forbidden",
            "Chỉ mã truy cập quản trị (cổng gửi thư) được đọc hộp thư đi.",
            "Only an admin token (the mail gateway) may read the outbox.",
        ))
    }
}

/// Messages not delivered yet, oldest first.
#[utoipa::path(
    get,
    path = "/api/v1/outbox",
    operation_id = "list_outbox",
    tag = "outbox",
    summary = "Notifications not delivered yet, oldest first, for a mail gateway (admin token)",
    responses(
        (status = 200, description = "OK", body = OutboxList),
        (status = 401, description = "A token was sent and is not valid", body = ErrorBody),
        (status = 403, description = "Not an admin token", body = ErrorBody),
    ),
    security(("bearer" = [])),
)]
pub async fn outbox_pending(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<web::Json<OutboxList>, ApiError> {
    gateway(&req, &ctx, &state).await?;
    let rows = state
        .db
        .run(|conn| outbox::pending(conn, 500))
        .await
        .map_err(ApiError::storage)?;
    let items: Vec<OutboxMessage> = rows.iter().map(OutboxMessage::from).collect();
    Ok(web::Json(OutboxList {
        total: items.len(),
        items,
    }))
}

/// `POST /api/v1/outbox/{id}/delivered` or `/failed` (body: the reason, as text).
#[utoipa::path(
    post,
    path = "/api/v1/outbox/{id}/{outcome}",
    operation_id = "record_delivery",
    tag = "outbox",
    summary = "Record a delivery attempt: outcome `delivered`, or `failed` with the reason as the text body (the message stays pending)",
    params(
        ("id" = i32, Path, description = "The message's id, from the outbox list"),
        ("outcome" = inline(DeliveryOutcome), Path, description = "delivered or failed"),
    ),
    request_body(
        content = Option<String>,
        content_type = "text/plain",
        description = "For `failed`: why (the first 1,000 characters are kept)",
    ),
    responses(
        (status = 204, description = "Recorded"),
        (status = 400, description = "Not a message id", body = ErrorBody),
        (status = 401, description = "A token was sent and is not valid", body = ErrorBody),
        (status = 403, description = "Not an admin token", body = ErrorBody),
        (status = 404, description = "No such message", body = ErrorBody),
    ),
    security(("bearer" = [])),
)]
pub async fn outbox_attempt(
    req: HttpRequest,
    ctx: Ctx,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    gateway(&req, &ctx, &state).await?;
    let id: i32 = req
        .match_info()
        .get("id")
        .and_then(|v| v.parse().ok())
        .ok_or_else(|| ApiError::bad_request("Mã thư không hợp lệ.", "Not a message id."))?;
    // The route only matches the two outcomes.
    let outcome = req
        .match_info()
        .get("outcome")
        .and_then(DeliveryOutcome::from_path)
        .ok_or_else(|| ApiError::bad_request("Kết quả không hợp lệ.", "Not an outcome."))?;
    let delivered = outcome == DeliveryOutcome::Delivered;
    let reason: String = String::from_utf8_lossy(&body).chars().take(1_000).collect();
    let now = state.sharing.clock.now();
    let found = state
        .db
        .run(move |conn| {
            let outcome = if delivered {
                Ok(())
            } else {
                Err(reason.as_str())
            };
            outbox::record_attempt(conn, id, now, outcome)
        })
        .await
        .map_err(ApiError::storage)?;
    if found {
        Ok(HttpResponse::NoContent().finish())
    } else {
        Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            "Không có thư này.",
            "No such message.",
        ))
    }
}
