//! The `ndc` command: parses flags and calls the library.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use ndc::config::Config;

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
    /// Serve the catalog over HTTP (creates, migrates and seeds the database as needed).
    Serve(Config),
}

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
        .init();
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_tracing();
    match cli.command {
        Command::Serve(config) => {
            let db = match ndc::app::open(&config) {
                Ok(db) => db,
                Err(e) => {
                    eprintln!("ndc: {e:#}");
                    return ExitCode::FAILURE;
                }
            };
            let state = ndc::web::AppState { db };
            let served = actix_web::rt::System::new().block_on(ndc::web::serve(
                state,
                &config.addr,
                config.workers,
            ));
            if let Err(e) = served {
                eprintln!("ndc: cannot serve on {}: {e}", config.addr);
                return ExitCode::FAILURE;
            }
            ExitCode::SUCCESS
        }
    }
}
