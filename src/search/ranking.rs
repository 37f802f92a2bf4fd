//! Relevance order without scoring every match.
//!
//! Scoring each of 13,000 (or 900,000) matches over every text field made broad searches slow, while
//! only a page of them is shown. So a relevance search runs in two passes:
//!
//! 1. [`MatchSet`] collects which documents match (the whole query with its filters, scoring off),
//!    from which the total and the facet counts are taken (see [`super::broad`]);
//! 2. [`top`] ranks them by the query's scored terms, keeping only documents of the match set, and
//!    adds the phrase scores of the candidates that can still reach the page. The terms are read one
//!    of two ways ([`Method`]): by block-max WAND over their union (tantivy skips blocks whose best
//!    score cannot reach the page), or term by term at the match set's documents only (cheaper when
//!    filters or other words leave few of the terms' documents, e.g. an anonymous visitor's 15%).
//!
//! The phrases' share of a score is bounded (BM25 never exceeds its weight), so a candidate is
//! skipped only when even the largest phrase score could not lift it into the page: the order is
//! exactly that of the relevance query of [`super::query::build`], which tests check.

use std::cmp::Ordering;
use std::collections::BinaryHeap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::Postings;
use tantivy::query::{Bm25Weight, BooleanQuery, EnableScoring, Query, Scorer, Weight};
use tantivy::schema::IndexRecordOption;
use tantivy::{
    BitSet, DocAddress, DocId, DocSet, Score, Searcher, SeekDangerResult, SegmentOrdinal,
    SegmentReader, Term, TERMINATED,
};

use super::query::{weighted_phrase, weighted_term, Scoring, WeightedPhrase, WeightedTerm};
use super::SearchError;

/// The documents a query matches, one bit set per segment (deleted documents are never collected).
pub(super) struct Matches(Vec<(SegmentOrdinal, BitSet)>);

impl Matches {
    pub fn total(&self) -> usize {
        self.0.iter().map(|(_, bits)| bits.len()).sum()
    }

    pub fn segments(&self) -> &[(SegmentOrdinal, BitSet)] {
        &self.0
    }

    /// Whether `other` has the same segments, of the same sizes (both collected by one searcher).
    pub fn aligned(&self, other: &Matches) -> bool {
        self.0.len() == other.0.len()
            && self
                .0
                .iter()
                .zip(&other.0)
                .all(|((a, x), (b, y))| a == b && x.max_value() == y.max_value())
    }

    /// The documents of `self` that `other` (collected by the same searcher) does not hold.
    pub fn minus(&self, other: &Matches) -> Matches {
        let word =
            |bits: &BitSet, bucket: u32| u64::from_le_bytes(bits.tinyset(bucket).into_bytes());
        Matches(
            self.0
                .iter()
                .map(|(ord, bits)| {
                    let theirs = other.0.iter().find(|(o, _)| o == ord).map(|(_, b)| b);
                    let mut rest = BitSet::with_max_value(bits.max_value());
                    for bucket in 0..bits.max_value().div_ceil(64) {
                        let mut left = word(bits, bucket) & !theirs.map_or(0, |t| word(t, bucket));
                        while left != 0 {
                            rest.insert(bucket * 64 + left.trailing_zeros());
                            left &= left - 1;
                        }
                    }
                    (*ord, rest)
                })
                .collect(),
        )
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

/// How [`top`] walks the postings of the query's scored terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Method {
    /// Block-max WAND over the union of the terms: skips blocks whose best score cannot reach the
    /// page, but reads every document of the terms, matching or not.
    Wand,
    /// Term by term, only at the documents of the match set (seeking past the others), adding each
    /// term's score into a table: no skipping by score, but nothing read outside the match set.
    EachTerm,
}

/// Words above which WAND is never chosen: the union of their terms is long and mostly common
/// syllables, whose block maxima rarely let WAND skip anything (measured: slower than scoring every
/// match).
const WAND_MAX_WORDS: usize = 2;

/// With more words than WAND takes, the share of the index above which the match set is not ranked
/// at all, but scored while matching (one pass instead of two). Term by term scores only the
/// postings inside the match set, which pays when filters leave a small part of the index (an
/// anonymous visitor sees 14%); when the matches are a large part, both ways score about the same
/// postings and the separate matching pass is the difference (measured at 1,000,000 datasets,
/// `cơ sở dữ liệu quốc gia` as an admin, 314,328 matches: 117 ms against 98 ms).
const EACH_TERM_MAX_SHARE: f64 = 0.15;

/// How to rank the matches of `scoring` (about `matches()` documents, estimated), or `None` when
/// they are better scored by the relevance query while matching, or [`top`] cannot rank them (no
/// typed word: every match must hold at least one scored term, which each word guarantees, being
/// required, or in a relaxed search any word).
///
/// An unpruned WAND reads every posting of every term; going term by term reads about one posting
/// per match and term. When filters (visibility, agency…) or several required words leave only a
/// small part of the terms' documents, the latter is cheaper.
pub(super) fn choose(
    searcher: &Searcher,
    scoring: &Scoring,
    matches: impl FnOnce() -> Result<u64, SearchError>,
) -> Result<Option<Method>, SearchError> {
    if scoring.words.is_empty() {
        return Ok(None);
    }
    if scoring.words.len() > WAND_MAX_WORDS {
        let share = matches()? as f64 / searcher.num_docs().max(1) as f64;
        return Ok((share <= EACH_TERM_MAX_SHARE).then_some(Method::EachTerm));
    }
    let mut postings: u64 = 0;
    let mut terms: u64 = 0;
    for (term, _) in scored_terms(scoring) {
        postings += searcher.doc_freq(term)?;
        terms += 1;
    }
    Ok(Some(if postings <= matches()? * terms {
        Method::Wand
    } else {
        Method::EachTerm
    }))
}

fn scored_terms(scoring: &Scoring) -> impl Iterator<Item = &WeightedTerm> {
    scoring.words.iter().flatten().chain(&scoring.bonus_terms)
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

/// One phrase's score at the candidates of a segment, which arrive in increasing document order.
///
/// A phrase scorer asked to move forward scans the documents holding all its words until the next
/// one where they stand together, and one that is created scans to its first such document: for a
/// phrase of common syllables that never occurs (`cấp mã` in column names) that is every document
/// holding both. So the scorer is created at the first candidate and then only asked whether each
/// candidate holds the phrase (`seek_danger`), which reads that document's positions and nothing
/// else.
struct PhraseScore<'a> {
    weight: &'a dyn Weight,
    scorer: Option<Box<dyn Scorer>>,
    /// No document before this one holds the phrase (what the last miss proved).
    next_possible: DocId,
}

impl PhraseScore<'_> {
    fn at(&mut self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Score> {
        if doc < self.next_possible {
            return Ok(0.0);
        }
        // After a miss the scorer may only be asked for later documents, at or after the lower
        // bound it answered: `next_possible` keeps to that.
        let (found, scorer) = match self.scorer.take() {
            Some(mut scorer) => (scorer.seek_danger(doc), scorer),
            None => self.weight.scorer_danger(reader, doc, 1.0)?,
        };
        let scorer = self.scorer.insert(scorer);
        Ok(match found {
            SeekDangerResult::Found => {
                self.next_possible = doc + 1;
                scorer.score()
            }
            SeekDangerResult::SeekLowerBound(bound) => {
                self.next_possible = bound;
                0.0
            }
        })
    }
}

/// The phrases' scores at a segment's candidates.
struct PhraseScores<'a> {
    reader: &'a SegmentReader,
    phrases: Vec<PhraseScore<'a>>,
}

impl PhraseScores<'_> {
    fn score(&mut self, doc: DocId) -> tantivy::Result<Score> {
        let mut sum = 0.0;
        for phrase in &mut self.phrases {
            sum += phrase.at(self.reader, doc)?;
        }
        Ok(sum)
    }
}

/// A segment's best `k` documents so far. Candidates arrive in increasing document order with the
/// score of their terms; the phrase scores are added only to those that can still reach the page.
struct SegmentTop<'a> {
    k: usize,
    bound: Score,
    phrases: PhraseScores<'a>,
    heap: BinaryHeap<Candidate>,
    /// The score a document's terms must exceed to be worth offering.
    threshold: Score,
}

impl SegmentTop<'_> {
    /// Offers `doc`, whose terms score `terms`; returns the new threshold.
    fn offer(&mut self, doc: DocId, terms: Score) -> tantivy::Result<Score> {
        let candidate = Candidate {
            score: terms + self.phrases.score(doc)?,
            doc,
        };
        if self.heap.len() < self.k {
            self.heap.push(candidate);
        } else if self.heap.peek().is_some_and(|worst| candidate < *worst) {
            self.heap.pop();
            self.heap.push(candidate);
        }
        if self.heap.len() == self.k {
            // Only a document whose terms alone come within `bound` of the k-th best can still
            // enter the page.
            self.threshold = self
                .heap
                .peek()
                .map_or(Score::MIN, |worst| worst.score - self.bound);
        }
        Ok(self.threshold)
    }

    fn hits(self, ord: SegmentOrdinal) -> Vec<(Score, DocAddress)> {
        self.heap
            .into_iter()
            .map(|c| (c.score, DocAddress::new(ord, c.doc)))
            .collect()
    }
}

/// The first document of `bits` at or after `from`.
fn next_match(bits: &BitSet, from: DocId) -> Option<DocId> {
    if from >= bits.max_value() {
        return None;
    }
    let bucket = from / 64;
    if let Some(low) = bits.tinyset(bucket).into_iter().find(|b| *b >= from % 64) {
        return Some(bucket * 64 + low);
    }
    let next = bits.first_non_empty_bucket(bucket + 1)?;
    bits.tinyset(next)
        .into_iter()
        .next()
        .map(|low| next * 64 + low)
}

/// Postings longer than this many times the match set are sought through, not read one by one.
const SEEK_RATIO: usize = 8;

/// A scored term of [`Method::EachTerm`]: the term and its BM25 weight, boost included, which is
/// how tantivy's term scorer scores it.
struct TermWeight {
    term: Term,
    bm25: Bm25Weight,
}

/// Adds the scores of `term` at the documents of `bits` into `scores`. The postings are read
/// directly, not through a boxed scorer: this loop visits every posting of every term.
fn add_scores(
    term: &TermWeight,
    reader: &SegmentReader,
    bits: &BitSet,
    scores: &mut [Score],
) -> tantivy::Result<()> {
    let field = term.term.field();
    let Some(mut postings) = reader
        .inverted_index(field)?
        .read_postings(&term.term, IndexRecordOption::WithFreqs)?
    else {
        return Ok(());
    };
    let fieldnorms = reader
        .fieldnorms_readers()
        .get_field(field)?
        .unwrap_or_else(|| FieldNormReader::constant(reader.max_doc(), 1));
    // Seeking costs more than reading the next posting: it pays only when the postings are much
    // longer than the match set.
    let seeks = postings.doc_freq() as usize > bits.len() * SEEK_RATIO;
    let mut doc = postings.doc();
    while doc != TERMINATED {
        if bits.contains(doc) {
            scores[doc as usize] += term
                .bm25
                .score(fieldnorms.fieldnorm_id(doc), postings.term_freq());
            doc = postings.advance();
        } else if !seeks {
            doc = postings.advance();
        } else {
            match next_match(bits, doc) {
                Some(next) => doc = postings.seek(next),
                None => break,
            }
        }
    }
    Ok(())
}

/// [`Method::EachTerm`] in one segment: each term's postings are read at the match set's documents
/// and its scores added into a table, which is then offered to `top` in document order.
fn each_term(
    terms: &[TermWeight],
    reader: &SegmentReader,
    bits: &BitSet,
    top: &mut SegmentTop,
) -> tantivy::Result<()> {
    let mut scores: Vec<Score> = vec![0.0; reader.max_doc() as usize];
    for term in terms {
        add_scores(term, reader, bits, &mut scores)?;
    }
    let mut doc = next_match(bits, 0);
    while let Some(d) = doc {
        let score = scores[d as usize];
        if score > top.threshold {
            top.offer(d, score)?;
        }
        doc = next_match(bits, d + 1);
    }
    Ok(())
}

/// The `(offset, limit)` window of `matches` in relevance order, with each hit's score.
pub(super) fn top(
    searcher: &Searcher,
    scoring: &Scoring,
    method: Method,
    matches: &Matches,
    (offset, limit): (usize, usize),
) -> Result<Vec<(Score, DocAddress)>, SearchError> {
    let k = offset + limit;
    if k == 0 || matches.total() == 0 {
        return Ok(Vec::new());
    }
    let enable = EnableScoring::enabled_from_searcher(searcher);
    // WAND: one weight for the union of the terms; term by term: each term's BM25 weight.
    let (union, terms) = match method {
        Method::Wand => {
            let terms = scored_terms(scoring).map(weighted_term).collect();
            (Some(BooleanQuery::new(terms).weight(enable)?), Vec::new())
        }
        Method::EachTerm => {
            let terms = scored_terms(scoring)
                .map(|(term, boost)| {
                    let bm25 = Bm25Weight::for_terms(searcher, std::slice::from_ref(term))?;
                    Ok(TermWeight {
                        term: term.clone(),
                        bm25: bm25.boost_by(*boost),
                    })
                })
                .collect::<tantivy::Result<_>>()?;
            (None, terms)
        }
    };
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
            let mut top = SegmentTop {
                k,
                bound,
                phrases: PhraseScores {
                    reader,
                    phrases: phrase_weights
                        .iter()
                        .map(|w| PhraseScore {
                            weight: &**w,
                            scorer: None,
                            next_possible: 0,
                        })
                        .collect(),
                },
                heap: BinaryHeap::with_capacity(k + 1),
                threshold: Score::MIN,
            };
            match &union {
                Some(union) => {
                    // The callback cannot fail: the first error stops the ranking and is returned.
                    let mut failed = None;
                    union.for_each_pruning(Score::MIN, reader, &mut |doc, score| {
                        if failed.is_some() || !bits.contains(doc) {
                            return top.threshold;
                        }
                        top.offer(doc, score).unwrap_or_else(|e| {
                            failed = Some(e);
                            Score::MAX
                        })
                    })?;
                    if let Some(e) = failed {
                        return Err(e);
                    }
                }
                None => each_term(&terms, reader, bits, &mut top)?,
            }
            Ok(top.hits(*ord))
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
