//! The JSON API for reading the catalog, on SQLite and PostgreSQL: every path of the OpenAPI
//! document answers, with the properties its schema requires; visibility is the pages' (anonymous,
//! session, token); hostile parameters get JSON answers, never a 500 or an HTML page.

mod common;

use common::seed_rows;
use serde_json::Value;

fn json(page: &common::Page) -> Value {
    assert!(
        page.header("content-type").unwrap_or_default().starts_with("application/json"),
        "JSON, not {:?}: {}",
        page.header("content-type"),
        &page.body[..page.body.len().min(200)]
    );
    serde_json::from_str(&page.body).expect("a JSON body")
}

/// Checks `value` against `schema` as far as the document promises: types, required properties,
/// array items, `$ref`s; returns the problems found (empty: conforms).
fn conforms(doc: &Value, schema: &Value, value: &Value, at: &str, problems: &mut Vec<String>) {
    if let Some(r) = schema["$ref"].as_str() {
        let name = r.trim_start_matches("#/components/schemas/");
        return conforms(doc, &doc["components"]["schemas"][name], value, at, problems);
    }
    if value.is_null() {
        if schema["nullable"] != true && schema.get("type").is_some() && schema["type"] != "object" {
            problems.push(format!("{at}: null where {schema} is not nullable"));
        }
        return;
    }
    match schema["type"].as_str() {
        Some("object") => {
            let Some(obj) = value.as_object() else {
                return problems.push(format!("{at}: not an object"));
            };
            for req in schema["required"].as_array().into_iter().flatten() {
                let key = req.as_str().unwrap();
                if !obj.contains_key(key) {
                    problems.push(format!("{at}: missing required {key}"));
                }
            }
            if let Some(props) = schema["properties"].as_object() {
                for (k, s) in props {
                    if let Some(v) = obj.get(k) {
                        conforms(doc, s, v, &format!("{at}.{k}"), problems);
                    }
                }
            }
            if let Some(extra) = schema.get("additionalProperties").filter(|v| v.is_object()) {
                for (k, v) in obj {
                    conforms(doc, extra, v, &format!("{at}.{k}"), problems);
                }
            }
        }
        Some("array") => match value.as_array() {
            Some(items) => {
                for (i, v) in items.iter().enumerate() {
                    conforms(doc, &schema["items"], v, &format!("{at}[{i}]"), problems);
                }
            }
            None => problems.push(format!("{at}: not an array")),
        },
        Some("string") => {
            if !value.is_string() {
                problems.push(format!("{at}: not a string"));
            } else if let Some(allowed) = schema["enum"].as_array() {
                if !allowed.contains(value) {
                    problems.push(format!("{at}: {value} not in {allowed:?}"));
                }
            }
        }
        Some("integer") if !value.is_i64() => problems.push(format!("{at}: not an integer")),
        Some("boolean") if !value.is_boolean() => problems.push(format!("{at}: not a boolean")),
        _ => {}
    }
}

fn open_dataset() -> String {
    seed_rows("datasets.csv")
        .into_iter()
        .find(|d| d["sharing_scope"] == "open" && d["status"] == "published")
        .unwrap()["identifier"]
        .clone()
}

on_both_backends!(every_documented_path_answers_as_documented, |app| {
    let doc = json(&app.get("/api/v1/openapi.json").await);
    assert_eq!(doc["openapi"], "3.0.3");
    let id = open_dataset();
    let mut checked = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        let Some(get) = item.get("get") else { continue };
        let uri = path.replace("{identifier}", &id).replace("{code}", "bca");
        let page = app.get(&uri).await;
        assert_eq!(page.status, 200, "{uri}");
        let body = json(&page);
        let schema = &get["responses"]["200"]["content"]["application/json"]["schema"];
        if schema.is_null() {
            continue; // the document itself
        }
        let mut problems = Vec::new();
        conforms(&doc, schema, &body, &uri, &mut problems);
        assert!(problems.is_empty(), "{uri}: {problems:#?}");
        checked += 1;
    }
    assert_eq!(checked, 5, "datasets, one dataset, agencies, one agency, themes");
    // Errors follow the Error schema.
    for uri in ["/api/v1/datasets/khong-co", "/api/v1/agencies/khong-co", "/api/v1/khong-co"] {
        let page = app.get(uri).await;
        assert_eq!(page.status, 404, "{uri}");
        let mut problems = Vec::new();
        conforms(&doc, &doc["components"]["schemas"]["Error"], &json(&page), uri, &mut problems);
        assert!(problems.is_empty(), "{uri}: {problems:?}");
    }
});

on_both_backends!(the_api_sees_what_the_caller_may_see, |app| {
    let seed = seed_rows("datasets.csv");
    let open = seed.iter().filter(|d| d["status"] == "published" && d["sharing_scope"] == "open").count();
    let list = json(&app.get("/api/v1/datasets").await);
    assert_eq!(list["total"], open as i64, "anonymous: open data");
    assert!(list["facets"]["scope"].get("shared").is_none());
    let internal = seed
        .iter()
        .find(|d| d["sharing_scope"] == "internal" && d["status"] == "published" && d["owner"] == "bca")
        .unwrap()["identifier"]
        .clone();
    let uri = format!("/api/v1/datasets/{internal}");
    assert_eq!(app.get(&uri).await.status, 404);
    // A steward token of the owner sees it; a token of another ministry does not; a wrong token is refused.
    let token = |role: ndc::storage::tokens::Role| {
        let mut conn = app.db.conn().unwrap();
        ndc::storage::tokens::create(&mut conn, "api test", &role).unwrap()
    };
    let agency = |code: &str| {
        let mut conn = app.db.conn().unwrap();
        ndc::storage::agencies::all(&mut conn).unwrap().into_iter().find(|a| a.code == code).unwrap().id
    };
    let bca = token(ndc::storage::tokens::Role::Steward { agency_id: agency("bca") });
    let byt = token(ndc::storage::tokens::Role::Steward { agency_id: agency("byt") });
    let client = app.client();
    let with = |secret: &str| format!("Bearer {secret}");
    let get = |auth: String, uri: String| {
        let client = &client;
        async move {
            client
                .send(actix_web::test::TestRequest::get().uri(&uri).insert_header(("Authorization", auth)), None)
                .await
        }
    };
    let seen = get(with(&bca), uri.clone()).await;
    assert_eq!(seen.status, 200);
    let d = json(&seen);
    assert_eq!(d["identifier"], internal.as_str());
    assert_eq!(d["owner"]["code"], "bca");
    assert_eq!(get(with(&byt), uri.clone()).await.status, 404);
    let refused = get(with("ndc_not_a_token"), "/api/v1/datasets".into()).await;
    assert_eq!(refused.status, 401);
    assert_eq!(json(&refused)["error"]["code"], "unauthorized");
    // A logged-in official (session cookie) sees shared data in the list.
    let official = app.logged_in("official", Some("btc")).await;
    let theirs = json(&official.get("/api/v1/datasets").await);
    assert!(theirs["total"].as_i64().unwrap() > open as i64);
    assert!(theirs["facets"]["scope"]["shared"].as_i64().unwrap() > 0);
});

on_both_backends!(queries_filters_and_hostile_parameters, |app| {
    let found = json(&app.get("/api/v1/datasets?q=co%20so%20kham%20chua%20benh").await);
    assert!(found["total"].as_i64().unwrap() > 0);
    assert!(found["items"][0]["identifier"].as_str().unwrap().contains("kham-chua-benh"));
    let health = json(&app.get("/api/v1/datasets?theme=y%20te").await);
    assert!(health["items"].as_array().unwrap().iter().all(|d| d["themes"].as_array().unwrap().contains(&"health".into())));
    for uri in [
        "/api/v1/datasets?page=-1",
        "/api/v1/datasets?page=999999999999",
        "/api/v1/datasets?scope=%3Cscript%3E",
        "/api/v1/datasets?q=%22unbalanced%20AND%20(%20*%3A",
        "/api/v1/datasets?q=%F0%9F%98%80%00",
    ] {
        let page = app.get(uri).await;
        assert_eq!(page.status, 200, "{uri}");
        json(&page);
    }
    let ignored = json(&app.get("/api/v1/datasets?scope=bogus").await);
    assert_eq!(ignored["ignored_parameters"], serde_json::json!(["scope"]));
    let agencies = json(&app.get("/api/v1/agencies").await);
    assert_eq!(agencies["total"], seed_rows("agencies.csv").len() as i64);
    let bca = json(&app.get("/api/v1/agencies/bca").await);
    assert!(!bca["units"].as_array().unwrap().is_empty());
});
