//! `/`: the catalog at a glance.

use actix_web::{web, HttpRequest, HttpResponse};

use super::html;
use crate::storage::agencies::{self, AgencyTree};
use crate::storage::datasets;
use crate::storage::listing::{self, DatasetFilter, SortOrder};
use crate::web::pages::home::{self, HomeData};
use crate::web::{lang_of, AppState, WebError};

pub async fn show(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, WebError> {
    let lang = lang_of(&req);
    let data = state
        .db
        .run(|conn| {
            let totals = datasets::totals(conn)?;
            let tree = AgencyTree::new(agencies::all(conn)?);
            let counts = agencies::owned_dataset_counts(conn)?;
            let overview =
                listing::list(conn, &DatasetFilter::default(), SortOrder::Title, 1, &tree)?;
            let recent = datasets::recent(conn, 8)?;
            Ok(HomeData {
                totals,
                tree,
                owned_counts: counts,
                facets: overview.facets,
                recent,
            })
        })
        .await
        .map_err(WebError::storage(lang))?;
    Ok(html(home::page(lang, &data)))
}
