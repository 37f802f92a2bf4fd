//! `/datasets/{identifier}/history`: every change to a dataset, newest first — who, when, through
//! which channel (form, import, API) and what changed, field by field.

use maud::{html, Markup};

use super::dataset_form::diff_table;
use super::layout::{self, Section};
use super::partials::breadcrumbs;
use crate::storage::history::Entry;
use crate::storage::models::DatasetDetail;
use crate::web::ctx::Chrome;

pub fn page(chrome: &Chrome, detail: &DatasetDetail, entries: &[Entry]) -> Markup {
    let lang = chrome.lang;
    let d = &detail.dataset;
    let here = format!("/datasets/{}/history", d.identifier);
    let title = lang.pick("Lịch sử thay đổi", "Change history");
    let trail = vec![
        ("/datasets".to_string(), lang.pick("Dữ liệu", "Datasets").to_string()),
        (format!("/datasets/{}", d.identifier), d.title.clone()),
    ];
    let channel = |c: &str| -> String {
        match c {
            "form" => lang.pick("biểu mẫu", "form").to_string(),
            "import" => lang.pick("nhập tệp", "import").to_string(),
            "api" => "API".to_string(),
            other => other.to_string(),
        }
    };
    let body = html! {
        (breadcrumbs(lang, &trail, title))
        h1 { (title) ": " (d.title) }
        @if entries.is_empty() {
            p { (lang.pick(
                "Chưa có thay đổi nào được ghi lại từ khi danh mục bắt đầu lưu lịch sử (bộ dữ liệu được nạp từ danh mục ban đầu).",
                "No change recorded since the catalog started keeping history (the dataset came with the initial inventory).")) }
        }
        ol class="history" reversed {
            @for e in entries {
                li {
                    h2 class="h3" {
                        (lang.pick("Phiên bản ", "Revision ")) (e.revision) " · "
                        time datetime=(e.at.format("%Y-%m-%dT%H:%M:%SZ")) { (e.at.format("%d/%m/%Y %H:%M")) " UTC" }
                    }
                    p class="meta" { (e.actor_label) " · " (lang.pick("qua ", "via ")) (channel(&e.channel)) }
                    @if e.diff.is_empty() {
                        p { (lang.pick("(không có chi tiết)", "(no details)")) }
                    } @else {
                        (diff_table(lang, &e.diff))
                    }
                }
            }
        }
    };
    layout::page(chrome, title, Section::Datasets, &here, body)
}
