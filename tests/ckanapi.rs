//! The CKAN Action API read by CKAN's own client: `ckanapi` from PyPI (installed into a virtual
//! environment by scripts/test.sh), against the real `ndc serve` on a free port. Skipped, saying so,
//! when the client is not installed; required when `NDC_CKANAPI` names it (CI).

mod common;

use std::path::PathBuf;
use std::process::Command;

use common::seed_rows;
use serde_json::Value;

fn ckanapi() -> Option<PathBuf> {
    if let Ok(path) = std::env::var("NDC_CKANAPI") {
        let path = PathBuf::from(path);
        assert!(
            path.exists(),
            "NDC_CKANAPI names {} which does not exist",
            path.display()
        );
        return Some(path);
    }
    let venv = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/test-venv/bin/ckanapi");
    if venv.exists() {
        return Some(venv);
    }
    eprintln!(
        "SKIPPED (ckanapi): no ckanapi client; scripts/test.sh installs it into target/test-venv"
    );
    None
}

/// Runs `ckanapi action …` against the server; its exit status and what it printed.
fn call(client: &PathBuf, port: u16, args: &[&str]) -> (bool, String, String) {
    let out = Command::new(client)
        .arg("action")
        .args(args)
        .args(["-r", &format!("http://127.0.0.1:{port}")])
        .output()
        .expect("run ckanapi");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn ckans_own_client_reads_the_catalog() {
    let Some(client) = ckanapi() else { return };
    let dir = std::env::temp_dir().join(format!("ndc_ckanapi_{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let server = common::Served::start(&dir);
    let port = server.port;
    let seed = seed_rows("datasets.csv");
    let open: Vec<&HashMapRow> = seed
        .iter()
        .filter(|d| d["status"] == "published" && d["sharing_scope"] == "open")
        .collect();

    let (ok, out, err) = call(
        &client,
        port,
        &[
            "package_search",
            "q=kham chua benh",
            "rows:3",
            "facet.field:[\"organization\"]",
        ],
    );
    assert!(ok, "{err}");
    let result: Value = serde_json::from_str(&out).expect("ckanapi prints the result as JSON");
    assert!(result["count"].as_i64().unwrap() > 0);
    assert_eq!(result["results"].as_array().unwrap().len(), 3);
    assert!(result["search_facets"]["organization"]["items"]
        .as_array()
        .is_some());

    let (ok, out, err) = call(&client, port, &["package_list"]);
    assert!(ok, "{err}");
    let names: Vec<String> = serde_json::from_str(&out).unwrap();
    assert_eq!(names.len(), open.len());

    let (ok, out, err) = call(
        &client,
        port,
        &["package_show", &format!("id={}", open[0]["identifier"])],
    );
    assert!(ok, "{err}");
    let package: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(package["name"], open[0]["identifier"].as_str());
    assert_eq!(package["organization"]["name"], open[0]["owner"].as_str());

    let (ok, out, err) = call(&client, port, &["organization_list", "all_fields:true"]);
    assert!(ok, "{err}");
    let orgs: Vec<Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(orgs.len(), seed_rows("agencies.csv").len());

    // What the caller may not see is CKAN's NotFound to the client.
    let internal = seed
        .iter()
        .find(|d| d["sharing_scope"] == "internal")
        .unwrap();
    let (ok, _, err) = call(
        &client,
        port,
        &["package_show", &format!("id={}", internal["identifier"])],
    );
    assert!(!ok && err.contains("NotFound"), "{err}");
    let (ok, _, err) = call(&client, port, &["package_search", "rows:-1"]);
    assert!(!ok && err.contains("ValidationError"), "{err}");
    drop(server);
    let _ = std::fs::remove_dir_all(&dir);
}

type HashMapRow = std::collections::HashMap<String, String>;
