//! The import's database writer: a thread that owns the connection (and its open transaction) and
//! applies write operations the engine sends it, so that reading and validating the next rows
//! overlaps with storing the previous ones (two cores: about half the work each). The first
//! database error stops the writing; the engine learns it when it asks for a result or at the end.

use std::sync::mpsc::{self, Receiver, SyncSender};

use crate::storage::models::*;
use crate::storage::{bulk, history, write, DbConn, StorageError};

/// New datasets' ids, by identifier, once the writer has inserted them.
pub type NewIds = Receiver<Vec<(String, i32)>>;

pub enum Op {
    InsertAgency(NewAgency, SyncSender<i32>),
    UpdateAgency(i32, NewAgency),
    /// New datasets with their themes; each gets the default access rule of its sharing scope.
    InsertDatasets(
        Vec<(NewDataset, Vec<String>)>,
        SyncSender<Vec<(String, i32)>>,
    ),
    UpdateDataset(i32, Box<NewDataset>, Vec<String>),
    /// Column lists: the datasets whose lists are replaced, the new rows, the new fingerprints.
    ReplaceFields(Vec<i32>, Vec<NewSchemaField>, Vec<(i32, i64)>),
    ReplaceDistributions(Vec<i32>, Vec<NewDistribution>, Vec<(i32, i64)>),
    RecordChanges(Vec<i32>),
    InsertListHashes(Vec<NewListHashes>),
    /// History entries: created datasets, updated ones with the parts that changed, who, which door.
    RecordHistory(Vec<i32>, Vec<(i32, u8)>, String, history::Channel),
}

/// The engine's end of the writer.
pub struct Writer {
    ops: SyncSender<Op>,
}

/// Why the engine could not hand an operation over: the writer stopped on a database error, which
/// the writer thread's result carries.
#[derive(Debug)]
pub struct WriterStopped;

impl Writer {
    fn send(&self, op: Op) -> Result<(), WriterStopped> {
        self.ops.send(op).map_err(|_| WriterStopped)
    }

    pub fn insert_agency(&self, agency: NewAgency) -> Result<i32, WriterStopped> {
        let (reply, id) = mpsc::sync_channel(1);
        self.send(Op::InsertAgency(agency, reply))?;
        id.recv().map_err(|_| WriterStopped)
    }

    pub fn update_agency(&self, id: i32, agency: NewAgency) -> Result<(), WriterStopped> {
        self.send(Op::UpdateAgency(id, agency))
    }

    pub fn insert_datasets(
        &self,
        rows: Vec<(NewDataset, Vec<String>)>,
    ) -> Result<NewIds, WriterStopped> {
        let (reply, ids) = mpsc::sync_channel(1);
        self.send(Op::InsertDatasets(rows, reply))?;
        Ok(ids)
    }

    pub fn update_dataset(
        &self,
        id: i32,
        row: NewDataset,
        themes: Vec<String>,
    ) -> Result<(), WriterStopped> {
        self.send(Op::UpdateDataset(id, Box::new(row), themes))
    }

    pub fn replace_fields(
        &self,
        replace: Vec<i32>,
        rows: Vec<NewSchemaField>,
        hashes: Vec<(i32, i64)>,
    ) -> Result<(), WriterStopped> {
        self.send(Op::ReplaceFields(replace, rows, hashes))
    }

    pub fn replace_distributions(
        &self,
        replace: Vec<i32>,
        rows: Vec<NewDistribution>,
        hashes: Vec<(i32, i64)>,
    ) -> Result<(), WriterStopped> {
        self.send(Op::ReplaceDistributions(replace, rows, hashes))
    }

    pub fn record_changes(&self, ids: Vec<i32>) -> Result<(), WriterStopped> {
        self.send(Op::RecordChanges(ids))
    }

    pub fn insert_list_hashes(&self, rows: Vec<NewListHashes>) -> Result<(), WriterStopped> {
        self.send(Op::InsertListHashes(rows))
    }

    pub fn record_history(
        &self,
        created: Vec<i32>,
        updated: Vec<(i32, u8)>,
        label: String,
        channel: history::Channel,
    ) -> Result<(), WriterStopped> {
        self.send(Op::RecordHistory(created, updated, label, channel))
    }
}

/// Runs `engine` with a writer thread applying its operations on `conn`; returns the engine's
/// result, or the writer's database error if it stopped on one.
pub fn with_writer<T>(
    conn: &mut DbConn,
    engine: impl FnOnce(Writer) -> Result<T, WriterStopped>,
) -> Result<T, StorageError> {
    // A few batches in flight: enough to keep both threads busy, little memory.
    let (ops, queue) = mpsc::sync_channel(4);
    std::thread::scope(|scope| {
        let span = tracing::Span::current();
        let writer = scope.spawn(move || {
            let _entered = span.enter();
            apply_all(conn, queue)
        });
        let result = engine(Writer { ops });
        let written = writer
            .join()
            .unwrap_or_else(|_| Err(StorageError::Invalid("the import writer panicked".into())));
        match (result, written) {
            (_, Err(e)) => Err(e),
            (Ok(value), Ok(())) => Ok(value),
            (Err(WriterStopped), Ok(())) => Err(StorageError::Invalid(
                "the import writer stopped without an error".into(),
            )),
        }
    })
}

fn apply_all(conn: &mut DbConn, queue: Receiver<Op>) -> Result<(), StorageError> {
    for op in queue {
        apply(conn, op)?;
    }
    Ok(())
}

fn apply(conn: &mut DbConn, op: Op) -> Result<(), StorageError> {
    match op {
        Op::InsertAgency(agency, reply) => {
            let id = write::insert_agency(conn, &agency)?;
            let _ = reply.send(id);
        }
        Op::UpdateAgency(id, agency) => bulk::update_agency(conn, id, &agency)?,
        Op::InsertDatasets(batch, reply) => {
            let ids = insert_datasets(conn, batch)?;
            let _ = reply.send(ids);
        }
        Op::UpdateDataset(id, row, themes) => {
            bulk::update_dataset(conn, id, &row)?;
            let themes: Vec<DatasetTheme> = themes
                .into_iter()
                .map(|theme| DatasetTheme {
                    dataset_id: id,
                    theme,
                })
                .collect();
            bulk::set_themes(conn, &[id], &themes)?;
        }
        Op::ReplaceFields(replace, rows, hashes) => {
            bulk::replace_fields(conn, &replace, &rows)?;
            bulk::set_fields_hashes(conn, &hashes)?;
        }
        Op::ReplaceDistributions(replace, rows, hashes) => {
            bulk::replace_distributions(conn, &replace, &rows)?;
            bulk::set_distributions_hashes(conn, &hashes)?;
        }
        Op::RecordChanges(ids) => write::record_changes(conn, &ids)?,
        Op::InsertListHashes(rows) => bulk::insert_list_hashes(conn, &rows)?,
        Op::RecordHistory(created, updated, label, channel) => {
            history::record_import(conn, &created, &updated, &label, channel)?
        }
    }
    Ok(())
}

/// Inserts new datasets, their themes and default access rules, and logs them as changed.
fn insert_datasets(
    conn: &mut DbConn,
    batch: Vec<(NewDataset, Vec<String>)>,
) -> Result<Vec<(String, i32)>, StorageError> {
    let (rows, theme_lists): (Vec<NewDataset>, Vec<Vec<String>>) = batch.into_iter().unzip();
    let ids = bulk::insert_datasets(conn, &rows)?;
    let id_of: std::collections::HashMap<&str, i32> =
        ids.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    let mut themes = Vec::new();
    let mut rules = Vec::new();
    for (d, list) in rows.iter().zip(theme_lists) {
        let id = id_of[d.identifier.as_str()];
        themes.extend(list.into_iter().map(|theme| DatasetTheme {
            dataset_id: id,
            theme,
        }));
        let mut rule = super::records::default_access_rule(&d.sharing_scope, &d.personal_data);
        rule.dataset_id = id;
        rule.approving_agency_id = Some(d.owner_id);
        rules.push(rule);
    }
    bulk::set_themes(conn, &[], &themes)?;
    bulk::insert_access_rules(conn, &rules)?;
    let mut changed: Vec<i32> = ids.iter().map(|(_, id)| *id).collect();
    changed.sort_unstable();
    write::record_changes(conn, &changed)?;
    Ok(ids)
}
