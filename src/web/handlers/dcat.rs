//! DCAT-AP 3 views of the catalog, as the visitor may see it (the same rules as pages and
//! `/export/*.csv`):
//! - `/catalog.ttl|.jsonld|.rdf?page=N`: a page of 1,000 datasets with its Hydra view (first, last,
//!   next, previous, total); no `page` is page 1; `?page=all` streams the whole catalog;
//! - `/datasets/{identifier}.ttl|.jsonld|.rdf`: one dataset.
//!
//! An unknown suffix, an unknown or invisible dataset and a page past the end are 404s. Catalog
//! pages are streamed as they are read (see [`super::export::streamed`]).

use actix_web::{web, HttpRequest, HttpResponse};

use crate::export::dcat::{self, Pages, Syntax};
use crate::export::Scope;
use crate::web::params::Params;
use crate::web::{AppState, Ctx, WebError};

/// Registered first in [`crate::web::routes`], so `/datasets/{identifier}.ttl` wins over the page.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/catalog.{format:ttl|jsonld|rdf}", web::get().to(catalog))
        .route(
            "/datasets/{identifier}.{format:ttl|jsonld|rdf}",
            web::get().to(dataset),
        );
}

fn syntax_of(req: &HttpRequest, ctx: &Ctx) -> Result<Syntax, WebError> {
    req.match_info()
        .get("format")
        .and_then(Syntax::from_extension)
        .ok_or_else(|| ctx.not_found())
}

/// The response head every DCAT-AP document shares.
fn answer(ctx: &Ctx, syntax: Syntax) -> actix_web::HttpResponseBuilder {
    let mut res = HttpResponse::Ok();
    res.content_type(format!("{}; charset=utf-8", syntax.media_type()));
    // What a logged-in user sees is theirs alone.
    if ctx.account.is_some() {
        res.insert_header(("Cache-Control", "private, no-store"));
    }
    res
}

pub async fn catalog(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let lang = ctx.lang;
    let syntax = syntax_of(&req, &ctx)?;
    let pages = match Params::parse(req.query_string()).get("page") {
        None => Pages::Number(1),
        Some("all") => Pages::All,
        Some(n) => match n.parse::<u64>() {
            Ok(n) if n >= 1 => Pages::Number(n),
            _ => return Err(ctx.not_found()),
        },
    };
    let scope = Scope::visible_to(ctx.viewer.clone());
    let counted = scope.clone();
    let total = state
        .db
        .run(move |conn| dcat::count(conn, &counted).map_err(storage_error))
        .await
        .map_err(WebError::storage(lang))?;
    if let Pages::Number(n) = pages {
        if n > dcat::last_page(total) {
            return Err(ctx.not_found());
        }
    }
    let base = crate::web::public_base(&req);
    let body = super::export::streamed(state.db.clone(), move |conn, out| {
        dcat::write_catalog(conn, &scope, &base, syntax, pages, total, out)
            .map(|_| ())
            .map_err(|e| e.to_string())
    });
    Ok(answer(&ctx, syntax).streaming(body))
}

pub async fn dataset(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let lang = ctx.lang;
    let syntax = syntax_of(&req, &ctx)?;
    let identifier = ctx.path_segment(&req, "identifier")?;
    let viewer = ctx.viewer.clone();
    let base = crate::web::public_base(&req);
    let document = state
        .db
        .run(move |conn| {
            dcat::dataset_document(conn, &identifier, &viewer, &base, syntax).map_err(storage_error)
        })
        .await
        .map_err(WebError::storage(lang))?;
    match document {
        Some(bytes) => Ok(answer(&ctx, syntax).body(bytes)),
        None => Err(ctx.not_found()),
    }
}

/// Writing into memory cannot fail, so a DCAT error here is the database's.
fn storage_error(e: dcat::DcatError) -> crate::storage::StorageError {
    match e {
        dcat::DcatError::Storage(s) => s,
        dcat::DcatError::Write(w) => crate::storage::StorageError::Invalid(w.to_string()),
    }
}
