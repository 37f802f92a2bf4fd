//! The inventory's rules for one record given as `(column, value)` pairs, so the dataset form
//! checks exactly what an import checks (enumerations with their Vietnamese labels, dates and their
//! order, identifiers, emails, column names, URLs that must be http(s), lengths).

use super::header::{FileKind, Header};
use super::records::{self, DatasetRow};
use super::report::Problem;
use super::rows::Row;
use crate::storage::models::{NewDistribution, NewSchemaField};

fn check<T>(
    kind: FileKind,
    cells: &[(&'static str, &str)],
    rule: impl FnOnce(&mut Row) -> Option<T>,
) -> (Option<T>, Vec<Problem>) {
    let header = Header {
        kind,
        positions: cells
            .iter()
            .enumerate()
            .map(|(i, (c, _))| (*c, i))
            .collect(),
        unknown: Vec::new(),
    };
    let record = csv::StringRecord::from(cells.iter().map(|(_, v)| *v).collect::<Vec<_>>());
    let mut row = Row {
        file: "form",
        line: 0,
        header: &header,
        record: &record,
        problems: Vec::new(),
    };
    let value = rule(&mut row);
    (value, row.problems)
}

/// A dataset record; `agencies` says whether an agency code exists.
pub fn dataset(
    cells: &[(&'static str, &str)],
    agencies: &dyn Fn(&str) -> bool,
) -> (Option<DatasetRow>, Vec<Problem>) {
    check(FileKind::Datasets, cells, |row| {
        records::dataset_row(row, agencies)
    })
}

/// One column of a dataset's schema.
pub fn field(cells: &[(&'static str, &str)]) -> (Option<NewSchemaField>, Vec<Problem>) {
    check(FileKind::Fields, cells, records::field_row)
}

/// One distribution of a dataset.
pub fn distribution(cells: &[(&'static str, &str)]) -> (Option<NewDistribution>, Vec<Problem>) {
    check(FileKind::Distributions, cells, records::distribution_row)
}
