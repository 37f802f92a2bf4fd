//! `/admin/users` and `/admin/audit`: admins create accounts, change roles and agencies, disable
//! accounts (which ends their sessions at once), and read the audit log. Every write is audited; an
//! admin cannot remove the last active admin (themselves included), so the catalog never locks out.

use actix_web::{web, HttpRequest, HttpResponse};

use crate::auth::password;
use crate::domain::UserRole;
use crate::storage::agencies::{self, AgencyTree};
use crate::storage::audit::{self, AuditFilter};
use crate::storage::{users, StorageError};
use crate::web::form::FormData;
use crate::web::pages::admin::{self, AuditQuery, NewUserInput};
use crate::web::pages::dataset_form::agency_options;
use crate::web::pages::forms::Errors;
use crate::web::params::Params;
use crate::web::{AppState, Ctx, WebError};

const AUDIT_PAGE: i64 = 100;

async fn users_page(
    ctx: &Ctx,
    state: &AppState,
    new: &NewUserInput,
    errors: &Errors,
    notice: Option<&str>,
    status: actix_web::http::StatusCode,
) -> Result<HttpResponse, WebError> {
    let (all, tree) = state
        .db
        .run(|conn| Ok((users::all(conn)?, AgencyTree::new(agencies::all(conn)?))))
        .await
        .map_err(WebError::storage(ctx.lang))?;
    let choices = agency_options(&tree, &|_| true, ctx.lang);
    let mut res = ctx.html(admin::users(
        &ctx.chrome(),
        &all,
        &tree,
        &choices,
        new,
        errors,
        notice,
    ));
    *res.status_mut() = status;
    Ok(res)
}

pub async fn users(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    ctx.require_admin("/admin/users")?;
    let notice = Params::parse(req.query_string())
        .get("saved")
        .map(|_| ctx.lang.pick("Đã lưu.", "Saved.").to_string());
    users_page(
        &ctx,
        &state,
        &NewUserInput::default(),
        &Errors::default(),
        notice.as_deref(),
        actix_web::http::StatusCode::OK,
    )
    .await
}

/// The agency a form names (by code): `Ok(None)` for none, `Err` for an unknown code.
fn agency_of(tree: &AgencyTree, code: &str) -> Result<Option<i32>, ()> {
    if code.is_empty() {
        return Ok(None);
    }
    tree.by_code(code).map(|a| Some(a.id)).ok_or(())
}

pub async fn create_user(
    ctx: Ctx,
    form: FormData,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let account = ctx.require_admin("/admin/users")?.clone();
    ctx.check_csrf(form.csrf())?;
    let new = NewUserInput {
        email: users::normalise_email(&form.text("email")),
        display_name: form.text("display_name"),
        role: form.text("role"),
        agency: form.text("agency"),
    };
    let typed = form.get("password").unwrap_or("").to_string();
    let mut errors = Errors::default();
    if !new.email.contains('@') || new.email.len() > 320 || new.email.contains(char::is_whitespace)
    {
        errors.add(
            "email",
            "Hãy nhập một địa chỉ thư điện tử hợp lệ.",
            "Enter a valid email address.",
        );
    }
    if new.display_name.chars().count() > 200 {
        errors.add(
            "display_name",
            "Họ tên dài quá 200 ký tự.",
            "The name is longer than 200 characters.",
        );
    }
    let role = UserRole::from_code(&new.role);
    if role.is_none() {
        errors.add("role", "Hãy chọn một vai trò.", "Choose a role.");
    }
    super::account::check_new_password(&mut errors, "password", &typed);
    let address = ctx.address().to_string();
    let email = new.email.clone();
    let display_name = new.display_name.clone();
    let agency_code = new.agency.clone();
    let outcome = state
        .db
        .run(move |conn| {
            let tree = AgencyTree::new(agencies::all(conn)?);
            let agency_id = agency_of(&tree, &agency_code);
            if agency_id.is_err() {
                errors.add("agency", "Không có cơ quan này.", "No such agency.");
            }
            if let (Some(r), Ok(None)) = (role, agency_id) {
                if r.needs_agency() {
                    errors.add(
                        "agency",
                        "Cán bộ quản lý dữ liệu và cán bộ, công chức phải thuộc một cơ quan.",
                        "Stewards and officials belong to an agency.",
                    );
                }
            }
            if users::find_by_email(conn, &email)?.is_some() {
                errors.add(
                    "email",
                    "Đã có tài khoản với địa chỉ này.",
                    "An account with this email exists.",
                );
            }
            let (Some(role), Ok(agency_id), true) = (role, agency_id, errors.is_empty()) else {
                return Ok(Err(errors));
            };
            let hash = password::hash(&typed).map_err(StorageError::Invalid)?;
            crate::storage::write::transaction(conn, |conn| {
                users::create(
                    conn,
                    &users::NewUser {
                        email: &email,
                        display_name: &display_name,
                        password_hash: &hash,
                        role,
                        agency_id,
                    },
                )?;
                audit::append(
                    conn,
                    &account.audit("user_created", &email, role.code(), &address),
                )
            })?;
            Ok(Ok(()))
        })
        .await
        .map_err(WebError::storage(ctx.lang))?;
    match outcome {
        Ok(()) => Ok(HttpResponse::SeeOther()
            .insert_header(("Location", "/admin/users?saved=1"))
            .finish()),
        Err(errors) => {
            users_page(
                &ctx,
                &state,
                &new,
                &errors,
                None,
                actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

pub async fn update_user(
    req: HttpRequest,
    ctx: Ctx,
    form: FormData,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let account = ctx.require_admin("/admin/users")?.clone();
    ctx.check_csrf(form.csrf())?;
    let lang = ctx.lang;
    let Some(id) = req
        .match_info()
        .get("id")
        .and_then(|v| v.parse::<i32>().ok())
    else {
        return Err(ctx.not_found());
    };
    let Some(role) = form.get("role").and_then(UserRole::from_code) else {
        return Err(WebError::bad_request(lang));
    };
    let disabled = form.get("disabled").is_some_and(|v| !v.is_empty());
    let agency_code = form.text("agency");
    let address = ctx.address().to_string();
    let outcome = state
        .db
        .run(move |conn| {
            let Some(user) = users::find(conn, id)? else {
                return Ok(Err(None));
            };
            let tree = AgencyTree::new(agencies::all(conn)?);
            let Ok(agency_id) = agency_of(&tree, &agency_code) else {
                return Ok(Err(Some(("Không có cơ quan này.", "No such agency."))));
            };
            if role.needs_agency() && agency_id.is_none() {
                return Ok(Err(Some((
                    "Cán bộ quản lý dữ liệu và cán bộ, công chức phải thuộc một cơ quan.",
                    "Stewards and officials belong to an agency.",
                ))));
            }
            let stays_admin = role == UserRole::Admin && !disabled;
            if user.role() == UserRole::Admin && !user.disabled && !stays_admin {
                let others = users::all(conn)?
                    .into_iter()
                    .filter(|u| u.id != id && u.role() == UserRole::Admin && !u.disabled)
                    .count();
                if others == 0 {
                    return Ok(Err(Some((
                        "Không thể bỏ quyền hoặc khoá quản trị viên cuối cùng.",
                        "The last active administrator cannot be demoted or disabled.",
                    ))));
                }
            }
            let detail = format!(
                "role {}→{}, agency {:?}→{:?}, disabled {}→{}",
                user.role,
                role.code(),
                user.agency_id,
                agency_id,
                user.disabled,
                disabled
            );
            crate::storage::write::transaction(conn, |conn| {
                users::update_access(conn, id, role, agency_id, disabled)?;
                audit::append(
                    conn,
                    &account.audit("user_changed", &user.email, &detail, &address),
                )
            })?;
            Ok(Ok(()))
        })
        .await
        .map_err(WebError::storage(lang))?;
    match outcome {
        Ok(()) => Ok(HttpResponse::SeeOther()
            .insert_header(("Location", "/admin/users?saved=1"))
            .finish()),
        Err(None) => Err(ctx.not_found()),
        Err(Some((vi, en))) => {
            let mut errors = Errors::default();
            errors.add(format!("user-{id}-role"), vi, en);
            users_page(
                &ctx,
                &state,
                &NewUserInput::default(),
                &errors,
                None,
                actix_web::http::StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

pub async fn audit_log(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    ctx.require_admin("/admin/audit")?;
    let params = Params::parse(req.query_string());
    let query = AuditQuery {
        user: params.get("user").unwrap_or("").to_string(),
        agency: params.get("agency").unwrap_or("").to_string(),
        from: params.get("from").unwrap_or("").to_string(),
        to: params.get("to").unwrap_or("").to_string(),
    };
    let mut errors = Errors::default();
    let date = |name: &str, value: &str, errors: &mut Errors| {
        if value.is_empty() {
            return None;
        }
        let parsed = chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d").ok();
        if parsed.is_none() {
            errors.add(
                name,
                "Ngày phải có dạng năm-tháng-ngày, ví dụ 2026-11-28.",
                "Dates are year-month-day, e.g. 2026-11-28.",
            );
        }
        parsed
    };
    let from = date("from", &query.from, &mut errors);
    let to = date("to", &query.to, &mut errors);
    let before: Option<i64> = params.get("before").and_then(|b| b.parse().ok());
    let (user, agency) = (query.user.clone(), query.agency.clone());
    let (entries, tree, errors) = state
        .db
        .run(move |conn| {
            let tree = AgencyTree::new(agencies::all(conn)?);
            let mut filter = AuditFilter {
                from,
                to,
                ..Default::default()
            };
            if !user.is_empty() {
                match users::find_by_email(conn, &user)? {
                    Some(u) => filter.actor_id = Some(u.id),
                    None => errors.add(
                        "user",
                        "Không có người dùng với địa chỉ này.",
                        "No user with this email.",
                    ),
                }
            }
            if !agency.is_empty() {
                match tree.by_code(&agency) {
                    Some(a) => filter.agency_ids = Some(tree.subtree_ids(a.id)),
                    None => errors.add(
                        "agency",
                        "Không có cơ quan với mã này.",
                        "No agency with this code.",
                    ),
                }
            }
            let entries = if errors.is_empty() {
                audit::list(conn, &filter, before, AUDIT_PAGE)?
            } else {
                Vec::new()
            };
            Ok((entries, tree, errors))
        })
        .await
        .map_err(WebError::storage(ctx.lang))?;
    let next = (entries.len() as i64 == AUDIT_PAGE).then(|| {
        let last = entries.last().map(|e| e.id).unwrap_or_default();
        let mut q = form_urlencoded::Serializer::new(String::new());
        for (k, v) in [
            ("user", &query.user),
            ("agency", &query.agency),
            ("from", &query.from),
            ("to", &query.to),
        ] {
            if !v.is_empty() {
                q.append_pair(k, v);
            }
        }
        q.append_pair("before", &last.to_string());
        format!("/admin/audit?{}", q.finish())
    });
    Ok(ctx.html(admin::audit(
        &ctx.chrome(),
        &entries,
        &tree,
        &query,
        &errors,
        next,
    )))
}
