//! `/`: totals, browse by theme, by sharing scope and by agency, recently updated datasets.

use maud::{html, Markup};

use super::layout::{self, Section};
use super::partials::{bar_chart, date, number};
use crate::domain::{AgencyKind, Lang, SharingScope, Theme};
use crate::storage::agencies::AgencyTree;
use crate::storage::datasets::CatalogTotals;
use crate::storage::listing::Facets;
use crate::storage::models::Dataset;
use crate::web::ctx::Chrome;

pub struct HomeData {
    pub totals: CatalogTotals,
    pub tree: AgencyTree,
    pub facets: Facets,
    pub recent: Vec<Dataset>,
}

pub fn page(chrome: &Chrome, data: &HomeData) -> Markup {
    let lang = chrome.lang;
    let mut themes: Vec<(Theme, i64)> = data.facets.themes.iter().map(|(t, n)| (*t, *n)).collect();
    themes.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let theme_bars: Vec<(String, i64, String)> = themes
        .iter()
        .map(|(t, n)| {
            (
                t.label(lang).to_string(),
                *n,
                format!("/datasets?theme={}", t.code()),
            )
        })
        .collect();
    let scope_bars: Vec<(String, i64, String)> = SharingScope::ALL
        .iter()
        .map(|s| {
            let n = data.facets.sharing_scope.get(s).copied().unwrap_or(0);
            (
                s.label(lang).to_string(),
                n,
                format!("/datasets?scope={}", s.code()),
            )
        })
        .collect();
    let rolled = &data.facets.agencies;
    let mut central: Vec<(&str, &str, i64)> = Vec::new();
    let mut local: Vec<(&str, &str, i64)> = Vec::new();
    for a in data.tree.roots() {
        let n = rolled.get(&a.id).copied().unwrap_or(0);
        match a.kind() {
            Some(AgencyKind::City | AgencyKind::Province) => local.push((&a.code, a.name(lang), n)),
            _ => central.push((&a.code, a.name(lang), n)),
        }
    }
    for list in [&mut central, &mut local] {
        list.sort_by(|a, b| b.2.cmp(&a.2));
        list.truncate(10);
    }
    let body = html! {
        section class="hero" {
            h1 { (lang.pick("Danh mục dữ liệu quốc gia", "National Data Catalog")) }
            p class="lead" { (lang.pick(
                "Các bộ, ngành và địa phương công bố ở đây những dữ liệu mình nắm giữ, ai là chủ sở hữu, gồm những trường nào và được chia sẻ theo điều kiện nào.",
                "Ministries, agencies and provinces publish here which datasets they hold, who owns them, which columns they contain and on what terms they are shared."
            )) }
            dl class="totals" {
                div { dt { (lang.pick("Bộ dữ liệu", "Datasets")) } dd { a href="/datasets" { (number(lang, data.totals.datasets)) } } }
                div { dt { (lang.pick("Cơ quan", "Agencies")) } dd { a href="/agencies" { (number(lang, data.totals.agencies)) } } }
                div { dt { (lang.pick("Trường dữ liệu được mô tả", "Described columns")) } dd { (number(lang, data.totals.fields)) } }
            }
        }
        div class="grid-2" {
            section aria-labelledby="by-theme" {
                h2 id="by-theme" { (lang.pick("Theo chủ đề", "By theme")) }
                (bar_chart(lang.pick("Số bộ dữ liệu theo chủ đề", "Datasets by theme"), "chart-theme", &theme_bars))
            }
            section aria-labelledby="by-scope" {
                h2 id="by-scope" { (lang.pick("Theo phạm vi chia sẻ", "By sharing scope")) }
                (bar_chart(lang.pick("Số bộ dữ liệu theo phạm vi chia sẻ (Luật Dữ liệu, Điều 13)", "Datasets by sharing scope (Data Law, Art. 13)"), "chart-scope", &scope_bars))
                h2 id="recent" { (lang.pick("Mới cập nhật", "Recently updated")) }
                ul class="recent" {
                    @for d in &data.recent {
                        li {
                            a href={ "/datasets/" (d.identifier) } { (d.title) }
                            @if let Some(m) = d.modified { " " span class="small" { (date(lang, m)) } }
                        }
                    }
                }
            }
        }
        div class="grid-2" {
            (agency_block(lang, lang.pick("Bộ, ngành trung ương", "Central government"), "by-central", &central))
            (agency_block(lang, lang.pick("Tỉnh, thành phố", "Provinces and cities"), "by-local", &local))
        }
    };
    layout::page(
        chrome,
        lang.pick("Trang chủ", "Home"),
        Section::Home,
        "/",
        body,
    )
}

fn agency_block(lang: Lang, title: &str, id: &str, rows: &[(&str, &str, i64)]) -> Markup {
    html! {
        section aria-labelledby=(id) {
            h2 id=(id) { (title) }
            ol class="ranked" {
                @for (code, name, n) in rows {
                    li { a href={ "/agencies/" (code) } { (name) } " " span class="count" { (number(lang, *n)) } }
                }
            }
            p { a href="/agencies" { (lang.pick("Tất cả cơ quan →", "All agencies →")) } }
        }
    }
}
