//! Full-text search over the catalog with tantivy, built for Vietnamese: the analyzers, the index's
//! life (built from the database, following its change log, rebuilt aside), query parsing and
//! execution with facet counts. The index is derived data: it never holds anything the database
//! doesn't, and it can always be rebuilt.

pub mod analyzer;
mod broad;
mod document;
mod excluded;
mod facets;
mod index;
pub mod query;
mod ranking;
pub mod schema;
mod searcher;

pub use index::{SearchIndex, FOLLOW_INTERVAL};
pub use query::{parse, ParsedQuery, MAX_QUERY_CHARS};
pub use searcher::{FacetNeed, SearchOutcome, SearchRequest, SearchSort};

use std::path::PathBuf;

use crate::storage::StorageError;

#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    #[error("search index error: {0}")]
    Index(String),
    #[error("the search index must be rebuilt: {0}")]
    Stale(String),
    #[error(
        "another rebuild of the search index is running (lock file {0}); wait for it to finish"
    )]
    Busy(PathBuf),
    #[error(
        "another ndc process is using this search index (its data directory must not be shared)"
    )]
    InUse,
    #[error("the search index is not ready yet")]
    NotReady,
    #[error("search index state poisoned by an earlier panic")]
    Poisoned,
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("search index files: {0}")]
    Io(#[from] std::io::Error),
}

impl From<tantivy::TantivyError> for SearchError {
    fn from(e: tantivy::TantivyError) -> Self {
        SearchError::Index(e.to_string())
    }
}

impl From<tantivy::directory::error::OpenDirectoryError> for SearchError {
    fn from(e: tantivy::directory::error::OpenDirectoryError) -> Self {
        SearchError::Index(e.to_string())
    }
}
