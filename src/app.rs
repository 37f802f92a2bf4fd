//! Starting the catalog: open (and migrate) the database, load the seed inventory into an empty one.

use anyhow::Context;

use crate::config::Config;
use crate::import;
use crate::storage::{datasets, is_postgres_url, Db};

/// Opens the catalog database described by `config`, ready to serve.
pub fn open(config: &Config) -> anyhow::Result<Db> {
    let url = config.database_url();
    if !is_postgres_url(&url) {
        std::fs::create_dir_all(&config.data_dir).with_context(|| {
            format!(
                "cannot create the data directory {}",
                config.data_dir.display()
            )
        })?;
    }
    let db = Db::open(&url, config.db_pool).map_err(|e| anyhow::anyhow!("{e}"))?;
    tracing::info!(backend = db.backend_name(), "database ready");
    if !config.no_seed {
        seed_if_empty(&db, config)?;
    }
    Ok(db)
}

/// Loads `seed-data/` when the catalog has no agency yet, so a first start shows a real catalog.
pub fn seed_if_empty(db: &Db, config: &Config) -> anyhow::Result<()> {
    let mut conn = db.conn().map_err(|e| anyhow::anyhow!("{e}"))?;
    if !datasets::is_empty(&mut conn).map_err(|e| anyhow::anyhow!("{e}"))? {
        return Ok(());
    }
    if !config.seed_dir.is_dir() {
        tracing::warn!(dir = %config.seed_dir.display(), "the database is empty and there is no seed directory: starting with an empty catalog");
        return Ok(());
    }
    let inputs = import::inputs_from_paths(std::slice::from_ref(&config.seed_dir))
        .map_err(|e| anyhow::anyhow!(e))?;
    let options = import::Options {
        actor_label: format!("seed-data ({})", config.seed_dir.display()),
        ..import::Options::default()
    };
    let report =
        import::run(&mut conn, &inputs, &options, &|_| {}).map_err(|e| anyhow::anyhow!("{e}"))?;
    if !report.committed {
        for p in report.problems.iter().filter(|p| p.is_error()).take(20) {
            tracing::error!("{p}");
        }
        anyhow::bail!(
            "the seed inventory in {} has {} problem(s); nothing was loaded",
            config.seed_dir.display(),
            report.errors
        )
    }
    tracing::info!(
        agencies = report.agencies.created,
        datasets = report.datasets.created,
        fields = report.fields.created,
        distributions = report.distributions.created,
        elapsed_ms = report.elapsed_ms,
        "empty database: loaded the seed catalog from {}",
        config.seed_dir.display()
    );
    Ok(())
}

/// How often a server looks for access requests that became overdue.
pub const REMINDER_INTERVAL: std::time::Duration = std::time::Duration::from_secs(60);

/// Writes overdue reminders to the outbox every [`REMINDER_INTERVAL`], on a thread of its own,
/// for as long as the process runs (several servers may do it: each reminder is written once).
pub fn start_reminders(db: Db, sharing: crate::web::SharingSettings) {
    std::thread::spawn(move || loop {
        let clock = &sharing.clock;
        let written = db.conn().and_then(|mut conn| {
            crate::storage::access_requests::remind_overdue(&mut conn, clock.today(), clock.now())
        });
        match written {
            Ok(0) => {}
            Ok(n) => tracing::info!(
                requests = n,
                "overdue access requests: reminders written to the outbox"
            ),
            Err(e) => tracing::warn!(reason = %e, "could not look for overdue access requests"),
        }
        std::thread::sleep(REMINDER_INTERVAL);
    });
}
