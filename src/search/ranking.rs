//! Relevance order without scoring every match.
//!
//! Scoring each of 13,000 (or 900,000) matches over every text field made broad searches slow, while
//! only a page of them is shown. So a relevance search runs in two passes:
//!
//! 1. [`MatchSet`] collects which documents match (the whole query with its filters, scoring off),
//!    together with the total and the facet counts;
//! 2. [`top`] ranks them with block-max WAND over the query's scored terms (a flat union of term
//!    postings, which tantivy can skip through block by block), keeping only documents of the match
//!    set, and adds the phrase scores of the candidates that can still reach the page.
//!
//! The phrases' share of a score is bounded (BM25 never exceeds its weight), so a candidate is
//! skipped only when even the largest phrase score could not lift it into the page: the order is
//! exactly that of the relevance query of [`super::query::build`], which tests check.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::query::{Bm25Weight, BooleanQuery, EnableScoring, Query, Scorer, Weight};
use tantivy::{BitSet, DocAddress, DocId, DocSet, Score, Searcher, SegmentOrdinal, SegmentReader};

use super::query::{weighted_phrase, weighted_term, Scoring, WeightedPhrase};
use super::SearchError;

/// The documents a query matches, one bit set per segment (deleted documents are never collected).
pub(super) struct Matches(Vec<(SegmentOrdinal, BitSet)>);

impl Matches {
    pub fn total(&self) -> usize {
        self.0.iter().map(|(_, bits)| bits.len()).sum()
    }
}

/// Collects [`Matches`] without scoring.
pub(super) struct MatchSet;

pub(super) struct MatchSegment {
    ord: SegmentOrdinal,
    bits: BitSet,
}

impl Collector for MatchSet {
    type Fruit = Matches;
    type Child = MatchSegment;

    fn for_segment(
        &self,
        ord: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<MatchSegment> {
        Ok(MatchSegment {
            ord,
            bits: BitSet::with_max_value(segment.max_doc()),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Vec<(SegmentOrdinal, BitSet)>>) -> tantivy::Result<Matches> {
        Ok(Matches(fruits.into_iter().flatten().collect()))
    }
}

impl SegmentCollector for MatchSegment {
    type Fruit = Vec<(SegmentOrdinal, BitSet)>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        self.bits.insert(doc);
    }

    fn collect_block(&mut self, docs: &[DocId]) {
        for &doc in docs {
            self.bits.insert(doc);
        }
    }

    fn harvest(self) -> Self::Fruit {
        vec![(self.ord, self.bits)]
    }
}

/// Whether [`top`] can rank this query: every match must hold at least one scored term, which is
/// true as soon as a word was typed (each word, or in a relaxed search any word, is required). With
/// more than two words the union of their terms is long and mostly common syllables, whose block
/// maxima rarely let WAND skip anything (measured: slower than scoring every match), so those are
/// left to the relevance query.
pub(super) fn applies(scoring: &Scoring) -> bool {
    (1..=MAX_WORDS).contains(&scoring.words.len())
}

const MAX_WORDS: usize = 2;

/// Whether WAND is the cheaper way to rank about `matches` documents. Scoring every match costs
/// about one posting read per match and scored term; an unpruned WAND reads every posting of every
/// term, matching or not. When filters (visibility, agency…) or several required words leave only a
/// small part of the terms' documents, scoring the matches directly is cheaper, and [`top`] is not
/// used.
pub(super) fn prefers_wand(
    searcher: &Searcher,
    scoring: &Scoring,
    matches: u64,
) -> Result<bool, SearchError> {
    let mut postings: u64 = 0;
    let mut terms: u64 = 0;
    for (term, _) in scoring.words.iter().flatten().chain(&scoring.bonus_terms) {
        postings += searcher.doc_freq(term)?;
        terms += 1;
    }
    Ok(postings <= matches * terms)
}

/// A candidate in a segment's top-k heap: the lowest score on top; on equal scores the later
/// document goes first, so earlier documents win ties (as in tantivy's own top-k).
struct Candidate {
    score: Score,
    doc: DocId,
}

impl PartialEq for Candidate {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Candidate {}
impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Candidate {
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .score
            .partial_cmp(&self.score)
            .unwrap_or(Ordering::Equal)
            .then_with(|| self.doc.cmp(&other.doc))
    }
}

/// The phrases' scorers in one segment, moved forward through the candidates (which WAND hands
/// over in increasing document order).
struct PhraseScores(Vec<Box<dyn Scorer>>);

impl PhraseScores {
    fn score(&mut self, doc: DocId) -> Score {
        let mut sum = 0.0;
        for scorer in &mut self.0 {
            if scorer.doc() < doc {
                scorer.seek(doc);
            }
            if scorer.doc() == doc {
                sum += scorer.score();
            }
        }
        sum
    }
}

/// The `(offset, limit)` window of `matches` in relevance order, with each hit's score.
pub(super) fn top(
    searcher: &Searcher,
    scoring: &Scoring,
    matches: &Matches,
    (offset, limit): (usize, usize),
) -> Result<Vec<(Score, DocAddress)>, SearchError> {
    let k = offset + limit;
    if k == 0 || matches.total() == 0 {
        return Ok(Vec::new());
    }
    let enable = EnableScoring::enabled_from_searcher(searcher);
    let terms = scoring
        .words
        .iter()
        .flatten()
        .chain(&scoring.bonus_terms)
        .map(weighted_term)
        .collect();
    let union = BooleanQuery::new(terms).weight(enable)?;
    let phrases: Vec<&WeightedPhrase> = scoring
        .bonus_phrases
        .iter()
        .chain(scoring.quoted.iter().flatten())
        .collect();
    let mut phrase_weights: Vec<Box<dyn Weight>> = Vec::with_capacity(phrases.len());
    // The most all phrases together can add to a score; a little more, for rounding.
    let mut bound: Score = 0.0;
    for p in &phrases {
        phrase_weights.push(weighted_phrase(p).1.weight(enable)?);
        bound += Bm25Weight::for_terms(searcher, &p.terms)?
            .boost_by(p.boost)
            .max_score();
    }
    let bound = bound * 1.001 + 1e-3;
    // Segments are ranked side by side on the index's search threads.
    let per_segment = searcher.index().search_executor().map(
        |(ord, bits): &(SegmentOrdinal, BitSet)| -> tantivy::Result<Vec<(Score, DocAddress)>> {
            if bits.len() == 0 {
                return Ok(Vec::new());
            }
            let reader = searcher.segment_reader(*ord);
            let mut phrase_scores = PhraseScores(
                phrase_weights
                    .iter()
                    .map(|w| w.scorer(reader, 1.0))
                    .collect::<tantivy::Result<_>>()?,
            );
            let mut heap: BinaryHeap<Candidate> = BinaryHeap::with_capacity(k + 1);
            let mut threshold = Score::MIN;
            union.for_each_pruning(Score::MIN, reader, &mut |doc, score| {
                if !bits.contains(doc) {
                    return threshold;
                }
                let score = score + phrase_scores.score(doc);
                let candidate = Candidate { score, doc };
                if heap.len() < k {
                    heap.push(candidate);
                } else if heap.peek().is_some_and(|worst| candidate < *worst) {
                    heap.pop();
                    heap.push(candidate);
                }
                if heap.len() == k {
                    // Only a document whose terms alone come within `bound` of the k-th best can
                    // still enter the page.
                    threshold = heap.peek().map_or(Score::MIN, |worst| worst.score - bound);
                }
                threshold
            })?;
            Ok(heap
                .into_iter()
                .map(|c| (c.score, DocAddress::new(*ord, c.doc)))
                .collect())
        },
        matches.0.iter(),
    )?;
    let mut hits: Vec<(Score, DocAddress)> = per_segment.into_iter().flatten().collect();
    hits.sort_by(|a, b| {
        b.0.partial_cmp(&a.0)
            .unwrap_or(Ordering::Equal)
            .then_with(|| a.1.cmp(&b.1))
    });
    Ok(hits.into_iter().skip(offset).take(limit).collect())
}
