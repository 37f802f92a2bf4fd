//! `/login` and `/logout`. A login checks the CSRF token, the throttle (per account and per
//! address), then the password (argon2id, on a blocking thread); every attempt is audited. Unknown
//! emails cost the same time as wrong passwords, and get the same message. Logging out ends all of
//! the user's sessions, so a copied cookie is worthless afterwards.

use std::time::Instant;

use actix_web::http::header;
use actix_web::{web, HttpRequest, HttpResponse};

use super::lang::local_path;
use crate::auth::session::{CSRF_COOKIE, SESSION_COOKIE};
use crate::auth::{password, throttle};
use crate::storage::{audit, users};
use crate::web::form::FormData;
use crate::web::pages::account;
use crate::web::pages::forms::Errors;
use crate::web::params::Params;
use crate::web::{AppState, Ctx, WebError};

pub async fn form(req: HttpRequest, ctx: Ctx) -> HttpResponse {
    let params = Params::parse(req.query_string());
    let next = local_path(params.get("next"));
    if ctx.account.is_some() {
        return see_other(next);
    }
    ctx.html(account::login(&ctx.chrome(), "", next, &Errors::default()))
}

fn see_other(to: &str) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, to.to_string()))
        .finish()
}

enum Outcome {
    In { user_id: i32, epoch: i32 },
    Refused,
}

pub async fn login(
    ctx: Ctx,
    form: FormData,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    ctx.check_csrf(form.csrf())?;
    let lang = ctx.lang;
    let email = users::normalise_email(&form.text("email"));
    let next = local_path(form.get("next")).to_string();
    let typed = form.get("password").unwrap_or("").to_string();
    let throttle = state.auth.throttle.clone();
    let account_key = format!("account:{email}");
    let address_key = format!("address:{}", ctx.address());
    let now = Instant::now();
    let wait = throttle
        .wait(&account_key, now)
        .max(throttle.wait(&address_key, now));
    let mut errors = Errors::default();
    if let Some(wait) = wait {
        let secs = wait.as_secs().max(1);
        errors.add(
            "password",
            format!("Đăng nhập sai quá nhiều lần. Hãy thử lại sau {secs} giây."),
            format!("Too many failed logins. Try again in {secs} seconds."),
        );
        let page = account::login(&ctx.chrome(), &email, &next, &errors);
        let mut res = ctx.html(page);
        *res.status_mut() = actix_web::http::StatusCode::TOO_MANY_REQUESTS;
        res.headers_mut()
            .insert(header::RETRY_AFTER, header::HeaderValue::from(secs));
        return Ok(res);
    }
    let address = ctx.address().to_string();
    let label = email.clone();
    let outcome = state
        .db
        .run(move |conn| {
            let user = if email.is_empty() || email.len() > 320 {
                None
            } else {
                users::find_by_email(conn, &email)?
            };
            let matches = match &user {
                Some(u) => password::verify(&typed, &u.password_hash),
                None => {
                    password::verify(&typed, password::decoy());
                    false
                }
            };
            let entry = |action: &'static str, user: Option<&users::User>, detail: &'static str| {
                audit::Entry {
                    actor_id: user.map(|u| u.id),
                    actor_label: &label,
                    agency_id: user.and_then(|u| u.agency_id),
                    action,
                    subject: &label,
                    detail,
                    address: &address,
                }
            };
            match user {
                Some(u) if matches && !u.disabled => {
                    users::record_login(conn, u.id)?;
                    audit::append(conn, &entry("login", Some(&u), ""))?;
                    Ok(Outcome::In {
                        user_id: u.id,
                        epoch: u.session_epoch,
                    })
                }
                Some(u) => {
                    let why = if u.disabled {
                        "account disabled"
                    } else {
                        "wrong password"
                    };
                    audit::append(conn, &entry("login_failed", Some(&u), why))?;
                    Ok(Outcome::Refused)
                }
                None => {
                    audit::append(conn, &entry("login_failed", None, "unknown email"))?;
                    Ok(Outcome::Refused)
                }
            }
        })
        .await
        .map_err(WebError::storage(lang))?;
    match outcome {
        Outcome::In { user_id, epoch } => {
            throttle.succeed(&account_key);
            let (_, cookie) = state
                .auth
                .keys
                .start(user_id, epoch, chrono::Utc::now().timestamp());
            Ok(HttpResponse::SeeOther()
                .insert_header((header::LOCATION, next))
                .cookie(cookie)
                .cookie(state.auth.keys.removal(CSRF_COOKIE))
                .finish())
        }
        Outcome::Refused => {
            throttle.fail(&account_key, throttle::PER_ACCOUNT, now);
            throttle.fail(&address_key, throttle::PER_ADDRESS, now);
            errors.add(
                "password",
                "Thư điện tử hoặc mật khẩu không đúng (hoặc tài khoản đã bị khoá).",
                "Wrong email or password (or the account is disabled).",
            );
            let email = form.text("email");
            let page = account::login(&ctx.chrome(), &email, &next, &errors);
            let mut res = ctx.html(page);
            *res.status_mut() = actix_web::http::StatusCode::UNAUTHORIZED;
            Ok(res)
        }
    }
}

pub async fn logout(
    ctx: Ctx,
    form: FormData,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    ctx.check_csrf(form.csrf())?;
    if let Some(account) = ctx.account.clone() {
        let address = ctx.address().to_string();
        state
            .db
            .run(move |conn| {
                users::end_sessions(conn, account.id)?;
                audit::append(conn, &account.audit("logout", &account.email, "", &address))
            })
            .await
            .map_err(WebError::storage(ctx.lang))?;
    }
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, "/"))
        .cookie(state.auth.keys.removal(SESSION_COOKIE))
        .finish())
}
