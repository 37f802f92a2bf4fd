//! The catalog as an inventory (docs/inventory-format.md): the four CSV files that `ndc import`
//! reads, so that export → import into an empty catalog → export gives the same bytes. Datasets are
//! read a page at a time in identifier order, so exporting a million keeps memory bounded; agencies
//! come parents first, as the format requires.

pub mod dcat;

use std::collections::HashMap;
use std::io::Write;

use crate::domain::Viewer;
use crate::import::FileKind;
use crate::storage::models::{Agency, Dataset};
use crate::storage::{agencies, export_source, DbConn, StorageError};

/// Datasets per page read from the database.
const PAGE: i64 = 1_000;

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error("cannot write the export: {0}")]
    Write(#[from] csv::Error),
}

/// Which datasets an export holds: the statuses to include and whose eyes it is for (a visitor's
/// export holds only what they may see; the command line exports as an administrator).
#[derive(Debug, Clone)]
pub struct Scope {
    pub statuses: &'static [&'static str],
    pub viewer: Viewer,
}

fn administrator() -> Viewer {
    Viewer::User {
        id: 0,
        role: crate::domain::UserRole::Admin,
        agency_id: None,
        agency_subtree: Vec::new(),
    }
}

impl Scope {
    /// Published and retired datasets that `viewer` may see.
    pub fn visible_to(viewer: Viewer) -> Scope {
        Scope {
            statuses: crate::storage::VISIBLE_STATUSES,
            viewer,
        }
    }

    /// Every published and retired dataset (the command line, without `--drafts`).
    pub fn all_public_statuses() -> Scope {
        Scope::visible_to(administrator())
    }

    /// Everything, drafts included.
    pub fn everything() -> Scope {
        Scope {
            statuses: &["draft", "published", "retired"],
            viewer: administrator(),
        }
    }
}

/// Writes one kind of inventory file to `out`; returns the number of data rows.
pub fn write(
    conn: &mut DbConn,
    kind: FileKind,
    scope: Scope,
    out: impl Write,
) -> Result<u64, ExportError> {
    let mut w = csv::WriterBuilder::new().from_writer(out);
    w.write_record(kind.columns())?;
    let all = agencies::all(conn)?;
    let code_of: HashMap<i32, &str> = all.iter().map(|a| (a.id, a.code.as_str())).collect();
    let mut rows = 0u64;
    if kind == FileKind::Agencies {
        for a in parents_first(&all) {
            let parent = a
                .parent_id
                .and_then(|p| code_of.get(&p).copied())
                .unwrap_or("");
            w.write_record([&a.code, &a.name_vi, &a.name_en, &a.kind, parent])?;
            rows += 1;
        }
        w.flush().map_err(csv::Error::from)?;
        return Ok(rows);
    }
    let mut after = String::new();
    loop {
        let visible = scope.viewer.sql_condition("datasets");
        let page = export_source::datasets_after(conn, &after, PAGE, scope.statuses, &visible)?;
        let Some(last) = page.last() else { break };
        after = last.identifier.clone();
        let ids: Vec<i32> = page.iter().map(|d| d.id).collect();
        match kind {
            FileKind::Datasets => {
                let themes = export_source::themes_of(conn, &ids)?;
                for d in &page {
                    let themes = themes.get(&d.id).map(|t| t.join(";")).unwrap_or_default();
                    w.write_record(dataset_record(d, &code_of, &themes))?;
                    rows += 1;
                }
            }
            FileKind::Fields => {
                let mut fields = export_source::fields_of(conn, &ids)?;
                for d in &page {
                    for f in fields.remove(&d.id).unwrap_or_default() {
                        w.write_record([
                            d.identifier.as_str(),
                            &f.name,
                            &f.title,
                            &f.field_type,
                            &f.unit,
                            bool_cell(f.required),
                            bool_cell(f.is_key),
                            &f.personal_data,
                            &f.description,
                            &f.example,
                        ])?;
                        rows += 1;
                    }
                }
            }
            FileKind::Distributions => {
                let mut lists = export_source::distributions_of(conn, &ids)?;
                for d in &page {
                    for r in lists.remove(&d.id).unwrap_or_default() {
                        let size = r.byte_size.map(|s| s.to_string()).unwrap_or_default();
                        w.write_record([
                            d.identifier.as_str(),
                            &r.title,
                            &r.format,
                            &r.media_type,
                            &r.url,
                            &size,
                            &r.channel,
                        ])?;
                        rows += 1;
                    }
                }
            }
            FileKind::Agencies => unreachable!("written above"),
        }
        w.flush().map_err(csv::Error::from)?;
    }
    w.flush().map_err(csv::Error::from)?;
    Ok(rows)
}

fn bool_cell(value: bool) -> &'static str {
    if value {
        "true"
    } else {
        "false"
    }
}

fn date_cell(value: Option<chrono::NaiveDate>) -> String {
    value.map(|d| d.to_string()).unwrap_or_default()
}

/// A dataset row in the column order of `FileKind::Datasets`.
fn dataset_record(d: &Dataset, code_of: &HashMap<i32, &str>, themes: &str) -> Vec<String> {
    let code = |id: Option<i32>| {
        id.and_then(|i| code_of.get(&i).copied())
            .unwrap_or("")
            .to_string()
    };
    vec![
        d.identifier.clone(),
        d.title.clone(),
        d.description.clone(),
        code(Some(d.owner_id)),
        code(d.custodian_id),
        themes.to_string(),
        d.keywords.clone(),
        d.sharing_scope.clone(),
        d.importance.clone(),
        d.personal_data.clone(),
        d.legal_basis.clone(),
        d.channels.clone(),
        d.licence.clone(),
        d.update_frequency.clone(),
        date_cell(d.temporal_start),
        date_cell(d.temporal_end),
        d.spatial.clone(),
        d.contact_name.clone(),
        d.contact_email.clone(),
        d.contact_phone.clone(),
        date_cell(d.issued),
        date_cell(d.modified),
        d.status.clone(),
    ]
}

/// Agencies ordered so that every parent comes before its children (roots by code, then each
/// level's children by code).
fn parents_first(all: &[Agency]) -> Vec<&Agency> {
    let mut children: HashMap<Option<i32>, Vec<&Agency>> = HashMap::new();
    for a in all {
        children.entry(a.parent_id).or_default().push(a);
    }
    for list in children.values_mut() {
        list.sort_by(|a, b| a.code.cmp(&b.code));
    }
    let mut out = Vec::with_capacity(all.len());
    let mut stack: Vec<&Agency> = children.get(&None).cloned().unwrap_or_default();
    stack.reverse();
    while let Some(a) = stack.pop() {
        out.push(a);
        if let Some(kids) = children.get(&Some(a.id)) {
            stack.extend(kids.iter().rev());
        }
    }
    out
}

/// Writes the four files of the inventory into `dir`; returns rows per kind.
pub fn write_dir(
    conn: &mut DbConn,
    dir: &std::path::Path,
    scope: Scope,
) -> Result<Vec<(FileKind, u64)>, ExportError> {
    let mut counts = Vec::new();
    for kind in [
        FileKind::Agencies,
        FileKind::Datasets,
        FileKind::Fields,
        FileKind::Distributions,
    ] {
        let path = dir.join(format!("{}.csv", kind.name()));
        let file = std::fs::File::create(&path).map_err(csv::Error::from)?;
        let rows = write(conn, kind, scope.clone(), std::io::BufWriter::new(file))?;
        counts.push((kind, rows));
    }
    Ok(counts)
}
