//! The audit log: every write anyone makes (logins and failed logins, user changes, dataset
//! changes, imports), appended in the transaction of the write where there is one, and listed with
//! filters for the admin audit page.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::schema::audit_log;
use super::{DbConn, StorageError};
use crate::with_conn;

/// One entry to append.
#[derive(Debug, Clone, Default)]
pub struct Entry<'a> {
    pub actor_id: Option<i32>,
    pub actor_label: &'a str,
    pub agency_id: Option<i32>,
    /// `login`, `login_failed`, `logout`, `user_created`, `user_changed`, `password_changed`,
    /// `dataset_created`, `dataset_updated`, `import`.
    pub action: &'a str,
    /// What was acted on: a dataset identifier, a user's email, a file name.
    pub subject: &'a str,
    pub detail: &'a str,
    pub address: &'a str,
}

pub fn append(conn: &mut DbConn, e: &Entry) -> Result<(), StorageError> {
    let now = chrono::Utc::now().naive_utc();
    with_conn!(conn, |c| diesel::insert_into(audit_log::table)
        .values((
            audit_log::at.eq(now),
            audit_log::actor_id.eq(e.actor_id),
            audit_log::actor_label.eq(e.actor_label),
            audit_log::agency_id.eq(e.agency_id),
            audit_log::action.eq(e.action),
            audit_log::subject.eq(e.subject),
            audit_log::detail.eq(e.detail),
            audit_log::address.eq(e.address),
        ))
        .execute(c))?;
    Ok(())
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = audit_log)]
pub struct Logged {
    pub id: i64,
    pub at: NaiveDateTime,
    pub actor_id: Option<i32>,
    pub actor_label: String,
    pub agency_id: Option<i32>,
    pub action: String,
    pub subject: String,
    pub detail: String,
    pub address: String,
}

/// Filters of the audit page; every one optional.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub actor_id: Option<i32>,
    pub agency_ids: Option<Vec<i32>>,
    pub from: Option<NaiveDate>,
    /// Inclusive: the whole day.
    pub to: Option<NaiveDate>,
}

/// Newest first, at most `limit` entries before `before_id` (keyset paging).
pub fn list(
    conn: &mut DbConn,
    filter: &AuditFilter,
    before_id: Option<i64>,
    limit: i64,
) -> Result<Vec<Logged>, StorageError> {
    // A boxed query is tied to one backend, so the macro builds it once per backend.
    Ok(with_conn!(conn, |c| {
        let mut q = audit_log::table.into_boxed();
        if let Some(id) = filter.actor_id {
            q = q.filter(audit_log::actor_id.eq(id));
        }
        if let Some(ids) = &filter.agency_ids {
            q = q.filter(audit_log::agency_id.eq_any(ids.clone()));
        }
        if let Some(from) = filter.from {
            q = q.filter(audit_log::at.ge(from.and_hms_opt(0, 0, 0).unwrap_or_default()));
        }
        if let Some(to) = filter.to.and_then(|d| d.succ_opt()) {
            q = q.filter(audit_log::at.lt(to.and_hms_opt(0, 0, 0).unwrap_or_default()));
        }
        if let Some(before) = before_id {
            q = q.filter(audit_log::id.lt(before));
        }
        q.order(audit_log::id.desc())
            .limit(limit)
            .select(Logged::as_select())
            .load(c)
    })?)
}
