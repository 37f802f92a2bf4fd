//! `ndc import`, the real binary, on SQLite and PostgreSQL: exit codes (0 imported, 1 rows rejected,
//! 2 unusable input), every problem on stderr and in `--report FILE.csv` with its line, `--dry-run`,
//! `--partial`, `--encoding`, `--as-agency`, and a `kill -9` in the middle of a large import that
//! leaves the catalog — and a running server's search index — exactly as they were.

mod common;

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use diesel::{Connection, RunQueryDsl};
use ndc::storage::Db;

static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

fn fixture(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(path)
}

/// A seeded catalog on its own SQLite file or PostgreSQL schema, for the binary to import into.
struct Catalog {
    dir: PathBuf,
    /// `None`: the SQLite file under `dir`.
    url: Option<String>,
    db: Db,
    pg_schema: Option<(String, String)>,
}

impl Catalog {
    fn new_dir(backend: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "ndc_import_cli_{backend}_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
        ));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn sqlite() -> Catalog {
        let dir = Catalog::new_dir("sqlite");
        let db = ndc::app::open(&common::config(dir.clone(), None)).expect("seeded catalog");
        Catalog {
            dir,
            url: None,
            db,
            pg_schema: None,
        }
    }

    fn postgres() -> Option<Catalog> {
        let admin_url = common::postgres_url()?;
        let dir = Catalog::new_dir("pg");
        let schema = format!(
            "ndc_cli_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
        );
        let mut admin = diesel::PgConnection::establish(&admin_url).unwrap();
        diesel::sql_query(format!("DROP SCHEMA IF EXISTS {schema} CASCADE"))
            .execute(&mut admin)
            .unwrap();
        diesel::sql_query(format!("CREATE SCHEMA {schema}"))
            .execute(&mut admin)
            .unwrap();
        let url = common::with_schema(&admin_url, &schema);
        let db = ndc::app::open(&common::config(dir.clone(), Some(url.clone())))
            .expect("seeded catalog");
        Some(Catalog {
            dir,
            url: Some(url),
            db,
            pg_schema: Some((admin_url, schema)),
        })
    }

    fn counts(&self) -> BTreeMap<&'static str, i64> {
        common::catalog_counts(&self.db)
    }

    /// `ndc <args…>` on this catalog (`--data-dir` and the database URL are added).
    fn command(&self, args: &[&OsStr]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_ndc"));
        cmd.args(args)
            .arg("--data-dir")
            .arg(&self.dir)
            .env("RUST_LOG", "warn")
            .env_remove("NDC_DATABASE_URL")
            .env_remove("NDC_DATA_DIR")
            .env_remove("NDC_NO_SEED")
            .env("NDC_SEED_DIR", common::seed_dir())
            .stdin(Stdio::null());
        if let Some(url) = &self.url {
            cmd.arg("--database-url").arg(url);
        }
        cmd
    }

    /// `ndc import <args…>`, run to the end.
    fn import(&self, args: &[&dyn AsRef<OsStr>]) -> Run {
        let mut all: Vec<&OsStr> = vec![OsStr::new("import")];
        all.extend(args.iter().map(|a| a.as_ref()));
        let output = self.command(&all).output().expect("run ndc import");
        Run::from(output)
    }

    /// A file of this test, written under its directory.
    fn file(&self, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.join("in").join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, bytes).unwrap();
        path
    }

    fn has_dataset(&self, identifier: &str) -> bool {
        let mut conn = self.db.conn().unwrap();
        ndc::storage::datasets::detail(&mut conn, identifier, &common::admin_viewer())
            .unwrap()
            .is_some()
    }
}

impl Drop for Catalog {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
        if let Some((admin_url, schema)) = &self.pg_schema {
            if let Ok(mut c) = diesel::PgConnection::establish(admin_url) {
                let _ = diesel::sql_query(format!("DROP SCHEMA IF EXISTS {schema} CASCADE"))
                    .execute(&mut c);
            }
        }
    }
}

/// What a finished `ndc import` left.
struct Run {
    code: Option<i32>,
    stderr: String,
}

impl From<Output> for Run {
    fn from(o: Output) -> Run {
        Run {
            code: o.status.code(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

impl Run {
    #[track_caller]
    fn exits(&self, code: i32) -> &Run {
        assert_eq!(
            self.code,
            Some(code),
            "exit status; stderr:\n{}",
            self.stderr
        );
        self
    }

    #[track_caller]
    fn says(&self, text: &str) -> &Run {
        assert!(
            self.stderr.contains(text),
            "stderr should contain {text:?}:\n{}",
            self.stderr
        );
        self
    }
}

/// Runs the body on a SQLite catalog and, when configured, on a PostgreSQL one.
macro_rules! cli_on_both {
    ($name:ident, |$cat:ident| $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[test]
            fn sqlite() {
                let $cat = Catalog::sqlite();
                $body
            }

            #[test]
            fn postgres() {
                let Some($cat) = Catalog::postgres() else {
                    return;
                };
                $body
            }
        }
    };
}

/// Every error of tests/fixtures/import/problems/, in file order (see tests/import.rs).
const PROBLEMS: [(&str, u64, &str); 13] = [
    ("datasets.csv", 3, "owner"),
    ("datasets.csv", 4, "sharing_scope"),
    ("datasets.csv", 5, "identifier"),
    ("datasets.csv", 6, "title"),
    ("datasets.csv", 7, "issued"),
    ("datasets.csv", 8, "contact_email"),
    ("datasets.csv", 9, "title"),
    ("datasets.csv", 10, ""),
    ("datasets.csv", 11, "legal_basis"),
    ("fields.csv", 4, "dataset"),
    ("fields.csv", 5, "type"),
    ("fields.csv", 6, "dataset"),
    ("distributions.csv", 3, "url"),
];

cli_on_both!(exit_codes_and_the_problem_report, |cat| {
    let seed = cat.counts();

    // 0: a valid inventory directory is imported; again, nothing changes.
    cat.import(&[&fixture("valid")])
        .exits(0)
        .says("imported")
        .says("datasets");
    let imported = cat.counts();
    assert_eq!(imported["datasets"], seed["datasets"] + 3);
    assert_eq!(imported["schema_fields"], seed["schema_fields"] + 5);
    assert_eq!(imported["distributions"], seed["distributions"] + 3);
    cat.import(&[&fixture("valid")])
        .exits(0)
        .says("nothing to change");
    assert_eq!(cat.counts(), imported);

    // 1: rows rejected; every problem on stderr and in the report, nothing written.
    let report = cat.dir.join("report.csv");
    let run = cat.import(&[&fixture("problems"), &"--report", &report]);
    run.exits(1).says("nothing was imported");
    for (file, line, column) in PROBLEMS {
        let at = if column.is_empty() {
            format!("{file}:{line}:")
        } else {
            format!("{file}:{line} [{column}]")
        };
        run.says(&at);
    }
    assert_eq!(cat.counts(), imported, "rejected: nothing written");
    let mut reader = csv::Reader::from_path(&report).expect("the report is CSV");
    assert_eq!(
        reader.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "severity",
            "file",
            "line",
            "column",
            "value",
            "message_vi",
            "message_en"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert_eq!(rows.len(), PROBLEMS.len(), "one row per problem: {rows:?}");
    for (row, (file, line, column)) in rows.iter().zip(PROBLEMS) {
        assert_eq!(&row[0], "error", "{row:?}");
        assert!(
            Path::new(&row[1]).ends_with(Path::new("problems").join(file)),
            "{row:?}"
        );
        assert_eq!(row[2].parse::<u64>().unwrap(), line, "{row:?}");
        assert_eq!(&row[3], column, "{row:?}");
        assert!(!row[5].is_empty() && !row[6].is_empty(), "{row:?}");
    }
    assert_eq!(&rows[0][4], "khong-ton-tai", "the offending value");

    // 2: unusable input, whatever else is given with it; nothing written.
    let empty = cat.file("trong.csv", "");
    let mut binary = b"identifier,title,owner\n".to_vec();
    binary.extend_from_slice(&[0, 159, 146, 150, 0, 1, 2, 3]);
    let binary = cat.file("nhi-phan.csv", binary);
    let header_only = cat.file("tieu-de.csv", "identifier,title,owner\n");
    let unknown = cat.file("la.csv", "foo,bar\n1,2\n");
    let datasets = fixture("valid/datasets.csv");
    for (bad, says) in [
        (&empty, "empty"),
        (&binary, "binary"),
        (&header_only, "no data rows"),
        (&unknown, "foo, bar"),
    ] {
        cat.import(&[&datasets, bad]).exits(2).says(says);
    }
    cat.import(&[&cat.dir.join("khong-co.csv")])
        .exits(2)
        .says("no such file");
    cat.import(&[&"--encoding", &"klingon", &datasets])
        .exits(2)
        .says("--encoding");
    cat.import(&[&"--as-agency", &"khong-ton-tai", &datasets])
        .exits(2)
        .says("khong-ton-tai");
    let no_inventory = cat.dir.join("rong");
    std::fs::create_dir_all(&no_inventory).unwrap();
    cat.import(&[&no_inventory]).exits(2);
    assert_eq!(cat.counts(), imported, "unusable: nothing written");
});

cli_on_both!(dry_run_partial_encoding_and_stewards, |cat| {
    let seed = cat.counts();

    // --dry-run: checks and counts, writes nothing.
    cat.import(&[&"--dry-run", &fixture("valid")])
        .exits(0)
        .says("dry run")
        .says("3 created");
    assert_eq!(cat.counts(), seed, "a dry run writes nothing");
    assert!(!cat.has_dataset("nan-thu-nghiem-benh-vien"));
    cat.import(&[&"--dry-run", &fixture("problems")]).exits(1);
    assert_eq!(cat.counts(), seed);

    // --partial: the valid rows are written, and the status still says rows were rejected.
    cat.import(&[&"--partial", &fixture("problems")])
        .exits(1)
        .says("partial import");
    assert_eq!(cat.counts()["datasets"], seed["datasets"] + 4);
    assert!(cat.has_dataset("nan-tn-dung-chung-1"));
    assert!(!cat.has_dataset("nan-tn-sai-chu-so-huu"));

    // --encoding windows-1258 (and the same file detected, with a warning).
    let text =
        "identifier,title,owner\nnan-tn-cp1258,Dữ liệu mã hóa Windows-1258 của tỉnh Nghệ An,nan\n";
    let legacy_text = windows_1258_form(text);
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&legacy_text);
    assert!(!unmappable);
    let legacy = cat.file("cu.csv", &bytes);
    cat.import(&[&"--encoding", &"windows-1258", &"--dry-run", &legacy])
        .exits(0);
    let detected = cat.import(&[&legacy]);
    detected.exits(0).says("Windows-1258");
    let mut conn = cat.db.conn().unwrap();
    let stored =
        ndc::storage::datasets::detail(&mut conn, "nan-tn-cp1258", &common::admin_viewer())
            .unwrap()
            .unwrap();
    assert_eq!(
        stored.dataset.title,
        "Dữ liệu mã hóa Windows-1258 của tỉnh Nghệ An"
    );

    // --as-agency: a steward writes only for its agency and its units.
    let theirs = cat.file(
        "bca.csv",
        "identifier,title,owner\nbca-tn-cli,Dữ liệu của Bộ Công an,bca\n",
    );
    cat.import(&[&"--as-agency", &"nan", &theirs])
        .exits(1)
        .says("own agency");
    assert!(!cat.has_dataset("bca-tn-cli"));
    let ours = cat.file(
        "syt.csv",
        "identifier,title,owner\nnan-tn-cli-syt,Dữ liệu của Sở Y tế,nan-syt\n",
    );
    cat.import(&[&"--as-agency", &"nan", &ours]).exits(0);
    assert!(cat.has_dataset("nan-tn-cli-syt"));
    cat.import(&[
        &"--as-agency",
        &"nan",
        &fixture("../../../seed-data/agencies.csv"),
    ])
    .exits(2)
    .says("administrators");
});

// docs/inventory-format.md, section 2: "A file that cannot be used at all (empty, header only,
// binary, unrecognised header, a record over the limit) stops the import: nothing is written, exit
// status 2."
cli_on_both!(a_record_over_the_size_limit_is_unusable_input, |cat| {
    let seed = cat.counts();
    let datasets = fixture("valid/datasets.csv");
    let mut long_row = String::from("identifier,title,description,owner\nnan-tn-dai,Dài,");
    long_row.push_str(&"x".repeat(3 << 20));
    long_row.push_str(",nan\n");
    let long_row = cat.file("dong-dai.csv", long_row);
    let one_line = cat.file("mot-dong.csv", "x".repeat(3 << 20));
    for bad in [&long_row, &one_line] {
        for partial in [true, false] {
            let mut args: Vec<&dyn AsRef<OsStr>> = vec![&datasets, bad];
            if partial {
                args.insert(0, &"--partial");
            }
            let run = cat.import(&args);
            assert_eq!(
                cat.counts(),
                seed,
                "{} (partial: {partial}): nothing written",
                bad.display()
            );
            run.exits(2).says("longer than 1 MB");
        }
    }
});

/// See tests/import.rs.
fn windows_1258_form(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    for c in text.nfc() {
        let parts: Vec<char> = std::iter::once(c).nfd().collect();
        let (base, marks) = parts.split_first().expect("a character");
        let (vowel, tone): (Vec<char>, Vec<char>) = marks
            .iter()
            .partition(|m| matches!(m, '\u{302}' | '\u{306}' | '\u{31B}'));
        out.extend(std::iter::once(*base).chain(vowel).nfc());
        out.extend(tone);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// kill -9 in the middle of an import

/// `ndc serve` on the catalog, ready to search.
struct Server {
    child: Child,
    port: u16,
}

impl Server {
    fn start(cat: &Catalog) -> Server {
        let port = common::free_port();
        let addr = format!("127.0.0.1:{port}");
        let child = cat
            .command(&[OsStr::new("serve"), OsStr::new("--addr"), OsStr::new(&addr)])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let server = Server { child, port };
        let started = Instant::now();
        loop {
            if let Some((200, body)) = common::http_get(port, "/healthz") {
                if body.contains("\"search\":\"ready\"") {
                    return server;
                }
            }
            assert!(
                started.elapsed() < Duration::from_secs(90),
                "ndc serve did not become ready"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The number of results the search page announces.
    fn total(&self, q: &str) -> i64 {
        let (status, body) =
            common::http_get(self.port, &format!("/datasets?q={q}")).expect("the server answers");
        assert_eq!(status, 200);
        let start = body.find("id=\"result-count\"").expect("a result count");
        let strong = body[start..].find("<strong>").unwrap() + start + 8;
        let end = body[strong..].find('<').unwrap() + strong;
        body[strong..end].replace(['.', ','], "").parse().unwrap()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A datasets file of `n` rows whose titles all hold `word`.
fn large_inventory(n: usize, word: &str) -> String {
    let mut text = String::from(
        "identifier,title,description,owner,custodian,themes,keywords,sharing_scope,importance,\
         personal_data,channels,licence,update_frequency,issued,contact_name,contact_email\n",
    );
    for i in 0..n {
        text.push_str(&format!(
            "nan-tn-lon-{i},Dữ liệu thử nghiệm {word} số {i},Bản ghi số {i} của lần nhập bị dừng đột ngột.,\
             nan,nan-syt,health,thử nghiệm;{word},open,other,none,portal;download,CC-BY-4.0,annual,\
             2024-01-01,Nguyễn Văn An,an{i}@nghean.gov.vn\n"
        ));
    }
    text
}

/// Whether an `ndc import` holds an open transaction that has written rows.
fn import_is_mid_transaction(cat: &Catalog) -> bool {
    use diesel::connection::SimpleConnection;
    match &cat.url {
        // The import holds SQLite's write lock from its first statement to its commit.
        None => {
            let path = cat.dir.join("ndc.sqlite3");
            let mut c = diesel::SqliteConnection::establish(path.to_str().unwrap()).unwrap();
            match c.batch_execute("PRAGMA busy_timeout = 0; BEGIN IMMEDIATE;") {
                Err(_) => true,
                Ok(()) => {
                    c.batch_execute("ROLLBACK").unwrap();
                    false
                }
            }
        }
        // A PostgreSQL transaction gets an id when it first writes.
        Some(url) => {
            #[derive(diesel::QueryableByName)]
            struct Count {
                #[diesel(sql_type = diesel::sql_types::BigInt)]
                n: i64,
            }
            let mut c = diesel::PgConnection::establish(url).unwrap();
            let writing: Count = diesel::sql_query(
                "SELECT COUNT(*) AS n FROM pg_stat_activity \
                 WHERE backend_xid IS NOT NULL AND pid <> pg_backend_pid() \
                 AND datname = current_database()",
            )
            .get_result(&mut c)
            .unwrap();
            writing.n > 0
        }
    }
}

cli_on_both!(
    kill_9_mid_import_leaves_catalog_and_search_as_they_were,
    |cat| {
        let server = Server::start(&cat);
        let before = cat.counts();
        let listed = server.total("");
        let dan_cu = server.total("d%C3%A2n%20c%C6%B0");
        assert!(dan_cu > 0, "a seed search finds datasets");
        assert_eq!(server.total("quarkblat"), 0);

        let big = cat.file("lon.csv", large_inventory(40_000, "quarkblat"));
        let mut import = cat
            .command(&[OsStr::new("import"), big.as_os_str()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        let mut seen_writing = false;
        loop {
            std::thread::sleep(Duration::from_millis(50));
            assert!(
                import.try_wait().unwrap().is_none(),
                "the import ended after {:?}, before it could be killed: make the file larger",
                started.elapsed()
            );
            seen_writing = seen_writing || import_is_mid_transaction(&cat);
            if seen_writing && started.elapsed() >= Duration::from_millis(300) {
                break;
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "the import never started writing"
            );
        }
        import.kill().unwrap(); // SIGKILL
        let status = import.wait().unwrap();
        assert!(!status.success(), "killed: {status:?}");
        eprintln!("killed the import after {:?}", started.elapsed());

        // The database holds exactly what it held before.
        let db = match &cat.url {
            None => Db::open(cat.dir.join("ndc.sqlite3").to_str().unwrap(), 2).unwrap(),
            Some(url) => Db::open(url, 2).unwrap(),
        };
        assert_eq!(
            common::catalog_counts(&db),
            before,
            "nothing of the killed import"
        );
        let mut conn = db.conn().unwrap();
        assert!(
            ndc::storage::datasets::detail(&mut conn, "nan-tn-lon-0", &common::admin_viewer())
                .unwrap()
                .is_none()
        );

        // The running server's index agrees: nothing of it is found, the seed still is.
        std::thread::sleep(Duration::from_millis(600)); // three rounds of following the change log
        assert_eq!(server.total("quarkblat"), 0);
        assert_eq!(server.total("d%C3%A2n%20c%C6%B0"), dan_cu);
        assert_eq!(
            server.total(""),
            listed,
            "the list holds what the database holds"
        );

        // Nothing was left locked: the next import runs, and the server's index follows it.
        let small = cat.file("nho.csv", large_inventory(2, "quarkblat"));
        cat.import(&[&small]).exits(0);
        let after = cat.counts();
        assert_eq!(after["datasets"], before["datasets"] + 2);
        let waited = Instant::now();
        while server.total("quarkblat") != 2 {
            assert!(
                waited.elapsed() < Duration::from_secs(5),
                "the next import did not reach search"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        assert_eq!(server.total(""), listed + 2);
    }
);
