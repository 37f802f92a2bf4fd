//! `/api/v1/access-requests`: the requests an agency made and received, for agencies that connect
//! their own systems (with a steward's API token or a session), scoped to the caller's agency and
//! its units; and `/api/v1/outbox`, the notifications waiting for a mail gateway (admin tokens):
//! the gateway lists them, sends each, and reports it delivered or failed (failed ones stay
//! pending, so no message is lost).

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::{json, Value};

use super::{caller, ApiError};
use crate::domain::{RequestStatus, Viewer};
use crate::storage::access_requests::{self as requests, Filter, RequestView};
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

fn item(v: &RequestView, tree: &AgencyTree, today: chrono::NaiveDate) -> Value {
    let r = &v.request;
    let code = |id: i32| tree.get(id).map(|a| a.code.clone()).unwrap_or_default();
    json!({
        "reference": r.reference,
        "status": r.status,
        "overdue": r.is_overdue(today),
        "expired": r.is_expired(today),
        "automatic": r.automatic,
        "dataset": { "identifier": v.dataset_identifier, "title": v.dataset_title },
        "requester_agency": code(r.requester_agency_id),
        "answering_agency": code(r.answering_agency_id),
        "purpose": r.purpose,
        "legal_basis": r.legal_basis,
        "columns": r.requested(),
        "channel": r.channel,
        "period_start": r.period_start.to_string(),
        "period_end": r.period_end.to_string(),
        "contact": { "name": r.contact_name, "email": r.contact_email, "phone": r.contact_phone },
        "submitted_at": r.submitted_at.and_utc().to_rfc3339(),
        "due_on": r.due_on.to_string(),
        "answered_at": r.answered_at.map(|t| t.and_utc().to_rfc3339()),
        "approved_columns": r.approved(),
        "conditions": r.conditions,
        "refusal": (r.status() == RequestStatus::Refused).then(|| json!({
            "reason": r.refusal_reason, "legal_basis": r.refusal_legal_basis })),
        "url": format!("/access-requests/{}", r.reference),
    })
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

pub async fn list(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
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
            for f in &filters {
                for v in requests::query(conn, f, 5_000)? {
                    if !rows.iter().any(|r| r.request.id == v.request.id) {
                        rows.push(v);
                    }
                }
            }
            rows.sort_by(|a, b| b.request.id.cmp(&a.request.id));
            Ok((rows, AgencyTree::new(agencies::all(conn)?)))
        })
        .await
        .map_err(ApiError::storage)?;
    let today = state.sharing.clock.today();
    let items: Vec<Value> = rows
        .iter()
        .filter(|v| status.is_none_or(|s| v.request.status() == s))
        .map(|v| item(v, &tree, today))
        .collect();
    Ok(HttpResponse::Ok().json(json!({ "total": items.len(), "items": items })))
}

pub async fn show(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let viewer = party(&req, &ctx, &state).await?;
    let reference = req
        .match_info()
        .get("reference")
        .unwrap_or_default()
        .to_string();
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
        Some(v) if crate::domain::access_request::may_see(&viewer, v.parties()) => {
            Ok(HttpResponse::Ok().json(item(&v, &tree, state.sharing.clock.today())))
        }
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

fn message_json(m: &outbox::Stored) -> Value {
    json!({
        "id": m.id,
        "created_at": m.created_at.and_utc().to_rfc3339(),
        "kind": m.kind,
        "recipient_agency_id": m.recipient_agency_id,
        "recipient_user_id": m.recipient_user_id,
        "subject": m.subject,
        "body": m.body,
        "attempts": m.attempts,
        "last_error": m.last_error,
    })
}

/// Messages not delivered yet, oldest first.
pub async fn outbox_pending(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    gateway(&req, &ctx, &state).await?;
    let rows = state
        .db
        .run(|conn| outbox::pending(conn, 500))
        .await
        .map_err(ApiError::storage)?;
    let items: Vec<Value> = rows.iter().map(message_json).collect();
    Ok(HttpResponse::Ok().json(json!({ "total": items.len(), "items": items })))
}

/// `POST /api/v1/outbox/{id}/delivered` or `/failed` (body: the reason, as text).
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
    let delivered = req.match_info().get("outcome") == Some("delivered");
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
