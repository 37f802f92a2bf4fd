//! Reading the catalog as JSON: `/api/v1/datasets` (the same query, filters, facets and pages as the
//! list page), `/api/v1/datasets/{identifier}` (with columns, distributions and access rules),
//! `/api/v1/agencies`, `/api/v1/agencies/{code}`, `/api/v1/themes`. Every answer holds only what the
//! caller may see: anonymous callers get open data; a session cookie or an API token (`Bearer`)
//! widens it to what that user or token may see.

use actix_web::{web, HttpRequest};

use super::error::ApiError;
use super::model::{self, AgencyDetail, AgencyList, DatasetFacets, DatasetList, ThemeList};
use crate::storage::agencies::{self, AgencyTree};
use crate::storage::datasets;
use crate::web::{AppState, Ctx};

fn not_found() -> ApiError {
    ApiError::new(
        actix_web::http::StatusCode::NOT_FOUND,
        "not_found",
        "Không có tài nguyên này, hoặc bạn không có quyền xem.",
        "No such resource, or you may not see it.",
    )
}

/// `GET /api/v1/datasets`: the list page's parameters, 20 per page.
#[utoipa::path(
    get,
    path = "/api/v1/datasets",
    operation_id = "list_datasets",
    tag = "catalog",
    summary = "Datasets: full-text query, filters, facets, 20 per page",
    params(
        ("q" = Option<String>, Query, description = "Search text, with or without Vietnamese diacritics; \"phrases\" and -exclusions"),
        ("agency" = Option<String>, Query, description = "Agency code: its datasets and its units'"),
        ("theme" = Option<String>, Query, description = "Theme code or Vietnamese label"),
        ("scope" = Option<String>, Query, description = "open, shared or internal (or Vietnamese labels)"),
        ("importance" = Option<String>, Query, description = "core, important or other"),
        ("personal" = Option<String>, Query, description = "none, basic or sensitive"),
        ("format" = Option<String>, Query, description = "Distribution format, e.g. CSV"),
        ("status" = Option<String>, Query, description = "published (default), retired, or draft for stewards"),
        ("sort" = Option<String>, Query, description = "relevance, title or modified"),
        ("page" = Option<String>, Query, description = "1-based page number"),
    ),
    responses(
        (status = 200, description = "OK", body = DatasetList),
        (status = 401, description = "A token was sent and is not valid", body = super::error::ErrorBody),
    ),
    security((), ("bearer" = [])),
)]
pub async fn list(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<web::Json<DatasetList>, ApiError> {
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
    let per_page = crate::storage::listing::PAGE_SIZE;
    Ok(web::Json(DatasetList {
        total: data.page.total,
        page: data.query.page,
        per_page,
        pages: ((data.page.total + per_page - 1) / per_page).max(1),
        ignored_parameters: data.ignored,
        search_unavailable: data.search_unavailable,
        items: data
            .page
            .items
            .iter()
            .map(|s| model::DatasetSummary::new(s, &data.tree))
            .collect(),
        facets: DatasetFacets::new(&data.page.facets, &data.tree),
    }))
}

/// `GET /api/v1/datasets/{identifier}`.
#[utoipa::path(
    get,
    path = "/api/v1/datasets/{identifier}",
    operation_id = "show_dataset",
    tag = "catalog",
    summary = "One dataset with its columns, distributions and access rules",
    params(("identifier" = String, Path, description = "The dataset's identifier")),
    responses(
        (status = 200, description = "OK", body = model::Dataset),
        (status = 401, description = "A token was sent and is not valid", body = super::error::ErrorBody),
        (status = 404, description = "Unknown, or not visible to the caller", body = super::error::ErrorBody),
    ),
    security((), ("bearer" = [])),
)]
pub async fn show(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<web::Json<model::Dataset>, ApiError> {
    let viewer = super::caller(&req, &ctx, &state).await?;
    let identifier = crate::web::path_segment(&req, "identifier").ok_or_else(not_found)?;
    let detail = state
        .db
        .run(move |conn| datasets::detail(conn, &identifier, &viewer))
        .await
        .map_err(ApiError::storage)?
        .ok_or_else(not_found)?;
    Ok(web::Json(model::Dataset::from(&detail)))
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
#[utoipa::path(
    get,
    path = "/api/v1/agencies",
    operation_id = "list_agencies",
    tag = "catalog",
    summary = "Every agency, parents before children in Vietnamese order, with visible dataset counts",
    responses(
        (status = 200, description = "OK", body = AgencyList),
        (status = 401, description = "A token was sent and is not valid", body = super::error::ErrorBody),
    ),
    security((), ("bearer" = [])),
)]
pub async fn agencies(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<web::Json<AgencyList>, ApiError> {
    let viewer = super::caller(&req, &ctx, &state).await?;
    let (tree, counts) = tree_and_counts(&state, viewer).await?;
    let items: Vec<model::Agency> = tree
        .agencies
        .iter()
        .map(|a| model::Agency::new(a, &tree, &counts))
        .collect();
    Ok(web::Json(AgencyList {
        total: items.len(),
        items,
    }))
}

/// `GET /api/v1/agencies/{code}`: one agency with its units.
#[utoipa::path(
    get,
    path = "/api/v1/agencies/{code}",
    operation_id = "show_agency",
    tag = "catalog",
    summary = "One agency with its units",
    params(("code" = String, Path, description = "The agency's code, e.g. bca")),
    responses(
        (status = 200, description = "OK", body = AgencyDetail),
        (status = 401, description = "A token was sent and is not valid", body = super::error::ErrorBody),
        (status = 404, description = "Unknown agency", body = super::error::ErrorBody),
    ),
    security((), ("bearer" = [])),
)]
pub async fn agency(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<web::Json<AgencyDetail>, ApiError> {
    let viewer = super::caller(&req, &ctx, &state).await?;
    let code = req.match_info().get("code").unwrap_or("").to_string();
    let (tree, counts) = tree_and_counts(&state, viewer).await?;
    let a = tree.by_code(&code).ok_or_else(not_found)?;
    Ok(web::Json(AgencyDetail {
        agency: model::Agency::new(a, &tree, &counts),
        units: tree
            .children_of(Some(a.id))
            .map(|u| model::Agency::new(u, &tree, &counts))
            .collect(),
        datasets_url: format!("/api/v1/datasets?agency={}", a.code),
    }))
}

/// `GET /api/v1/themes`: the theme vocabulary.
#[utoipa::path(
    get,
    path = "/api/v1/themes",
    operation_id = "list_themes",
    tag = "catalog",
    summary = "The theme vocabulary",
    responses((status = 200, description = "OK", body = ThemeList)),
)]
pub async fn themes() -> web::Json<ThemeList> {
    web::Json(ThemeList::all())
}
