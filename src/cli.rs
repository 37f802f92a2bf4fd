//! Commands of the `ndc` binary that are more than a call: `ndc import` (progress bar on a
//! terminal, plain lines otherwise, a summary, `--report`, exit codes) and `ndc token create`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;

use crate::config::Config;
use crate::import::{self, FileKind, Options, Progress, Report};
use crate::storage::tokens::{self, Role};

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(flatten)]
    pub config: Config,
    /// Validate and report everything, write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Commit the valid rows even when others are rejected (default: all or nothing).
    #[arg(long)]
    pub partial: bool,
    /// Write every problem to this CSV file (severity, file, line, column, value, messages).
    #[arg(long, value_name = "FILE.csv")]
    pub report: Option<PathBuf>,
    /// Encoding of files without a byte-order mark: utf-8 (default), windows-1258, utf-16le, utf-16be.
    #[arg(long)]
    pub encoding: Option<String>,
    /// Take every file as this kind instead of recognising it from its header.
    #[arg(long, value_parser = parse_kind)]
    pub kind: Option<FileKind>,
    /// Import as a steward of this agency (default: as an administrator).
    #[arg(long, value_name = "CODE")]
    pub as_agency: Option<String>,
    /// CSV or .xlsx files, or directories holding them.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
}

fn parse_kind(value: &str) -> Result<FileKind, String> {
    FileKind::parse(value)
        .ok_or_else(|| "expected agencies, datasets, fields or distributions".to_string())
}

fn unusable(message: impl std::fmt::Display) -> ExitCode {
    eprintln!("ndc: {message}");
    ExitCode::from(2)
}

/// Opens (and migrates, never seeds) the catalog for a command; the error is the command's exit.
fn open_catalog(mut config: Config) -> Result<crate::storage::DbConn, ExitCode> {
    config.no_seed = true;
    let db = crate::app::open(&config).map_err(|e| unusable(format!("{e:#}")))?;
    db.conn().map_err(unusable)
}

/// The role of a steward of the agency `code`, or of an administrator when there is none.
fn role_for(conn: &mut crate::storage::DbConn, code: Option<&str>) -> Result<Role, ExitCode> {
    let Some(code) = code else {
        return Ok(Role::Admin);
    };
    match crate::storage::agencies::all(conn).map(|all| all.into_iter().find(|a| a.code == code)) {
        Ok(Some(a)) => Ok(Role::Steward { agency_id: a.id }),
        Ok(None) => Err(unusable(format!(
            "no agency with code {code} (an empty catalog gets the seed agencies at the first \
             `ndc serve`; or import an agencies file first)"
        ))),
        Err(e) => Err(unusable(e)),
    }
}

/// Exit codes: 0 imported (or a clean dry run), 1 rows rejected, 2 unusable input.
pub fn import(args: ImportArgs) -> ExitCode {
    let encoding = match args.encoding.as_deref().map(import::encoding_named) {
        Some(None) => return unusable("unknown --encoding (try utf-8, windows-1258, utf-16le)"),
        Some(e) => e,
        None => None,
    };
    let inputs = match import::inputs_from_paths(&args.files) {
        Ok(i) if i.is_empty() => return unusable("no .csv or .xlsx file in the given directories"),
        Ok(i) => i,
        Err(e) => return unusable(e),
    };
    let mut conn = match open_catalog(args.config) {
        Ok(c) => c,
        Err(exit) => return exit,
    };
    let actor = match role_for(&mut conn, args.as_agency.as_deref()) {
        Ok(role) => role,
        Err(exit) => return exit,
    };
    let who = std::env::var("USER").unwrap_or_else(|_| "?".into());
    let options = Options {
        dry_run: args.dry_run,
        partial: args.partial,
        encoding,
        kind: args.kind,
        actor_label: format!("ndc import ({who})"),
        actor,
        ..Options::default()
    };
    let bar = progress_bar();
    let last_line = std::sync::Mutex::new(std::time::Instant::now());
    let started = std::time::Instant::now();
    let progress = |p: Progress| match &bar {
        Some(bar) => {
            bar.set_length(p.bytes_total);
            bar.set_position(p.bytes_done);
            let secs = started.elapsed().as_secs_f64().max(0.001);
            bar.set_message(format!(
                "{} rows · {:.0} rows/s",
                p.rows,
                p.rows as f64 / secs
            ));
        }
        None => {
            let mut last = last_line.lock().unwrap_or_else(|e| e.into_inner());
            if last.elapsed().as_secs() >= 2 {
                eprintln!(
                    "import: {} rows, {:.0}% of {} MB",
                    p.rows,
                    100.0 * p.bytes_done as f64 / p.bytes_total.max(1) as f64,
                    p.bytes_total >> 20
                );
                *last = std::time::Instant::now();
            }
        }
    };
    let report = match import::run(&mut conn, &inputs, &options, &progress) {
        Ok(r) => r,
        Err(e) => return unusable(e),
    };
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    print_report(&report);
    if let Some(path) = &args.report {
        let written = std::fs::File::create(path).and_then(|f| report.write_csv(f));
        if let Err(e) = written {
            return unusable(format!("cannot write the report {}: {e}", path.display()));
        }
        eprintln!("ndc: problems written to {}", path.display());
    }
    if report.unusable {
        ExitCode::from(2)
    } else if report.errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn progress_bar() -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(0);
    bar.set_style(
        indicatif::ProgressStyle::with_template(
            "{bar:40} {bytes}/{total_bytes} · {msg} · ETA {eta}",
        )
        .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    Some(bar)
}

fn print_report(report: &Report) {
    let mut err = std::io::stderr().lock();
    for p in &report.problems {
        let _ = writeln!(err, "{p}");
    }
    if report.problems_not_kept > 0 {
        let _ = writeln!(
            err,
            "… and {} more problem(s) not listed",
            report.problems_not_kept
        );
    }
    for line in report.summary_lines() {
        let _ = writeln!(err, "{line}");
    }
    let verdict = if report.dry_run {
        "dry run: nothing was written"
    } else if report.committed && report.errors > 0 {
        "partial import: valid rows written, rejected rows listed above"
    } else if report.committed && report.changed_rows() == 0 {
        "nothing to change: the catalog already holds this inventory"
    } else if report.committed {
        "imported"
    } else {
        "nothing was imported"
    };
    let _ = writeln!(
        err,
        "ndc: {} error(s), {} warning(s) in {:.1} s; {verdict}",
        report.errors,
        report.warnings,
        report.elapsed_ms as f64 / 1000.0
    );
}

#[derive(Debug, Args)]
pub struct TokenArgs {
    #[command(flatten)]
    pub config: Config,
    /// A name saying what the token is for (shown in lists and logs).
    #[arg(long)]
    pub name: String,
    /// The agency the token writes for (with its sub-agencies).
    #[arg(
        long,
        value_name = "CODE",
        conflicts_with = "admin",
        required_unless_present = "admin"
    )]
    pub agency: Option<String>,
    /// A token that may write anything, agencies included.
    #[arg(long)]
    pub admin: bool,
}

/// Prints a new API token's secret on stdout (once: only its digest is stored).
pub fn token_create(args: TokenArgs) -> ExitCode {
    let mut conn = match open_catalog(args.config) {
        Ok(c) => c,
        Err(exit) => return exit,
    };
    let role = match role_for(&mut conn, args.agency.as_deref()) {
        Ok(role) => role,
        Err(exit) => return exit,
    };
    match tokens::create(&mut conn, args.name.trim(), &role) {
        Ok(secret) => {
            println!("{secret}");
            eprintln!("ndc: token created; keep it now, it cannot be shown again");
            ExitCode::SUCCESS
        }
        Err(e) => unusable(e),
    }
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub config: Config,
    /// Include drafts (default: published and retired datasets, as visitors see them).
    #[arg(long)]
    pub drafts: bool,
    /// `inventory`: the four CSV files `ndc import` reads, into the directory DIR; or a DCAT-AP 3
    /// document of the whole catalog, `ttl`, `jsonld` or `rdf`, written to the file DIR.
    #[arg(long, default_value = "inventory")]
    pub format: String,
    /// The site's public address, the base of the IRIs in a DCAT-AP document.
    #[arg(long, default_value = "http://localhost:8080")]
    pub base_url: String,
    /// Directory to write agencies.csv, datasets.csv, fields.csv and distributions.csv into (or the
    /// file of a DCAT-AP document).
    pub dir: PathBuf,
}

/// Writes the whole catalog as one DCAT-AP document, streamed to the file.
fn export_dcat(args: &ExportArgs, syntax: crate::export::dcat::Syntax) -> ExitCode {
    use crate::export::dcat;
    let mut conn = match open_catalog(args.config.clone()) {
        Ok(c) => c,
        Err(exit) => return exit,
    };
    let scope = if args.drafts {
        crate::export::Scope::everything()
    } else {
        crate::export::Scope::all_public_statuses()
    };
    let file = match std::fs::File::create(&args.dir) {
        Ok(f) => std::io::BufWriter::with_capacity(1 << 20, f),
        Err(e) => return unusable(format!("cannot create {}: {e}", args.dir.display())),
    };
    let base = args.base_url.trim_end_matches('/');
    let written = dcat::count(&mut conn, &scope).and_then(|total| {
        dcat::write_catalog(
            &mut conn,
            &scope,
            base,
            syntax,
            dcat::Pages::All,
            total,
            file,
        )
    });
    match written {
        Ok(n) => {
            eprintln!(
                "ndc: {n} datasets written to {} (DCAT-AP 3, {})",
                args.dir.display(),
                syntax.extension()
            );
            ExitCode::SUCCESS
        }
        Err(e) => unusable(e),
    }
}

/// Writes the catalog as an inventory that `ndc import` reads back unchanged, or as DCAT-AP.
pub fn export(args: ExportArgs) -> ExitCode {
    if args.format != "inventory" {
        return match crate::export::dcat::Syntax::from_extension(&args.format) {
            Some(syntax) => export_dcat(&args, syntax),
            None => unusable(format!(
                "unknown --format {:?}: inventory, ttl, jsonld or rdf",
                args.format
            )),
        };
    }
    if let Err(e) = std::fs::create_dir_all(&args.dir) {
        return unusable(format!("cannot create {}: {e}", args.dir.display()));
    }
    let mut conn = match open_catalog(args.config) {
        Ok(c) => c,
        Err(exit) => return exit,
    };
    let scope = if args.drafts {
        crate::export::Scope::everything()
    } else {
        crate::export::Scope::all_public_statuses()
    };
    match crate::export::write_dir(&mut conn, &args.dir, scope) {
        Ok(counts) => {
            for (kind, rows) in counts {
                eprintln!("{:<14} {rows:>9} rows", kind.name());
            }
            eprintln!("ndc: inventory written to {}", args.dir.display());
            ExitCode::SUCCESS
        }
        Err(e) => unusable(e),
    }
}

#[derive(Debug, Args)]
pub struct UserAddArgs {
    #[command(flatten)]
    pub config: Config,
    /// The login (a work email).
    #[arg(long)]
    pub email: String,
    /// admin, steward or official.
    #[arg(long)]
    pub role: String,
    /// The user's agency (required for stewards and officials).
    #[arg(long, value_name = "CODE")]
    pub agency: Option<String>,
    /// The name shown in the header and in change histories.
    #[arg(long, default_value = "")]
    pub name: String,
    /// Read the password from standard input (the only way: never on the command line, where
    /// other users of the machine could see it).
    #[arg(long, required = true)]
    pub password_stdin: bool,
}

/// Creates an account. Exit 0 when created, 2 on anything unusable (with the reason).
pub fn user_add(args: UserAddArgs) -> ExitCode {
    use crate::auth::password;
    use crate::domain::UserRole;
    use crate::storage::users;
    let Some(role) = UserRole::from_code(args.role.trim()) else {
        return unusable("--role must be admin, steward or official");
    };
    let email = users::normalise_email(&args.email);
    if !email.contains('@') || email.len() > 320 || email.chars().any(char::is_whitespace) {
        return unusable(format!("{email:?} is not an email address"));
    }
    let mut typed = String::new();
    if let Err(e) = std::io::Read::read_to_string(
        &mut std::io::Read::take(std::io::stdin(), 64 * 1024),
        &mut typed,
    ) {
        return unusable(format!("cannot read the password from standard input: {e}"));
    }
    let typed = typed.trim_end_matches(['\r', '\n']);
    match password::check_new(typed) {
        Err(password::Weakness::TooShort) => {
            return unusable(format!(
                "the password needs at least {} characters",
                password::MIN_LENGTH
            ))
        }
        Err(password::Weakness::TooLong) => return unusable("the password is too long"),
        Ok(()) => {}
    }
    let mut conn = match open_catalog(args.config) {
        Ok(c) => c,
        Err(exit) => return exit,
    };
    let agency_id = match (role.needs_agency(), args.agency.as_deref()) {
        (_, Some(code)) => match role_for(&mut conn, Some(code)) {
            Ok(Role::Steward { agency_id }) => Some(agency_id),
            Ok(Role::Admin) => None,
            Err(exit) => return exit,
        },
        (true, None) => return unusable("--agency CODE is required for stewards and officials"),
        (false, None) => None,
    };
    let hash = match password::hash(typed) {
        Ok(h) => h,
        Err(e) => return unusable(e),
    };
    let new = users::NewUser {
        email: &email,
        display_name: &args.name,
        password_hash: &hash,
        role,
        agency_id,
    };
    let created = users::create(&mut conn, &new).and_then(|id| {
        if id.is_some() {
            crate::storage::audit::append(
                &mut conn,
                &crate::storage::audit::Entry {
                    actor_id: None,
                    actor_label: "ndc user add",
                    agency_id,
                    action: "user_created",
                    subject: &email,
                    detail: role.code(),
                    address: "",
                },
            )?;
            Ok(true)
        } else {
            Ok(false)
        }
    });
    match created {
        Ok(true) => {
            eprintln!("ndc: created {} account {email}", role.code());
            ExitCode::SUCCESS
        }
        Ok(false) => unusable(format!("an account with email {email} already exists")),
        Err(e) => unusable(e),
    }
}
