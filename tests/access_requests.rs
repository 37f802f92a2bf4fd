//! Agencies requesting each other's shared data, on SQLite and PostgreSQL, through the real forms:
//! the request and its due date in working days, the owner's inbox, answers and refusals with their
//! rules, overdue and expired marks on a controllable clock, one answer winning over another, the
//! history, audit log and outbox each step writes, the JSON API, and every way someone not party to a
//! request might try to read or change it.

mod common;

use chrono::NaiveDateTime;
use common::{form_fields, set_field, Client, Page, TestApp};

/// The dataset asked for: the population database, shared on specific request (it holds
/// sensitive personal data), owned by the Ministry of Public Security (bca).
const ON_REQUEST: &str = "bca-csdl-dan-cu";
/// A shared dataset without sensitive data: shared by default.
const BY_DEFAULT: &str = "bca-csdl-dang-ky-xe";

fn utc(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
}

/// Friday 27 November 2026, 10:00 in Hà Nội.
fn friday_morning() -> NaiveDateTime {
    utc("2026-11-27 03:00")
}

fn new_form_uri(identifier: &str) -> String {
    format!("/datasets/{identifier}/access-requests/new")
}

/// The request form of `identifier` as the client sees it, filled in.
async fn filled_request(client: &Client, identifier: &str) -> Vec<(String, String)> {
    let page = client.get(&new_form_uri(identifier)).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let mut pairs = form_fields(&page, "form.request-form");
    for (k, v) in [
        (
            "purpose",
            "Đối chiếu thông tin cư trú khi giải quyết thủ tục cấp thẻ bảo hiểm y tế.",
        ),
        ("legal_basis", "Nghị định 47/2020/NĐ-CP, Điều 35"),
        ("contact_name", "Trần Thị Bình"),
        ("contact_email", "binh@byt.gov.vn"),
    ] {
        set_field(&mut pairs, k, v);
    }
    pairs
}

/// Sends a request; returns its page's address (`/access-requests/YC-…`).
async fn send_request(client: &Client, pairs: &[(String, String)], identifier: &str) -> String {
    let page = client.post_pairs(&new_form_uri(identifier), pairs).await;
    assert_eq!(page.status, 303, "{}", page.body);
    let to = page.header("location").expect("a Location");
    assert!(to.starts_with("/access-requests/YC-"), "{to}");
    to.split('?').next().unwrap().to_string()
}

fn status_of(page: &Page) -> String {
    page.texts("p .badge").join(" ")
}

fn table_counts(app: &TestApp) -> (i64, i64, i64, i64) {
    #[derive(diesel::QueryableByName)]
    struct N {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let mut conn = app.db.conn().unwrap();
    let mut count = |sql: &str| -> i64 {
        let q = diesel::sql_query(sql);
        let got: N = ndc::with_conn!(&mut conn, |c| diesel::RunQueryDsl::get_result(q, c)).unwrap();
        got.n
    };
    (
        count("SELECT COUNT(*) AS n FROM access_requests"),
        count("SELECT COUNT(*) AS n FROM outbox"),
        count("SELECT COUNT(*) AS n FROM audit_log WHERE action LIKE 'access_%'"),
        count("SELECT COUNT(*) AS n FROM dataset_history WHERE channel = 'access_request'"),
    )
}

on_both_databases!(a_request_is_answered_within_two_working_days, |app| {
    let app = app.with_clock(friday_morning());
    let requester = app.logged_in("official", Some("byt")).await;
    let steward = app.logged_in("steward", Some("bca")).await;

    // The form offers the dataset's columns and says when an answer is due.
    let form = requester.get(&new_form_uri(ON_REQUEST)).await;
    assert!(form.body.contains("so_dinh_danh") || form.body.contains("columns"));
    assert!(
        form.body.contains("01/12/2026"),
        "Friday + 2 working days is Tuesday 1 December"
    );
    let mut pairs = filled_request(&requester, ON_REQUEST).await;
    let columns: Vec<String> = form
        .attrs("input[name=columns]", "value")
        .into_iter()
        .take(2)
        .collect();
    assert_eq!(columns.len(), 2, "the dataset has columns to choose");
    set_field(&mut pairs, "scope", "some");
    for c in &columns {
        pairs.push(("columns".into(), c.clone()));
    }
    let uri = send_request(&requester, &pairs, ON_REQUEST).await;
    let page = requester.get(&format!("{uri}?sent=1")).await;
    assert_eq!(page.status, 200);
    assert!(
        status_of(&page).contains("Chờ trả lời"),
        "{}",
        status_of(&page)
    );
    assert!(page.body.contains("01/12/2026"));
    for c in &columns {
        assert!(
            page.body.contains(c.as_str()),
            "requested column {c} listed"
        );
    }

    // The owner's stewards see it in their inbox, with its due date; the requester in theirs.
    let inbox = steward.get("/access-requests").await;
    let reference = uri.trim_start_matches("/access-requests/");
    assert!(inbox.body.contains(reference));
    assert!(requester
        .get("/access-requests")
        .await
        .body
        .contains(reference));

    // Tuesday evening it is still on time; Wednesday it is overdue, on both sides and on the
    // owner's agency page.
    app.clock.set(utc("2026-12-01 16:00"));
    assert!(!steward.get(&uri).await.body.contains("Quá hạn"));
    app.clock.set(utc("2026-12-01 17:30"));
    let late = steward.get(&uri).await;
    assert!(status_of(&late).contains("Quá hạn"), "{}", status_of(&late));
    assert!(requester
        .get("/access-requests")
        .await
        .body
        .contains("Quá hạn"));
    let agency = app.client().get("/agencies/bca").await;
    let record = agency.texts("section[aria-labelledby=sharing-record] dd");
    assert_eq!(
        record.get(3).map(String::as_str),
        Some("1"),
        "one overdue: {record:?}"
    );

    // A refusal needs a written reason and its legal basis: nothing changes without them.
    let mut answer = form_fields(&late, "form.answer-form");
    set_field(&mut answer, "decision", "refuse");
    answer.push(("decision".into(), "refuse".into()));
    let refused = steward.post_pairs(&format!("{uri}/answer"), &answer).await;
    assert_eq!(refused.status, 422, "{}", refused.body);
    assert!(refused.body.contains("lý do từ chối"));
    assert!(status_of(&steward.get(&uri).await).contains("Chờ trả lời"));
    set_field(
        &mut answer,
        "reason",
        "Dữ liệu đang được làm sạch <b>tạm ngừng</b>.",
    );
    set_field(
        &mut answer,
        "refusal_legal_basis",
        "Nghị định 194/2025/NĐ-CP, Điều 16",
    );
    let done = steward.post_pairs(&format!("{uri}/answer"), &answer).await;
    assert_eq!(done.status, 303, "{}", done.body);

    // The requester sees the answer (rendered inert); the record counts a late refusal.
    let seen = requester.get(&uri).await;
    assert!(status_of(&seen).contains("Đã từ chối"));
    assert!(seen.body.contains("&lt;b&gt;tạm ngừng&lt;/b&gt;"));
    assert!(!seen.body.contains("<b>tạm ngừng</b>"));
    let record = app
        .client()
        .get("/agencies/bca")
        .await
        .texts("section[aria-labelledby=sharing-record] dd");
    assert_eq!(record[0], "1", "received: {record:?}");
    assert_eq!(record[2], "0 / 1", "answered late: {record:?}");
    assert_eq!(record[4], "1", "refused: {record:?}");

    // Answering again with the version seen before: refused with what happened, nothing changes.
    let again = steward.post_pairs(&format!("{uri}/answer"), &answer).await;
    assert_eq!(again.status, 409);
    assert!(again.body.contains("đã được trả lời"), "{}", again.body);
    // Withdrawing an answered request is refused with a message.
    let csrf = requester.csrf_of("/access-requests").await;
    let w = requester
        .post_form(
            &format!("{uri}/withdraw"),
            &[("csrf", &csrf), ("version", "1")],
        )
        .await;
    assert_eq!(w.status, 409, "{}", w.body);
    assert!(w.body.contains("đã được trả lời"));
    assert!(status_of(&requester.get(&uri).await).contains("Đã từ chối"));

    // Every step is in the history, the audit log and the outbox.
    let (requests, outbox, audit, history) = table_counts(&app);
    assert_eq!(requests, 1);
    assert_eq!(audit, 2, "request and refusal");
    assert_eq!(history, 2);
    assert_eq!(outbox, 3, "to the owner and the requester, then the answer");
    let history_page = steward
        .get(&format!("/datasets/{ON_REQUEST}/history"))
        .await;
    assert!(history_page.body.contains(reference));
    assert!(history_page.body.contains("yêu cầu truy cập"));
    // The inbox shows the notifications.
    assert!(requester
        .get("/access-requests")
        .await
        .body
        .contains(reference));
});

on_both_databases!(default_sharing_is_approved_at_once_and_recorded, |app| {
    let app = app.with_clock(friday_morning());
    let requester = app.logged_in("official", Some("btc")).await;
    let pairs = filled_request(&requester, BY_DEFAULT).await;
    let uri = send_request(&requester, &pairs, BY_DEFAULT).await;
    assert!(uri.contains("YC-2026-"), "numbered by the year: {uri}");
    let page = requester.get(&format!("{uri}?sent=1")).await;
    assert!(
        status_of(&page).contains("Đã chấp thuận"),
        "{}",
        status_of(&page)
    );
    assert!(status_of(&page).contains("Chia sẻ mặc định"));
    assert!(page.body.contains("chấp thuận ngay"));
    // Expired once the period of use has passed.
    app.clock.set(utc("2028-01-01 03:00"));
    assert!(status_of(&requester.get(&uri).await).contains("Hết hạn"));
    let (requests, outbox, audit, history) = table_counts(&app);
    assert_eq!((requests, audit, history), (1, 1, 1));
    assert_eq!(outbox, 2);
});

on_both_databases!(only_the_parties_see_and_only_the_owner_answers, |app| {
    let app = app.with_clock(friday_morning());
    let requester = app.logged_in("official", Some("byt")).await;
    let pairs = filled_request(&requester, ON_REQUEST).await;
    let uri = send_request(&requester, &pairs, ON_REQUEST).await;
    let reference = uri.trim_start_matches("/access-requests/").to_string();

    // A third agency sees nothing: 404 on the page and the API, absent from its inbox.
    let stranger = app.logged_in("steward", Some("btc")).await;
    assert_eq!(stranger.get(&uri).await.status, 404);
    assert!(!stranger
        .get("/access-requests")
        .await
        .body
        .contains(&reference));
    assert_eq!(
        stranger
            .get(&format!("/api/v1/access-requests/{reference}"))
            .await
            .status,
        404
    );
    // Anonymous visitors are sent to log in; the API says 401.
    let anonymous = app.client();
    assert_eq!(anonymous.get(&uri).await.status, 303);
    assert_eq!(anonymous.get("/api/v1/access-requests").await.status, 401);

    // Direct POSTs that break the rules get 403 (or 404 for strangers) and change nothing.
    let page = app.logged_in("steward", Some("bca")).await.get(&uri).await;
    let mut answer = form_fields(&page, "form.answer-form");
    set_field(&mut answer, "decision", "approve");
    answer.push(("decision".into(), "approve".into()));
    let before = table_counts(&app);
    let owner_official = app.logged_in("official", Some("bca")).await;
    assert!(
        owner_official.get(&uri).await.status == 200,
        "the owner's officials may read it"
    );
    for (who, expected) in [(&requester, 403), (&owner_official, 403), (&stranger, 404)] {
        let mut pairs = answer.clone();
        set_field(&mut pairs, "csrf", &who.csrf_of("/access-requests").await);
        let res = who.post_pairs(&format!("{uri}/answer"), &pairs).await;
        assert_eq!(res.status, expected, "{}", res.body);
    }
    // The owner's steward cannot withdraw it; a forged form without CSRF is refused.
    let owner = app.logged_in("steward", Some("bca")).await;
    let csrf = owner.csrf_of("/access-requests").await;
    let res = owner
        .post_form(
            &format!("{uri}/withdraw"),
            &[("csrf", &csrf), ("version", "1")],
        )
        .await;
    assert_eq!(res.status, 403);
    let res = owner
        .post_form(
            &format!("{uri}/answer"),
            &[("decision", "approve"), ("version", "1")],
        )
        .await;
    assert_eq!(res.status, 403);
    assert_eq!(table_counts(&app), before, "nothing written");
    assert!(status_of(&owner.get(&uri).await).contains("Chờ trả lời"));

    // Datasets that cannot be requested: open data (no request needed), own agency's data, and
    // internal data the visitor cannot even see.
    let open = requester.get(&new_form_uri("bqp-cua-khau-bien-gioi")).await;
    assert_eq!(open.status, 200);
    assert!(open.body.contains("không cần yêu cầu"));
    assert!(!open.body.contains("request-form"));
    let csrf = requester.csrf_of("/access-requests").await;
    let forced = requester
        .post_form(&new_form_uri("bqp-cua-khau-bien-gioi"), &[("csrf", &csrf)])
        .await;
    assert_eq!(forced.status, 403);
    let own = owner.get(&new_form_uri(ON_REQUEST)).await;
    assert_eq!(own.status, 403);
    assert!(own.body.contains("thuộc cơ quan của bạn"));
    assert_eq!(
        requester
            .get(&new_form_uri("bca-nguoi-nghien-ma-tuy"))
            .await
            .status,
        404
    );
    assert_eq!(table_counts(&app).0, 1);

    // The requester withdraws; then the owner cannot answer it.
    let csrf = requester.csrf_of("/access-requests").await;
    let res = requester
        .post_form(
            &format!("{uri}/withdraw"),
            &[("csrf", &csrf), ("version", "1")],
        )
        .await;
    assert_eq!(res.status, 303, "{}", res.body);
    let mut pairs = answer.clone();
    set_field(&mut pairs, "csrf", &owner.csrf_of("/access-requests").await);
    let res = owner.post_pairs(&format!("{uri}/answer"), &pairs).await;
    assert_eq!(res.status, 409);
    assert!(res.body.contains("rút lại"));
});

on_both_databases!(bad_input_is_named_beside_its_field, |app| {
    let app = app.with_clock(friday_morning());
    let requester = app.logged_in("official", Some("byt")).await;
    let mut pairs = filled_request(&requester, ON_REQUEST).await;
    set_field(&mut pairs, "purpose", &"x".repeat(5_000));
    set_field(&mut pairs, "contact_email", "không phải thư");
    set_field(&mut pairs, "period_start", "2026-11-01");
    set_field(&mut pairs, "period_end", "31/02/2027");
    set_field(&mut pairs, "channel", "bồ câu");
    set_field(&mut pairs, "scope", "some");
    pairs.push(("columns".into(), "<script>alert(1)</script>".into()));
    let page = requester
        .post_pairs(&new_form_uri(ON_REQUEST), &pairs)
        .await;
    assert_eq!(page.status, 422);
    for text in [
        "Tối đa 4000 ký tự",
        "Địa chỉ thư điện tử không hợp lệ",
        "không được ở trong quá khứ",
        "Ngày không hợp lệ",
        "Hãy chọn kênh",
        "Bộ dữ liệu không có trường đã chọn",
    ] {
        assert!(page.body.contains(text), "missing: {text}");
    }
    assert!(!page.body.contains("<script>alert(1)</script>"));
    // What was typed is kept.
    assert!(page.body.contains("không phải thư"));
    assert_eq!(table_counts(&app).0, 0);
    // English on request.
    let en = requester
        .get_with("/access-requests", Some("ndc_lang=en"))
        .await;
    assert!(en.body.contains("Requests received"), "{}", en.body);
});

on_both_databases!(two_stewards_answer_at_once_and_one_wins, |app| {
    let app = app.with_clock(friday_morning());
    let requester = app.logged_in("official", Some("byt")).await;
    let pairs = filled_request(&requester, ON_REQUEST).await;
    let uri = send_request(&requester, &pairs, ON_REQUEST).await;
    let a = app.logged_in("steward", Some("bca")).await;
    let b = app.logged_in("steward", Some("bca-c06")).await;
    let form_a = form_fields(&a.get(&uri).await, "form.answer-form");
    let form_b = form_fields(&b.get(&uri).await, "form.answer-form");
    let mut approve = form_a.clone();
    approve.push(("decision".into(), "approve".into()));
    set_field(&mut approve, "conditions", "Chỉ dùng trong năm 2027.");
    let mut refuse = form_b.clone();
    refuse.push(("decision".into(), "refuse".into()));
    set_field(&mut refuse, "reason", "Không đủ căn cứ.");
    set_field(
        &mut refuse,
        "refusal_legal_basis",
        "Nghị định 194/2025/NĐ-CP",
    );
    let (answer_a, answer_b) = (format!("{uri}/answer"), format!("{uri}/answer"));
    let (ra, rb) = futures_util::future::join(
        a.post_pairs(&answer_a, &approve),
        b.post_pairs(&answer_b, &refuse),
    )
    .await;
    let mut statuses = [ra.status.as_u16(), rb.status.as_u16()];
    statuses.sort();
    assert_eq!(statuses, [303, 409], "one wins, the other is told");
    let loser = if ra.status == 409 { &ra } else { &rb };
    assert!(loser.body.contains("đã được trả lời"));
    assert_eq!(
        table_counts(&app).2,
        2,
        "one request, one answer in the audit log"
    );

    // The API shows the requester's agency what was decided.
    let api = requester.get("/api/v1/access-requests?role=sent").await;
    assert_eq!(api.status, 200);
    let body = api.json();
    assert_eq!(body["total"], 1);
    let item = &body["items"][0];
    assert!(["approved", "refused"].contains(&item["status"].as_str().unwrap()));
    assert_eq!(item["due_on"], "2026-12-01");
    assert_eq!(item["requester_agency"], "byt");
    assert_eq!(item["answering_agency"], "bca");
    // Narrowed to a status: the decided one is there, pending finds nothing, a made-up one is a 400.
    let decided = item["status"].as_str().unwrap().to_string();
    let narrowed = requester
        .get(&format!(
            "/api/v1/access-requests?role=sent&status={decided}"
        ))
        .await
        .json();
    assert_eq!(narrowed["total"], 1);
    let pending = requester
        .get("/api/v1/access-requests?status=pending")
        .await
        .json();
    assert_eq!(pending["total"], 0, "{pending}");
    assert_eq!(
        requester
            .get("/api/v1/access-requests?status=%3Cscript%3E")
            .await
            .status,
        400
    );
    assert_eq!(
        requester
            .get("/api/v1/access-requests?role=nobody")
            .await
            .status,
        400
    );
});

async fn outbox(client: &Client, bearer: &str) -> Page {
    client
        .send(
            actix_web::test::TestRequest::get()
                .uri("/api/v1/outbox")
                .insert_header(("Authorization", bearer.to_string())),
            None,
        )
        .await
}

on_both_databases!(
    a_mail_gateway_delivers_the_outbox_and_loses_nothing,
    |app| {
        let app = app.with_clock(friday_morning());
        let requester = app.logged_in("official", Some("byt")).await;
        let pairs = filled_request(&requester, ON_REQUEST).await;
        send_request(&requester, &pairs, ON_REQUEST).await;
        let token = {
            let mut conn = app.db.conn().unwrap();
            ndc::storage::tokens::create(
                &mut conn,
                "mail gateway",
                &ndc::storage::tokens::Role::Admin,
            )
            .unwrap()
        };
        let bearer = format!("Bearer {token}");
        let gateway = app.client();
        let pending = outbox(&gateway, &bearer).await;
        assert_eq!(pending.status, 200, "{}", pending.body);
        let items = pending.json()["items"].as_array().unwrap().clone();
        assert_eq!(items.len(), 2, "to the owner's agency and to the requester");
        assert!(items[0]["subject"].as_str().unwrap().contains("YC-2026-"));
        let first = items[0]["id"].as_i64().unwrap();
        let auth = [("Authorization", bearer.as_str())];
        // A failed delivery keeps the message pending, with the reason.
        let failed = gateway
            .post(
                &format!("/api/v1/outbox/{first}/failed"),
                &auth,
                "SMTP 451 thử lại sau".into(),
            )
            .await;
        assert_eq!(failed.status, 204);
        let again = outbox(&gateway, &bearer).await.json();
        assert_eq!(again["total"], 2);
        assert_eq!(again["items"][0]["attempts"], 1);
        assert_eq!(again["items"][0]["last_error"], "SMTP 451 thử lại sau");
        // Delivered ones leave the queue.
        let delivered = gateway
            .post(&format!("/api/v1/outbox/{first}/delivered"), &auth, vec![])
            .await;
        assert_eq!(delivered.status, 204);
        assert_eq!(outbox(&gateway, &bearer).await.json()["total"], 1);
        assert_eq!(
            gateway
                .post("/api/v1/outbox/999999/delivered", &auth, vec![])
                .await
                .status,
            404
        );
        // Nobody but an admin reads the outbox.
        assert_eq!(requester.get("/api/v1/outbox").await.status, 403);
        assert_eq!(app.client().get("/api/v1/outbox").await.status, 403);
    }
);

on_both_databases!(references_follow_the_year_in_vietnam, |app| {
    // 31 December 2026, 17:30 UTC: already 1 January 2027 in Hà Nội.
    let app = app.with_clock(utc("2026-12-31 17:30"));
    let requester = app.logged_in("official", Some("btc")).await;
    let pairs = filled_request(&requester, BY_DEFAULT).await;
    let uri = send_request(&requester, &pairs, BY_DEFAULT).await;
    assert!(uri.starts_with("/access-requests/YC-2027-"), "{uri}");
});

on_both_databases!(overdue_requests_get_one_reminder_each, |app| {
    let app = app.with_clock(friday_morning());
    let requester = app.logged_in("official", Some("byt")).await;
    let pairs = filled_request(&requester, ON_REQUEST).await;
    let uri = send_request(&requester, &pairs, ON_REQUEST).await;
    let remind = || {
        let mut conn = app.db.conn().unwrap();
        ndc::storage::access_requests::remind_overdue(&mut conn, app.clock.today(), app.clock.now())
            .unwrap()
    };
    // Not yet overdue on its due day.
    app.clock.set(utc("2026-12-01 16:00"));
    assert_eq!(remind(), 0);
    // Overdue the next day: one reminder, to both sides, written once however often servers look.
    app.clock.set(utc("2026-12-02 02:00"));
    let before = table_counts(&app).1;
    assert_eq!(remind(), 1);
    assert_eq!(remind(), 0);
    assert_eq!(table_counts(&app).1, before + 2);
    let inbox = requester.get("/access-requests").await;
    assert!(inbox.body.contains("Quá hạn"), "marked overdue");
    let reference = uri.trim_start_matches("/access-requests/");
    let steward = app.logged_in("steward", Some("bca")).await;
    assert!(steward
        .get("/access-requests")
        .await
        .body
        .contains(reference));
    // The status filter: overdue ones, or one status; the figures count every request whatever
    // the filter shows.
    let listed = |page: &Page| page.texts("table td a");
    let overdue = steward.get("/access-requests?status=overdue").await;
    assert_eq!(listed(&overdue), [reference]);
    let approved = steward.get("/access-requests?status=approved").await;
    assert!(listed(&approved).is_empty());
    assert_eq!(
        approved.texts("ul.stats li strong"),
        ["1", "1", "0"],
        "pending, overdue, sent overdue"
    );
    let anything = steward.get("/access-requests?status=%3Cscript%3E").await;
    assert_eq!(anything.status, 200);
    assert!(
        anything.body.contains(reference),
        "an unknown status shows all"
    );
    // Answered or withdrawn requests get none.
    let pairs = filled_request(&requester, ON_REQUEST).await;
    let second = send_request(&requester, &pairs, ON_REQUEST).await;
    let csrf = requester.csrf_of("/access-requests").await;
    let res = requester
        .post_form(
            &format!("{second}/withdraw"),
            &[("csrf", &csrf), ("version", "1")],
        )
        .await;
    assert_eq!(res.status, 303);
    app.clock.set(utc("2026-12-10 02:00"));
    assert_eq!(remind(), 0);
});
