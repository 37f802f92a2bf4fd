//! `/`: the catalog at a glance. Counts come from the search index (one pass over every listed
//! dataset); until the index is ready, from the database.

use actix_web::{web, HttpResponse};

use crate::search::{ParsedQuery, SearchRequest, SearchSort};
use crate::storage::agencies::{self, AgencyTree};
use crate::storage::datasets::{self, CatalogTotals};
use crate::storage::listing::{self, DatasetFilter, SortOrder};
use crate::web::pages::home::{self, HomeData};
use crate::web::{AppState, Ctx, WebError};

const RECENT: usize = 8;

pub async fn show(ctx: Ctx, state: web::Data<AppState>) -> Result<HttpResponse, WebError> {
    let lang = ctx.lang;
    let viewer = ctx.viewer.clone();
    let index = state.search.clone();
    let data = state
        .db
        .run(move |conn| {
            let tree = AgencyTree::new(agencies::all(conn)?);
            let agencies = tree.agencies.len() as i64;
            let everything = SearchRequest {
                viewer: viewer.clone(),
                ..SearchRequest::new(ParsedQuery::default(), SearchSort::Modified)
            };
            if let Ok(outcome) = index.search(&everything) {
                let ids: Vec<i32> = outcome.ids.iter().copied().take(RECENT).collect();
                let recent = listing::summaries(conn, &ids)?
                    .into_iter()
                    .map(|s| s.dataset)
                    .collect();
                let totals = CatalogTotals {
                    datasets: outcome.total,
                    agencies,
                    fields: outcome.facets.fields,
                };
                return Ok(HomeData {
                    totals,
                    tree,
                    facets: outcome.facets,
                    recent,
                });
            }
            let totals = datasets::totals(conn, &viewer)?;
            let filter = DatasetFilter {
                viewer: viewer.clone(),
                ..Default::default()
            };
            let overview = listing::list(conn, &filter, SortOrder::Title, 1, &tree)?;
            let recent = datasets::recent(conn, &viewer, RECENT as i64)?;
            Ok(HomeData {
                totals,
                tree,
                facets: overview.facets,
                recent,
            })
        })
        .await
        .map_err(WebError::storage(lang))?;
    Ok(ctx.html(home::page(&ctx.chrome(), &data)))
}
