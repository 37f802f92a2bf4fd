//! Bulk load of agency inventories in the CSV inventory format (docs/inventory-format.md), from the
//! command line, the API and the seed directory, through one engine:
//! `decode` (encodings, delimiters, record-size guard) → `parts` (CSV files, Excel sheets, headers)
//! → `rows`/`records` (validation of each row) → `engine` (upsert in batches, one transaction,
//! all-or-nothing or partial, dry runs; its `writer` thread stores what it validated) → `report`
//! (counts and problems, CSV report).

mod decode;
mod engine;
mod header;
mod parts;
mod records;
mod report;
mod rows;
pub mod validate;
mod writer;

use std::path::{Path, PathBuf};

pub use decode::{encoding_named, Input};
pub use engine::{run, Progress};
pub use header::{recognise, FileKind};
pub use records::{default_access_rule, DatasetRow};
pub use report::{shorten, KindCounts, Problem, Report, Severity};

use crate::storage::tokens::Role;

/// How to import.
#[derive(Debug, Clone)]
pub struct Options {
    /// Validate and report, write nothing.
    pub dry_run: bool,
    /// Commit the valid rows even if others are rejected.
    pub partial: bool,
    /// The encoding of files without a BOM (default: UTF-8, or Windows-1258 if not valid UTF-8).
    pub encoding: Option<&'static encoding_rs::Encoding>,
    /// Take every file as this kind instead of recognising it from its header.
    pub kind: Option<FileKind>,
    /// Who imports: what they may write.
    pub actor: Role,
    /// Who imports, as the history and the audit log name them (a token's name, a user).
    pub actor_label: String,
    /// The account behind the import, when there is one.
    pub actor_user: Option<i32>,
    /// Through which door the changes come, for the datasets' history.
    pub channel: crate::storage::history::Channel,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            dry_run: false,
            partial: false,
            encoding: None,
            kind: None,
            actor: Role::Admin,
            actor_label: "ndc import".to_string(),
            actor_user: None,
            channel: crate::storage::history::Channel::Import,
        }
    }
}

/// File names an import picks up from a directory.
fn is_inventory_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| {
        ["csv", "tsv", "txt", "xlsx"]
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x))
    })
}

/// The inputs named by paths: files as given, directories by their inventory files (sorted).
pub fn inputs_from_paths(paths: &[PathBuf]) -> Result<Vec<Input>, String> {
    let mut inputs = Vec::new();
    for path in paths {
        if path.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(path)
                .map_err(|e| format!("cannot read {}: {e}", path.display()))?
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.is_file() && is_inventory_file(p))
                .collect();
            files.sort();
            inputs.extend(files.into_iter().map(Input::file));
        } else if path.is_file() {
            inputs.push(Input::file(path.clone()));
        } else {
            return Err(format!("{}: no such file or directory", path.display()));
        }
    }
    Ok(inputs)
}
