//! `/datasets` (the filtered list) and `/datasets/{identifier}` (one dataset).

use actix_web::{web, HttpRequest, HttpResponse};

use super::html;
use crate::domain::{Importance, PersonalData, SharingScope, Status, Theme};
use crate::storage::agencies::{self, AgencyTree};
use crate::storage::datasets;
use crate::storage::listing::{self, is_safe_format, DatasetFilter, SortOrder};
use crate::web::pages::dataset_list::{self, ListQuery};
use crate::web::pages::dataset_show;
use crate::web::params::Params;
use crate::web::{lang_of, AppState, WebError};

/// Reads the list's filters from the query string; values that mean nothing are dropped and noted.
fn list_query(params: &mut Params) -> ListQuery {
    ListQuery {
        agency: params.get("agency").map(str::to_string),
        theme: params.parsed("theme", Theme::parse),
        sharing_scope: params.parsed("scope", SharingScope::parse),
        importance: params.parsed("importance", Importance::parse),
        personal_data: params.parsed("personal", PersonalData::parse),
        format: params.parsed("format", |f| is_safe_format(f).then(|| f.to_uppercase())),
        status: params.parsed("status", |s| {
            Status::parse(s).filter(|s| *s != Status::Draft)
        }),
        sort: params
            .parsed("sort", |s| match s {
                "title" => Some(SortOrder::Title),
                "modified" => Some(SortOrder::Modified),
                _ => None,
            })
            .unwrap_or_default(),
        page: params.page(),
    }
}

pub async fn list(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, WebError> {
    let lang = lang_of(&req);
    let mut params = Params::parse(req.query_string());
    let mut query = list_query(&mut params);
    let data = state
        .db
        .run(move |conn| {
            let tree = AgencyTree::new(agencies::all(conn)?);
            let agency_ids = match query.agency.as_deref() {
                Some(code) => match tree.by_code(code) {
                    Some(a) => Some(tree.subtree_ids(a.id)),
                    None => {
                        params.ignored.push("agency".into());
                        query.agency = None;
                        None
                    }
                },
                None => None,
            };
            let filter = DatasetFilter {
                agency_ids,
                theme: query.theme,
                sharing_scope: query.sharing_scope,
                importance: query.importance,
                personal_data: query.personal_data,
                format: query.format.clone(),
                status: query.status,
            };
            let mut page = listing::list(conn, &filter, query.sort, query.page)?;
            let last_page = ((page.total + listing::PAGE_SIZE - 1) / listing::PAGE_SIZE).max(1);
            if query.page > last_page {
                // A page past the end shows the last one rather than an empty list.
                query.page = last_page;
                page = listing::list(conn, &filter, query.sort, query.page)?;
            }
            Ok(dataset_list::ListData {
                query,
                page,
                tree,
                ignored: params.ignored,
            })
        })
        .await
        .map_err(WebError::storage(lang))?;
    Ok(html(dataset_list::page(lang, &data)))
}

pub async fn show(req: HttpRequest, state: web::Data<AppState>) -> Result<HttpResponse, WebError> {
    let lang = lang_of(&req);
    let identifier = req
        .match_info()
        .get("identifier")
        .unwrap_or_default()
        .to_string();
    if identifier.len() > 200 {
        return Err(WebError::not_found(lang));
    }
    let detail = state
        .db
        .run(move |conn| {
            let Some(detail) = datasets::detail(conn, &identifier)? else {
                return Ok(None);
            };
            let tree = AgencyTree::new(agencies::all(conn)?);
            Ok(Some((detail, tree)))
        })
        .await
        .map_err(WebError::storage(lang))?;
    match detail {
        Some((detail, tree)) => Ok(html(dataset_show::page(lang, &detail, &tree))),
        None => Err(WebError::not_found(lang)),
    }
}
