//! What an official sees when browsing the catalog, on SQLite and PostgreSQL: the home page, the
//! dataset list with its filters and counts, a dataset's full page, the agency tree, the language
//! switch, and what bad addresses and parameters get.

mod common;

use std::collections::{HashMap, HashSet};

use common::{seed_rows, Page};
use ndc::text::sort_key;

/// The datasets an anonymous visitor sees listed: published open data (shared and internal
/// datasets need a login, drafts stay with their agency; `tests/accounts.rs` covers the others).
fn visible_seed_datasets() -> Vec<HashMap<String, String>> {
    seed_rows("datasets.csv")
        .into_iter()
        .filter(|d| d["status"] == "published" && d["sharing_scope"] == "open")
        .collect()
}

/// The total shown above the list: "123 bộ dữ liệu".
fn shown_total(page: &Page) -> i64 {
    let line = page.text("#result-count strong");
    line.replace(['.', ','], "")
        .parse()
        .unwrap_or_else(|_| panic!("total in {line:?}"))
}

/// Titles of the datasets listed on a page, in order.
fn listed_titles(page: &Page) -> Vec<String> {
    page.texts(".dataset-list .dataset-item h3 a")
}

/// The count a facet shows beside the link whose text is `label`.
fn facet_count(page: &Page, label: &str) -> Option<i64> {
    let doc = page.html();
    let li = scraper::Selector::parse(".facet li").unwrap();
    let a = scraper::Selector::parse("a").unwrap();
    let count = scraper::Selector::parse(".count").unwrap();
    doc.select(&li).find_map(|item| {
        let text: String = item.select(&a).next()?.text().collect();
        (text.trim() == label).then(|| {
            let n: String = item.select(&count).next().unwrap().text().collect();
            n.replace(['.', ','], "").trim().parse().unwrap()
        })
    })
}

on_both_backends!(home_shows_the_catalog_at_a_glance, |app| {
    let page = app.get("/").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.attrs("html", "lang"), ["vi"]);
    assert_eq!(
        page.header("content-type").as_deref(),
        Some("text/html; charset=utf-8")
    );
    let totals = page.texts(".totals dd");
    let datasets = visible_seed_datasets().len().to_string();
    assert_eq!(
        totals[0].replace('.', ""),
        datasets,
        "dataset total on the home page"
    );
    assert_eq!(
        totals[1].replace('.', ""),
        seed_rows("agencies.csv").len().to_string()
    );
    // Browse by theme: a server-side SVG chart whose bars link to the filtered list.
    let bars = page.attrs("#chart-theme ~ a, svg a", "href");
    assert!(
        bars.iter().any(|h| h.starts_with("/datasets?theme=")),
        "theme bars link to lists: {bars:?}"
    );
    assert!(page.body.contains("<svg"), "charts are drawn on the server");
    // Browse by agency and recently updated datasets.
    assert!(page
        .attrs(".ranked a", "href")
        .iter()
        .all(|h| h.starts_with("/agencies/")));
    assert_eq!(page.texts(".recent li").len(), 8);
});

on_both_backends!(english_switch_persists_in_a_cookie, |app| {
    let switch = app.get("/lang?to=en&next=%2Fdatasets%3Fscope%3Dopen").await;
    assert_eq!(switch.status, 303);
    assert_eq!(
        switch.header("location").as_deref(),
        Some("/datasets?scope=open")
    );
    let cookie = switch.header("set-cookie").expect("language cookie");
    assert!(cookie.starts_with("ndc_lang=en"), "{cookie}");
    let cookie = cookie.split(';').next().unwrap().to_string();
    let page = app.get_with("/datasets?scope=open", Some(&cookie)).await;
    assert_eq!(page.attrs("html", "lang"), ["en"]);
    assert!(page.body.contains("Sharing scope"));
    assert!(!page.body.contains("Phạm vi chia sẻ"));
    // The switch never sends people off the site.
    let away = app.get("/lang?to=en&next=https%3A%2F%2Fevil.example").await;
    assert_eq!(away.header("location").as_deref(), Some("/"));
    let away = app.get("/lang?to=en&next=%2F%2Fevil.example").await;
    assert_eq!(away.header("location").as_deref(), Some("/"));
});

on_both_backends!(dataset_list_pages_in_a_stable_vietnamese_order, |app| {
    let first = app.get("/datasets").await;
    assert_eq!(first.status, 200);
    let total = shown_total(&first);
    assert_eq!(total as usize, visible_seed_datasets().len());
    let titles1 = listed_titles(&first);
    assert_eq!(titles1.len(), 20);
    let second = app.get("/datasets?page=2").await;
    let titles2 = listed_titles(&second);
    assert_eq!(titles2.len(), 20);
    // Pages don't overlap and continue the same Vietnamese alphabetical order.
    let all: Vec<&String> = titles1.iter().chain(titles2.iter()).collect();
    let keys: Vec<Vec<u8>> = all.iter().map(|t| sort_key(t)).collect();
    assert!(
        keys.windows(2).all(|w| w[0] <= w[1]),
        "titles in Vietnamese order: {all:?}"
    );
    assert_eq!(
        app.get("/datasets?page=2").await.body,
        second.body,
        "same page twice gives the same list"
    );
    // Page links.
    let links = first.attrs(".pager a", "href");
    assert!(links.contains(&"/datasets?page=2".to_string()), "{links:?}");
    let last = (total + 19) / 20;
    assert!(links.contains(&format!("/datasets?page={last}")));
    let last_page = app.get(&format!("/datasets?page={last}")).await;
    assert_eq!(
        listed_titles(&last_page).len() as i64,
        total - (last - 1) * 20
    );
});

on_both_backends!(filters_combine_live_in_the_url_and_show_counts, |app| {
    let seed = visible_seed_datasets();
    let all = app.get("/datasets").await;
    let open_expected = seed.iter().filter(|d| d["sharing_scope"] == "open").count() as i64;
    assert_eq!(
        facet_count(&all, "Mở"),
        Some(open_expected),
        "facet count for open data"
    );

    let open = app.get("/datasets?scope=open").await;
    assert_eq!(shown_total(&open), open_expected);
    assert!(open.texts(".dataset-item .badge.scope-open").len() == listed_titles(&open).len());

    // Two filters at once: open data about health.
    let both_expected = seed
        .iter()
        .filter(|d| d["sharing_scope"] == "open" && d["themes"].split(';').any(|t| t == "health"))
        .count() as i64;
    assert_eq!(facet_count(&open, "Y tế").unwrap_or(0), both_expected);
    let both = app.get("/datasets?scope=open&theme=health").await;
    assert_eq!(shown_total(&both), both_expected);
    // The active filters are marked, and each links to the list without it.
    let active = both.attrs(".facet a.active", "href");
    assert!(
        active.contains(&"/datasets?theme=health".to_string()),
        "{active:?}"
    );
    assert!(
        active.contains(&"/datasets?scope=open".to_string()),
        "{active:?}"
    );

    // Personal data and importance filters agree with the inventory.
    let sensitive = seed
        .iter()
        .filter(|d| d["personal_data"] == "sensitive")
        .count() as i64;
    assert_eq!(
        shown_total(&app.get("/datasets?personal=sensitive").await),
        sensitive
    );
    let core = seed.iter().filter(|d| d["importance"] == "core").count() as i64;
    assert_eq!(
        shown_total(&app.get("/datasets?importance=core").await),
        core
    );
    // Vietnamese labels work in the URL too, with or without diacritics.
    assert_eq!(
        shown_total(
            &app.get("/datasets?personal=nh%E1%BA%A1y%20c%E1%BA%A3m")
                .await
        ),
        sensitive
    );
    assert_eq!(
        shown_total(&app.get("/datasets?importance=cot%20loi").await),
        core
    );
});

on_both_backends!(
    format_filter_counts_datasets_with_such_a_distribution,
    |app| {
        let dists = seed_rows("distributions.csv");
        let visible: HashSet<String> = visible_seed_datasets()
            .into_iter()
            .map(|d| d["identifier"].clone())
            .collect();
        let with_csv: HashSet<&String> = dists
            .iter()
            .filter(|d| d["format"].eq_ignore_ascii_case("csv") && visible.contains(&d["dataset"]))
            .map(|d| &d["dataset"])
            .collect();
        let page = app.get("/datasets?format=csv").await;
        assert_eq!(shown_total(&page), with_csv.len() as i64);
    }
);

on_both_backends!(agency_filter_includes_sub_agencies, |app| {
    let agencies = seed_rows("agencies.csv");
    // A top-level agency with departments that own datasets.
    let parent_of: HashMap<&str, &str> = agencies
        .iter()
        .filter(|a| !a["parent"].is_empty())
        .map(|a| (a["code"].as_str(), a["parent"].as_str()))
        .collect();
    let seed = visible_seed_datasets();
    let in_subtree = |root: &str, code: &str| {
        let mut c = code;
        loop {
            if c == root {
                return true;
            }
            match parent_of.get(c) {
                Some(p) => c = p,
                None => return false,
            }
        }
    };
    let root = agencies
        .iter()
        .filter(|a| a["parent"].is_empty())
        .max_by_key(|a| {
            seed.iter()
                .filter(|d| d["owner"] != a["code"] && in_subtree(&a["code"], &d["owner"]))
                .count()
        })
        .unwrap();
    let root = root["code"].as_str();
    let expected = seed
        .iter()
        .filter(|d| {
            in_subtree(root, &d["owner"])
                || (!d["custodian"].is_empty() && in_subtree(root, &d["custodian"]))
        })
        .count() as i64;
    let page = app.get(&format!("/datasets?agency={root}")).await;
    assert_eq!(
        shown_total(&page),
        expected,
        "datasets of {root} and its units"
    );
    assert!(expected > seed.iter().filter(|d| d["owner"] == root).count() as i64);
});

on_both_backends!(dataset_page_shows_all_metadata_and_the_schema, |app| {
    let seed = visible_seed_datasets();
    let fields = seed_rows("fields.csv");
    let agencies = seed_rows("agencies.csv");
    // The dataset with the most columns and a custodian.
    let d = seed
        .iter()
        .filter(|d| !d["custodian"].is_empty())
        .max_by_key(|d| {
            fields
                .iter()
                .filter(|f| f["dataset"] == d["identifier"])
                .count()
        })
        .unwrap();
    let page = app.get(&format!("/datasets/{}", d["identifier"])).await;
    assert_eq!(page.status, 200);
    assert_eq!(page.text("h1"), d["title"]);
    // Owner and custodian as links to their agencies.
    let links = page.attrs(".facts a", "href");
    assert!(links.contains(&format!("/agencies/{}", d["owner"])));
    assert!(links.contains(&format!("/agencies/{}", d["custodian"])));
    let owner = agencies.iter().find(|a| a["code"] == d["owner"]).unwrap();
    assert!(page
        .texts(".facts dd")
        .iter()
        .any(|t| t == &owner["name_vi"]));
    // The schema table: one row per column, in inventory order.
    let expected: Vec<&String> = fields
        .iter()
        .filter(|f| f["dataset"] == d["identifier"])
        .map(|f| &f["name"])
        .collect();
    let shown = page.texts("table.schema tbody tr td:nth-child(2)");
    assert_eq!(shown.iter().collect::<Vec<_>>(), expected);
    // Access rules in plain language.
    let rules = page.text(".rules");
    match d["sharing_scope"].as_str() {
        "shared" => assert!(rules.contains("2 ngày làm việc"), "{rules}"),
        "open" => assert!(rules.contains("Mọi tổ chức, cá nhân"), "{rules}"),
        _ => assert!(rules.contains("Chỉ cơ quan chủ sở hữu"), "{rules}"),
    }
});

on_both_backends!(dataset_page_lists_distributions, |app| {
    let dists = seed_rows("distributions.csv");
    let seed = visible_seed_datasets();
    let d = seed
        .iter()
        .find(|d| {
            dists
                .iter()
                .filter(|x| x["dataset"] == d["identifier"])
                .count()
                >= 2
        })
        .unwrap();
    let page = app.get(&format!("/datasets/{}", d["identifier"])).await;
    let expected: Vec<String> = dists
        .iter()
        .filter(|x| x["dataset"] == d["identifier"])
        .map(|x| x["url"].clone())
        .collect();
    let shown = page.attrs(
        "#distributions ~ .table-scroll a, .table-scroll a[rel]",
        "href",
    );
    for url in &expected {
        assert!(shown.contains(url), "{url} in {shown:?}");
    }
});

on_both_backends!(agencies_tree_in_vietnamese_order_with_counts, |app| {
    let page = app.get("/agencies").await;
    assert_eq!(page.status, 200);
    let provinces = page
        .texts("#provinces + ul.tree > li > details > summary > a, #provinces + ul.tree > li > a");
    assert_eq!(
        provinces.len(),
        34,
        "the 34 provincial-level units: {provinces:?}"
    );
    let stripped: Vec<String> = provinces
        .iter()
        .map(|p| ndc::text::strip_agency_prefix(p))
        .collect();
    let keys: Vec<Vec<u8>> = stripped.iter().map(|p| sort_key(p)).collect();
    assert!(
        keys.windows(2).all(|w| w[0] <= w[1]),
        "Vietnamese order: {stripped:?}"
    );
    // Đ after D, never after Z (or after every other letter).
    let pos = |name: &str| {
        stripped
            .iter()
            .position(|p| p == name)
            .unwrap_or_else(|| panic!("{name} in {stripped:?}"))
    };
    assert!(pos("Đà Nẵng") > pos("Cần Thơ") && pos("Đà Nẵng") < pos("Gia Lai"));
    assert!(pos("Đồng Tháp") < pos("Hà Nội"));
    let ministries = page.texts(
        "#ministries + ul.tree > li > details > summary > a, #ministries + ul.tree > li > a",
    );
    assert_eq!(ministries.len(), 14, "{ministries:?}");
    // Every agency shows a dataset count.
    assert!(page.texts(".tree .count").len() >= seed_rows("agencies.csv").len());
});

on_both_backends!(agency_page_shows_units_and_datasets, |app| {
    let agencies = seed_rows("agencies.csv");
    let seed = visible_seed_datasets();
    let parent = agencies
        .iter()
        .find(|a| {
            a["parent"].is_empty()
                && agencies.iter().any(|c| c["parent"] == a["code"])
                && seed.iter().any(|d| d["owner"] == a["code"])
        })
        .unwrap();
    let page = app.get(&format!("/agencies/{}", parent["code"])).await;
    assert_eq!(page.status, 200);
    assert_eq!(page.text("h1"), parent["name_vi"]);
    let units = page.attrs("#units ~ ul a", "href");
    let expected = agencies
        .iter()
        .filter(|c| c["parent"] == parent["code"])
        .count();
    assert_eq!(units.len(), expected);
    assert!(!listed_titles(&page).is_empty());
});

on_both_backends!(unknown_ids_get_a_real_404_page, |app| {
    for uri in [
        "/datasets/khong-ton-tai",
        "/agencies/khong-ton-tai",
        "/khong-co-trang-nay",
        "/datasets/%F0%9F%98%80",
    ] {
        let page = app.get(uri).await;
        assert_eq!(page.status, 404, "{uri}");
        assert!(
            page.body.contains("Không tìm thấy trang"),
            "{uri}: a page in Vietnamese"
        );
        assert!(
            page.attrs("a", "href").contains(&"/datasets".to_string()),
            "{uri}: a way on"
        );
    }
});

on_both_backends!(malformed_parameters_are_ignored_not_fatal, |app| {
    let garbage = "x".repeat(10_000);
    let uris = [
        "/datasets?page=-1".to_string(),
        "/datasets?page=abc".to_string(),
        "/datasets?page=99999999999999999999".to_string(),
        "/datasets?page=999999".to_string(),
        "/datasets?scope=bogus&theme=nothing&importance=%00%01&personal=%27%20OR%201%3D1%20--"
            .to_string(),
        "/datasets?format=CSV'%3B%20DROP%20TABLE%20datasets%3B--".to_string(),
        "/datasets?agency=khong-co".to_string(),
        format!("/datasets?page={garbage}"),
        "/datasets?%ZZ=%ZZ&&&=&page".to_string(),
    ];
    for uri in &uris {
        let page = app.get(uri).await;
        assert_eq!(page.status, 200, "{uri}");
        assert!(
            !listed_titles(&page).is_empty(),
            "{uri}: the list still shows"
        );
    }
    // 10 kB typed into the search box: cut, said so, answered.
    let long = app.get(&format!("/datasets?q={garbage}")).await;
    assert_eq!(long.status, 200);
    assert!(
        long.text(".notice").contains("1000"),
        "the cut is explained"
    );
    let bad_scope = app.get("/datasets?scope=bogus").await;
    assert!(
        bad_scope.text(".notice").contains("scope"),
        "the visitor is told what was ignored"
    );
    assert_eq!(
        shown_total(&bad_scope) as usize,
        visible_seed_datasets().len()
    );
    // A page past the end shows the last page.
    let far = app.get("/datasets?page=999999").await;
    assert!(far
        .texts(".pager a[aria-current=page]")
        .iter()
        .all(|p| p != "999999"));
    // The injection attempt did nothing: the catalog is still whole.
    assert_eq!(
        shown_total(&app.get("/datasets").await) as usize,
        visible_seed_datasets().len()
    );
});

on_both_backends!(
    every_response_has_security_headers_and_health_answers,
    |app| {
        for uri in ["/", "/datasets", "/nope", "/assets/style.css"] {
            let page = app.get(uri).await;
            let csp = page.header("content-security-policy").unwrap_or_default();
            assert!(
                csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"),
                "{uri}: {csp}"
            );
            assert_eq!(
                page.header("x-content-type-options").as_deref(),
                Some("nosniff")
            );
            assert!(page.header("referrer-policy").is_some());
        }
        let health = app.get("/healthz").await;
        assert_eq!(health.status, 200);
        assert!(health.body.contains(app.backend));
    }
);

on_both_backends!(user_text_is_escaped, |app| {
    let page = app
        .get("/datasets?agency=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
        .await;
    assert!(!page.body.contains("<script>alert(1)</script>"));
    let switch = app.get("/lang?to=en&next=%2F%22%3E%3Cscript%3E").await;
    assert_eq!(switch.status, 303);
});

on_both_backends!(dataset_pages_embed_schema_org_dataset_json_ld, |app| {
    let seed = visible_seed_datasets();
    let fields = seed_rows("fields.csv");
    let d = seed
        .iter()
        .max_by_key(|d| {
            fields
                .iter()
                .filter(|f| f["dataset"] == d["identifier"])
                .count()
        })
        .unwrap();
    let page = app.get(&format!("/datasets/{}", d["identifier"])).await;
    let blocks: Vec<String> = page
        .html()
        .select(&scraper::Selector::parse("script[type='application/ld+json']").unwrap())
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(blocks.len(), 1);
    let ld: serde_json::Value = serde_json::from_str(&blocks[0]).expect("valid JSON");
    assert_eq!(ld["@context"], "https://schema.org/");
    assert_eq!(ld["@type"], "Dataset");
    assert_eq!(ld["name"], d["title"].as_str());
    assert_eq!(ld["identifier"], d["identifier"].as_str());
    let description = ld["description"].as_str().unwrap().chars().count();
    assert!(
        (50..=5000).contains(&description),
        "Google's bounds: {description}"
    );
    assert!(ld["url"]
        .as_str()
        .unwrap()
        .ends_with(&format!("/datasets/{}", d["identifier"])));
    assert_eq!(ld["creator"]["@type"], "GovernmentOrganization");
    let columns = ld["variableMeasured"].as_array().unwrap();
    assert_eq!(
        columns.len(),
        fields
            .iter()
            .filter(|f| f["dataset"] == d["identifier"])
            .count()
    );
    // A title that tries to close the script element stays inside it.
    let mut conn = app.db.conn().unwrap();
    common::import_csv(
        &mut conn,
        "d.csv",
        "identifier,title,owner,sharing_scope\nbca-ld,</script><script>alert(1)</script> & co,bca,open\n",
    );
    let hostile = app.get("/datasets/bca-ld").await;
    assert!(!hostile.body.contains("<script>alert(1)"));
    let text: String = hostile
        .html()
        .select(&scraper::Selector::parse("script[type='application/ld+json']").unwrap())
        .map(|e| e.text().collect::<String>())
        .collect();
    let ld: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(ld["name"], "</script><script>alert(1)</script> & co");
});

on_both_databases!(
    dataset_pages_negotiate_json_ld_and_link_their_alternates,
    |app| {
        let id = visible_seed_datasets()[0]["identifier"].clone();
        let client = app.client();
        let ld = client
            .send(
                actix_web::test::TestRequest::get()
                    .uri(&format!("/datasets/{id}"))
                    .insert_header(("Accept", "application/ld+json")),
                None,
            )
            .await;
        assert_eq!(ld.status, 200);
        assert!(ld
            .header("content-type")
            .unwrap()
            .starts_with("application/ld+json"));
        let body: serde_json::Value = serde_json::from_str(&ld.body).unwrap();
        assert_eq!(body["@type"], "Dataset");
        let page = client.get(&format!("/datasets/{id}")).await;
        let link = page.header("link").unwrap();
        assert!(
            link.contains(&format!(
                "</api/v1/datasets/{id}>; rel=\"alternate\"; type=\"application/json\""
            )),
            "{link}"
        );
        assert!(
            page.headers
                .get_all("vary")
                .any(|v| v.to_str().unwrap_or("").contains("Accept")),
            "responses vary with Accept"
        );
    }
);
