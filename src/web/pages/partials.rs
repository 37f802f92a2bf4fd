//! Small pieces shared by several pages: numbers and dates in the visitor's conventions, badges,
//! breadcrumbs, the dataset list row, the pager and the bar chart (server-side SVG).

use chrono::NaiveDate;
use maud::{html, Markup};

use crate::domain::{Lang, SharingScope, Status};
use crate::storage::agencies::AgencyTree;
use crate::storage::listing::DatasetSummary;

/// 12345 → "12.345" in Vietnamese, "12,345" in English.
pub fn number(lang: Lang, n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let sep = lang.pick(".", ",");
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push_str(sep);
        }
        out.push(c);
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}

/// Dates as each language writes them: 01/07/2025 or 2025-07-01.
pub fn date(lang: Lang, d: NaiveDate) -> String {
    match lang {
        Lang::Vi => d.format("%d/%m/%Y").to_string(),
        Lang::En => d.format("%Y-%m-%d").to_string(),
    }
}

pub fn byte_size(lang: Lang, bytes: i64) -> String {
    const UNITS: [&str; 5] = ["B", "kB", "MB", "GB", "TB"];
    let mut value = bytes as f64;
    let mut unit = 0;
    while value >= 1000.0 && unit < UNITS.len() - 1 {
        value /= 1000.0;
        unit += 1;
    }
    let text = if unit == 0 {
        format!("{bytes}")
    } else {
        format!("{value:.1}")
    };
    let text = if lang == Lang::Vi {
        text.replace('.', ",")
    } else {
        text
    };
    format!("{text} {}", UNITS[unit])
}

pub fn scope_badge(lang: Lang, scope: Option<SharingScope>) -> Markup {
    let Some(scope) = scope else { return html! {} };
    html! { span class={ "badge scope-" (scope.code()) } { (scope.label(lang)) } }
}

pub fn status_badge(lang: Lang, status: Option<Status>) -> Markup {
    match status {
        Some(s @ (Status::Retired | Status::Draft)) => {
            html! { span class={ "badge status-" (s.code()) } { (s.label(lang)) } }
        }
        _ => html! {},
    }
}

/// Breadcrumb trail; the last entry is the current page.
pub fn breadcrumbs(lang: Lang, trail: &[(String, String)], current: &str) -> Markup {
    html! {
        nav class="breadcrumbs" aria-label=(lang.pick("Đường dẫn", "Breadcrumb")) {
            ol {
                @for (href, label) in trail { li { a href=(href) { (label) } } }
                li { span aria-current="page" { (current) } }
            }
        }
    }
}

/// One dataset in a list.
pub fn dataset_item(lang: Lang, s: &DatasetSummary, tree: &AgencyTree) -> Markup {
    let d = &s.dataset;
    let owner = tree.get(d.owner_id);
    html! {
        li class="dataset-item" {
            h3 { a href={ "/datasets/" (d.identifier) } { (d.title) } }
            p class="meta" {
                @if let Some(o) = owner { a href={ "/agencies/" (o.code) } { (o.name(lang)) } }
                (scope_badge(lang, d.sharing_scope()))
                (status_badge(lang, d.status()))
                @for f in &s.formats { span class="badge format" { (f) } }
            }
            @if !d.description.is_empty() {
                p class="summary" { (excerpt(&d.description, 220)) }
            }
            p class="meta small" {
                @for t in &s.themes { a class="tag" href={ "/datasets?theme=" (t.code()) } { (t.label(lang)) } }
                @if let Some(m) = d.modified {
                    span { (lang.pick("Cập nhật ", "Updated ")) (date(lang, m)) }
                }
            }
        }
    }
}

/// The first `max` characters of a text, cut at a word boundary.
pub fn excerpt(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map(|(a, _)| a).unwrap_or(&cut);
    format!("{cut}…")
}

/// Page links: first, previous, a window around the current page, next, last.
pub fn pager(lang: Lang, current: i64, last: i64, url: impl Fn(i64) -> String) -> Markup {
    if last <= 1 {
        return html! {};
    }
    let from = (current - 2).max(1);
    let to = (current + 2).min(last);
    html! {
        nav class="pager" aria-label=(lang.pick("Phân trang", "Pagination")) {
            ul {
                @if current > 1 {
                    li { a href=(url(current - 1)) rel="prev" { "‹ " (lang.pick("Trước", "Previous")) } }
                }
                @if from > 1 {
                    li { a href=(url(1)) { "1" } }
                    @if from > 2 { li class="gap" { "…" } }
                }
                @for p in from..=to {
                    li {
                        @if p == current {
                            a href=(url(p)) aria-current="page" { (p) }
                        } @else {
                            a href=(url(p)) { (p) }
                        }
                    }
                }
                @if to < last {
                    @if to < last - 1 { li class="gap" { "…" } }
                    li { a href=(url(last)) { (last) } }
                }
                @if current < last {
                    li { a href=(url(current + 1)) rel="next" { (lang.pick("Sau", "Next")) " ›" } }
                }
            }
        }
    }
}

/// A horizontal bar chart drawn on the server as SVG; each bar links to the matching list.
/// Labels are in the SVG as text, so screen readers and text search see them.
pub fn bar_chart(title: &str, id: &str, bars: &[(String, i64, String)]) -> Markup {
    let max = bars.iter().map(|b| b.1).max().unwrap_or(1).max(1) as f64;
    let row = 28;
    let label_width = 230.0;
    let bar_space = 300.0;
    let height = bars.len() * row + 8;
    html! {
        figure class="chart" {
            svg viewBox={ "0 0 600 " (height) } role="img" aria-labelledby=(id) xmlns="http://www.w3.org/2000/svg" {
                title id=(id) { (title) }
                @for (i, (label, value, href)) in bars.iter().enumerate() {
                    @let y = i * row + 4;
                    @let width = ((*value as f64 / max) * bar_space).max(2.0);
                    a href=(href) {
                        text x=(label_width - 8.0) y=(y + 18) text-anchor="end" class="chart-label" { (label) }
                        rect x=(label_width) y=(y + 4) width=(format!("{width:.1}")) height="18" rx="3" class="chart-bar" {}
                        text x=(label_width + width + 6.0) y=(y + 18) class="chart-value" { (value) }
                    }
                }
            }
            figcaption { (title) }
        }
    }
}
