//! `Ctx`: who is asking and in which language, extracted once per request. It decrypts the session
//! cookie, checks the user is still enabled and the session not ended (epoch), and turns the user
//! into a [`Viewer`] whose rules every handler applies. It also carries the CSRF token forms embed
//! and checks the one a form sends back.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use actix_web::cookie::Cookie;
use actix_web::dev::Payload;
use actix_web::{web, FromRequest, HttpRequest, HttpResponse};
use maud::Markup;

use super::{lang_of, AppState, WebError};
use crate::auth::session::{same_token, CSRF_COOKIE, SESSION_COOKIE};
use crate::auth::{SessionKeys, Throttle};
use crate::domain::{Lang, UserRole, Viewer};
use crate::storage::agencies::{self, AgencyTree};
use crate::storage::users;

/// Session keys and the login throttle, shared by every worker.
#[derive(Clone)]
pub struct AuthState {
    pub keys: SessionKeys,
    pub throttle: Arc<Throttle>,
}

impl AuthState {
    pub fn new(keys: SessionKeys) -> AuthState {
        AuthState {
            keys,
            throttle: Arc::new(Throttle::default()),
        }
    }
}

/// The logged-in user, as the page header and forms show them.
#[derive(Debug, Clone)]
pub struct Account {
    pub id: i32,
    pub email: String,
    pub display_name: String,
    pub role: UserRole,
    pub agency_id: Option<i32>,
}

impl Account {
    /// An audit-log entry of something this user did.
    pub fn audit<'a>(
        &'a self,
        action: &'a str,
        subject: &'a str,
        detail: &'a str,
        address: &'a str,
    ) -> crate::storage::audit::Entry<'a> {
        crate::storage::audit::Entry {
            actor_id: Some(self.id),
            actor_label: &self.email,
            agency_id: self.agency_id,
            action,
            subject,
            detail,
            address,
        }
    }

    pub fn label(&self) -> &str {
        if self.display_name.is_empty() {
            &self.email
        } else {
            &self.display_name
        }
    }
}

/// What the page shell needs to draw the header: language, and the account with its CSRF token.
#[derive(Debug, Clone)]
pub struct Chrome {
    pub lang: Lang,
    pub account: Option<Account>,
    pub csrf: String,
}

impl Chrome {
    /// The shell for pages drawn without a request context (error pages).
    pub fn anonymous(lang: Lang) -> Chrome {
        Chrome {
            lang,
            account: None,
            csrf: String::new(),
        }
    }
}

pub struct Ctx {
    pub lang: Lang,
    pub viewer: Viewer,
    pub account: Option<Account>,
    /// The token this visitor's forms carry.
    pub csrf: String,
    /// The agency structure, loaded for logged-in users (their subtree comes from it).
    pub tree: Option<Arc<AgencyTree>>,
    /// Set when an anonymous visitor had no CSRF cookie yet: pages with a form must send it.
    new_csrf_cookie: Option<Cookie<'static>>,
    address: String,
}

fn now_unix() -> i64 {
    chrono::Utc::now().timestamp()
}

impl Ctx {
    pub fn chrome(&self) -> Chrome {
        Chrome {
            lang: self.lang,
            account: self.account.clone(),
            csrf: self.csrf.clone(),
        }
    }

    /// The client's address as the audit log and the throttle see it (the peer, not a header a
    /// client could forge).
    pub fn address(&self) -> &str {
        &self.address
    }

    /// A page response, with the anonymous CSRF cookie when one was just made.
    pub fn html(&self, markup: Markup) -> HttpResponse {
        let mut res = HttpResponse::Ok();
        res.content_type("text/html; charset=utf-8");
        if let Some(c) = &self.new_csrf_cookie {
            res.cookie(c.clone());
        }
        // Pages for a logged-in user are theirs alone.
        if self.account.is_some() {
            res.insert_header(("Cache-Control", "private, no-store"));
        }
        res.body(markup.into_string())
    }

    /// 403, drawn with this visitor's header.
    pub fn forbidden(&self) -> WebError {
        WebError::forbidden(self.lang).for_visitor(self.chrome())
    }

    /// 404, drawn with this visitor's header.
    pub fn not_found(&self) -> WebError {
        WebError::not_found(self.lang).for_visitor(self.chrome())
    }

    /// The `{name}` segment of the request's path ([`super::path_segment`]), or this visitor's 404.
    pub fn path_segment(&self, req: &HttpRequest, name: &str) -> Result<String, WebError> {
        super::path_segment(req, name).ok_or_else(|| self.not_found())
    }

    /// Checks the token a form sent back; a missing or wrong one is refused with 403.
    pub fn check_csrf(&self, sent: Option<&str>) -> Result<(), WebError> {
        match sent {
            Some(t) if !self.csrf.is_empty() && same_token(t, &self.csrf) => Ok(()),
            _ => Err(WebError::csrf(self.lang).for_visitor(self.chrome())),
        }
    }

    /// The logged-in account, or a redirect to the login page.
    pub fn require_login(&self, here: &str) -> Result<&Account, WebError> {
        self.account
            .as_ref()
            .ok_or_else(|| WebError::login_needed(self.lang, here))
    }

    pub fn require_admin(&self, here: &str) -> Result<&Account, WebError> {
        let account = self.require_login(here)?;
        if account.role == UserRole::Admin {
            Ok(account)
        } else {
            Err(self.forbidden())
        }
    }
}

async fn load(req: HttpRequest) -> Result<Ctx, WebError> {
    let lang = lang_of(&req);
    let state = req
        .app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| WebError::internal(lang))?;
    let keys = &state.auth.keys;
    let address = req
        .peer_addr()
        .map(|a| a.ip().to_string())
        .unwrap_or_default();
    let session = req
        .cookie(SESSION_COOKIE)
        .and_then(|c| keys.read(&c, now_unix()));
    if let Some(session) = session {
        let found = state
            .db
            .run(move |conn| {
                let Some(user) = users::find(conn, session.user_id)? else {
                    return Ok(None);
                };
                if user.disabled || user.session_epoch != session.epoch {
                    return Ok(None);
                }
                let tree = AgencyTree::new(agencies::all(conn)?);
                Ok(Some((user, tree, session.csrf)))
            })
            .await
            .map_err(WebError::storage(lang))?;
        if let Some((user, tree, csrf)) = found {
            let role = user.role();
            let agency_subtree = match (role, user.agency_id) {
                (UserRole::Admin, _) | (_, None) => Vec::new(),
                (_, Some(id)) => tree.subtree_ids(id),
            };
            return Ok(Ctx {
                lang,
                viewer: Viewer::User {
                    id: user.id,
                    role,
                    agency_id: user.agency_id,
                    agency_subtree,
                },
                account: Some(Account {
                    id: user.id,
                    email: user.email,
                    display_name: user.display_name,
                    role,
                    agency_id: user.agency_id,
                }),
                csrf,
                tree: Some(Arc::new(tree)),
                new_csrf_cookie: None,
                address,
            });
        }
    }
    let (csrf, new_csrf_cookie) = match req.cookie(CSRF_COOKIE).and_then(|c| keys.read_csrf(&c)) {
        Some(token) => (token, None),
        None => {
            let token = crate::auth::session::random_token();
            let cookie = keys.csrf_cookie(&token);
            (token, Some(cookie))
        }
    };
    Ok(Ctx {
        lang,
        viewer: Viewer::Anonymous,
        account: None,
        csrf,
        tree: None,
        new_csrf_cookie,
        address,
    })
}

impl FromRequest for Ctx {
    type Error = WebError;
    type Future = Pin<Box<dyn Future<Output = Result<Ctx, WebError>>>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        Box::pin(load(req.clone()))
    }
}
