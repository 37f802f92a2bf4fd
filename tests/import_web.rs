//! Stewards importing from the browser, on SQLite and PostgreSQL: upload, read the dry-run report,
//! confirm (or import only the valid rows); nobody else can confirm their upload. And API tokens
//! made on the account page: shown once, acting for the steward's agency, revocable, dead with a
//! disabled account.

mod common;

use common::{Client, Page, TestApp};

const BOUNDARY: &str = "----ndc-test-boundary-7d1c";

fn multipart(csrf: Option<&str>, files: &[(&str, &str)]) -> Vec<u8> {
    let mut body = String::new();
    if let Some(token) = csrf {
        body.push_str(&format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{token}\r\n"
        ));
    }
    for (name, content) in files {
        body.push_str(&format!(
            "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\nContent-Type: text/csv\r\n\r\n{content}\r\n"
        ));
    }
    body.push_str(&format!("--{BOUNDARY}--\r\n"));
    body.into_bytes()
}

async fn upload(client: &Client, csrf: Option<&str>, files: &[(&str, &str)]) -> Page {
    client
        .post(
            "/imports/new",
            &[(
                "Content-Type",
                &format!("multipart/form-data; boundary={BOUNDARY}"),
            )],
            multipart(csrf, files),
        )
        .await
}

/// The confirm form's action and fields.
fn confirm_form(page: &Page) -> (String, Vec<(String, String)>) {
    let action = page
        .attrs("form[action^='/imports/']", "action")
        .into_iter()
        .next()
        .unwrap_or_else(|| panic!("no confirm form: {}", page.text("main")));
    let mut pairs = common::form_fields(page, "form[action^='/imports/']");
    let mode = page.attrs("form[action^='/imports/'] button[name=mode]", "value");
    pairs.push(("mode".into(), mode[0].clone()));
    (action, pairs)
}

fn exists(app: &TestApp, identifier: &str) -> bool {
    let mut conn = app.db.conn().unwrap();
    ndc::storage::datasets::detail(&mut conn, identifier, &common::admin_viewer())
        .unwrap()
        .is_some()
}

const GOOD: &str =
    "identifier,title,owner,sharing_scope\nbca-tai-len-1,Dữ liệu tải lên thử nghiệm,bca,open\n";
const FIELDS: &str =
    "dataset,name,title\nbca-tai-len-1,so_ho_so,Số hồ sơ\nbca-tai-len-1,ngay_nhan,Ngày nhận\n";

on_both_databases!(a_steward_checks_then_confirms_an_upload, |app| {
    let (email, password) = app.add_user("steward", Some("bca"));
    let steward = app.client();
    assert_eq!(steward.login(&email, &password).await.status, 303);
    let csrf = steward.csrf_of("/imports/new").await;
    let checked = upload(
        &steward,
        Some(&csrf),
        &[("datasets.csv", GOOD), ("fields.csv", FIELDS)],
    )
    .await;
    assert_eq!(checked.status, 200, "{}", checked.text("main"));
    let counts = checked.texts("table.counts tbody tr");
    assert!(counts[1].contains('1'), "one dataset to create: {counts:?}");
    assert!(counts[2].contains('2'), "two fields: {counts:?}");
    assert!(!exists(&app, "bca-tai-len-1"), "a check writes nothing");

    // Another steward cannot confirm this upload, even with the address.
    let (action, pairs) = confirm_form(&checked);
    let other = app.logged_in("steward", Some("bca")).await;
    let mut theirs = pairs.clone();
    common::set_field(&mut theirs, "csrf", &other.csrf_of("/imports/new").await);
    assert_eq!(other.post_pairs(&action, &theirs).await.status, 404);
    assert!(!exists(&app, "bca-tai-len-1"));

    let done = steward.post_pairs(&action, &pairs).await;
    assert_eq!(done.status, 200, "{}", done.text("main"));
    assert!(done.text("h1").contains("Đã nhập"));
    assert!(exists(&app, "bca-tai-len-1"));
    // Searchable at once, and its history names the steward and the door.
    app.search.follow(&app.db).ok();
    let history = steward.get("/datasets/bca-tai-len-1/history").await;
    assert!(history.text(".history").contains(&email));
    assert!(history.text(".history").contains("nhập tệp"));
    // The batch is gone: confirming twice does nothing more.
    assert_eq!(steward.post_pairs(&action, &pairs).await.status, 404);
});

on_both_databases!(
    rejected_rows_are_listed_and_the_rest_can_be_imported,
    |app| {
        let steward = app.logged_in("steward", Some("bca")).await;
        let csrf = steward.csrf_of("/imports/new").await;
        let mixed = "identifier,title,owner\nbca-tai-len-2,Dữ liệu tốt,bca\nbca-tai-len-3,,bca\nbyt-cua-nguoi-khac,Không phải của mình,byt\n";
        let checked = upload(&steward, Some(&csrf), &[("datasets.csv", mixed)]).await;
        assert_eq!(checked.status, 422);
        let problems = checked.texts("table.problems tbody tr");
        assert!(
            problems
                .iter()
                .any(|p| p.contains("datasets.csv") && p.contains('3')),
            "line 3: {problems:?}"
        );
        assert!(
            problems.iter().any(|p| p.contains('4')),
            "line 4 (another ministry): {problems:?}"
        );
        let (action, pairs) = confirm_form(&checked);
        assert!(pairs.contains(&("mode".to_string(), "partial".to_string())));
        let done = steward.post_pairs(&action, &pairs).await;
        assert_eq!(done.status, 200, "{}", done.text("main"));
        assert!(exists(&app, "bca-tai-len-2"));
        assert!(!exists(&app, "bca-tai-len-3") && !exists(&app, "byt-cua-nguoi-khac"));
    }
);

on_both_databases!(uploads_need_a_token_a_file_and_a_writer, |app| {
    let steward = app.logged_in("steward", Some("bca")).await;
    let before = app.counts();
    assert_eq!(
        upload(&steward, None, &[("datasets.csv", GOOD)])
            .await
            .status,
        403
    );
    assert_eq!(
        upload(
            &steward,
            Some("0".repeat(64).as_str()),
            &[("datasets.csv", GOOD)]
        )
        .await
        .status,
        403
    );
    let csrf = steward.csrf_of("/imports/new").await;
    let none = upload(&steward, Some(&csrf), &[("", "")]).await;
    assert_eq!(none.status, 422);
    assert!(!none.text("#files-error").is_empty());
    let binary = upload(
        &steward,
        Some(&csrf),
        &[("anh.csv", "\u{0}\u{1}PNG\u{0}\u{0}")],
    )
    .await;
    assert_eq!(binary.status, 422, "unusable input is reported, not a 500");
    assert!(
        binary
            .attrs("form[action^='/imports/']", "action")
            .is_empty(),
        "nothing to confirm"
    );
    let official = app.logged_in("official", Some("bca")).await;
    assert_eq!(official.get("/imports/new").await.status, 403);
    assert_eq!(app.client().get("/imports/new").await.status, 303);
    assert_eq!(app.counts(), before, "nothing written");
});

on_both_databases!(tokens_made_on_the_account_page_act_for_the_steward, |app| {
    let (email, password) = app.add_user("steward", Some("bca"));
    let steward = app.client();
    assert_eq!(steward.login(&email, &password).await.status, 303);
    let csrf = steward.csrf_of("/account").await;
    let made = steward
        .post_form(
            "/account/tokens",
            &[("csrf", &csrf), ("token_name", "đồng bộ kho dữ liệu")],
        )
        .await;
    assert_eq!(made.status, 200);
    let secret = made.text("code.secret");
    assert!(secret.starts_with("ndc_") && secret.len() == 68, "{secret}");
    assert!(
        !steward.get("/account").await.body.contains(&secret),
        "shown once"
    );
    let api = |secret: String| {
        let client = app.client();
        async move {
            client
                .post(
                    "/api/v1/imports",
                    &[
                        ("Authorization", &format!("Bearer {secret}")),
                        ("Content-Type", "text/csv"),
                    ],
                    GOOD.as_bytes().to_vec(),
                )
                .await
        }
    };
    assert_eq!(api(secret.clone()).await.status, 200);
    assert!(exists(&app, "bca-tai-len-1"));
    // Revoked: refused.
    let revoke = steward
        .get("/account")
        .await
        .attrs("form[action$='/revoke']", "action");
    assert_eq!(revoke.len(), 1);
    assert_eq!(
        steward
            .post_form(&revoke[0], &[("csrf", &csrf)])
            .await
            .status,
        303
    );
    assert_eq!(api(secret).await.status, 401);
    // A token of a disabled account is refused too.
    let again = steward
        .post_form(
            "/account/tokens",
            &[("csrf", &csrf), ("token_name", "lần hai")],
        )
        .await
        .text("code.secret");
    let mut conn = app.db.conn().unwrap();
    let user = ndc::storage::users::find_by_email(&mut conn, &email)
        .unwrap()
        .unwrap();
    ndc::storage::users::update_access(&mut conn, user.id, user.role(), user.agency_id, true)
        .unwrap();
    assert_eq!(api(again).await.status, 401);
    // Officials get no tokens.
    let official = app.logged_in("official", Some("bca")).await;
    let csrf = official.csrf_of("/account").await;
    assert_eq!(
        official
            .post_form("/account/tokens", &[("csrf", &csrf), ("token_name", "x")])
            .await
            .status,
        403
    );
});
