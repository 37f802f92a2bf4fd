//! Dataset history: one row per change (who, when, through which channel, which revision it made)
//! with a field-by-field diff stored as JSON. Written in the transaction of the change.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use serde::{Deserialize, Serialize};

use super::schema::dataset_history;
use super::{DbConn, StorageError};
use crate::with_conn;

/// One changed field: `field` names it (`title`, `fields[2].name`, `distributions[0].url`…).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    pub before: String,
    pub after: String,
}

/// Through which door a change came.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Form,
    Import,
    Api,
}

impl Channel {
    pub fn code(self) -> &'static str {
        match self {
            Channel::Form => "form",
            Channel::Import => "import",
            Channel::Api => "api",
        }
    }
}

pub struct NewEntry<'a> {
    pub dataset_id: i32,
    pub revision: i32,
    pub actor_id: Option<i32>,
    pub actor_label: &'a str,
    pub channel: Channel,
    pub diff: &'a [FieldChange],
}

pub fn append(conn: &mut DbConn, e: &NewEntry) -> Result<(), StorageError> {
    let now = chrono::Utc::now().naive_utc();
    let diff = serde_json::to_string(e.diff).unwrap_or_else(|_| "[]".to_string());
    with_conn!(conn, |c| diesel::insert_into(dataset_history::table)
        .values((
            dataset_history::dataset_id.eq(e.dataset_id),
            dataset_history::revision.eq(e.revision),
            dataset_history::at.eq(now),
            dataset_history::actor_id.eq(e.actor_id),
            dataset_history::actor_label.eq(e.actor_label),
            dataset_history::channel.eq(e.channel.code()),
            dataset_history::diff.eq(diff),
        ))
        .execute(c))?;
    Ok(())
}

#[derive(Debug, Clone)]
pub struct Entry {
    pub revision: i32,
    pub at: NaiveDateTime,
    pub actor_label: String,
    pub channel: String,
    pub diff: Vec<FieldChange>,
}

/// The dataset's history, newest first; with `after_revision`, only the changes made since.
pub fn of_dataset(
    conn: &mut DbConn,
    dataset_id: i32,
    after_revision: Option<i32>,
) -> Result<Vec<Entry>, StorageError> {
    let rows: Vec<(i32, NaiveDateTime, String, String, String)> = with_conn!(conn, |c| {
        let mut q = dataset_history::table
            .filter(dataset_history::dataset_id.eq(dataset_id))
            .into_boxed();
        if let Some(r) = after_revision {
            q = q.filter(dataset_history::revision.gt(r));
        }
        q.order(dataset_history::id.desc())
            .select((
                dataset_history::revision,
                dataset_history::at,
                dataset_history::actor_label,
                dataset_history::channel,
                dataset_history::diff,
            ))
            .load(c)
    })?;
    Ok(rows
        .into_iter()
        .map(|(revision, at, actor_label, channel, diff)| Entry {
            revision,
            at,
            actor_label,
            channel,
            diff: serde_json::from_str(&diff).unwrap_or_default(),
        })
        .collect())
}
