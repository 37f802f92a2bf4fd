//! Running a search: the relevance query plus filters, one page of hits in the chosen order, the
//! total and the facet counts over every match, and spelling help for words the index doesn't know.

use std::collections::HashMap;

use tantivy::collector::Count;
use tantivy::query::{BooleanQuery, ConstScoreQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, Order, Searcher, Term};

use super::facets::{FacetCollector, FacetCounts};
use super::query::{self, ParsedQuery};
use super::schema::{format_hash, ordinal, Group};
use super::{SearchError, SearchIndex};
use crate::domain::{Importance, PersonalData, SharingScope, Status, Theme};
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
    pub status: Status,
    pub sort: SearchSort,
    pub page: i64,
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
            status: Status::Published,
            sort,
            page: 1,
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

fn filter(field: tantivy::schema::Field, value: u64) -> (Occur, Box<dyn Query>) {
    let term = TermQuery::new(Term::from_field_u64(field, value), IndexRecordOption::Basic);
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

    fn full_query(&self, req: &SearchRequest, status: Status) -> Box<dyn Query> {
        let f = &self.fields;
        let mut clauses = query::build(f, &req.query);
        clauses.push(filter(f.status, ordinal(Status::ALL, status)));
        if let Some(id) = req.agency_id {
            clauses.push(filter(f.agencies, id as u64));
        }
        if let Some(v) = req.theme {
            clauses.push(filter(f.themes, ordinal(Theme::ALL, v)));
        }
        if let Some(v) = req.sharing_scope {
            clauses.push(filter(f.scope, ordinal(SharingScope::ALL, v)));
        }
        if let Some(v) = req.importance {
            clauses.push(filter(f.importance, ordinal(Importance::ALL, v)));
        }
        if let Some(v) = req.personal_data {
            clauses.push(filter(f.personal, ordinal(PersonalData::ALL, v)));
        }
        if let Some(v) = &req.format {
            clauses.push(filter(f.formats, format_hash(v)));
        }
        Box::new(BooleanQuery::new(clauses))
    }

    /// Runs `req`. Fails with [`SearchError::NotReady`] until the index has caught up.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchOutcome, SearchError> {
        if !self.is_ready() {
            return Err(SearchError::NotReady);
        }
        let live = self.live().ok_or(SearchError::NotReady)?;
        let searcher = live.reader.searcher();
        let query = self.full_query(req, req.status);
        let max_page = MAX_RESULT_WINDOW / PAGE_SIZE;
        let mut page = req.page.clamp(1, max_page);
        let (mut addresses, total, counts) = self.run(&searcher, &*query, req.sort, page)?;
        let last_page = ((total as i64 + PAGE_SIZE - 1) / PAGE_SIZE).clamp(1, max_page);
        if page > last_page {
            page = last_page;
            addresses = self.run(&searcher, &*query, req.sort, page)?.0;
        }
        let id_column = |addr: &DocAddress| -> Result<Option<i32>, SearchError> {
            let column = searcher
                .segment_reader(addr.segment_ord)
                .fast_fields()
                .u64("id")?;
            Ok(column.first(addr.doc_id).map(|v| v as i32))
        };
        let mut ids = Vec::with_capacity(addresses.len());
        for addr in &addresses {
            if let Some(id) = id_column(addr)? {
                ids.push(id);
            }
        }
        // The status facet counts the other listable status under the same query and filters.
        let other = if req.status == Status::Retired {
            Status::Published
        } else {
            Status::Retired
        };
        let other_total = searcher.search(&*self.full_query(req, other), &Count)? as i64;
        let facets = self.facets(counts, total as i64, req.status, other, other_total);
        Ok(SearchOutcome {
            ids,
            total: total as i64,
            facets,
            page,
        })
    }

    fn run(
        &self,
        searcher: &Searcher,
        query: &dyn Query,
        sort: SearchSort,
        page: i64,
    ) -> Result<(Vec<DocAddress>, usize, FacetCounts), SearchError> {
        let top = tantivy::collector::TopDocs::with_limit(PAGE_SIZE as usize)
            .and_offset(((page - 1) * PAGE_SIZE) as usize);
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
        counts: FacetCounts,
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
