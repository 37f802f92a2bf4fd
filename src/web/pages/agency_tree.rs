//! `/agencies`: the government structure as a tree, grouped by kind, in Vietnamese alphabetical order,
//! with the number of datasets each agency and its sub-agencies own.

use std::collections::HashMap;

use maud::{html, Markup};

use super::layout::{self, Section};
use super::partials::number;
use crate::domain::{AgencyKind, Lang};
use crate::storage::agencies::AgencyTree;
use crate::storage::models::Agency;
use crate::web::ctx::Chrome;

/// The groups of top-level agencies, in the order of the government's own lists.
fn groups(lang: Lang) -> [(&'static str, &'static str, &'static [AgencyKind]); 4] {
    [
        (
            "ministries",
            lang.pick("Bộ", "Ministries"),
            &[AgencyKind::Ministry],
        ),
        (
            "ministerial",
            lang.pick("Cơ quan ngang bộ", "Ministerial-level agencies"),
            &[AgencyKind::MinisterialAgency],
        ),
        (
            "government",
            lang.pick("Cơ quan thuộc Chính phủ", "Government agencies"),
            &[AgencyKind::GovernmentAgency, AgencyKind::Department],
        ),
        (
            "provinces",
            lang.pick(
                "Tỉnh, thành phố trực thuộc trung ương",
                "Provinces and centrally-run cities",
            ),
            &[AgencyKind::City, AgencyKind::Province],
        ),
    ]
}

fn node(
    lang: Lang,
    tree: &AgencyTree,
    counts: &HashMap<i32, i64>,
    a: &Agency,
    depth: usize,
) -> Markup {
    let children: Vec<&Agency> = tree.children_of(Some(a.id)).collect();
    let n = counts.get(&a.id).copied().unwrap_or(0);
    let label = html! {
        a href={ "/agencies/" (a.code) } { (a.name(lang)) }
        " " span class="count" title=(lang.pick("Số bộ dữ liệu", "Number of datasets")) { (number(lang, n)) }
    };
    html! {
        li {
            @if children.is_empty() || depth > 6 {
                (label)
            } @else {
                details {
                    summary { (label) span class="small" { " · " (children.len()) (lang.pick(" đơn vị trực thuộc", " units")) } }
                    ul { @for c in children { (node(lang, tree, counts, c, depth + 1)) } }
                }
            }
        }
    }
}

pub fn page(chrome: &Chrome, tree: &AgencyTree, counts: &HashMap<i32, i64>) -> Markup {
    let lang = chrome.lang;
    let body = html! {
        h1 { (lang.pick("Cơ quan nhà nước", "State agencies")) }
        p class="lead" { (lang.pick(
            "Cơ cấu tổ chức của Chính phủ (Nghị quyết 176/2025/QH15) và 34 đơn vị hành chính cấp tỉnh (Nghị quyết 202/2025/QH15), kèm số bộ dữ liệu mỗi cơ quan và các đơn vị trực thuộc đang nắm giữ.",
            "The structure of the Government (Resolution 176/2025/QH15) and the 34 provincial-level units (Resolution 202/2025/QH15), with the number of datasets each agency and its units hold."
        )) }
        nav class="toc" aria-label=(lang.pick("Nhóm cơ quan", "Agency groups")) {
            ul class="inline" { @for (id, title, _) in groups(lang) { li { a href={ "#" (id) } { (title) } } } }
        }
        @for (id, title, kinds) in groups(lang) {
            @let roots: Vec<&Agency> = tree.roots().filter(|a| a.kind().is_some_and(|k| kinds.contains(&k))).collect();
            @if !roots.is_empty() {
                section aria-labelledby=(id) class="agency-group" {
                    h2 id=(id) { (title) " " span class="count" { (roots.len()) } }
                    ul class="tree" { @for a in roots { (node(lang, tree, counts, a, 0)) } }
                }
            }
        }
    };
    layout::page(
        chrome,
        lang.pick("Cơ quan", "Agencies"),
        Section::Agencies,
        "/agencies",
        body,
    )
}
