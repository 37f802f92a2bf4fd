//! The outbox: notifications written in the transaction of the step they announce (so none is lost),
//! shown in the recipients' inbox, and handed to a mail gateway that marks each delivered — or
//! records why it failed, leaving it pending for the next attempt.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::outbox;
use super::{DbConn, StorageError};
use crate::with_conn;

/// A message to write: to every user of an agency, or to one user.
#[derive(Debug, Clone)]
pub struct Message {
    pub request_id: Option<i32>,
    pub recipient_agency_id: Option<i32>,
    pub recipient_user_id: Option<i32>,
    pub kind: String,
    pub subject: String,
    pub body: String,
    pub created_at: NaiveDateTime,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = outbox)]
pub struct Stored {
    pub id: i32,
    pub created_at: NaiveDateTime,
    pub request_id: Option<i32>,
    pub recipient_agency_id: Option<i32>,
    pub recipient_user_id: Option<i32>,
    pub kind: String,
    pub subject: String,
    pub body: String,
    pub delivered_at: Option<NaiveDateTime>,
    pub attempts: i32,
    pub last_error: String,
}

pub fn push(conn: &mut DbConn, messages: &[Message]) -> Result<(), StorageError> {
    for m in messages {
        with_conn!(conn, |c| diesel::insert_into(outbox::table)
            .values((
                outbox::created_at.eq(m.created_at),
                outbox::request_id.eq(m.request_id),
                outbox::recipient_agency_id.eq(m.recipient_agency_id),
                outbox::recipient_user_id.eq(m.recipient_user_id),
                outbox::kind.eq(&m.kind),
                outbox::subject.eq(&m.subject),
                outbox::body.eq(&m.body),
            ))
            .execute(c))?;
    }
    Ok(())
}

/// The latest messages for a user: their own and their agency's.
pub fn for_user(
    conn: &mut DbConn,
    user_id: i32,
    agency_id: Option<i32>,
    limit: i64,
) -> Result<Vec<Stored>, StorageError> {
    Ok(with_conn!(conn, |c| {
        let mut q = outbox::table.into_boxed();
        q = match agency_id {
            Some(a) => q.filter(
                outbox::recipient_user_id
                    .eq(user_id)
                    .or(outbox::recipient_agency_id.eq(a)),
            ),
            None => q.filter(outbox::recipient_user_id.eq(user_id)),
        };
        q.order(outbox::id.desc())
            .limit(limit)
            .select(Stored::as_select())
            .load(c)
    })?)
}

/// Messages not delivered yet, oldest first, for the mail gateway.
pub fn pending(conn: &mut DbConn, limit: i64) -> Result<Vec<Stored>, StorageError> {
    Ok(with_conn!(conn, |c| outbox::table
        .filter(outbox::delivered_at.is_null())
        .order(outbox::id)
        .limit(limit)
        .select(Stored::as_select())
        .load(c))?)
}

/// Records a delivery attempt: delivered, or failed with a reason (the message stays pending).
/// False when there is no such message.
pub fn record_attempt(
    conn: &mut DbConn,
    id: i32,
    at: NaiveDateTime,
    outcome: Result<(), &str>,
) -> Result<bool, StorageError> {
    let target = outbox::table.find(id);
    let changed = match outcome {
        Ok(()) => with_conn!(conn, |c| diesel::update(target)
            .set((
                outbox::delivered_at.eq(Some(at)),
                outbox::attempts.eq(outbox::attempts + 1),
            ))
            .execute(c))?,
        Err(reason) => with_conn!(conn, |c| diesel::update(target)
            .set((
                outbox::attempts.eq(outbox::attempts + 1),
                outbox::last_error.eq(reason),
            ))
            .execute(c))?,
    };
    Ok(changed > 0)
}
