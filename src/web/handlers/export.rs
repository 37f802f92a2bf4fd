//! `/export/{kind}.csv`: the catalog as the visitor may see it (published and retired datasets: open
//! ones for the public, shared ones too once logged in…) as inventory CSV files,
//! streamed as they are read, a page of datasets at a time, so a large catalog never sits in memory.

use std::io::Write;

use actix_web::{web, HttpRequest, HttpResponse};
use futures_util::stream;

use crate::export::{self, Scope};
use crate::import::FileKind;
use crate::web::{AppState, Ctx, WebError};

/// Hands what a writer produces to the response, chunk by chunk.
pub(crate) struct ChannelWriter {
    chunks: tokio::sync::mpsc::Sender<web::Bytes>,
    buffer: Vec<u8>,
}

impl Write for ChannelWriter {
    fn write(&mut self, data: &[u8]) -> std::io::Result<usize> {
        self.buffer.extend_from_slice(data);
        if self.buffer.len() >= 64 * 1024 {
            self.flush()?;
        }
        Ok(data.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let chunk = web::Bytes::from(std::mem::take(&mut self.buffer));
        // The client went away: stop reading the catalog.
        self.chunks
            .blocking_send(chunk)
            .map_err(|_| std::io::Error::new(std::io::ErrorKind::BrokenPipe, "client gone"))
    }
}

/// A response body produced by `produce` on a blocking thread with a database connection, sent
/// as it is written (64 KiB at a time, at most four chunks ahead of the client). If the client goes
/// away, writing fails and `produce` stops; its error is logged.
pub(crate) fn streamed<F>(
    db: crate::storage::Db,
    produce: F,
) -> impl futures_util::Stream<Item = Result<web::Bytes, actix_web::Error>>
where
    F: FnOnce(&mut crate::storage::DbConn, ChannelWriter) -> Result<(), String> + Send + 'static,
{
    let (chunks, receiver) = tokio::sync::mpsc::channel::<web::Bytes>(4);
    tokio::task::spawn_blocking(move || {
        let mut conn = match db.conn() {
            Ok(c) => c,
            Err(e) => return tracing::error!(error = %e, "export: no database connection"),
        };
        let out = ChannelWriter {
            chunks,
            buffer: Vec::with_capacity(64 * 1024),
        };
        if let Err(e) = produce(&mut conn, out) {
            tracing::warn!(error = %e, "export stopped");
        }
    });
    stream::unfold(receiver, |mut receiver| async move {
        receiver
            .recv()
            .await
            .map(|chunk| (Ok::<_, actix_web::Error>(chunk), receiver))
    })
}

pub async fn file(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let lang = ctx.lang;
    let scope = Scope::visible_to(ctx.viewer.clone());
    let name = req.match_info().get("file").unwrap_or("");
    let kind = name
        .strip_suffix(".csv")
        .and_then(FileKind::parse)
        .filter(|k| name == format!("{}.csv", k.name()))
        .ok_or_else(|| WebError::not_found(lang))?;
    let body = streamed(state.db.clone(), move |conn, out| {
        export::write(conn, kind, scope, out)
            .map(|_| ())
            .map_err(|e| e.to_string())
    });
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"ndc-{}.csv\"", kind.name()),
        ))
        .streaming(body))
}
