//! Storage: the diesel schema, row models, queries and the connection pool (SQLite or PostgreSQL from
//! the URL). Owns all SQL; knows nothing of HTTP or HTML.

pub mod access_requests;
pub mod agencies;
pub mod audit;
pub mod bulk;
pub mod dataset_write;
pub mod datasets;
mod db;
pub mod export_source;
pub mod fingerprint;
pub mod history;
pub mod listing;
pub mod models;
pub mod outbox;
pub mod schema;
pub mod search_source;
pub mod tokens;
pub mod users;
pub mod write;

pub use db::{is_postgres_url, Db, DbConn};

/// Statuses whose page anyone may open. Drafts stay with their agency until published.
pub const VISIBLE_STATUSES: &[&str] = &["published", "retired"];

/// The status lists, totals and counts show by default: retired datasets keep their page (marked as
/// retired) but leave the lists unless asked for with the status filter.
pub const LISTED_STATUS: &str = "published";

/// Errors of the storage layer.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("the database cannot be reached: {0}")]
    Unavailable(String),
    #[error("the database could not be migrated: {0}")]
    Migration(String),
    #[error("database error: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("{0}")]
    Invalid(String),
}
