//! The import engine: one pass over each file (agencies, then datasets, then fields and
//! distributions), validating and writing in batches inside one transaction, which is committed only
//! if nothing was rejected (or with `partial`), and never for a dry run. Memory holds the catalog's
//! codes and identifiers and one batch of rows, whatever the size of the files.

// Identifier-keyed maps are on the import's hot path: a fast, non-DoS-resistant hash is enough for
// keys from one file being imported.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::atomic::Ordering;

use super::header::FileKind;
use super::parts::{open_parts, Part, RowItem};
use super::records;
use super::report::{Problem, Report};
use super::rows::Row;
use super::writer::{self, NewIds, Writer, WriterStopped};
use super::{Input, Options};
use crate::storage::bulk::{self, ExistingDataset};
use crate::storage::models::*;
use crate::storage::tokens::Role;
use crate::storage::{agencies, audit, fingerprint, history, write, DbConn, StorageError};
use crate::text::{sort_key, strip_agency_prefix};

/// Rows held before a batch is written.
const BATCH_ROWS: usize = 5_000;

/// How far an import has gone, for progress bars.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    pub bytes_done: u64,
    pub bytes_total: u64,
    pub rows: u64,
}

/// Imports `inputs`; the report says what was (or, for a dry run, would be) written and why rows
/// were rejected. Errors are only the database's own.
pub fn run(
    conn: &mut DbConn,
    inputs: &[Input],
    options: &Options,
    progress: &dyn Fn(Progress),
) -> Result<Report, StorageError> {
    let started = std::time::Instant::now();
    let mut report = Report {
        dry_run: options.dry_run,
        ..Report::default()
    };
    let mut parts = open_parts(inputs, options, &mut report);
    parts.sort_by_key(|p| kind_order(p.kind));
    if !matches!(options.actor, Role::Admin) {
        for part in parts.iter().filter(|p| p.kind == FileKind::Agencies) {
            report.push(Problem::file(
                &part.name,
                "Chỉ quản trị viên được nhập danh sách cơ quan.",
                "Only administrators may import agencies.",
            ));
        }
    }
    let bytes_total: u64 = inputs.iter().map(|i| i.len()).sum();
    let mut report = bulk::with_bulk_settings(conn, |conn| {
        write::transaction_or_rollback(conn, |conn| {
            let mut engine = Engine::load(conn, options, report)?;
            let report = writer::with_writer(conn, |w| {
                let mut done_before = 0;
                for part in &mut parts {
                    if engine.report.unusable {
                        break;
                    }
                    engine.part(&w, part, bytes_total, done_before, progress)?;
                    done_before += part.input_len;
                }
                engine.finish(&w)?;
                Ok(engine.report)
            })?;
            let commit = !options.dry_run
                && !report.unusable
                && (report.errors == 0 || options.partial)
                && report.changed_rows() > 0;
            if commit {
                let files: Vec<&str> = inputs.iter().map(|i| i.name.as_str()).collect();
                let detail = format!(
                    "datasets +{} ~{}, fields +{} ~{}, distributions +{} ~{}, rejected {}",
                    report.datasets.created,
                    report.datasets.updated,
                    report.fields.created,
                    report.fields.updated,
                    report.distributions.created,
                    report.distributions.updated,
                    report.errors
                );
                audit::append(
                    conn,
                    &audit::Entry {
                        actor_id: options.actor_user,
                        actor_label: &options.actor_label,
                        agency_id: match options.actor {
                            Role::Steward { agency_id } => Some(agency_id),
                            Role::Admin => None,
                        },
                        action: "import",
                        subject: &crate::import::shorten(&files.join(", ")),
                        detail: &detail,
                        address: "",
                    },
                )?;
            }
            Ok((report, commit))
        })
    })?;
    report.committed =
        !options.dry_run && !report.unusable && (report.errors == 0 || options.partial);
    if report.committed && report.changed_rows() > 1_000 {
        write::analyze(conn)?;
    }
    report.elapsed_ms = started.elapsed().as_millis() as u64;
    Ok(report)
}

fn kind_order(kind: FileKind) -> u8 {
    match kind {
        FileKind::Agencies => 0,
        FileKind::Datasets => 1,
        FileKind::Fields => 2,
        FileKind::Distributions => 3,
    }
}

#[derive(Debug, Clone)]
struct AgencyInfo {
    id: i32,
    name_vi: String,
    name_en: String,
    kind: String,
    parent_id: Option<i32>,
}

/// A dataset's rows in a fields or distributions file, collected until the next dataset starts.
struct Group<T> {
    identifier: String,
    first_line: u64,
    last_line: u64,
    dataset: Option<ExistingDataset>,
    rows: Vec<T>,
    names: HashSet<String>,
    /// A row of the group was rejected, so the list (which replaces the stored one whole) is too.
    failed: bool,
}

/// Rows of new or changed lists waiting to be written.
struct ListBatch<T> {
    replace: Vec<i32>,
    rows: Vec<T>,
    hashes: Vec<(i32, i64)>,
}

impl<T> Default for ListBatch<T> {
    fn default() -> Self {
        ListBatch {
            replace: Vec::new(),
            rows: Vec::new(),
            hashes: Vec::new(),
        }
    }
}

/// What the engine remembers of a dataset sent for insertion until the writer gives its id.
struct PendingDataset {
    identifier: String,
    owner_id: i32,
    custodian_id: Option<i32>,
    content_hash: i64,
    modified: Option<chrono::NaiveDate>,
}

struct Engine<'o> {
    options: &'o Options,
    report: Report,
    agencies: HashMap<String, AgencyInfo>,
    /// Agencies the actor may write for (`None`: all).
    writable: Option<HashSet<i32>>,
    datasets: HashMap<String, ExistingDataset>,
    /// Agency codes and dataset identifiers of this import, with the line that gave them.
    agency_lines: HashMap<String, u64>,
    dataset_lines: HashMap<String, (String, u64)>,
    /// Datasets rejected in this import, with where.
    rejected: HashMap<String, (String, u64)>,
    new_datasets: Vec<(NewDataset, Vec<String>)>,
    /// Inserts sent to the writer whose ids are not known yet: (identifier, owner, custodian,
    /// fingerprint) of each, and where the ids will come from.
    pending: Vec<(Vec<PendingDataset>, NewIds)>,
    fields: ListBatch<NewSchemaField>,
    distributions: ListBatch<NewDistribution>,
    changed: HashSet<i32>,
    /// Datasets this import created: the writer logs them as changed itself.
    created: HashSet<i32>,
    /// Which parts of each updated dataset changed (for its history): see `history::PART_*`.
    changed_parts: HashMap<i32, u8>,
    /// (fields, distributions) fingerprints of the lists of datasets this import created.
    new_list_hashes: HashMap<i32, (i64, i64)>,
    rows_seen: u64,
}

impl<'o> Engine<'o> {
    fn load(conn: &mut DbConn, options: &'o Options, report: Report) -> Result<Self, StorageError> {
        let all = agencies::all(conn)?;
        let writable = match options.actor {
            Role::Admin => None,
            Role::Steward { agency_id } => Some(
                agencies::AgencyTree::new(all.clone())
                    .subtree_ids(agency_id)
                    .into_iter()
                    .collect(),
            ),
        };
        let agencies = all
            .into_iter()
            .map(|a| {
                (
                    a.code.clone(),
                    AgencyInfo {
                        id: a.id,
                        name_vi: a.name_vi,
                        name_en: a.name_en,
                        kind: a.kind,
                        parent_id: a.parent_id,
                    },
                )
            })
            .collect();
        Ok(Engine {
            options,
            report,
            agencies,
            writable,
            datasets: bulk::existing_datasets(conn)?,
            agency_lines: HashMap::default(),
            dataset_lines: HashMap::default(),
            rejected: HashMap::default(),
            new_datasets: Vec::new(),
            pending: Vec::new(),
            fields: ListBatch::default(),
            distributions: ListBatch::default(),
            changed: HashSet::default(),
            created: HashSet::default(),
            changed_parts: HashMap::default(),
            new_list_hashes: HashMap::default(),
            rows_seen: 0,
        })
    }

    fn may_write(&self, owner: Option<i32>, custodian: Option<i32>) -> bool {
        match &self.writable {
            None => true,
            Some(set) => [owner, custodian]
                .into_iter()
                .flatten()
                .any(|id| set.contains(&id)),
        }
    }

    fn part(
        &mut self,
        w: &Writer,
        part: &mut Part,
        bytes_total: u64,
        done_before: u64,
        progress: &dyn Fn(Progress),
    ) -> Result<(), WriterStopped> {
        if matches!(part.kind, FileKind::Fields | FileKind::Distributions) {
            self.resolve_pending()?;
        }
        let bytes_done =
            |part: &Part| done_before + part.bytes_read.load(Ordering::Relaxed).min(part.input_len);
        let mut rows_in_part = 0u64;
        let mut field_group: Option<Group<NewSchemaField>> = None;
        let mut dist_group: Option<Group<NewDistribution>> = None;
        let mut finished: HashMap<String, u64> = HashMap::default();
        while let Some(item) = part.rows.next() {
            let (line, record) = match item {
                RowItem::Record(line, record) => (line, record),
                RowItem::Fatal(problem) => {
                    self.report.push(problem);
                    self.report.unusable = true;
                    break;
                }
            };
            self.rows_seen += 1;
            rows_in_part += 1;
            if self.rows_seen % 2_000 == 0 {
                progress(Progress {
                    bytes_done: bytes_done(part),
                    bytes_total,
                    rows: self.rows_seen,
                });
            }
            let mut row = Row {
                file: &part.name,
                line,
                header: &part.header,
                record: &record,
                problems: Vec::new(),
            };
            if let Some(p) = part.check_width(&record, line) {
                row.problems.push(p);
            }
            match part.kind {
                FileKind::Agencies => self.agency(w, row)?,
                FileKind::Datasets => self.dataset(w, row)?,
                FileKind::Fields => {
                    let record = records::field_row(&mut row);
                    let name = record.as_ref().map(|f| f.name.clone());
                    self.list_row(
                        w,
                        row,
                        record,
                        name,
                        &mut field_group,
                        &mut finished,
                        FileKind::Fields,
                    )?
                }
                FileKind::Distributions => {
                    let record = records::distribution_row(&mut row);
                    self.list_row(
                        w,
                        row,
                        record,
                        None,
                        &mut dist_group,
                        &mut finished,
                        FileKind::Distributions,
                    )?
                }
            }
        }
        if let Some(g) = field_group.take() {
            self.close_group(g, FileKind::Fields);
        }
        if let Some(g) = dist_group.take() {
            self.close_group(g, FileKind::Distributions);
        }
        if rows_in_part == 0 && !self.report.unusable {
            self.report.push(Problem::file(
                &part.name,
                "Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào.",
                "The file has a header row but no data rows.",
            ));
        }
        self.flush(w)?;
        progress(Progress {
            bytes_done: bytes_done(part),
            bytes_total,
            rows: self.rows_seen,
        });
        Ok(())
    }

    /// Files the row's problems; true if it has none.
    fn accept(&mut self, row: &mut Row, kind: FileKind) -> bool {
        if row.problems.is_empty() {
            return true;
        }
        for p in row.problems.drain(..) {
            self.report.push(p);
        }
        self.report.counts_mut(kind).rejected += 1;
        false
    }

    fn agency(&mut self, w: &Writer, mut row: Row) -> Result<(), WriterStopped> {
        let known = |code: &str| self.agencies.contains_key(code);
        let record = records::agency_row(&mut row, &known);
        let Some(a) = record else {
            self.accept(&mut row, FileKind::Agencies);
            return Ok(());
        };
        if let Some(first) = self.agency_lines.get(&a.code) {
            let first = *first;
            row.problem(
                "code",
                format!("Mã cơ quan «{}» đã xuất hiện ở dòng {first}.", a.code),
                format!(
                    "The agency code “{}” already appears on line {first}.",
                    a.code
                ),
            );
        }
        let parent_id = a.parent.as_ref().map(|p| self.agencies[p].id);
        let existing = self.agencies.get(&a.code).cloned();
        if let (Some(existing), Some(parent)) = (&existing, parent_id) {
            if self.is_under(parent, existing.id) {
                row.problem(
                    "parent",
                    format!(
                        "Cơ quan «{}» không thể trực thuộc chính nó hoặc đơn vị cấp dưới của nó.",
                        a.code
                    ),
                    format!(
                        "The agency “{}” cannot belong to itself or to one of its own units.",
                        a.code
                    ),
                );
            }
        }
        if !self.accept(&mut row, FileKind::Agencies) {
            return Ok(());
        }
        self.agency_lines.insert(a.code.clone(), row.line);
        let new = NewAgency {
            code: a.code.clone(),
            sort_key: sort_key(&strip_agency_prefix(&a.name_vi)),
            name_vi: a.name_vi,
            name_en: a.name_en,
            kind: a.kind.code().into(),
            parent_id,
        };
        let info = |id| AgencyInfo {
            id,
            name_vi: new.name_vi.clone(),
            name_en: new.name_en.clone(),
            kind: new.kind.clone(),
            parent_id,
        };
        match existing {
            None => {
                let id = w.insert_agency(new.clone())?;
                self.agencies.insert(a.code, info(id));
                self.report.agencies.created += 1;
            }
            Some(old)
                if old.name_vi == new.name_vi
                    && old.name_en == new.name_en
                    && old.kind == new.kind
                    && old.parent_id == parent_id =>
            {
                self.report.agencies.unchanged += 1;
            }
            Some(old) => {
                self.agencies.insert(a.code, info(old.id));
                w.update_agency(old.id, new)?;
                self.report.agencies.updated += 1;
            }
        }
        Ok(())
    }

    /// Whether `id` is `ancestor` or lies under it.
    fn is_under(&self, id: i32, ancestor: i32) -> bool {
        let parents: HashMap<i32, Option<i32>> = self
            .agencies
            .values()
            .map(|a| (a.id, a.parent_id))
            .collect();
        let mut current = Some(id);
        let mut steps = 0;
        while let Some(c) = current {
            if c == ancestor {
                return true;
            }
            steps += 1;
            if steps > parents.len() {
                return true;
            }
            current = parents.get(&c).copied().flatten();
        }
        false
    }

    fn dataset(&mut self, w: &Writer, mut row: Row) -> Result<(), WriterStopped> {
        let known = |code: &str| self.agencies.contains_key(code);
        let record = records::dataset_row(&mut row, &known);
        let identifier = row.text("identifier");
        let first_occurrence = !self.dataset_lines.contains_key(&identifier);
        if !identifier.is_empty() {
            if let Some((file, first)) = self.dataset_lines.get(&identifier) {
                let (file, first) = (file.clone(), *first);
                row.problem(
                    "identifier",
                    format!("Mã định danh «{identifier}» đã xuất hiện ở {file}, dòng {first}."),
                    format!(
                        "The identifier “{identifier}” already appears in {file}, line {first}."
                    ),
                );
            }
        }
        let existing = self.datasets.get(&identifier).copied();
        if let Some(d) = &record {
            let owner = self.agencies.get(&d.owner).map(|a| a.id);
            let custodian = d
                .custodian
                .as_ref()
                .and_then(|c| self.agencies.get(c))
                .map(|a| a.id);
            let allowed_new = self.may_write(owner, custodian);
            let allowed_old = existing
                .map(|e| self.may_write(Some(e.owner_id), e.custodian_id))
                .unwrap_or(true);
            if !allowed_new || !allowed_old {
                row.problem(
                    "owner",
                    "Bạn chỉ được ghi dữ liệu của cơ quan mình và các đơn vị trực thuộc.".into(),
                    "You may only write datasets of your own agency and its sub-agencies.".into(),
                );
            }
        }
        if !identifier.is_empty() && !self.dataset_lines.contains_key(&identifier) {
            self.dataset_lines
                .insert(identifier.clone(), (row.file.to_string(), row.line));
        }
        if !self.accept(&mut row, FileKind::Datasets) {
            if !identifier.is_empty() && first_occurrence {
                self.rejected
                    .insert(identifier, (row.file.to_string(), row.line));
            }
            return Ok(());
        }
        let Some(d) = record else { return Ok(()) };
        let owner_id = self.agencies[&d.owner].id;
        let custodian_id = d.custodian.as_ref().map(|c| self.agencies[c].id);
        let mut dataset = NewDataset {
            owner_id,
            custodian_id,
            ..d.dataset
        };
        dataset.content_hash = fingerprint::dataset(&dataset, &d.themes);
        match existing {
            None => {
                self.report.datasets.created += 1;
                dataset.title_sort = sort_key(&dataset.title);
                self.new_datasets.push((dataset, d.themes));
                if self.new_datasets.len() >= BATCH_ROWS / 10 {
                    self.flush_datasets(w)?;
                }
            }
            Some(e)
                if e.content_hash == dataset.content_hash
                    && d.modified_given.is_none_or(|m| Some(m) == e.modified) =>
            {
                self.report.datasets.unchanged += 1;
            }
            Some(e) => {
                dataset.title_sort = sort_key(&dataset.title);
                if d.modified_given.is_none() {
                    dataset.modified = Some(chrono::Utc::now().date_naive());
                }
                self.datasets.insert(
                    dataset.identifier.clone(),
                    ExistingDataset {
                        owner_id,
                        custodian_id,
                        content_hash: dataset.content_hash,
                        modified: dataset.modified,
                        ..e
                    },
                );
                w.update_dataset(e.id, dataset, d.themes)?;
                self.changed.insert(e.id);
                *self.changed_parts.entry(e.id).or_default() |= history::PART_DATASET;
                self.report.datasets.updated += 1;
            }
        }
        Ok(())
    }

    fn flush_datasets(&mut self, w: &Writer) -> Result<(), WriterStopped> {
        if self.new_datasets.is_empty() {
            return Ok(());
        }
        let batch = std::mem::take(&mut self.new_datasets);
        let meta = batch
            .iter()
            .map(|(d, _)| PendingDataset {
                identifier: d.identifier.clone(),
                owner_id: d.owner_id,
                custodian_id: d.custodian_id,
                content_hash: d.content_hash,
                modified: d.modified,
            })
            .collect();
        let ids = w.insert_datasets(batch)?;
        self.pending.push((meta, ids));
        Ok(())
    }

    /// Learns the ids of the datasets inserted so far (needed before their columns can be).
    fn resolve_pending(&mut self) -> Result<(), WriterStopped> {
        for (meta, ids) in std::mem::take(&mut self.pending) {
            let ids: HashMap<String, i32> =
                ids.recv().map_err(|_| WriterStopped)?.into_iter().collect();
            for p in meta {
                let id = ids[&p.identifier];
                self.created.insert(id);
                self.datasets.insert(
                    p.identifier,
                    ExistingDataset {
                        id,
                        owner_id: p.owner_id,
                        custodian_id: p.custodian_id,
                        content_hash: p.content_hash,
                        fields_hash: 0,
                        distributions_hash: 0,
                        modified: p.modified,
                    },
                );
            }
        }
        Ok(())
    }

    /// One row of a fields or distributions file: joins its dataset's group, closing the previous one.
    #[allow(clippy::too_many_arguments)]
    fn list_row<T>(
        &mut self,
        w: &Writer,
        mut row: Row,
        record: Option<T>,
        name: Option<String>,
        group: &mut Option<Group<T>>,
        finished: &mut HashMap<String, u64>,
        kind: FileKind,
    ) -> Result<(), WriterStopped>
    where
        Engine<'o>: ListSink<T>,
    {
        let identifier = row.text("dataset");
        if group.as_ref().is_some_and(|g| g.identifier != identifier) {
            let done = group.take().expect("checked");
            finished.insert(done.identifier.clone(), done.last_line);
            self.close_group(done, kind);
            if self.pending_rows() >= BATCH_ROWS {
                self.flush(w)?;
            }
        }
        if group.is_none() {
            let dataset = self.datasets.get(&identifier).copied();
            let mut g = Group {
                identifier: identifier.clone(),
                first_line: row.line,
                last_line: row.line,
                dataset,
                rows: Vec::new(),
                names: HashSet::default(),
                failed: false,
            };
            if identifier.is_empty() {
                row.problem(
                    "dataset",
                    "Thiếu mã định danh dữ liệu ở cột «dataset».".into(),
                    "The required column “dataset” is empty.".into(),
                );
            } else if let Some(until) = finished.get(&identifier) {
                row.problem(
                    "dataset",
                    format!("Các dòng của dữ liệu «{identifier}» phải liền nhau: các dòng trước của nó kết thúc ở dòng {until}."),
                    format!("The rows of dataset “{identifier}” must be consecutive: its earlier rows end on line {until}."),
                );
            } else if let Some((file, line)) = self.rejected.get(&identifier) {
                let (file, line) = (file.clone(), *line);
                row.problem(
                    "dataset",
                    format!("Dữ liệu «{identifier}» bị từ chối ở {file}, dòng {line}, nên các dòng của nó ở đây không được nhập."),
                    format!("The dataset “{identifier}” was rejected in {file}, line {line}, so its rows here are not imported."),
                );
            } else if let Some(d) = dataset {
                if !self.may_write(Some(d.owner_id), d.custodian_id) {
                    row.problem(
                        "dataset",
                        "Bạn chỉ được ghi dữ liệu của cơ quan mình và các đơn vị trực thuộc."
                            .into(),
                        "You may only write datasets of your own agency and its sub-agencies."
                            .into(),
                    );
                }
            } else {
                row.problem(
                    "dataset",
                    format!("Không có dữ liệu mã định danh «{identifier}» trong danh mục hoặc trong tệp dữ liệu được nhập cùng."),
                    format!("No dataset with identifier “{identifier}” in the catalog or in the datasets file of this import."),
                );
            }
            g.failed = !row.problems.is_empty();
            *group = Some(g);
        } else if group
            .as_ref()
            .is_some_and(|g| g.failed && g.rows.is_empty())
        {
            // The group's first row already said why its dataset cannot take rows; count this one.
        }
        let g = group.as_mut().expect("set above");
        g.last_line = row.line;
        if let Some(name) = &name {
            if !g.names.insert(name.clone()) {
                row.problem(
                    "name",
                    format!("Cột «{name}» đã được khai báo cho dữ liệu này."),
                    format!("The column “{name}” is already declared for this dataset."),
                );
            }
        }
        let inherited_failure = g.failed && row.problems.is_empty() && g.dataset.is_none();
        if inherited_failure {
            // Same unknown or rejected dataset as the group's first row: reject silently, counted.
            self.report.counts_mut(kind).rejected += 1;
            return Ok(());
        }
        if self.accept(&mut row, kind) {
            if let Some(r) = record {
                g.rows.push(r);
            }
        } else {
            g.failed = true;
        }
        Ok(())
    }

    fn close_group<T>(&mut self, g: Group<T>, kind: FileKind)
    where
        Engine<'o>: ListSink<T>,
    {
        let Some(dataset) = g.dataset else {
            return;
        };
        if g.failed {
            if !g.rows.is_empty() {
                self.report.counts_mut(kind).rejected += g.rows.len() as u64;
                if self.options.partial {
                    self.report.push(Problem::error(
                        "",
                        g.first_line,
                        "dataset",
                        &g.identifier,
                        format!("Danh sách của dữ liệu «{}» (từ dòng {}) không được nhập vì có dòng bị từ chối: danh sách được thay thế cả khối.", g.identifier, g.first_line),
                        format!("The list of dataset “{}” (from line {}) is not imported because one of its rows was rejected: lists are replaced whole.", g.identifier, g.first_line),
                    ));
                }
            }
            return;
        }
        self.take_list(dataset, g.rows, kind);
    }

    fn pending_rows(&self) -> usize {
        self.fields.rows.len() + self.distributions.rows.len()
    }

    fn flush(&mut self, w: &Writer) -> Result<(), WriterStopped> {
        self.flush_datasets(w)?;
        let fields = std::mem::take(&mut self.fields);
        if !fields.rows.is_empty() || !fields.hashes.is_empty() {
            w.replace_fields(fields.replace, fields.rows, fields.hashes)?;
        }
        let dists = std::mem::take(&mut self.distributions);
        if !dists.rows.is_empty() || !dists.hashes.is_empty() {
            w.replace_distributions(dists.replace, dists.rows, dists.hashes)?;
        }
        Ok(())
    }

    fn finish(&mut self, w: &Writer) -> Result<(), WriterStopped> {
        self.flush(w)?;
        self.resolve_pending()?;
        if !self.new_list_hashes.is_empty() {
            let mut rows: Vec<NewListHashes> = self
                .new_list_hashes
                .drain()
                .map(
                    |(dataset_id, (fields_hash, distributions_hash))| NewListHashes {
                        dataset_id,
                        fields_hash,
                        distributions_hash,
                    },
                )
                .collect();
            rows.sort_unstable_by_key(|r| r.dataset_id);
            w.insert_list_hashes(rows)?;
        }
        let mut changed: Vec<i32> = self
            .changed
            .drain()
            .filter(|id| !self.created.contains(id))
            .collect();
        changed.sort_unstable();
        w.record_changes(changed)?;
        let mut created: Vec<i32> = self.created.iter().copied().collect();
        created.sort_unstable();
        let mut updated: Vec<(i32, u8)> = self
            .changed_parts
            .drain()
            .filter(|(id, _)| !self.created.contains(id))
            .collect();
        updated.sort_unstable();
        w.record_history(
            created,
            updated,
            self.options.actor_label.clone(),
            self.options.channel,
        )
    }
}

/// What differs between column lists and distribution lists: their fingerprint, the stored one,
/// where their rows wait, and how a row learns its dataset and position.
trait ListSink<T> {
    fn fingerprint(rows: &[T]) -> i64;
    fn stored(dataset: &ExistingDataset) -> i64;
    fn batch(&mut self) -> &mut ListBatch<T>;
    fn place(row: &mut T, dataset_id: i32, ordinal: i32);
    /// This kind's half of a new dataset's (fields, distributions) fingerprints.
    fn slot(pair: &mut (i64, i64)) -> &mut i64;
}

impl Engine<'_> {
    /// Queues a dataset's list unless it is the one stored.
    fn take_list<T>(&mut self, d: ExistingDataset, mut rows: Vec<T>, kind: FileKind)
    where
        Self: ListSink<T>,
    {
        let hash = Self::fingerprint(&rows);
        let stored = Self::stored(&d);
        let counts = self.report.counts_mut(kind);
        if hash == stored {
            counts.unchanged += rows.len() as u64;
            return;
        }
        if stored == 0 {
            counts.created += rows.len() as u64;
        } else {
            counts.updated += rows.len() as u64;
        }
        for (i, row) in rows.iter_mut().enumerate() {
            Self::place(row, d.id, i as i32 + 1);
        }
        self.changed.insert(d.id);
        *self.changed_parts.entry(d.id).or_default() |= match kind {
            FileKind::Fields => history::PART_FIELDS,
            _ => history::PART_DISTRIBUTIONS,
        };
        // A dataset created by this import has no list to delete, and its fingerprints are
        // inserted all at once at the end instead of upserted batch by batch.
        if self.created.contains(&d.id) {
            *Self::slot(self.new_list_hashes.entry(d.id).or_default()) = hash;
            self.batch().rows.extend(rows);
        } else {
            let batch = self.batch();
            batch.replace.push(d.id);
            batch.rows.extend(rows);
            batch.hashes.push((d.id, hash));
        }
    }
}

impl ListSink<NewSchemaField> for Engine<'_> {
    fn fingerprint(rows: &[NewSchemaField]) -> i64 {
        fingerprint::fields(rows)
    }
    fn stored(d: &ExistingDataset) -> i64 {
        d.fields_hash
    }
    fn batch(&mut self) -> &mut ListBatch<NewSchemaField> {
        &mut self.fields
    }
    fn place(row: &mut NewSchemaField, dataset_id: i32, ordinal: i32) {
        row.dataset_id = dataset_id;
        row.ordinal = ordinal;
    }
    fn slot(pair: &mut (i64, i64)) -> &mut i64 {
        &mut pair.0
    }
}

impl ListSink<NewDistribution> for Engine<'_> {
    fn fingerprint(rows: &[NewDistribution]) -> i64 {
        fingerprint::distributions(rows)
    }
    fn stored(d: &ExistingDataset) -> i64 {
        d.distributions_hash
    }
    fn batch(&mut self) -> &mut ListBatch<NewDistribution> {
        &mut self.distributions
    }
    fn place(row: &mut NewDistribution, dataset_id: i32, ordinal: i32) {
        row.dataset_id = dataset_id;
        row.ordinal = ordinal;
    }
    fn slot(pair: &mut (i64, i64)) -> &mut i64 {
        &mut pair.1
    }
}
