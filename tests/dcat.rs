//! DCAT-AP 3 views (`/catalog.ttl|.jsonld|.rdf`, `/datasets/{identifier}.ttl|…`) and the schema.org
//! block of dataset pages:
//! - in-process, on SQLite and PostgreSQL: the vocabulary mappings (access rights, EU themes and
//!   frequencies, publishers), visibility, 404s, Hydra paging and escaping of hostile text, read from
//!   the JSON-LD form;
//! - against the real `ndc serve`, with independent Python tools (pyshacl, rdflib, extruct from
//!   target/test-venv, see tests/fixtures/dcat-ap/check.py): zero SHACL violations against the
//!   DCAT-AP 3.0.1 shapes, the three syntaxes parse to the same graph, and Google's Dataset
//!   properties are on the page. Skipped, saying so, without those tools; required when
//!   `NDC_PYTHON` names a Python that has them (CI).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{seed_rows, Page};
use ndc::export::dcat::{self, Pages, Syntax};
use ndc::export::Scope;
use serde_json::Value;

type Row = std::collections::HashMap<String, String>;

const DCAT: &str = "http://www.w3.org/ns/dcat#";
const AUTHORITY: &str = "http://publications.europa.eu/resource/authority/";

/// A published seed dataset with this sharing scope that has themes, columns and distributions.
fn seed_dataset(scope: &str) -> Row {
    let fields = seed_rows("fields.csv");
    let distributions = seed_rows("distributions.csv");
    seed_rows("datasets.csv")
        .into_iter()
        .find(|d| {
            d["status"] == "published"
                && d["sharing_scope"] == scope
                && !d["themes"].is_empty()
                && fields.iter().any(|f| f["dataset"] == d["identifier"])
                && distributions
                    .iter()
                    .any(|r| r["dataset"] == d["identifier"])
        })
        .unwrap_or_else(|| panic!("no {scope} dataset in the seed"))
}

/// The nodes of a JSON-LD document.
fn graph(page: &Page) -> Vec<Value> {
    assert_eq!(page.status, 200, "{}", page.body);
    page.json()["@graph"].as_array().expect("a @graph").clone()
}

fn has_type(node: &Value, class: &str) -> bool {
    node["@type"]
        .as_array()
        .is_some_and(|t| t.iter().any(|c| c == class))
}

fn of_type<'a>(nodes: &'a [Value], class: &str) -> Vec<&'a Value> {
    nodes.iter().filter(|n| has_type(n, class)).collect()
}

fn by_id<'a>(nodes: &'a [Value], id: &str) -> &'a Value {
    nodes
        .iter()
        .find(|n| n["@id"] == id)
        .unwrap_or_else(|| panic!("no node {id}"))
}

/// The IRIs (or literal values) of `property` across every node with this id.
fn values(nodes: &[Value], id: &str, property: &str) -> Vec<String> {
    nodes
        .iter()
        .filter(|n| n["@id"] == id)
        .filter_map(|n| n[property].as_array())
        .flatten()
        .map(|v| {
            v.get("@id")
                .or_else(|| v.get("@value"))
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_string()
        })
        .collect()
}

fn the_dataset(nodes: &[Value]) -> &Value {
    let found = of_type(nodes, "http://www.w3.org/ns/dcat#Dataset");
    assert_eq!(found.len(), 1, "one dataset");
    found[0]
}

/// Identifiers of the datasets a catalog document lists.
fn listed(nodes: &[Value]) -> Vec<String> {
    let catalog = of_type(nodes, &format!("{DCAT}Catalog"))[0]["@id"]
        .as_str()
        .unwrap()
        .to_string();
    let mut ids: Vec<String> = values(nodes, &catalog, "dcat:dataset")
        .into_iter()
        .map(|iri| {
            iri.rsplit("/datasets/")
                .next()
                .unwrap()
                .trim_end_matches("#dataset")
                .to_string()
        })
        .collect();
    ids.sort();
    ids
}

on_both_databases!(vocabularies_are_mapped, |app| {
    let open = seed_dataset("open");
    let page = app
        .get(&format!("/datasets/{}.jsonld", open["identifier"]))
        .await;
    assert_eq!(
        page.header("content-type").as_deref(),
        Some("application/ld+json; charset=utf-8")
    );
    let nodes = graph(&page);
    let d = the_dataset(&nodes);
    let id = d["@id"].as_str().unwrap();
    assert!(id.ends_with(&format!("/datasets/{}#dataset", open["identifier"])));
    assert_eq!(
        values(&nodes, id, "dct:accessRights"),
        [format!("{AUTHORITY}access-right/PUBLIC")]
    );
    let frequency = ndc::domain::UpdateFrequency::from_code(&open["update_frequency"]).unwrap();
    assert_eq!(
        values(&nodes, id, "dct:accrualPeriodicity"),
        [format!(
            "{AUTHORITY}frequency/{}",
            dcat::frequency(frequency)
        )]
    );
    let themes = values(&nodes, id, "dcat:theme");
    for code in open["themes"].split(';') {
        let theme = ndc::domain::Theme::from_code(code.trim()).unwrap();
        let eu = format!("{AUTHORITY}data-theme/{}", dcat::eu_theme(theme));
        assert!(themes.contains(&eu), "{eu} in {themes:?}");
    }
    assert_eq!(
        values(&nodes, id, "dct:language"),
        [format!("{AUTHORITY}language/VIE")]
    );
    let publisher = values(&nodes, id, "dct:publisher");
    assert_eq!(publisher.len(), 1);
    assert!(publisher[0].ends_with(&format!("/agencies/{}", open["owner"])));
    let agency = by_id(&nodes, &publisher[0]);
    assert!(has_type(agency, "http://xmlns.com/foaf/0.1/Agent"));
    assert!(!values(&nodes, &publisher[0], "foaf:name").is_empty());
    // Distributions, and the columns as a CSVW table schema.
    let distributions = values(&nodes, id, "dcat:distribution");
    assert_eq!(
        distributions.len(),
        seed_rows("distributions.csv")
            .iter()
            .filter(|r| r["dataset"] == open["identifier"])
            .count()
    );
    for r in &distributions {
        assert_eq!(values(&nodes, r, "dcat:accessURL").len(), 1);
    }
    let schema = values(&nodes, id, "dct:conformsTo");
    let columns = values(&nodes, &schema[0], "csvw:column");
    assert_eq!(
        columns.len(),
        seed_rows("fields.csv")
            .iter()
            .filter(|f| f["dataset"] == open["identifier"])
            .count()
    );
    assert!(!values(&nodes, &columns[0], "csvw:name").is_empty());

    // The other two syntaxes answer too, with their media types.
    for (ext, media) in [("ttl", "text/turtle"), ("rdf", "application/rdf+xml")] {
        let page = app
            .get(&format!("/datasets/{}.{ext}", open["identifier"]))
            .await;
        assert_eq!(page.status, 200);
        assert_eq!(
            page.header("content-type"),
            Some(format!("{media}; charset=utf-8"))
        );
        assert!(page.body.contains(&open["identifier"]));
    }

    // Logged in: shared is RESTRICTED; internal (seen by its own agency) is NON_PUBLIC.
    let shared = seed_dataset("shared");
    let internal = seed_dataset("internal");
    let official = app.logged_in("official", Some(&internal["owner"])).await;
    for (row, right) in [(&shared, "RESTRICTED"), (&internal, "NON_PUBLIC")] {
        let nodes = graph(
            &official
                .get(&format!("/datasets/{}.jsonld", row["identifier"]))
                .await,
        );
        let id = the_dataset(&nodes)["@id"].as_str().unwrap().to_string();
        assert_eq!(
            values(&nodes, &id, "dct:accessRights"),
            [format!("{AUTHORITY}access-right/{right}")]
        );
    }
});

on_both_databases!(visibility_and_not_found, |app| {
    let shared = seed_dataset("shared");
    let open = seed_dataset("open");
    for ext in ["ttl", "jsonld", "rdf"] {
        let page = app
            .get(&format!("/datasets/{}.{ext}", shared["identifier"]))
            .await;
        assert_eq!(page.status, 404, "shared is not for anonymous visitors");
        assert_eq!(
            app.get(&format!("/datasets/khong-co-bo-nay.{ext}"))
                .await
                .status,
            404
        );
    }
    for uri in [
        format!("/datasets/{}.xyz", open["identifier"]),
        format!("/datasets/{}.ttl.bak", open["identifier"]),
        "/catalog.xyz".to_string(),
        "/catalog.csv".to_string(),
        "/catalog.ttl?page=0".to_string(),
        "/catalog.ttl?page=abc".to_string(),
        "/catalog.ttl?page=-1".to_string(),
        "/catalog.ttl?page=2".to_string(),
        "/catalog.ttl?page=99999999999999999999999".to_string(),
    ] {
        assert_eq!(app.get(&uri).await.status, 404, "{uri}");
    }

    // The catalog holds exactly what the visitor may see: open published and retired datasets for
    // the public, shared ones too once logged in; never drafts.
    let seed = seed_rows("datasets.csv");
    let expected = |scopes: &[&str]| {
        let mut ids: Vec<String> = seed
            .iter()
            .filter(|d| d["status"] != "draft" && scopes.contains(&d["sharing_scope"].as_str()))
            .map(|d| d["identifier"].clone())
            .collect();
        ids.sort();
        ids
    };
    let public = graph(&app.get("/catalog.jsonld?page=all").await);
    assert_eq!(listed(&public), expected(&["open"]));
    let first = graph(&app.get("/catalog.jsonld").await);
    assert_eq!(
        listed(&first),
        expected(&["open"]),
        "one page holds them all"
    );
    let official = app.logged_in("official", Some("bca")).await;
    let page = official.get("/catalog.jsonld?page=all").await;
    assert_eq!(
        page.header("cache-control").as_deref(),
        Some("private, no-store")
    );
    let seen = listed(&graph(&page));
    assert!(seen.contains(&shared["identifier"]));
    assert!(expected(&["open", "shared"])
        .iter()
        .all(|id| seen.contains(id)));
});

/// Datasets rows (the inventory format) for `n` open datasets `dcat-test-0001`….
fn many_open_datasets(n: usize) -> String {
    let header = "identifier,title,description,owner,themes,sharing_scope,update_frequency,status";
    let mut csv = format!("{header}\n");
    for i in 1..=n {
        csv.push_str(&format!(
            "dcat-test-{i:04},Bộ dữ liệu thử {i},Mô tả bộ dữ liệu thử số {i},bca,population,open,monthly,published\n"
        ));
    }
    csv
}

on_both_databases!(hydra_paging, |app| {
    {
        let mut conn = app.db.conn().unwrap();
        common::import_csv(&mut conn, "datasets.csv", &many_open_datasets(1_100));
    }
    let open_seed = seed_rows("datasets.csv")
        .iter()
        .filter(|d| d["status"] != "draft" && d["sharing_scope"] == "open")
        .count();
    let total = open_seed + 1_100;
    let page = |n: u64| format!("/catalog.jsonld?page={n}");
    let first = graph(&app.get(&page(1)).await);
    let view = of_type(
        &first,
        "http://www.w3.org/ns/hydra/core#PartialCollectionView",
    )[0];
    let view_id = view["@id"].as_str().unwrap();
    assert!(view_id.ends_with("/catalog.jsonld?page=1"));
    let link = |nodes: &[Value], id: &str, p: &str| values(nodes, id, &format!("hydra:{p}"));
    assert!(link(&first, view_id, "next")[0].ends_with("?page=2"));
    assert!(link(&first, view_id, "last")[0].ends_with("?page=2"));
    assert!(link(&first, view_id, "first")[0].ends_with("?page=1"));
    assert!(link(&first, view_id, "previous").is_empty());
    assert_eq!(
        link(&first, view_id, "totalItems"),
        [total.to_string()],
        "totalItems"
    );
    assert_eq!(listed(&first).len(), 1_000);

    let second = graph(&app.get(&page(2)).await);
    let view_id = view_id.replace("page=1", "page=2");
    assert!(link(&second, &view_id, "previous")[0].ends_with("?page=1"));
    assert!(link(&second, &view_id, "next").is_empty());
    assert_eq!(listed(&second).len(), total - 1_000);
    let mut both = listed(&first);
    both.extend(listed(&second));
    both.sort();
    both.dedup();
    assert_eq!(both.len(), total, "pages neither overlap nor leave gaps");
    assert_eq!(app.get(&page(3)).await.status, 404);
    assert_eq!(
        listed(&graph(&app.get("/catalog.jsonld?page=all").await)),
        both
    );
});

/// A dataset whose every text is hostile to some syntax, as the inventory format imports it.
const HOSTILE_TITLE: &str =
    "Dữ liệu \"trích dẫn\" \\ gạch <b>đậm</b> & 'nháy' \"\"\" ''' ]]> {x} 🚀 — Hà Nội";
const HOSTILE_DESCRIPTION: &str =
    "Dòng một\nDòng hai với \\n giả, <!-- chú thích --> &amp; @vi ^^xsd:string \t tab 🇻🇳";

fn hostile_csv() -> String {
    let quote = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    format!(
        "identifier,title,description,owner,themes,keywords,sharing_scope,update_frequency,licence,spatial,contact_name,contact_email,status\n\
         du-lieu-hiem-hoc,{},{},bca,health;justice,{},open,daily,{},{},{},lien.he@bca.gov.vn,published\n",
        quote(HOSTILE_TITLE),
        quote(HOSTILE_DESCRIPTION),
        quote("a\"b;c\\d;<e>&f;🚀"),
        quote("Giấy phép \"riêng\" <của> bộ & ngành"),
        quote("Toàn quốc;Tỉnh \"Nghệ\" An <x>"),
        quote("Phòng <Dữ liệu> & \"Số\""),
    )
}

on_both_databases!(hostile_text_is_escaped, |app| {
    {
        let mut conn = app.db.conn().unwrap();
        common::import_csv(&mut conn, "datasets.csv", &hostile_csv());
    }
    let nodes = graph(&app.get("/datasets/du-lieu-hiem-hoc.jsonld").await);
    let id = the_dataset(&nodes)["@id"].as_str().unwrap().to_string();
    assert_eq!(values(&nodes, &id, "dct:title"), [HOSTILE_TITLE]);
    assert_eq!(
        values(&nodes, &id, "dct:description"),
        [HOSTILE_DESCRIPTION]
    );
    let mut keywords = values(&nodes, &id, "dcat:keyword");
    keywords.sort();
    assert_eq!(keywords, ["<e>&f", "a\"b", "c\\d", "🚀"]);

    let ttl = app.get("/datasets/du-lieu-hiem-hoc.ttl").await.body;
    assert!(ttl.contains(r#"dct:title "Dữ liệu \"trích dẫn\" \\ gạch <b>đậm</b> & 'nháy' \"\"\" ''' ]]> {x} 🚀 — Hà Nội"@vi"#), "{ttl}");
    assert!(ttl.contains(r#"Dòng một\nDòng hai với \\n giả"#));
    let rdf = app.get("/datasets/du-lieu-hiem-hoc.rdf").await.body;
    assert!(rdf.contains("gạch &lt;b&gt;đậm&lt;/b&gt; &amp; 'nháy' \"\"\" ''' ]]&gt;"));
    assert!(!rdf.contains("<b>"));
    // Whole catalog too (the same builder, streamed).
    let all = app.get("/catalog.ttl?page=all").await.body;
    assert!(all.contains(r#"\"trích dẫn\""#));
});

// ---- against the real server, with Python's tools ----

/// A Python with pyshacl, rdflib and extruct: `NDC_PYTHON` (required then), or target/test-venv's.
fn python() -> Option<PathBuf> {
    let has_tools = |p: &Path| {
        Command::new(p)
            .args(["-c", "import pyshacl, rdflib, extruct"])
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    if let Ok(path) = std::env::var("NDC_PYTHON") {
        let path = PathBuf::from(path);
        assert!(
            has_tools(&path),
            "NDC_PYTHON names {} which lacks pyshacl, rdflib or extruct",
            path.display()
        );
        return Some(path);
    }
    let venv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/test-venv/bin/python");
    if venv.exists() && has_tools(&venv) {
        return Some(venv);
    }
    eprintln!(
        "SKIPPED (pyshacl/extruct): no Python with them; scripts/test.sh installs them into target/test-venv"
    );
    None
}

/// Runs tests/fixtures/dcat-ap/check.py and reads the JSON it prints.
fn check(python: &Path, args: &[&str]) -> Value {
    let script = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/dcat-ap/check.py");
    let out = Command::new(python)
        .arg(script)
        .args(args)
        .output()
        .expect("run check.py");
    assert!(
        out.status.success(),
        "check.py {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("check.py prints JSON")
}

/// GET from the real server (HTTP/1.1, chunked bodies decoded): the body of a 200, `None` for a
/// 404.
fn fetch(port: u16, path: &str) -> Option<String> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(60)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
    let mut body = raw[split + 4..].to_vec();
    if head.contains("transfer-encoding: chunked") {
        body = dechunk(&body);
    }
    let status: u16 = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    match status {
        200 => Some(String::from_utf8(body).expect("a UTF-8 body")),
        404 => None,
        other => panic!("{path}: {other}"),
    }
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let line_end = data.windows(2).position(|w| w == b"\r\n").unwrap();
        let size_text = std::str::from_utf8(&data[..line_end]).unwrap();
        let size = usize::from_str_radix(size_text.split(';').next().unwrap().trim(), 16).unwrap();
        if size == 0 {
            return out;
        }
        let start = line_end + 2;
        out.extend_from_slice(&data[start..start + size]);
        data = &data[start + size + 2..];
    }
}

fn save(dir: &Path, name: &str, body: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, body).unwrap();
    path.to_string_lossy().into_owned()
}

/// Zero violations of the DCAT-AP 3.0.1 shapes in these files (warnings are reported).
fn assert_valid(python: &Path, what: &str, files: &[String]) {
    let mut args = vec!["shacl"];
    args.extend(files.iter().map(String::as_str));
    let report = check(python, &args);
    eprintln!(
        "pyshacl, {what}: {} triples, {} violations, {} warnings",
        report["triples"], report["violations"], report["warnings"]
    );
    assert_eq!(report["violations"], 0, "{what}: {:#}", report["messages"]);
}

#[test]
fn pyshacl_rdflib_and_extruct_read_the_real_server() {
    let Some(python) = python() else { return };
    let dir = std::env::temp_dir().join(format!("ndc_dcat_{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let data = dir.join("data");
    let server = common::Served::start(&data);
    let port = server.port;
    // The hostile dataset, imported by the command line next to the running server.
    let hostile = save(&dir, "datasets.csv", &hostile_csv());
    let imported = Command::new(env!("CARGO_BIN_EXE_ndc"))
        .args(["import", "--data-dir"])
        .arg(&data)
        .arg(&hostile)
        .env_remove("NDC_DATABASE_URL")
        .output()
        .unwrap();
    assert!(
        imported.status.success(),
        "{}",
        String::from_utf8_lossy(&imported.stdout)
    );

    // Every page of the public catalog and a few datasets, in Turtle.
    let mut turtle = Vec::new();
    for n in 1.. {
        let Some(body) = fetch(port, &format!("/catalog.ttl?page={n}")) else {
            break;
        };
        turtle.push(save(&dir, &format!("catalog-{n}.ttl"), &body));
    }
    assert_eq!(turtle.len(), 1, "the seed catalog is one page");
    let open: Vec<Row> = seed_rows("datasets.csv")
        .into_iter()
        .filter(|d| d["sharing_scope"] == "open" && d["status"] == "published")
        .filter(|d| !d["licence"].is_empty() && !d["temporal_start"].is_empty())
        .take(3)
        .collect();
    for d in open
        .iter()
        .map(|d| d["identifier"].as_str())
        .chain(["du-lieu-hiem-hoc"])
    {
        let body = fetch(port, &format!("/datasets/{d}.ttl")).unwrap();
        turtle.push(save(&dir, &format!("{d}.ttl"), &body));
    }
    assert_valid(&python, "public catalog and datasets (Turtle)", &turtle);

    // The whole catalog as administrators export it (drafts, shared and internal datasets too).
    let app = common::TestApp::sqlite_unindexed();
    let mut conn = app.db.conn().unwrap();
    let scope = Scope::everything();
    let total = dcat::count(&mut conn, &scope).unwrap();
    // (Turtle only: the other syntaxes are checked to give the same graph below.)
    let mut out = Vec::new();
    let written = dcat::write_catalog(
        &mut conn,
        &scope,
        "https://ndc.example.gov.vn",
        Syntax::Turtle,
        Pages::All,
        total,
        &mut out,
    )
    .unwrap();
    assert_eq!(written as usize, seed_rows("datasets.csv").len());
    let file = save(&dir, "everything.ttl", std::str::from_utf8(&out).unwrap());
    assert_valid(&python, "whole seed catalog, drafts included", &[file]);

    // The three syntaxes say the same thing: the same graph, hostile text intact.
    let mut files = Vec::new();
    for ext in ["ttl", "jsonld", "rdf"] {
        let body = fetch(port, &format!("/catalog.{ext}?page=all")).unwrap();
        files.push(save(&dir, &format!("all.{ext}"), &body));
        let body = fetch(port, &format!("/datasets/du-lieu-hiem-hoc.{ext}")).unwrap();
        files.push(save(&dir, &format!("hostile.{ext}"), &body));
    }
    let (catalogs, hostiles): (Vec<_>, Vec<_>) = files
        .iter()
        .map(String::as_str)
        .partition(|f| f.contains("all."));
    let mut args = vec!["graphs"];
    args.extend(&catalogs);
    for g in check(&python, &args).as_array().unwrap() {
        assert_eq!(g["isomorphic"], true, "{} differs from Turtle", g["file"]);
    }
    assert_valid(
        &python,
        "public catalog (JSON-LD)",
        &[catalogs[1].to_string()],
    );
    let mut args = vec!["graphs"];
    args.extend(&hostiles);
    for g in check(&python, &args).as_array().unwrap() {
        assert_eq!(g["isomorphic"], true, "{} differs from Turtle", g["file"]);
        let texts: Vec<&str> = g["texts"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(Value::as_str)
            .collect();
        for expected in [HOSTILE_TITLE, HOSTILE_DESCRIPTION, "a\"b", "c\\d", "<e>&f"] {
            assert!(texts.contains(&expected), "{expected:?} in {}", g["file"]);
        }
    }

    // schema.org: the page's JSON-LD as extruct (an independent HTML parser) finds it.
    let d = &open[0];
    let html = fetch(port, &format!("/datasets/{}", d["identifier"])).unwrap();
    let file = save(&dir, "page.html", &html);
    let url = format!("http://127.0.0.1:{port}/datasets/{}", d["identifier"]);
    let blocks = check(&python, &["extruct", &file, &url]);
    let dataset = blocks
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["@type"] == "Dataset")
        .expect("a Dataset block");
    // Required by Google: name and a description of 50 to 5,000 characters.
    assert_eq!(dataset["name"], d["title"].as_str());
    let description = dataset["description"].as_str().unwrap().chars().count();
    assert!((50..=5000).contains(&description), "{description}");
    // Recommended.
    for property in [
        "url",
        "identifier",
        "keywords",
        "license",
        "creator",
        "publisher",
        "temporalCoverage",
        "spatialCoverage",
        "distribution",
        "dateModified",
        "datePublished",
        "isAccessibleForFree",
        "includedInDataCatalog",
        "variableMeasured",
        "inLanguage",
    ] {
        assert!(
            !dataset[property].is_null(),
            "{property} missing: {dataset:#}"
        );
    }
    assert_eq!(dataset["url"], url.as_str());
    assert_eq!(dataset["isAccessibleForFree"], true);
    assert_eq!(dataset["creator"]["@type"], "GovernmentOrganization");
    assert_eq!(dataset["includedInDataCatalog"]["@type"], "DataCatalog");
    for download in dataset["distribution"].as_array().unwrap() {
        assert_eq!(download["@type"], "DataDownload");
        assert!(download["contentUrl"].as_str().unwrap().starts_with("http"));
        assert!(!download["encodingFormat"].is_null(), "{download}");
    }
    drop(server);
    let _ = std::fs::remove_dir_all(&dir);
}
