//! `/agencies` (the government structure) and `/agencies/{code}` (one agency and its datasets).

use actix_web::{web, HttpRequest, HttpResponse};

use crate::search::{ParsedQuery, SearchRequest, SearchSort};
use crate::storage::access_requests;
use crate::storage::agencies::{self, AgencyTree};
use crate::storage::listing::{self, DatasetFilter, DatasetPage, SortOrder};
use crate::web::pages::{agency_show, agency_tree};
use crate::web::{AppState, Ctx, WebError};

pub async fn tree(ctx: Ctx, state: web::Data<AppState>) -> Result<HttpResponse, WebError> {
    let lang = ctx.lang;
    let viewer = ctx.viewer.clone();
    let (tree, counts) = state
        .db
        .run(move |conn| {
            let tree = AgencyTree::new(agencies::all(conn)?);
            let counts = tree.rolled_up(&agencies::owned_dataset_counts(conn, &viewer)?);
            Ok((tree, counts))
        })
        .await
        .map_err(WebError::storage(lang))?;
    Ok(ctx.html(agency_tree::page(&ctx.chrome(), &tree, &counts)))
}

pub async fn show(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let lang = ctx.lang;
    let viewer = ctx.viewer.clone();
    let code = req.match_info().get("code").unwrap_or_default().to_string();
    let index = state.search.clone();
    let (calendar, today) = (state.sharing.calendar.clone(), state.sharing.clock.today());
    let found = state
        .db
        .run(move |conn| {
            let tree = AgencyTree::new(agencies::all(conn)?);
            let Some(agency) = tree.by_code(&code).cloned() else {
                return Ok(None);
            };
            let counts = tree.rolled_up(&agencies::owned_dataset_counts(conn, &viewer)?);
            // The index answers when ready (fast at any size); the database otherwise.
            let everything = SearchRequest::new(ParsedQuery::default(), SearchSort::Title);
            let datasets = match index.search(&SearchRequest {
                agency_id: Some(agency.id),
                viewer: viewer.clone(),
                ..everything
            }) {
                Ok(outcome) => {
                    let items = listing::summaries(conn, &outcome.ids)?;
                    DatasetPage {
                        total: outcome.total,
                        items,
                        facets: outcome.facets,
                    }
                }
                Err(_) => {
                    let filter = DatasetFilter {
                        agency_ids: Some(tree.subtree_ids(agency.id)),
                        viewer,
                        ..Default::default()
                    };
                    listing::list(conn, &filter, SortOrder::Title, 1, &tree)?
                }
            };
            let answered = access_requests::received_by(conn, &tree.subtree_ids(agency.id))?;
            let sharing = access_requests::SharingRecord::compute(&answered, &calendar, today);
            Ok(Some(agency_show::AgencyData {
                agency,
                tree,
                counts,
                datasets,
                sharing,
            }))
        })
        .await
        .map_err(WebError::storage(lang))?;
    match found {
        Some(data) => Ok(ctx.html(agency_show::page(&ctx.chrome(), &data))),
        None => Err(ctx.not_found()),
    }
}
