//! The page shell shared by every page: landmarks, skip link, header with navigation and language
//! switch, footer.

use maud::{html, Markup, DOCTYPE};

use crate::domain::{Lang, UserRole};
use crate::web::ctx::Chrome;

/// Which navigation entry is the current section.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Home,
    Datasets,
    Agencies,
    None,
}

/// A whole page. `here` is this page's local URL, so the language switch can come back to it.
pub fn page(chrome: &Chrome, title: &str, section: Section, here: &str, body: Markup) -> Markup {
    page_with_query(chrome, title, section, here, "", body)
}

/// A whole page whose search box shows `q` (the search results page).
pub fn page_with_query(
    chrome: &Chrome,
    title: &str,
    section: Section,
    here: &str,
    q: &str,
    body: Markup,
) -> Markup {
    let lang = chrome.lang;
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
                        (account_area(chrome, here))
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

/// Log in, or who is logged in with their links and a log-out button (a POST form: logging out is a
/// change, so it carries the CSRF token like every other).
fn account_area(chrome: &Chrome, here: &str) -> Markup {
    let lang = chrome.lang;
    let Some(account) = &chrome.account else {
        let login = format!(
            "/login?next={}",
            form_urlencoded::byte_serialize(here.as_bytes()).collect::<String>()
        );
        return html! {
            a class="account-link" href=(login) { (lang.pick("Đăng nhập", "Log in")) }
        };
    };
    html! {
        nav class="account" aria-label=(lang.pick("Tài khoản", "Account")) {
            ul class="nav" {
                @if account.role != UserRole::Official {
                    li { a href="/datasets/new" { (lang.pick("Đăng ký dữ liệu", "Register a dataset")) } }
                    li { a href="/imports/new" { (lang.pick("Nhập tệp", "Import files")) } }
                }
                li { a href="/access-requests" { (lang.pick("Yêu cầu truy cập", "Access requests")) } }
                @if account.role == UserRole::Admin {
                    li { a href="/admin/users" { (lang.pick("Quản trị", "Administration")) } }
                }
                li { a href="/account" title=(account.email) { (account.label()) } }
                li {
                    form method="post" action="/logout" class="inline-form" {
                        input type="hidden" name="csrf" value=(chrome.csrf);
                        button type="submit" class="link-button" { (lang.pick("Đăng xuất", "Log out")) }
                    }
                }
            }
        }
    }
}
