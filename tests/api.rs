//! The JSON API for reading the catalog, on SQLite and PostgreSQL: every path of the OpenAPI
//! document answers, with the properties its schema requires; visibility is the pages' (anonymous,
//! session, token); hostile parameters get JSON answers, never a 500 or an HTML page.

mod common;

use common::seed_rows;
use serde_json::{json, Value};

fn json(page: &common::Page) -> Value {
    assert!(
        page.header("content-type")
            .unwrap_or_default()
            .starts_with("application/json"),
        "JSON, not {:?}: {}",
        page.header("content-type"),
        &page.body[..page.body.len().min(200)]
    );
    serde_json::from_str(&page.body).expect("a JSON body")
}

/// Whether `value` is of the JSON Schema type `name`.
fn has_type(value: &Value, name: &str) -> bool {
    match name {
        "null" => value.is_null(),
        "boolean" => value.is_boolean(),
        "integer" => value.is_i64() || value.is_u64(),
        "number" => value.is_number(),
        "string" => value.is_string(),
        "array" => value.is_array(),
        "object" => value.is_object(),
        other => panic!("unknown type {other} in the document"),
    }
}

/// Checks `value` against `schema` (OpenAPI 3.1, that is JSON Schema 2020-12) as far as the
/// document promises: its type or types (`null` among them for values that may be null), required
/// properties, properties, map values, array items, enumerations, `$ref`s, and the `allOf`, `oneOf`
/// and `anyOf` that utoipa writes for flattened and optional types; collects the problems found.
fn conforms(doc: &Value, schema: &Value, value: &Value, at: &str, problems: &mut Vec<String>) {
    if let Some(r) = schema["$ref"].as_str() {
        let name = r
            .strip_prefix("#/components/schemas/")
            .unwrap_or_else(|| panic!("{at}: a $ref outside the document: {r}"));
        let target = &doc["components"]["schemas"][name];
        assert!(target.is_object(), "{at}: $ref to a missing schema {r}");
        return conforms(doc, target, value, at, problems);
    }
    for part in schema["allOf"].as_array().into_iter().flatten() {
        conforms(doc, part, value, at, problems);
    }
    for (keyword, exactly_one) in [("oneOf", true), ("anyOf", false)] {
        let Some(alternatives) = schema[keyword].as_array() else {
            continue;
        };
        let mut failures = Vec::new();
        let mut matching = 0;
        for alternative in alternatives {
            let mut found = Vec::new();
            conforms(doc, alternative, value, at, &mut found);
            if found.is_empty() {
                matching += 1;
            }
            failures.extend(found);
        }
        if matching == 0 || (exactly_one && matching > 1) {
            problems.push(format!(
                "{at}: {matching} of the {keyword} alternatives match: {failures:?}"
            ));
        }
    }
    let types: Vec<&str> = match &schema["type"] {
        Value::String(t) => vec![t.as_str()],
        Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
        _ => Vec::new(),
    };
    if !types.is_empty() && !types.iter().any(|t| has_type(value, t)) {
        let shown: String = value.to_string().chars().take(80).collect();
        return problems.push(format!("{at}: {shown} is not {types:?}"));
    }
    if let Some(allowed) = schema["enum"].as_array() {
        if !allowed.contains(value) {
            problems.push(format!("{at}: {value} not in {allowed:?}"));
        }
    }
    if let Some(obj) = value.as_object() {
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
    if let (Some(items), Some(schema)) = (value.as_array(), schema.get("items")) {
        for (i, v) in items.iter().enumerate() {
            conforms(doc, schema, v, &format!("{at}[{i}]"), problems);
        }
    }
}

/// Every `$ref` anywhere in the document, to check none points at a missing schema.
fn refs<'a>(value: &'a Value, found: &mut Vec<&'a str>) {
    match value {
        Value::Object(map) => {
            if let Some(r) = map.get("$ref").and_then(Value::as_str) {
                found.push(r);
            }
            map.values().for_each(|v| refs(v, found));
        }
        Value::Array(items) => items.iter().for_each(|v| refs(v, found)),
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
    assert!(
        doc["openapi"].as_str().unwrap().starts_with("3.1."),
        "{}",
        doc["openapi"]
    );
    // Every route of /api/v1 is documented, and nothing else (the CKAN API is not part of it).
    let documented: Vec<&str> = doc["paths"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    assert_eq!(
        documented,
        [
            "/api/v1/access-requests",
            "/api/v1/access-requests/{reference}",
            "/api/v1/agencies",
            "/api/v1/agencies/{code}",
            "/api/v1/datasets",
            "/api/v1/datasets/{identifier}",
            "/api/v1/imports",
            "/api/v1/openapi.json",
            "/api/v1/outbox",
            "/api/v1/outbox/{id}/{outcome}",
            "/api/v1/themes",
        ]
    );
    let mut all_refs = Vec::new();
    refs(&doc, &mut all_refs);
    for r in all_refs {
        let name = r.trim_start_matches("#/components/schemas/");
        assert!(
            doc["components"]["schemas"][name].is_object(),
            "{r} is not defined"
        );
    }
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    let id = open_dataset();
    let mut checked = 0;
    for (path, item) in doc["paths"].as_object().unwrap() {
        let Some(get) = item.get("get") else { continue };
        // Paths for logged-in callers only are checked by their own tests (tests/access_requests.rs).
        if get["security"]
            .as_array()
            .is_some_and(|s| !s.contains(&json!({})))
        {
            continue;
        }
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
    assert_eq!(
        checked, 5,
        "datasets, one dataset, agencies, one agency, themes"
    );
    // Errors follow the Error schema.
    let too_long = format!("/api/v1/datasets/{}", "a".repeat(5_000));
    for uri in [
        "/api/v1/datasets/khong-co",
        too_long.as_str(),
        "/api/v1/agencies/khong-co",
        "/api/v1/khong-co",
    ] {
        let page = app.get(uri).await;
        assert_eq!(page.status, 404, "{}", &uri[..uri.len().min(60)]);
        let mut problems = Vec::new();
        conforms(
            &doc,
            &doc["components"]["schemas"]["Error"],
            &json(&page),
            uri,
            &mut problems,
        );
        assert!(problems.is_empty(), "{uri}: {problems:?}");
    }
    // An import's report, written or rejected, is the documented one.
    let admin = {
        let mut conn = app.db.conn().unwrap();
        ndc::storage::tokens::create(&mut conn, "api test", &ndc::storage::tokens::Role::Admin)
            .unwrap()
    };
    let agencies = std::fs::read(common::seed_dir().join("agencies.csv")).unwrap();
    let import = &doc["paths"]["/api/v1/imports"]["post"]["responses"];
    for (query, body, status) in [
        ("?dry_run=true", agencies, 200),
        ("?kind=agencies", b"code,name_vi\n,\n".to_vec(), 422),
    ] {
        let uri = format!("/api/v1/imports{query}");
        let bearer = format!("Bearer {admin}");
        let headers = [
            ("Authorization", bearer.as_str()),
            ("Content-Type", "text/csv"),
        ];
        let page = app.client().post(&uri, &headers, body).await;
        assert_eq!(page.status, status, "{uri}: {}", page.body);
        let schema = &import[status.to_string()]["content"]["application/json"]["schema"];
        assert!(schema.is_object(), "{uri}: {status} is documented");
        let mut problems = Vec::new();
        conforms(&doc, schema, &json(&page), &uri, &mut problems);
        assert!(problems.is_empty(), "{uri}: {problems:#?}");
    }
});

on_both_backends!(the_api_sees_what_the_caller_may_see, |app| {
    let seed = seed_rows("datasets.csv");
    let open = seed
        .iter()
        .filter(|d| d["status"] == "published" && d["sharing_scope"] == "open")
        .count();
    let list = json(&app.get("/api/v1/datasets").await);
    assert_eq!(list["total"], open as i64, "anonymous: open data");
    assert!(list["facets"]["scope"].get("shared").is_none());
    let internal = seed
        .iter()
        .find(|d| {
            d["sharing_scope"] == "internal" && d["status"] == "published" && d["owner"] == "bca"
        })
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
        ndc::storage::agencies::all(&mut conn)
            .unwrap()
            .into_iter()
            .find(|a| a.code == code)
            .unwrap()
            .id
    };
    let bca = token(ndc::storage::tokens::Role::Steward {
        agency_id: agency("bca"),
    });
    let byt = token(ndc::storage::tokens::Role::Steward {
        agency_id: agency("byt"),
    });
    let client = app.client();
    let with = |secret: &str| format!("Bearer {secret}");
    let get = |auth: String, uri: String| {
        let client = &client;
        async move {
            client
                .send(
                    actix_web::test::TestRequest::get()
                        .uri(&uri)
                        .insert_header(("Authorization", auth)),
                    None,
                )
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
    let found = json(
        &app.get("/api/v1/datasets?q=co%20so%20kham%20chua%20benh")
            .await,
    );
    assert!(found["total"].as_i64().unwrap() > 0);
    assert!(found["items"][0]["identifier"]
        .as_str()
        .unwrap()
        .contains("kham-chua-benh"));
    let health = json(&app.get("/api/v1/datasets?theme=y%20te").await);
    assert!(health["items"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["themes"].as_array().unwrap().contains(&"health".into())));
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

/// A CKAN action by GET.
async fn ckan(app: &common::TestApp, action: &str, query: &str) -> (u16, Value) {
    let page = app.get(&format!("/api/3/action/{action}?{query}")).await;
    (page.status.as_u16(), json(&page))
}

on_both_backends!(the_ckan_action_api_answers_like_ckan, |app| {
    let seed = seed_rows("datasets.csv");
    let open: Vec<&str> = seed
        .iter()
        .filter(|d| d["status"] == "published" && d["sharing_scope"] == "open")
        .map(|d| d["identifier"].as_str())
        .collect();
    let (status, body) = ckan(&app, "status_show", "").await;
    assert_eq!(status, 200);
    assert_eq!(body["success"], true);
    assert!(body["help"]
        .as_str()
        .unwrap()
        .contains("help_show?name=status_show"));
    // package_list: the visible, published packages by name.
    let (_, list) = ckan(&app, "package_list", "").await;
    let mut expected: Vec<&str> = open.clone();
    expected.sort();
    assert_eq!(list["result"], serde_json::json!(expected));
    // package_search: count over everything, rows and start page through it, facets on request.
    let (status, all) = ckan(
        &app,
        "package_search",
        "q=&rows=5&start=0&facet.field=%5B%22organization%22%2C%22res_format%22%5D",
    )
    .await;
    assert_eq!(status, 200);
    let r = &all["result"];
    assert_eq!(r["count"], open.len() as i64);
    assert_eq!(r["results"].as_array().unwrap().len(), 5);
    let (_, next) = ckan(&app, "package_search", "rows=5&start=5").await;
    let first: Vec<&Value> = r["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| &p["name"])
        .collect();
    let second: Vec<&Value> = next["result"]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| &p["name"])
        .collect();
    assert!(first.iter().all(|n| !second.contains(n)), "start pages");
    let orgs = &r["search_facets"]["organization"]["items"];
    assert!(!orgs.as_array().unwrap().is_empty());
    assert!(r["facets"]["res_format"]
        .as_object()
        .unwrap()
        .contains_key("CSV"));
    // A package has its organization, resources, tags and ndc's extras.
    let p = &r["results"][0];
    assert_eq!(p["organization"]["is_organization"], true);
    assert!(p["extras"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["key"] == "sharing_scope" && e["value"] == "open"));
    // fq on an organization, rows clamped to 1000, broken parameters get CKAN's errors.
    let (_, bca) = ckan(
        &app,
        "package_search",
        "fq=organization%3Abyt&rows=1000000000",
    )
    .await;
    let expected_byt = seed
        .iter()
        .filter(|d| {
            d["status"] == "published"
                && d["sharing_scope"] == "open"
                && (d["owner"].starts_with("byt") || d["custodian"].starts_with("byt"))
        })
        .count();
    assert_eq!(bca["result"]["count"], expected_byt as i64);
    assert!(bca["result"]["results"].as_array().unwrap().len() <= 1000);
    // fq on a licence, as written (quoted when it has spaces), any case.
    for (licence, fq) in [
        ("CC-BY-4.0", "fq=license_id%3Acc-by-4.0"),
        (
            "Giấy phép dữ liệu mở Việt Nam",
            "fq=license_id%3A%22Gi%E1%BA%A5y%20ph%C3%A9p%20d%E1%BB%AF%20li%E1%BB%87u%20m%E1%BB%9F%20Vi%E1%BB%87t%20Nam%22",
        ),
    ] {
        let expected = seed
            .iter()
            .filter(|d| {
                d["status"] == "published" && d["sharing_scope"] == "open" && d["licence"] == licence
            })
            .count();
        assert!(expected > 0);
        let (_, found) = ckan(&app, "package_search", fq).await;
        assert_eq!(found["result"]["count"], expected as i64, "{licence}");
        assert!(found["result"]["results"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["license_id"] == licence));
    }
    // facet.limit: the most frequent values first, 50 unless asked, all with a negative limit.
    let facet = |limit: &str| format!("q=&rows=0&facet.field=%5B%22organization%22%5D{limit}");
    let (_, all_orgs) = ckan(&app, "package_search", &facet("&facet.limit=-1")).await;
    let all_orgs = all_orgs["result"]["search_facets"]["organization"]["items"]
        .as_array()
        .unwrap()
        .clone();
    assert!(
        all_orgs.len() > 3,
        "the open seed data has several agencies"
    );
    let (_, default_orgs) = ckan(&app, "package_search", &facet("")).await;
    let default_orgs = &default_orgs["result"]["search_facets"]["organization"]["items"];
    assert_eq!(
        default_orgs.as_array().unwrap().len(),
        all_orgs.len().min(50)
    );
    let (_, top3) = ckan(&app, "package_search", &facet("&facet.limit=3")).await;
    let top3 = &top3["result"];
    assert_eq!(
        top3["search_facets"]["organization"]["items"],
        serde_json::json!(all_orgs[..3])
    );
    assert_eq!(top3["facets"]["organization"].as_object().unwrap().len(), 3);
    let counts: Vec<i64> = all_orgs
        .iter()
        .map(|o| o["count"].as_i64().unwrap())
        .collect();
    assert!(
        counts.windows(2).all(|w| w[0] >= w[1]),
        "most frequent first"
    );
    for (query, field) in [
        ("facet.limit=many", "facet.limit"),
        ("rows=-1", "rows"),
        ("rows=abc", "rows"),
        ("fq=organization%3A%22bca", "fq"),
        ("facet.field=%5Bnot%20json", "facet.field"),
        ("fq=author%3Acc", "fq"),
    ] {
        let (status, body) = ckan(&app, "package_search", query).await;
        assert_eq!(status, 409, "{query}");
        assert_eq!(body["success"], false);
        assert_eq!(body["error"]["__type"], "Validation Error");
        assert!(body["error"].get(field).is_some(), "{query}: {body}");
    }
    let (status, body) = ckan(&app, "no_such_action", "").await;
    assert_eq!(status, 400);
    assert!(body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("no_such_action"));
    // package_show: open ones, and 404 for what the caller may not see.
    let (status, shown) = ckan(&app, "package_show", &format!("id={}", open[0])).await;
    assert_eq!(status, 200);
    assert_eq!(shown["result"]["name"], open[0]);
    let internal = seed
        .iter()
        .find(|d| d["sharing_scope"] == "internal")
        .unwrap();
    let (status, hidden) = ckan(
        &app,
        "package_show",
        &format!("id={}", internal["identifier"]),
    )
    .await;
    assert_eq!(status, 404);
    assert_eq!(hidden["error"]["__type"], "Not Found Error");
    // organization_list with all_fields, and ckanapi's way: POST with a JSON body, at /api/action too.
    let (_, orgs) = ckan(&app, "organization_list", "all_fields=true").await;
    assert_eq!(
        orgs["result"].as_array().unwrap().len(),
        seed_rows("agencies.csv").len()
    );
    let posted = app
        .client()
        .post(
            "/api/action/package_search",
            &[("Content-Type", "application/json")],
            br#"{"q": "kham chua benh", "rows": 3}"#.to_vec(),
        )
        .await;
    assert_eq!(posted.status, 200);
    let posted = json(&posted);
    assert!(posted["result"]["count"].as_i64().unwrap() > 0);
    let names: Vec<&str> = posted["result"]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.len(), 3, "rows from the JSON body");
    assert!(
        names.iter().any(|n| n.contains("kham-chua-benh")),
        "{names:?}"
    );
    let (_, tags) = ckan(&app, "tag_list", "").await;
    assert!(!tags["result"].as_array().unwrap().is_empty());
});
