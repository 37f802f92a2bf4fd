//! Reads for the inventory export: datasets in identifier order, a page at a time (keyset
//! pagination, so memory stays bounded however large the catalog), with their themes, columns and
//! distributions.

use std::collections::HashMap;

use diesel::prelude::*;

use super::models::*;
use super::schema::*;
use super::{DbConn, StorageError};
use crate::with_conn;

/// The next `limit` datasets after `after` (by identifier) whose status is in `statuses` and that
/// satisfy `visible` (an SQL condition on `datasets`, from `Viewer::sql_condition`).
pub fn datasets_after(
    conn: &mut DbConn,
    after: &str,
    limit: i64,
    statuses: &[&str],
    visible: &str,
) -> Result<Vec<Dataset>, StorageError> {
    Ok(with_conn!(conn, |c| datasets::table
        .filter(datasets::identifier.gt(after))
        .filter(datasets::status.eq_any(statuses))
        .filter(diesel::dsl::sql::<diesel::sql_types::Bool>(visible))
        .order(datasets::identifier)
        .limit(limit)
        .select(Dataset::as_select())
        .load(c))?)
}

/// Theme codes of datasets, in code order.
pub fn themes_of(
    conn: &mut DbConn,
    ids: &[i32],
) -> Result<HashMap<i32, Vec<String>>, StorageError> {
    let rows: Vec<(i32, String)> = with_conn!(conn, |c| dataset_themes::table
        .filter(dataset_themes::dataset_id.eq_any(ids))
        .order((dataset_themes::dataset_id, dataset_themes::theme))
        .select((dataset_themes::dataset_id, dataset_themes::theme))
        .load(c))?;
    let mut map: HashMap<i32, Vec<String>> = HashMap::new();
    for (id, theme) in rows {
        map.entry(id).or_default().push(theme);
    }
    Ok(map)
}

/// Columns of datasets, each list in its order.
pub fn fields_of(
    conn: &mut DbConn,
    ids: &[i32],
) -> Result<HashMap<i32, Vec<SchemaField>>, StorageError> {
    let rows: Vec<SchemaField> = with_conn!(conn, |c| schema_fields::table
        .filter(schema_fields::dataset_id.eq_any(ids))
        .order((schema_fields::dataset_id, schema_fields::ordinal))
        .select(SchemaField::as_select())
        .load(c))?;
    let mut map: HashMap<i32, Vec<SchemaField>> = HashMap::new();
    for f in rows {
        map.entry(f.dataset_id).or_default().push(f);
    }
    Ok(map)
}

/// Distributions of datasets, each list in its order.
pub fn distributions_of(
    conn: &mut DbConn,
    ids: &[i32],
) -> Result<HashMap<i32, Vec<Distribution>>, StorageError> {
    let rows: Vec<Distribution> = with_conn!(conn, |c| distributions::table
        .filter(distributions::dataset_id.eq_any(ids))
        .order((distributions::dataset_id, distributions::ordinal))
        .select(Distribution::as_select())
        .load(c))?;
    let mut map: HashMap<i32, Vec<Distribution>> = HashMap::new();
    for d in rows {
        map.entry(d.dataset_id).or_default().push(d);
    }
    Ok(map)
}

/// How many datasets have a status in `statuses` and satisfy `visible` (the DCAT-AP catalog's
/// `hydra:totalItems`).
pub fn count(conn: &mut DbConn, statuses: &[&str], visible: &str) -> Result<i64, StorageError> {
    Ok(with_conn!(conn, |c| datasets::table
        .filter(datasets::status.eq_any(statuses))
        .filter(diesel::dsl::sql::<diesel::sql_types::Bool>(visible))
        .count()
        .get_result(c))?)
}

/// The `limit` datasets from position `offset` in identifier order (one numbered page of the
/// DCAT-AP catalog), with the same filters as [`datasets_after`].
pub fn datasets_at(
    conn: &mut DbConn,
    offset: i64,
    limit: i64,
    statuses: &[&str],
    visible: &str,
) -> Result<Vec<Dataset>, StorageError> {
    Ok(with_conn!(conn, |c| datasets::table
        .filter(datasets::status.eq_any(statuses))
        .filter(diesel::dsl::sql::<diesel::sql_types::Bool>(visible))
        .order(datasets::identifier)
        .offset(offset)
        .limit(limit)
        .select(Dataset::as_select())
        .load(c))?)
}
