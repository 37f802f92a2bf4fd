//! The real binary: `ndc serve` on a fresh data directory creates, migrates and seeds its SQLite
//! database, answers on the address it was given, and stops cleanly on SIGTERM; a database that can't
//! be opened makes it exit non-zero with one clear line.

mod common;

use common::{free_port, http_get};

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn serve_seeds_an_empty_database_and_stops_on_sigterm() {
    let dir = std::env::temp_dir().join(format!("ndc_cli_{}", std::process::id()));
    let port = free_port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_ndc"))
        .args([
            "serve",
            "--addr",
            &format!("127.0.0.1:{port}"),
            "--data-dir",
        ])
        .arg(&dir)
        .env("NDC_SEED_DIR", common::seed_dir())
        .env_remove("NDC_DATABASE_URL")
        .env("RUST_LOG", "info")
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let home = loop {
        if let Some((200, body)) = http_get(port, "/") {
            break body;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "ndc did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(
        dir.join("ndc.sqlite3").exists(),
        "the database lives under the data directory"
    );
    // What an anonymous visitor sees: published open data.
    let datasets = common::seed_rows("datasets.csv")
        .iter()
        .filter(|d| d["status"] == "published" && d["sharing_scope"] == "open")
        .count();
    let shown = home.replace('.', "");
    assert!(
        shown.contains(&format!(">{datasets}<")),
        "the seeded catalog is on the first page"
    );
    assert_eq!(http_get(port, "/healthz").unwrap().0, 200);

    // SIGTERM: graceful shutdown, exit code 0.
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "clean exit on SIGTERM: {status:?}");
    let mut log = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut log)
        .unwrap();
    assert!(log.contains("loaded the seed catalog"), "{log}");
    assert!(
        log.contains("path=/healthz") && log.contains("status=200"),
        "requests are logged: {log}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn unusable_database_exits_with_one_clear_line() {
    let dir = std::env::temp_dir().join(format!("ndc_cli_bad_{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    // A directory where the database file should be cannot be opened as SQLite.
    let cases: Vec<(String, String)> = vec![
        (
            dir.join("is-a-dir").to_string_lossy().into_owned(),
            "sqlite".into(),
        ),
        (
            format!("postgres://nobody@127.0.0.1:{}/none", free_port()),
            "postgres".into(),
        ),
    ];
    std::fs::create_dir_all(dir.join("is-a-dir")).unwrap();
    for (url, what) in cases {
        let out = Command::new(env!("CARGO_BIN_EXE_ndc"))
            .args(["serve", "--no-seed", "--addr", "127.0.0.1:1", "--data-dir"])
            .arg(&dir)
            .env("NDC_DATABASE_URL", &url)
            .output()
            .unwrap();
        assert!(!out.status.success(), "{what}: non-zero exit");
        let stderr = String::from_utf8_lossy(&out.stderr);
        let lines: Vec<&str> = stderr.lines().filter(|l| l.starts_with("ndc:")).collect();
        assert_eq!(lines.len(), 1, "{what}: one clear line: {stderr}");
        assert!(
            lines[0].contains("database"),
            "{what}: says what is wrong: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{what}: no panic: {stderr}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn import_is_all_or_nothing_with_line_numbers_and_exit_codes() {
    let dir = std::env::temp_dir().join(format!("ndc_cli_import_{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let run = |files: &[&std::path::Path]| {
        Command::new(env!("CARGO_BIN_EXE_ndc"))
            .args(["import", "--data-dir"])
            .arg(dir.join("data"))
            .args(files)
            .output()
            .unwrap()
    };
    let agencies = dir.join("agencies.csv");
    std::fs::write(
        &agencies,
        "code,name_vi,name_en,kind,parent\nbtc,Bộ Tài chính,Ministry of Finance,ministry,\n",
    )
    .unwrap();
    // Row 3 has an unknown owner and row 4 a bad date: both reported, nothing written.
    let bad = dir.join("datasets.csv");
    std::fs::write(
        &bad,
        "identifier,title,owner,issued\nbtc-a,Dữ liệu A,btc,2024-01-01\nbtc-b,Dữ liệu B,khong-co,\nbtc-c,Dữ liệu C,btc,31/02/2024\n",
    )
    .unwrap();
    let out = run(&[&agencies, &bad]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("datasets.csv:3 [owner]") && err.contains("khong-co"),
        "{err}"
    );
    assert!(err.contains("datasets.csv:4 [issued]"), "{err}");
    assert!(err.contains("nothing was imported"), "{err}");
    // Fixed: everything is imported.
    std::fs::write(&bad, "identifier,title,owner,issued\nbtc-a,Dữ liệu A,btc,2024-01-01\nbtc-b,Dữ liệu B,btc,01/02/2024\n").unwrap();
    let out = run(&[&agencies, &bad]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    let created = |kind: &str| {
        err.lines()
            .find(|l| l.starts_with(kind))
            .and_then(|l| l.split_whitespace().nth(1))
            .map(str::to_string)
    };
    assert_eq!(created("agencies").as_deref(), Some("1"), "{err}");
    assert_eq!(created("datasets").as_deref(), Some("2"), "{err}");
    assert!(err.contains("; imported"), "{err}");
    // A file that is no inventory at all is unusable input.
    let junk = dir.join("junk.csv");
    std::fs::write(&junk, "foo,bar\n1,2\n").unwrap();
    assert_eq!(run(&[&junk]).status.code(), Some(2));
    assert_eq!(run(&[&dir.join("missing.csv")]).status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn export_writes_the_whole_catalog_as_dcat_ap() {
    let dir = std::env::temp_dir().join(format!("ndc_cli_dcat_{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let ndc = |args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_ndc"))
            .args(args)
            .arg("--data-dir")
            .arg(dir.join("data"))
            .output()
            .unwrap()
    };
    let seed = concat!(env!("CARGO_MANIFEST_DIR"), "/seed-data");
    assert!(ndc(&["import", seed]).status.success());
    let out = dir.join("catalog.ttl");
    let done = ndc(&[
        "export",
        "--format",
        "ttl",
        "--base-url",
        "https://ndc.example.gov.vn/",
        out.to_str().unwrap(),
    ]);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let ttl = std::fs::read_to_string(&out).unwrap();
    // Every published and retired dataset, as the command line exports as an administrator.
    let expected = common::seed_rows("datasets.csv")
        .iter()
        .filter(|d| matches!(d["status"].as_str(), "published" | "retired"))
        .count();
    assert_eq!(ttl.matches(" a dcat:Dataset").count(), expected);
    assert!(ttl.contains("<https://ndc.example.gov.vn/catalog>"));
    let wrong = ndc(&["export", "--format", "xml", out.to_str().unwrap()]);
    assert_eq!(wrong.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&wrong.stderr).contains("inventory, ttl, jsonld or rdf"));
    let _ = std::fs::remove_dir_all(&dir);
}
