//! Reading the catalog as JSON: `/api/v1/datasets` (the same query, filters, facets and pages as the
//! list page), `/api/v1/datasets/{identifier}` (with columns, distributions and access rules),
//! `/api/v1/agencies`, `/api/v1/agencies/{code}`, `/api/v1/themes`. Every answer holds only what the
//! caller may see: anonymous callers get open data; a session cookie or an API token (`Bearer`)
//! widens it to what that user or token may see.

use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::{json, Value};

use super::error::ApiError;
use crate::domain::{Importance, PersonalData, SharingScope, Status, Theme};
use crate::storage::agencies::{self, AgencyTree};
use crate::storage::datasets;
use crate::storage::listing::DatasetSummary;
use crate::storage::models::{Agency, DatasetDetail};
use crate::web::{AppState, Ctx};

fn not_found() -> ApiError {
    ApiError::new(
        actix_web::http::StatusCode::NOT_FOUND,
        "not_found",
        "Không có tài nguyên này, hoặc bạn không có quyền xem.",
        "No such resource, or you may not see it.",
    )
}

fn agency_ref(a: &Agency) -> Value {
    json!({ "code": a.code, "name_vi": a.name_vi, "name_en": a.name_en })
}

fn summary_json(s: &DatasetSummary, tree: &AgencyTree) -> Value {
    let d = &s.dataset;
    let code = |id: i32| tree.get(id).map(|a| a.code.clone());
    json!({
        "identifier": d.identifier,
        "title": d.title,
        "description": d.description,
        "owner": code(d.owner_id),
        "custodian": d.custodian_id.and_then(code),
        "sharing_scope": d.sharing_scope,
        "importance": d.importance,
        "personal_data": d.personal_data,
        "status": d.status,
        "themes": s.themes.iter().map(|t| t.code()).collect::<Vec<_>>(),
        "formats": s.formats,
        "modified": d.modified.map(|m| m.to_string()),
        "url": format!("/api/v1/datasets/{}", d.identifier),
    })
}

fn counts<T: Copy + std::hash::Hash + Eq>(
    all: &[T],
    code: fn(T) -> &'static str,
    map: &std::collections::HashMap<T, i64>,
) -> Value {
    let mut out = serde_json::Map::new();
    for v in all {
        if let Some(n) = map.get(v).filter(|n| **n > 0) {
            out.insert(code(*v).to_string(), json!(n));
        }
    }
    Value::Object(out)
}

/// `GET /api/v1/datasets`: the list page's parameters (`q`, `agency`, `theme`, `scope`,
/// `importance`, `personal`, `format`, `status`, `sort`, `page`), 20 per page.
pub async fn list(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let viewer = super::caller(&req, &ctx, &state).await?;
    let query_string = req.query_string().to_string();
    let index = state.search.clone();
    let data = state
        .db
        .run(move |conn| {
            crate::web::handlers::datasets::list_data(conn, &index, &query_string, &viewer)
        })
        .await
        .map_err(ApiError::storage)?;
    let f = &data.page.facets;
    let per_page = crate::storage::listing::PAGE_SIZE;
    let agencies: serde_json::Map<String, Value> = f
        .agencies
        .iter()
        .filter_map(|(id, n)| Some((data.tree.get(*id)?.code.clone(), json!(n))))
        .collect();
    Ok(HttpResponse::Ok().json(json!({
        "total": data.page.total,
        "page": data.query.page,
        "per_page": per_page,
        "pages": ((data.page.total + per_page - 1) / per_page).max(1),
        "ignored_parameters": data.ignored,
        "search_unavailable": data.search_unavailable,
        "items": data.page.items.iter().map(|s| summary_json(s, &data.tree)).collect::<Vec<_>>(),
        "facets": {
            "agency": agencies,
            "theme": counts(Theme::ALL, Theme::code, &f.themes),
            "scope": counts(SharingScope::ALL, SharingScope::code, &f.sharing_scope),
            "importance": counts(Importance::ALL, Importance::code, &f.importance),
            "personal": counts(PersonalData::ALL, PersonalData::code, &f.personal_data),
            "status": counts(Status::ALL, Status::code, &f.status),
            "format": f.formats.iter().map(|(name, n)| json!({"format": name, "count": n})).collect::<Vec<_>>(),
        },
    })))
}

fn detail_json(detail: &DatasetDetail) -> Value {
    let d = &detail.dataset;
    let list = |v: &str| {
        crate::storage::models::split_list(v)
            .map(str::to_string)
            .collect::<Vec<_>>()
    };
    json!({
        "identifier": d.identifier,
        "title": d.title,
        "description": d.description,
        "owner": agency_ref(&detail.owner),
        "custodian": detail.custodian.as_ref().map(agency_ref),
        "themes": detail.themes.iter().map(|t| t.code()).collect::<Vec<_>>(),
        "keywords": list(&d.keywords),
        "sharing_scope": d.sharing_scope,
        "importance": d.importance,
        "personal_data": d.personal_data,
        "legal_basis": d.legal_basis,
        "channels": list(&d.channels),
        "licence": d.licence,
        "update_frequency": d.update_frequency,
        "temporal_start": d.temporal_start.map(|x| x.to_string()),
        "temporal_end": d.temporal_end.map(|x| x.to_string()),
        "spatial": list(&d.spatial),
        "contact": { "name": d.contact_name, "email": d.contact_email, "phone": d.contact_phone },
        "issued": d.issued.map(|x| x.to_string()),
        "modified": d.modified.map(|x| x.to_string()),
        "status": d.status,
        "revision": d.revision,
        "fields": detail.fields.iter().map(|f| json!({
            "name": f.name, "title": f.title, "type": f.field_type, "unit": f.unit,
            "required": f.required, "key": f.is_key, "personal_data": f.personal_data,
            "description": f.description, "example": f.example,
        })).collect::<Vec<_>>(),
        "distributions": detail.distributions.iter().map(|x| json!({
            "title": x.title, "format": x.format, "media_type": x.media_type, "url": x.url,
            "byte_size": x.byte_size, "channel": x.channel,
        })).collect::<Vec<_>>(),
        "access_rules": detail.access_rules.iter().map(|(r, approver)| json!({
            "audience": r.audience, "default_sharing": r.default_sharing, "conditions": r.conditions,
            "legal_basis": r.legal_basis, "approving_agency": approver.as_ref().map(agency_ref),
            "response_days": r.response_days,
        })).collect::<Vec<_>>(),
        "links": { "page": format!("/datasets/{}", d.identifier), "history": format!("/datasets/{}/history", d.identifier) },
    })
}

/// `GET /api/v1/datasets/{identifier}`.
pub async fn show(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let viewer = super::caller(&req, &ctx, &state).await?;
    let identifier = req.match_info().get("identifier").unwrap_or("").to_string();
    if identifier.len() > 200 {
        return Err(not_found());
    }
    let detail = state
        .db
        .run(move |conn| datasets::detail(conn, &identifier, &viewer))
        .await
        .map_err(ApiError::storage)?
        .ok_or_else(not_found)?;
    Ok(HttpResponse::Ok().json(detail_json(&detail)))
}

fn agency_json(
    a: &Agency,
    tree: &AgencyTree,
    counts: &std::collections::HashMap<i32, i64>,
) -> Value {
    json!({
        "code": a.code,
        "name_vi": a.name_vi,
        "name_en": a.name_en,
        "kind": a.kind,
        "parent": a.parent_id.and_then(|p| tree.get(p)).map(|p| p.code.clone()),
        "datasets": counts.get(&a.id).copied().unwrap_or(0),
        "url": format!("/api/v1/agencies/{}", a.code),
    })
}

/// The agency structure with the listed datasets each agency and its units hold, as `viewer` sees.
async fn tree_and_counts(
    state: &AppState,
    viewer: crate::domain::Viewer,
) -> Result<(AgencyTree, std::collections::HashMap<i32, i64>), ApiError> {
    state
        .db
        .run(move |conn| {
            let tree = AgencyTree::new(agencies::all(conn)?);
            let counts = tree.rolled_up(&agencies::owned_dataset_counts(conn, &viewer)?);
            Ok((tree, counts))
        })
        .await
        .map_err(ApiError::storage)
}

/// `GET /api/v1/agencies`: every agency in Vietnamese order, with its parent and the number of
/// listed datasets (its own and its units') the caller may see.
pub async fn agencies(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let viewer = super::caller(&req, &ctx, &state).await?;
    let (tree, counts) = tree_and_counts(&state, viewer).await?;
    let items: Vec<Value> = tree
        .agencies
        .iter()
        .map(|a| agency_json(a, &tree, &counts))
        .collect();
    Ok(HttpResponse::Ok().json(json!({ "total": items.len(), "items": items })))
}

/// `GET /api/v1/agencies/{code}`: one agency with its units.
pub async fn agency(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let viewer = super::caller(&req, &ctx, &state).await?;
    let code = req.match_info().get("code").unwrap_or("").to_string();
    let (tree, counts) = tree_and_counts(&state, viewer).await?;
    let a = tree.by_code(&code).ok_or_else(not_found)?;
    let mut out = agency_json(a, &tree, &counts);
    out["units"] = json!(tree
        .children_of(Some(a.id))
        .map(|u| agency_json(u, &tree, &counts))
        .collect::<Vec<_>>());
    out["datasets_url"] = json!(format!("/api/v1/datasets?agency={}", a.code));
    Ok(HttpResponse::Ok().json(out))
}

/// `GET /api/v1/themes`: the theme vocabulary.
pub async fn themes() -> HttpResponse {
    let items: Vec<Value> = Theme::ALL
        .iter()
        .map(|t| json!({ "code": t.code(), "label_vi": t.label_vi(), "label_en": t.label_en() }))
        .collect();
    HttpResponse::Ok().json(json!({ "total": items.len(), "items": items }))
}
