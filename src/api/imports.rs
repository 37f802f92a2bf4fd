//! `POST /api/v1/imports`: an inventory in the body (CSV, .xlsx, or multipart with several files),
//! spooled to temporary files (memory stays bounded; bodies over the configured limit get 413),
//! imported by the same engine as `ndc import`, answered with the JSON report. `?dry_run=true`
//! validates only; `?partial=true` commits the valid rows. 200 when written (or a clean dry run),
//! 422 when rows were rejected and nothing was written.

use std::io::Write;

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use futures_util::StreamExt;

use super::error::ErrorBody;
use super::ApiError;
use crate::import::{self, FileKind, Input, Options, Report};
use crate::storage::tokens;
use crate::web::AppState;

fn too_large(limit: u64) -> ApiError {
    ApiError::new(
        StatusCode::PAYLOAD_TOO_LARGE,
        "payload_too_large",
        format!(
            "Tệp gửi lên lớn quá {} MB: hãy chia thành nhiều lần nhập.",
            limit >> 20
        ),
        format!(
            "The upload is larger than {} MB: split it into several imports.",
            limit >> 20
        ),
    )
}

fn flag(query: &[(String, String)], name: &str) -> Result<bool, ApiError> {
    match query
        .iter()
        .rev()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
    {
        None => Ok(false),
        Some("true" | "1" | "yes" | "") => Ok(true),
        Some("false" | "0" | "no") => Ok(false),
        Some(other) => Err(ApiError::bad_request(
            format!(
                "Tham số «{name}» phải là true hoặc false (nhận được «{}»).",
                import::shorten(other)
            ),
            format!(
                "The parameter “{name}” must be true or false (got “{}”).",
                import::shorten(other)
            ),
        )),
    }
}

fn options(req: &HttpRequest, token: &tokens::Token) -> Result<Options, ApiError> {
    let query: Vec<(String, String)> = form_urlencoded::parse(req.query_string().as_bytes())
        .into_owned()
        .collect();
    let get = |name: &str| {
        query
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
    };
    let encoding = match get("encoding") {
        None => None,
        Some(e) => Some(import::encoding_named(&e).ok_or_else(|| {
            ApiError::bad_request(
                "Bảng mã không được hỗ trợ: dùng utf-8, windows-1258, utf-16le hoặc utf-16be.",
                "Unsupported encoding: use utf-8, windows-1258, utf-16le or utf-16be.",
            )
        })?),
    };
    let kind = match get("kind") {
        None => None,
        Some(k) => Some(FileKind::parse(&k).ok_or_else(|| {
            ApiError::bad_request(
                "Tham số «kind» phải là agencies, datasets, fields hoặc distributions.",
                "The parameter “kind” must be agencies, datasets, fields or distributions.",
            )
        })?),
    };
    Ok(Options {
        dry_run: flag(&query, "dry_run")?,
        partial: flag(&query, "partial")?,
        encoding,
        kind,
        actor: token.role.clone(),
        actor_label: format!("API token «{}»", token.name),
        actor_user: None,
        channel: crate::storage::history::Channel::Api,
    })
}

pub(super) async fn authenticate(
    req: &HttpRequest,
    state: &AppState,
) -> Result<tokens::Token, ApiError> {
    let secret = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| {
            v.strip_prefix("Bearer ")
                .or_else(|| v.strip_prefix("bearer "))
        })
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty() && s.len() <= 200)
        .ok_or_else(ApiError::unauthorized)?;
    state
        .db
        .run(move |conn| tokens::authenticate(conn, &secret))
        .await
        .map_err(ApiError::storage)?
        .ok_or_else(ApiError::unauthorized)
}

/// Copies a body stream into a temporary file, refusing more than `limit` bytes in all.
async fn spool<S, E>(
    mut stream: S,
    dir: &std::path::Path,
    used: &mut u64,
    limit: u64,
) -> Result<tempfile::NamedTempFile, ApiError>
where
    S: futures_util::Stream<Item = Result<web::Bytes, E>> + Unpin,
    E: std::fmt::Display,
{
    let io_error = |e: std::io::Error| {
        tracing::error!(error = %e, "cannot spool an upload");
        ApiError::new(
            StatusCode::INSUFFICIENT_STORAGE,
            "cannot_store_upload",
            "Máy chủ không lưu tạm được tệp gửi lên; hãy thử lại sau.",
            "The server cannot store the upload; try again later.",
        )
    };
    let mut file = tempfile::NamedTempFile::new_in(dir).map_err(io_error)?;
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| {
            ApiError::bad_request(
                format!("Không nhận được trọn nội dung yêu cầu: {e}."),
                format!("The request body could not be received: {e}."),
            )
        })?;
        *used += chunk.len() as u64;
        if *used > limit {
            return Err(too_large(limit));
        }
        file.write_all(&chunk).map_err(io_error)?;
    }
    file.flush().map_err(io_error)?;
    Ok(file)
}

/// Imports the files of the body with the token's rights, in one transaction.
#[utoipa::path(
    post,
    path = "/api/v1/imports",
    operation_id = "create_import",
    tag = "imports",
    summary = "Import inventory files (CSV, .xlsx, or multipart with several); see docs/inventory-format.md",
    params(
        ("dry_run" = Option<bool>, Query, description = "true: check only"),
        ("partial" = Option<bool>, Query, description = "true: import the valid rows"),
        ("kind" = Option<String>, Query, description = "agencies, datasets, fields or distributions"),
        ("encoding" = Option<String>, Query, description = "utf-8, windows-1258, utf-16le, utf-16be"),
        ("name" = Option<String>, Query, description = "file name for the report (plain bodies)"),
    ),
    request_body(
        description = "One inventory file, or several as multipart/form-data",
        content(
            (String = "text/csv"),
            ("multipart/form-data"),
            ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ),
    ),
    responses(
        (status = 200, description = "Written, or a dry run without errors", body = Report),
        (status = 400, description = "A parameter or the body is not understood", body = ErrorBody),
        (status = 401, description = "No valid token", body = ErrorBody),
        (status = 413, description = "Body too large", body = ErrorBody),
        (status = 422, description = "Rows were rejected and nothing was written", body = Report),
    ),
    security(("bearer" = [])),
)]
pub async fn create(
    req: HttpRequest,
    payload: web::Payload,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let token = authenticate(&req, &state).await?;
    let options = options(&req, &token)?;
    let limit = state.imports.max_upload_bytes;
    if let Some(len) = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
    {
        if len > limit {
            return Err(too_large(limit));
        }
    }
    let dir = state.imports.tmp_dir.clone();
    std::fs::create_dir_all(&dir)
        .map_err(|e| ApiError::storage(crate::storage::StorageError::Unavailable(e.to_string())))?;
    let mut used = 0u64;
    let mut files = Vec::new();
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    if content_type.starts_with("multipart/form-data") {
        let mut multipart = actix_multipart::Multipart::new(req.headers(), payload);
        while let Some(field) = multipart.next().await {
            let field = field.map_err(|e| {
                ApiError::bad_request(
                    format!("Nội dung multipart không hợp lệ: {e}."),
                    format!("The multipart body is malformed: {e}."),
                )
            })?;
            let name = field
                .content_disposition()
                .and_then(|d| d.get_filename().map(str::to_string))
                .unwrap_or_else(|| format!("part-{}", files.len() + 1));
            let file = spool(field, &dir, &mut used, limit).await?;
            files.push((name, file));
        }
    } else {
        let name = form_urlencoded::parse(req.query_string().as_bytes())
            .find(|(k, _)| k == "name")
            .map(|(_, v)| v.into_owned())
            .unwrap_or_else(|| "request.csv".to_string());
        let file = spool(payload, &dir, &mut used, limit).await?;
        files.push((name, file));
    }
    if files.is_empty() {
        return Err(ApiError::bad_request(
            "Yêu cầu không có tệp nào.",
            "The request holds no file.",
        ));
    }
    tracing::info!(token = %token.name, files = files.len(), bytes = used, dry_run = options.dry_run, "import over the API");
    let report = state
        .db
        .run(move |conn| {
            let inputs: Vec<Input> = files
                .iter()
                .map(|(name, f)| Input::file_named(name.clone(), f.path().to_path_buf()))
                .collect();
            let report = import::run(conn, &inputs, &options, &|_| {});
            drop(files);
            report
        })
        .await
        .map_err(ApiError::storage)?;
    if report.committed {
        state.search.nudge();
    }
    let status = if report.errors > 0 && !report.committed {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok(HttpResponse::build(status).json(report))
}
