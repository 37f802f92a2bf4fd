//! The filtered, paged dataset list and its facet counts. Facets are counted over the whole filtered
//! set with a few GROUP BY queries, not over the page.
//!
//! Filters reach SQL only as integers (agency ids), vocabulary codes (static strings) and format names
//! that passed [`is_safe_format`]; nothing a visitor typed is spliced in unchecked.

use std::collections::HashMap;

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer, Text};

use super::agencies::AgencyTree;
use super::models::*;
use super::{DbConn, StorageError, LISTED_STATUS};
use crate::domain::{Importance, PersonalData, SharingScope, Status, Theme, Viewer};
use crate::with_conn;

pub const PAGE_SIZE: i64 = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    /// Vietnamese alphabetical order of titles.
    #[default]
    Title,
    /// Most recently modified first.
    Modified,
}

/// A combination of filters; `None` means "any".
#[derive(Debug, Clone, Default)]
pub struct DatasetFilter {
    /// Owner or custodian is one of these agencies (an agency and its sub-agencies).
    pub agency_ids: Option<Vec<i32>>,
    pub theme: Option<Theme>,
    pub sharing_scope: Option<SharingScope>,
    pub importance: Option<Importance>,
    pub personal_data: Option<PersonalData>,
    pub format: Option<String>,
    /// Published (the default), retired, or drafts (for their stewards).
    pub status: Option<Status>,
    /// Only what this viewer may see.
    pub viewer: Viewer,
}

/// Formats are free text in inventories; only plain names (letters, digits, a few signs) are filterable.
pub fn is_safe_format(format: &str) -> bool {
    !format.is_empty()
        && format.len() <= 40
        && format
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || " ._()+/-".contains(c))
}

impl DatasetFilter {
    /// The status the list shows: published unless retired ones were asked for.
    pub fn listed_status(&self) -> Status {
        match self.status {
            Some(Status::Retired) => Status::Retired,
            Some(Status::Draft) => Status::Draft,
            _ => Status::from_code(LISTED_STATUS).unwrap_or(Status::Published),
        }
    }

    /// The WHERE clause; with `any_listable_status` it spans published and retired datasets (for
    /// the status facet) instead of the listed status only.
    fn where_clause(&self, any_listable_status: bool) -> String {
        let mut parts = vec![self.viewer.sql_condition("d")];
        if any_listable_status {
            parts.push("d.status IN ('published', 'retired')".to_string());
        } else {
            parts.push(format!("d.status = '{}'", self.listed_status().code()));
        }
        if let Some(ids) = &self.agency_ids {
            let list = ids
                .iter()
                .map(i32::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            let list = if list.is_empty() {
                "NULL".to_string()
            } else {
                list
            };
            parts.push(format!(
                "(d.owner_id IN ({list}) OR d.custodian_id IN ({list}))"
            ));
        }
        if let Some(v) = self.sharing_scope {
            parts.push(format!("d.sharing_scope = '{}'", v.code()));
        }
        if let Some(v) = self.importance {
            parts.push(format!("d.importance = '{}'", v.code()));
        }
        if let Some(v) = self.personal_data {
            parts.push(format!("d.personal_data = '{}'", v.code()));
        }
        if let Some(t) = self.theme {
            parts.push(format!(
                "EXISTS (SELECT 1 FROM dataset_themes t WHERE t.dataset_id = d.id AND t.theme = '{}')",
                t.code()
            ));
        }
        if let Some(f) = self.format.as_deref().filter(|f| is_safe_format(f)) {
            parts.push(format!(
                "EXISTS (SELECT 1 FROM distributions x WHERE x.dataset_id = d.id AND x.format = '{}')",
                f.replace('\'', "''")
            ));
        }
        parts.join(" AND ")
    }
}

/// Counts of the filtered set by each facet value.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Facets {
    /// Datasets per agency, counting the datasets of its sub-agencies, as owner or custodian.
    pub agencies: HashMap<i32, i64>,
    pub sharing_scope: HashMap<SharingScope, i64>,
    pub importance: HashMap<Importance, i64>,
    pub personal_data: HashMap<PersonalData, i64>,
    pub status: HashMap<Status, i64>,
    pub themes: HashMap<Theme, i64>,
    pub formats: Vec<(String, i64)>,
    /// Described columns of the datasets in the set (filled by the search index; 0 from SQL).
    pub fields: i64,
}

/// A dataset as a list row shows it.
#[derive(Debug, Clone)]
pub struct DatasetSummary {
    pub dataset: Dataset,
    pub themes: Vec<Theme>,
    pub formats: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct DatasetPage {
    pub total: i64,
    pub items: Vec<DatasetSummary>,
    pub facets: Facets,
}

#[derive(QueryableByName)]
struct FacetRow {
    #[diesel(sql_type = Integer)]
    owner_id: i32,
    #[diesel(sql_type = diesel::sql_types::Nullable<Integer>)]
    custodian_id: Option<i32>,
    #[diesel(sql_type = Text)]
    sharing_scope: String,
    #[diesel(sql_type = Text)]
    importance: String,
    #[diesel(sql_type = Text)]
    personal_data: String,
    #[diesel(sql_type = Text)]
    status: String,
    #[diesel(sql_type = BigInt)]
    n: i64,
}

#[derive(QueryableByName)]
struct ValueCount {
    #[diesel(sql_type = Text)]
    value: String,
    #[diesel(sql_type = BigInt)]
    n: i64,
}

#[derive(QueryableByName)]
struct IdRow {
    #[diesel(sql_type = Integer)]
    id: i32,
}

/// One page (1-based) of the filtered list, the total and the facet counts.
pub fn list(
    conn: &mut DbConn,
    filter: &DatasetFilter,
    sort: SortOrder,
    page: i64,
    tree: &AgencyTree,
) -> Result<DatasetPage, StorageError> {
    let cond = filter.where_clause(false);
    let any_status = filter.where_clause(true);
    let listed = filter.listed_status();
    let order = match sort {
        SortOrder::Title => "d.title_sort ASC, d.id ASC",
        SortOrder::Modified => "d.modified DESC, d.id DESC",
    };
    let offset = (page.max(1) - 1).saturating_mul(PAGE_SIZE);
    let combos_sql = format!(
        "SELECT d.owner_id, d.custodian_id, d.sharing_scope, d.importance, d.personal_data, d.status, COUNT(*) AS n \
         FROM datasets d WHERE {any_status} \
         GROUP BY d.owner_id, d.custodian_id, d.sharing_scope, d.importance, d.personal_data, d.status"
    );
    let themes_sql = format!(
        "SELECT t.theme AS value, COUNT(*) AS n FROM dataset_themes t JOIN datasets d ON d.id = t.dataset_id \
         WHERE {cond} GROUP BY t.theme"
    );
    let formats_sql = format!(
        "SELECT x.format AS value, COUNT(DISTINCT x.dataset_id) AS n FROM distributions x \
         JOIN datasets d ON d.id = x.dataset_id WHERE {cond} AND x.format <> '' GROUP BY x.format"
    );
    let page_sql = format!("SELECT d.id FROM datasets d WHERE {cond} ORDER BY {order} LIMIT {PAGE_SIZE} OFFSET {offset}");

    let (combos, theme_counts, format_counts, ids) = with_conn!(conn, |c| {
        let combos: Vec<FacetRow> = diesel::sql_query(&combos_sql).load(c)?;
        let themes: Vec<ValueCount> = diesel::sql_query(&themes_sql).load(c)?;
        let formats: Vec<ValueCount> = diesel::sql_query(&formats_sql).load(c)?;
        let ids: Vec<IdRow> = diesel::sql_query(&page_sql).load(c)?;
        Ok::<_, diesel::result::Error>((combos, themes, formats, ids))
    })?;
    let ids: Vec<i32> = ids.into_iter().map(|r| r.id).collect();
    let items = summaries(conn, &ids)?;

    let mut facets = Facets::default();
    let mut total = 0;
    for row in combos {
        let status = Status::from_code(&row.status);
        if let Some(v) = status {
            *facets.status.entry(v).or_default() += row.n;
        }
        if status != Some(listed) {
            continue;
        }
        total += row.n;
        let mut reached: Vec<i32> = tree.ancestors(row.owner_id).iter().map(|a| a.id).collect();
        for a in row
            .custodian_id
            .map(|c| tree.ancestors(c))
            .unwrap_or_default()
        {
            if !reached.contains(&a.id) {
                reached.push(a.id);
            }
        }
        for id in reached {
            *facets.agencies.entry(id).or_default() += row.n;
        }
        if let Some(v) = SharingScope::from_code(&row.sharing_scope) {
            *facets.sharing_scope.entry(v).or_default() += row.n;
        }
        if let Some(v) = Importance::from_code(&row.importance) {
            *facets.importance.entry(v).or_default() += row.n;
        }
        if let Some(v) = PersonalData::from_code(&row.personal_data) {
            *facets.personal_data.entry(v).or_default() += row.n;
        }
    }
    facets.themes = theme_counts
        .into_iter()
        .filter_map(|r| Theme::from_code(&r.value).map(|t| (t, r.n)))
        .collect();
    facets.formats = format_counts.into_iter().map(|r| (r.value, r.n)).collect();
    facets
        .formats
        .sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    Ok(DatasetPage {
        total,
        items,
        facets,
    })
}

/// Loads list rows for `ids`, keeping their order (from the same batch load the search index uses).
pub fn summaries(conn: &mut DbConn, ids: &[i32]) -> Result<Vec<DatasetSummary>, StorageError> {
    let sources = super::search_source::load_without_columns(conn, ids)?;
    Ok(in_order(ids, sources.into_iter().map(DatasetSummary::from)))
}

/// List rows in the order of `ids` (a page as the index ranked it).
pub fn in_order(
    ids: &[i32],
    rows: impl IntoIterator<Item = DatasetSummary>,
) -> Vec<DatasetSummary> {
    let mut by_id: HashMap<i32, DatasetSummary> =
        rows.into_iter().map(|s| (s.dataset.id, s)).collect();
    ids.iter().filter_map(|id| by_id.remove(id)).collect()
}

impl From<super::search_source::DocSource> for DatasetSummary {
    fn from(src: super::search_source::DocSource) -> Self {
        let mut themes = src.themes;
        themes.sort();
        DatasetSummary {
            dataset: src.dataset,
            themes,
            formats: src.formats,
        }
    }
}
