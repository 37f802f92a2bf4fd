//! Batched writes for imports: what the catalog already holds (by code and identifier, with the
//! stored fingerprints), multi-row inserts sized under each backend's bind-parameter limit, and the
//! per-record updates of an upsert. Call inside one transaction (`write::transaction_or_rollback`).

use std::collections::HashMap;

use diesel::prelude::*;

use super::models::*;
use super::schema::*;
use super::{DbConn, StorageError};
use crate::with_conn;

/// SQLite allows 32,766 bound parameters per statement, PostgreSQL 65,535: stay under both.
const MAX_BINDS: usize = 30_000;

/// Rows per statement of SQLite bulk inserts: a fixed size, so diesel prepares the statement once.
const SQLITE_ROWS_PER_INSERT: usize = 32;

/// Inserts rows: on PostgreSQL with `COPY … FROM STDIN` (binary), which spares the server from
/// parsing and planning one huge `INSERT` after another; on SQLite as
/// one cached prepared statement of [`SQLITE_ROWS_PER_INSERT`] rows, run again and again (then the
/// rest one by one). SQLite gets `INSERT OR IGNORE` because a multi-row `INSERT` that may abort
/// makes it keep a statement journal and release a savepoint per statement, which cost more than
/// the insert itself (measured: a third of a 100,000-dataset import); nothing can actually conflict
/// (the import resolves identifiers and ordinals itself, inside its write lock), and the number of
/// rows written is checked so a conflict could never go unnoticed.
macro_rules! insert_rows {
    ($conn:expr, $table:expr, $rows:expr) => {{
        match $conn {
            DbConn::Sqlite(c) => {
                let mut chunks = $rows.chunks_exact(SQLITE_ROWS_PER_INSERT);
                for chunk in &mut chunks {
                    let chunk: &[_; SQLITE_ROWS_PER_INSERT] =
                        chunk.try_into().expect("chunks_exact gives full chunks");
                    let written = diesel::insert_or_ignore_into($table)
                        .values(chunk)
                        .execute(&mut **c)?;
                    if written != SQLITE_ROWS_PER_INSERT {
                        return Err(StorageError::Invalid(format!(
                            "bulk insert wrote {written} of {SQLITE_ROWS_PER_INSERT} rows: a row conflicts with one already stored"
                        )));
                    }
                }
                for row in chunks.remainder() {
                    diesel::insert_into($table).values(row).execute(&mut **c)?;
                }
            }
            DbConn::Pg(c) => {
                for chunk in $rows.chunks(50_000) {
                    diesel::copy_from($table)
                        .from_insertable(chunk)
                        .execute(&mut **c)?;
                }
            }
        }
        Ok::<(), StorageError>(())
    }};
}

/// Runs a bulk write with settings for it. On SQLite: foreign keys are not re-checked row by row (the
/// import resolves every reference itself from the catalog's ids, and with the checks on each of a
/// million inserts costs an index lookup and a statement journal), and the page cache is raised so
/// a large transaction does not spill to the WAL before its commit. Restored afterwards, whatever
/// happened. PostgreSQL needs nothing.
pub fn with_bulk_settings<T>(
    conn: &mut DbConn,
    work: impl FnOnce(&mut DbConn) -> Result<T, StorageError>,
) -> Result<T, StorageError> {
    let DbConn::Sqlite(c) = conn else {
        return work(conn);
    };
    diesel::connection::SimpleConnection::batch_execute(
        &mut **c,
        "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -262144;",
    )?;
    let result = work(conn);
    let DbConn::Sqlite(c) = conn else {
        unreachable!("the connection does not change backend")
    };
    let restored =
        diesel::connection::SimpleConnection::batch_execute(&mut **c, super::db::SQLITE_DEFAULTS);
    let value = result?;
    restored?;
    Ok(value)
}

/// A dataset already in the catalog, as an import needs to see it.
#[derive(Debug, Clone, Copy)]
pub struct ExistingDataset {
    pub id: i32,
    pub owner_id: i32,
    pub custodian_id: Option<i32>,
    pub content_hash: i64,
    pub fields_hash: i64,
    pub distributions_hash: i64,
    pub modified: Option<chrono::NaiveDate>,
}

pub fn existing_datasets(
    conn: &mut DbConn,
) -> Result<rustc_hash::FxHashMap<String, ExistingDataset>, StorageError> {
    type Row = (
        String,
        i32,
        i32,
        Option<i32>,
        i64,
        Option<chrono::NaiveDate>,
    );
    let rows: Vec<Row> = with_conn!(conn, |c| datasets::table
        .select((
            datasets::identifier,
            datasets::id,
            datasets::owner_id,
            datasets::custodian_id,
            datasets::content_hash,
            datasets::modified,
        ))
        .load(c))?;
    let lists: HashMap<i32, (i64, i64)> = with_conn!(conn, |c| dataset_list_hashes::table
        .select((
            dataset_list_hashes::dataset_id,
            dataset_list_hashes::fields_hash,
            dataset_list_hashes::distributions_hash,
        ))
        .load::<(i32, i64, i64)>(c))?
    .into_iter()
    .map(|(id, f, d)| (id, (f, d)))
    .collect();
    Ok(rows
        .into_iter()
        .map(|(identifier, id, owner_id, custodian_id, c, modified)| {
            let (f, d) = lists.get(&id).copied().unwrap_or((0, 0));
            (
                identifier,
                ExistingDataset {
                    id,
                    owner_id,
                    custodian_id,
                    content_hash: c,
                    fields_hash: f,
                    distributions_hash: d,
                    modified,
                },
            )
        })
        .collect())
}

/// Inserts datasets; returns `(identifier, id)` of each.
pub fn insert_datasets(
    conn: &mut DbConn,
    rows: &[NewDataset],
) -> Result<Vec<(String, i32)>, StorageError> {
    let mut ids = Vec::with_capacity(rows.len());
    match conn {
        DbConn::Sqlite(c) => {
            for row in rows {
                let id: i32 = diesel::insert_into(datasets::table)
                    .values(row)
                    .returning(datasets::id)
                    .get_result(&mut **c)?;
                ids.push((row.identifier.clone(), id));
            }
        }
        DbConn::Pg(c) => {
            for chunk in rows.chunks(MAX_BINDS / 30) {
                let got: Vec<(String, i32)> = diesel::insert_into(datasets::table)
                    .values(chunk)
                    .returning((datasets::identifier, datasets::id))
                    .get_results(&mut **c)?;
                ids.extend(got);
            }
        }
    }
    Ok(ids)
}

/// Rewrites a dataset row (its revision is bumped separately, with [`bump_revisions`], once per
/// change however many parts changed).
/// Updates a dataset from an import row. When the row changes its sharing scope or personal-data
/// level, its first access rule follows (see [`reclassified_rule`]).
pub fn update_dataset(conn: &mut DbConn, id: i32, row: &NewDataset) -> Result<(), StorageError> {
    let before: (String, String) = with_conn!(conn, |c| datasets::table
        .find(id)
        .select((datasets::sharing_scope, datasets::personal_data))
        .first(c))?;
    with_conn!(conn, |c| diesel::update(datasets::table.find(id))
        .set(row)
        .execute(c))?;
    if before.0 != row.sharing_scope || before.1 != row.personal_data {
        follow_classification(conn, id, &before, row)?;
    }
    Ok(())
}

/// Rewrites the first access rule of dataset `id` after an import reclassified it.
fn follow_classification(
    conn: &mut DbConn,
    id: i32,
    before: &(String, String),
    row: &NewDataset,
) -> Result<(), StorageError> {
    let rule: Option<AccessRule> = with_conn!(conn, |c| access_rules::table
        .filter(access_rules::dataset_id.eq(id))
        .order(access_rules::ordinal)
        .select(AccessRule::as_select())
        .first(c)
        .optional())?;
    let Some(rule) = rule else {
        let mut new = crate::import::default_access_rule(&row.sharing_scope, &row.personal_data);
        new.dataset_id = id;
        new.approving_agency_id = Some(row.owner_id);
        return insert_access_rules(conn, &[new]);
    };
    let (audience, default_sharing, legal_basis) = reclassified_rule(&rule, before, row);
    with_conn!(conn, |c| diesel::update(access_rules::table.find(rule.id))
        .set((
            access_rules::audience.eq(audience),
            access_rules::default_sharing.eq(default_sharing),
            access_rules::legal_basis.eq(legal_basis),
        ))
        .execute(c))?;
    Ok(())
}

/// The audience, form of sharing and legal basis of `rule` once its dataset moves from `before`
/// (sharing scope, personal data) to `row`'s classification. Who may see the data always follows
/// the scope: an inventory that makes shared data internal must not leave it requestable by every
/// agency. The form of sharing is reset to the new scope's default when the scope changes; within
/// shared data it only ever tightens (sensitive personal data → on request), since loosening is a
/// steward's decision. The steward's conditions, answer time and approving agency are kept, and so
/// is a legal basis they wrote themselves.
pub fn reclassified_rule(
    rule: &AccessRule,
    before: &(String, String),
    row: &NewDataset,
) -> (String, bool, String) {
    let old_default = crate::import::default_access_rule(&before.0, &before.1);
    let new_default = crate::import::default_access_rule(&row.sharing_scope, &row.personal_data);
    let default_sharing = if before.0 != row.sharing_scope {
        new_default.default_sharing
    } else {
        rule.default_sharing && new_default.default_sharing
    };
    let legal_basis = if rule.legal_basis == old_default.legal_basis {
        new_default.legal_basis
    } else {
        rule.legal_basis.clone()
    };
    (new_default.audience, default_sharing, legal_basis)
}

/// Marks datasets as changed for the edit form's conflict check: a form started before this
/// change can no longer be saved without seeing it.
pub fn bump_revisions(conn: &mut DbConn, ids: &[i32]) -> Result<(), StorageError> {
    for chunk in ids.chunks(MAX_BINDS) {
        with_conn!(conn, |c| diesel::update(
            datasets::table.filter(datasets::id.eq_any(chunk))
        )
        .set(datasets::revision.eq(datasets::revision + 1))
        .execute(c))?;
    }
    Ok(())
}

/// Sets the themes of datasets, replacing those of the ones in `replace`.
pub fn set_themes(
    conn: &mut DbConn,
    replace: &[i32],
    themes: &[DatasetTheme],
) -> Result<(), StorageError> {
    for chunk in replace.chunks(MAX_BINDS) {
        with_conn!(conn, |c| diesel::delete(
            dataset_themes::table.filter(dataset_themes::dataset_id.eq_any(chunk))
        )
        .execute(c))?;
    }
    insert_rows!(conn, dataset_themes::table, themes)
}

pub fn insert_access_rules(conn: &mut DbConn, rules: &[NewAccessRule]) -> Result<(), StorageError> {
    insert_rows!(conn, access_rules::table, rules)
}

/// Replaces the column lists of the datasets in `replace` by `fields` (rows of new lists).
pub fn replace_fields(
    conn: &mut DbConn,
    replace: &[i32],
    fields: &[NewSchemaField],
) -> Result<(), StorageError> {
    for chunk in replace.chunks(MAX_BINDS) {
        with_conn!(conn, |c| diesel::delete(
            schema_fields::table.filter(schema_fields::dataset_id.eq_any(chunk))
        )
        .execute(c))?;
    }
    insert_rows!(conn, schema_fields::table, fields)
}

/// Replaces the distribution lists of the datasets in `replace` by `list`.
pub fn replace_distributions(
    conn: &mut DbConn,
    replace: &[i32],
    list: &[NewDistribution],
) -> Result<(), StorageError> {
    for chunk in replace.chunks(MAX_BINDS) {
        with_conn!(conn, |c| diesel::delete(
            distributions::table.filter(distributions::dataset_id.eq_any(chunk))
        )
        .execute(c))?;
    }
    insert_rows!(conn, distributions::table, list)
}

/// Stores the list fingerprints of datasets that have none yet (those an import created).
pub fn insert_list_hashes(conn: &mut DbConn, rows: &[NewListHashes]) -> Result<(), StorageError> {
    insert_rows!(conn, dataset_list_hashes::table, rows)
}

/// Upserts list fingerprints: one cached statement per dataset on SQLite (in-process:
/// microseconds each); batches on PostgreSQL, where a round trip per dataset would cost minutes.
macro_rules! upsert_hashes {
    ($conn:expr, $hashes:expr, $col:expr) => {{
        use dataset_list_hashes::dsl as h;
        use diesel::upsert::excluded;
        let rows: Vec<_> = $hashes
            .iter()
            .map(|&(id, hash)| (h::dataset_id.eq(id), $col.eq(hash)))
            .collect();
        let per_statement = match $conn {
            DbConn::Sqlite(_) => 1,
            DbConn::Pg(_) => MAX_BINDS / 2,
        };
        for chunk in rows.chunks(per_statement) {
            with_conn!($conn, |c| diesel::insert_into(h::dataset_list_hashes)
                .values(chunk)
                .on_conflict(h::dataset_id)
                .do_update()
                .set($col.eq(excluded($col)))
                .execute(c))?;
        }
        Ok(())
    }};
}

/// Stores the fingerprints of replaced column lists.
pub fn set_fields_hashes(conn: &mut DbConn, hashes: &[(i32, i64)]) -> Result<(), StorageError> {
    upsert_hashes!(conn, hashes, dataset_list_hashes::fields_hash)
}

/// Stores the fingerprints of replaced distribution lists.
pub fn set_distributions_hashes(
    conn: &mut DbConn,
    hashes: &[(i32, i64)],
) -> Result<(), StorageError> {
    upsert_hashes!(conn, hashes, dataset_list_hashes::distributions_hash)
}

/// Updates an agency; the datasets it owns or keeps are logged as changed when its name changed,
/// since their search documents carry it.
pub fn update_agency(conn: &mut DbConn, id: i32, agency: &NewAgency) -> Result<(), StorageError> {
    with_conn!(conn, |c| diesel::update(agencies::table.find(id))
        .set((
            agencies::name_vi.eq(&agency.name_vi),
            agencies::name_en.eq(&agency.name_en),
            agencies::kind.eq(&agency.kind),
            agencies::parent_id.eq(agency.parent_id),
            agencies::sort_key.eq(&agency.sort_key),
        ))
        .execute(c))?;
    let touched: Vec<i32> = with_conn!(conn, |c| datasets::table
        .filter(datasets::owner_id.eq(id).or(datasets::custodian_id.eq(id)))
        .select(datasets::id)
        .load(c))?;
    super::write::record_changes(conn, &touched)
}
