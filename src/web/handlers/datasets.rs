//! `/datasets` (the filtered list) and `/datasets/{identifier}` (one dataset).

use std::collections::HashMap;

use actix_web::{web, HttpRequest, HttpResponse};

use crate::domain::{Importance, PersonalData, SharingScope, Status, Theme, Viewer};
use crate::search::{self, ParsedQuery, SearchError, SearchIndex, SearchRequest, SearchSort};
use crate::storage::agencies::{self, AgencyTree};
use crate::storage::datasets;
use crate::storage::listing::{self, is_safe_format, DatasetFilter, DatasetPage, SortOrder};
use crate::storage::search_source::{self, DocSource};
use crate::storage::{DbConn, StorageError};
use crate::web::pages::dataset_list::{self, ListQuery};
use crate::web::pages::dataset_show;
use crate::web::params::Params;
use crate::web::{AppState, Ctx, WebError};

/// Reads the list's filters from the query string; values that mean nothing are dropped and noted.
/// Drafts can be listed by those who write datasets (their own agency's drafts).
fn list_query(params: &mut Params, viewer: &Viewer) -> ListQuery {
    let q = params.get("q").map(str::to_string);
    let default_sort = if q.is_some() {
        SearchSort::Relevance
    } else {
        SearchSort::Title
    };
    ListQuery {
        q,
        agency: params.get("agency").map(str::to_string),
        theme: params.parsed("theme", Theme::parse),
        sharing_scope: params.parsed("scope", SharingScope::parse),
        importance: params.parsed("importance", Importance::parse),
        personal_data: params.parsed("personal", PersonalData::parse),
        format: params.parsed("format", |f| is_safe_format(f).then(|| f.to_uppercase())),
        status: params.parsed("status", |s| {
            Status::parse(s).filter(|s| *s != Status::Draft || viewer.is_writer())
        }),
        sort: params
            .parsed("sort", |s| match s {
                "relevance" => Some(SearchSort::Relevance),
                "title" => Some(SearchSort::Title),
                "modified" => Some(SearchSort::Modified),
                _ => None,
            })
            .unwrap_or(default_sort),
        page: params.page(),
    }
}

/// Answers from the search index: ranked by relevance or sorted, with facets over all matches.
fn from_index(
    conn: &mut DbConn,
    index: &SearchIndex,
    query: &mut ListQuery,
    agency_id: Option<i32>,
    viewer: &Viewer,
) -> Result<Option<(DatasetPage, ParsedQuery, HashMap<i32, DocSource>)>, StorageError> {
    let mut parsed = search::parse(query.q.as_deref().unwrap_or(""));
    let request = |parsed: &ParsedQuery, query: &ListQuery| SearchRequest {
        query: parsed.clone(),
        agency_id,
        theme: query.theme,
        sharing_scope: query.sharing_scope,
        importance: query.importance,
        personal_data: query.personal_data,
        format: query.format.clone(),
        licence: None,
        status: query.status.unwrap_or(Status::Published),
        sort: query.sort,
        page: query.page,
        viewer: viewer.clone(),
        window: None,
        facets: search::FacetNeed::All,
    };
    let mut outcome = match index.search(&request(&parsed, query)) {
        Ok(o) => o,
        Err(SearchError::NotReady) => return Ok(None),
        Err(e) => {
            // The list still answers from the database; the failure is for the operators.
            tracing::warn!(reason = %e, "search failed; answering from the database");
            return Ok(None);
        }
    };
    // Words nobody has ever written in the catalog: search for the nearest known word instead.
    if outcome.total == 0 && !parsed.words.is_empty() && index.correct_spelling(&mut parsed).is_ok()
    {
        if parsed.words.iter().any(|w| w.corrected.is_some()) {
            if let Ok(o) = index.search(&request(&parsed, query)) {
                outcome = o;
            }
        }
    }
    // Still nothing with every word: show what matches some of them, best first.
    if outcome.total == 0 && parsed.words.len() >= 2 {
        parsed.relaxed = true;
        if let Ok(o) = index.search(&request(&parsed, query)) {
            outcome = o;
        }
    }
    query.page = outcome.page;
    // One load gives both the list rows and the columns that show why each result matched.
    let sources = search_source::load(conn, &outcome.ids)?;
    let items = listing::in_order(&outcome.ids, sources.iter().cloned().map(Into::into));
    let sources = sources.into_iter().map(|s| (s.dataset.id, s)).collect();
    Ok(Some((
        DatasetPage {
            total: outcome.total,
            items,
            facets: outcome.facets,
        },
        parsed,
        sources,
    )))
}

/// The list the query string asks for, as `viewer` may see it: from the search index when it is
/// ready, from the database otherwise. Shared by the list page and the JSON API.
pub(crate) fn list_data(
    conn: &mut DbConn,
    index: &SearchIndex,
    query_string: &str,
    viewer: &Viewer,
) -> Result<dataset_list::ListData, StorageError> {
    let mut params = Params::parse(query_string);
    let mut query = list_query(&mut params, viewer);
    let viewer = viewer.clone();
    let tree = AgencyTree::new(agencies::all(conn)?);
    let agency_ids = match query.agency.as_deref() {
        Some(code) => match tree.by_code(code) {
            Some(a) => Some((a.id, tree.subtree_ids(a.id))),
            None => {
                params.ignored.push("agency".into());
                query.agency = None;
                None
            }
        },
        None => None,
    };
    if let Some((page, parsed, sources)) = from_index(
        conn,
        &index,
        &mut query,
        agency_ids.as_ref().map(|a| a.0),
        &viewer,
    )? {
        return Ok(dataset_list::ListData {
            query,
            page,
            tree,
            ignored: params.ignored,
            parsed: Some(parsed),
            sources,
            search_unavailable: false,
        });
    }
    // The index is still being built: the database answers, without full-text matching.
    let filter = DatasetFilter {
        agency_ids: agency_ids.map(|a| a.1),
        theme: query.theme,
        sharing_scope: query.sharing_scope,
        importance: query.importance,
        personal_data: query.personal_data,
        format: query.format.clone(),
        status: query.status,
        viewer,
    };
    let sort = if query.sort == SearchSort::Modified {
        SortOrder::Modified
    } else {
        SortOrder::Title
    };
    let mut page = listing::list(conn, &filter, sort, query.page, &tree)?;
    let last_page = ((page.total + listing::PAGE_SIZE - 1) / listing::PAGE_SIZE).max(1);
    if query.page > last_page {
        // A page past the end shows the last one rather than an empty list.
        query.page = last_page;
        page = listing::list(conn, &filter, sort, query.page, &tree)?;
    }
    let search_unavailable = query.q.is_some();
    Ok(dataset_list::ListData {
        query,
        page,
        tree,
        ignored: params.ignored,
        parsed: None,
        sources: Default::default(),
        search_unavailable,
    })
}

pub async fn list(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let lang = ctx.lang;
    let viewer = ctx.viewer.clone();
    let query_string = req.query_string().to_string();
    let index = state.search.clone();
    let data = state
        .db
        .run(move |conn| list_data(conn, &index, &query_string, &viewer))
        .await
        .map_err(WebError::storage(lang))?;
    Ok(ctx.html(dataset_list::page(&ctx.chrome(), &data)))
}

pub async fn show(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let lang = ctx.lang;
    let viewer = ctx.viewer.clone();
    let identifier = ctx.path_segment(&req, "identifier")?;
    let detail = state
        .db
        .run(move |conn| {
            let Some(detail) = datasets::detail(conn, &identifier, &viewer)? else {
                return Ok(None);
            };
            let ancestors = agencies::ancestors(conn, detail.owner.id)?;
            Ok(Some((detail, ancestors)))
        })
        .await
        .map_err(WebError::storage(lang))?;
    match detail {
        Some((detail, ancestors)) => {
            let can_edit = ctx
                .viewer
                .can_edit(detail.dataset.owner_id, detail.dataset.custodian_id);
            let saved = Params::parse(req.query_string()).get("saved").is_some();
            let base = crate::web::public_base(&req);
            let api = format!("/api/v1/datasets/{}", detail.dataset.identifier);
            let here = format!("/datasets/{}", detail.dataset.identifier);
            // The DCAT-AP views (handlers::dcat) as alternates too.
            let link = format!(
                "<{api}>; rel=\"alternate\"; type=\"application/json\", <{here}>; rel=\"alternate\"; type=\"application/ld+json\", \
                 <{here}.ttl>; rel=\"alternate\"; type=\"text/turtle\", <{here}.rdf>; rel=\"alternate\"; type=\"application/rdf+xml\", \
                 <{here}.jsonld>; rel=\"alternate\"; type=\"application/ld+json\"; profile=\"http://data.europa.eu/r5r/\""
            );
            // Content negotiation: schema.org JSON-LD for harvesters that ask for it.
            let accept = req
                .headers()
                .get(actix_web::http::header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("");
            if accept.contains("application/ld+json") {
                return Ok(HttpResponse::Ok()
                    .content_type("application/ld+json; charset=utf-8")
                    .insert_header(("Vary", "Accept"))
                    .insert_header(("Link", link))
                    .body(crate::web::pages::json_ld::dataset(&detail, &base).to_string()));
            }
            let mut res = ctx.html(dataset_show::page(
                &ctx.chrome(),
                &detail,
                &ancestors,
                can_edit,
                saved,
                &base,
            ));
            res.headers_mut().insert(
                actix_web::http::header::LINK,
                actix_web::http::header::HeaderValue::from_str(&link)
                    .unwrap_or_else(|_| actix_web::http::header::HeaderValue::from_static("")),
            );
            res.headers_mut().insert(
                actix_web::http::header::VARY,
                actix_web::http::header::HeaderValue::from_static("Accept"),
            );
            Ok(res)
        }
        None => Err(ctx.not_found()),
    }
}
