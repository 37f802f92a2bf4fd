//! Searching the catalog as officials type: with and without diacritics, phrases, exclusions, column
//! names, misspellings and hostile input; facet counts over the whole result set; and an index that
//! follows every committed change, survives restarts and rebuilds itself when unreadable.
//! Searches are made by a logged-in administrator, who sees the whole catalog: who sees what is
//! tested in `tests/accounts.rs`.

mod common;

use std::collections::HashMap;

use common::{listed_total as total, ranked_ids, search_uri as q, seed_rows};
use ndc::text::syllables;

fn folded(text: &str) -> Vec<String> {
    syllables(text).into_iter().map(|s| s.folded).collect()
}

fn published() -> Vec<HashMap<String, String>> {
    seed_rows("datasets.csv")
        .into_iter()
        .filter(|d| d["status"] == "published")
        .collect()
}

/// Everything search looks at for one dataset, folded: title, description, keywords, theme labels,
/// columns, owner and custodian names.
fn searchable_text(
    d: &HashMap<String, String>,
    fields: &[HashMap<String, String>],
) -> Vec<Vec<String>> {
    let mut texts = vec![folded(&d["title"]), folded(&d["description"])];
    texts.extend(d["keywords"].split(';').map(folded));
    for theme in d["themes"].split(';').filter_map(ndc::domain::Theme::parse) {
        texts.push(folded(theme.label_vi()));
        texts.push(folded(theme.label_en()));
    }
    for a in seed_rows("agencies.csv")
        .iter()
        .filter(|a| a["code"] == d["owner"] || a["code"] == d["custodian"])
    {
        texts.push(folded(&a["name_vi"]));
        texts.push(folded(&a["name_en"]));
    }
    for f in fields.iter().filter(|f| f["dataset"] == d["identifier"]) {
        texts.push(folded(&f["name"]));
        texts.push(folded(&f["title"]));
        texts.push(folded(&f["description"]));
    }
    texts
}

fn contains_phrase(text: &[String], phrase: &[String]) -> bool {
    text.windows(phrase.len()).any(|w| w == phrase)
}

on_both_backends!(
    typed_without_diacritics_finds_the_population_database_first,
    |app| {
        let admin = app.logged_in("admin", None).await;
        let page = admin.get(&q("du lieu dan cu")).await;
        assert_eq!(page.status, 200);
        assert_eq!(
            ranked_ids(&page).first().map(String::as_str),
            Some("bca-csdl-dan-cu")
        );
        // The same words with diacritics, in another case and in NFD, give the same first result.
        for typed in [
            "dữ liệu dân cư",
            "DỮ LIỆU DÂN CƯ",
            "du\u{31b}\u{303} lie\u{302}\u{323}u da\u{302}n cu\u{31b}",
        ] {
            let again = admin.get(&q(typed)).await;
            assert_eq!(
                ranked_ids(&again).first().map(String::as_str),
                Some("bca-csdl-dan-cu"),
                "{typed}"
            );
        }
        // Why it matched: the matched syllables are marked.
        assert!(
            page.texts(".dataset-item h3 mark")
                .iter()
                .any(|m| m == "dân"),
            "highlighted title"
        );
    }
);

on_both_backends!(place_names_and_tax_codes_land_on_the_right_dataset, |app| {
    let admin = app.logged_in("admin", None).await;
    let page = admin.get(&q("Dân Cư Hà Nội")).await;
    assert_eq!(
        ranked_ids(&page).first().map(String::as_str),
        Some("hni-ca-so-lieu-dan-cu")
    );
    let page = admin.get(&q("ma so thue doanh nghiep")).await;
    assert_eq!(
        ranked_ids(&page).first().map(String::as_str),
        Some("btc-danh-muc-ma-so-thue")
    );
    let page = admin.get(&q("hoà")).await;
    assert_eq!(
        total(&page),
        total(&admin.get(&q("hòa")).await),
        "tone placement does not matter"
    );
});

on_both_backends!(exact_diacritics_rank_above_folded_look_alikes, |app| {
    let admin = app.logged_in("admin", None).await;
    // "mã" (code) against "mả" (grave, as in "mồ mả"): both fold to "ma".
    let page = admin.get(&q("mã")).await;
    let ids = ranked_ids(&page);
    let titles: HashMap<String, String> = published()
        .into_iter()
        .map(|d| (d["identifier"].clone(), d["title"].clone()))
        .collect();
    let has = |id: &String, word: &str| {
        syllables(&titles[id])
            .iter()
            .any(|s| s.exact == ndc::text::syllables(word)[0].exact)
    };
    let last_exact = ids
        .iter()
        .rposition(|id| has(id, "mã"))
        .expect("datasets titled with mã");
    let first_grave = ids.iter().position(|id| has(id, "mả") && !has(id, "mã"));
    if let Some(first_grave) = first_grave {
        assert!(
            last_exact < first_grave,
            "every 'mã' title before any 'mả'-only title: {ids:?}"
        );
    }
    // Without diacritics both are found.
    assert!(total(&admin.get(&q("ma")).await) >= total(&page));
});

on_both_backends!(adjacent_syllables_rank_above_scattered_ones, |app| {
    let admin = app.logged_in("admin", None).await;
    let fields = seed_rows("fields.csv");
    let page = admin.get(&q("dân cư")).await;
    let ids = ranked_ids(&page);
    let rows: HashMap<String, HashMap<String, String>> = published()
        .into_iter()
        .map(|d| (d["identifier"].clone(), d))
        .collect();
    let phrase = folded("dân cư");
    let adjacent = |id: &String| {
        searchable_text(&rows[id], &fields)
            .iter()
            .any(|t| contains_phrase(t, &phrase))
    };
    let first_scattered = ids.iter().position(|id| !adjacent(id));
    if let Some(n) = first_scattered {
        assert!(
            ids[n..].iter().all(|id| !adjacent(id)),
            "phrase matches first: {ids:?}"
        );
    }
});

on_both_backends!(quoted_phrases_and_exclusions, |app| {
    let admin = app.logged_in("admin", None).await;
    let fields = seed_rows("fields.csv");
    let phrase = folded("dân cư");
    let expected = published()
        .iter()
        .filter(|d| {
            searchable_text(d, &fields)
                .iter()
                .any(|t| contains_phrase(t, &phrase))
        })
        .count() as i64;
    let page = admin.get(&q("\"dan cu\"")).await;
    assert_eq!(
        total(&page),
        expected,
        "a quoted phrase matches exactly the datasets holding it"
    );
    let without_hn = admin.get(&q("\"dân cư\" -\"Hà Nội\"")).await;
    assert!(total(&without_hn) < total(&page));
    assert!(!ranked_ids(&without_hn).contains(&"hni-ca-so-lieu-dan-cu".to_string()));
    // Excluding "động" (typed with diacritics) keeps "Lâm Đồng"; "-dong" excludes both.
    let accented = total(&admin.get(&q("bệnh -động")).await);
    let folded_out = total(&admin.get(&q("bệnh -dong")).await);
    assert!(accented > folded_out, "{accented} > {folded_out}");
});

on_both_backends!(column_names_find_the_datasets_that_have_them, |app| {
    let admin = app.logged_in("admin", None).await;
    let fields = seed_rows("fields.csv");
    let published: Vec<String> = published()
        .into_iter()
        .map(|d| d["identifier"].clone())
        .collect();
    for column in ["so_gplx", "ma_vi_pham", "mong_mat"] {
        let owners: Vec<&String> = fields
            .iter()
            .filter(|f| f["name"] == column)
            .map(|f| &f["dataset"])
            .collect();
        let page = admin.get(&q(column)).await;
        let ids = ranked_ids(&page);
        for owner in owners.iter().filter(|o| published.contains(o)) {
            assert!(
                ids.iter().take(3).any(|i| &i == owner),
                "{column}: {owner} in the top 3 of {ids:?}"
            );
        }
        assert!(
            page.text(".why").contains("Cột dữ liệu"),
            "{column}: says a column matched"
        );
    }
});

on_both_backends!(
    a_column_name_typed_exactly_ranks_its_datasets_first,
    |app| {
        let admin = app.logged_in("admin", None).await;
        let fields = seed_rows("fields.csv");
        let page = admin.get(&q("ngay_sinh")).await;
        let first = ranked_ids(&page).into_iter().next().expect("results");
        assert!(
            fields
                .iter()
                .any(|f| f["dataset"] == first && f["name"] == "ngay_sinh"),
            "{first} has a column named exactly ngay_sinh"
        );
    }
);

/// The queries of the quality benchmark's judgments.
fn judged_queries() -> Vec<String> {
    let judged = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("bench/quality/queries.tsv"),
    )
    .unwrap();
    judged
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .map(str::to_string)
        .collect()
}

/// Positions of equal scores (within float rounding) form tie groups, whose order is arbitrary.
fn tie_groups(hits: &[(i32, f32)]) -> Vec<Vec<(i32, f32)>> {
    let mut groups: Vec<Vec<(i32, f32)>> = Vec::new();
    for &hit in hits {
        match groups.last_mut() {
            Some(g) if (g[0].1 - hit.1).abs() <= 1e-4 * g[0].1.abs().max(1.0) => g.push(hit),
            _ => groups.push(vec![hit]),
        }
    }
    groups
}

// Relevance pages are ranked over the match set by its terms alone (block-max WAND or term by
// term), adding phrase scores only where they can still matter. Both must give exactly the order of
// scoring every match with the full query: every judged query of the quality benchmark, plus phrases, exclusions, column names and
// relaxed searches, on several pages, for an admin and an anonymous visitor.
on_both_backends!(ranking_the_match_set_equals_scoring_every_match, |app| {
    let mut queries = judged_queries();
    queries.extend(
        [
            "\"dân cư\" hà nội",
            "dan cu -\"cong an\"",
            "so_cccd",
            "ma so thue so_cccd",
            "đăng ký xe máy",
            "\"dang ky\"",
            "hộ tịch khai sinh kết hôn",
        ]
        .map(str::to_string),
    );
    assert!(queries.len() >= 60, "the judged queries were read");
    let mut compared = 0;
    for viewer in [common::admin_viewer(), ndc::domain::Viewer::Anonymous] {
        for text in &queries {
            for relaxed in [false, true] {
                let mut parsed = ndc::search::parse(text);
                parsed.relaxed = relaxed;
                let req = ndc::search::SearchRequest {
                    viewer: viewer.clone(),
                    ..ndc::search::SearchRequest::new(parsed, ndc::search::SearchSort::Relevance)
                };
                for window in [(0, 20), (20, 20), (0, 3), (5, 7)] {
                    let Some([wand, each_term, (_, every)]) =
                        app.search.relevance_each_way(&req, window).unwrap()
                    else {
                        continue;
                    };
                    for (method, ranked) in [&wand, &each_term] {
                        assert_eq!(
                            ranked.len(),
                            every.len(),
                            "{text:?} {window:?} {method}: page sizes"
                        );
                        let (w, e) = (tie_groups(ranked), tie_groups(&every));
                        assert_eq!(
                            w.len(),
                            e.len(),
                            "{text:?} {window:?} {method}: {ranked:?} vs {every:?}"
                        );
                        for (i, (wg, eg)) in w.iter().zip(&e).enumerate() {
                            assert!(
                                (wg[0].1 - eg[0].1).abs() <= 1e-4 * eg[0].1.abs().max(1.0),
                                "{text:?} {window:?} {method}: scores {ranked:?} vs {every:?}"
                            );
                            // A tie group cut by the window's start or end may hold different members.
                            if i + 1 < w.len() && (i > 0 || window.0 == 0) {
                                let mut a: Vec<i32> = wg.iter().map(|h| h.0).collect();
                                let mut b: Vec<i32> = eg.iter().map(|h| h.0).collect();
                                a.sort();
                                b.sort();
                                assert_eq!(
                                    a, b,
                                    "{text:?} {window:?} {method}: {ranked:?} vs {every:?}"
                                );
                            }
                        }
                    }
                    if every.len() >= 3 {
                        compared += 1;
                    }
                }
            }
        }
    }
    assert!(compared > 300, "only {compared} pages compared");
});

// A broad search without filters counts its facets by subtracting what it does not match from
// everything its viewer may see (counted once per index generation). Those counts must be the ones
// read match by match: every judged query and the empty one, for an admin and an anonymous visitor,
// several of them matching more than half.
on_both_backends!(facets_by_subtraction_equal_facets_counted_directly, |app| {
    let mut queries = judged_queries();
    // The empty search lists everything visible: its counts are the visible set's own.
    queries
        .extend(["", "và", "va", "số", "so", "tỉnh", "tinh", "du lieu", "co"].map(str::to_string));
    let mut broad = 0;
    for viewer in [common::admin_viewer(), ndc::domain::Viewer::Anonymous] {
        let request = |text: &str| ndc::search::SearchRequest {
            viewer: viewer.clone(),
            facets: ndc::search::FacetNeed::Matches,
            ..ndc::search::SearchRequest::new(
                ndc::search::parse(text),
                ndc::search::SearchSort::Relevance,
            )
        };
        let visible = app.search.search(&request("")).unwrap().total;
        for text in &queries {
            let req = request(text);
            let searched = app.search.search(&req).unwrap();
            let direct = app.search.facets_counted_directly(&req).unwrap();
            assert_eq!(searched.facets, direct, "{text:?}");
            if searched.total * 2 > visible {
                broad += 1;
            }
        }
    }
    assert!(broad >= 4, "only {broad} searches matched more than half");
});

on_both_backends!(a_misspelt_word_still_finds_results_and_says_so, |app| {
    let admin = app.logged_in("admin", None).await;
    let right = admin.get(&q("giao thong")).await;
    let wrong = admin.get(&q("giao thogn")).await;
    assert!(total(&right) > 0);
    assert_eq!(total(&wrong), total(&right));
    let notice = wrong.text(".notice");
    assert!(
        notice.contains("thogn") && notice.contains("thong"),
        "{notice}"
    );
});

on_both_backends!(no_input_is_a_syntax_error, |app| {
    let admin = app.logged_in("admin", None).await;
    let long = "dân cư ".repeat(300);
    let inputs = [
        "\"unbalanced quote",
        "AND OR NOT",
        "*",
        ":",
        "()",
        "title:(dân cư) OR",
        "😀🇻🇳",
        "\u{0}\u{7}\u{1b}[31m",
        "-",
        "--\"\"-",
        "NOT",
        "<script>alert(1)</script>",
        "'; DROP TABLE datasets; --",
        long.as_str(),
    ];
    for input in inputs {
        let page = admin.get(&q(input)).await;
        assert_eq!(page.status, 200, "{input:?}");
        assert!(
            !ranked_ids(&page).is_empty()
                || page.body.contains("Không tìm thấy bộ dữ liệu nào phù hợp"),
            "{input:?}: results or a friendly no-results page"
        );
        assert!(!page.body.contains("<script>alert(1)</script>"));
    }
    assert!(admin.get(&q(&long)).await.text(".notice").contains("1000"));
});

on_both_backends!(facets_count_the_whole_result_set, |app| {
    let admin = app.logged_in("admin", None).await;
    let page = admin.get(&q("du lieu")).await;
    let all = total(&page);
    assert!(all > 20, "more results than one page");
    // Each sharing-scope count equals the total when filtering by it, and they add up.
    let mut sum = 0;
    for (code, label) in [
        ("shared", "Dùng chung"),
        ("internal", "Dùng riêng"),
        ("open", "Mở"),
    ] {
        let facet = page
            .texts(".facet li")
            .into_iter()
            .find(|t| t.starts_with(label))
            .map(|t| {
                t.rsplit(' ')
                    .next()
                    .unwrap()
                    .replace('.', "")
                    .parse::<i64>()
                    .unwrap()
            });
        let filtered = total(&admin.get(&format!("{}&scope={code}", q("du lieu"))).await);
        assert_eq!(facet.unwrap_or(0), filtered, "{label}");
        sum += filtered;
    }
    assert_eq!(sum, all);
    // Agency filter includes sub-agencies: datasets of Bộ Công an's departments are found under it.
    let bca = total(&admin.get(&format!("{}&agency=bca", q("du lieu"))).await);
    let rows = published();
    let agencies = seed_rows("agencies.csv");
    let under_bca = |code: &str| {
        code == "bca"
            || agencies
                .iter()
                .any(|a| a["code"] == code && a["parent"] == "bca")
    };
    let expected = rows
        .iter()
        .filter(|d| under_bca(&d["owner"]) || under_bca(&d["custodian"]))
        .filter(|d| {
            let fields = seed_rows("fields.csv");
            let t = searchable_text(d, &fields);
            let names: Vec<String> = agencies
                .iter()
                .filter(|a| a["code"] == d["owner"] || a["code"] == d["custodian"])
                .flat_map(|a| [folded(&a["name_vi"]), folded(&a["name_en"])])
                .flatten()
                .collect();
            let words = folded("du lieu");
            words
                .iter()
                .all(|w| t.iter().any(|x| x.contains(w)) || names.contains(w))
        })
        .count() as i64;
    assert_eq!(bca, expected);
});

on_both_backends!(every_committed_change_reaches_search, |app| {
    let admin = app.logged_in("admin", None).await;
    // A new dataset, imported through the inventory path.
    let csv = "identifier,title,description,owner,themes,sharing_scope\n\
               hni-thu-nghiem-xyzzy,Danh sách cây xanh đô thị Xyzzy,Thử nghiệm đồng bộ chỉ mục.,hni,environment,open\n";
    let mut conn = app.db.conn().unwrap();
    common::import_csv(&mut conn, "datasets.csv", csv);
    assert_eq!(total(&admin.get(&q("xyzzy")).await), 0, "not yet followed");
    app.sync_search();
    let page = admin.get(&q("xyzzy")).await;
    assert_eq!(ranked_ids(&page), ["hni-thu-nghiem-xyzzy"]);
    // Renaming its agency re-indexes the agency's datasets under the new name.
    ndc::storage::write::transaction(&mut conn, |c| {
        ndc::storage::write::rename_agency(
            c,
            "hni",
            "Thành phố Hà Nội Quuxville",
            "Hanoi Quuxville",
        )
    })
    .unwrap();
    app.sync_search();
    let renamed = admin.get(&q("quuxville")).await;
    let owned = published()
        .iter()
        .filter(|d| d["owner"] == "hni" || d["custodian"] == "hni")
        .count() as i64
        + 1;
    assert_eq!(total(&renamed), owned);
});

on_both_backends!(
    index_survives_restarts_and_rebuilds_when_unreadable,
    |app| {
        let admin = app.logged_in("admin", None).await;
        let before = total(&admin.get(&q("dan cu")).await);
        let current = std::fs::read_to_string(app.data_dir.join("search/current")).unwrap();
        app.search.close(); // as the process stopping does
                            // A restart opens the same index and catches up with what changed while it was down.
        let csv = "identifier,title,owner\nbca-thu-nghiem-plugh,Dữ liệu thử nghiệm plugh,bca\n";
        let mut conn = app.db.conn().unwrap();
        common::import_csv(&mut conn, "d.csv", csv);
        let reopened = common::ready_index(&app.db, &app.data_dir);
        assert_eq!(
            std::fs::read_to_string(app.data_dir.join("search/current")).unwrap(),
            current,
            "not rebuilt"
        );
        let restarted = admin.with_index(reopened.clone());
        assert_eq!(total(&restarted.get(&q("plugh")).await), 1);
        // An unreadable index is rebuilt from the database.
        std::fs::remove_file(
            app.data_dir
                .join("search")
                .join(current.trim())
                .join("meta.json"),
        )
        .unwrap();
        reopened.close();
        let rebuilt = common::ready_index(&app.db, &app.data_dir);
        assert_ne!(
            std::fs::read_to_string(app.data_dir.join("search/current")).unwrap(),
            current
        );
        let restarted = admin.with_index(rebuilt.clone());
        assert_eq!(total(&restarted.get(&q("dan cu")).await), before);
        assert_eq!(total(&restarted.get(&q("plugh")).await), 1);
    }
);

on_both_backends!(
    when_no_dataset_holds_every_word_some_words_are_enough,
    |app| {
        let admin = app.logged_in("admin", None).await;
        let page = admin.get(&q("dân cư xyzzyqux")).await;
        assert!(total(&page) > 0);
        assert!(
            page.text(".notice").contains("một phần"),
            "the page says it relaxed the search"
        );
        let strict = ranked_ids(&admin.get(&q("dân cư")).await);
        assert_eq!(ranked_ids(&page).first(), strict.first());
    }
);

// A bulk import puts the change log far ahead of the index: the follower rebuilds aside and
// switches (faster than applying 6,000 changes batch by batch), and what searches showed before
// (cached facet counts included) gives way to the new index's answers.
on_both_backends!(a_bulk_import_is_searchable_after_a_rebuild_aside, |app| {
    let admin = app.logged_in("admin", None).await;
    let before = total(&admin.get(&q("zyxwvu")).await);
    assert_eq!(before, 0);
    // The catalog's counts (kept per index generation) are taken before the switch.
    let everything = total(&admin.get("/datasets").await);
    let mut csv = String::from("identifier,title,owner\n");
    for i in 0..6_000 {
        csv.push_str(&format!("bca-bulk-{i},Sổ theo dõi zyxwvu số {i},bca\n"));
    }
    let mut conn = app.db.conn().unwrap();
    common::import_csv(&mut conn, "datasets.csv", &csv);
    let current = std::fs::read_to_string(app.data_dir.join("search/current")).unwrap();
    app.sync_search();
    assert_ne!(
        std::fs::read_to_string(app.data_dir.join("search/current")).unwrap(),
        current,
        "rebuilt aside and switched"
    );
    assert_eq!(total(&admin.get(&q("zyxwvu")).await), 6_000);
    assert_eq!(total(&admin.get(&q("dan cu")).await) > 0, true);
    assert_eq!(total(&admin.get("/datasets").await), everything + 6_000);
    // A broad search's counts, by subtraction from the new index's visible set.
    let broad = ndc::search::SearchRequest {
        viewer: common::admin_viewer(),
        facets: ndc::search::FacetNeed::Matches,
        ..ndc::search::SearchRequest::new(
            ndc::search::parse("so"),
            ndc::search::SearchSort::Relevance,
        )
    };
    assert_eq!(
        app.search.search(&broad).unwrap().facets,
        app.search.facets_counted_directly(&broad).unwrap()
    );
});
