//! Test harness: the real application (routes, middleware, pages) over a real database — a fresh
//! SQLite file, or a fresh schema in the PostgreSQL server named by `NDC_TEST_POSTGRES_URL` — loaded
//! with the project's seed inventory. Every test gets its own database, so tests run in parallel.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use actix_web::http::StatusCode;
use actix_web::test;
use diesel::{Connection, PgConnection, RunQueryDsl};
use std::sync::Arc;

use ndc::config::Config;
use ndc::search::SearchIndex;
use ndc::storage::Db;
use scraper::{Html, Selector};

static COUNTER: AtomicUsize = AtomicUsize::new(0);

fn unique(prefix: &str) -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .subsec_nanos();
    format!(
        "{prefix}_{}_{}_{nanos}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    )
}

pub fn seed_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seed-data")
}

/// Where a test's database lives; removed when the test ends.
enum Place {
    SqliteDir(PathBuf),
    PgSchema { admin_url: String, schema: String },
}

pub struct TestApp {
    pub db: Db,
    pub search: Arc<SearchIndex>,
    pub data_dir: PathBuf,
    pub backend: &'static str,
    /// Session keys and login throttle, shared by every client of this app (as by a server's workers).
    pub auth: ndc::web::AuthState,
    /// The clock of access-request deadlines: the system clock unless a test fixes it
    /// ([`TestApp::with_clock`]).
    pub clock: ndc::domain::Clock,
    place: Place,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.data_dir);
        match &self.place {
            Place::SqliteDir(_) => {}
            Place::PgSchema { admin_url, schema } => {
                if let Ok(mut c) = PgConnection::establish(admin_url) {
                    let _ = diesel::sql_query(format!("DROP SCHEMA IF EXISTS {schema} CASCADE"))
                        .execute(&mut c);
                }
            }
        }
    }
}

pub fn config(data_dir: PathBuf, database_url: Option<String>) -> Config {
    Config {
        addr: "127.0.0.1:0".into(),
        data_dir,
        database_url,
        seed_dir: seed_dir(),
        no_seed: false,
        db_pool: 4,
        workers: Some(1),
        max_upload_mb: 512,
        session_key: None,
        session_hours: 8,
        secure_cookies: false,
        holidays: None,
    }
}

/// The PostgreSQL URL for tests, or `None` (and a clear note on stderr) when there is none.
pub fn postgres_url() -> Option<String> {
    match std::env::var("NDC_TEST_POSTGRES_URL") {
        Ok(url) if !url.trim().is_empty() => Some(url),
        _ => {
            eprintln!("SKIPPED (PostgreSQL): NDC_TEST_POSTGRES_URL is not set; run scripts/test.sh to test PostgreSQL too");
            None
        }
    }
}

/// Adds `search_path=<schema>` to a libpq URL.
pub fn with_schema(url: &str, schema: &str) -> String {
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}options=-csearch_path%3D{schema}")
}

/// A search index built from the database and caught up with it, as a server has after start.
pub fn ready_index(db: &Db, data_dir: &std::path::Path) -> Arc<SearchIndex> {
    let search = Arc::new(SearchIndex::new(data_dir));
    search.open_or_rebuild(db).expect("build the search index");
    search.follow(db).expect("catch up with the change log");
    search
}

impl TestApp {
    /// Lets the index catch up with what was written (a server does this every 200 ms).
    pub fn sync_search(&self) {
        self.search.follow(&self.db).expect("follow the change log");
    }

    /// Like [`TestApp::sqlite`], but the search index is left unbuilt (about 1.5 s saved per test):
    /// for tests that never search, such as the import tests.
    pub fn sqlite_unindexed() -> TestApp {
        let dir = std::env::temp_dir().join(unique("ndc_test"));
        let db = ndc::app::open(&config(dir.clone(), None)).expect("open sqlite test catalog");
        TestApp {
            db,
            search: Arc::new(SearchIndex::new(&dir)),
            data_dir: dir.clone(),
            backend: "sqlite",
            auth: test_auth(),
            clock: ndc::domain::Clock::system(),
            place: Place::SqliteDir(dir),
        }
    }

    /// Like [`TestApp::postgres`], but the search index is left unbuilt.
    pub fn postgres_unindexed() -> Option<TestApp> {
        let admin_url = postgres_url()?;
        let schema = unique("ndc_t");
        let mut admin =
            PgConnection::establish(&admin_url).expect("connect to NDC_TEST_POSTGRES_URL");
        diesel::sql_query(format!("CREATE SCHEMA {schema}"))
            .execute(&mut admin)
            .expect("create test schema");
        let url = with_schema(&admin_url, &schema);
        let dir = std::env::temp_dir().join(unique("ndc_test_pg"));
        let db =
            ndc::app::open(&config(dir.clone(), Some(url))).expect("open postgres test catalog");
        Some(TestApp {
            db,
            search: Arc::new(SearchIndex::new(&dir)),
            data_dir: dir,
            backend: "postgres",
            auth: test_auth(),
            clock: ndc::domain::Clock::system(),
            place: Place::PgSchema { admin_url, schema },
        })
    }

    /// This catalog with deadlines computed on a fixed clock standing at `utc` (tests move it).
    pub fn with_clock(mut self, utc: chrono::NaiveDateTime) -> TestApp {
        self.clock = ndc::domain::Clock::fixed(utc);
        self
    }

    /// How many rows each catalog table holds (see [`catalog_counts`]).
    pub fn counts(&self) -> std::collections::BTreeMap<&'static str, i64> {
        catalog_counts(&self.db)
    }

    /// A seeded catalog on a fresh SQLite file.
    pub fn sqlite() -> TestApp {
        TestApp::sqlite_unindexed().indexed()
    }

    /// A seeded catalog in a fresh PostgreSQL schema, or `None` when no server is configured.
    pub fn postgres() -> Option<TestApp> {
        TestApp::postgres_unindexed().map(TestApp::indexed)
    }

    /// This catalog with its search index built and caught up.
    fn indexed(mut self) -> TestApp {
        self.search = ready_index(&self.db, &self.data_dir);
        self
    }

    pub async fn get(&self, uri: &str) -> Page {
        self.client().get(uri).await
    }

    /// GET with an optional `Cookie` header.
    pub async fn get_with(&self, uri: &str, cookie: Option<&str>) -> Page {
        self.client().get_with(uri, cookie).await
    }

    /// An anonymous visitor.
    pub fn client(&self) -> Client {
        self.with_index(self.search.clone())
    }

    /// The same database seen through another search index (as after a restart).
    pub fn with_index(&self, search: Arc<SearchIndex>) -> Client {
        Client {
            db: self.db.clone(),
            search,
            auth: self.auth.clone(),
            clock: self.clock.clone(),
            cookies: Default::default(),
        }
    }

    /// Creates an account (role `admin`, `steward` or `official`; agency by code) and returns its
    /// email and password.
    pub fn add_user(&self, role: &str, agency: Option<&str>) -> (String, String) {
        let email = format!("{}@test.gov.vn", unique(role));
        let password = format!("mật khẩu của {role} đủ dài");
        let mut conn = self.db.conn().expect("a connection");
        let agency_id = agency.map(|code| {
            ndc::storage::agencies::all(&mut conn)
                .unwrap()
                .into_iter()
                .find(|a| a.code == code)
                .unwrap_or_else(|| panic!("no agency {code}"))
                .id
        });
        let hash = ndc::auth::password::hash(&password).unwrap();
        ndc::storage::users::create(
            &mut conn,
            &ndc::storage::users::NewUser {
                email: &email,
                display_name: "",
                password_hash: &hash,
                role: ndc::domain::UserRole::from_code(role).expect("a role"),
                agency_id,
            },
        )
        .unwrap()
        .expect("a new email");
        (email, password)
    }

    /// A client logged in (through the real login form) as a new user with this role and agency.
    pub async fn logged_in(&self, role: &str, agency: Option<&str>) -> Client {
        let (email, password) = self.add_user(role, agency);
        let client = self.client();
        let page = client.login(&email, &password).await;
        assert_eq!(
            page.status,
            StatusCode::SEE_OTHER,
            "login as {email}: {}",
            page.body
        );
        client
    }
}

/// A viewer who sees everything, for reading the catalog back in tests.
pub fn admin_viewer() -> ndc::domain::Viewer {
    ndc::domain::Viewer::User {
        id: 0,
        role: ndc::domain::UserRole::Admin,
        agency_id: None,
        agency_subtree: Vec::new(),
    }
}

fn test_auth() -> ndc::web::AuthState {
    ndc::web::AuthState::new(ndc::auth::SessionKeys::random(
        false,
        std::time::Duration::from_secs(3600),
    ))
}

/// Requests to the real application over a database and a search index, keeping cookies like a
/// browser (so a client that logged in stays logged in).
pub struct Client {
    pub db: Db,
    pub search: Arc<SearchIndex>,
    pub auth: ndc::web::AuthState,
    /// The clock of deadlines, shared with the [`TestApp`] (tests move it).
    pub clock: ndc::domain::Clock,
    cookies: std::sync::Mutex<std::collections::BTreeMap<String, String>>,
}

impl Client {
    fn state(&self) -> ndc::web::AppState {
        ndc::web::AppState {
            db: self.db.clone(),
            search: self.search.clone(),
            imports: ndc::web::ImportSettings {
                max_upload_bytes: 8 << 20,
                tmp_dir: std::env::temp_dir().join("ndc-test-uploads"),
            },
            auth: self.auth.clone(),
            sharing: ndc::web::SharingSettings {
                calendar: Default::default(),
                clock: self.clock.clone(),
            },
        }
    }

    fn cookie_header(&self, extra: Option<&str>) -> Option<String> {
        let jar = self.cookies.lock().unwrap();
        let mut parts: Vec<String> = jar.iter().map(|(k, v)| format!("{k}={v}")).collect();
        parts.extend(extra.map(str::to_string));
        (!parts.is_empty()).then(|| parts.join("; "))
    }

    fn remember(&self, headers: &actix_web::http::header::HeaderMap) {
        let mut jar = self.cookies.lock().unwrap();
        for v in headers.get_all("set-cookie") {
            let Ok(text) = v.to_str() else { continue };
            let Ok(c) = actix_web::cookie::Cookie::parse(text.to_string()) else {
                continue;
            };
            let expired =
                c.max_age().is_some_and(|a| a.is_zero() || a.is_negative()) || c.value().is_empty();
            if expired {
                jar.remove(c.name());
            } else {
                jar.insert(c.name().to_string(), c.value().to_string());
            }
        }
    }

    /// The same visitor (same cookies) through another search index, as after a restart.
    pub fn with_index(&self, search: Arc<SearchIndex>) -> Client {
        Client {
            db: self.db.clone(),
            search,
            auth: self.auth.clone(),
            clock: self.clock.clone(),
            cookies: std::sync::Mutex::new(self.cookies.lock().unwrap().clone()),
        }
    }

    pub fn has_cookie(&self, name: &str) -> bool {
        self.cookies.lock().unwrap().contains_key(name)
    }

    pub fn forget_cookies(&self) {
        self.cookies.lock().unwrap().clear();
    }

    /// Sends a request with this client's cookies (plus `extra_cookie`) and remembers new ones.
    pub async fn send(&self, req: test::TestRequest, extra_cookie: Option<&str>) -> Page {
        let app = test::init_service(ndc::web::app(self.state())).await;
        let mut req = req.peer_addr("192.0.2.7:5000".parse().unwrap());
        if let Some(c) = self.cookie_header(extra_cookie) {
            req = req.insert_header(("Cookie", c));
        }
        let res = test::call_service(&app, req.to_request()).await;
        let status = res.status();
        let headers = res.headers().clone();
        self.remember(&headers);
        let body = test::read_body(res).await;
        Page {
            status,
            headers,
            body: String::from_utf8(body.to_vec()).expect("UTF-8 body"),
        }
    }

    pub async fn get(&self, uri: &str) -> Page {
        self.get_with(uri, None).await
    }

    pub async fn get_with(&self, uri: &str, cookie: Option<&str>) -> Page {
        self.send(test::TestRequest::get().uri(uri), cookie).await
    }

    /// POST `body` with the given headers (e.g. `Authorization`, `Content-Type`).
    pub async fn post(&self, uri: &str, headers: &[(&str, &str)], body: Vec<u8>) -> Page {
        let mut req = test::TestRequest::post().uri(uri);
        for (name, value) in headers {
            req = req.insert_header((name.to_string(), value.to_string()));
        }
        self.send(req.set_payload(body), None).await
    }

    /// POSTs form pairs as owned strings (see [`form_fields`]).
    pub async fn post_pairs(&self, uri: &str, pairs: &[(String, String)]) -> Page {
        let borrowed: Vec<(&str, &str)> = pairs
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        self.post_form(uri, &borrowed).await
    }

    /// POSTs an HTML form (URL-encoded pairs, in order).
    pub async fn post_form(&self, uri: &str, pairs: &[(&str, &str)]) -> Page {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        self.post(
            uri,
            &[("Content-Type", "application/x-www-form-urlencoded")],
            body.into_bytes(),
        )
        .await
    }

    /// The CSRF token of the first form on `uri` (as a browser would send it back).
    pub async fn csrf_of(&self, uri: &str) -> String {
        let page = self.get(uri).await;
        page.html()
            .select(&Selector::parse("input[name=csrf]").unwrap())
            .next()
            .and_then(|e| e.value().attr("value").map(str::to_string))
            .unwrap_or_else(|| panic!("no CSRF field on {uri} ({}): {}", page.status, page.body))
    }

    /// Logs in through the login form; returns the answer (303 on success).
    pub async fn login(&self, email: &str, password: &str) -> Page {
        let csrf = self.csrf_of("/login").await;
        self.post_form(
            "/login",
            &[
                ("csrf", &csrf),
                ("email", email),
                ("password", password),
                ("next", "/"),
            ],
        )
        .await
    }
}

/// Rows in each table of the catalog, to show that a rejected or killed import wrote nothing.
pub fn catalog_counts(db: &Db) -> std::collections::BTreeMap<&'static str, i64> {
    #[derive(diesel::QueryableByName)]
    struct Count {
        #[diesel(sql_type = diesel::sql_types::BigInt)]
        n: i64,
    }
    let mut conn = db.conn().expect("a connection");
    [
        "agencies",
        "datasets",
        "dataset_themes",
        "schema_fields",
        "distributions",
        "access_rules",
        "changes",
    ]
    .into_iter()
    .map(|table| {
        let query = diesel::sql_query(format!("SELECT COUNT(*) AS n FROM {table}"));
        let counted: Count = ndc::with_conn!(&mut conn, |c| query.get_result(c))
            .unwrap_or_else(|e| panic!("count {table}: {e}"));
        (table, counted.n)
    })
    .collect()
}

/// The pairs a browser would submit for the form matching `css` (text inputs, hidden inputs,
/// checked boxes, selected options, text areas; buttons excluded), in document order.
pub fn form_fields(page: &Page, css: &str) -> Vec<(String, String)> {
    let doc = page.html();
    let form = doc
        .select(&Selector::parse(css).unwrap())
        .next()
        .unwrap_or_else(|| panic!("no form {css} on the page: {}", page.body));
    let mut out = Vec::new();
    let controls = Selector::parse("input, select, textarea").unwrap();
    let option = Selector::parse("option").unwrap();
    for e in form.select(&controls) {
        let v = e.value();
        let Some(name) = v.attr("name") else { continue };
        match v.name() {
            "input" => match v.attr("type").unwrap_or("text") {
                "checkbox" | "radio" => {
                    if v.attr("checked").is_some() {
                        out.push((
                            name.to_string(),
                            v.attr("value").unwrap_or("on").to_string(),
                        ));
                    }
                }
                "submit" | "button" => {}
                _ => out.push((name.to_string(), v.attr("value").unwrap_or("").to_string())),
            },
            "select" => {
                let options: Vec<_> = e.select(&option).collect();
                let chosen = options
                    .iter()
                    .find(|o| o.value().attr("selected").is_some())
                    .or(options.first());
                if let Some(o) = chosen {
                    out.push((
                        name.to_string(),
                        o.value().attr("value").unwrap_or("").to_string(),
                    ));
                }
            }
            _ => out.push((name.to_string(), e.text().collect())),
        }
    }
    out
}

/// The search page for `text`.
pub fn search_uri(text: &str) -> String {
    format!(
        "/datasets?q={}",
        form_urlencoded::byte_serialize(text.as_bytes()).collect::<String>()
    )
}

/// Identifiers of the listed datasets, in rank order.
pub fn ranked_ids(page: &Page) -> Vec<String> {
    page.attrs(".dataset-list .dataset-item h3 a", "href")
        .into_iter()
        .map(|h| h.trim_start_matches("/datasets/").to_string())
        .collect()
}

/// The total above the list ("1.234 bộ dữ liệu"), 0 when there is none.
pub fn listed_total(page: &Page) -> i64 {
    page.texts("#result-count strong")
        .first()
        .map(|t| t.replace(['.', ','], "").parse().unwrap())
        .unwrap_or(0)
}

/// Sets (or adds) one value of a form's pairs.
pub fn set_field(pairs: &mut Vec<(String, String)>, name: &str, value: &str) {
    match pairs.iter_mut().find(|(k, _)| k == name) {
        Some(slot) => slot.1 = value.to_string(),
        None => pairs.push((name.to_string(), value.to_string())),
    }
}

/// A response as a visitor sees it.
pub struct Page {
    pub status: StatusCode,
    pub headers: actix_web::http::header::HeaderMap,
    pub body: String,
}

impl Page {
    pub fn html(&self) -> Html {
        Html::parse_document(&self.body)
    }

    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    }

    /// Text of every element matching `css`, whitespace collapsed.
    pub fn texts(&self, css: &str) -> Vec<String> {
        let sel = Selector::parse(css).expect("valid selector");
        self.html()
            .select(&sel)
            .map(|e| {
                e.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    /// The body as JSON (API answers).
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }

    pub fn attrs(&self, css: &str, attr: &str) -> Vec<String> {
        let sel = Selector::parse(css).expect("valid selector");
        self.html()
            .select(&sel)
            .filter_map(|e| e.value().attr(attr).map(str::to_string))
            .collect()
    }

    pub fn text(&self, css: &str) -> String {
        self.texts(css)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("nothing matches {css}"))
    }
}

/// Runs the same test body against SQLite and, when configured, PostgreSQL.
#[macro_export]
macro_rules! on_both_backends {
    ($name:ident, |$app:ident| $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[actix_rt::test]
            async fn sqlite() {
                let $app = $crate::common::TestApp::sqlite();
                $body
            }

            #[actix_rt::test]
            async fn postgres() {
                let Some($app) = $crate::common::TestApp::postgres() else {
                    return;
                };
                $body
            }
        }
    };
}

/// Like [`on_both_backends!`], on catalogs without a built search index (tests that never search).
#[macro_export]
macro_rules! on_both_databases {
    ($name:ident, |$app:ident| $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[actix_rt::test]
            async fn sqlite() {
                let $app = $crate::common::TestApp::sqlite_unindexed();
                $body
            }

            #[actix_rt::test]
            async fn postgres() {
                let Some($app) = $crate::common::TestApp::postgres_unindexed() else {
                    return;
                };
                $body
            }
        }
    };
}

/// Reads a seed CSV file as header → value maps, to compare pages with the inventory they came from.
pub fn seed_rows(file: &str) -> Vec<std::collections::HashMap<String, String>> {
    let mut reader = csv::Reader::from_path(seed_dir().join(file)).expect("seed file");
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            headers
                .iter()
                .zip(r.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

/// A free loopback port for a server the test starts.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A minimal HTTP/1.0 GET against the real binary, so tests need no client library.
pub fn http_get(port: u16, path: &str) -> Option<(u16, String)> {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(10)))
        .ok()?;
    write!(stream, "GET {path} HTTP/1.0\r\nHost: localhost\r\n\r\n").ok()?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).ok()?;
    let text = String::from_utf8_lossy(&raw).into_owned();
    let status = text.split_whitespace().nth(1)?.parse().ok()?;
    Some((status, text))
}

/// Imports one CSV file through the real engine (as an administrator) and checks it was written.
pub fn import_csv(conn: &mut ndc::storage::DbConn, name: &str, csv: &str) -> ndc::import::Report {
    let input = ndc::import::Input::bytes(name, csv.as_bytes().to_vec());
    let report = ndc::import::run(conn, &[input], &ndc::import::Options::default(), &|_| {})
        .expect("import ran");
    assert!(
        report.committed && report.errors == 0,
        "import rejected: {:?}",
        report.problems
    );
    report
}

impl TestApp {
    /// A fresh, empty (unseeded, unindexed) catalog on the same backend: the target of round trips.
    pub fn empty_sibling(&self) -> TestApp {
        let dir = std::env::temp_dir().join(unique("ndc_test_empty"));
        match &self.place {
            Place::SqliteDir(_) => {
                let mut cfg = config(dir.clone(), None);
                cfg.no_seed = true;
                let db = ndc::app::open(&cfg).expect("open empty sqlite catalog");
                TestApp {
                    db,
                    search: Arc::new(SearchIndex::new(&dir)),
                    data_dir: dir.clone(),
                    backend: "sqlite",
                    auth: test_auth(),
                    clock: ndc::domain::Clock::system(),
                    place: Place::SqliteDir(dir),
                }
            }
            Place::PgSchema { admin_url, .. } => {
                let schema = unique("ndc_t");
                let mut admin = PgConnection::establish(admin_url).expect("connect");
                diesel::sql_query(format!("CREATE SCHEMA {schema}"))
                    .execute(&mut admin)
                    .expect("create test schema");
                let mut cfg = config(dir.clone(), Some(with_schema(admin_url, &schema)));
                cfg.no_seed = true;
                let db = ndc::app::open(&cfg).expect("open empty postgres catalog");
                TestApp {
                    db,
                    search: Arc::new(SearchIndex::new(&dir)),
                    data_dir: dir,
                    backend: "postgres",
                    auth: test_auth(),
                    clock: ndc::domain::Clock::system(),
                    place: Place::PgSchema {
                        admin_url: admin_url.clone(),
                        schema,
                    },
                }
            }
        }
    }
}

/// The real `ndc serve` on a free port over `data_dir` (seeded with the project's inventory), ready
/// (search included) when returned; killed when dropped, however the test ends.
pub struct Served {
    child: std::process::Child,
    pub port: u16,
}

impl Served {
    pub fn start(data_dir: &std::path::Path) -> Served {
        let port = free_port();
        let child = std::process::Command::new(env!("CARGO_BIN_EXE_ndc"))
            .args([
                "serve",
                "--addr",
                &format!("127.0.0.1:{port}"),
                "--data-dir",
            ])
            .arg(data_dir)
            .env("NDC_SEED_DIR", seed_dir())
            .env_remove("NDC_DATABASE_URL")
            .env("RUST_LOG", "warn")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("start ndc serve");
        let served = Served { child, port };
        let started = std::time::Instant::now();
        while !http_get(port, "/healthz")
            .is_some_and(|(s, b)| s == 200 && b.contains("\"search\":\"ready\""))
        {
            assert!(
                started.elapsed() < std::time::Duration::from_secs(90),
                "ndc did not start"
            );
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        served
    }
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
