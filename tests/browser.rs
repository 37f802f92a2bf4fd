//! End to end in a real browser: headless Chromium, driven through chromedriver (WebDriver), against
//! the real `ndc serve` binary on a fresh SQLite catalog loaded with the seed inventory.
//!
//! A steward of one agency logs in, registers a dataset through the form (a wrong column name first:
//! the error shows beside it and nothing typed is lost), publishes it, finds it by searching without
//! diacritics, edits its title and sees both revisions in its history; a steward of another agency is
//! then refused its edit page, and requests access to one of the first agency's shared datasets,
//! which the first steward approves from their inbox. Keyboard basics too: the skip link is the first Tab stop and leads to
//! the main content.
//!
//! Screenshots of the key pages are written to `target/screenshots/` (paths printed).
//!
//! Needs chromedriver and Chromium: `NDC_CHROMEDRIVER` (set by `.ci/run`; when set the test must
//! run), else `/usr/bin/chromedriver` (Debian's `chromium-driver`) or a `chromedriver` on `PATH`.
//! Without one the test says `SKIPPED (browser): …` on stderr and passes. `NDC_CHROMIUM` may name
//! the browser binary. The test starts its own chromedriver and `ndc serve` on free ports and stops
//! them (and the browser session) however it ends.

use std::io::{Read, Write};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};

/// How long to wait for any one thing (a page, an element, the search index).
const TIMEOUT: Duration = Duration::from_secs(30);
/// The whole journey, so a wedged browser fails the test instead of hanging it.
const JOURNEY_TIMEOUT: Duration = Duration::from_secs(300);
const WIDTH: u32 = 1280;
const HEIGHT: u32 = 1024;

const PASSWORD_A: &str = "mat-khau-thu-nghiem-A1";
const PASSWORD_B: &str = "mat-khau-thu-nghiem-B2";
const STEWARD_A: &str = "canbo.a@bca.gov.vn";
const STEWARD_B: &str = "canbo.b@btc.gov.vn";

const IDENTIFIER: &str = "bca-so-theo-doi-cap-can-cuoc-thu-nghiem";
const TITLE: &str = "Sổ theo dõi cấp căn cước thử nghiệm";
const NEW_TITLE: &str = "Sổ theo dõi cấp, đổi căn cước thử nghiệm";
const DESCRIPTION: &str = "Dữ liệu thử nghiệm: mỗi dòng là một lần cấp thẻ căn cước.\nGhi số định danh, ngày cấp và nơi cấp.";
/// A shared dataset of bca that is shared on specific request (it holds sensitive personal data).
const REQUESTED: &str = "bca-csdl-dan-cu";
/// The search typed without diacritics.
const QUERY: &str = "so theo doi can cuoc thu nghiem";

type Res<T> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

fn fail<T>(msg: impl Into<String>) -> Res<T> {
    Err(msg.into().into())
}

// ---------------------------------------------------------------------------------------------
// Processes and files, each cleaned up by a Drop guard, whatever happens.

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Whether `GET path` answers 200 with `needle` in its body: a minimal HTTP client for readiness
/// checks before any browser exists. It reads only until it has seen the needle, as chromedriver
/// does not close the connection after answering even when asked to.
fn http_has(port: u16, path: &str, needle: &str) -> bool {
    let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    if write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
    )
    .is_err()
    {
        return false;
    }
    let mut raw = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let text = String::from_utf8_lossy(&raw);
        if text.starts_with("HTTP/1.1 200") && text.contains(needle) {
            return true;
        }
        match stream.read(&mut chunk) {
            Ok(0) | Err(_) => return false,
            Ok(n) => raw.extend_from_slice(&chunk[..n]),
        }
    }
}

/// Waits until `what` answers `GET path` with `needle`, failing early if it exits instead.
fn wait_http(proc: &mut Proc, port: u16, path: &str, needle: &str, what: &str) {
    let started = Instant::now();
    while !http_has(port, path, needle) {
        if let Ok(Some(status)) = proc.child.try_wait() {
            panic!("{what} exited before it was ready: {status}");
        }
        assert!(
            started.elapsed() < Duration::from_secs(90),
            "{what} did not become ready within 90 s"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

struct TempDir(PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A child process in its own process group; the whole group is killed on drop (chromedriver's
/// Chromium processes with it).
struct Proc {
    child: Child,
}

impl Proc {
    fn spawn(cmd: &mut Command) -> Proc {
        cmd.process_group(0);
        let child = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {cmd:?}: {e}"));
        Proc { child }
    }
}

impl Drop for Proc {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.child.id())])
            .stderr(Stdio::null())
            .status();
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn seed_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seed-data")
}

fn run_ndc(data_dir: &Path, args: &[&str], stdin: &str) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ndc"));
    cmd.args(args)
        .arg("--data-dir")
        .arg(data_dir)
        .env_remove("NDC_DATABASE_URL")
        .env_remove("NDC_DATA_DIR")
        .env_remove("NDC_NO_SEED")
        .env("RUST_LOG", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "ndc {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn start_server(data_dir: &Path) -> (Proc, u16) {
    let port = free_port();
    let mut server = Proc::spawn(
        Command::new(env!("CARGO_BIN_EXE_ndc"))
            .args([
                "serve",
                "--addr",
                &format!("127.0.0.1:{port}"),
                "--data-dir",
            ])
            .arg(data_dir)
            .env_remove("NDC_DATABASE_URL")
            .env_remove("NDC_DATA_DIR")
            .env_remove("NDC_NO_SEED")
            .env("NDC_SEED_DIR", seed_dir())
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit()),
    );
    wait_http(
        &mut server,
        port,
        "/healthz",
        "\"search\":\"ready\"",
        "ndc serve",
    );
    (server, port)
}

/// The chromedriver to use, or `None` (with a clear note) when there is none.
fn chromedriver() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("NDC_CHROMEDRIVER").filter(|p| !p.is_empty()) {
        let path = PathBuf::from(path);
        // Asked for explicitly (as CI does): a missing driver is a failure, not a skip.
        assert!(
            path.is_file(),
            "NDC_CHROMEDRIVER={} does not exist (install Debian's chromium-driver package)",
            path.display()
        );
        return Some(path);
    }
    let on_path = std::env::var_os("PATH")
        .map(|p| {
            std::env::split_paths(&p)
                .map(|d| d.join("chromedriver"))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let found = std::iter::once(PathBuf::from("/usr/bin/chromedriver"))
        .chain(on_path)
        .find(|p| p.is_file());
    if found.is_none() {
        eprintln!(
            "SKIPPED (browser): no chromedriver (not in /usr/bin nor on PATH, and NDC_CHROMEDRIVER is not set); \
             install Debian's chromium and chromium-driver packages (as .ci/run does) to run the browser test"
        );
    }
    found
}

fn start_chromedriver(path: &Path) -> (Proc, u16) {
    let port = free_port();
    let mut driver = Proc::spawn(
        Command::new(path)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null()),
    );
    wait_http(
        &mut driver,
        port,
        "/status",
        "\"ready\":true",
        "chromedriver",
    );
    (driver, port)
}

async fn connect(driver_port: u16) -> Res<Client> {
    let mut options = serde_json::json!({
        "args": [
            "--headless=new",
            "--no-sandbox", // tests run as root in CI
            "--disable-dev-shm-usage",
            "--disable-gpu",
            "--lang=vi-VN",
            format!("--window-size={WIDTH},{HEIGHT}"),
        ],
    });
    if let Some(binary) = std::env::var_os("NDC_CHROMIUM").filter(|p| !p.is_empty()) {
        options["binary"] = binary.to_string_lossy().into_owned().into();
    }
    let mut caps = serde_json::Map::new();
    caps.insert("goog:chromeOptions".into(), options);
    let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{driver_port}"))
        .await?;
    Ok(client)
}

// ---------------------------------------------------------------------------------------------
// The browser, with waits instead of sleeps.

#[derive(Clone)]
struct Browser {
    c: Client,
    base: String,
    shots: PathBuf,
}

impl Browser {
    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    async fn goto(&self, path: &str) -> Res<()> {
        self.c.goto(&self.url(path)).await?;
        self.loaded().await
    }

    /// Waits for the document to be fully loaded.
    async fn loaded(&self) -> Res<()> {
        let started = Instant::now();
        loop {
            let state = self.c.execute("return document.readyState", vec![]).await?;
            if state == "complete" {
                return Ok(());
            }
            if started.elapsed() > TIMEOUT {
                return fail("the page did not finish loading");
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    async fn find(&self, css: &str) -> Res<Element> {
        match self
            .c
            .wait()
            .at_most(TIMEOUT)
            .every(Duration::from_millis(50))
            .for_element(Locator::Css(css))
            .await
        {
            Ok(e) => Ok(e),
            Err(e) => fail(format!(
                "no element {css:?} on {}: {e}",
                self.c
                    .current_url()
                    .await
                    .map(|u| u.to_string())
                    .unwrap_or_default()
            )),
        }
    }

    async fn exists(&self, css: &str) -> Res<bool> {
        Ok(!self.c.find_all(Locator::Css(css)).await?.is_empty())
    }

    async fn find_all_count(&self, css: &str) -> Res<usize> {
        Ok(self.c.find_all(Locator::Css(css)).await?.len())
    }

    async fn text(&self, css: &str) -> Res<String> {
        Ok(self.find(css).await?.text().await?.trim().to_string())
    }

    async fn value(&self, css: &str) -> Res<String> {
        Ok(self
            .find(css)
            .await?
            .prop("value")
            .await?
            .unwrap_or_default())
    }

    /// Types into an input or text area (after clearing it), and checks it holds what was typed.
    async fn fill(&self, css: &str, text: &str) -> Res<()> {
        let e = self.find(css).await?;
        e.clear().await?;
        e.send_keys(text).await?;
        let got = e.prop("value").await?.unwrap_or_default();
        if got != text {
            return fail(format!("{css}: typed {text:?}, the field holds {got:?}"));
        }
        Ok(())
    }

    async fn choose(&self, css: &str, value: &str) -> Res<()> {
        self.find(css).await?.select_by_value(value).await?;
        Ok(())
    }

    /// Clicks something that loads a new page, and waits for that page.
    async fn click_to_load(&self, css: &str) -> Res<()> {
        let target = self.find(css).await?;
        let old = self.c.find(Locator::Css("html")).await?;
        target.click().await?;
        let started = Instant::now();
        // The old document's root goes stale once the new document replaced it.
        while old.tag_name().await.is_ok() {
            if started.elapsed() > TIMEOUT {
                return fail(format!("clicking {css:?} loaded no new page"));
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        self.loaded().await
    }

    async fn path(&self) -> Res<String> {
        let url = self.c.current_url().await?;
        Ok(match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_string(),
        })
    }

    async fn press(&self, key: Key) -> Res<()> {
        let keys = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: key.into() })
            .then(KeyAction::Up { value: key.into() });
        self.c.perform_actions(keys).await?;
        self.c.release_actions().await?;
        Ok(())
    }

    async fn script(&self, js: &str) -> Res<serde_json::Value> {
        Ok(self.c.execute(js, vec![]).await?)
    }

    /// Saves a screenshot of the whole page (the window is stretched to the page's height for it)
    /// as `target/screenshots/<name>.png`.
    async fn shot(&self, name: &str) -> Res<PathBuf> {
        self.shot_at(name, WIDTH).await
    }

    async fn shot_at(&self, name: &str, width: u32) -> Res<PathBuf> {
        self.c.set_window_size(width, HEIGHT).await?;
        let sizes = self
            .script(
                "const d = document.documentElement;
                 return [window.outerHeight - window.innerHeight,
                         Math.ceil(Math.max(d.scrollHeight, document.body ? document.body.scrollHeight : 0)),
                         d.scrollWidth, d.clientWidth];",
            )
            .await?;
        let n = |i: usize| sizes[i].as_f64().unwrap_or(0.0) as u32;
        let (frame, height, scroll_width, client_width) = (n(0), n(1), n(2), n(3));
        if scroll_width > client_width {
            eprintln!("  note: {name}: the page is wider ({scroll_width}px) than the window ({client_width}px)");
        }
        // The window's frame (outer minus inner height) is not part of the viewport.
        let tall = (height + frame).clamp(HEIGHT, 12_000);
        self.c.set_window_size(width, tall).await?;
        let png = self.c.screenshot().await?;
        self.c.set_window_size(WIDTH, HEIGHT).await?;
        let path = self.shots.join(format!("{name}.png"));
        std::fs::write(&path, png)?;
        eprintln!("screenshot: {}", path.display());
        Ok(path)
    }

    async fn login(&self, email: &str, password: &str) -> Res<()> {
        if !self.path().await?.starts_with("/login") {
            self.goto("/login").await?;
        }
        self.fill("main input#email", email).await?;
        self.fill("main input#password", password).await?;
        self.click_to_load("main form[action='/login'] button[type=submit]")
            .await?;
        let who = self.find("header nav.account a[href='/account']").await?;
        let title = who.attr("title").await?.unwrap_or_default();
        if title != email {
            return fail(format!("logged in as {title:?}, expected {email}"));
        }
        Ok(())
    }
}

fn check(ok: bool, msg: impl Into<String>) -> Res<()> {
    if ok {
        Ok(())
    } else {
        fail(msg)
    }
}

// ---------------------------------------------------------------------------------------------
// The journey.

async fn journey(b: Browser) -> Res<()> {
    let started = Instant::now();
    let step = |what: &str| eprintln!("[{:>5.1}s] {what}", started.elapsed().as_secs_f64());

    // --- Keyboard basics: from a fresh page load, the first Tab reaches the skip link, which is then
    // visible, and following it puts the focus on the main content.
    step("keyboard: skip link");
    b.goto("/login").await?;
    b.press(Key::Tab).await?;
    let focused = b
        .script("const e = document.activeElement; return [e.tagName, e.className, e.getAttribute('href') || ''];")
        .await?;
    check(
        focused == serde_json::json!(["A", "skip-link", "#main"]),
        format!("the first Tab stop is not the skip link: {focused}"),
    )?;
    let skip = b.find("a.skip-link").await?;
    let (_, y, w, h) = skip.rectangle().await?;
    check(
        skip.is_displayed().await? && w > 1.0 && h > 1.0 && y >= 0.0,
        format!("the focused skip link is not visible on screen (y={y}, {w}x{h})"),
    )?;
    b.shot("00-skip-link-focused").await?;
    b.press(Key::Enter).await?;
    let main_focused = b
        .script("return document.activeElement && document.activeElement.id")
        .await?;
    check(
        main_focused == "main",
        format!("Enter on the skip link did not move the focus to <main>: {main_focused}"),
    )?;

    // --- 1. Log in as a steward of agency A.
    step("log in as the steward of bca");
    b.goto("/login").await?;
    b.shot("01-login").await?;
    b.login(STEWARD_A, PASSWORD_A).await?;

    // --- 2. The new-dataset form, from the header link.
    step("new dataset form");
    b.click_to_load("header a[href='/datasets/new']").await?;
    check(
        b.path().await? == "/datasets/new",
        "the header link leads to /datasets/new",
    )?;
    b.fill("#identifier", IDENTIFIER).await?;
    b.fill("#title", TITLE).await?;
    b.fill("#description", DESCRIPTION).await?;
    check(
        b.value("#owner").await? == "bca",
        "the owner defaults to the steward's agency",
    )?;
    // Three columns, added with the editor's button (a round trip to the server each); the first
    // one has a name the rules refuse.
    let columns = [
        ("So CCCD", "Số định danh cá nhân", "string"),
        ("ngay_cap", "Ngày cấp", "date"),
        ("noi_cap", "Nơi cấp", "code"),
    ];
    for (i, (name, title, kind)) in columns.iter().enumerate() {
        if i > 0 {
            b.click_to_load("button[name=action][value=add_field]")
                .await?;
            b.find(&format!("#fields-{i}-name")).await?;
        }
        b.fill(&format!("#fields-{i}-name"), name).await?;
        b.fill(&format!("#fields-{i}-title"), title).await?;
        b.choose(&format!("#fields-{i}-type"), kind).await?;
    }
    b.find("#fields-0-required").await?.click().await?;
    b.find("#fields-0-key").await?.click().await?;

    step("publish with a wrong column name");
    b.click_to_load(".form-actions button[name=action][value=publish]")
        .await?;
    let summary = b.text(".error-summary").await?;
    eprintln!("  error summary: {summary:?}");
    let summary_link = b
        .find(".error-summary a")
        .await?
        .attr("href")
        .await?
        .unwrap_or_default();
    check(
        summary_link == "#fields-0-name",
        format!("the error summary links to the wrong field: {summary_link:?}"),
    )?;
    let beside = b
        .text("td:has(> #fields-0-name) > p.field-error#fields-0-name-error")
        .await?;
    check(
        !beside.is_empty(),
        "the column name's error is shown beside it",
    )?;
    eprintln!("  beside the field: {beside:?}");
    let name_input = b.find("#fields-0-name").await?;
    check(
        name_input.attr("aria-invalid").await?.as_deref() == Some("true")
            && name_input.attr("aria-describedby").await?.as_deref() == Some("fields-0-name-error"),
        "the wrong field is marked aria-invalid and described by its error",
    )?;
    check(
        b.find_all_count(".field-error").await? == 1,
        "only the column name is in error",
    )?;
    // Everything typed is still there.
    check(
        b.value("#identifier").await? == IDENTIFIER,
        "identifier kept",
    )?;
    check(b.value("#title").await? == TITLE, "title kept")?;
    let description = b.value("#description").await?.replace("\r\n", "\n");
    check(
        description == DESCRIPTION,
        format!("description kept: {description:?}"),
    )?;
    for (i, (name, title, kind)) in columns.iter().enumerate() {
        check(
            b.value(&format!("#fields-{i}-name")).await? == *name
                && b.value(&format!("#fields-{i}-title")).await? == *title
                && b.value(&format!("#fields-{i}-type")).await? == *kind,
            format!("column {} kept", i + 1),
        )?;
    }
    check(
        b.find("#fields-0-required").await?.is_selected().await?
            && b.find("#fields-0-key").await?.is_selected().await?,
        "the first column's checkboxes kept",
    )?;
    b.shot("02-form-validation-error").await?;

    step("fix the column name and publish");
    b.fill("#fields-0-name", "so_dinh_danh").await?;
    b.click_to_load(".form-actions button[name=action][value=publish]")
        .await?;

    // --- 3. The dataset page.
    let here = format!("/datasets/{IDENTIFIER}");
    let path = b.path().await?;
    check(
        path == format!("{here}?saved=1"),
        format!("after publishing, the browser is at {path}"),
    )?;
    check(
        b.text("main h1").await? == TITLE,
        "the page shows the title",
    )?;
    let schema_rows = b.find_all_count("table.schema tbody tr").await?;
    check(
        schema_rows == 3,
        format!("three columns on the page, not {schema_rows}"),
    )?;
    let schema = b.text("table.schema").await?;
    check(
        ["so_dinh_danh", "ngay_cap", "noi_cap", "Ngày cấp"]
            .iter()
            .all(|w| schema.contains(w)),
        format!("the columns are listed: {schema}"),
    )?;
    check(
        b.text(".lead")
            .await?
            .contains("mỗi dòng là một lần cấp thẻ căn cước"),
        "the description is shown",
    )?;
    check(
        !b.exists(".notice").await?,
        "a published dataset shows no draft notice",
    )?;
    b.shot("03-dataset-page").await?;
    b.shot_at("03-dataset-page-narrow", 390).await?;

    // --- 4. Search from the header's box, typing without diacritics: it comes first. The index
    // follows the database every 200 ms, so the search is repeated until it shows (or TIMEOUT).
    step("search without diacritics");
    let searching = Instant::now();
    loop {
        b.fill("header #site-q", QUERY).await?;
        b.click_to_load("header form.search-box button[type=submit]")
            .await?;
        let first =
            b.c.find_all(Locator::Css(".dataset-list .dataset-item h3 a"))
                .await?;
        let href = match first.first() {
            Some(a) => a.attr("href").await?.unwrap_or_default(),
            None => String::new(),
        };
        if href == here {
            break;
        }
        if searching.elapsed() > TIMEOUT {
            return fail(format!(
                "searching {QUERY:?}: the first result is {href:?}, not {here}"
            ));
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let first = b.text(".dataset-list .dataset-item h3 a").await?;
    check(
        first == TITLE,
        format!("the first result's title: {first:?}"),
    )?;
    check(
        b.value("header #site-q").await? == QUERY,
        "the search box keeps the query",
    )?;
    check(
        b.exists(".dataset-list .dataset-item h3 a mark").await?,
        "the matched words are highlighted in the title",
    )?;
    b.shot("04-search-results").await?;
    b.shot_at("04-search-results-narrow", 390).await?;

    // --- 5. Edit: from the result to the page, then "Sửa thông tin".
    step("edit the title");
    b.click_to_load(".dataset-list .dataset-item h3 a").await?;
    check(
        b.path().await? == here,
        "the result leads to the dataset page",
    )?;
    let edit_link = format!("a[href='{here}/edit']");
    check(
        b.text(&edit_link).await? == "Sửa thông tin",
        "the edit link is labelled",
    )?;
    b.click_to_load(&edit_link).await?;
    check(
        b.value("#title").await? == TITLE,
        "the edit form shows the title",
    )?;
    check(
        b.value("#fields-2-name").await? == "noi_cap",
        "the edit form shows the columns",
    )?;
    b.fill("#title", NEW_TITLE).await?;
    b.click_to_load(".form-actions button[name=action][value=save]")
        .await?;
    let path = b.path().await?;
    check(
        path == format!("{here}?saved=1"),
        format!("after saving, the browser is at {path}"),
    )?;
    check(
        b.text("main h1").await? == NEW_TITLE,
        "the page shows the new title",
    )?;

    // --- 6. History: both revisions, and the title change in the newest one's diff.
    step("history");
    b.click_to_load(&format!("a[href='{here}/history']"))
        .await?;
    let revisions = b.find_all_count("ul.history > li").await?;
    check(
        revisions == 2,
        format!("two revisions in the history, not {revisions}"),
    )?;
    let heads = b.text("ul.history").await?;
    check(
        heads.contains("Phiên bản 1") && heads.contains("Phiên bản 2") && heads.contains(STEWARD_A),
        format!("both revisions, by the steward: {heads}"),
    )?;
    let title_change = b
        .script(
            "const row = [...document.querySelectorAll('ul.history > li:first-child table.diff tbody tr')]
                 .find(r => r.querySelector('th').textContent.trim() === 'Tên / tiêu đề');
             return row ? [row.querySelector('.before').textContent, row.querySelector('.after').textContent] : null;",
        )
        .await?;
    check(
        title_change == serde_json::json!([TITLE, NEW_TITLE]),
        format!("the newest revision shows the title change: {title_change}"),
    )?;
    b.shot("05-history").await?;

    // --- 7. Log out; a steward of another agency is refused the edit page.
    step("log out, log in as the steward of btc");
    b.click_to_load("header form[action='/logout'] button[type=submit]")
        .await?;
    check(
        b.exists("header a.account-link").await? && !b.exists("header nav.account").await?,
        "logged out: the header offers to log in",
    )?;
    b.goto("/login").await?;
    b.login(STEWARD_B, PASSWORD_B).await?;
    b.goto(&here).await?;
    check(
        b.text("main h1").await? == NEW_TITLE,
        "the other steward sees the dataset",
    )?;
    check(
        !b.exists(&edit_link).await?,
        "the other agency's steward is not offered the edit link",
    )?;
    b.goto(&format!("{here}/edit")).await?;
    check(
        b.text(".error-code").await? == "403",
        "the edit page answers 403",
    )?;
    check(
        b.text("main h1").await? == "Không có quyền thực hiện",
        "the 403 page says so in Vietnamese",
    )?;
    check(!b.exists("#title").await?, "no form on the 403 page")?;
    b.shot("06-forbidden").await?;

    // --- 8. The btc steward requests access to the bca population database (shared on specific
    // request); the bca steward approves it from the inbox; the requester sees the approval.
    step("request access to another agency's shared dataset");
    b.goto(&format!("/datasets/{REQUESTED}")).await?;
    b.click_to_load("main a.request-access").await?;
    check(
        b.path().await? == format!("/datasets/{REQUESTED}/access-requests/new"),
        "the request form opens from the dataset page",
    )?;
    b.fill("#purpose", "Đối chiếu cư trú khi cấp giấy phép kinh doanh.")
        .await?;
    b.fill("#legal-basis", "Nghị định 47/2020/NĐ-CP").await?;
    // The contact email comes from the account; the name is required.
    check(
        b.value("#contact-email").await? == STEWARD_B,
        "the contact email is the requester's",
    )?;
    b.fill("#contact-name", "Lê Văn Bảo").await?;
    b.shot("07-request-form").await?;
    b.click_to_load("main form.request-form button[type=submit]")
        .await?;
    let request_page = b
        .path()
        .await?
        .split('?')
        .next()
        .unwrap_or_default()
        .to_string();
    check(
        request_page.starts_with("/access-requests/YC-"),
        format!("the request has a reference: {request_page}"),
    )?;
    check(
        b.text("main p .badge").await?.contains("Chờ trả lời"),
        "the request awaits an answer",
    )?;
    b.click_to_load("header form[action='/logout'] button[type=submit]")
        .await?;
    b.goto("/login").await?;
    b.login(STEWARD_A, PASSWORD_A).await?;
    step("the owner's steward approves it from the inbox");
    b.click_to_load("header a[href='/access-requests']").await?;
    let reference = request_page.trim_start_matches("/access-requests/");
    b.shot("08-inbox").await?;
    b.click_to_load(&format!("main a[href='{request_page}']"))
        .await?;
    b.find("#decision-approve").await?.click().await?;
    b.fill("#conditions", "Chỉ dùng cho thủ tục đã nêu.")
        .await?;
    b.click_to_load("main form.answer-form button[type=submit]")
        .await?;
    check(
        b.text("main p .badge").await?.contains("Đã chấp thuận"),
        format!("{reference} is approved"),
    )?;
    b.shot("09-approved").await?;
    step("done");
    Ok(())
}

#[test]
fn steward_registers_publishes_finds_edits_a_dataset_in_chromium() {
    let Some(driver_path) = chromedriver() else {
        return;
    };
    let started = Instant::now();
    let shots = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    for stale in ["failure.png", "failure.html"] {
        let _ = std::fs::remove_file(shots.join(stale));
    }

    // A fresh catalog with the seed inventory and two stewards of two ministries.
    let dir = TempDir(std::env::temp_dir().join(format!("ndc_browser_{}", std::process::id())));
    let _ = std::fs::remove_dir_all(&dir.0);
    let seed = seed_dir();
    run_ndc(&dir.0, &["import", seed.to_str().unwrap()], "");
    for (email, agency, password) in [
        (STEWARD_A, "bca", PASSWORD_A),
        (STEWARD_B, "btc", PASSWORD_B),
    ] {
        run_ndc(
            &dir.0,
            &[
                "user",
                "add",
                "--email",
                email,
                "--role",
                "steward",
                "--agency",
                agency,
                "--password-stdin",
            ],
            password,
        );
    }
    let (_server, port) = start_server(&dir.0);
    let (_driver, driver_port) = start_chromedriver(&driver_path);
    eprintln!(
        "ndc on port {port}, chromedriver on port {driver_port}, ready in {:.1}s",
        started.elapsed().as_secs_f64()
    );

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let client = match tokio::time::timeout(Duration::from_secs(90), connect(driver_port)).await
        {
            Ok(Ok(client)) => client,
            Ok(Err(e)) => panic!("cannot start a Chromium session through chromedriver: {e}"),
            Err(_) => panic!("Chromium did not start within 90 s"),
        };
        let browser = Browser {
            c: client.clone(),
            base: format!("http://127.0.0.1:{port}"),
            shots: shots.clone(),
        };
        // On its own task, so that a panic in it still lets the session be closed below.
        let outcome =
            tokio::time::timeout(JOURNEY_TIMEOUT, tokio::spawn(journey(browser.clone()))).await;
        let failed = !matches!(outcome, Ok(Ok(Ok(()))));
        if failed {
            // What the browser showed when it went wrong.
            if let Ok(png) = client.screenshot().await {
                let path = shots.join("failure.png");
                if std::fs::write(&path, png).is_ok() {
                    eprintln!("screenshot at failure: {}", path.display());
                }
            }
            if let (Ok(url), Ok(source)) = (client.current_url().await, client.source().await) {
                let path = shots.join("failure.html");
                let _ = std::fs::write(&path, source);
                eprintln!("page at failure: {url} (source in {})", path.display());
            }
        }
        let _ = client.close().await;
        match outcome {
            Ok(Ok(Ok(()))) => {}
            Ok(Ok(Err(e))) => panic!("browser journey failed: {e}"),
            Ok(Err(join)) if join.is_panic() => std::panic::resume_unwind(join.into_panic()),
            Ok(Err(join)) => panic!("browser journey did not finish: {join}"),
            Err(_) => panic!("browser journey took more than {JOURNEY_TIMEOUT:?}"),
        }
    });
    eprintln!(
        "browser test passed in {:.1}s",
        started.elapsed().as_secs_f64()
    );
}
