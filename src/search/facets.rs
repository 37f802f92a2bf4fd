//! Facet counts over every matching document (not only the page shown), read from fast fields.

use rustc_hash::FxHashMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, ColumnValues};
use tantivy::{DocId, Score, SegmentOrdinal, SegmentReader};

/// The facet fields, in the order of [`FacetCounts`]'s vectors.
pub const FACET_FIELDS: [&str; 6] = [
    "agencies",
    "themes",
    "scope",
    "importance",
    "personal",
    "formats",
];

/// Counts per value of each facet field. Small codes are counted in vectors; formats (hashes) in a
/// map with a fast hash (the keys are hashes already, and every matching document adds to it).
#[derive(Debug, Default, Clone)]
pub struct FacetCounts {
    pub small: Vec<Vec<u32>>,
    pub formats: FxHashMap<u64, u32>,
    /// Sum of the documents' described columns.
    pub fields: u64,
}

impl FacetCounts {
    fn empty() -> FacetCounts {
        FacetCounts {
            small: vec![Vec::new(); FACET_FIELDS.len() - 1],
            formats: FxHashMap::default(),
            fields: 0,
        }
    }

    /// Takes away the counts of `part`, documents counted in `self` too.
    pub fn subtract(&mut self, part: &FacetCounts) {
        for (acc, sub) in self.small.iter_mut().zip(&part.small) {
            for (a, n) in acc.iter_mut().zip(sub) {
                *a = a.saturating_sub(*n);
            }
        }
        for (k, n) in &part.formats {
            if let Some(a) = self.formats.get_mut(k) {
                *a = a.saturating_sub(*n);
            }
        }
        self.formats.retain(|_, n| *n > 0);
        self.fields = self.fields.saturating_sub(part.fields);
    }

    /// Non-zero (value, count) pairs of one small-code field.
    pub fn values(&self, field: usize) -> impl Iterator<Item = (u64, u32)> + '_ {
        self.small
            .get(field)
            .into_iter()
            .flat_map(|v| v.iter().enumerate())
            .filter(|(_, n)| **n > 0)
            .map(|(v, n)| (v as u64, *n))
    }
}

pub struct FacetCollector;

pub struct FacetSegment {
    columns: Vec<Column<u64>>,
    field_count: Column<u64>,
    counts: FacetCounts,
    // Scratch buffers for block collection.
    docs_out: Vec<DocId>,
    rows: Vec<u32>,
    values: Vec<u64>,
    firsts: Vec<Option<u64>>,
}

impl Collector for FacetCollector {
    type Fruit = FacetCounts;
    type Child = FacetSegment;

    fn for_segment(
        &self,
        _ord: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<FacetSegment> {
        let ff = segment.fast_fields();
        let columns = FACET_FIELDS
            .iter()
            .map(|name| ff.u64(name))
            .collect::<tantivy::Result<Vec<_>>>()?;
        Ok(FacetSegment {
            columns,
            field_count: ff.u64("field_count")?,
            counts: FacetCounts::empty(),
            docs_out: Vec::new(),
            rows: Vec::new(),
            values: Vec::new(),
            firsts: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<FacetCounts>) -> tantivy::Result<FacetCounts> {
        let mut merged = FacetCounts::empty();
        for fruit in fruits {
            for (acc, seg) in merged.small.iter_mut().zip(fruit.small) {
                if acc.len() < seg.len() {
                    acc.resize(seg.len(), 0);
                }
                for (i, n) in seg.into_iter().enumerate() {
                    acc[i] += n;
                }
            }
            merged.fields += fruit.fields;
            for (k, n) in fruit.formats {
                *merged.formats.entry(k).or_default() += n;
            }
        }
        Ok(merged)
    }
}

impl SegmentCollector for FacetSegment {
    type Fruit = FacetCounts;

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.counts.fields += self.field_count.first(doc).unwrap_or(0);
        let last = self.columns.len() - 1;
        for (i, column) in self.columns.iter().enumerate() {
            for value in column.values_for_doc(doc) {
                if i == last {
                    *self.counts.formats.entry(value).or_default() += 1;
                } else {
                    let counts = &mut self.counts.small[i];
                    // Codes are small (vocabulary positions, agency ids): a vector indexed by value.
                    if value < 1 << 24 {
                        let v = value as usize;
                        if counts.len() <= v {
                            counts.resize(v + 1, 0);
                        }
                        counts[v] += 1;
                    }
                }
            }
        }
    }

    /// Called with up to 64 documents at a time when nothing in the search needs scores (lists sorted by
    /// title or date): the columns are read in batches instead of one document at a time.
    fn collect_block(&mut self, docs: &[DocId]) {
        self.firsts.clear();
        self.firsts.resize(docs.len(), None);
        self.field_count.first_vals(docs, &mut self.firsts);
        self.counts.fields += self.firsts.iter().map(|v| v.unwrap_or(0)).sum::<u64>();
        let last = self.columns.len() - 1;
        for (i, column) in self.columns.iter().enumerate() {
            self.docs_out.clear();
            self.rows.clear();
            column.row_ids_for_docs(docs, &mut self.docs_out, &mut self.rows);
            self.values.clear();
            self.values.resize(self.rows.len(), 0);
            column.values.get_vals(&self.rows, &mut self.values);
            for &value in &self.values {
                if i == last {
                    *self.counts.formats.entry(value).or_default() += 1;
                } else if value < 1 << 24 {
                    let counts = &mut self.counts.small[i];
                    let v = value as usize;
                    if counts.len() <= v {
                        counts.resize(v + 1, 0);
                    }
                    counts[v] += 1;
                }
            }
        }
    }

    fn harvest(self) -> FacetCounts {
        self.counts
    }
}
