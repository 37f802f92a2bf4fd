//! `/datasets/{identifier}/history`: every change to a dataset, newest first — who, when, through
//! which channel (form, import, API) and what changed, field by field.

use maud::{html, Markup};

use super::dataset_form::diff_table;
use super::layout::{self, Section};
use super::partials::breadcrumbs;
use crate::storage::history::{Entry, FieldChange};
use crate::storage::models::DatasetDetail;
use crate::web::ctx::Chrome;

pub fn page(chrome: &Chrome, detail: &DatasetDetail, entries: &[Entry]) -> Markup {
    let lang = chrome.lang;
    let d = &detail.dataset;
    let here = format!("/datasets/{}/history", d.identifier);
    let title = lang.pick("Lịch sử thay đổi", "Change history");
    let trail = vec![
        (
            "/datasets".to_string(),
            lang.pick("Dữ liệu", "Datasets").to_string(),
        ),
        (format!("/datasets/{}", d.identifier), d.title.clone()),
    ];
    let channel = |c: &str| -> String {
        match c {
            "form" => lang.pick("biểu mẫu", "form").to_string(),
            "import" => lang.pick("nhập tệp", "import").to_string(),
            "api" => "API".to_string(),
            "access_request" => lang.pick("yêu cầu truy cập", "access request").to_string(),
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
        ul class="history" {
            @for e in entries {
                li {
                    h2 class="h3" {
                        (lang.pick("Phiên bản ", "Revision ")) (e.revision) " · "
                        time datetime=(e.at.format("%Y-%m-%dT%H:%M:%SZ")) { (vietnam_time(e.at)) }
                    }
                    p class="meta" { (e.actor_label) " · " (lang.pick("qua ", "via ")) (channel(&e.channel)) }
                    @if e.diff.is_empty() {
                        p { (lang.pick("(không có chi tiết)", "(no details)")) }
                    } @else {
                        (diff_table(lang, &labelled(lang, &e.diff)))
                    }
                }
            }
        }
    };
    layout::page(chrome, title, Section::Datasets, &here, body)
}

/// Times as Vietnam reads them (UTC+7, no daylight saving).
pub fn vietnam_time(at: chrono::NaiveDateTime) -> String {
    (at + chrono::Duration::hours(7))
        .format("%d/%m/%Y %H:%M")
        .to_string()
}

/// The diff with field keys as the form names them (`fields[2].name` → "Trường 2 · Tên trường").
pub fn labelled(lang: crate::domain::Lang, diff: &[FieldChange]) -> Vec<FieldChange> {
    diff.iter()
        .map(|c| FieldChange {
            field: field_label(lang, &c.field),
            before: value_label(lang, &c.field, &c.before),
            after: value_label(lang, &c.field, &c.after),
        })
        .collect()
}

/// Codes as the form shows them (`shared` → "Dùng chung", `true` → "Có"); other values as stored.
fn value_label(lang: crate::domain::Lang, key: &str, value: &str) -> String {
    use crate::domain::{
        Channel, FieldType, Importance, PersonalData, SharingScope, Status, Theme, UpdateFrequency,
    };
    if value.is_empty() {
        return String::new();
    }
    let prop = key.rsplit('.').next().unwrap_or(key);
    let list = |label: &dyn Fn(&str) -> Option<&'static str>| {
        crate::storage::models::split_list(value)
            .map(|v| label(v).unwrap_or(v).to_string())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let one = |label: Option<&'static str>| {
        label
            .map(str::to_string)
            .unwrap_or_else(|| value.to_string())
    };
    match prop {
        "sharing_scope" => one(SharingScope::from_code(value).map(|v| v.label(lang))),
        "importance" => one(Importance::from_code(value).map(|v| v.label(lang))),
        "personal_data" => one(PersonalData::from_code(value).map(|v| v.label(lang))),
        "status" => one(Status::from_code(value).map(|v| v.label(lang))),
        "update_frequency" => one(UpdateFrequency::from_code(value).map(|v| v.label(lang))),
        "type" => one(FieldType::from_code(value).map(|v| v.label(lang))),
        "channel" => one(Channel::from_code(value).map(|v| v.label(lang))),
        "channels" => list(&|v| Channel::from_code(v).map(|c| c.label(lang))),
        "themes" => list(&|v| Theme::from_code(v).map(|t| t.label(lang))),
        "required" | "key" => match value {
            "true" => lang.pick("Có", "Yes").to_string(),
            "false" => lang.pick("Không", "No").to_string(),
            other => other.to_string(),
        },
        _ => value.to_string(),
    }
}

fn field_label(lang: crate::domain::Lang, key: &str) -> String {
    let plain = |k: &str| -> Option<&'static str> {
        Some(match k {
            "identifier" => lang.pick("Mã định danh", "Identifier"),
            "title" => lang.pick("Tên / tiêu đề", "Title"),
            "description" => lang.pick("Mô tả", "Description"),
            "owner" => lang.pick("Chủ sở hữu", "Owner"),
            "custodian" => lang.pick("Cơ quan quản lý, vận hành", "Custodian"),
            "themes" => lang.pick("Lĩnh vực", "Themes"),
            "keywords" => lang.pick("Từ khoá", "Keywords"),
            "sharing_scope" => lang.pick("Phạm vi chia sẻ", "Sharing scope"),
            "importance" => lang.pick("Mức độ quan trọng", "Importance"),
            "personal_data" => lang.pick("Dữ liệu cá nhân", "Personal data"),
            "legal_basis" => lang.pick("Căn cứ pháp lý", "Legal basis"),
            "channels" => lang.pick("Kênh chia sẻ", "Channels"),
            "licence" => lang.pick("Giấy phép", "Licence"),
            "update_frequency" => lang.pick("Tần suất cập nhật", "Update frequency"),
            "temporal_start" => lang.pick("Dữ liệu từ ngày", "Covers from"),
            "temporal_end" => lang.pick("Đến ngày", "Until"),
            "spatial" => lang.pick("Phạm vi địa lý", "Spatial coverage"),
            "contact_name" => lang.pick("Đầu mối liên hệ", "Contact"),
            "contact_email" => lang.pick("Thư điện tử liên hệ", "Contact email"),
            "contact_phone" => lang.pick("Điện thoại liên hệ", "Contact phone"),
            "issued" => lang.pick("Ngày ban hành", "Issued"),
            "modified" => lang.pick("Ngày cập nhật", "Modified"),
            "status" => lang.pick("Trạng thái", "Status"),
            "conditions" => lang.pick("Điều kiện khai thác", "Conditions of access"),
            "response_days" => lang.pick(
                "Thời hạn trả lời yêu cầu (ngày làm việc)",
                "Time to answer a request (working days)",
            ),
            "sharing_form" => lang.pick("Hình thức chia sẻ", "Form of sharing"),
            "approving_agency" => {
                lang.pick("Cơ quan phê duyệt yêu cầu", "Agency approving requests")
            }
            "name" => lang.pick("Tên trường", "Column name"),
            "type" => lang.pick("Kiểu", "Type"),
            "unit" => lang.pick("Đơn vị", "Unit"),
            "required" => lang.pick("Bắt buộc", "Required"),
            "key" => lang.pick("Khoá", "Key"),
            "example" => lang.pick("Ví dụ", "Example"),
            "format" => lang.pick("Định dạng", "Format"),
            "media_type" => lang.pick("Kiểu MIME", "Media type"),
            "url" => lang.pick("Đường dẫn", "URL"),
            "byte_size" => lang.pick("Dung lượng", "Size"),
            "channel" => lang.pick("Kênh", "Channel"),
            "fields" => lang.pick("Danh sách trường", "Columns"),
            "distributions" => lang.pick("Bản phân phối", "Distributions"),
            "dataset" => lang.pick("Thông tin bộ dữ liệu", "Dataset record"),
            "*" => lang.pick("Toàn bộ", "Everything"),
            "access_request" => lang.pick("Yêu cầu truy cập", "Access request"),
            _ => return None,
        })
    };
    if let Some(l) = plain(key) {
        return l.to_string();
    }
    // fields[2].name, distributions[1].url
    if let Some((list, rest)) = key.split_once('[') {
        if let Some((n, prop)) = rest.split_once("].") {
            let list = match list {
                "fields" => lang.pick("Trường", "Column"),
                _ => lang.pick("Bản phân phối", "Distribution"),
            };
            return format!("{list} {n} · {}", plain(prop).unwrap_or(prop));
        }
    }
    key.to_string()
}
