//! `/datasets`: the filtered, paged list with facet counts. Every filter lives in the URL, so a view
//! can be bookmarked and shared.

use maud::{html, Markup};

use std::collections::HashMap;

use super::layout::{self, Section};
use super::partials::{dataset_item, number, pager};
use super::snippet;
use crate::domain::{Importance, Lang, PersonalData, SharingScope, Status, Theme};
use crate::search::{ParsedQuery, SearchSort, MAX_QUERY_CHARS};
use crate::storage::agencies::AgencyTree;
use crate::storage::listing::{DatasetPage, DatasetSummary, PAGE_SIZE};
use crate::storage::search_source::DocSource;
use crate::web::ctx::Chrome;

/// The list's state as it appears in the URL.
#[derive(Debug, Clone, Default)]
pub struct ListQuery {
    pub q: Option<String>,
    pub agency: Option<String>,
    pub theme: Option<Theme>,
    pub sharing_scope: Option<SharingScope>,
    pub importance: Option<Importance>,
    pub personal_data: Option<PersonalData>,
    pub format: Option<String>,
    pub status: Option<Status>,
    pub sort: SearchSort,
    pub page: i64,
}

impl ListQuery {
    fn pairs(&self) -> Vec<(&'static str, String)> {
        let mut p = Vec::new();
        if let Some(v) = &self.q {
            p.push(("q", v.clone()));
        }
        if let Some(v) = &self.agency {
            p.push(("agency", v.clone()));
        }
        if let Some(v) = self.theme {
            p.push(("theme", v.code().to_string()));
        }
        if let Some(v) = self.sharing_scope {
            p.push(("scope", v.code().to_string()));
        }
        if let Some(v) = self.importance {
            p.push(("importance", v.code().to_string()));
        }
        if let Some(v) = self.personal_data {
            p.push(("personal", v.code().to_string()));
        }
        if let Some(v) = &self.format {
            p.push(("format", v.clone()));
        }
        if let Some(v) = self.status {
            p.push(("status", v.code().to_string()));
        }
        let default_sort = if self.q.is_some() {
            SearchSort::Relevance
        } else {
            SearchSort::Title
        };
        if self.sort != default_sort {
            let name = match self.sort {
                SearchSort::Relevance => "relevance",
                SearchSort::Title => "title",
                SearchSort::Modified => "modified",
            };
            p.push(("sort", name.to_string()));
        }
        if self.page > 1 {
            p.push(("page", self.page.to_string()));
        }
        p
    }

    /// The URL of this view.
    pub fn url(&self) -> String {
        let mut s = form_urlencoded::Serializer::new(String::new());
        for (k, v) in self.pairs() {
            s.append_pair(k, &v);
        }
        let q = s.finish();
        if q.is_empty() {
            "/datasets".to_string()
        } else {
            format!("/datasets?{q}")
        }
    }

    /// The URL of this view changed by `change`, back on page 1 (a new filter gives a new list).
    fn with(&self, change: impl FnOnce(&mut ListQuery)) -> String {
        let mut q = self.clone();
        q.page = 1;
        change(&mut q);
        q.url()
    }
}

pub struct ListData {
    pub query: ListQuery,
    pub page: DatasetPage,
    pub tree: AgencyTree,
    pub ignored: Vec<String>,
    /// The query as the search index understood it (when the index answered).
    pub parsed: Option<ParsedQuery>,
    /// Columns and themes of the listed datasets, to show which ones matched.
    pub sources: HashMap<i32, DocSource>,
    /// A query was typed but the index is still being built.
    pub search_unavailable: bool,
}

/// One search result: marked title, the passage that matched, and the keywords, columns or agency
/// that matched.
fn search_item(lang: Lang, s: &DatasetSummary, data: &ListData, terms: &[String]) -> maud::Markup {
    let d = &s.dataset;
    let owner = data.tree.get(d.owner_id);
    let custodian = d.custodian_id.and_then(|c| data.tree.get(c));
    let source = data.sources.get(&d.id);
    let keywords: Vec<&str> = d
        .keywords()
        .filter(|k| snippet::matches(k, terms))
        .collect();
    let columns: Vec<String> = source
        .map(|src| {
            src.fields
                .iter()
                .filter(|f| snippet::matches(&f.name, terms) || snippet::matches(&f.title, terms))
                .take(4)
                .map(|f| {
                    if f.title.is_empty() {
                        f.name.clone()
                    } else {
                        format!("{} ({})", f.name, f.title)
                    }
                })
                .collect()
        })
        .unwrap_or_default();
    let agencies: Vec<&str> = [owner, custodian]
        .into_iter()
        .flatten()
        .map(|a| a.name(lang))
        .filter(|n| snippet::matches(n, terms))
        .collect();
    html! {
        li class="dataset-item" {
            h3 { a href={ "/datasets/" (d.identifier) } { (snippet::marked(&d.title, terms)) } }
            p class="meta" {
                @if let Some(o) = owner { a href={ "/agencies/" (o.code) } { (o.name(lang)) } }
                (super::partials::scope_badge(lang, d.sharing_scope()))
                (super::partials::status_badge(lang, d.status()))
                @for f in &s.formats { span class="badge format" { (f) } }
            }
            @match snippet::fragment(&d.description, terms, 240) {
                Some(fragment) => p class="summary" { (fragment) },
                None => @if !d.description.is_empty() { p class="summary" { (super::partials::excerpt(&d.description, 200)) } },
            }
            @if !keywords.is_empty() || !columns.is_empty() || !agencies.is_empty() {
                ul class="why small" {
                    @if !keywords.is_empty() {
                        li { (lang.pick("Từ khóa: ", "Keywords: ")) (snippet::marked(&keywords.join(", "), terms)) }
                    }
                    @if !columns.is_empty() {
                        li { (lang.pick("Cột dữ liệu: ", "Columns: ")) (snippet::marked(&columns.join("; "), terms)) }
                    }
                    @if !agencies.is_empty() {
                        li { (lang.pick("Cơ quan: ", "Agency: ")) (snippet::marked(&agencies.join("; "), terms)) }
                    }
                }
            }
        }
    }
}

/// One facet value: a link that sets (or, when active, clears) the filter, with its count.
struct FacetLink {
    label: String,
    count: i64,
    href: String,
    active: bool,
}

fn facet(lang: Lang, title: &str, links: Vec<FacetLink>) -> Markup {
    if links.is_empty() {
        return html! {};
    }
    html! {
        section class="facet" {
            h3 { (title) }
            ul {
                @for l in links {
                    li {
                        @if l.active {
                            a href=(l.href) class="active" aria-current="true"
                              title=(lang.pick("Bỏ bộ lọc này", "Remove this filter")) {
                                span class="check" aria-hidden="true" { "✓ " }
                                (l.label)
                                span class="visually-hidden" { (lang.pick(" (đang lọc, bấm để bỏ)", " (active, select to remove)")) }
                            }
                        } @else {
                            a href=(l.href) { (l.label) }
                        }
                        " " span class="count" { (number(lang, l.count)) }
                    }
                }
            }
        }
    }
}

/// Facet links for a closed vocabulary, in vocabulary order, hiding values with no datasets.
fn vocabulary_links<T: Copy + Eq + std::hash::Hash>(
    all: &[T],
    counts: &std::collections::HashMap<T, i64>,
    current: Option<T>,
    label: impl Fn(T) -> String,
    url: impl Fn(Option<T>) -> String,
) -> Vec<FacetLink> {
    all.iter()
        .filter_map(|&v| {
            let count = counts.get(&v).copied().unwrap_or(0);
            let active = current == Some(v);
            (count > 0 || active).then(|| FacetLink {
                label: label(v),
                count,
                href: if active { url(None) } else { url(Some(v)) },
                active,
            })
        })
        .collect()
}

fn agency_links(lang: Lang, data: &ListData) -> Vec<FacetLink> {
    let q = &data.query;
    let tree = &data.tree;
    let rolled = &data.page.facets.agencies;
    // Without an agency filter: top-level agencies. With one: that agency and the agencies below it.
    let selected = q.agency.as_deref().and_then(|c| tree.by_code(c));
    let mut links: Vec<FacetLink> = Vec::new();
    if let Some(a) = selected {
        links.push(FacetLink {
            label: a.name(lang).to_string(),
            count: rolled.get(&a.id).copied().unwrap_or(0),
            href: q.with(|q| {
                q.agency = a
                    .parent_id
                    .and_then(|p| tree.get(p))
                    .map(|p| p.code.clone())
            }),
            active: true,
        });
    }
    let candidates: Vec<_> = match selected {
        Some(a) => tree.children_of(Some(a.id)).collect(),
        None => tree.roots().collect(),
    };
    let mut rest: Vec<FacetLink> = candidates
        .into_iter()
        .filter_map(|a| {
            let count = rolled.get(&a.id).copied().unwrap_or(0);
            (count > 0).then(|| FacetLink {
                label: a.name(lang).to_string(),
                count,
                href: q.with(|q| q.agency = Some(a.code.clone())),
                active: false,
            })
        })
        .collect();
    rest.sort_by(|a, b| b.count.cmp(&a.count));
    rest.truncate(15);
    links.extend(rest);
    links
}

pub fn page(chrome: &Chrome, data: &ListData) -> Markup {
    let lang = chrome.lang;
    let q = &data.query;
    let f = &data.page.facets;
    let last_page = ((data.page.total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let agency = q.agency.as_deref().and_then(|c| data.tree.by_code(c));
    let heading = match (&q.q, agency) {
        (Some(text), _) => format!(
            "{} «{}»",
            lang.pick("Kết quả tìm kiếm cho", "Search results for"),
            super::partials::excerpt(text, 80)
        ),
        (None, Some(a)) => format!("{} — {}", lang.pick("Dữ liệu", "Datasets"), a.name(lang)),
        (None, None) => lang.pick("Danh sách dữ liệu", "Datasets").to_string(),
    };
    let terms = data
        .parsed
        .as_ref()
        .map(|p| p.highlight_terms())
        .unwrap_or_default();
    let corrections: Vec<(String, String)> = data
        .parsed
        .iter()
        .flat_map(|p| p.words.iter())
        .filter_map(|w| w.corrected.clone().map(|c| (w.syllable.folded.clone(), c)))
        .collect();
    let truncated = data.parsed.as_ref().is_some_and(|p| p.truncated);
    let relaxed = data.parsed.as_ref().is_some_and(|p| p.relaxed);
    let any_filter = q.pairs().iter().any(|(k, _)| *k != "page" && *k != "sort");
    let formats: Vec<FacetLink> = f
        .formats
        .iter()
        .take(12)
        .map(|(name, n)| {
            let active = q.format.as_deref() == Some(name.as_str());
            FacetLink {
                label: name.clone(),
                count: *n,
                href: q.with(|q| q.format = if active { None } else { Some(name.clone()) }),
                active,
            }
        })
        .collect();
    let body = html! {
        h1 { (heading) }
        @if data.search_unavailable {
            p class="notice" role="status" { (lang.pick(
                "Chỉ mục tìm kiếm đang được xây dựng lại sau khi khởi động; trong lúc chờ, danh sách dưới đây chưa lọc theo từ khóa. Vui lòng thử lại sau ít giây.",
                "The search index is being rebuilt after a restart; meanwhile the list below is not filtered by your words. Please try again in a few seconds."
            )) }
        }
        @if truncated {
            p class="notice" role="status" {
                (lang.pick("Câu tìm kiếm quá dài nên chỉ dùng ", "The search text was too long: only the first "))
                (MAX_QUERY_CHARS) (lang.pick(" ký tự đầu.", " characters were used."))
            }
        }
        @if relaxed {
            p class="notice" role="status" { (lang.pick(
                "Không có bộ dữ liệu nào chứa tất cả các từ đã gõ; dưới đây là các bộ dữ liệu chứa một phần, phù hợp nhất trước.",
                "No dataset holds all the words typed; below are datasets holding some of them, best match first."
            )) }
        }
        @if !corrections.is_empty() {
            p class="notice" role="status" {
                @for (typed, used) in &corrections {
                    (lang.pick("Không có kết quả cho «", "Nothing matches “")) (typed)
                    (lang.pick("», đã tìm «", "”; searched for “")) strong { (used) } (lang.pick("».", "” instead.")) " "
                }
            }
        }
        @if !data.ignored.is_empty() {
            p class="notice" role="status" {
                (lang.pick("Một số tham số trong địa chỉ không hợp lệ và đã được bỏ qua: ", "Some parameters in the address were not valid and were ignored: "))
                (data.ignored.join(", "))
            }
        }
        div class="list-layout" {
            aside class="facets" aria-label=(lang.pick("Bộ lọc", "Filters")) {
                h2 class="visually-hidden" { (lang.pick("Bộ lọc", "Filters")) }
                @if any_filter {
                    p { a href="/datasets" class="clear" { (lang.pick("Bỏ tất cả bộ lọc", "Clear all filters")) } }
                }
                (facet(lang, lang.pick("Cơ quan", "Agency"), agency_links(lang, data)))
                (facet(lang, lang.pick("Chủ đề", "Theme"), vocabulary_links(Theme::ALL, &f.themes, q.theme, |v| v.label(lang).into(), |v| q.with(|q| q.theme = v))))
                (facet(lang, lang.pick("Phạm vi chia sẻ", "Sharing scope"), vocabulary_links(SharingScope::ALL, &f.sharing_scope, q.sharing_scope, |v| v.label(lang).into(), |v| q.with(|q| q.sharing_scope = v))))
                (facet(lang, lang.pick("Mức độ quan trọng", "Importance"), vocabulary_links(Importance::ALL, &f.importance, q.importance, |v| v.label(lang).into(), |v| q.with(|q| q.importance = v))))
                (facet(lang, lang.pick("Dữ liệu cá nhân", "Personal data"), vocabulary_links(PersonalData::ALL, &f.personal_data, q.personal_data, |v| v.label(lang).into(), |v| q.with(|q| q.personal_data = v))))
                (facet(lang, lang.pick("Định dạng", "Format"), formats))
                (facet(lang, lang.pick("Trạng thái", "Status"), vocabulary_links(&[Status::Published, Status::Retired], &f.status, q.status, |v| v.label(lang).into(), |v| q.with(|q| q.status = v))))
            }
            section class="results" aria-labelledby="result-count" {
                div class="results-head" {
                    p id="result-count" class="count-line" {
                        strong { (number(lang, data.page.total)) }
                        (lang.pick(" bộ dữ liệu", " datasets"))
                        @if last_page > 1 {
                            " · " (lang.pick("trang ", "page ")) (q.page) "/" (last_page)
                        }
                    }
                    form method="get" action="/datasets" class="sort-form" {
                        @for (k, v) in q.pairs() {
                            @if k != "sort" && k != "page" { input type="hidden" name=(k) value=(v); }
                        }
                        label for="sort" { (lang.pick("Sắp xếp", "Sort by")) }
                        select id="sort" name="sort" {
                            @if q.q.is_some() {
                                option value="relevance" selected[q.sort == SearchSort::Relevance] { (lang.pick("Phù hợp nhất", "Best match")) }
                            }
                            option value="title" selected[q.sort == SearchSort::Title] { (lang.pick("Tên (A–Z)", "Title (A–Z)")) }
                            option value="modified" selected[q.sort == SearchSort::Modified] { (lang.pick("Mới cập nhật", "Recently updated")) }
                        }
                        button type="submit" { (lang.pick("Áp dụng", "Apply")) }
                    }
                }
                @if data.page.items.is_empty() {
                    div class="empty" {
                        @if q.q.is_some() {
                            p { (lang.pick("Không tìm thấy bộ dữ liệu nào phù hợp.", "No dataset matches your search.")) }
                            ul {
                                li { (lang.pick("Kiểm tra chính tả, hoặc gõ không dấu: «dan cu» tìm được cả «dân cư».", "Check the spelling, or type without diacritics: “dan cu” also finds “dân cư”.")) }
                                li { (lang.pick("Dùng ít từ hơn, hoặc bỏ bớt bộ lọc.", "Use fewer words, or remove some filters.")) }
                            }
                        } @else {
                            p { (lang.pick("Không có bộ dữ liệu nào khớp với các bộ lọc đã chọn.", "No dataset matches the selected filters.")) }
                        }
                    }
                } @else {
                    ol class="dataset-list" start=((q.page - 1) * PAGE_SIZE + 1) {
                        @for item in &data.page.items {
                            @if terms.is_empty() { (dataset_item(lang, item, &data.tree)) } @else { (search_item(lang, item, data, &terms)) }
                        }
                    }
                }
                (pager(lang, q.page, last_page, |p| { let mut q = q.clone(); q.page = p; q.url() }))
            }
        }
    };
    layout::page_with_query(
        chrome,
        &heading,
        Section::Datasets,
        &q.url(),
        q.q.as_deref().unwrap_or(""),
        body,
    )
}
