//! The web layer: routes, handlers and server-rendered pages (maud, no JavaScript needed), the
//! interface language, security headers, request logging and error pages. Builds no SQL: it asks
//! [`crate::storage`] for data.

mod access_request_form;
pub(crate) mod ctx;
mod dataset_form;
mod error;
mod form;
pub(crate) mod handlers;
mod i18n;
pub(crate) mod pages;
mod params;

use std::time::Instant;

use actix_web::dev::{Service, ServiceResponse};
use actix_web::http::header::{self, HeaderValue};
use actix_web::middleware::{Compress, DefaultHeaders, ErrorHandlerResponse, ErrorHandlers};
use actix_web::{web, App, HttpServer};

pub use ctx::{AuthState, Ctx};
pub use error::WebError;
pub use i18n::lang_of;
pub use params::path_segment;

use crate::storage::Db;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub search: std::sync::Arc<crate::search::SearchIndex>,
    pub imports: ImportSettings,
    pub auth: AuthState,
    pub sharing: SharingSettings,
}

/// What access-request deadlines depend on: the working-day calendar and the clock.
#[derive(Clone, Debug, Default)]
pub struct SharingSettings {
    pub calendar: std::sync::Arc<crate::domain::Calendar>,
    pub clock: crate::domain::Clock,
}

impl SharingSettings {
    /// The holidays of `--holidays` (or the built-in list) and the system clock.
    pub fn from_config(config: &crate::config::Config) -> Result<SharingSettings, String> {
        let calendar = match &config.holidays {
            Some(path) => crate::domain::Calendar::from_file(path)?,
            None => crate::domain::Calendar::default(),
        };
        Ok(SharingSettings {
            calendar: std::sync::Arc::new(calendar),
            clock: crate::domain::Clock::system(),
        })
    }
}

/// Limits and scratch space of the import API.
#[derive(Clone, Debug)]
pub struct ImportSettings {
    pub max_upload_bytes: u64,
    /// Where uploads are spooled (under the data directory, so on the same disk as the database).
    pub tmp_dir: std::path::PathBuf,
}

impl ImportSettings {
    pub fn from_config(config: &crate::config::Config) -> ImportSettings {
        ImportSettings {
            max_upload_bytes: config.max_upload_mb.saturating_mul(1 << 20),
            tmp_dir: config.data_dir.join("uploads"),
        }
    }
}

/// All routes, in one place.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.configure(handlers::dcat::routes)
        .configure(handlers::access_requests::routes)
        .route("/", web::get().to(handlers::home::show))
        .route("/datasets", web::get().to(handlers::datasets::list))
        .route(
            "/datasets/new",
            web::get().to(handlers::dataset_edit::new_form),
        )
        .route(
            "/datasets/new",
            web::post().to(handlers::dataset_edit::create),
        )
        .route(
            "/datasets/{identifier}",
            web::get().to(handlers::datasets::show),
        )
        .route(
            "/datasets/{identifier}/edit",
            web::get().to(handlers::dataset_edit::edit_form),
        )
        .route(
            "/datasets/{identifier}/edit",
            web::post().to(handlers::dataset_edit::update),
        )
        .route(
            "/datasets/{identifier}/status",
            web::post().to(handlers::dataset_edit::set_status),
        )
        .route(
            "/datasets/{identifier}/history",
            web::get().to(handlers::dataset_edit::history),
        )
        .route("/agencies", web::get().to(handlers::agencies::tree))
        .route("/agencies/{code}", web::get().to(handlers::agencies::show))
        .route("/lang", web::get().to(handlers::lang::switch))
        .route("/login", web::get().to(handlers::session::form))
        .route("/login", web::post().to(handlers::session::login))
        .route("/logout", web::post().to(handlers::session::logout))
        .route("/account", web::get().to(handlers::account::show))
        .route("/imports/new", web::get().to(handlers::import_upload::form))
        .route(
            "/imports/new",
            web::post().to(handlers::import_upload::upload),
        )
        .route(
            "/imports/{batch}/commit",
            web::post().to(handlers::import_upload::commit),
        )
        .route("/admin/users", web::get().to(handlers::admin::users))
        .route("/admin/users", web::post().to(handlers::admin::create_user))
        .route(
            "/admin/users/{id}",
            web::post().to(handlers::admin::update_user),
        )
        .route("/admin/audit", web::get().to(handlers::admin::audit_log))
        .route(
            "/account/password",
            web::post().to(handlers::account::change_password),
        )
        .route(
            "/account/tokens",
            web::post().to(handlers::account::create_token),
        )
        .route(
            "/account/tokens/{id}/revoke",
            web::post().to(handlers::account::revoke_token),
        )
        .route("/healthz", web::get().to(handlers::health::check))
        .route("/assets/{file}", web::get().to(handlers::assets::file))
        .route(
            "/inventory/templates/{file}",
            web::get().to(handlers::templates::download),
        )
        .route("/export/{file}", web::get().to(handlers::export::file))
        .configure(crate::api::routes)
        .default_service(web::to(handlers::errors::not_found));
}

/// Headers on every response: no inline scripts, no framing, no sniffing, no leaking of URLs.
fn security_headers() -> DefaultHeaders {
    DefaultHeaders::new()
        .add((
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        ))
        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .add((header::REFERRER_POLICY, "strict-origin-when-cross-origin"))
        .add((header::X_FRAME_OPTIONS, "DENY"))
}

/// Errors produced by actix itself (bad request line, unknown method…) get a proper page too.
fn render_framework_error<B>(
    res: ServiceResponse<B>,
) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let is_html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html") || v.starts_with("application/json"));
    if is_html {
        return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
    }
    let (req, res) = res.into_parts();
    let lang = lang_of(&req);
    let page = pages::errors::page(&ctx::Chrome::anonymous(lang), res.status());
    let mut new = actix_web::HttpResponse::build(res.status())
        .content_type("text/html; charset=utf-8")
        .body(page.into_string());
    if let Some(allow) = res.headers().get(header::ALLOW) {
        new.headers_mut().insert(header::ALLOW, allow.clone());
    }
    Ok(ErrorHandlerResponse::Response(
        ServiceResponse::new(req, new).map_into_right_body(),
    ))
}

/// Builds the application: state, middleware and routes. Tests use this too.
pub fn app(
    state: AppState,
) -> App<
    impl actix_web::dev::ServiceFactory<
        actix_web::dev::ServiceRequest,
        Config = (),
        Response = ServiceResponse<impl actix_web::body::MessageBody>,
        Error = actix_web::Error,
        InitError = (),
    >,
> {
    App::new()
        .app_data(web::Data::new(state))
        .app_data(
            web::PathConfig::default()
                .error_handler(|_, req| WebError::not_found(lang_of(req)).into()),
        )
        .configure(routes)
        .wrap(ErrorHandlers::new().default_handler(render_framework_error))
        .wrap(security_headers())
        .wrap(Compress::default())
        .wrap_fn(|req, srv| {
            let started = Instant::now();
            let method = req.method().clone();
            let path = req.path().to_string();
            let fut = srv.call(req);
            async move {
                let res = fut.await?;
                tracing::info!(
                    target: "ndc::request",
                    %method,
                    path = %path,
                    status = res.status().as_u16(),
                    latency_ms = started.elapsed().as_secs_f64() * 1000.0,
                );
                Ok(res)
            }
        })
}

/// Runs the HTTP server until Ctrl-C or SIGTERM (actix handles both and drains connections).
pub async fn serve(state: AppState, addr: &str, workers: Option<usize>) -> std::io::Result<()> {
    let mut server = HttpServer::new(move || app(state.clone()))
        .shutdown_timeout(10)
        .bind(addr)?;
    if let Some(n) = workers {
        server = server.workers(n.max(1));
    }
    tracing::info!("ndc listening on http://{addr}");
    server.run().await
}

/// `scheme://host` as the visitor reached the site (behind a proxy, from its X-Forwarded-* headers),
/// for absolute links in what ndc publishes. A Host header with anything but host-name characters
/// is not echoed.
pub(crate) fn public_base(req: &actix_web::HttpRequest) -> String {
    let info = req.connection_info();
    let host = info.host();
    let host = if host
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || ".-:[]".contains(c))
    {
        host
    } else {
        "localhost"
    };
    let scheme = if info.scheme() == "https" {
        "https"
    } else {
        "http"
    };
    format!("{scheme}://{host}")
}

pub(crate) fn cache_forever() -> (header::HeaderName, HeaderValue) {
    (
        header::CACHE_CONTROL,
        HeaderValue::from_static("public, max-age=3600"),
    )
}
