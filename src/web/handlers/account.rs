//! `/account`: the logged-in user's page, and changing one's own password (the current password is
//! asked again; the other sessions end, this one continues with a fresh cookie).

use actix_web::{web, HttpResponse};

use crate::auth::password::{self, Weakness};
use crate::storage::{audit, users};
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

pub async fn show(req: actix_web::HttpRequest, ctx: Ctx) -> Result<HttpResponse, WebError> {
    let account = ctx.require_login("/account")?;
    let saved = Params::parse(req.query_string()).get("saved").is_some();
    let page = account::account(
        &ctx.chrome(),
        account,
        agency_name(&ctx).as_deref(),
        &Errors::default(),
        saved,
    );
    Ok(ctx.html(page))
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
    match password::check_new(&new) {
        Err(Weakness::TooShort) => errors.add(
            "new",
            format!("Mật khẩu mới phải có ít nhất {} ký tự.", password::MIN_LENGTH),
            format!("The new password needs at least {} characters.", password::MIN_LENGTH),
        ),
        Err(Weakness::TooLong) => errors.add(
            "new",
            format!("Mật khẩu mới dài quá {} ký tự.", password::MAX_LENGTH),
            format!("The new password is longer than {} characters.", password::MAX_LENGTH),
        ),
        Ok(()) => {}
    }
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
            let page = account::account(
                &ctx.chrome(),
                &account,
                agency_name(&ctx).as_deref(),
                &errors,
                false,
            );
            let mut res = ctx.html(page);
            *res.status_mut() = actix_web::http::StatusCode::UNPROCESSABLE_ENTITY;
            Ok(res)
        }
    }
}
