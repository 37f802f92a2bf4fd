//! Running a search: the relevance query plus filters, one page of hits in the chosen order, the
//! total and the facet counts over every match, and spelling help for words the index doesn't know.

use std::collections::HashMap;

use tantivy::collector::Count;
use tantivy::query::{BooleanQuery, ConstScoreQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, Order, Searcher, Term};

use super::broad;
use super::facets::{FacetCollector, FacetCounts};
use super::query::{self, ParsedQuery, Scoring};
use super::ranking::{self, MatchSet, Matches};
use super::schema::{format_hash, ordinal, Group};
use super::{SearchError, SearchIndex};
use crate::domain::{Importance, PersonalData, SharingScope, Status, Theme, Viewer};
use crate::storage::listing::{Facets, PAGE_SIZE};

/// Deepest result reachable by paging; past it, people are asked to refine (as every search engine does).
pub const MAX_RESULT_WINDOW: i64 = 10_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SearchSort {
    Relevance,
    /// Vietnamese alphabetical order of titles (the default without a query).
    #[default]
    Title,
    Modified,
}

#[derive(Debug, Clone)]
pub struct SearchRequest {
    pub query: ParsedQuery,
    pub agency_id: Option<i32>,
    pub theme: Option<Theme>,
    pub sharing_scope: Option<SharingScope>,
    pub importance: Option<Importance>,
    pub personal_data: Option<PersonalData>,
    pub format: Option<String>,
    /// The licence as written (any case).
    pub licence: Option<String>,
    pub status: Status,
    pub sort: SearchSort,
    pub page: i64,
    /// Whose eyes: results hold only what this viewer may see.
    pub viewer: Viewer,
    /// `(offset, limit)` instead of `page` (CKAN's `start` and `rows`); limit 0 counts only.
    pub window: Option<(usize, usize)>,
    /// Which facet counts the caller shows: all of them (list pages), or none (a CKAN search that
    /// asks for none, or only for facets over the matches, which skip the status facet's second
    /// query).
    pub facets: FacetNeed,
}

/// How much facet counting a search needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FacetNeed {
    /// Every facet, including the status facet (a second count under the other listed status).
    #[default]
    All,
    /// The facets over the matching documents, without the status facet.
    Matches,
    /// Only the total.
    None,
}

impl SearchRequest {
    /// Every published dataset matching `query`, unfiltered, first page.
    pub fn new(query: ParsedQuery, sort: SearchSort) -> SearchRequest {
        SearchRequest {
            query,
            agency_id: None,
            theme: None,
            sharing_scope: None,
            importance: None,
            personal_data: None,
            format: None,
            licence: None,
            status: Status::Published,
            sort,
            page: 1,
            viewer: Viewer::Anonymous,
            window: None,
            facets: FacetNeed::All,
        }
    }
}

#[derive(Debug, Clone)]
pub struct SearchOutcome {
    /// Dataset ids of the page, in order.
    pub ids: Vec<i32>,
    pub total: i64,
    pub facets: Facets,
    /// The page actually shown (clamped to the results).
    pub page: i64,
}

fn filter(term: Term) -> (Occur, Box<dyn Query>) {
    let term = TermQuery::new(term, IndexRecordOption::Basic);
    (
        Occur::Must,
        Box::new(ConstScoreQuery::new(Box::new(term), 0.0)),
    )
}

impl SearchIndex {
    /// Replaces words the index has never seen (4 letters or more) by the closest known word at edit
    /// distance 1, the most frequent one, and records the correction so the page can say so.
    pub fn correct_spelling(&self, parsed: &mut ParsedQuery) -> Result<(), SearchError> {
        let live = self.live().ok_or(SearchError::NotReady)?;
        let searcher = live.reader.searcher();
        for word in &mut parsed.words {
            let folded = &word.syllable.folded;
            if folded.chars().count() < 4 || self.frequency(&searcher, folded)? > 0 {
                continue;
            }
            let mut best: Option<(u64, String)> = None;
            for candidate in edits(folded) {
                let n = self.frequency(&searcher, &candidate)?;
                if n > 0 && best.as_ref().is_none_or(|(m, _)| n > *m) {
                    best = Some((n, candidate));
                }
            }
            if let Some((_, c)) = best {
                word.corrected = Some(c);
            }
        }
        Ok(())
    }

    fn frequency(&self, searcher: &Searcher, folded: &str) -> Result<u64, SearchError> {
        let mut n = 0;
        for g in Group::ALL {
            n += searcher.doc_freq(&Term::from_field_text(self.fields.group(g).folded, folded))?;
        }
        Ok(n)
    }

    /// The terms every result must have: the request's filters (agency, theme, scope…).
    fn filter_terms(&self, req: &SearchRequest) -> Vec<Term> {
        let f = &self.fields;
        let u64_term = Term::from_field_u64;
        let mut terms = Vec::new();
        if let Some(id) = req.agency_id {
            terms.push(u64_term(f.agencies, id as u64));
        }
        if let Some(v) = req.theme {
            terms.push(u64_term(f.themes, ordinal(Theme::ALL, v)));
        }
        if let Some(v) = req.sharing_scope {
            terms.push(u64_term(f.scope, ordinal(SharingScope::ALL, v)));
        }
        if let Some(v) = req.importance {
            terms.push(u64_term(f.importance, ordinal(Importance::ALL, v)));
        }
        if let Some(v) = req.personal_data {
            terms.push(u64_term(f.personal, ordinal(PersonalData::ALL, v)));
        }
        if let Some(v) = &req.format {
            terms.push(u64_term(f.formats, format_hash(v)));
        }
        if let Some(v) = &req.licence {
            terms.push(u64_term(f.licence, format_hash(v)));
        }
        terms
    }

    /// The query of `req` in `status`, with its filters; `scored` adds the clauses that only score
    /// (see [`query::build`]).
    fn full_query(&self, req: &SearchRequest, status: Status, scored: bool) -> Box<dyn Query> {
        let f = &self.fields;
        let mut clauses = query::build(f, &req.query, scored);
        clauses.push(filter(Term::from_field_u64(
            f.status,
            ordinal(Status::ALL, status),
        )));
        if let Some(visible) = self.visibility(&req.viewer, status) {
            clauses.push((Occur::Must, visible));
        }
        clauses.extend(self.filter_terms(req).into_iter().map(filter));
        Box::new(BooleanQuery::new(clauses))
    }

    /// What `req`'s viewer may see in its status, whatever the words and filters: the query, and
    /// the key under which its counts are kept.
    fn visible_query(&self, req: &SearchRequest) -> (String, BooleanQuery) {
        let mut clauses = vec![filter(Term::from_field_u64(
            self.fields.status,
            ordinal(Status::ALL, req.status),
        ))];
        clauses.extend(
            self.visibility(&req.viewer, req.status)
                .map(|q| (Occur::Must, q)),
        );
        let key = format!("{}|{:?}", visibility_key(&req.viewer), req.status);
        (key, BooleanQuery::new(clauses))
    }

    /// How many datasets a [`Self::visible_query`] selects, counted once per index generation.
    fn visible_total(
        &self,
        searcher: &Searcher,
        (key, query): &(String, BooleanQuery),
    ) -> Result<i64, SearchError> {
        let generation = searcher.generation().generation_id();
        if let Some(counted) = self.visible_counts.get(key, generation) {
            return Ok(counted.total);
        }
        let total = searcher.search(query, &Count)? as i64;
        let counted = Counted {
            total,
            counts: FacetCounts::default(),
            other_total: 0,
        };
        self.visible_counts.put(key.clone(), generation, counted);
        Ok(total)
    }

    /// The facet counts of `found`, the matches of `req`: read for each match, or for a broad
    /// search without filters, by subtraction from everything visible (see [`broad`]).
    fn facet_counts(
        &self,
        searcher: &Searcher,
        req: &SearchRequest,
        found: &Matches,
    ) -> Result<FacetCounts, SearchError> {
        if !self.filter_terms(req).is_empty() {
            return Ok(broad::count(searcher, found)?);
        }
        let visible = self.visible_query(req);
        let total = self.visible_total(searcher, &visible)?.max(0) as usize;
        Ok(broad::counts(
            &self.visible_sets,
            searcher,
            &visible.0,
            &visible.1,
            total,
            found,
        )?)
    }

    /// How many datasets `req` may match, estimated before searching (to choose how to rank): the
    /// datasets the viewer may see in this status, times the share of documents holding the rarest
    /// word (any word, for a relaxed search) and each filter, as if they were independent.
    fn estimated_matches(
        &self,
        searcher: &Searcher,
        req: &SearchRequest,
        scoring: &Scoring,
    ) -> Result<u64, SearchError> {
        let docs = searcher.num_docs().max(1) as f64;
        let visible = self.visible_total(searcher, &self.visible_query(req))?;
        let mut share: f64 = if req.query.relaxed { 0.0 } else { 1.0 };
        for alternatives in &scoring.words {
            // A word is found at least wherever its most frequent form is.
            let mut most = 0;
            for (term, _) in alternatives {
                most = most.max(searcher.doc_freq(term)?);
            }
            let word = most as f64 / docs;
            share = if req.query.relaxed {
                share.max(word)
            } else {
                share.min(word)
            };
        }
        for term in self.filter_terms(req) {
            share *= searcher.doc_freq(&term)? as f64 / docs;
        }
        Ok((visible.max(0) as f64 * share) as u64)
    }

    /// The datasets of `status` that `viewer` may see (the rules of [`Viewer::can_see`]), or `None`
    /// when they may see everything. An agency's datasets are found through the `agencies` field,
    /// which holds the owner's and the custodian's agencies and every agency above them.
    fn visibility(&self, viewer: &Viewer, status: Status) -> Option<Box<dyn Query>> {
        if viewer.is_admin() {
            return None;
        }
        let f = &self.fields;
        let term = |field, value: u64| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_u64(field, value),
                IndexRecordOption::Basic,
            ))
        };
        let own_agency = match viewer {
            Viewer::User {
                agency_id: Some(id),
                ..
            } => Some(*id as u64),
            _ => None,
        };
        let mut allowed: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        if status == Status::Draft {
            if let (true, Some(id)) = (viewer.is_writer(), own_agency) {
                allowed.push((Occur::Should, term(f.agencies, id)));
            }
        } else {
            allowed.push((
                Occur::Should,
                term(f.scope, ordinal(SharingScope::ALL, SharingScope::Open)),
            ));
            if viewer.is_logged_in() {
                allowed.push((
                    Occur::Should,
                    term(f.scope, ordinal(SharingScope::ALL, SharingScope::Shared)),
                ));
            }
            if let Some(id) = own_agency {
                allowed.push((Occur::Should, term(f.agencies, id)));
            }
        }
        if allowed.is_empty() {
            return Some(Box::new(tantivy::query::EmptyQuery));
        }
        Some(Box::new(ConstScoreQuery::new(
            Box::new(BooleanQuery::new(allowed)),
            0.0,
        )))
    }

    /// Forgets cached facet counts, so the next search pays the full cost (benchmarks measure that).
    pub fn clear_facet_cache(&self) {
        self.facet_cache.clear();
    }

    /// Runs `req`. Fails with [`SearchError::NotReady`] until the index has caught up.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchOutcome, SearchError> {
        if !self.is_ready() {
            return Err(SearchError::NotReady);
        }
        let live = self.live().ok_or(SearchError::NotReady)?;
        let searcher = live.reader.searcher();
        let max_page = MAX_RESULT_WINDOW / PAGE_SIZE;
        let mut page = req.page.clamp(1, max_page);
        let window = |page: i64| match req.window {
            Some((offset, limit)) => (offset.min(MAX_RESULT_WINDOW as usize), limit),
            None => (((page - 1) * PAGE_SIZE) as usize, PAGE_SIZE as usize),
        };
        // Counting facets visits every match: it is done once per result set and index generation,
        // then paging and re-sorting the same set only rank.
        let key = cache_key(req);
        let generation = searcher.generation().generation_id();
        let cached = self.facet_cache.get(&key, generation);
        // Relevance with typed words ranks the match set by its terms only (see `ranking`).
        let scoring = match Some(Scoring::new(&self.fields, &req.query))
            .filter(|s| req.sort == SearchSort::Relevance && !s.words.is_empty())
        {
            Some(s) => {
                let estimate = || self.estimated_matches(&searcher, req, &s);
                ranking::choose(&searcher, &s, estimate)?.map(|method| (s, method))
            }
            None => None,
        };
        // Only relevance without ranking the match set needs tantivy to score.
        let scored = req.sort == SearchSort::Relevance && scoring.is_none();
        let query = self.full_query(req, req.status, scored);
        let mut matches: Option<Matches> = None;
        let hits = |matches: &mut Option<Matches>, page: i64| {
            self.hits(
                &searcher,
                &*query,
                req.sort,
                scoring.as_ref().map(|(s, method)| (s, *method)),
                matches,
                window(page),
            )
        };
        let (mut addresses, counted) = match cached {
            Some(counted) => (hits(&mut matches, page)?, counted),
            // Counting the total alone is cheap: nothing is cached.
            None if req.facets == FacetNeed::None => {
                let total = if scoring.is_some() {
                    let found = searcher.search(&*query, &MatchSet)?;
                    let total = found.total();
                    matches = Some(found);
                    total
                } else {
                    searcher.search(&*query, &Count)?
                };
                let addresses = hits(&mut matches, page)?;
                let counted = Counted {
                    total: total as i64,
                    counts: FacetCounts::default(),
                    other_total: 0,
                };
                (addresses, counted)
            }
            None => {
                let (addresses, total, counts) = if scoring.is_some() {
                    let found = searcher.search(&*query, &MatchSet)?;
                    let counts = self.facet_counts(&searcher, req, &found)?;
                    let total = found.total();
                    matches = Some(found);
                    let addresses = hits(&mut matches, page)?;
                    (addresses, total, counts)
                } else if req.query.is_empty() && self.filter_terms(req).is_empty() {
                    // Everything the viewer may see: its counts are kept per generation.
                    let (key, visible) = self.visible_query(req);
                    let set = broad::visible_set(&self.visible_sets, &searcher, &key, &visible)?;
                    let addresses = self.top(&searcher, &*query, req.sort, window(page))?;
                    (addresses, set.total(), set.counts().clone())
                } else {
                    self.run(&searcher, &*query, req.sort, window(page))?
                };
                // The status facet counts the other listable status under the same query and filters.
                let other_total = if req.facets == FacetNeed::All {
                    searcher.search(
                        &*self.full_query(req, req.status.other_listed(), false),
                        &Count,
                    )? as i64
                } else {
                    0
                };
                let counted = Counted {
                    total: total as i64,
                    counts,
                    other_total,
                };
                self.facet_cache.put(key, generation, counted.clone());
                (addresses, counted)
            }
        };
        let last_page = ((counted.total + PAGE_SIZE - 1) / PAGE_SIZE).clamp(1, max_page);
        if page > last_page && req.window.is_none() {
            page = last_page;
            addresses = hits(&mut matches, page)?;
        }
        if window(page).1 == 0 {
            addresses.clear();
        }
        let mut ids = Vec::with_capacity(addresses.len());
        for addr in &addresses {
            let column = searcher
                .segment_reader(addr.segment_ord)
                .fast_fields()
                .u64("id")?;
            if let Some(id) = column.first(addr.doc_id) {
                ids.push(id as i32);
            }
        }
        let facets = self.facets(
            &counted.counts,
            counted.total,
            req.status,
            req.status.other_listed(),
            counted.other_total,
        );
        Ok(SearchOutcome {
            ids,
            total: counted.total,
            facets,
            page,
        })
    }

    /// For tests: the `(offset, limit)` window of a relevance search ranked each way: over the
    /// match set by WAND and term by term (as [`SearchIndex::search`] does, whichever it chooses),
    /// then by scoring every match with the full relevance query, as `(dataset id, score)` pairs.
    /// `None` when the query has no word to rank by.
    #[doc(hidden)]
    #[allow(clippy::type_complexity)]
    pub fn relevance_each_way(
        &self,
        req: &SearchRequest,
        window: (usize, usize),
    ) -> Result<Option<[(&'static str, Vec<(i32, f32)>); 3]>, SearchError> {
        let live = self.live().ok_or(SearchError::NotReady)?;
        let searcher = live.reader.searcher();
        let scoring = Scoring::new(&self.fields, &req.query);
        if scoring.words.is_empty() {
            return Ok(None);
        }
        let query = self.full_query(req, req.status, false);
        let scored_query = self.full_query(req, req.status, true);
        let ids = |hits: Vec<(f32, DocAddress)>| -> Result<Vec<(i32, f32)>, SearchError> {
            hits.into_iter()
                .map(|(score, addr)| {
                    let column = searcher
                        .segment_reader(addr.segment_ord)
                        .fast_fields()
                        .u64("id")?;
                    Ok((column.first(addr.doc_id).unwrap_or(0) as i32, score))
                })
                .collect()
        };
        let matches = searcher.search(&*query, &MatchSet)?;
        let ranked = |method| ranking::top(&searcher, &scoring, method, &matches, window);
        let top = tantivy::collector::TopDocs::with_limit(window.1.max(1)).and_offset(window.0);
        Ok(Some([
            ("WAND", ids(ranked(ranking::Method::Wand)?)?),
            ("term by term", ids(ranked(ranking::Method::EachTerm)?)?),
            (
                "every match",
                ids(searcher.search(&*scored_query, &top.order_by_score())?)?,
            ),
        ]))
    }

    /// For tests: the facet counts of `req` (without the status facet's other status) read for
    /// every match in one pass, as [`SearchIndex::search`] does unless it counts by subtraction.
    #[doc(hidden)]
    pub fn facets_counted_directly(&self, req: &SearchRequest) -> Result<Facets, SearchError> {
        let live = self.live().ok_or(SearchError::NotReady)?;
        let searcher = live.reader.searcher();
        let query = self.full_query(req, req.status, false);
        let (total, counts) = searcher.search(&*query, &(Count, FacetCollector))?;
        Ok(self.facets(
            &counts,
            total as i64,
            req.status,
            req.status.other_listed(),
            0,
        ))
    }

    /// One page of hits only (facets already counted).
    fn top(
        &self,
        searcher: &Searcher,
        query: &dyn Query,
        sort: SearchSort,
        (offset, limit): (usize, usize),
    ) -> Result<Vec<DocAddress>, SearchError> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let top = tantivy::collector::TopDocs::with_limit(limit).and_offset(offset);
        Ok(match sort {
            SearchSort::Relevance => searcher
                .search(query, &top.order_by_score())?
                .into_iter()
                .map(|h| h.1)
                .collect(),
            SearchSort::Title => searcher
                .search(
                    query,
                    &top.order_by_string_fast_field("title_key", Order::Asc),
                )?
                .into_iter()
                .map(|h| h.1)
                .collect(),
            SearchSort::Modified => searcher
                .search(query, &top.order_by_u64_field("modified", Order::Desc))?
                .into_iter()
                .map(|h| h.1)
                .collect(),
        })
    }

    /// One page of hits (facets counted or not needed): ranked by WAND over the match set when
    /// `scoring` is given (the set is collected once and kept in `matches`), else by the collector.
    fn hits(
        &self,
        searcher: &Searcher,
        query: &dyn Query,
        sort: SearchSort,
        scoring: Option<(&Scoring, ranking::Method)>,
        matches: &mut Option<Matches>,
        window: (usize, usize),
    ) -> Result<Vec<DocAddress>, SearchError> {
        let Some((scoring, method)) = scoring else {
            return self.top(searcher, query, sort, window);
        };
        if window.1 == 0 {
            return Ok(Vec::new());
        }
        let found = match matches.take() {
            Some(found) => found,
            None => searcher.search(query, &MatchSet)?,
        };
        let hits = ranking::top(searcher, scoring, method, &found, window)?;
        *matches = Some(found);
        Ok(hits.into_iter().map(|(_, address)| address).collect())
    }

    fn run(
        &self,
        searcher: &Searcher,
        query: &dyn Query,
        sort: SearchSort,
        (offset, limit): (usize, usize),
    ) -> Result<(Vec<DocAddress>, usize, FacetCounts), SearchError> {
        // Counting only (limit 0): one hit is ranked and dropped, tantivy needs a limit of 1 or more.
        let top = tantivy::collector::TopDocs::with_limit(limit.max(1)).and_offset(offset);
        Ok(match sort {
            SearchSort::Relevance => {
                let (hits, total, counts) =
                    searcher.search(query, &(top.order_by_score(), Count, FacetCollector))?;
                (hits.into_iter().map(|h| h.1).collect(), total, counts)
            }
            SearchSort::Title => {
                let by = top.order_by_string_fast_field("title_key", Order::Asc);
                let (hits, total, counts) = searcher.search(query, &(by, Count, FacetCollector))?;
                (hits.into_iter().map(|h| h.1).collect(), total, counts)
            }
            SearchSort::Modified => {
                let by = top.order_by_u64_field("modified", Order::Desc);
                let (hits, total, counts) = searcher.search(query, &(by, Count, FacetCollector))?;
                (hits.into_iter().map(|h| h.1).collect(), total, counts)
            }
        })
    }

    fn facets(
        &self,
        counts: &FacetCounts,
        total: i64,
        status: Status,
        other: Status,
        other_total: i64,
    ) -> Facets {
        fn vocab<T: Copy + Eq + std::hash::Hash>(
            all: &[T],
            counts: &FacetCounts,
            field: usize,
        ) -> HashMap<T, i64> {
            counts
                .values(field)
                .filter_map(|(v, n)| {
                    all.get((v as usize).checked_sub(1)?)
                        .map(|t| (*t, n as i64))
                })
                .collect()
        }
        let formats = self.formats.read().map(|m| m.clone()).unwrap_or_default();
        let mut format_counts: Vec<(String, i64)> = counts
            .formats
            .iter()
            .filter_map(|(h, n)| formats.get(h).map(|name| (name.clone(), *n as i64)))
            .collect();
        format_counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let mut status_counts = HashMap::new();
        if total > 0 {
            status_counts.insert(status, total);
        }
        if other_total > 0 {
            status_counts.insert(other, other_total);
        }
        Facets {
            agencies: counts
                .values(0)
                .map(|(v, n)| (v as i32, n as i64))
                .collect(),
            themes: vocab(Theme::ALL, &counts, 1),
            sharing_scope: vocab(SharingScope::ALL, &counts, 2),
            importance: vocab(Importance::ALL, &counts, 3),
            personal_data: vocab(PersonalData::ALL, &counts, 4),
            status: status_counts,
            formats: format_counts,
            fields: counts.fields as i64,
        }
    }
}

/// Every string at edit distance 1 from `word` (deletion, transposition, substitution, insertion) over
/// the letters and digits a folded syllable can hold.
fn edits(word: &str) -> Vec<String> {
    const ALPHABET: &str = "abcdefghijklmnopqrstuvwxyz0123456789";
    let chars: Vec<char> = word.chars().collect();
    let mut out = Vec::new();
    for i in 0..chars.len() {
        let mut v = chars.clone();
        v.remove(i);
        out.push(v.iter().collect());
        if i + 1 < chars.len() {
            let mut v = chars.clone();
            v.swap(i, i + 1);
            out.push(v.iter().collect());
        }
        for c in ALPHABET.chars() {
            let mut v = chars.clone();
            v[i] = c;
            out.push(v.iter().collect());
        }
    }
    for i in 0..=chars.len() {
        for c in ALPHABET.chars() {
            let mut v = chars.clone();
            v.insert(i, c);
            out.push(v.iter().collect());
        }
    }
    out.retain(|e: &String| e != word);
    out.sort();
    out.dedup();
    out
}

/// What the facet counts of a result set depend on: the query and the filters, not the page or order.
fn cache_key(req: &SearchRequest) -> String {
    format!(
        "{}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}|{:?}",
        visibility_key(&req.viewer),
        req.query,
        req.agency_id,
        req.theme,
        req.sharing_scope,
        req.importance,
        req.personal_data,
        req.format,
        req.licence,
        req.facets,
        req.status,
        req.query.relaxed
    )
}

/// What visibility depends on: viewers with the same key see the same datasets.
fn visibility_key(viewer: &Viewer) -> String {
    match viewer {
        Viewer::Anonymous => "anonymous".to_string(),
        Viewer::User {
            role, agency_id, ..
        } => format!("{}:{:?}", role.code(), agency_id),
    }
}

/// Total and facet counts of one result set.
#[derive(Debug, Clone)]
struct Counted {
    total: i64,
    counts: FacetCounts,
    other_total: i64,
}

/// The counts of the most recent result sets, each valid for one index generation only: a commit
/// makes every entry miss, so the cache can never show counts the index no longer has.
#[derive(Default)]
pub(super) struct FacetCache {
    entries: std::sync::Mutex<std::collections::VecDeque<(String, u64, Counted)>>,
}

const FACET_CACHE_ENTRIES: usize = 256;

impl FacetCache {
    pub(super) fn clear(&self) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.clear();
        }
    }

    fn get(&self, key: &str, generation: u64) -> Option<Counted> {
        let entries = self.entries.lock().ok()?;
        entries
            .iter()
            .find(|(k, g, _)| *g == generation && k == key)
            .map(|(_, _, c)| c.clone())
    }

    fn put(&self, key: String, generation: u64, counted: Counted) {
        if let Ok(mut entries) = self.entries.lock() {
            entries.retain(|(_, g, _)| *g == generation);
            if entries.len() >= FACET_CACHE_ENTRIES {
                entries.pop_front();
            }
            entries.push_back((key, generation, counted));
        }
    }
}
