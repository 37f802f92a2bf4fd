//! What the search index is built from: datasets with the text and facets of their search documents,
//! read in batches, and the change log the indexes follow.

use std::collections::HashMap;

use diesel::prelude::*;

use super::models::Dataset;
use super::schema::*;
use super::{DbConn, StorageError};
use crate::domain::Theme;
use crate::with_conn;

/// A column as search sees it.
#[derive(Debug, Clone)]
pub struct FieldText {
    pub name: String,
    pub title: String,
    pub description: String,
}

/// Everything one search document is made of.
#[derive(Debug, Clone)]
pub struct DocSource {
    pub dataset: Dataset,
    pub themes: Vec<Theme>,
    pub fields: Vec<FieldText>,
    pub formats: Vec<String>,
}

/// Loads the search sources of `ids` (any order; missing ids are simply absent).
pub fn load(conn: &mut DbConn, ids: &[i32]) -> Result<Vec<DocSource>, StorageError> {
    load_with(conn, ids, true)
}

/// Like [`load`], without the columns (left empty): for lists that never show them, where the
/// columns were most of the rows read.
pub fn load_without_columns(
    conn: &mut DbConn,
    ids: &[i32],
) -> Result<Vec<DocSource>, StorageError> {
    load_with(conn, ids, false)
}

fn load_with(
    conn: &mut DbConn,
    ids: &[i32],
    with_columns: bool,
) -> Result<Vec<DocSource>, StorageError> {
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(2000) {
        let (rows, themes, fields, formats) = with_conn!(conn, |c| {
            let rows: Vec<Dataset> = datasets::table
                .filter(datasets::id.eq_any(chunk))
                .select(Dataset::as_select())
                .load(c)?;
            let themes: Vec<(i32, String)> = dataset_themes::table
                .filter(dataset_themes::dataset_id.eq_any(chunk))
                .select((dataset_themes::dataset_id, dataset_themes::theme))
                .load(c)?;
            let fields: Vec<(i32, String, String, String)> = if with_columns {
                schema_fields::table
                    .filter(schema_fields::dataset_id.eq_any(chunk))
                    .order((schema_fields::dataset_id, schema_fields::ordinal))
                    .select((
                        schema_fields::dataset_id,
                        schema_fields::name,
                        schema_fields::title,
                        schema_fields::description,
                    ))
                    .load(c)?
            } else {
                Vec::new()
            };
            let formats: Vec<(i32, String)> = distributions::table
                .filter(distributions::dataset_id.eq_any(chunk))
                .order((distributions::dataset_id, distributions::ordinal))
                .select((distributions::dataset_id, distributions::format))
                .load(c)?;
            Ok::<_, diesel::result::Error>((rows, themes, fields, formats))
        })?;
        let mut by_id: HashMap<i32, DocSource> = rows
            .into_iter()
            .map(|d| {
                (
                    d.id,
                    DocSource {
                        dataset: d,
                        themes: Vec::new(),
                        fields: Vec::new(),
                        formats: Vec::new(),
                    },
                )
            })
            .collect();
        for (id, code) in themes {
            if let (Some(s), Some(t)) = (by_id.get_mut(&id), Theme::from_code(&code)) {
                s.themes.push(t);
            }
        }
        for (id, name, title, description) in fields {
            if let Some(s) = by_id.get_mut(&id) {
                s.fields.push(FieldText {
                    name,
                    title,
                    description,
                });
            }
        }
        for (id, format) in formats {
            if let Some(s) = by_id.get_mut(&id) {
                if !format.is_empty() && !s.formats.contains(&format) {
                    s.formats.push(format);
                }
            }
        }
        out.extend(by_id.into_values());
    }
    Ok(out)
}

/// Dataset ids after `after`, in id order: the rebuild reads the catalog in such batches.
pub fn ids_after(conn: &mut DbConn, after: i32, limit: i64) -> Result<Vec<i32>, StorageError> {
    Ok(with_conn!(conn, |c| datasets::table
        .filter(datasets::id.gt(after))
        .order(datasets::id)
        .limit(limit)
        .select(datasets::id)
        .load(c))?)
}

pub fn dataset_count(conn: &mut DbConn) -> Result<i64, StorageError> {
    Ok(with_conn!(conn, |c| datasets::table.count().get_result(c))?)
}

/// The newest change-log sequence number (0 for an empty log).
pub fn last_change(conn: &mut DbConn) -> Result<i64, StorageError> {
    let max: Option<i64> = with_conn!(conn, |c| changes::table
        .select(diesel::dsl::max(changes::seq))
        .first(c))?;
    Ok(max.unwrap_or(0))
}

/// Change-log entries with `seq > after`, oldest first.
pub fn changes_after(
    conn: &mut DbConn,
    after: i64,
    limit: i64,
) -> Result<Vec<(i64, i32)>, StorageError> {
    Ok(with_conn!(conn, |c| changes::table
        .filter(changes::seq.gt(after))
        .order(changes::seq)
        .limit(limit)
        .select((changes::seq, changes::dataset_id))
        .load(c))?)
}

/// Every format name in use, for labelling the format facet.
pub fn format_names(conn: &mut DbConn) -> Result<Vec<String>, StorageError> {
    Ok(with_conn!(conn, |c| distributions::table
        .select(distributions::format)
        .filter(distributions::format.ne(""))
        .distinct()
        .load(c))?)
}
