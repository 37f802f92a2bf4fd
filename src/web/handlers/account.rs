//! `/account`: the logged-in user's page, and changing one's own password (the current password is
//! asked again; the other sessions end, this one continues with a fresh cookie).

use actix_web::{web, HttpResponse};

use crate::auth::password::{self, Weakness};
use crate::domain::UserRole;
use crate::storage::{audit, tokens, users};
use crate::web::form::FormData;
use crate::web::pages::account;
use crate::web::pages::forms::Errors;
use crate::web::params::Params;
use crate::web::{AppState, Ctx, WebError};

fn agency_name(ctx: &Ctx) -> Option<String> {
    let id = ctx.account.as_ref()?.agency_id?;
    let tree = ctx.tree.as_ref()?;
    tree.get(id).map(|a| a.name(ctx.lang).to_string())
}

/// Adds the message a new password that breaks the rules gets (account page and admin page).
pub(super) fn check_new_password(errors: &mut Errors, field: &str, typed: &str) {
    match password::check_new(typed) {
        Err(Weakness::TooShort) => errors.add(
            field,
            format!("Mật khẩu phải có ít nhất {} ký tự.", password::MIN_LENGTH),
            format!(
                "The password needs at least {} characters.",
                password::MIN_LENGTH
            ),
        ),
        Err(Weakness::TooLong) => errors.add(
            field,
            format!("Mật khẩu dài quá {} ký tự.", password::MAX_LENGTH),
            format!(
                "The password is longer than {} characters.",
                password::MAX_LENGTH
            ),
        ),
        Ok(()) => {}
    }
}

/// The account page; `new_secret` shows a token just created.
async fn page(
    ctx: &Ctx,
    state: &AppState,
    errors: &Errors,
    saved: bool,
    new_secret: Option<&str>,
    status: actix_web::http::StatusCode,
) -> Result<HttpResponse, WebError> {
    let account = ctx.require_login("/account")?;
    let tokens = if account.role == UserRole::Official {
        None
    } else {
        let id = account.id;
        Some(
            state
                .db
                .run(move |conn| tokens::of_user(conn, id))
                .await
                .map_err(WebError::storage(ctx.lang))?,
        )
    };
    let part = tokens.as_ref().map(|t| account::TokensPart {
        tokens: t,
        new_secret,
    });
    let markup = account::account(
        &ctx.chrome(),
        account,
        agency_name(ctx).as_deref(),
        errors,
        saved,
        part.as_ref(),
    );
    let mut res = ctx.html(markup);
    *res.status_mut() = status;
    Ok(res)
}

pub async fn show(
    req: actix_web::HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let saved = Params::parse(req.query_string()).get("saved").is_some();
    page(
        &ctx,
        &state,
        &Errors::default(),
        saved,
        None,
        actix_web::http::StatusCode::OK,
    )
    .await
}

/// Creates an API token acting for this steward's agency (or as admin); shows it once.
pub async fn create_token(
    ctx: Ctx,
    form: FormData,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let account = ctx.require_login("/account")?.clone();
    ctx.check_csrf(form.csrf())?;
    let role = match (account.role, account.agency_id) {
        (UserRole::Admin, _) => tokens::Role::Admin,
        (UserRole::Steward, Some(agency_id)) => tokens::Role::Steward { agency_id },
        _ => return Err(ctx.forbidden()),
    };
    let name = form.text("token_name");
    if name.is_empty() || name.chars().count() > 100 {
        let mut errors = Errors::default();
        errors.add(
            "token_name",
            "Hãy đặt tên cho mã (tối đa 100 ký tự), ví dụ «phần mềm đồng bộ kho dữ liệu».",
            "Name the token (at most 100 characters), e.g. “warehouse sync script”.",
        );
        return page(
            &ctx,
            &state,
            &errors,
            false,
            None,
            actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await;
    }
    let address = ctx.address().to_string();
    let secret = state
        .db
        .run(move |conn| {
            let secret = tokens::create_for_user(conn, &name, &role, Some(account.id))?;
            audit::append(conn, &account.audit("token_created", &name, "", &address))?;
            Ok(secret)
        })
        .await
        .map_err(WebError::storage(ctx.lang))?;
    page(
        &ctx,
        &state,
        &Errors::default(),
        false,
        Some(&secret),
        actix_web::http::StatusCode::OK,
    )
    .await
}

pub async fn revoke_token(
    req: actix_web::HttpRequest,
    ctx: Ctx,
    form: FormData,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let account = ctx.require_login("/account")?.clone();
    ctx.check_csrf(form.csrf())?;
    let Some(id) = req
        .match_info()
        .get("id")
        .and_then(|v| v.parse::<i32>().ok())
    else {
        return Err(ctx.not_found());
    };
    let revoked = state
        .db
        .run(move |conn| tokens::revoke(conn, id, account.id))
        .await
        .map_err(WebError::storage(ctx.lang))?;
    if !revoked {
        return Err(ctx.not_found());
    }
    Ok(HttpResponse::SeeOther()
        .insert_header(("Location", "/account#tokens"))
        .finish())
}

pub async fn change_password(
    ctx: Ctx,
    form: FormData,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let account = ctx.require_login("/account")?.clone();
    ctx.check_csrf(form.csrf())?;
    let lang = ctx.lang;
    let current = form.get("current").unwrap_or("").to_string();
    let new = form.get("new").unwrap_or("").to_string();
    let mut errors = Errors::default();
    check_new_password(&mut errors, "new", &new);
    if form.get("confirm").unwrap_or("") != new {
        errors.add(
            "confirm",
            "Hai lần nhập mật khẩu mới không khớp nhau.",
            "The two new passwords differ.",
        );
    }
    let address = ctx.address().to_string();
    let id = account.id;
    let email = account.email.clone();
    let agency_id = account.agency_id;
    let check_only = !errors.is_empty();
    let result = state
        .db
        .run(move |conn| {
            let Some(user) = users::find(conn, id)? else {
                return Ok(None);
            };
            if !password::verify(&current, &user.password_hash) {
                return Ok(Some(Err(())));
            }
            if check_only {
                return Ok(Some(Ok(None)));
            }
            let hash = password::hash(&new).map_err(crate::storage::StorageError::Invalid)?;
            let epoch = users::set_password(conn, id, &hash)?;
            audit::append(
                conn,
                &audit::Entry {
                    actor_id: Some(id),
                    actor_label: &email,
                    agency_id,
                    action: "password_changed",
                    subject: &email,
                    detail: "",
                    address: &address,
                },
            )?;
            Ok(Some(Ok(Some(epoch))))
        })
        .await
        .map_err(WebError::storage(lang))?;
    match result {
        None => Err(WebError::login_needed(lang, "/account")),
        Some(Ok(Some(epoch))) => {
            let (_, cookie) = state
                .auth
                .keys
                .start(id, epoch, chrono::Utc::now().timestamp());
            Ok(HttpResponse::SeeOther()
                .insert_header(("Location", "/account?saved=1"))
                .cookie(cookie)
                .finish())
        }
        other => {
            if matches!(other, Some(Err(()))) {
                errors.add(
                    "current",
                    "Mật khẩu hiện tại không đúng.",
                    "The current password is wrong.",
                );
            }
            page(
                &ctx,
                &state,
                &errors,
                false,
                None,
                actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}
