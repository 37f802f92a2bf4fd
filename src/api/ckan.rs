//! A read-only subset of CKAN's Action API, under `/api/3/action/` and `/api/action/`, so scripts and
//! tools written against CKAN (ckanapi, harvesters) read ndc: `package_search`, `package_show`,
//! `package_list`, `organization_list`, `organization_show`, `tag_list`, `status_show`, with CKAN's
//! envelope (`help`, `success`, `result`) and its error envelope and status codes.
//!
//! Mapping: dataset → package (`name` = identifier), agency → organization (`name` = code),
//! distribution → resource, keyword → tag, theme → group. ndc's own fields go in `extras`:
//! `sharing_scope`, `importance`, `personal_data`, `update_frequency`, `custodian`, `legal_basis`,
//! `status`, and `schema_fields` (the columns, as a JSON string).
//!
//! Parameters come as a query string (GET) or a JSON or form body (POST, as ckanapi sends them).

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde_json::{json, Map, Value};

use crate::domain::{Status, Theme, Viewer};
use crate::search::{self, SearchRequest, SearchSort};
use crate::storage::agencies::{self, AgencyTree};
use crate::storage::listing::{self, DatasetSummary};
use crate::storage::models::{Distribution, SchemaField};
use crate::storage::{export_source, DbConn, StorageError};
use crate::web::{AppState, Ctx};

/// CKAN's ceiling on `rows`.
const MAX_ROWS: usize = 1000;

fn help(req: &HttpRequest, action: &str) -> String {
    format!(
        "{}/api/3/action/help_show?name={}",
        crate::web::public_base(req),
        form_urlencoded::byte_serialize(action.as_bytes()).collect::<String>()
    )
}

/// A CKAN error: status, `__type` and the message (or per-field messages for validation errors).
struct CkanError {
    status: StatusCode,
    kind: &'static str,
    body: Value,
}

impl CkanError {
    fn not_found(what: &str) -> CkanError {
        CkanError {
            status: StatusCode::NOT_FOUND,
            kind: "Not Found Error",
            body: json!({ "message": format!("Not found: {what}") }),
        }
    }

    fn validation(field: &str, message: impl Into<String>) -> CkanError {
        let mut body = Map::new();
        body.insert(field.to_string(), json!([message.into()]));
        CkanError {
            status: StatusCode::CONFLICT,
            kind: "Validation Error",
            body: Value::Object(body),
        }
    }

    fn unknown_action(action: &str) -> CkanError {
        CkanError {
            status: StatusCode::BAD_REQUEST,
            kind: "Bad request",
            body: json!({ "message": format!("Bad request - Action name not known: {action}") }),
        }
    }

    fn server(e: StorageError) -> CkanError {
        tracing::error!(error = %e, "CKAN API request failed");
        CkanError {
            status: StatusCode::INTERNAL_SERVER_ERROR,
            kind: "Internal Server Error",
            body: json!({ "message": "Internal server error" }),
        }
    }
}

fn envelope(req: &HttpRequest, action: &str, result: Result<Value, CkanError>) -> HttpResponse {
    match result {
        Ok(result) => HttpResponse::Ok().json(json!({
            "help": help(req, action),
            "success": true,
            "result": result,
        })),
        Err(e) => {
            let mut error = match e.body {
                Value::Object(m) => m,
                _ => Map::new(),
            };
            error.insert("__type".into(), json!(e.kind));
            HttpResponse::build(e.status).json(json!({
                "help": help(req, action),
                "success": false,
                "error": error,
            }))
        }
    }
}

/// The action's parameters: the query string, then a JSON object or form body on top.
fn params(req: &HttpRequest, body: &[u8]) -> Result<Map<String, Value>, CkanError> {
    let mut out = Map::new();
    for (k, v) in form_urlencoded::parse(req.query_string().as_bytes()) {
        out.insert(k.into_owned(), json!(v.into_owned()));
    }
    let trimmed = body.iter().position(|b| !b.is_ascii_whitespace());
    if let Some(start) = trimmed {
        if body[start] == b'{' {
            let parsed: Value = serde_json::from_slice(body)
                .map_err(|e| CkanError::validation("__body", format!("Invalid JSON: {e}")))?;
            if let Value::Object(m) = parsed {
                out.extend(m);
            }
        } else {
            for (k, v) in form_urlencoded::parse(body) {
                out.insert(k.into_owned(), json!(v.into_owned()));
            }
        }
    }
    Ok(out)
}

fn text<'a>(p: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    p.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// An integer parameter (given as a number or a string), within `0..=max` (CKAN clamps `rows`).
/// An integer parameter as given (a JSON number or text), `None` when absent or empty.
fn given_integer(p: &Map<String, Value>, key: &str) -> Result<Option<i64>, CkanError> {
    let n = match p.get(key).filter(|v| !v.is_null()) {
        None => return Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => return Ok(None),
        Some(Value::Number(n)) => n.as_i64(),
        Some(Value::String(s)) => s.trim().parse::<i64>().ok(),
        Some(_) => None,
    };
    n.map(Some)
        .ok_or_else(|| CkanError::validation(key, "Invalid integer"))
}

fn integer(
    p: &Map<String, Value>,
    key: &str,
    default: usize,
    max: usize,
) -> Result<usize, CkanError> {
    match given_integer(p, key)? {
        None => Ok(default),
        Some(n) if n >= 0 => Ok((n as u64).min(max as u64) as usize),
        Some(_) => Err(CkanError::validation(key, "Must be a natural number")),
    }
}

/// CKAN's `facet.limit`: how many values each facet lists, the most frequent first; 50 unless given,
/// and a negative number for all of them (`None`).
fn facet_limit(p: &Map<String, Value>) -> Result<Option<usize>, CkanError> {
    Ok(match given_integer(p, "facet.limit")? {
        None => Some(50),
        Some(n) if n < 0 => None,
        Some(n) => Some(n as usize),
    })
}

fn truthy(p: &Map<String, Value>, key: &str) -> bool {
    match p.get(key) {
        Some(Value::Bool(b)) => *b,
        Some(Value::String(s)) => matches!(s.to_lowercase().as_str(), "true" | "1" | "yes"),
        _ => false,
    }
}

fn organization(
    a: &crate::storage::models::Agency,
    tree: &AgencyTree,
    count: Option<i64>,
) -> Value {
    let mut o = json!({
        "id": a.code,
        "name": a.code,
        "title": a.name_vi,
        "display_name": a.name_vi,
        "description": a.name_en,
        "type": "organization",
        "is_organization": true,
        "state": "active",
        "approval_status": "approved",
        "image_url": "",
        "extras": [{ "key": "kind", "value": a.kind }, { "key": "parent", "value": a.parent_id.and_then(|p| tree.get(p)).map(|p| p.code.clone()).unwrap_or_default() }],
    });
    if let Some(n) = count {
        o["package_count"] = json!(n);
    }
    o
}

fn iso(t: chrono::NaiveDateTime) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.6f").to_string()
}

/// One column in the `schema_fields` extra, serialised straight to its JSON text (keys in
/// alphabetical order, as the extra has always been written).
#[derive(serde::Serialize)]
struct ColumnExtra<'a> {
    description: &'a str,
    key: bool,
    name: &'a str,
    personal_data: &'a str,
    required: bool,
    title: &'a str,
    #[serde(rename = "type")]
    field_type: &'a str,
    unit: &'a str,
}

impl<'a> From<&'a SchemaField> for ColumnExtra<'a> {
    fn from(f: &'a SchemaField) -> Self {
        ColumnExtra {
            description: &f.description,
            key: f.is_key,
            name: &f.name,
            personal_data: &f.personal_data,
            required: f.required,
            title: &f.title,
            field_type: &f.field_type,
            unit: &f.unit,
        }
    }
}

/// A dataset as a CKAN package.
fn package(
    s: &DatasetSummary,
    tree: &AgencyTree,
    fields: &[SchemaField],
    dists: &[Distribution],
) -> Value {
    let d = &s.dataset;
    let owner = tree.get(d.owner_id);
    let tags: Vec<Value> = d
        .keywords()
        .map(|k| json!({ "name": k, "display_name": k, "state": "active", "vocabulary_id": null }))
        .collect();
    let resources: Vec<Value> = dists
        .iter()
        .enumerate()
        .map(|(i, x)| {
            json!({
                "id": format!("{}-{}", d.identifier, x.ordinal),
                "package_id": d.identifier,
                "name": x.title,
                "description": "",
                "url": x.url,
                "format": x.format,
                "mimetype": x.media_type,
                "size": x.byte_size,
                "position": i,
                "state": "active",
                "url_type": null,
            })
        })
        .collect();
    let schema: Vec<ColumnExtra> = fields.iter().map(ColumnExtra::from).collect();
    let extra = |k: &str, v: String| json!({ "key": k, "value": v });
    let custodian = d
        .custodian_id
        .and_then(|c| tree.get(c))
        .map(|a| a.code.clone())
        .unwrap_or_default();
    json!({
        "id": d.identifier,
        "name": d.identifier,
        "title": d.title,
        "notes": d.description,
        "type": "dataset",
        "state": if d.status == Status::Retired.code() { "deleted" } else { "active" },
        "private": d.sharing_scope != "open",
        "url": "",
        "version": null,
        "author": owner.map(|a| a.name_vi.clone()),
        "author_email": null,
        "maintainer": d.contact_name,
        "maintainer_email": d.contact_email,
        "license_id": d.licence,
        "license_title": d.licence,
        "metadata_created": iso(d.created_at),
        "metadata_modified": iso(d.updated_at),
        "owner_org": owner.map(|a| a.code.clone()),
        "organization": owner.map(|a| organization(a, tree, None)),
        "tags": tags,
        "num_tags": tags.len(),
        "groups": s.themes.iter().map(|t| json!({ "name": t.code(), "title": t.label_vi(), "display_name": t.label_vi() })).collect::<Vec<_>>(),
        "resources": resources,
        "num_resources": resources.len(),
        "extras": [
            extra("sharing_scope", d.sharing_scope.clone()),
            extra("importance", d.importance.clone()),
            extra("personal_data", d.personal_data.clone()),
            extra("update_frequency", d.update_frequency.clone()),
            extra("custodian", custodian),
            extra("legal_basis", d.legal_basis.clone()),
            extra("status", d.status.clone()),
            extra("schema_fields", serde_json::to_string(&schema).unwrap_or_default()),
        ],
    })
}

/// Packages for dataset summaries, with their columns and distributions loaded in two queries.
fn packages(
    conn: &mut DbConn,
    items: &[DatasetSummary],
    tree: &AgencyTree,
) -> Result<Vec<Value>, StorageError> {
    let ids: Vec<i32> = items.iter().map(|s| s.dataset.id).collect();
    let mut fields = export_source::fields_of(conn, &ids)?;
    let mut dists = export_source::distributions_of(conn, &ids)?;
    Ok(items
        .iter()
        .map(|s| {
            let f = fields.remove(&s.dataset.id).unwrap_or_default();
            let x = dists.remove(&s.dataset.id).unwrap_or_default();
            package(s, tree, &f, &x)
        })
        .collect())
}

/// What `fq` asks for: `organization:CODE`, `groups:THEME`, `res_format:CSV`,
/// `license_id:CC-BY-4.0` (quoted when it has spaces), `tags:WORD` or
/// `tags:"two words"` (tags are matched as phrases of the query), each optionally `+`-prefixed.
#[derive(Default)]
struct Fq {
    organization: Option<String>,
    theme: Option<Theme>,
    format: Option<String>,
    licence: Option<String>,
    tags: Vec<String>,
}

fn parse_fq(fq: &str) -> Result<Fq, CkanError> {
    let mut out = Fq::default();
    let mut rest = fq.trim();
    while !rest.is_empty() {
        let term = rest.trim_start_matches('+');
        let Some((field, after)) = term.split_once(':') else {
            return Err(CkanError::validation(
                "fq",
                format!("Cannot read the filter query near «{term}»"),
            ));
        };
        let (value, next) = if let Some(quoted) = after.strip_prefix('"') {
            match quoted.split_once('"') {
                Some((v, next)) => (v.to_string(), next),
                None => {
                    return Err(CkanError::validation(
                        "fq",
                        "Unbalanced quotes in the filter query",
                    ))
                }
            }
        } else {
            match after.split_once(char::is_whitespace) {
                Some((v, next)) => (v.to_string(), next),
                None => (after.to_string(), ""),
            }
        };
        match field.trim() {
            "organization" | "owner_org" => out.organization = Some(value),
            "groups" => {
                out.theme = Some(Theme::parse(&value).ok_or_else(|| {
                    CkanError::validation("fq", format!("Unknown group «{value}»"))
                })?)
            }
            "res_format" => out.format = Some(value.to_uppercase()),
            "license_id" => out.licence = Some(value),
            "tags" => out.tags.push(value),
            other => {
                return Err(CkanError::validation(
                    "fq",
                    format!("Filtering on «{other}» is not supported (organization, groups, res_format, license_id, tags are)"),
                ))
            }
        }
        rest = next.trim();
    }
    Ok(out)
}

fn facet_block(title: &str, items: Vec<(String, String, i64)>) -> (Value, Value) {
    let mut plain = Map::new();
    for (name, _, n) in &items {
        plain.insert(name.clone(), json!(n));
    }
    let listed: Vec<Value> = items
        .into_iter()
        .map(|(name, display, count)| json!({ "name": name, "display_name": display, "count": count }))
        .collect();
    (
        Value::Object(plain),
        json!({ "title": title, "items": listed }),
    )
}

/// The agencies an answer names, read from the database instead of all of them: the packages'
/// owners (with their parents) and custodians, and the organization facet's agencies that can make
/// its first `limit` values (ties at the cut included: they are ordered by code).
fn named_agencies(
    conn: &mut DbConn,
    items: &[DatasetSummary],
    facets: &crate::storage::listing::Facets,
    facet_fields: &[String],
    limit: Option<usize>,
) -> Result<AgencyTree, StorageError> {
    let mut ids: Vec<i32> = items
        .iter()
        .flat_map(|s| [Some(s.dataset.owner_id), s.dataset.custodian_id])
        .flatten()
        .collect();
    if facet_fields
        .iter()
        .any(|f| f == "organization" || f == "owner_org")
    {
        let mut counts: Vec<i64> = facets.agencies.values().copied().collect();
        counts.sort_unstable_by(|a, b| b.cmp(a));
        let cut = limit
            .and_then(|n| n.checked_sub(1))
            .and_then(|i| counts.get(i).copied())
            .unwrap_or(i64::MIN);
        ids.extend(
            facets
                .agencies
                .iter()
                .filter(|(_, n)| **n >= cut && limit != Some(0))
                .map(|(id, _)| *id),
        );
    }
    let mut found = agencies::some(conn, &ids, None)?;
    let parents: Vec<i32> = found
        .iter()
        .filter_map(|a| a.parent_id)
        .filter(|p| !found.iter().any(|a| a.id == *p))
        .collect();
    if !parents.is_empty() {
        found.extend(agencies::some(conn, &parents, None)?);
    }
    Ok(AgencyTree::new(found))
}

fn package_search(
    conn: &mut DbConn,
    index: &search::SearchIndex,
    p: &Map<String, Value>,
    viewer: &Viewer,
) -> Result<Value, CkanError> {
    let rows = integer(p, "rows", 10, MAX_ROWS)?;
    let start = integer(p, "start", 0, usize::MAX)?;
    let sort = match text(p, "sort").unwrap_or("score desc, metadata_modified desc") {
        s if s.starts_with("score") || s.starts_with("relevance") => SearchSort::Relevance,
        s if s.starts_with("metadata_modified") => SearchSort::Modified,
        s if s.starts_with("title_string") || s.starts_with("name") || s.starts_with("title") => {
            SearchSort::Title
        }
        other => {
            return Err(CkanError::validation(
                "sort",
                format!("Cannot sort by «{other}»"),
            ))
        }
    };
    let facet_fields: Vec<String> = match p.get("facet.field") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        Some(Value::String(s)) => serde_json::from_str(s).map_err(|_| {
            CkanError::validation("facet.field", "Must be a JSON list of field names")
        })?,
        _ => {
            return Err(CkanError::validation(
                "facet.field",
                "Must be a JSON list of field names",
            ))
        }
    };
    let facet_limit = facet_limit(p)?;
    let fq = parse_fq(text(p, "fq").unwrap_or(""))?;
    let mut q = text(p, "q").unwrap_or("").to_string();
    if q == "*:*" {
        q.clear();
    }
    for tag in &fq.tags {
        q.push_str(&format!(" \"{}\"", tag.replace('"', "")));
    }
    let agency_id = match &fq.organization {
        Some(code) => match agencies::some(conn, &[], Some(code))
            .map_err(CkanError::server)?
            .first()
        {
            Some(a) => Some(a.id),
            // CKAN answers an unknown organization with no results.
            None => {
                return Ok(
                    json!({ "count": 0, "sort": "", "facets": {}, "search_facets": {}, "results": [] }),
                )
            }
        },
        None => None,
    };
    let request = SearchRequest {
        agency_id,
        theme: fq.theme,
        format: fq.format.clone(),
        licence: fq.licence.clone(),
        viewer: viewer.clone(),
        window: Some((start, rows)),
        // CKAN has no status facet; without facet.field, only the count.
        facets: if facet_fields.is_empty() {
            search::FacetNeed::None
        } else {
            search::FacetNeed::Matches
        },
        ..SearchRequest::new(search::parse(&q), sort)
    };
    let outcome = index.search(&request).map_err(|_| CkanError {
        status: StatusCode::SERVICE_UNAVAILABLE,
        kind: "Search Index Error",
        body: json!({ "message": "The search index is being built; try again shortly." }),
    })?;
    let items = listing::summaries(conn, &outcome.ids).map_err(CkanError::server)?;
    let tree = named_agencies(conn, &items, &outcome.facets, &facet_fields, facet_limit)
        .map_err(CkanError::server)?;
    let results = packages(conn, &items, &tree).map_err(CkanError::server)?;
    let f = &outcome.facets;
    let mut facets = Map::new();
    let mut search_facets = Map::new();
    for field in &facet_fields {
        let items: Vec<(String, String, i64)> = match field.as_str() {
            "organization" | "owner_org" => f
                .agencies
                .iter()
                .filter_map(|(id, n)| {
                    tree.get(*id)
                        .map(|a| (a.code.clone(), a.name_vi.clone(), *n))
                })
                .collect(),
            "groups" => f
                .themes
                .iter()
                .map(|(t, n)| (t.code().into(), t.label_vi().into(), *n))
                .collect(),
            "res_format" => f
                .formats
                .iter()
                .map(|(name, n)| (name.clone(), name.clone(), *n))
                .collect(),
            _ => Vec::new(),
        };
        let mut items = items;
        items.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
        if let Some(limit) = facet_limit {
            items.truncate(limit);
        }
        let (plain, listed) = facet_block(field, items);
        facets.insert(field.clone(), plain);
        search_facets.insert(field.clone(), listed);
    }
    Ok(json!({
        "count": outcome.total,
        "sort": text(p, "sort").unwrap_or("score desc, metadata_modified desc"),
        "facets": facets,
        "search_facets": search_facets,
        "results": results,
    }))
}

fn run(
    conn: &mut DbConn,
    index: &search::SearchIndex,
    action: &str,
    p: &Map<String, Value>,
    viewer: &Viewer,
) -> Result<Value, CkanError> {
    match action {
        "status_show" => Ok(json!({
            "ckan_version": "2.10.4",
            "site_title": "Danh mục dữ liệu quốc gia",
            "site_description": "National Data Catalog of Vietnamese state agencies (ndc)",
            "site_url": "",
            "locale_default": "vi",
            "extensions": ["ndc"],
        })),
        "package_search" => package_search(conn, index, p, viewer),
        "package_show" => {
            let id = text(p, "id")
                .or_else(|| text(p, "name_or_id"))
                .ok_or_else(|| CkanError::validation("id", "Missing value"))?;
            let detail = crate::storage::datasets::detail(conn, id, viewer)
                .map_err(CkanError::server)?
                .ok_or_else(|| CkanError::not_found("Dataset"))?;
            let tree = AgencyTree::new(agencies::all(conn).map_err(CkanError::server)?);
            let items =
                listing::summaries(conn, &[detail.dataset.id]).map_err(CkanError::server)?;
            Ok(package(
                &items[0],
                &tree,
                &detail.fields,
                &detail.distributions,
            ))
        }
        "package_list" => {
            let limit = integer(p, "limit", usize::MAX, usize::MAX)?;
            let offset = integer(p, "offset", 0, usize::MAX)?;
            let visible = viewer.sql_condition("datasets");
            let names =
                crate::storage::datasets::identifiers(conn, &visible).map_err(CkanError::server)?;
            Ok(json!(names
                .into_iter()
                .skip(offset)
                .take(limit)
                .collect::<Vec<_>>()))
        }
        "organization_list" => {
            let tree = AgencyTree::new(agencies::all(conn).map_err(CkanError::server)?);
            let counts = tree.rolled_up(
                &agencies::owned_dataset_counts(conn, viewer).map_err(CkanError::server)?,
            );
            if truthy(p, "all_fields") {
                Ok(json!(tree
                    .agencies
                    .iter()
                    .map(|a| organization(a, &tree, Some(counts.get(&a.id).copied().unwrap_or(0))))
                    .collect::<Vec<_>>()))
            } else {
                Ok(json!(tree
                    .agencies
                    .iter()
                    .map(|a| a.code.clone())
                    .collect::<Vec<_>>()))
            }
        }
        "organization_show" => {
            let id = text(p, "id").ok_or_else(|| CkanError::validation("id", "Missing value"))?;
            let tree = AgencyTree::new(agencies::all(conn).map_err(CkanError::server)?);
            let counts = tree.rolled_up(
                &agencies::owned_dataset_counts(conn, viewer).map_err(CkanError::server)?,
            );
            let a = tree
                .by_code(id)
                .ok_or_else(|| CkanError::not_found("Organization"))?;
            Ok(organization(
                a,
                &tree,
                Some(counts.get(&a.id).copied().unwrap_or(0)),
            ))
        }
        "tag_list" => {
            let visible = viewer.sql_condition("datasets");
            let mut tags =
                crate::storage::datasets::keywords(conn, &visible).map_err(CkanError::server)?;
            if let Some(q) = text(p, "query") {
                let q = crate::text::fold(q);
                tags.retain(|t| crate::text::fold(t).contains(&q));
            }
            Ok(json!(tags))
        }
        other => Err(CkanError::unknown_action(other)),
    }
}

pub async fn action(
    req: HttpRequest,
    ctx: Ctx,
    body: web::Bytes,
    state: web::Data<AppState>,
) -> HttpResponse {
    let action = req.match_info().get("action").unwrap_or("").to_string();
    let p = match params(&req, &body) {
        Ok(p) => p,
        Err(e) => return envelope(&req, &action, Err(e)),
    };
    let viewer = match super::caller(&req, &ctx, &state).await {
        Ok(v) => v,
        Err(_) => {
            let e = CkanError {
                status: StatusCode::FORBIDDEN,
                kind: "Authorization Error",
                body: json!({ "message": "Access denied: the API token is not valid" }),
            };
            return envelope(&req, &action, Err(e));
        }
    };
    let index = state.search.clone();
    let name = action.clone();
    let result = state
        .db
        .run(move |conn| Ok(run(conn, &index, &name, &p, &viewer)))
        .await
        .unwrap_or_else(|e| Err(CkanError::server(e)));
    envelope(&req, &action, result)
}
