//! The real binary in several processes: a `kill -9` at any moment loses nothing, two servers sharing
//! one PostgreSQL database each keep their own index current, and `ndc reindex` rebuilds aside while
//! the server keeps answering.

mod common;

use common::{free_port, http_get};

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use ndc::storage::Db;

/// The number of results a search page announces.
fn search_total(port: u16, q: &str) -> Option<i64> {
    let (status, body) = http_get(port, &format!("/datasets?q={q}"))?;
    assert_eq!(status, 200, "search answers");
    let start = body.find("id=\"result-count\"")?;
    let strong = body[start..].find("<strong>")? + start + 8;
    let end = body[strong..].find('<')? + strong;
    body[strong..end].replace(['.', ','], "").parse().ok()
}

struct Server {
    child: Child,
    port: u16,
}

impl Server {
    fn start(data_dir: &Path, database_url: Option<&str>) -> Server {
        let port = free_port();
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_ndc"));
        cmd.args([
            "serve",
            "--addr",
            &format!("127.0.0.1:{port}"),
            "--data-dir",
        ])
        .arg(data_dir)
        .env("NDC_SEED_DIR", common::seed_dir())
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::null());
        match database_url {
            Some(url) => cmd.env("NDC_DATABASE_URL", url),
            None => cmd.env_remove("NDC_DATABASE_URL"),
        };
        let server = Server {
            child: cmd.spawn().unwrap(),
            port,
        };
        server.wait_until_search_ready();
        server
    }

    fn wait_until_search_ready(&self) {
        let started = Instant::now();
        loop {
            if let Some((200, body)) = http_get(self.port, "/healthz") {
                if body.contains("\"search\":\"ready\"") {
                    return;
                }
            }
            assert!(
                started.elapsed() < Duration::from_secs(90),
                "ndc did not become ready"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn kill_9(mut self) {
        self.child.kill().unwrap(); // SIGKILL
        self.child.wait().unwrap();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ndc_proc_{name}_{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Adds a dataset whose title holds `word`, through the inventory import, from this test process.
fn add_dataset(db: &Db, identifier: &str, word: &str) {
    let csv = format!(
        "identifier,title,owner,sharing_scope\n{identifier},Dữ liệu thử nghiệm {word},bca,open\n"
    );
    let mut conn = db.conn().unwrap();
    common::import_csv(&mut conn, "datasets.csv", &csv);
}

/// Polls until the search for `word` finds `expected` datasets; returns how long it took.
fn visible_within(port: u16, word: &str, expected: i64, limit: Duration) -> Duration {
    let started = Instant::now();
    loop {
        if search_total(port, word) == Some(expected) {
            return started.elapsed();
        }
        assert!(
            started.elapsed() < limit,
            "{word}: not searchable after {limit:?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn kill_9_at_any_moment_loses_nothing() {
    let dir = temp_dir("kill");
    let server = Server::start(&dir, None);
    let db = Db::open(dir.join("ndc.sqlite3").to_str().unwrap(), 2).unwrap();
    let mut server = Some(server);
    // Kill at different moments after a write: right away, while indexing, after the commit.
    for (i, delay_ms) in [0u64, 5, 40, 150, 400].into_iter().enumerate() {
        add_dataset(&db, &format!("bca-kill-{i}"), &format!("zorblax{i}"));
        std::thread::sleep(Duration::from_millis(delay_ms));
        server.take().unwrap().kill_9();
        let restarted = Server::start(&dir, None);
        for j in 0..=i {
            assert_eq!(
                search_total(restarted.port, &format!("zorblax{j}")),
                Some(1),
                "after kill {i}: zorblax{j}"
            );
        }
        server = Some(restarted);
    }
    // The whole list, as served from the index, is exactly what the database holds.
    let listed = search_total(server.as_ref().unwrap().port, "").unwrap_or(-1);
    // Searches here are anonymous: published open data, and the five open datasets added above.
    let published = common::seed_rows("datasets.csv")
        .iter()
        .filter(|d| d["status"] == "published" && d["sharing_scope"] == "open")
        .count() as i64
        + 5;
    assert_eq!(
        search_total(server.as_ref().unwrap().port, "zorblax1"),
        Some(1)
    );
    assert_eq!(
        listed, published,
        "the list holds exactly what the database holds"
    );
    drop(server);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn reindex_rebuilds_aside_while_the_server_answers() {
    let dir = temp_dir("reindex");
    let server = Server::start(&dir, None);
    let before = std::fs::read_to_string(dir.join("search/current")).unwrap();
    let baseline = search_total(server.port, "dan%20cu").unwrap();
    let mut reindex = Command::new(env!("CARGO_BIN_EXE_ndc"))
        .args(["reindex", "--data-dir"])
        .arg(&dir)
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Search keeps answering, with the same results, during the rebuild.
    let mut answered = 0;
    while reindex.try_wait().unwrap().is_none() {
        assert_eq!(search_total(server.port, "dan%20cu"), Some(baseline));
        answered += 1;
    }
    assert!(answered > 0);
    let status = reindex.wait().unwrap();
    let mut log = String::new();
    reindex
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    assert!(status.success(), "{log}");
    assert!(log.contains("rebuilt"), "{log}");
    let after = std::fs::read_to_string(dir.join("search/current")).unwrap();
    assert_ne!(before, after);
    // The server switches to the new index and keeps following the database with it.
    let db = Db::open(dir.join("ndc.sqlite3").to_str().unwrap(), 2).unwrap();
    std::thread::sleep(Duration::from_millis(600));
    add_dataset(&db, "bca-after-reindex", "quxbaz");
    visible_within(server.port, "quxbaz", 1, Duration::from_secs(5));
    assert_eq!(search_total(server.port, "dan%20cu"), Some(baseline));
    assert!(
        !dir.join("search").join(before.trim()).exists(),
        "the old index is removed"
    );

    // A second rebuild while one runs is refused with a clear message.
    std::fs::write(
        dir.join("search/reindex.lock"),
        std::process::id().to_string(),
    )
    .unwrap();
    let refused = Command::new(env!("CARGO_BIN_EXE_ndc"))
        .args(["reindex", "--data-dir"])
        .arg(&dir)
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("another rebuild"));
    drop(server);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn two_servers_sharing_postgresql_each_follow_every_change() {
    let Some(admin_url) = common::postgres_url() else {
        return;
    };
    use diesel::{Connection, RunQueryDsl};
    let schema = format!("ndc_two_{}", std::process::id());
    let mut admin = diesel::PgConnection::establish(&admin_url).unwrap();
    diesel::sql_query(format!("DROP SCHEMA IF EXISTS {schema} CASCADE"))
        .execute(&mut admin)
        .unwrap();
    diesel::sql_query(format!("CREATE SCHEMA {schema}"))
        .execute(&mut admin)
        .unwrap();
    let url = common::with_schema(&admin_url, &schema);
    let (dir_a, dir_b) = (temp_dir("pg_a"), temp_dir("pg_b"));
    let a = Server::start(&dir_a, Some(&url));
    let b = Server::start(&dir_b, Some(&url));
    let db = Db::open(&url, 2).unwrap();
    for i in 0..3 {
        let word = format!("twoproc{i}");
        add_dataset(&db, &format!("bca-two-{i}"), &word);
        let ta = visible_within(a.port, &word, 1, Duration::from_secs(5));
        let tb = visible_within(b.port, &word, 1, Duration::from_secs(5));
        eprintln!("{word}: visible on A after {ta:?}, on B after {tb:?}");
    }
    // A change to an agency's name reaches both indexes too.
    let mut conn = db.conn().unwrap();
    ndc::storage::write::transaction(&mut conn, |c| {
        ndc::storage::write::rename_agency(c, "bca", "Bộ Công an Frobnitz", "Frobnitz")
    })
    .unwrap();
    let owned = common::seed_rows("datasets.csv")
        .iter()
        .filter(|d| {
            d["status"] == "published"
                && d["sharing_scope"] == "open"
                && (d["owner"] == "bca" || d["custodian"] == "bca")
        })
        .count() as i64
        + 3; // the three open datasets added above; searches here are anonymous
    visible_within(a.port, "frobnitz", owned, Duration::from_secs(5));
    visible_within(b.port, "frobnitz", owned, Duration::from_secs(5));
    drop((a, b));
    let _ = diesel::sql_query(format!("DROP SCHEMA {schema} CASCADE")).execute(&mut admin);
    let _ = std::fs::remove_dir_all(&dir_a);
    let _ = std::fs::remove_dir_all(&dir_b);
}
