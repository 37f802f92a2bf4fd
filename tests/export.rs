//! The catalog exported as an inventory reads back unchanged: export → import into an empty
//! catalog → export again gives byte-identical files, on SQLite and PostgreSQL; `/export/*.csv`
//! serves the public part (no drafts).

mod common;

use ndc::export::{self, Scope};
use ndc::import::{self, FileKind, Input, Options};

fn export_all(app: &common::TestApp, scope: Scope) -> Vec<(String, Vec<u8>)> {
    let mut conn = app.db.conn().unwrap();
    [
        FileKind::Agencies,
        FileKind::Datasets,
        FileKind::Fields,
        FileKind::Distributions,
    ]
    .into_iter()
    .map(|kind| {
        let mut out = Vec::new();
        export::write(&mut conn, kind, scope.clone(), &mut out).unwrap();
        (format!("{}.csv", kind.name()), out)
    })
    .collect()
}

on_both_databases!(export_import_export_is_byte_identical, |app| {
    let first = export_all(&app, Scope::everything());
    let rows = |name: &str| {
        let (_, bytes) = first.iter().find(|(n, _)| n == name).unwrap();
        csv::Reader::from_reader(&bytes[..]).records().count()
    };
    // Everything of the seed catalog is there, drafts included.
    assert_eq!(
        rows("agencies.csv"),
        common::seed_rows("agencies.csv").len()
    );
    assert_eq!(
        rows("datasets.csv"),
        common::seed_rows("datasets.csv").len()
    );
    assert_eq!(rows("fields.csv"), common::seed_rows("fields.csv").len());
    assert_eq!(
        rows("distributions.csv"),
        common::seed_rows("distributions.csv").len()
    );

    let empty = app.empty_sibling();
    let inputs: Vec<Input> = first
        .iter()
        .map(|(name, bytes)| Input::bytes(name.clone(), bytes.clone()))
        .collect();
    let mut conn = empty.db.conn().unwrap();
    let report = import::run(&mut conn, &inputs, &Options::default(), &|_| {}).unwrap();
    assert!(
        report.committed,
        "{:?}",
        report.problems.iter().take(5).collect::<Vec<_>>()
    );
    assert_eq!(report.errors + report.warnings, 0);
    drop(conn);

    let second = export_all(&empty, Scope::everything());
    for ((name, a), (_, b)) in first.iter().zip(&second) {
        assert!(a == b, "{name} differs after a round trip");
    }
    // Importing the export into the catalog it came from changes nothing.
    let mut conn = app.db.conn().unwrap();
    let again = import::run(&mut conn, &inputs, &Options::default(), &|_| {}).unwrap();
    assert_eq!(again.changed_rows(), 0, "{:?}", again.datasets);
});

on_both_databases!(
    public_export_holds_what_the_visitor_may_see_and_streams_csv,
    |app| {
        let page = app.get("/export/datasets.csv").await;
        assert_eq!(page.status, 200);
        assert!(page.header("content-type").unwrap().starts_with("text/csv"));
        let mut reader = csv::Reader::from_reader(page.body.as_bytes());
        let statuses: Vec<String> = reader
            .records()
            .map(|r| r.unwrap().get(22).unwrap().to_string())
            .collect();
        let seed = common::seed_rows("datasets.csv");
        let public = seed
            .iter()
            .filter(|d| d["status"] != "draft" && d["sharing_scope"] == "open")
            .count();
        assert_eq!(
            statuses.len(),
            public,
            "anonymous visitors get open data only"
        );
        assert!(statuses.iter().all(|s| s != "draft"));
        // A logged-in official also gets shared datasets, and their own agency's internal ones.
        let official = app.logged_in("official", Some("bca")).await;
        let theirs = official.get("/export/datasets.csv").await.body;
        let rows = csv::Reader::from_reader(theirs.as_bytes())
            .records()
            .count();
        let shared = seed
            .iter()
            .filter(|d| d["status"] != "draft" && d["sharing_scope"] != "internal")
            .count();
        assert!(
            rows > shared,
            "{rows} rows: shared data and bca's internal datasets"
        );
        assert!(
            theirs.contains("bca-nguoi-nghien-ma-tuy"),
            "bca's internal dataset"
        );
        assert!(
            !theirs.contains("byt-tre-em-hoan-canh-dac-biet"),
            "another ministry's internal one"
        );
        // Columns of drafts are not exported either.
        let drafts: Vec<&str> = seed
            .iter()
            .filter(|d| d["status"] == "draft")
            .map(|d| d["identifier"].as_str())
            .collect();
        let fields = app.get("/export/fields.csv").await.body;
        assert!(!drafts.is_empty());
        let internal = seed
            .iter()
            .find(|d| d["sharing_scope"] == "internal")
            .unwrap();
        assert!(
            !fields.contains(&format!("\n{},", internal["identifier"])),
            "internal columns leaked"
        );
        for d in drafts {
            assert!(!fields.contains(&format!("\n{d},")), "{d} leaked");
        }
        assert_eq!(app.get("/export/secrets.csv").await.status, 404);
        assert_eq!(app.get("/export/datasets.json").await.status, 404);
    }
);
