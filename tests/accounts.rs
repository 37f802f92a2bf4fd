//! Accounts and who sees what, on SQLite and PostgreSQL: logging in and out, the session cookie,
//! CSRF, throttled guessing, changing one's password, and the visibility rules (open / shared /
//! internal, drafts) applied to pages, search results and counts for every role.

mod common;

use std::collections::HashMap;

use common::{listed_total as total, ranked_ids, search_uri as q, seed_rows, Client};

/// One seed dataset with this scope and status (and a title distinctive enough to search for).
fn pick(scope: &str, status: &str) -> HashMap<String, String> {
    seed_rows("datasets.csv")
        .into_iter()
        .find(|d| d["sharing_scope"] == scope && d["status"] == status)
        .unwrap_or_else(|| panic!("a seed dataset {scope}/{status}"))
}

/// An agency that is neither the owner nor the custodian of `d`, nor above or below them.
fn unrelated_agency(d: &HashMap<String, String>) -> String {
    let agencies = seed_rows("agencies.csv");
    let root_of = |code: &str| {
        let mut c = code.to_string();
        while let Some(a) = agencies
            .iter()
            .find(|a| a["code"] == c && !a["parent"].is_empty())
        {
            c = a["parent"].clone();
        }
        c
    };
    let mine = [root_of(&d["owner"]), root_of(&d["custodian"])];
    agencies
        .iter()
        .find(|a| a["parent"].is_empty() && !mine.contains(&a["code"]))
        .unwrap()["code"]
        .clone()
}

/// Whether `who` can open the dataset's page (200) or gets the same 404 as for an unknown one.
async fn sees(who: &Client, d: &HashMap<String, String>) -> bool {
    let page = who.get(&format!("/datasets/{}", d["identifier"])).await;
    match page.status.as_u16() {
        200 => true,
        404 => false,
        other => panic!("{other} for {}", d["identifier"]),
    }
}

/// Whether searching the dataset's exact title shows it.
async fn finds(who: &Client, d: &HashMap<String, String>) -> bool {
    ranked_ids(&who.get(&q(&format!("\"{}\"", d["title"]))).await).contains(&d["identifier"])
}

on_both_backends!(each_role_sees_exactly_what_the_rules_allow, |app| {
    let open = pick("open", "published");
    let shared = pick("shared", "published");
    let internal = pick("internal", "published");
    let draft = pick("internal", "draft");
    let retired = pick("open", "retired");
    let anonymous = app.client();
    let outsider = app
        .logged_in("official", Some(&unrelated_agency(&internal)))
        .await;
    let insider = app.logged_in("official", Some(&internal["owner"])).await;
    let draft_steward = app.logged_in("steward", Some(&draft["owner"])).await;
    let draft_official = app.logged_in("official", Some(&draft["owner"])).await;
    let admin = app.logged_in("admin", None).await;

    // (viewer, dataset, may see)
    let cases: Vec<(&str, &Client, &HashMap<String, String>, bool)> = vec![
        ("anonymous", &anonymous, &open, true),
        ("anonymous", &anonymous, &retired, true),
        ("anonymous", &anonymous, &shared, false),
        ("anonymous", &anonymous, &internal, false),
        ("anonymous", &anonymous, &draft, false),
        ("official of another agency", &outsider, &shared, true),
        ("official of another agency", &outsider, &internal, false),
        ("official of the owner", &insider, &internal, true),
        ("official of the owner", &draft_official, &draft, false),
        ("steward of the owner", &draft_steward, &draft, true),
        ("admin", &admin, &internal, true),
        ("admin", &admin, &draft, true),
    ];
    for (who, client, d, allowed) in &cases {
        assert_eq!(
            sees(client, d).await,
            *allowed,
            "{who} opening {} ({}/{})",
            d["identifier"],
            d["sharing_scope"],
            d["status"]
        );
        // Retired and draft datasets leave the default search; the rest are found iff visible.
        if d["status"] == "published" {
            assert_eq!(
                finds(client, d).await,
                *allowed,
                "{who} searching {}",
                d["title"]
            );
        }
    }

    // Counts never give hidden datasets away: the anonymous total is the open published ones.
    let seed = seed_rows("datasets.csv");
    let open_published = seed
        .iter()
        .filter(|d| d["status"] == "published" && d["sharing_scope"] == "open")
        .count() as i64;
    let logged_in = seed
        .iter()
        .filter(|d| d["status"] == "published" && d["sharing_scope"] != "internal")
        .count() as i64;
    assert_eq!(total(&anonymous.get("/datasets").await), open_published);
    let outsider_total = total(&outsider.get("/datasets").await);
    assert!(outsider_total >= logged_in && outsider_total < seed.len() as i64);
    assert_eq!(
        anonymous.get("/").await.texts(".totals dd")[0].replace('.', ""),
        open_published.to_string()
    );
    // The scope facet shows no shared or internal count to anonymous visitors.
    let facets = anonymous.get("/datasets").await.texts(".facet li a");
    assert!(
        !facets
            .iter()
            .any(|f| f == "Dùng riêng" || f == "Dùng chung"),
        "{facets:?}"
    );

    // Drafts can be listed by their stewards, never by others.
    let drafts = draft_steward.get("/datasets?status=draft").await;
    assert!(
        ranked_ids(&drafts).contains(&draft["identifier"]),
        "steward lists own drafts"
    );
    let not_drafts = anonymous.get("/datasets?status=draft").await;
    assert!(!ranked_ids(&not_drafts).contains(&draft["identifier"]));
});

on_both_backends!(login_sets_a_protected_session_and_logout_ends_it, |app| {
    let (email, password) = app.add_user("official", Some("bca"));
    let client = app.client();
    // The login form carries a CSRF token; posting without it changes nothing.
    let no_token = client
        .post_form("/login", &[("email", &email), ("password", &password)])
        .await;
    assert_eq!(no_token.status, 403);
    assert!(
        no_token.text("h1").contains("hết hạn"),
        "{}",
        no_token.text("h1")
    );
    assert!(!client.has_cookie("ndc_session"));

    let wrong = client.login(&email, "not the password at all").await;
    assert_eq!(wrong.status, 401);
    assert!(wrong.text(".field-error").contains("không đúng"));
    assert_eq!(
        wrong.attrs("#email", "value"),
        [email.clone()],
        "the email stays typed"
    );

    let ok = client.login(&email.to_uppercase(), &password).await;
    assert_eq!(ok.status, 303, "emails are not case-sensitive");
    let set_cookie = ok
        .headers
        .get_all("set-cookie")
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with("ndc_session="))
        .expect("a session cookie")
        .to_string();
    for flag in ["HttpOnly", "SameSite=Lax", "Path=/", "Max-Age="] {
        assert!(set_cookie.contains(flag), "{flag} in {set_cookie}");
    }
    assert!(!set_cookie.contains(&email), "the cookie reveals nothing");
    let home = client.get("/").await;
    assert_eq!(
        home.header("cache-control").as_deref(),
        Some("private, no-store")
    );
    assert!(home.text("header .account").contains(&email));

    // A copied cookie stops working once its owner logs out.
    let copied = client.with_index(app.search.clone());
    let csrf = client.csrf_of("/account").await;
    let out = client.post_form("/logout", &[("csrf", &csrf)]).await;
    assert_eq!(out.status, 303);
    assert!(!client.has_cookie("ndc_session"));
    let replay = copied.get("/account").await;
    assert_eq!(replay.status, 303, "back to the login page");
    assert!(replay.header("location").unwrap().starts_with("/login"));

    // Every attempt is in the audit log.
    let mut conn = app.db.conn().unwrap();
    let logged = ndc::storage::audit::list(&mut conn, &Default::default(), None, 50).unwrap();
    let actions: Vec<&str> = logged.iter().map(|e| e.action.as_str()).collect();
    assert_eq!(
        actions[..3],
        ["logout", "login", "login_failed"],
        "{logged:?}"
    );
    assert_eq!(logged[2].detail, "wrong password");
    assert_eq!(logged[2].address, "192.0.2.7", "the client's address");
});

on_both_backends!(guessing_passwords_is_throttled_with_a_clear_wait, |app| {
    let (email, password) = app.add_user("steward", Some("bca"));
    let client = app.client();
    for _ in 0..5 {
        assert_eq!(
            client.login(&email, "wrong password guess").await.status,
            401
        );
    }
    let sixth = client.login(&email, "wrong password guess").await;
    assert_eq!(sixth.status, 401);
    let blocked = client.login(&email, &password).await;
    assert_eq!(blocked.status, 429, "even the right password waits");
    assert!(blocked.header("retry-after").is_some());
    let message = blocked.text(".field-error");
    assert!(
        message.contains("thử lại sau") && message.contains("giây"),
        "{message}"
    );
    // Other accounts are not locked by someone else's guessing.
    let (other, other_password) = app.add_user("official", Some("bca"));
    assert_eq!(
        app.client().login(&other, &other_password).await.status,
        303
    );
});

on_both_backends!(
    changing_the_password_checks_it_and_ends_other_sessions,
    |app| {
        let (email, password) = app.add_user("official", Some("bca"));
        let client = app.client();
        assert_eq!(client.login(&email, &password).await.status, 303);
        let elsewhere = app.client();
        assert_eq!(elsewhere.login(&email, &password).await.status, 303);
        let csrf = client.csrf_of("/account").await;
        let short = client
            .post_form(
                "/account/password",
                &[
                    ("csrf", &csrf),
                    ("current", &password),
                    ("new", "ngắn"),
                    ("confirm", "ngắn"),
                ],
            )
            .await;
        assert_eq!(short.status, 422);
        assert!(short.text("#new-error").contains("12"), "{}", short.body);
        let wrong_current = client
            .post_form(
                "/account/password",
                &[
                    ("csrf", &csrf),
                    ("current", "not my password"),
                    ("new", "một mật khẩu mới đủ dài"),
                    ("confirm", "một mật khẩu mới đủ dài"),
                ],
            )
            .await;
        assert_eq!(wrong_current.status, 422);
        assert!(!wrong_current.text("#current-error").is_empty());
        let changed = client
            .post_form(
                "/account/password",
                &[
                    ("csrf", &csrf),
                    ("current", &password),
                    ("new", "một mật khẩu mới đủ dài"),
                    ("confirm", "một mật khẩu mới đủ dài"),
                ],
            )
            .await;
        assert_eq!(changed.status, 303);
        assert_eq!(
            client.get("/account").await.status,
            200,
            "this session goes on"
        );
        assert_eq!(
            elsewhere.get("/account").await.status,
            303,
            "the other one ended"
        );
        assert_eq!(app.client().login(&email, &password).await.status, 401);
        assert_eq!(
            app.client()
                .login(&email, "một mật khẩu mới đủ dài")
                .await
                .status,
            303
        );
    }
);

on_both_backends!(a_disabled_account_is_logged_out_at_once, |app| {
    let (email, password) = app.add_user("steward", Some("bca"));
    let client = app.client();
    assert_eq!(client.login(&email, &password).await.status, 303);
    let mut conn = app.db.conn().unwrap();
    let user = ndc::storage::users::find_by_email(&mut conn, &email)
        .unwrap()
        .unwrap();
    ndc::storage::users::update_access(&mut conn, user.id, user.role(), user.agency_id, true)
        .unwrap();
    assert_eq!(client.get("/account").await.status, 303);
    assert_eq!(app.client().login(&email, &password).await.status, 401);
});

on_both_databases!(admins_manage_users_and_read_the_audit_log, |app| {
    let admin = app.logged_in("admin", None).await;
    let steward = app.logged_in("steward", Some("bca")).await;
    assert_eq!(steward.get("/admin/users").await.status, 403, "admins only");
    assert_eq!(
        app.client().get("/admin/audit").await.status,
        303,
        "login first"
    );

    // Create an official; a short password and an unknown agency are refused beside their fields.
    let csrf = admin.csrf_of("/admin/users").await;
    let refused = admin
        .post_form(
            "/admin/users",
            &[
                ("csrf", &csrf),
                ("email", "moi@bca.gov.vn"),
                ("role", "official"),
                ("agency", "khong-co"),
                ("password", "ngắn"),
            ],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(!refused.text("#password-error").is_empty());
    assert!(!refused.text("#agency-error").is_empty());
    assert_eq!(refused.attrs("#email", "value"), ["moi@bca.gov.vn"]);
    let created = admin
        .post_form(
            "/admin/users",
            &[
                ("csrf", &csrf),
                ("email", "Moi@BCA.gov.vn"),
                ("role", "official"),
                ("agency", "bca"),
                ("password", "mật khẩu ban đầu dài"),
            ],
        )
        .await;
    assert_eq!(created.status, 303);
    let newcomer = app.client();
    assert_eq!(
        newcomer
            .login("moi@bca.gov.vn", "mật khẩu ban đầu dài")
            .await
            .status,
        303
    );
    assert_eq!(
        newcomer.get("/datasets/new").await.status,
        403,
        "officials don't write"
    );

    // Promote to steward: their session ends (roles are re-read at the next login).
    let mut conn = app.db.conn().unwrap();
    let id = ndc::storage::users::find_by_email(&mut conn, "moi@bca.gov.vn")
        .unwrap()
        .unwrap()
        .id;
    let promoted = admin
        .post_form(
            &format!("/admin/users/{id}"),
            &[("csrf", &csrf), ("role", "steward"), ("agency", "bca")],
        )
        .await;
    assert_eq!(promoted.status, 303);
    assert_eq!(
        newcomer.get("/account").await.status,
        303,
        "session ended by the change"
    );
    assert_eq!(
        newcomer
            .login("moi@bca.gov.vn", "mật khẩu ban đầu dài")
            .await
            .status,
        303
    );
    assert_eq!(
        newcomer.get("/datasets/new").await.status,
        200,
        "now a steward"
    );
    // Disable: logged out at once, and cannot log in.
    let disabled = admin
        .post_form(
            &format!("/admin/users/{id}"),
            &[
                ("csrf", &csrf),
                ("role", "steward"),
                ("agency", "bca"),
                ("disabled", "true"),
            ],
        )
        .await;
    assert_eq!(disabled.status, 303);
    assert_eq!(newcomer.get("/account").await.status, 303);
    assert_eq!(
        newcomer
            .login("moi@bca.gov.vn", "mật khẩu ban đầu dài")
            .await
            .status,
        401
    );
    // The last admin cannot demote themselves.
    let admin_id = {
        let users = ndc::storage::users::all(&mut conn).unwrap();
        users.iter().find(|u| u.role == "admin").unwrap().id
    };
    let lockout = admin
        .post_form(
            &format!("/admin/users/{admin_id}"),
            &[("csrf", &csrf), ("role", "official"), ("agency", "bca")],
        )
        .await;
    assert_eq!(lockout.status, 422);
    assert_eq!(
        admin.get("/admin/users").await.status,
        200,
        "still an admin"
    );

    // The audit log shows all of it, newest first, and filters by user and agency.
    let log = admin.get("/admin/audit").await;
    let actions = log.texts("table.audit tbody td:nth-child(4)");
    for expected in [
        "Tạo tài khoản",
        "Sửa tài khoản",
        "Đăng nhập",
        "Đăng nhập thất bại",
    ] {
        assert!(
            actions.iter().any(|a| a == expected),
            "{expected} in {actions:?}"
        );
    }
    let mine = admin.get("/admin/audit?user=moi%40bca.gov.vn").await;
    let by = mine.texts("table.audit tbody td:nth-child(2)");
    assert!(
        !by.is_empty() && by.iter().all(|b| b == "moi@bca.gov.vn"),
        "{by:?}"
    );
    let bad = admin.get("/admin/audit?from=28%2F11%2F2026").await;
    assert!(
        !bad.text("#from-error").is_empty(),
        "a date that isn't one gets a message"
    );
});
