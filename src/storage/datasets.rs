//! Dataset queries for one dataset and for the catalog overview.

use diesel::prelude::*;

use super::models::*;
use super::schema::*;
use super::{DbConn, StorageError, LISTED_STATUS};
use crate::domain::{Theme, Viewer};
use crate::with_conn;

/// The dataset with everything its page shows, if `viewer` may see it (`None` otherwise, exactly
/// as for an unknown identifier).
pub fn detail(
    conn: &mut DbConn,
    identifier: &str,
    viewer: &Viewer,
) -> Result<Option<DatasetDetail>, StorageError> {
    let visible = viewer.sql_condition("datasets");
    let found = with_conn!(conn, |c| {
        let dataset: Option<Dataset> = datasets::table
            .filter(datasets::identifier.eq(identifier))
            .filter(diesel::dsl::sql::<diesel::sql_types::Bool>(&visible))
            .select(Dataset::as_select())
            .first(c)
            .optional()?;
        let Some(dataset) = dataset else {
            return Ok(None);
        };
        let agency = |c: &mut _, id: i32| -> QueryResult<Agency> {
            agencies::table
                .find(id)
                .select(Agency::as_select())
                .first(c)
        };
        let owner = agency(c, dataset.owner_id)?;
        let custodian = dataset.custodian_id.map(|id| agency(c, id)).transpose()?;
        let themes: Vec<String> = dataset_themes::table
            .filter(dataset_themes::dataset_id.eq(dataset.id))
            .select(dataset_themes::theme)
            .load(c)?;
        let fields = schema_fields::table
            .filter(schema_fields::dataset_id.eq(dataset.id))
            .order(schema_fields::ordinal)
            .select(SchemaField::as_select())
            .load(c)?;
        let distributions = distributions::table
            .filter(distributions::dataset_id.eq(dataset.id))
            .order(distributions::ordinal)
            .select(Distribution::as_select())
            .load(c)?;
        let rules: Vec<AccessRule> = access_rules::table
            .filter(access_rules::dataset_id.eq(dataset.id))
            .order(access_rules::ordinal)
            .select(AccessRule::as_select())
            .load(c)?;
        let mut access_rules = Vec::with_capacity(rules.len());
        for rule in rules {
            let approver = rule
                .approving_agency_id
                .map(|id| agency(c, id))
                .transpose()?;
            access_rules.push((rule, approver));
        }
        let mut themes: Vec<Theme> = themes.iter().filter_map(|t| Theme::from_code(t)).collect();
        themes.sort();
        Ok::<_, diesel::result::Error>(Some(DatasetDetail {
            dataset,
            themes,
            owner,
            custodian,
            fields,
            distributions,
            access_rules,
        }))
    })?;
    Ok(found)
}

/// Totals shown on the home page.
#[derive(Debug, Clone, Default)]
pub struct CatalogTotals {
    pub datasets: i64,
    pub agencies: i64,
    pub fields: i64,
}

pub fn totals(conn: &mut DbConn, viewer: &Viewer) -> Result<CatalogTotals, StorageError> {
    let visible = viewer.sql_condition("datasets");
    let totals = with_conn!(conn, |c| {
        let datasets = datasets::table
            .filter(datasets::status.eq(LISTED_STATUS))
            .filter(diesel::dsl::sql::<diesel::sql_types::Bool>(&visible))
            .count()
            .get_result(c)?;
        let agencies = agencies::table.count().get_result(c)?;
        let fields = schema_fields::table
            .inner_join(datasets::table)
            .filter(datasets::status.eq(LISTED_STATUS))
            .filter(diesel::dsl::sql::<diesel::sql_types::Bool>(&visible))
            .count()
            .get_result(c)?;
        Ok::<_, diesel::result::Error>(CatalogTotals {
            datasets,
            agencies,
            fields,
        })
    })?;
    Ok(totals)
}

/// The most recently modified listed datasets `viewer` may see.
pub fn recent(
    conn: &mut DbConn,
    viewer: &Viewer,
    limit: i64,
) -> Result<Vec<Dataset>, StorageError> {
    let visible = viewer.sql_condition("datasets");
    Ok(with_conn!(conn, |c| datasets::table
        .filter(datasets::status.eq(LISTED_STATUS))
        .filter(diesel::dsl::sql::<diesel::sql_types::Bool>(&visible))
        .order((datasets::modified.desc(), datasets::id.desc()))
        .limit(limit)
        .select(Dataset::as_select())
        .load(c))?)
}

/// Whether the catalog holds any agency yet (an empty database gets the seed data).
pub fn is_empty(conn: &mut DbConn) -> Result<bool, StorageError> {
    let n: i64 = with_conn!(conn, |c| agencies::table.count().get_result(c))?;
    Ok(n == 0)
}

/// Answers when the database answers: for `/healthz`.
pub fn ping(conn: &mut DbConn) -> Result<(), StorageError> {
    with_conn!(conn, |c| diesel::sql_query("SELECT 1").execute(c))?;
    Ok(())
}

/// Identifiers of the listed datasets satisfying `visible` (an SQL condition on `datasets`), in order.
pub fn identifiers(conn: &mut DbConn, visible: &str) -> Result<Vec<String>, StorageError> {
    Ok(with_conn!(conn, |c| datasets::table
        .filter(datasets::status.eq(LISTED_STATUS))
        .filter(diesel::dsl::sql::<diesel::sql_types::Bool>(visible))
        .order(datasets::identifier)
        .select(datasets::identifier)
        .load(c))?)
}

/// Every keyword of the listed datasets satisfying `visible`, once each, in Vietnamese order.
pub fn keywords(conn: &mut DbConn, visible: &str) -> Result<Vec<String>, StorageError> {
    let lists: Vec<String> = with_conn!(conn, |c| datasets::table
        .filter(datasets::status.eq(LISTED_STATUS))
        .filter(diesel::dsl::sql::<diesel::sql_types::Bool>(visible))
        .filter(datasets::keywords.ne(""))
        .select(datasets::keywords)
        .load(c))?;
    let mut all: Vec<String> = lists
        .iter()
        .flat_map(|l| split_list(l).map(str::to_string))
        .collect::<std::collections::HashSet<_>>()
        .into_iter()
        .collect();
    all.sort_by_cached_key(|k| crate::text::sort_key(k));
    Ok(all)
}
