//! Stewards keeping the catalog through forms, on SQLite and PostgreSQL: registering a dataset with
//! its columns, validation beside the fields with nothing lost, the no-JavaScript editors, the
//! status workflow, two stewards saving the same dataset, the history, and every way a steward of
//! another agency (or a hostile post) might try to change what is not theirs.

mod common;

use common::{form_fields, ranked_ids, search_uri as q, set_field, Client, Page, TestApp};

const FORM: &str = "form.dataset-form";

/// The new-dataset form filled with a valid dataset of `owner` with three columns.
async fn filled_new_form(steward: &Client, identifier: &str, owner: &str) -> Vec<(String, String)> {
    let page = steward.get("/datasets/new").await;
    assert_eq!(page.status, 200, "{}", page.body);
    let mut pairs = form_fields(&page, FORM);
    for (k, v) in [
        ("identifier", identifier),
        ("title", "Sổ theo dõi cấp căn cước thử nghiệm"),
        ("description", "Dòng một.\nDòng hai."),
        ("owner", owner),
        ("sharing_scope", "open"),
        ("keywords", "căn cước; thử nghiệm"),
        ("fields.0.name", "so_dinh_danh"),
        ("fields.0.title", "Số định danh cá nhân"),
        ("fields.1.name", "ho_ten"),
        ("fields.2.name", "ngay_cap"),
        ("fields.2.type", "date"),
        ("distributions.0.title", "Tệp CSV"),
        (
            "distributions.0.url",
            "https://data.example.gov.vn/can-cuoc.csv",
        ),
        ("distributions.0.format", "csv"),
        ("conditions", "Chỉ dùng cho mục đích quản lý nhà nước."),
        ("response_days", "5"),
        ("approving_agency", "bca-c06"),
    ] {
        set_field(&mut pairs, k, v);
    }
    pairs.push(("themes".into(), "public-security".into()));
    pairs
}

fn with_action(pairs: &[(String, String)], action: &str) -> Vec<(String, String)> {
    let mut out = pairs.to_vec();
    out.push(("action".into(), action.into()));
    out
}

fn detail(app: &TestApp, identifier: &str) -> Option<ndc::storage::models::DatasetDetail> {
    let mut conn = app.db.conn().unwrap();
    ndc::storage::datasets::detail(&mut conn, identifier, &common::admin_viewer()).unwrap()
}

on_both_backends!(
    a_steward_registers_a_dataset_and_it_is_searchable_at_once,
    |app| {
        let (email, password) = app.add_user("steward", Some("bca"));
        let steward = app.client();
        assert_eq!(steward.login(&email, &password).await.status, 303);
        let mut pairs = filled_new_form(&steward, "bca-so-can-cuoc-thu-nghiem", "bca").await;
        // Mistakes first: a column name with capitals and a space, an answer time that isn't one.
        set_field(&mut pairs, "fields.1.name", "Ho Ten");
        set_field(&mut pairs, "response_days", "năm");
        let refused = steward
            .post_pairs("/datasets/new", &with_action(&pairs, "publish"))
            .await;
        assert_eq!(refused.status, 422);
        assert!(
            !refused.text("#fields-1-name-error").is_empty(),
            "{}",
            refused.body
        );
        assert_eq!(refused.attrs("#fields-1-name", "aria-invalid"), ["true"]);
        assert!(refused.text(".error-summary").contains("Ho Ten"));
        // Everything typed is still there.
        let kept = form_fields(&refused, FORM);
        for (k, v) in &pairs {
            if k != "csrf" {
                assert!(kept.contains(&(k.clone(), v.clone())), "{k}={v} kept");
            }
        }
        assert!(
            detail(&app, "bca-so-can-cuoc-thu-nghiem").is_none(),
            "nothing saved"
        );

        assert!(!refused.text("#response-days-error").is_empty());
        set_field(&mut pairs, "fields.1.name", "ho_ten");
        set_field(&mut pairs, "response_days", "5");
        let saved = steward
            .post_pairs("/datasets/new", &with_action(&pairs, "publish"))
            .await;
        assert_eq!(saved.status, 303, "{}", saved.body);
        assert_eq!(
            saved.header("location").as_deref(),
            Some("/datasets/bca-so-can-cuoc-thu-nghiem?saved=1")
        );
        let d = detail(&app, "bca-so-can-cuoc-thu-nghiem").expect("stored");
        assert_eq!(d.dataset.status, "published");
        assert_eq!(d.dataset.description, "Dòng một.\nDòng hai.");
        let names: Vec<&str> = d.fields.iter().map(|f| f.name.as_str()).collect();
        assert_eq!(names, ["so_dinh_danh", "ho_ten", "ngay_cap"]);
        assert_eq!(d.fields[2].field_type, "date");
        assert_eq!(d.distributions[0].format, "CSV");
        let (rule, approver) = &d.access_rules[0];
        assert_eq!(rule.audience, "public", "open data: everyone");
        assert_eq!(rule.response_days, 5);
        assert_eq!(rule.conditions, "Chỉ dùng cho mục đích quản lý nhà nước.");
        assert_eq!(approver.as_ref().map(|a| a.code.as_str()), Some("bca-c06"));
        // Anyone finds it, typing without diacritics, as soon as the index has followed the change log
        // (a server's follower is nudged by the save; here the test does its work).
        app.sync_search();
        let found = app
            .client()
            .get(&q("so theo doi can cuoc thu nghiem"))
            .await;
        assert_eq!(
            ranked_ids(&found).first().map(String::as_str),
            Some("bca-so-can-cuoc-thu-nghiem")
        );
        // Its history says who created it, through the form, with the values.
        let history = app
            .client()
            .get("/datasets/bca-so-can-cuoc-thu-nghiem/history")
            .await;
        assert_eq!(history.status, 200);
        assert!(history.text(".history").contains(&email), "who");
        assert!(
            history.text(".history").contains("biểu mẫu"),
            "through which channel"
        );
        assert!(history.text("table.diff").contains("so_dinh_danh"));
    }
);

/// The pairs of the status button form that moves the dataset to `to`.
fn status_form(page: &Page, to: &str) -> Vec<(String, String)> {
    let doc = page.html();
    let forms = scraper::Selector::parse("form[action$='/status']").unwrap();
    let target = scraper::Selector::parse(&format!("input[name=to][value={to}]")).unwrap();
    let found = doc
        .select(&forms)
        .position(|f| f.select(&target).next().is_some());
    let i = found.unwrap_or_else(|| panic!("no button to {to}: {}", page.body));
    let field = scraper::Selector::parse("input").unwrap();
    doc.select(&forms)
        .nth(i)
        .unwrap()
        .select(&field)
        .filter_map(|e| {
            Some((
                e.value().attr("name")?.to_string(),
                e.value().attr("value")?.to_string(),
            ))
        })
        .collect()
}

on_both_databases!(the_editors_work_without_javascript, |app| {
    let steward = app.logged_in("steward", Some("bca")).await;
    let pairs = filled_new_form(&steward, "bca-editor", "bca").await;
    let added = steward
        .post_pairs("/datasets/new", &with_action(&pairs, "add_field"))
        .await;
    assert_eq!(added.status, 200);
    let rows = added.texts("table.editor tbody tr").len();
    assert_eq!(rows, 3 + 1 + 1, "four column rows and one distribution row");
    let mut after_add = form_fields(&added, FORM);
    assert!(after_add.contains(&("fields.0.name".into(), "so_dinh_danh".into())));
    // Move the third column up, then remove the first.
    let moved = steward
        .post_pairs("/datasets/new", &with_action(&after_add, "field_up:2"))
        .await;
    after_add = form_fields(&moved, FORM);
    let name = |pairs: &[(String, String)], i: usize| {
        pairs
            .iter()
            .find(|(k, _)| *k == format!("fields.{i}.name"))
            .map(|(_, v)| v.clone())
    };
    assert_eq!(name(&after_add, 1).as_deref(), Some("ngay_cap"));
    assert_eq!(name(&after_add, 2).as_deref(), Some("ho_ten"));
    let removed = steward
        .post_pairs("/datasets/new", &with_action(&after_add, "remove_field:0"))
        .await;
    let after_remove = form_fields(&removed, FORM);
    assert_eq!(name(&after_remove, 0).as_deref(), Some("ngay_cap"));
    assert!(
        detail(&app, "bca-editor").is_none(),
        "editing the form saves nothing"
    );
    // Saving keeps the order the steward arranged; the empty added row is ignored.
    let saved = steward
        .post_pairs("/datasets/new", &with_action(&after_remove, "save"))
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let d = detail(&app, "bca-editor").unwrap();
    let names: Vec<&str> = d.fields.iter().map(|f| f.name.as_str()).collect();
    assert_eq!(names, ["ngay_cap", "ho_ten"]);
    assert_eq!(
        d.dataset.status, "draft",
        "a new dataset saved without publishing is a draft"
    );
});

on_both_backends!(
    drafts_publish_and_retire_through_the_status_workflow,
    |app| {
        let steward = app.logged_in("steward", Some("bca")).await;
        let pairs = filled_new_form(&steward, "bca-quy-trinh", "bca").await;
        assert_eq!(
            steward
                .post_pairs("/datasets/new", &with_action(&pairs, "save"))
                .await
                .status,
            303
        );
        let anonymous = app.client();
        assert_eq!(
            anonymous.get("/datasets/bca-quy-trinh").await.status,
            404,
            "drafts are hidden"
        );
        let official = app.logged_in("official", Some("bca")).await;
        assert_eq!(
            official.get("/datasets/bca-quy-trinh").await.status,
            404,
            "even in the agency"
        );

        let status = |to: &'static str| {
            let steward = &steward;
            async move {
                let page = steward.get("/datasets/bca-quy-trinh").await;
                let pairs = status_form(&page, to);
                steward
                    .post_pairs("/datasets/bca-quy-trinh/status", &pairs)
                    .await
            }
        };
        assert_eq!(status("published").await.status, 303);
        app.sync_search();
        assert_eq!(anonymous.get("/datasets/bca-quy-trinh").await.status, 200);
        assert!(
            ranked_ids(&anonymous.get(&q("so theo doi can cuoc thu nghiem")).await)
                .contains(&"bca-quy-trinh".to_string())
        );
        assert_eq!(status("retired").await.status, 303);
        app.sync_search();
        let retired = anonymous.get("/datasets/bca-quy-trinh").await;
        assert_eq!(retired.status, 200, "retired datasets keep their page");
        assert!(
            retired.text(".notice").contains("ngừng sử dụng"),
            "{}",
            retired.text(".notice")
        );
        assert!(
            !ranked_ids(&anonymous.get(&q("so theo doi can cuoc thu nghiem")).await)
                .contains(&"bca-quy-trinh".to_string()),
            "left the default search"
        );
        let history = steward.get("/datasets/bca-quy-trinh/history").await;
        assert_eq!(
            history.texts("ul.history > li").len(),
            3,
            "created, published, retired"
        );
    }
);

on_both_databases!(
    the_second_of_two_concurrent_saves_is_refused_with_what_changed,
    |app| {
        let first = app.logged_in("steward", Some("bca")).await;
        let second = app.logged_in("steward", Some("bca-c06")).await;
        let uri = "/datasets/bca-csdl-dan-cu/edit";
        let mut a = form_fields(&first.get(uri).await, FORM);
        let mut b = form_fields(&second.get(uri).await, FORM);
        set_field(
            &mut a,
            "title",
            "Cơ sở dữ liệu quốc gia về dân cư (bản sửa A)",
        );
        set_field(&mut b, "keywords", "dân cư; sửa bởi B");
        assert_eq!(
            first.post_pairs(uri, &with_action(&a, "save")).await.status,
            303
        );
        let conflict = second.post_pairs(uri, &with_action(&b, "save")).await;
        assert_eq!(conflict.status, 409);
        let shown = conflict.text("#conflict");
        assert!(
            shown.contains("bản sửa A"),
            "the other save's change is shown: {shown}"
        );
        assert_eq!(
            detail(&app, "bca-csdl-dan-cu").unwrap().dataset.title,
            "Cơ sở dữ liệu quốc gia về dân cư (bản sửa A)",
            "the first save stands"
        );
        // The refused form keeps B's typing and now names the newest revision: saving again is a
        // knowing overwrite.
        let again = form_fields(&conflict, FORM);
        assert!(again.contains(&("keywords".into(), "dân cư; sửa bởi B".into())));
        assert_eq!(
            second
                .post_pairs(uri, &with_action(&again, "save"))
                .await
                .status,
            303
        );
        let d = detail(&app, "bca-csdl-dan-cu").unwrap();
        assert_eq!(
            d.dataset.keywords, "dân cư;sửa bởi B",
            "lists are stored normalised"
        );
        assert_eq!(d.dataset.revision, 3);
    }
);

on_both_databases!(nobody_changes_what_is_not_theirs, |app| {
    let other = app.logged_in("steward", Some("byt")).await;
    let own = app.logged_in("steward", Some("bca")).await;
    let before = detail(&app, "bca-csdl-dan-cu").unwrap();
    // B takes A's real form and posts it (a shared dataset B can see but not change).
    let form = form_fields(&own.get("/datasets/bca-csdl-dan-cu/edit").await, FORM);
    let csrf = other.csrf_of("/account").await;
    let mut hostile = form.clone();
    set_field(&mut hostile, "csrf", &csrf);
    set_field(&mut hostile, "title", "Bị sửa trái phép");
    assert_eq!(
        other.get("/datasets/bca-csdl-dan-cu/edit").await.status,
        403
    );
    assert_eq!(
        other
            .post_pairs(
                "/datasets/bca-csdl-dan-cu/edit",
                &with_action(&hostile, "save")
            )
            .await
            .status,
        403
    );
    let retire = [
        ("csrf".to_string(), csrf.clone()),
        ("to".to_string(), "retired".to_string()),
        ("revision".to_string(), before.dataset.revision.to_string()),
    ];
    assert_eq!(
        other
            .post_pairs("/datasets/bca-csdl-dan-cu/status", &retire)
            .await
            .status,
        403
    );
    // Guessing the ids of another agency's internal or draft datasets: the same 403, nothing more.
    for hidden in ["bca-nguoi-nghien-ma-tuy", "bca-khong-ton-tai"] {
        assert_eq!(
            other
                .post_pairs(&format!("/datasets/{hidden}/status"), &retire)
                .await
                .status,
            403
        );
        assert_eq!(
            other.get(&format!("/datasets/{hidden}/edit")).await.status,
            403
        );
        assert_eq!(other.get(&format!("/datasets/{hidden}")).await.status, 404);
    }
    // A's own steward may not give the dataset away to another ministry either.
    let mut reown = form.clone();
    set_field(&mut reown, "owner", "byt");
    assert_eq!(
        own.post_pairs(
            "/datasets/bca-csdl-dan-cu/edit",
            &with_action(&reown, "save")
        )
        .await
        .status,
        403
    );
    // Nor create a dataset in someone else's name.
    let mut foreign = filled_new_form(&own, "byt-gia-mao", "bca").await;
    set_field(&mut foreign, "owner", "byt");
    assert_eq!(
        own.post_pairs("/datasets/new", &with_action(&foreign, "save"))
            .await
            .status,
        403
    );
    assert!(detail(&app, "byt-gia-mao").is_none());
    // Officials don't write; anonymous posts go to the login page; no CSRF token, no change.
    let official = app.logged_in("official", Some("bca")).await;
    assert_eq!(official.get("/datasets/new").await.status, 403);
    let anonymous = app
        .client()
        .post_pairs("/datasets/bca-csdl-dan-cu/edit", &hostile)
        .await;
    assert_eq!(anonymous.status, 303);
    let mut no_token = form.clone();
    no_token.retain(|(k, _)| k != "csrf");
    set_field(&mut no_token, "title", "Không có mã CSRF");
    assert_eq!(
        own.post_pairs(
            "/datasets/bca-csdl-dan-cu/edit",
            &with_action(&no_token, "save")
        )
        .await
        .status,
        403
    );
    let after = detail(&app, "bca-csdl-dan-cu").unwrap();
    assert_eq!(after.dataset.title, before.dataset.title);
    assert_eq!(after.dataset.owner_id, before.dataset.owner_id);
    assert_eq!(after.dataset.status, before.dataset.status);
    assert_eq!(after.dataset.revision, before.dataset.revision);
});

on_both_databases!(hostile_text_is_refused_or_rendered_inert, |app| {
    let steward = app.logged_in("steward", Some("bca")).await;
    let mut pairs = filled_new_form(&steward, "bca-hostile", "bca").await;
    set_field(
        &mut pairs,
        "title",
        "\"><img src=x onerror=alert(1)><script>alert(2)</script>\u{7}",
    );
    set_field(&mut pairs, "distributions.0.url", "javascript:alert(3)");
    set_field(&mut pairs, "description", &"dài ".repeat(250_000));
    let refused = steward
        .post_pairs("/datasets/new", &with_action(&pairs, "save"))
        .await;
    assert_eq!(refused.status, 422);
    assert!(!refused.text("#distributions-0-url-error").is_empty());
    assert!(
        refused.text("#description-error").contains("tối đa"),
        "{}",
        refused.text("#description-error")
    );
    assert!(
        !refused.body.contains("<script>alert(2)"),
        "escaped when shown back"
    );
    assert!(!refused.body.contains("<img src=x"));
    assert!(detail(&app, "bca-hostile").is_none());

    set_field(
        &mut pairs,
        "distributions.0.url",
        "https://example.gov.vn/a.csv",
    );
    set_field(&mut pairs, "description", "Mô tả bình thường");
    let saved = steward
        .post_pairs("/datasets/new", &with_action(&pairs, "publish"))
        .await;
    assert_eq!(saved.status, 303, "{}", saved.body);
    let d = detail(&app, "bca-hostile").unwrap();
    assert!(
        !d.dataset.title.contains('\u{7}'),
        "control characters are dropped"
    );
    let page = app.client().get("/datasets/bca-hostile").await;
    assert_eq!(page.status, 200);
    assert!(
        page.text("h1").contains("<script>alert(2)</script>"),
        "shown as text"
    );
    assert!(!page.body.contains("<script>alert(2)"));
    assert!(!page.body.contains("<img src=x"));
});

on_both_databases!(imports_are_in_the_history_and_stale_forms_see_them, |app| {
    let steward = app.logged_in("steward", Some("bca")).await;
    let uri = "/datasets/bca-csdl-dan-cu/edit";
    let mut stale = form_fields(&steward.get(uri).await, FORM);
    // An import replaces the dataset's columns meanwhile.
    let mut conn = app.db.conn().unwrap();
    let csv = "dataset,name,title\nbca-csdl-dan-cu,so_dinh_danh,Số định danh\nbca-csdl-dan-cu,ho_ten,Họ tên\n";
    let report = common::import_csv(&mut conn, "fields.csv", csv);
    assert_eq!(report.fields.updated, 2, "{report:?}");
    set_field(&mut stale, "title", "Sửa trên biểu mẫu cũ");
    let refused = steward.post_pairs(uri, &with_action(&stale, "save")).await;
    assert_eq!(refused.status, 409, "the form predates the import");
    assert!(
        refused.text("#conflict").contains("Danh sách trường"),
        "{}",
        refused.text("#conflict")
    );
    let history = steward.get("/datasets/bca-csdl-dan-cu/history").await;
    let entries = history.texts("ul.history > li .meta");
    assert!(
        entries[0].contains("nhập tệp"),
        "newest first, through an import: {entries:?}"
    );
    assert_eq!(
        entries.len(),
        2,
        "created by the seed import, then the fields: {entries:?}"
    );
    // The audit log has the import.
    let logged = ndc::storage::audit::list(&mut conn, &Default::default(), None, 5).unwrap();
    assert_eq!(logged[0].action, "import");
    assert!(logged[0].subject.contains("fields.csv"));
});
