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
    /// Import inventory files (CSV or .xlsx, or directories of them) in one transaction: all or
    /// nothing unless --partial; re-importing updates, never duplicates.
    Import(ndc::cli::ImportArgs),
    /// Write the catalog as inventory CSV files (the format `ndc import` reads).
    Export(ndc::cli::ExportArgs),
    /// Manage API tokens for scripts.
    #[command(subcommand)]
    Token(TokenCommand),
    /// Manage user accounts.
    #[command(subcommand)]
    User(UserCommand),
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account; the password is read from standard input.
    Add(ndc::cli::UserAddArgs),
}

#[derive(Subcommand)]
enum TokenCommand {
    /// Create a token and print it (once).
    Create(ndc::cli::TokenArgs),
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
    explain_missing_admin(&db);
    let imports = ndc::web::ImportSettings::from_config(&config);
    let keys = match config.session_keys() {
        Ok(k) => k,
        Err(e) => return fail(e),
    };
    let sharing = match ndc::web::SharingSettings::from_config(&config) {
        Ok(s) => s,
        Err(e) => return fail(e),
    };
    ndc::app::start_reminders(db.clone(), sharing.clone());
    let state = ndc::web::AppState {
        db,
        search,
        imports,
        auth: ndc::web::AuthState::new(keys),
        sharing,
    };
    let served =
        actix_web::rt::System::new().block_on(ndc::web::serve(state, &config.addr, config.workers));
    match served {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(format!("cannot serve on {}: {e}", config.addr)),
    }
}

/// A catalog nobody can administer is a dead end: say, at start, how to create the first admin.
fn explain_missing_admin(db: &ndc::storage::Db) {
    let has_admin = db
        .conn()
        .and_then(|mut conn| ndc::storage::users::has_admin(&mut conn));
    if let Ok(false) = has_admin {
        tracing::warn!(
            "no administrator account yet: create one with \
             `printf '%s' 'a password of 12+ characters' | ndc user add --email admin@example.gov.vn --role admin --password-stdin` \
             (same --data-dir / NDC_DATABASE_URL as this server)"
        );
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

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing();
    match cli.command {
        Command::Serve(config) => serve(config),
        Command::Reindex(config) => reindex(config),
        Command::Import(args) => ndc::cli::import(args),
        Command::Token(TokenCommand::Create(args)) => ndc::cli::token_create(args),
        Command::User(UserCommand::Add(args)) => ndc::cli::user_add(args),
        Command::Export(args) => ndc::cli::export(args),
    }
}

/// mimalloc instead of the system allocator: an import allocates and frees millions of small
/// strings, half of them on another thread than the one that allocated them (measured on the
/// 100,000-dataset import: see BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
