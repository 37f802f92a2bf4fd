//! Typed settings from command-line flags and `NDC_*` environment variables, with defaults.

use std::path::PathBuf;

use clap::Args;

/// Settings of `ndc serve` (and of the commands that open the catalog).
#[derive(Debug, Clone, Args)]
pub struct Config {
    /// Address to listen on.
    #[arg(long, env = "NDC_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: String,

    /// Directory for the embedded database and the search index.
    #[arg(long, env = "NDC_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,

    /// Database URL: `postgres://…` for PostgreSQL, or a SQLite file path (default: DATA_DIR/ndc.sqlite3).
    #[arg(long, env = "NDC_DATABASE_URL")]
    pub database_url: Option<String>,

    /// Directory of the seed inventory loaded into an empty database.
    #[arg(long, env = "NDC_SEED_DIR", default_value = "seed-data")]
    pub seed_dir: PathBuf,

    /// Do not load the seed inventory into an empty database.
    #[arg(long, env = "NDC_NO_SEED")]
    pub no_seed: bool,

    /// Maximum database connections in the pool.
    #[arg(long, env = "NDC_DB_POOL", default_value_t = 8)]
    pub db_pool: u32,

    /// HTTP worker threads (default: one per core).
    #[arg(long, env = "NDC_WORKERS")]
    pub workers: Option<usize>,

    /// Largest request body accepted by the import API, in megabytes (larger ones get 413).
    #[arg(long, env = "NDC_MAX_UPLOAD_MB", default_value_t = 512)]
    pub max_upload_mb: u64,

    /// Key of the session cookies: 128 hex characters. Processes sharing one database need the same
    /// key; without it, a key is created in DATA_DIR/session.key.
    #[arg(long, env = "NDC_SESSION_KEY", hide_env_values = true)]
    pub session_key: Option<String>,

    /// Hours a login lasts.
    #[arg(long, env = "NDC_SESSION_HOURS", default_value_t = 8)]
    pub session_hours: u64,

    /// Mark cookies Secure (set this when ndc is served over HTTPS, e.g. behind a proxy).
    #[arg(long, env = "NDC_SECURE_COOKIES")]
    pub secure_cookies: bool,

    /// Public holidays for access-request deadlines: a CSV of `date,name` lines replacing the
    /// built-in list (src/domain/holidays-vn.csv). Weekends are always days off.
    #[arg(long, env = "NDC_HOLIDAYS")]
    pub holidays: Option<PathBuf>,
}

impl Config {
    /// The session keys in effect: from `--session-key`, else from (or into) DATA_DIR/session.key.
    pub fn session_keys(&self) -> Result<crate::auth::SessionKeys, String> {
        let lifetime = std::time::Duration::from_secs(self.session_hours.clamp(1, 24 * 30) * 3600);
        match &self.session_key {
            Some(hex) if !hex.trim().is_empty() => {
                crate::auth::SessionKeys::from_hex(hex, self.secure_cookies, lifetime)
            }
            _ => {
                std::fs::create_dir_all(&self.data_dir).map_err(|e| e.to_string())?;
                crate::auth::SessionKeys::from_file(
                    &self.data_dir.join("session.key"),
                    self.secure_cookies,
                    lifetime,
                )
            }
        }
    }

    /// The database URL in effect: the explicit one, or the SQLite file under the data directory.
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(url) if !url.trim().is_empty() => url.trim().to_string(),
            _ => self
                .data_dir
                .join("ndc.sqlite3")
                .to_string_lossy()
                .into_owned(),
        }
    }
}
