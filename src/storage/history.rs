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
    /// A step of an access request (the dataset itself is unchanged).
    AccessRequest,
}

impl Channel {
    pub fn code(self) -> &'static str {
        match self {
            Channel::Form => "form",
            Channel::Import => "import",
            Channel::Api => "api",
            Channel::AccessRequest => "access_request",
        }
    }
}

/// Parts of a dataset an import replaced (bit flags).
pub const PART_DATASET: u8 = 1;
pub const PART_FIELDS: u8 = 2;
pub const PART_DISTRIBUTIONS: u8 = 4;

/// An import's history: one entry per dataset it created (revision 1) or changed (the revision is
/// bumped). Imports compare fingerprints, not values, so an entry names the parts that changed
/// (`dataset`, `fields`, `distributions`) rather than each value.
pub fn record_import(
    conn: &mut DbConn,
    created: &[i32],
    updated: &[(i32, u8)],
    label: &str,
    channel: Channel,
) -> Result<(), StorageError> {
    let ids: Vec<i32> = updated.iter().map(|(id, _)| *id).collect();
    super::bulk::bump_revisions(conn, &ids)?;
    let now = chrono::Utc::now().naive_utc();
    let note = |vi: &str| {
        serde_json::to_string(&[FieldChange {
            field: "*".into(),
            before: String::new(),
            after: vi.into(),
        }])
        .unwrap_or_default()
    };
    let created_note = note("tạo mới từ tệp danh mục / created from an inventory file");
    let mut groups: Vec<(Vec<i32>, String)> = vec![(created.to_vec(), created_note)];
    for parts in 1..8u8 {
        let ids: Vec<i32> = updated
            .iter()
            .filter(|(_, p)| *p == parts)
            .map(|(id, _)| *id)
            .collect();
        if ids.is_empty() {
            continue;
        }
        let changes: Vec<FieldChange> = [
            (PART_DATASET, "dataset"),
            (PART_FIELDS, "fields"),
            (PART_DISTRIBUTIONS, "distributions"),
        ]
        .iter()
        .filter(|(bit, _)| parts & bit != 0)
        .map(|(_, name)| FieldChange {
            field: (*name).into(),
            before: String::new(),
            after: "thay thế từ tệp danh mục / replaced from an inventory file".into(),
        })
        .collect();
        groups.push((ids, serde_json::to_string(&changes).unwrap_or_default()));
    }
    for (ids, diff) in groups {
        for chunk in ids.chunks(10_000) {
            // The revision each dataset now has, read in the same statement.
            let list = chunk
                .iter()
                .map(i32::to_string)
                .collect::<Vec<_>>()
                .join(",");
            let (a, b, c, d) = match conn {
                DbConn::Sqlite(_) => ("?", "?", "?", "?"),
                DbConn::Pg(_) => ("$1", "$2", "$3", "$4"),
            };
            let sql = format!(
                "INSERT INTO dataset_history (dataset_id, revision, at, actor_id, actor_label, channel, diff) \
                 SELECT id, revision, {a}, NULL, {b}, {c}, {d} FROM datasets WHERE id IN ({list})"
            );
            with_conn!(conn, |c| diesel::sql_query(&sql)
                .bind::<diesel::sql_types::Timestamp, _>(now)
                .bind::<diesel::sql_types::Text, _>(label)
                .bind::<diesel::sql_types::Text, _>(channel.code())
                .bind::<diesel::sql_types::Text, _>(&diff)
                .execute(c))?;
        }
    }
    Ok(())
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
