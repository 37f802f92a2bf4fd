//! The page shell shared by every page: landmarks, skip link, header with navigation and language
//! switch, footer.

use maud::{html, Markup, DOCTYPE};

use crate::domain::Lang;

/// Which navigation entry is the current section.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Home,
    Datasets,
    Agencies,
    None,
}

/// A whole page. `here` is this page's local URL, so the language switch can come back to it.
pub fn page(lang: Lang, title: &str, section: Section, here: &str, body: Markup) -> Markup {
    page_with_query(lang, title, section, here, "", body)
}

/// A whole page whose search box shows `q` (the search results page).
pub fn page_with_query(
    lang: Lang,
    title: &str,
    section: Section,
    here: &str,
    q: &str,
    body: Markup,
) -> Markup {
    let site = lang.pick("Danh mục dữ liệu quốc gia", "National Data Catalog");
    let nav = [
        (Section::Home, "/", lang.pick("Trang chủ", "Home")),
        (
            Section::Datasets,
            "/datasets",
            lang.pick("Dữ liệu", "Datasets"),
        ),
        (
            Section::Agencies,
            "/agencies",
            lang.pick("Cơ quan", "Agencies"),
        ),
    ];
    let other = match lang {
        Lang::Vi => Lang::En,
        Lang::En => Lang::Vi,
    };
    let switch_url = format!(
        "/lang?to={}&next={}",
        other.code(),
        form_urlencoded::byte_serialize(here.as_bytes()).collect::<String>()
    );
    html! {
        (DOCTYPE)
        html lang=(lang.code()) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · " (site) }
                link rel="stylesheet" href="/assets/style.css";
                link rel="icon" href="/assets/logo.svg" type="image/svg+xml";
            }
            body {
                a class="skip-link" href="#main" { (lang.pick("Chuyển đến nội dung chính", "Skip to main content")) }
                header class="site-header" {
                    div class="wrap header-row" {
                        a class="brand" href="/" {
                            img src="/assets/logo.svg" alt="" width="32" height="32";
                            span { (site) }
                        }
                        nav aria-label=(lang.pick("Điều hướng chính", "Main navigation")) {
                            ul class="nav" {
                                @for (s, href, label) in nav {
                                    li {
                                        @if s == section {
                                            a href=(href) aria-current="page" { (label) }
                                        } @else {
                                            a href=(href) { (label) }
                                        }
                                    }
                                }
                            }
                        }
                        form class="search-box" role="search" method="get" action="/datasets" {
                            label for="site-q" class="visually-hidden" { (lang.pick("Tìm dữ liệu", "Search datasets")) }
                            input id="site-q" type="search" name="q" value=(q) maxlength="1000"
                                placeholder=(lang.pick("Tìm dữ liệu, cơ quan, tên cột…", "Search datasets, agencies, columns…"));
                            button type="submit" { (lang.pick("Tìm", "Search")) }
                        }
                        a class="lang-switch" href=(switch_url) lang=(other.code()) hreflang=(other.code()) {
                            @match other { Lang::En => "English", Lang::Vi => "Tiếng Việt" }
                        }
                    }
                }
                main id="main" class="wrap" tabindex="-1" { (body) }
                footer class="site-footer" {
                    div class="wrap" {
                        p { (lang.pick(
                            "Danh mục dữ liệu của các cơ quan nhà nước theo Luật Dữ liệu 60/2024/QH15 và Nghị định 47/2020/NĐ-CP (sửa đổi bởi Nghị định 194/2025/NĐ-CP).",
                            "Data held by Vietnamese state agencies, catalogued under Data Law 60/2024/QH15 and Decree 47/2020/NĐ-CP (as amended by Decree 194/2025/NĐ-CP)."
                        )) }
                        p {
                            (lang.pick("Mẫu tệp danh mục (CSV): ", "Inventory templates (CSV): "))
                            a href="/inventory/templates/datasets.csv" { (lang.pick("dữ liệu", "datasets")) } ", "
                            a href="/inventory/templates/fields.csv" { (lang.pick("trường dữ liệu", "fields")) } ", "
                            a href="/inventory/templates/distributions.csv" { (lang.pick("bản phân phối", "distributions")) } ", "
                            a href="/inventory/templates/agencies.csv" { (lang.pick("cơ quan", "agencies")) }
                        }
                    }
                }
            }
        }
    }
}
