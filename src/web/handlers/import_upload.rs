//! `/imports/new`: stewards upload inventory files, read the dry-run report, then confirm. The
//! files wait between the two steps in a batch directory under the upload directory, marked with
//! the uploader's id: only they can confirm it, and it is removed once imported (or after a day).

use std::io::Write;
use std::path::{Path, PathBuf};

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use futures_util::StreamExt;

use crate::domain::UserRole;
use crate::import::{self, Input, Options};
use crate::storage::history::Channel;
use crate::storage::tokens::Role;
use crate::web::ctx::Account;
use crate::web::pages::forms::Errors;
use crate::web::pages::import_upload;
use crate::web::{AppState, Ctx, WebError};

const OWNER_FILE: &str = ".owner";
/// Batches not confirmed within a day are removed.
const BATCH_LIFETIME: std::time::Duration = std::time::Duration::from_secs(24 * 3600);

fn writer<'a>(ctx: &'a Ctx) -> Result<&'a Account, WebError> {
    let account = ctx.require_login("/imports/new")?;
    if account.role == UserRole::Official {
        return Err(ctx.forbidden());
    }
    Ok(account)
}

fn role_of(account: &Account) -> Option<Role> {
    match (account.role, account.agency_id) {
        (UserRole::Admin, _) => Some(Role::Admin),
        (UserRole::Steward, Some(agency_id)) => Some(Role::Steward { agency_id }),
        _ => None,
    }
}

/// A file name as the report shows it: the last path part, printable characters only.
fn clean_name(raw: &str) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or("");
    let name: String = last.chars().filter(|c| !c.is_control()).take(120).collect();
    if name.trim().is_empty() || name == "." || name == ".." {
        "upload.csv".to_string()
    } else {
        name
    }
}

fn batch_dir(state: &AppState, batch: &str) -> Option<PathBuf> {
    let valid = batch.len() == 40 && batch.bytes().all(|b| b.is_ascii_hexdigit());
    valid.then(|| state.imports.tmp_dir.join(format!("web-{batch}")))
}

fn inputs_of(dir: &Path) -> std::io::Result<Vec<Input>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.file_name().is_some_and(|n| n != OWNER_FILE))
        .collect();
    files.sort();
    Ok(files
        .into_iter()
        .map(|p| {
            // Stored as "<n>-<name>" so two uploads called the same do not collide.
            let stored = p
                .file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned();
            let name = stored
                .split_once('-')
                .map(|(_, n)| n.to_string())
                .unwrap_or(stored);
            Input::file_named(name, p)
        })
        .collect())
}

/// Removes batches older than a day (uploads nobody confirmed).
fn sweep(root: &Path) {
    let Ok(entries) = std::fs::read_dir(root) else {
        return;
    };
    for e in entries.flatten() {
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > BATCH_LIFETIME);
        if old && e.file_name().to_string_lossy().starts_with("web-") {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

pub async fn form(ctx: Ctx) -> Result<HttpResponse, WebError> {
    writer(&ctx)?;
    Ok(ctx.html(import_upload::form(&ctx.chrome(), &Errors::default())))
}

fn options(account: &Account, role: Role, dry_run: bool, partial: bool) -> Options {
    Options {
        dry_run,
        partial,
        actor: role,
        actor_label: account.email.clone(),
        actor_user: Some(account.id),
        channel: Channel::Import,
        ..Options::default()
    }
}

pub async fn upload(
    req: HttpRequest,
    ctx: Ctx,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let account = writer(&ctx)?.clone();
    let lang = ctx.lang;
    let Some(role) = role_of(&account) else {
        return Err(ctx.forbidden());
    };
    sweep(&state.imports.tmp_dir);
    let mut bytes = [0u8; 20];
    getrandom::fill(&mut bytes).map_err(|_| WebError::internal(lang))?;
    let batch: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let dir = batch_dir(&state, &batch).ok_or_else(|| WebError::internal(lang))?;
    std::fs::create_dir_all(&dir).map_err(|e| {
        tracing::error!(error = %e, "cannot create an upload batch");
        WebError::internal(lang)
    })?;
    let limit = state.imports.max_upload_bytes;
    let mut used = 0u64;
    let mut csrf = String::new();
    let mut count = 0usize;
    let mut multipart = actix_multipart::Multipart::new(req.headers(), payload);
    let outcome: Result<(), WebError> = async {
        while let Some(field) = multipart.next().await {
            let mut field = field.map_err(|_| WebError::bad_request(lang))?;
            let name = field.name().unwrap_or("").to_string();
            let filename = field
                .content_disposition()
                .and_then(|d| d.get_filename().map(str::to_string));
            match (name.as_str(), filename) {
                ("csrf", None) => {
                    while let Some(chunk) = field.next().await {
                        let chunk = chunk.map_err(|_| WebError::bad_request(lang))?;
                        if csrf.len() + chunk.len() > 200 {
                            return Err(WebError::bad_request(lang));
                        }
                        csrf.push_str(&String::from_utf8_lossy(&chunk));
                    }
                }
                ("files", Some(filename)) => {
                    count += 1;
                    let path = dir.join(format!("{count:03}-{}", clean_name(&filename)));
                    let mut file =
                        std::fs::File::create(&path).map_err(|_| WebError::internal(lang))?;
                    let mut empty = true;
                    while let Some(chunk) = field.next().await {
                        let chunk = chunk.map_err(|_| WebError::bad_request(lang))?;
                        used += chunk.len() as u64;
                        if used > limit {
                            return Err(WebError::too_large(lang));
                        }
                        empty &= chunk.is_empty();
                        file.write_all(&chunk)
                            .map_err(|_| WebError::internal(lang))?;
                    }
                    // A form sent without choosing a file has one empty, nameless part.
                    if empty && filename.is_empty() {
                        drop(file);
                        let _ = std::fs::remove_file(&path);
                        count -= 1;
                    }
                }
                // Anything else is drained and ignored.
                _ => while field.next().await.is_some() {},
            }
        }
        Ok(())
    }
    .await;
    let cleanup = |dir: &Path| {
        let _ = std::fs::remove_dir_all(dir);
    };
    if let Err(e) = outcome {
        cleanup(&dir);
        return Err(e);
    }
    if let Err(e) = ctx.check_csrf(Some(csrf.trim())) {
        cleanup(&dir);
        return Err(e);
    }
    if count == 0 {
        cleanup(&dir);
        let mut errors = Errors::default();
        errors.add(
            "files",
            "Hãy chọn ít nhất một tệp.",
            "Choose at least one file.",
        );
        let mut res = ctx.html(import_upload::form(&ctx.chrome(), &errors));
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
        return Ok(res);
    }
    std::fs::write(dir.join(OWNER_FILE), account.id.to_string())
        .map_err(|_| WebError::internal(lang))?;
    let inputs = inputs_of(&dir).map_err(|_| WebError::internal(lang))?;
    let check = options(&account, role, true, false);
    let report = state
        .db
        .run(move |conn| import::run(conn, &inputs, &check, &|_| {}))
        .await
        .map_err(WebError::storage(lang))?;
    if report.unusable {
        cleanup(&dir);
    }
    let mut res = ctx.html(import_upload::report(&ctx.chrome(), &report, Some(&batch)));
    if report.errors > 0 {
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(res)
}

pub async fn commit(
    req: HttpRequest,
    ctx: Ctx,
    form: crate::web::form::FormData,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let account = writer(&ctx)?.clone();
    ctx.check_csrf(form.csrf())?;
    let lang = ctx.lang;
    let Some(role) = role_of(&account) else {
        return Err(ctx.forbidden());
    };
    let batch = req.match_info().get("batch").unwrap_or("");
    // Someone else's batch, an expired one and a made-up one look the same.
    let dir = batch_dir(&state, batch)
        .filter(|d| {
            std::fs::read_to_string(d.join(OWNER_FILE))
                .is_ok_and(|owner| owner.trim() == account.id.to_string())
        })
        .ok_or_else(|| ctx.not_found())?;
    let partial = form.get("mode") == Some("partial");
    let inputs = inputs_of(&dir).map_err(|_| WebError::internal(lang))?;
    let run = options(&account, role, false, partial);
    let report = state
        .db
        .run(move |conn| import::run(conn, &inputs, &run, &|_| {}))
        .await
        .map_err(WebError::storage(lang))?;
    if report.committed {
        state.search.nudge();
    }
    if report.committed || report.unusable {
        let _ = std::fs::remove_dir_all(&dir);
    }
    let batch = (!report.committed && !report.unusable).then_some(batch);
    let mut res = ctx.html(import_upload::report(&ctx.chrome(), &report, batch));
    if !report.committed {
        *res.status_mut() = StatusCode::UNPROCESSABLE_ENTITY;
    }
    Ok(res)
}
