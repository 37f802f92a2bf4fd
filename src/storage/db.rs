//! The connection pool: SQLite or PostgreSQL, chosen at run time from the database URL, with the
//! embedded migrations of each backend. Query code is written once and compiled for both backends with
//! [`with_conn!`](crate::with_conn).

use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Pool, PooledConnection};
use diesel::{PgConnection, SqliteConnection};
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};

use super::StorageError;

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// A pooled connection to whichever backend the catalog runs on.
pub enum DbConn {
    Sqlite(PooledConnection<ConnectionManager<SqliteConnection>>),
    Pg(PooledConnection<ConnectionManager<PgConnection>>),
}

/// Runs `$body` with `$c` bound to `&mut SqliteConnection` or `&mut PgConnection`: the body is compiled
/// once per backend, so it may use anything diesel offers for both.
#[macro_export]
macro_rules! with_conn {
    ($conn:expr, |$c:ident| $body:expr) => {
        match $conn {
            $crate::storage::DbConn::Sqlite(pooled) => {
                let $c: &mut ::diesel::SqliteConnection = &mut *pooled;
                $body
            }
            $crate::storage::DbConn::Pg(pooled) => {
                let $c: &mut ::diesel::PgConnection = &mut *pooled;
                $body
            }
        }
    };
}

#[derive(Clone)]
enum PoolKind {
    Sqlite(Pool<ConnectionManager<SqliteConnection>>),
    Pg(Pool<ConnectionManager<PgConnection>>),
}

/// The shared connection pool. Cloning is cheap.
#[derive(Clone)]
pub struct Db {
    pool: PoolKind,
}

/// SQLite settings every connection needs: WAL so readers never wait for the writer, a busy timeout
/// instead of immediate "database is locked" errors, and enforced foreign keys.
/// Per-connection settings a bulk import changes for its duration and then restores.
pub(super) const SQLITE_DEFAULTS: &str = "PRAGMA foreign_keys = ON; PRAGMA cache_size = -8192;";

#[derive(Debug)]
struct SqlitePragmas;

impl CustomizeConnection<SqliteConnection, diesel::r2d2::Error> for SqlitePragmas {
    fn on_acquire(&self, conn: &mut SqliteConnection) -> Result<(), diesel::r2d2::Error> {
        // busy_timeout first: the statements after it may have to wait for another connection.
        // An 8 MB page cache per connection keeps the whole pool's cache within 64 MB by default.
        conn.batch_execute(&format!(
            "PRAGMA busy_timeout = 10000; PRAGMA synchronous = NORMAL; \
             PRAGMA temp_store = MEMORY; {SQLITE_DEFAULTS}"
        ))
        .map_err(diesel::r2d2::Error::QueryError)
    }
}

pub fn is_postgres_url(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

impl Db {
    /// Opens the pool and applies pending migrations. Fails with a one-line reason if the database can't
    /// be opened or migrated.
    pub fn open(url: &str, max_connections: u32) -> Result<Db, StorageError> {
        let timeout = Duration::from_secs(10);
        let pool = if is_postgres_url(url) {
            let pool = Pool::builder()
                .min_idle(Some(1))
                .max_size(max_connections)
                .connection_timeout(timeout)
                .build(ConnectionManager::<PgConnection>::new(url))
                .map_err(|e| StorageError::Unavailable(e.to_string()))?;
            PoolKind::Pg(pool)
        } else {
            sqlite_multithread_mode();
            let path = url.strip_prefix("sqlite://").unwrap_or(url);
            // WAL is a property of the file: set it once, before several connections race for it.
            let mut first = <SqliteConnection as diesel::Connection>::establish(path)
                .map_err(|e| StorageError::Unavailable(format!("{path}: {e}")))?;
            first
                .batch_execute("PRAGMA busy_timeout = 10000; PRAGMA journal_mode = WAL;")
                .map_err(|e| StorageError::Unavailable(format!("{path}: {e}")))?;
            drop(first);
            let pool = Pool::builder()
                .min_idle(Some(1))
                .max_size(max_connections)
                .connection_timeout(timeout)
                .connection_customizer(Box::new(SqlitePragmas))
                .build(ConnectionManager::<SqliteConnection>::new(path))
                .map_err(|e| StorageError::Unavailable(e.to_string()))?;
            PoolKind::Sqlite(pool)
        };
        let db = Db { pool };
        db.migrate()?;
        Ok(db)
    }

    fn migrate(&self) -> Result<(), StorageError> {
        let mut conn = self.conn()?;
        let result = match &mut conn {
            DbConn::Sqlite(c) => c.run_pending_migrations(SQLITE_MIGRATIONS).map(|_| ()),
            DbConn::Pg(c) => c.run_pending_migrations(POSTGRES_MIGRATIONS).map(|_| ()),
        };
        result.map_err(|e| StorageError::Migration(e.to_string()))
    }

    pub fn backend_name(&self) -> &'static str {
        match self.pool {
            PoolKind::Sqlite(_) => "sqlite",
            PoolKind::Pg(_) => "postgres",
        }
    }

    /// A connection from the pool (blocking: call from a blocking thread).
    pub fn conn(&self) -> Result<DbConn, StorageError> {
        match &self.pool {
            PoolKind::Sqlite(p) => p.get().map(DbConn::Sqlite),
            PoolKind::Pg(p) => p.get().map(DbConn::Pg),
        }
        .map_err(|e| StorageError::Unavailable(e.to_string()))
    }

    /// Runs blocking database work on tokio's blocking pool, so diesel never stalls the async workers.
    pub async fn run<T, F>(&self, work: F) -> Result<T, StorageError>
    where
        T: Send + 'static,
        F: FnOnce(&mut DbConn) -> Result<T, StorageError> + Send + 'static,
    {
        let db = self.clone();
        let span = tracing::Span::current();
        tokio::task::spawn_blocking(move || {
            let _entered = span.enter();
            let mut conn = db.conn()?;
            work(&mut conn)
        })
        .await
        .map_err(|e| StorageError::Unavailable(format!("database task failed: {e}")))?
    }
}

/// Puts SQLite in multi-thread mode (no mutex around each connection and statement) before the
/// first connection opens. Safe here because a diesel connection is never used by two threads at
/// once (it is `Send`, not `Sync`; the pool lends it to one thread at a time); the per-call mutex
/// cost 5% of a bulk import's CPU. Once per process; a no-op if SQLite was already initialised.
fn sqlite_multithread_mode() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // SAFETY: called before any other SQLite call of this process (the first `Db::open` of a
        // SQLite database), with an option that takes no arguments, as sqlite3_config requires.
        let rc =
            unsafe { libsqlite3_sys::sqlite3_config(libsqlite3_sys::SQLITE_CONFIG_MULTITHREAD) };
        if rc != libsqlite3_sys::SQLITE_OK {
            tracing::debug!(rc, "SQLite threading mode left as it is");
        }
    });
}
