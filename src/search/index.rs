//! The index's life: where it lives, how it is built and kept in step with the database.
//!
//! Layout under `DATA_DIR/search/`: one directory per built index and a `current` file naming the one
//! in use. Each commit records, in its payload, the schema version and the change-log position it
//! reached; a process follows the database's change log from there (so several processes sharing one
//! PostgreSQL database each keep their own index current, and a `kill -9` loses nothing: the
//! uncommitted part is simply replayed). A rebuild is made aside in a new directory and swapped in by
//! rewriting `current`, so searching never stops.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

use tantivy::directory::MmapDirectory;
use tantivy::schema::Schema;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, Term};

use super::schema::{self, Fields, VERSION};
use super::{analyzer, document, SearchError};
use crate::storage::agencies::{self, AgencyTree};
use crate::storage::{search_source, Db, DbConn};

/// How often a process looks at the change log: changes are searchable within about this long.
pub const FOLLOW_INTERVAL: Duration = Duration::from_millis(200);
/// How long a hole in the change-log sequence (a transaction still running elsewhere) is waited for.
const GAP_PATIENCE: Duration = Duration::from_secs(10);
const BATCH: usize = 5000;
const WRITER_MEMORY: usize = 200_000_000;

/// One opened index directory.
pub(super) struct Live {
    pub reader: IndexReader,
    writer: Mutex<IndexWriter>,
    /// Change-log position reached by the last commit.
    watermark: AtomicI64,
    dir_name: String,
}

/// The search index of this process, and whether it can answer yet.
pub struct SearchIndex {
    root: PathBuf,
    pub(super) fields: Fields,
    schema: Schema,
    live: RwLock<Option<Arc<Live>>>,
    /// True once the index has caught up with the database at least once since start.
    ready: AtomicBool,
    /// Format names by their hash, for labelling the format facet.
    pub(super) formats: RwLock<HashMap<u64, String>>,
    gap_since: Mutex<Option<Instant>>,
    pub(super) facet_cache: super::searcher::FacetCache,
    /// How many datasets each kind of viewer may see, per index generation (to estimate matches).
    pub(super) visible_counts: super::searcher::FacetCache,
    /// What each kind of viewer may see, with its facet counts, per index generation.
    pub(super) visible_sets: super::broad::VisibleSets,
    /// Set by [`SearchIndex::nudge`]: the follower looks at the change log now instead of at its
    /// next tick.
    nudged: (Mutex<bool>, std::sync::Condvar),
}

fn payload(watermark: i64) -> String {
    format!("{VERSION} {watermark}")
}

/// The change-log position in a payload written by this version, if it is one.
fn watermark_of(payload: Option<&str>) -> Option<i64> {
    let (version, seq) = payload?.split_once(' ')?;
    (version == VERSION).then(|| seq.parse().ok()).flatten()
}

fn open_dir(path: &Path, schema: &Schema) -> Result<(Index, i64), SearchError> {
    let dir = MmapDirectory::open(path).map_err(|e| SearchError::Index(e.to_string()))?;
    let index = Index::open(dir)?;
    if index.schema() != *schema {
        return Err(SearchError::Stale(
            "the index was built with another schema".into(),
        ));
    }
    let metas = index.load_metas()?;
    let watermark = watermark_of(metas.payload.as_deref()).ok_or_else(|| {
        SearchError::Stale(format!(
            "the index was built by another version ({:?})",
            metas.payload
        ))
    })?;
    analyzer::register(&index);
    let mut index = index;
    index.set_executor(search_executor());
    Ok((index, watermark))
}

/// The threads that search an index's segments side by side: one per core (up to 4), or
/// `NDC_SEARCH_THREADS`, shared by every index this process opens. A search over several segments
/// then takes about its largest segment's time instead of their sum; under many concurrent searches
/// it changes nothing.
fn search_executor() -> tantivy::Executor {
    static EXECUTOR: std::sync::OnceLock<tantivy::Executor> = std::sync::OnceLock::new();
    EXECUTOR
        .get_or_init(|| {
            let cores = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
            let threads = std::env::var("NDC_SEARCH_THREADS")
                .ok()
                .and_then(|v| v.parse::<usize>().ok())
                .filter(|n| (1..=64).contains(n))
                .unwrap_or(cores);
            if threads < 2 {
                return tantivy::Executor::single_thread();
            }
            tantivy::Executor::multi_thread(threads, "ndc-search-")
                .unwrap_or_else(|_| tantivy::Executor::single_thread())
        })
        .clone()
}

fn new_writer(index: &Index) -> Result<IndexWriter, SearchError> {
    let writer: IndexWriter =
        index
            .writer_with_num_threads(1, WRITER_MEMORY)
            .map_err(|e| match e {
                // Another process (or index handle) writes this index: never rebuild over it.
                tantivy::TantivyError::LockFailure(..) => SearchError::InUse,
                e => e.into(),
            })?;
    let mut policy = tantivy::merge_policy::LogMergePolicy::default();
    policy.set_del_docs_ratio_before_merge(0.3);
    writer.set_merge_policy(Box::new(policy));
    Ok(writer)
}

impl Live {
    fn open(root: &Path, dir_name: &str, schema: &Schema) -> Result<Live, SearchError> {
        let (index, watermark) = open_dir(&root.join(dir_name), schema)?;
        let writer = new_writer(&index)?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(Live {
            reader,
            writer: Mutex::new(writer),
            watermark: AtomicI64::new(watermark),
            dir_name: dir_name.into(),
        })
    }
}

impl SearchIndex {
    /// The index of the data directory `data_dir` (not opened yet: see [`SearchIndex::start`]).
    pub fn new(data_dir: &Path) -> SearchIndex {
        let (schema, fields) = schema::build();
        SearchIndex {
            root: data_dir.join("search"),
            fields,
            schema,
            live: RwLock::new(None),
            ready: AtomicBool::new(false),
            formats: RwLock::new(HashMap::new()),
            gap_since: Mutex::new(None),
            facet_cache: Default::default(),
            visible_counts: Default::default(),
            visible_sets: Default::default(),
            nudged: (Mutex::new(false), std::sync::Condvar::new()),
        }
    }

    /// Whether searches can be answered from the index (it has caught up with the database).
    pub fn is_ready(&self) -> bool {
        self.ready.load(Ordering::Acquire)
    }

    pub(super) fn live(&self) -> Option<Arc<Live>> {
        self.live.read().ok()?.clone()
    }

    fn current_name(&self) -> Option<String> {
        let name = std::fs::read_to_string(self.root.join("current")).ok()?;
        let name = name.trim();
        (!name.is_empty() && !name.contains('/')).then(|| name.to_string())
    }

    fn set_current(&self, name: &str) -> Result<(), SearchError> {
        let tmp = self.root.join("current.tmp");
        std::fs::write(&tmp, name)?;
        std::fs::rename(&tmp, self.root.join("current"))?;
        Ok(())
    }

    /// Removes index directories other than the current one (left by rebuilds that were swapped out or
    /// interrupted). Another process's rebuild in progress is protected by its lock file.
    fn remove_unused(&self) {
        let current = self.current_name();
        let Ok(entries) = std::fs::read_dir(&self.root) else {
            return;
        };
        if self.root.join("reindex.lock").exists() {
            return;
        }
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with("idx-") && Some(&name) != current.as_ref() && entry.path().is_dir()
            {
                let _ = std::fs::remove_dir_all(entry.path());
            }
        }
    }

    /// Opens the current index, or builds one if it is missing, unreadable or from another version
    /// (logging why). Blocking: run it on a background thread; searches fall back until it is ready.
    pub fn open_or_rebuild(&self, db: &Db) -> Result<(), SearchError> {
        std::fs::create_dir_all(&self.root)?;
        self.load_format_names(db)?;
        let opened = match self.current_name() {
            Some(name) => match Live::open(&self.root, &name, &self.schema) {
                Ok(live) => Some(live),
                Err(SearchError::InUse) => return Err(SearchError::InUse),
                Err(e) => {
                    tracing::warn!(index = %name, reason = %e, "search index unusable: rebuilding it from the database");
                    None
                }
            },
            None => {
                tracing::info!("no search index yet: building it from the database");
                None
            }
        };
        let live = match opened {
            Some(live) => live,
            None => {
                let name = self.build_aside(db, &|_, _| {})?;
                Live::open(&self.root, &name, &self.schema)?
            }
        };
        *self.live.write().map_err(|_| SearchError::Poisoned)? = Some(Arc::new(live));
        self.forget_counts();
        self.remove_unused();
        Ok(())
    }

    /// Forgets every count kept per searcher generation: generations restart with each opened
    /// index, so without this the old index's counts would be served for the new one.
    fn forget_counts(&self) {
        self.facet_cache.clear();
        self.visible_counts.clear();
        self.visible_sets.clear();
    }

    fn load_format_names(&self, db: &Db) -> Result<(), SearchError> {
        let mut conn = db.conn()?;
        let names = search_source::format_names(&mut conn)?;
        let mut map = self.formats.write().map_err(|_| SearchError::Poisoned)?;
        for n in names {
            map.insert(schema::format_hash(&n), n.trim().to_uppercase());
        }
        Ok(())
    }

    /// Builds a complete index from the database in a new directory and makes it current.
    /// `progress(done, total)` is called after each batch. Returns the new directory's name.
    pub fn build_aside(&self, db: &Db, progress: &dyn Fn(u64, u64)) -> Result<String, SearchError> {
        std::fs::create_dir_all(&self.root)?;
        let started = Instant::now();
        let name = format!("idx-{}", chrono::Utc::now().format("%Y%m%d%H%M%S%6f"));
        let path = self.root.join(&name);
        std::fs::create_dir_all(&path)?;
        let index = Index::create_in_dir(&path, self.schema.clone())?;
        analyzer::register(&index);
        let mut writer: IndexWriter = index.writer_with_num_threads(2, 2 * WRITER_MEMORY)?;
        let mut conn = db.conn()?;
        // Read the change-log position first: whatever changes while we read is replayed afterwards.
        let watermark = search_source::last_change(&mut conn)?;
        let total = search_source::dataset_count(&mut conn)? as u64;
        let tree = AgencyTree::new(agencies::all(&mut conn)?);
        let mut after = 0;
        let mut done = 0u64;
        loop {
            let ids = search_source::ids_after(&mut conn, after, BATCH as i64)?;
            let Some(&last) = ids.last() else { break };
            for src in search_source::load(&mut conn, &ids)? {
                writer.add_document(document::build(&self.fields, &src, &tree))?;
            }
            after = last;
            done += ids.len() as u64;
            progress(done, total);
        }
        let mut commit = writer.prepare_commit()?;
        commit.set_payload(&payload(watermark));
        commit.commit()?;
        writer.wait_merging_threads()?;
        self.set_current(&name)?;
        tracing::info!(index = %name, datasets = done, elapsed_ms = started.elapsed().as_millis() as u64, "search index built");
        Ok(name)
    }

    /// Brings the index up to date with the change log; returns how many datasets were re-indexed.
    /// Also picks up an index rebuilt aside by `ndc reindex`.
    pub fn follow(&self, db: &Db) -> Result<usize, SearchError> {
        self.swap_if_rebuilt()?;
        let Some(live) = self.live() else {
            return Ok(0);
        };
        let mut conn = db.conn()?;
        if self.backlog_calls_for_rebuild(&live, &mut conn)? {
            drop(conn);
            match self.rebuild(db, &|_, _| {}) {
                Ok(_) => {
                    self.swap_if_rebuilt()?;
                    return self.follow(db);
                }
                // Someone else is rebuilding: follow meanwhile.
                Err(SearchError::Busy(_)) => {}
                Err(e) => return Err(e),
            }
            conn = db.conn()?;
        }
        let mut applied = 0;
        loop {
            let from = live.watermark.load(Ordering::Acquire);
            let changes = search_source::changes_after(&mut conn, from, BATCH as i64)?;
            if changes.is_empty() {
                break;
            }
            let next = self.next_watermark(from, &changes);
            let ids: Vec<i32> = changes
                .iter()
                .map(|c| c.1)
                .collect::<HashSet<_>>()
                .into_iter()
                .collect();
            self.reindex(&live, &mut conn, &ids, next)?;
            applied += ids.len();
            if next == from || changes.len() < BATCH {
                break;
            }
        }
        if !self.ready.load(Ordering::Acquire) {
            self.ready.store(true, Ordering::Release);
            tracing::info!(index = %live.dir_name, position = live.watermark.load(Ordering::Acquire), "search index is up to date with the database");
        }
        Ok(applied)
    }

    /// Whether the change log is so far ahead (a bulk import) that building a new index aside and
    /// switching to it is faster than applying the changes one batch at a time: measured on 100,000
    /// new datasets, a rebuild took 20 s where following took over 300 s. The threshold grows with
    /// the catalog, since a rebuild of a large catalog is long. The live index keeps answering meanwhile.
    fn backlog_calls_for_rebuild(
        &self,
        live: &Live,
        conn: &mut DbConn,
    ) -> Result<bool, SearchError> {
        let from = live.watermark.load(Ordering::Acquire);
        let backlog = search_source::last_change(conn)? - from;
        let docs = live.reader.searcher().num_docs() as i64;
        let rebuild = backlog > (BATCH as i64).max(docs / 5);
        if rebuild {
            tracing::info!(backlog, indexed = docs, "the change log is far ahead (a bulk import?): rebuilding the search index aside instead of following it");
        }
        Ok(rebuild)
    }

    /// The log position after applying `changes`: the end, unless a sequence number is missing (a
    /// transaction that took its number but has not committed yet), which is waited for a while.
    fn next_watermark(&self, from: i64, changes: &[(i64, i32)]) -> i64 {
        let mut expected = from + 1;
        for (seq, _) in changes {
            if *seq != expected {
                let mut since = self.gap_since.lock().unwrap_or_else(|e| e.into_inner());
                let first_seen = *since.get_or_insert_with(Instant::now);
                if first_seen.elapsed() < GAP_PATIENCE {
                    return expected - 1;
                }
                tracing::debug!(
                    missing = expected,
                    "change-log gap given up on (rolled-back transaction)"
                );
            }
            expected = seq + 1;
        }
        *self.gap_since.lock().unwrap_or_else(|e| e.into_inner()) = None;
        changes.last().map(|c| c.0).unwrap_or(from)
    }

    /// Replaces the documents of `ids` by what the database holds now, and commits at `watermark`.
    fn reindex(
        &self,
        live: &Live,
        conn: &mut DbConn,
        ids: &[i32],
        watermark: i64,
    ) -> Result<(), SearchError> {
        let tree = AgencyTree::new(agencies::all(conn)?);
        let sources = search_source::load(conn, ids)?;
        let mut writer = live.writer.lock().map_err(|_| SearchError::Poisoned)?;
        for id in ids {
            writer.delete_term(Term::from_field_u64(self.fields.id, *id as u64));
        }
        {
            let mut formats = self.formats.write().map_err(|_| SearchError::Poisoned)?;
            for src in &sources {
                for f in &src.formats {
                    formats
                        .entry(schema::format_hash(f))
                        .or_insert_with(|| f.trim().to_uppercase());
                }
                writer.add_document(document::build(&self.fields, src, &tree))?;
            }
        }
        let mut commit = writer.prepare_commit()?;
        commit.set_payload(&payload(watermark));
        commit.commit()?;
        live.reader.reload()?;
        live.watermark.store(watermark, Ordering::Release);
        Ok(())
    }

    /// If `current` names another directory than the open one (a rebuild finished), switch to it.
    fn swap_if_rebuilt(&self) -> Result<(), SearchError> {
        let Some(name) = self.current_name() else {
            return Ok(());
        };
        let open_name = self.live().map(|l| l.dir_name.clone());
        if open_name.as_deref() == Some(name.as_str()) || open_name.is_none() {
            return Ok(());
        }
        match Live::open(&self.root, &name, &self.schema) {
            Ok(live) => {
                *self.live.write().map_err(|_| SearchError::Poisoned)? = Some(Arc::new(live));
                self.forget_counts();
                tracing::info!(index = %name, "switched to the rebuilt search index");
                self.remove_unused();
            }
            // The rebuilding process may still hold the writer lock for a moment: try again next tick.
            Err(e) => {
                tracing::debug!(index = %name, reason = %e, "rebuilt index not ready to open yet")
            }
        }
        Ok(())
    }

    /// Commits nothing more and releases the index (its writer lock), as a stopping process does.
    pub fn close(&self) {
        if let Ok(mut live) = self.live.write() {
            *live = None;
        }
        self.ready.store(false, Ordering::Release);
    }

    /// Tells the follower that this process just committed a change: it catches up at once rather
    /// than at its next tick. Writers call it after their commit instead of indexing themselves,
    /// so a save never waits for the index's own commit (about 25 ms on this machine).
    pub fn nudge(&self) {
        let (flag, wake) = &self.nudged;
        *flag.lock().unwrap_or_else(|e| e.into_inner()) = true;
        wake.notify_one();
    }

    /// Sleeps until nudged or until `timeout`.
    fn wait_for_nudge(&self, timeout: Duration) {
        let (flag, wake) = &self.nudged;
        let guard = flag.lock().unwrap_or_else(|e| e.into_inner());
        let (mut guard, _) = wake
            .wait_timeout_while(guard, timeout, |nudged| !*nudged)
            .unwrap_or_else(|e| e.into_inner());
        *guard = false;
    }

    /// Opens (or builds) the index and then follows the change log, on a background thread, for as
    /// long as the process runs.
    pub fn start(self: &Arc<Self>, db: Db) {
        let index = Arc::clone(self);
        std::thread::Builder::new()
            .name("search-follower".into())
            .spawn(move || {
                while let Err(e) = index.open_or_rebuild(&db) {
                    tracing::error!(reason = %e, "cannot open or build the search index; retrying in 5 s");
                    std::thread::sleep(Duration::from_secs(5));
                }
                index.follow_forever(&db);
            })
            .expect("spawn the search follower thread");
    }

    /// Follows the change log of an open index until the process ends: at every tick, and at once
    /// when nudged.
    pub fn follow_forever(&self, db: &Db) {
        loop {
            if let Err(e) = self.follow(db) {
                tracing::warn!(reason = %e, "search index could not follow the database; retrying");
                std::thread::sleep(Duration::from_secs(1));
            }
            self.wait_for_nudge(FOLLOW_INTERVAL);
        }
    }

    /// For `ndc reindex`: refuses while another rebuild runs, builds aside and makes it current; a
    /// running server switches to it on its next look at the change log.
    pub fn rebuild(&self, db: &Db, progress: &dyn Fn(u64, u64)) -> Result<String, SearchError> {
        std::fs::create_dir_all(&self.root)?;
        let lock_path = self.root.join("reindex.lock");
        if let Ok(pid) = std::fs::read_to_string(&lock_path) {
            let alive = Path::new("/proc").join(pid.trim()).exists();
            if alive && pid.trim() != std::process::id().to_string() {
                return Err(SearchError::Busy(lock_path));
            }
            let _ = std::fs::remove_file(&lock_path); // left by a rebuild that was killed
        }
        let mut lock = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&lock_path)
            .map_err(|_| SearchError::Busy(lock_path.clone()))?;
        std::io::Write::write_all(&mut lock, std::process::id().to_string().as_bytes())?;
        let result = self.build_aside(db, progress);
        let _ = std::fs::remove_file(&lock_path);
        result
    }
}
