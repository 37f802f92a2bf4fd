//! The `ndc` command: parses flags and calls the library.

use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};
use ndc::config::Config;
use ndc::search::SearchIndex;

#[derive(Parser)]
#[command(
    name = "ndc",
    version,
    about = "National data catalog for Vietnamese state agencies"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the catalog over HTTP (creates, migrates and seeds the database, builds the search index).
    Serve(Config),
    /// Rebuild the search index from the database, aside; a running server switches to it when done.
    Reindex(Config),
    /// Import inventory CSV files (or directories of them) in one transaction: all or nothing.
    Import {
        #[command(flatten)]
        config: Config,
        /// CSV files or directories holding them.
        #[arg(required = true)]
        files: Vec<std::path::PathBuf>,
    },
}

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
}

fn fail(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("ndc: {message}");
    ExitCode::FAILURE
}

fn serve(config: Config) -> ExitCode {
    let db = match ndc::app::open(&config) {
        Ok(db) => db,
        Err(e) => return fail(format!("{e:#}")),
    };
    let search = Arc::new(SearchIndex::new(&config.data_dir));
    search.start(db.clone());
    let state = ndc::web::AppState { db, search };
    let served =
        actix_web::rt::System::new().block_on(ndc::web::serve(state, &config.addr, config.workers));
    match served {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(format!("cannot serve on {}: {e}", config.addr)),
    }
}

fn reindex(mut config: Config) -> ExitCode {
    config.no_seed = true;
    let db = match ndc::app::open(&config) {
        Ok(db) => db,
        Err(e) => return fail(format!("{e:#}")),
    };
    let index = SearchIndex::new(&config.data_dir);
    let bar = if std::io::stderr().is_terminal() {
        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} datasets · {per_sec} · ETA {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        Some(bar)
    } else {
        None
    };
    let last_line = std::sync::Mutex::new(std::time::Instant::now());
    let progress = |done: u64, total: u64| match &bar {
        Some(bar) => {
            bar.set_length(total);
            bar.set_position(done);
        }
        None => {
            let mut last = last_line.lock().unwrap_or_else(|e| e.into_inner());
            if last.elapsed().as_secs() >= 2 || done == total {
                eprintln!("reindex: {done}/{total} datasets");
                *last = std::time::Instant::now();
            }
        }
    };
    match index.rebuild(&db, &progress) {
        Ok(name) => {
            if let Some(bar) = bar {
                bar.finish();
            }
            eprintln!("ndc: search index rebuilt ({name}); a running server switches to it within a second");
            ExitCode::SUCCESS
        }
        Err(e) => fail(e),
    }
}

/// Exit codes of `ndc import`: 0 imported, 1 rows rejected (nothing written), 2 unusable input.
fn import(mut config: Config, paths: Vec<std::path::PathBuf>) -> ExitCode {
    config.no_seed = true;
    let mut files = Vec::new();
    for path in &paths {
        let entries: Vec<std::path::PathBuf> = if path.is_dir() {
            match std::fs::read_dir(path) {
                Ok(dir) => dir
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")))
                    .collect(),
                Err(e) => return import_unusable(format!("cannot read {}: {e}", path.display())),
            }
        } else {
            vec![path.clone()]
        };
        for file in entries {
            match std::fs::read(&file) {
                Ok(bytes) => files.push((file.display().to_string(), bytes)),
                Err(e) => return import_unusable(format!("cannot read {}: {e}", file.display())),
            }
        }
    }
    let db = match ndc::app::open(&config) {
        Ok(db) => db,
        Err(e) => return import_unusable(format!("{e:#}")),
    };
    let mut conn = match db.conn() {
        Ok(c) => c,
        Err(e) => return import_unusable(e),
    };
    let started = std::time::Instant::now();
    match ndc::import::import_files(&mut conn, &files) {
        Ok(s) => {
            eprintln!(
                "ndc: imported {} agencies, {} datasets, {} fields, {} distributions in {:.1} s",
                s.agencies,
                s.datasets,
                s.fields,
                s.distributions,
                started.elapsed().as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(ndc::import::ImportError::Rejected(problems)) => {
            for p in &problems {
                eprintln!("{p}");
            }
            let whole_file = problems.iter().any(|p| p.line == 0);
            eprintln!("ndc: {} problem(s); nothing was imported", problems.len());
            if whole_file {
                ExitCode::from(2)
            } else {
                ExitCode::from(1)
            }
        }
        Err(e) => import_unusable(e),
    }
}

fn import_unusable(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("ndc: {message}");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing();
    match cli.command {
        Command::Serve(config) => serve(config),
        Command::Reindex(config) => reindex(config),
        Command::Import { config, files } => import(config, files),
    }
}
