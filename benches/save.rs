//! Benchmark: the cost of a dataset save through the edit form — POST to the 303 redirect, with
//! validation, the revision check, the write, the history and audit entries and the change log —
//! and the time until search finds the change (the follower thread, nudged by the save, indexes it),
//! on a catalog of the generated inventory (default 100,000 datasets).
//! Baseline in the same run: GET of the same datasets' pages.
//!
//!   bench/save.sh [--datasets N] [--saves S] [--pg]
//!   (or: cargo bench --bench save -- --inventory DIR [--saves S] [--pg])
//!
//! Runs in-process against the real application (routes, middleware, session, CSRF), like the tests.
//! A second table times CKAN `package_search` (issue 6) against the list page for the same words.

#[path = "../tests/common/mod.rs"]
mod common;

use std::time::{Duration, Instant};

use common::{form_fields, set_field, TestApp};

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

fn summary(label: &str, mut xs: Vec<Duration>) -> f64 {
    xs.sort();
    let p50 = percentile(&xs, 0.5);
    println!(
        "| {label} | {} | {p50:.1} | {:.1} | {:.1} | {:.1} |",
        xs.len(),
        percentile(&xs, 0.9),
        percentile(&xs, 0.99),
        xs.last().unwrap().as_secs_f64() * 1000.0
    );
    p50
}

fn arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn main() {
    let inventory = arg("--inventory").expect("--inventory DIR (see bench/save.sh)");
    let saves: usize = arg("--saves").and_then(|s| s.parse().ok()).unwrap_or(300);
    let pg = std::env::args().any(|a| a == "--pg");
    actix_web::rt::System::new().block_on(async move {
        let mut app = if pg {
            TestApp::postgres_unindexed().expect("NDC_TEST_POSTGRES_URL for --pg")
        } else {
            TestApp::sqlite_unindexed()
        };
        let started = Instant::now();
        let inputs = ndc::import::inputs_from_paths(&[std::path::PathBuf::from(&inventory)]).unwrap();
        let mut conn = app.db.conn().unwrap();
        let report = ndc::import::run(&mut conn, &inputs, &ndc::import::Options::default(), &|_| {})
            .expect("import");
        assert!(report.committed, "{:?}", &report.problems[..report.problems.len().min(5)]);
        let catalog = report.datasets.created + 403; // the inventory and the seed catalog
        eprintln!(
            "catalog: {} datasets imported in {:.1} s ({})",
            report.datasets.created,
            started.elapsed().as_secs_f64(),
            app.backend
        );
        let started = Instant::now();
        app.search = common::ready_index(&app.db, &app.data_dir);
        eprintln!("search index built in {:.1} s", started.elapsed().as_secs_f64());
        // The server's follower thread, nudged by every save, as in `ndc serve`.
        let (index, db) = (app.search.clone(), app.db.clone());
        std::thread::spawn(move || index.follow_forever(&db));
        let admin = app.logged_in("admin", None).await;
        // Datasets spread over the inventory, each saved once.
        // Published ones: default search shows those.
        let mut reader = csv::Reader::from_path(format!("{inventory}/datasets.csv")).unwrap();
        let status = reader.headers().unwrap().iter().position(|h| h == "status");
        let ids: Vec<String> = reader
            .records()
            .map(|r| r.unwrap())
            .filter(|r| status.is_none_or(|i| matches!(r.get(i), Some("") | Some("published") | None)))
            .map(|r| r[0].to_string())
            .collect();
        let step = (ids.len() / (saves + 20)).max(1);
        let picked: Vec<&String> = ids.iter().step_by(step).take(saves + 20).collect();
        let (warmup, measured) = picked.split_at(20.min(picked.len()));
        let mut save_times = Vec::new();
        let mut page_times = Vec::new();
        let mut searchable_times = Vec::new();
        for (n, id) in warmup.iter().chain(measured.iter()).enumerate() {
            let uri = format!("/datasets/{id}/edit");
            let form = admin.get(&uri).await;
            assert_eq!(form.status, 200, "{uri}");
            let mut pairs = form_fields(&form, "form.dataset-form");
            let title = pairs.iter().find(|(k, _)| k == "title").unwrap().1.clone();
            // A word no dataset has, to find this save by.
            let word: String = format!("sua{n:04}")
                .chars()
                .map(|c| if c.is_ascii_digit() { (b'a' + (c as u8 - b'0')) as char } else { c })
                .collect();
            set_field(&mut pairs, "title", &format!("{title} ({word})"));
            pairs.push(("action".into(), "save".into()));
            let t = Instant::now();
            let saved = admin.post_pairs(&uri, &pairs).await;
            let took = t.elapsed();
            assert_eq!(saved.status, 303, "{uri}: {}", saved.body.len());
            // From the POST until the index holds the new title (the phrase is unique to this save).
            let marker = ndc::search::parse(&word);
            let request = ndc::search::SearchRequest {
                viewer: common::admin_viewer(),
                ..ndc::search::SearchRequest::new(marker, ndc::search::SearchSort::Relevance)
            };
            while app.search.search(&request).map(|o| o.total).unwrap_or(0) == 0 {
                assert!(t.elapsed() < Duration::from_secs(10), "{id} never searchable");
                std::thread::sleep(Duration::from_micros(500));
            }
            let searchable = t.elapsed();
            let t = Instant::now();
            let page = admin.get(&format!("/datasets/{id}")).await;
            let page_took = t.elapsed();
            assert!(page.body.contains(&format!("({word})")), "the page shows the save");
            if n >= warmup.len() {
                save_times.push(took);
                page_times.push(page_took);
                searchable_times.push(searchable);
            }
        }
        println!(
            "\n{} saves on a catalog of {} datasets ({}):\n",
            save_times.len(),
            catalog,
            app.backend
        );
        println!("| what | n | p50 ms | p90 ms | p99 ms | max ms |");
        println!("|---|---|---|---|---|---|");
        let save = summary("save (POST edit form → 303)", save_times);
        summary("save → found by search (POST start to hit)", searchable_times);
        let page = summary("baseline: GET the dataset page", page_times);
        println!("\nsave p50 / page p50 = {:.1}×", save / page);

        // Reads through the CKAN Action API (issue 6): package_search as a CKAN client sends it
        // (POST, JSON body, 20 rows with resources, organization and res_format facets), for words
        // taken from the catalog's titles; baseline: the same searches on the list page.
        // Two words from the middle of titles spread over the catalog ("tờ khai", "học sinh"…).
        let mut titles = csv::Reader::from_path(format!("{inventory}/datasets.csv")).unwrap();
        let all: Vec<String> = titles.records().map(|r| r.unwrap()[1].to_string()).collect();
        let words: Vec<String> = all
            .iter()
            .step_by((all.len() / 200).max(1))
            .take(200)
            .map(|t| {
                let w: Vec<&str> = t.split_whitespace().collect();
                let at = (w.len() / 2).saturating_sub(1);
                w[at..(at + 2).min(w.len())].join(" ")
            })
            .collect();
        let anonymous = app.client();
        let mut ckan_times = Vec::new();
        let mut list_times = Vec::new();
        for (i, w) in words.iter().enumerate() {
            let body = serde_json::json!({ "q": w, "rows": 20, "start": (i % 3) * 20, "facet.field": ["organization", "res_format"] });
            let t = Instant::now();
            let res = anonymous
                .post("/api/action/package_search", &[("Content-Type", "application/json")], body.to_string().into_bytes())
                .await;
            ckan_times.push(t.elapsed());
            assert_eq!(res.status, 200, "{w}");
            let t = Instant::now();
            let page = anonymous.get(&common::search_uri(w)).await;
            list_times.push(t.elapsed());
            assert_eq!(page.status, 200);
        }
        println!("\n| what | n | p50 ms | p90 ms | p99 ms | max ms |");
        println!("|---|---|---|---|---|---|");
        let ckan = summary("CKAN package_search (POST JSON, rows 20, 2 facets)", ckan_times);
        let list = summary("baseline: the list page for the same words", list_times);
        println!("\npackage_search p50 / list page p50 = {:.1}×", ckan / list);
    });
}
