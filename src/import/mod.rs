//! Bulk load of agency inventories in the CSV inventory format (docs/inventory-format.md):
//! recognise each file from its header → parse rows into records, collecting every problem with its file,
//! line and column → apply everything in one transaction, or nothing if any row was rejected.
//! The seed catalog is loaded through the same path.

mod header;
mod parse;

use std::path::Path;

pub use header::{recognise, FileKind};
pub use parse::{Parsed, Problem};

use crate::storage::{write, DbConn, StorageError};

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read {file}: {reason}")]
    Read { file: String, reason: String },
    /// Rows were rejected; nothing was written.
    #[error("{} problem(s) in the inventory; nothing was imported", .0.len())]
    Rejected(Vec<Problem>),
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// What an import wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub agencies: usize,
    pub datasets: usize,
    pub fields: usize,
    pub distributions: usize,
}

/// Reads every `*.csv` file of `dir` (agencies first, whatever their names) and imports them together.
pub fn import_dir(conn: &mut DbConn, dir: &Path) -> Result<ImportSummary, ImportError> {
    let read_err = |reason: std::io::Error| ImportError::Read {
        file: dir.display().to_string(),
        reason: reason.to_string(),
    };
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(read_err)? {
        let path = entry.map_err(read_err)?.path();
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
        {
            let bytes = std::fs::read(&path).map_err(|e| ImportError::Read {
                file: path.display().to_string(),
                reason: e.to_string(),
            })?;
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            files.push((name, bytes));
        }
    }
    files.sort();
    import_files(conn, &files)
}

/// Imports named CSV files in one transaction. Any rejected row rejects the whole import.
pub fn import_files(
    conn: &mut DbConn,
    files: &[(String, Vec<u8>)],
) -> Result<ImportSummary, ImportError> {
    let agencies = write::agency_ids_by_code(conn)?;
    let datasets = write::dataset_ids_by_identifier(conn)?;
    let parsed = parse::parse_files(files, &agencies, &datasets);
    if !parsed.problems.is_empty() {
        return Err(ImportError::Rejected(parsed.problems));
    }
    let summary = write::transaction(conn, |conn| parse::apply(conn, parsed))?;
    write::analyze(conn)?;
    Ok(summary)
}
