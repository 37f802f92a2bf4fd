//! Facet counts of broad searches, by subtraction.
//!
//! Counting facets reads six columns for every match: 900,000 reads of each at 1,000,000 datasets
//! when an admin searches `trường`, and most of an anonymous visitor's open data for `cấp mã`. When a
//! search without filters matches most of what its viewer may see, its counts are those of
//! everything visible (counted once per index generation and kept in [`VisibleSets`]) minus those of
//! the few visible documents it does not match. A list without words or filters (the catalog's
//! first page) is the visible set itself: its counts need no reading at all.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::query::Query;
use tantivy::{BitSet, DocId, Searcher, SegmentOrdinal};

use super::facets::{FacetCollector, FacetCounts};
use super::ranking::{MatchSet, Matches};

/// Everything one kind of viewer may see in one status, with its facet counts.
pub(super) struct VisibleSet {
    matches: Matches,
    counts: FacetCounts,
}

/// The visible sets of the most recent kinds of viewer, each valid for one index generation only (a
/// commit makes every entry miss, so no count can outlive the documents it counted).
#[derive(Default)]
pub(super) struct VisibleSets {
    entries: Mutex<VecDeque<(String, u64, Arc<VisibleSet>)>>,
}

/// Kinds of viewer kept at once; a visible set holds one bit per document (125 KB at 1,000,000).
const VISIBLE_SETS: usize = 8;

impl VisibleSets {
    fn get(&self, key: &str, generation: u64) -> Option<Arc<VisibleSet>> {
        let entries = self.entries.lock().ok()?;
        entries
            .iter()
            .find(|(k, g, _)| *g == generation && k == key)
            .map(|(_, _, set)| set.clone())
    }

    fn put(&self, key: String, generation: u64, set: Arc<VisibleSet>) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.retain(|(_, g, _)| *g == generation);
            if entries.len() >= VISIBLE_SETS {
                entries.pop_front();
            }
            entries.push_back((key, generation, set));
        }
    }

    /// Forgets every set: generations restart with a new index, so a kept set could pass for one
    /// of the new index's.
    pub(super) fn clear(&self) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.clear();
        }
    }
}

/// Everything `visible` selects (under `key`), with its facet counts, counted once per index
/// generation.
pub(super) fn visible_set(
    sets: &VisibleSets,
    searcher: &Searcher,
    key: &str,
    visible: &dyn Query,
) -> tantivy::Result<Arc<VisibleSet>> {
    let generation = searcher.generation().generation_id();
    if let Some(set) = sets.get(key, generation) {
        return Ok(set);
    }
    let (matches, counts) = searcher.search(visible, &(MatchSet, FacetCollector))?;
    let set = Arc::new(VisibleSet { matches, counts });
    sets.put(key.to_string(), generation, set.clone());
    Ok(set)
}

impl VisibleSet {
    pub(super) fn total(&self) -> usize {
        self.matches.total()
    }

    pub(super) fn counts(&self) -> &FacetCounts {
        &self.counts
    }
}

/// The facet counts of `found`, the matches of a search whose only filters are the viewer's
/// visibility and the status, which `visible` (the query of those filters alone, `visible_total`
/// documents) selects under `key`. When `found` is more than half of the visible set, the counts
/// are obtained by subtraction; the visible set is then counted if this generation has not counted
/// it yet (about the cost of counting `found` directly, once).
pub(super) fn counts(
    sets: &VisibleSets,
    searcher: &Searcher,
    key: &str,
    visible: &dyn Query,
    visible_total: usize,
    found: &Matches,
) -> tantivy::Result<FacetCounts> {
    let set = match sets.get(key, searcher.generation().generation_id()) {
        Some(set) => Some(set),
        None if found.total() * 2 > visible_total => {
            Some(visible_set(sets, searcher, key, visible)?)
        }
        None => None,
    };
    match set {
        Some(set) if found.total() * 2 > set.matches.total() && set.matches.aligned(found) => {
            let mut counts = set.counts.clone();
            counts.subtract(&count(searcher, &set.matches.minus(found))?);
            Ok(counts)
        }
        _ => count(searcher, found),
    }
}

/// The facet counts of `docs`, segment by segment on the index's search threads.
pub(super) fn count(searcher: &Searcher, docs: &Matches) -> tantivy::Result<FacetCounts> {
    let per_segment = searcher.index().search_executor().map(
        |(ord, bits): &(SegmentOrdinal, BitSet)| -> tantivy::Result<FacetCounts> {
            let mut segment = FacetCollector.for_segment(*ord, searcher.segment_reader(*ord))?;
            let mut block: Vec<DocId> = Vec::with_capacity(64);
            for bucket in 0..bits.max_value().div_ceil(64) {
                block.clear();
                block.extend(bits.tinyset(bucket).into_iter().map(|b| bucket * 64 + b));
                if !block.is_empty() {
                    segment.collect_block(&block);
                }
            }
            Ok(segment.harvest())
        },
        docs.segments().iter(),
    )?;
    FacetCollector.merge_fruits(per_segment)
}
