//! `/agencies/{code}`: one agency, where it sits, its sub-agencies and its datasets.

use std::collections::HashMap;

use maud::{html, Markup};

use super::layout::{self, Section};
use super::partials::{breadcrumbs, dataset_item, number};
use crate::domain::Lang;
use crate::storage::agencies::AgencyTree;
use crate::storage::listing::DatasetPage;
use crate::storage::models::Agency;
use crate::web::ctx::Chrome;

pub struct AgencyData {
    pub agency: Agency,
    pub tree: AgencyTree,
    pub counts: HashMap<i32, i64>,
    pub datasets: DatasetPage,
    /// How the agency (with its sub-agencies) answers access requests.
    pub sharing: crate::storage::access_requests::SharingRecord,
}

pub fn page(chrome: &Chrome, data: &AgencyData) -> Markup {
    let lang = chrome.lang;
    let a = &data.agency;
    let tree = &data.tree;
    let mut trail = vec![(
        "/agencies".to_string(),
        lang.pick("Cơ quan", "Agencies").to_string(),
    )];
    for up in tree.ancestors(a.id).iter().rev().skip(1).rev() {
        trail.push((format!("/agencies/{}", up.code), up.name(lang).to_string()));
    }
    let children: Vec<&Agency> = tree.children_of(Some(a.id)).collect();
    let all_url = format!("/datasets?agency={}", a.code);
    let other_name = match lang {
        Lang::Vi => &a.name_en,
        Lang::En => &a.name_vi,
    };
    let body = html! {
        (breadcrumbs(lang, &trail, a.name(lang)))
        h1 { (a.name(lang)) }
        p class="meta" {
            @if let Some(k) = a.kind() { span class="badge" { (k.label(lang)) } }
            @if !other_name.is_empty() { " " span lang=(match lang { Lang::Vi => "en", Lang::En => "vi" }) { (other_name) } }
            " · " (lang.pick("Mã: ", "Code: ")) code { (a.code) }
        }
        @if !children.is_empty() {
            section aria-labelledby="units" {
                h2 id="units" { (lang.pick("Đơn vị trực thuộc", "Subordinate units")) " " span class="count" { (children.len()) } }
                ul class="columns" {
                    @for c in &children {
                        li {
                            a href={ "/agencies/" (c.code) } { (c.name(lang)) }
                            " " span class="count" { (number(lang, data.counts.get(&c.id).copied().unwrap_or(0))) }
                        }
                    }
                }
            }
        }
        section aria-labelledby="datasets" {
            h2 id="datasets" {
                (lang.pick("Dữ liệu", "Datasets")) " " span class="count" { (number(lang, data.datasets.total)) }
            }
            p class="small" { (lang.pick(
                "Gồm dữ liệu mà cơ quan này hoặc đơn vị trực thuộc là chủ sở hữu hay chủ quản.",
                "Datasets this agency or one of its units owns or has custody of."
            )) }
            @if data.datasets.items.is_empty() {
                p class="empty" { (lang.pick("Cơ quan này chưa công bố bộ dữ liệu nào.", "This agency has not published any dataset yet.")) }
            } @else {
                ol class="dataset-list" {
                    @for item in &data.datasets.items { (dataset_item(lang, item, tree)) }
                }
                @if data.datasets.total > data.datasets.items.len() as i64 {
                    p { a href=(all_url) class="button" { (lang.pick("Xem tất cả ", "See all ")) (number(lang, data.datasets.total)) (lang.pick(" bộ dữ liệu, có bộ lọc", " datasets, with filters")) } }
                }
            }
        }
        (super::access_requests::sharing_record(lang, &data.sharing))
    };
    layout::page(
        chrome,
        a.name(lang),
        Section::Agencies,
        &format!("/agencies/{}", a.code),
        body,
    )
}
