//! The catalog as DCAT-AP 3 (docs/dcat-ap.md): the whole catalog a page of [`PAGE_SIZE`] datasets
//! at a time with Hydra paging, or all of it in one stream, and one dataset on its own; in Turtle,
//! JSON-LD or RDF/XML. Datasets are read a page at a time in identifier order and written as they
//! are read (one thread reads the next 1,000 while another renders the last), so memory stays
//! bounded however large the catalog. Visibility is the caller's
//! [`Scope`], exactly as for the CSV export. Knows nothing of HTTP.

mod describe;
mod graph;
mod syntax;
mod vocab;

use std::collections::{HashMap, HashSet};
use std::io::{self, Write};

pub use describe::{agency_iri, catalog_iri, dataset_iri, page_iri};
pub use syntax::Syntax;
pub use vocab::{access_right, eu_theme, frequency};

use crate::domain::{Theme, Viewer};
use crate::export::Scope;
use crate::storage::models::{Agency, Dataset, Distribution, SchemaField};
use crate::storage::{agencies, datasets, export_source, DbConn, StorageError};
use describe::{Entry, Site};
use graph::{Name, Node, Term};
use syntax::RdfWriter;

/// Datasets per page of `/catalog.ttl?page=N` (and per database read of the full export).
pub const PAGE_SIZE: i64 = 1_000;

#[derive(Debug, thiserror::Error)]
pub enum DcatError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("cannot write the DCAT-AP export: {0}")]
    Write(#[from] io::Error),
}

/// Which part of the catalog a document holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pages {
    /// One page, counted from 1, with its Hydra view.
    Number(u64),
    /// Everything, in one stream.
    All,
}

/// The number of the last page for `total` datasets (1 for an empty catalog).
pub fn last_page(total: i64) -> u64 {
    ((total.max(0) + PAGE_SIZE - 1) / PAGE_SIZE).max(1) as u64
}

/// How many datasets `scope` holds.
pub fn count(conn: &mut DbConn, scope: &Scope) -> Result<i64, DcatError> {
    let visible = scope.viewer.sql_condition("datasets");
    Ok(export_source::count(conn, scope.statuses, &visible)?)
}

fn agencies_by_id(conn: &mut DbConn) -> Result<HashMap<i32, Agency>, StorageError> {
    Ok(agencies::all(conn)?
        .into_iter()
        .map(|a| (a.id, a))
        .collect())
}

/// Writes the catalog (`pages` of it, `total` being [`count`]'s answer) to `out`; returns how many
/// datasets it held.
pub fn write_catalog(
    conn: &mut DbConn,
    scope: &Scope,
    base: &str,
    syntax: Syntax,
    pages: Pages,
    total: i64,
    out: impl Write,
) -> Result<u64, DcatError> {
    let agencies = agencies_by_id(conn)?;
    let site = Site {
        base,
        agencies: &agencies,
    };
    let mut w = RdfWriter::start(out, syntax)?;
    w.nodes(&site.catalog())?;
    let mut head = Node::new(Term::iri(catalog_iri(base)), &[]);
    head.add(
        Name("hydra", "totalItems"),
        Term::typed(total.to_string(), Name("xsd", "integer")),
    );
    if let Pages::Number(n) = pages {
        let view = describe::hydra_page(
            base,
            syntax.extension(),
            n,
            last_page(total),
            total,
            PAGE_SIZE,
        );
        head.add(Name("hydra", "view"), view.subject.clone());
        w.node(&head)?;
        w.node(&view)?;
    } else {
        w.node(&head)?;
    }
    let visible = scope.viewer.sql_condition("datasets");
    let mut seen = HashSet::new();
    let mut written = 0u64;
    let mut after = String::new();
    // Two stages in step: while one thread renders a chunk of datasets, this one reads the next.
    std::thread::scope(|threads| -> Result<(), DcatError> {
        let mut rendering: Option<std::thread::ScopedJoinHandle<io::Result<Vec<u8>>>> = None;
        loop {
            let datasets = match pages {
                Pages::Number(n) if written == 0 => export_source::datasets_at(
                    conn,
                    (n.saturating_sub(1) as i64).saturating_mul(PAGE_SIZE),
                    PAGE_SIZE,
                    scope.statuses,
                    &visible,
                )?,
                Pages::Number(_) => Vec::new(),
                Pages::All => export_source::datasets_after(
                    conn,
                    &after,
                    PAGE_SIZE,
                    scope.statuses,
                    &visible,
                )?,
            };
            let chunk = match datasets.last() {
                Some(last) => {
                    after = last.identifier.clone();
                    written += datasets.len() as u64;
                    Some(read_chunk(conn, datasets, &mut seen)?)
                }
                None => None,
            };
            if let Some(done) = rendering.take() {
                let bytes = done.join().expect("the rendering thread does not panic")?;
                w.raw(&bytes)?;
                w.flush()?;
            }
            let Some(chunk) = chunk else { break };
            let site = &site;
            rendering = Some(threads.spawn(move || render_chunk(site, &chunk, syntax)));
        }
        Ok(())
    })?;
    w.finish()?;
    Ok(written)
}

/// What a chunk of datasets is described from, read from the database.
struct Chunk {
    datasets: Vec<Dataset>,
    themes: HashMap<i32, Vec<String>>,
    fields: HashMap<i32, Vec<SchemaField>>,
    distributions: HashMap<i32, Vec<Distribution>>,
    /// Owners and custodians not described by an earlier chunk.
    agencies: Vec<i32>,
}

fn read_chunk(
    conn: &mut DbConn,
    datasets: Vec<Dataset>,
    seen_agencies: &mut HashSet<i32>,
) -> Result<Chunk, StorageError> {
    let ids: Vec<i32> = datasets.iter().map(|d| d.id).collect();
    let agencies = datasets
        .iter()
        .flat_map(|d| std::iter::once(d.owner_id).chain(d.custodian_id))
        .filter(|id| seen_agencies.insert(*id))
        .collect();
    Ok(Chunk {
        themes: export_source::themes_of(conn, &ids)?,
        fields: export_source::fields_of(conn, &ids)?,
        distributions: export_source::distributions_of(conn, &ids)?,
        datasets,
        agencies,
    })
}

/// A chunk as nodes: the catalog's links to its datasets, the publishers not yet described, and
/// the datasets themselves.
fn render_chunk(site: &Site, chunk: &Chunk, syntax: Syntax) -> io::Result<Vec<u8>> {
    let mut w = RdfWriter::continuation(Vec::with_capacity(1 << 20), syntax);
    let mut links = Node::new(Term::iri(catalog_iri(site.base)), &[]);
    for d in &chunk.datasets {
        links.add(
            Name("dcat", "dataset"),
            Term::iri(dataset_iri(site.base, &d.identifier)),
        );
    }
    w.node(&links)?;
    for a in chunk.agencies.iter().filter_map(|id| site.agencies.get(id)) {
        w.node(&site.agency(a))?;
    }
    for d in &chunk.datasets {
        let codes = chunk
            .themes
            .get(&d.id)
            .map(Vec::as_slice)
            .unwrap_or_default();
        let entry = Entry {
            dataset: d,
            themes: codes.iter().filter_map(|c| Theme::from_code(c)).collect(),
            fields: chunk
                .fields
                .get(&d.id)
                .map(Vec::as_slice)
                .unwrap_or_default(),
            distributions: chunk
                .distributions
                .get(&d.id)
                .map(Vec::as_slice)
                .unwrap_or_default(),
        };
        w.nodes(&site.dataset(&entry))?;
    }
    Ok(w.into_inner())
}

/// One dataset as a DCAT-AP document (with the catalog it belongs to), if `viewer` may see it:
/// `None` exactly when its page would be a 404.
pub fn dataset_document(
    conn: &mut DbConn,
    identifier: &str,
    viewer: &Viewer,
    base: &str,
    syntax: Syntax,
) -> Result<Option<Vec<u8>>, DcatError> {
    let Some(detail) = datasets::detail(conn, identifier, viewer)? else {
        return Ok(None);
    };
    let agencies = agencies_by_id(conn)?;
    let site = Site {
        base,
        agencies: &agencies,
    };
    let d = &detail.dataset;
    let mut w = RdfWriter::start(Vec::new(), syntax)?;
    w.nodes(&site.catalog())?;
    let mut link = Node::new(Term::iri(catalog_iri(base)), &[]);
    link.add(
        Name("dcat", "dataset"),
        Term::iri(dataset_iri(base, &d.identifier)),
    );
    w.node(&link)?;
    w.node(&site.agency(&detail.owner))?;
    if let Some(c) = detail
        .custodian
        .as_ref()
        .filter(|c| c.id != detail.owner.id)
    {
        w.node(&site.agency(c))?;
    }
    let entry = Entry {
        dataset: d,
        themes: detail.themes.clone(),
        fields: &detail.fields,
        distributions: &detail.distributions,
    };
    w.nodes(&site.dataset(&entry))?;
    Ok(Some(w.finish()?))
}
