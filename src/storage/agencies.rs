//! Agency queries: the whole government structure (small: a few hundred rows) and dataset counts.

use std::collections::HashMap;

use diesel::prelude::*;

use super::models::Agency;
use super::schema::{agencies, datasets};
use super::{DbConn, StorageError, LISTED_STATUS};
use crate::domain::Viewer;
use crate::with_conn;

/// All agencies in Vietnamese alphabetical order of their names.
pub fn all(conn: &mut DbConn) -> Result<Vec<Agency>, StorageError> {
    let rows = with_conn!(conn, |c| agencies::table
        .select(Agency::as_select())
        .order((agencies::sort_key.asc(), agencies::id.asc()))
        .load(c))?;
    Ok(rows)
}

/// The agencies of `ids` and, when `code` is given, the agency of that code (any order).
pub fn some(
    conn: &mut DbConn,
    ids: &[i32],
    code: Option<&str>,
) -> Result<Vec<Agency>, StorageError> {
    let codes: Vec<&str> = code.into_iter().collect();
    let rows = with_conn!(conn, |c| agencies::table
        .filter(agencies::id.eq_any(ids).or(agencies::code.eq_any(&codes)))
        .select(Agency::as_select())
        .load(c))?;
    Ok(rows)
}

/// The chain from the top-level agency down to `id`, read parent by parent (a few rows, where loading
/// the whole structure would be wasted on one page).
pub fn ancestors(conn: &mut DbConn, id: i32) -> Result<Vec<Agency>, StorageError> {
    let mut chain = Vec::new();
    let mut next = Some(id);
    while let Some(current) = next {
        if chain.len() > 16 {
            break; // a cycle in bad data must not hang a page
        }
        let agency: Option<Agency> = with_conn!(conn, |c| agencies::table
            .find(current)
            .select(Agency::as_select())
            .first(c)
            .optional())?;
        let Some(agency) = agency else { break };
        next = agency.parent_id;
        chain.push(agency);
    }
    chain.reverse();
    Ok(chain)
}

/// Number of listed datasets each agency owns directly (not counting sub-agencies) that `viewer`
/// may see.
pub fn owned_dataset_counts(
    conn: &mut DbConn,
    viewer: &Viewer,
) -> Result<HashMap<i32, i64>, StorageError> {
    let visible = viewer.sql_condition("datasets");
    let rows: Vec<(i32, i64)> = with_conn!(conn, |c| datasets::table
        .filter(datasets::status.eq(LISTED_STATUS))
        .filter(diesel::dsl::sql::<diesel::sql_types::Bool>(&visible))
        .group_by(datasets::owner_id)
        .select((datasets::owner_id, diesel::dsl::count_star()))
        .load(c))?;
    Ok(rows.into_iter().collect())
}

/// The government structure as a tree, built from the flat list (already in Vietnamese order).
pub struct AgencyTree {
    pub agencies: Vec<Agency>,
    index: HashMap<i32, usize>,
    children: HashMap<Option<i32>, Vec<usize>>,
}

impl AgencyTree {
    pub fn new(agencies: Vec<Agency>) -> AgencyTree {
        let index = agencies
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id, i))
            .collect();
        let mut children: HashMap<Option<i32>, Vec<usize>> = HashMap::new();
        for (i, a) in agencies.iter().enumerate() {
            children.entry(a.parent_id).or_default().push(i);
        }
        AgencyTree {
            agencies,
            index,
            children,
        }
    }

    pub fn get(&self, id: i32) -> Option<&Agency> {
        self.index.get(&id).map(|&i| &self.agencies[i])
    }

    pub fn by_code(&self, code: &str) -> Option<&Agency> {
        self.agencies.iter().find(|a| a.code == code)
    }

    pub fn roots(&self) -> impl Iterator<Item = &Agency> {
        self.children_of(None)
    }

    pub fn children_of(&self, parent: Option<i32>) -> impl Iterator<Item = &Agency> {
        self.children
            .get(&parent)
            .into_iter()
            .flatten()
            .map(|&i| &self.agencies[i])
    }

    /// The agency and every agency below it.
    pub fn subtree_ids(&self, id: i32) -> Vec<i32> {
        let mut out = vec![id];
        let mut next = 0;
        while next < out.len() {
            let current = out[next];
            out.extend(self.children_of(Some(current)).map(|a| a.id));
            next += 1;
        }
        out
    }

    /// The chain from the top-level agency down to `id`.
    pub fn ancestors(&self, id: i32) -> Vec<&Agency> {
        let mut chain = Vec::new();
        let mut current = self.get(id);
        while let Some(a) = current {
            chain.push(a);
            if chain.len() > 64 {
                break; // a cycle in bad data must not hang a page
            }
            current = a.parent_id.and_then(|p| self.get(p));
        }
        chain.reverse();
        chain
    }

    /// Sums per-agency counts over each agency's subtree.
    pub fn rolled_up(&self, direct: &HashMap<i32, i64>) -> HashMap<i32, i64> {
        let mut totals: HashMap<i32, i64> = HashMap::new();
        for (&id, &n) in direct {
            for a in self.ancestors(id) {
                *totals.entry(a.id).or_default() += n;
            }
        }
        totals
    }
}
