//! Rows to records: the validation rules of each kind of inventory file (docs/inventory-format.md).
//! A function here sees one row and what the catalog knows (which agency codes exist); it returns
//! the record to write, or `None` after recording why the row is rejected. Cross-row rules
//! (duplicates, consecutive rows of one dataset, authorization) live in the engine.

use chrono::{NaiveDate, Utc};

use super::rows::{codes, Row};
use crate::domain::{
    AgencyKind, Audience, Channel, FieldType, Importance, PersonalData, SharingScope, Status,
    Theme, UpdateFrequency,
};
use crate::storage::models::*;

/// An agency row, before its parent code is resolved to an id.
pub struct AgencyRow {
    pub code: String,
    pub name_vi: String,
    pub name_en: String,
    pub kind: AgencyKind,
    pub parent: Option<String>,
}

/// A dataset row, before its agency codes are resolved to ids.
#[derive(Debug, Clone)]
pub struct DatasetRow {
    pub dataset: NewDataset,
    pub owner: String,
    pub custodian: Option<String>,
    pub themes: Vec<String>,
    /// The `modified` date as the file gives it (the fingerprint uses it, not the default).
    pub modified_given: Option<NaiveDate>,
}

fn is_code(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 100
        && value.chars().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_' || c == '.'
        })
}

/// The `personal_data` cell of a dataset or a column (default: none).
fn personal_data_cell(row: &mut Row) -> PersonalData {
    row.choice(
        "personal_data",
        PersonalData::None,
        PersonalData::parse,
        || {
            codes(
                PersonalData::ALL,
                PersonalData::code,
                PersonalData::label_vi,
            )
        },
    )
}

/// snake_case ASCII: `^[a-z][a-z0-9]*(_[a-z0-9]+)*$`.
fn is_column_name(value: &str) -> bool {
    value.starts_with(|c: char| c.is_ascii_lowercase())
        && value.split('_').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

pub fn code_cell(row: &mut Row, column: &str) -> Option<String> {
    let value = row.required(column)?;
    if is_code(&value) {
        Some(value)
    } else {
        row.problem(
            column,
            format!("Mã «{value}» chỉ được gồm chữ thường không dấu, chữ số và dấu - _ . (tối đa 100 ký tự)."),
            format!("The code “{value}” may only contain lowercase ASCII letters, digits and - _ . (at most 100)."),
        );
        None
    }
}

fn agency_ref(row: &mut Row, column: &str, agencies: &dyn Fn(&str) -> bool) -> Option<String> {
    let value = row.text(column);
    if value.is_empty() {
        return None;
    }
    if agencies(&value) {
        Some(value)
    } else {
        row.problem(
            column,
            format!(
                "Không có cơ quan mã «{value}» trong danh mục hoặc trong tệp cơ quan được nhập."
            ),
            format!(
                "No agency with code “{value}” in the catalog or in the imported agencies file."
            ),
        );
        None
    }
}

pub fn agency_row(row: &mut Row, known: &dyn Fn(&str) -> bool) -> Option<AgencyRow> {
    let code = code_cell(row, "code");
    let name_vi = row.required("name_vi");
    let name_vi = name_vi.map(|n| row.limited("name_vi", n, 300));
    let name_en = row.text("name_en");
    let name_en = row.limited("name_en", name_en, 300);
    let kind = row.choice("kind", AgencyKind::Department, AgencyKind::parse, || {
        codes(AgencyKind::ALL, AgencyKind::code, AgencyKind::label_vi)
    });
    let parent = agency_ref(row, "parent", known);
    let raw_parent = row.text("parent");
    if !raw_parent.is_empty() && parent.is_none() {
        return None;
    }
    Some(AgencyRow {
        code: code?,
        name_vi: name_vi?,
        name_en,
        kind,
        parent,
    })
}

pub fn dataset_row(row: &mut Row, agencies: &dyn Fn(&str) -> bool) -> Option<DatasetRow> {
    let identifier = code_cell(row, "identifier");
    let title = row.required("title").map(|t| row.limited("title", t, 500));
    let description = row.long_text("description");
    let description = row.limited("description", description, 20_000);
    let owner_raw = row.required("owner");
    let owner = owner_raw
        .as_ref()
        .and_then(|_| agency_ref(row, "owner", agencies));
    let custodian_raw = row.text("custodian");
    let custodian = agency_ref(row, "custodian", agencies);
    let mut themes = Vec::new();
    for raw in crate::storage::models::split_list(&row.text("themes")) {
        match Theme::parse(raw) {
            Some(t) if !themes.contains(&t.code().to_string()) => themes.push(t.code().to_string()),
            Some(_) => {}
            None => {
                let list = codes(Theme::ALL, Theme::code, Theme::label_vi).join(", ");
                row.problem(
                    "themes",
                    format!("Chủ đề «{raw}» không có trong danh mục chủ đề: {list}."),
                    format!("“{raw}” is not a catalog theme: {list}."),
                );
            }
        }
    }
    let mut channels = Vec::new();
    for raw in crate::storage::models::split_list(&row.text("channels")) {
        match Channel::parse(raw) {
            Some(c) => channels.push(c.code()),
            None => {
                let list = codes(Channel::ALL, Channel::code, Channel::label_vi).join(", ");
                row.problem(
                    "channels",
                    format!("Kênh chia sẻ «{raw}» không hợp lệ. Giá trị được chấp nhận: {list}."),
                    format!("“{raw}” is not a sharing channel. Accepted values: {list}."),
                );
            }
        }
    }
    let sharing_scope = row.choice(
        "sharing_scope",
        SharingScope::Internal,
        SharingScope::parse,
        || {
            codes(
                SharingScope::ALL,
                SharingScope::code,
                SharingScope::label_vi,
            )
        },
    );
    let importance = row.choice("importance", Importance::Other, Importance::parse, || {
        codes(Importance::ALL, Importance::code, Importance::label_vi)
    });
    let personal_data = personal_data_cell(row);
    let legal_basis = row.text("legal_basis");
    if personal_data != PersonalData::None && legal_basis.is_empty() {
        row.problem(
            "legal_basis",
            "Dữ liệu có dữ liệu cá nhân phải ghi căn cứ pháp lý xử lý (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15).".into(),
            "A dataset holding personal data must state the legal basis for processing it (Law 91/2025/QH15).".into(),
        );
    }
    let update_frequency = row.text("update_frequency");
    let update_frequency = if update_frequency.is_empty() {
        String::new()
    } else {
        row.choice(
            "update_frequency",
            UpdateFrequency::Irregular,
            UpdateFrequency::parse,
            || {
                codes(
                    UpdateFrequency::ALL,
                    UpdateFrequency::code,
                    UpdateFrequency::label_vi,
                )
            },
        )
        .code()
        .to_string()
    };
    let status = row.choice("status", Status::Published, Status::parse, || {
        codes(Status::ALL, Status::code, Status::label_vi)
    });
    let temporal_start = row.date("temporal_start");
    let temporal_end = row.date("temporal_end");
    let issued = row.date("issued");
    let modified = row.date("modified");
    let contact_email = row.text("contact_email");
    if !contact_email.is_empty() && !looks_like_email(&contact_email) {
        row.problem(
            "contact_email",
            format!("«{contact_email}» không phải là địa chỉ thư điện tử hợp lệ."),
            format!("“{contact_email}” is not a valid e-mail address."),
        );
    }
    if let (Some(start), Some(end)) = (temporal_start, temporal_end) {
        if end < start {
            row.problem(
                "temporal_end",
                format!("Thời gian kết thúc {end} trước thời gian bắt đầu {start}."),
                format!("The end of the period, {end}, is before its start, {start}."),
            );
        }
    }
    if let (Some(issued), Some(modified)) = (issued, modified) {
        if modified < issued {
            row.problem(
                "modified",
                format!("Ngày cập nhật {modified} trước ngày công bố {issued}."),
                format!("The modification date {modified} is before the issue date {issued}."),
            );
        }
    }
    let now = Utc::now().naive_utc();
    let title = title?;
    if owner.is_none() || (!custodian_raw.is_empty() && custodian.is_none()) {
        return None;
    }
    let dataset = NewDataset {
        identifier: identifier?,
        // Computed by the engine only for rows it writes: unchanged rows of a re-import skip it.
        title_sort: Vec::new(),
        title,
        description,
        keywords: crate::storage::models::split_list(&row.text("keywords"))
            .collect::<Vec<_>>()
            .join(";"),
        owner_id: 0,
        custodian_id: None,
        contact_name: row.text("contact_name"),
        contact_email,
        contact_phone: row.text("contact_phone"),
        sharing_scope: sharing_scope.code().into(),
        importance: importance.code().into(),
        personal_data: personal_data.code().into(),
        legal_basis,
        channels: channels.join(";"),
        licence: row.text("licence"),
        update_frequency,
        temporal_start,
        temporal_end,
        spatial: crate::storage::models::split_list(&row.text("spatial"))
            .collect::<Vec<_>>()
            .join(";"),
        issued,
        // "Recently updated" needs a date: one never given is the date of publication or of the import.
        // "Recently updated" needs a date: one never given is the date of publication or of the import.
        modified: modified.or(issued).or(Some(now.date())),
        status: status.code().into(),
        created_at: now,
        updated_at: now,
        content_hash: 0,
    };
    Some(DatasetRow {
        dataset,
        owner: owner?,
        custodian,
        themes,
        modified_given: modified,
    })
}

fn looks_like_email(value: &str) -> bool {
    let mut parts = value.split('@');
    matches!((parts.next(), parts.next(), parts.next()), (Some(l), Some(d), None)
        if !l.is_empty() && d.contains('.') && !d.starts_with('.') && !d.ends_with('.') && !value.contains(char::is_whitespace))
}

/// A column of a dataset's schema; its ordinal is set when the dataset's list is complete.
pub fn field_row(row: &mut Row) -> Option<NewSchemaField> {
    let name = row.required("name").map(|n| row.limited("name", n, 200));
    if let Some(n) = &name {
        if !is_column_name(n) {
            row.problem(
                "name",
                format!("Tên trường «{n}» phải viết thường không dấu, nối bằng dấu gạch dưới (ví dụ so_dinh_danh)."),
                format!("The column name “{n}” must be lowercase ASCII words joined by underscores (e.g. so_dinh_danh)."),
            );
        }
    }
    let field_type = row.choice("type", FieldType::String, FieldType::parse, || {
        codes(FieldType::ALL, FieldType::code, FieldType::label_vi)
    });
    let personal_data = personal_data_cell(row);
    let required = row.boolean("required");
    let is_key = row.boolean("key");
    let name = name?;
    Some(NewSchemaField {
        dataset_id: 0,
        ordinal: 0,
        name,
        title: row.text("title"),
        field_type: field_type.code().into(),
        unit: row.text("unit"),
        required,
        is_key,
        personal_data: personal_data.code().into(),
        description: row.long_text("description"),
        example: row.text("example"),
    })
}

/// A distribution of a dataset; its ordinal is set when the dataset's list is complete.
pub fn distribution_row(row: &mut Row) -> Option<NewDistribution> {
    let errors_before = row.problems.len();
    let url = row.text("url");
    if !url.is_empty() && !(url.starts_with("https://") || url.starts_with("http://")) {
        row.problem(
            "url",
            format!("Đường dẫn «{url}» phải bắt đầu bằng https:// hoặc http://."),
            format!("The URL “{url}” must start with https:// or http://."),
        );
    }
    let byte_size_raw = row.text("byte_size");
    let byte_size = if byte_size_raw.is_empty() {
        None
    } else {
        match byte_size_raw.replace(['.', ',', ' '], "").parse::<i64>() {
            Ok(n) if n >= 0 => Some(n),
            _ => {
                row.problem(
                    "byte_size",
                    format!("Kích thước «{byte_size_raw}» phải là số byte (số nguyên không âm)."),
                    format!("The size “{byte_size_raw}” must be a number of bytes (a non-negative integer)."),
                );
                None
            }
        }
    };
    let channel_raw = row.text("channel");
    let channel = if channel_raw.is_empty() {
        String::new()
    } else {
        row.choice("channel", Channel::Download, Channel::parse, || {
            codes(Channel::ALL, Channel::code, Channel::label_vi)
        })
        .code()
        .to_string()
    };
    let title = row.text("title");
    if url.is_empty() && title.is_empty() {
        row.problem(
            "url",
            "Bản phân phối cần có đường dẫn hoặc tên.".into(),
            "A distribution needs a URL or a title.".into(),
        );
    }
    if row.problems.len() > errors_before {
        return None;
    }
    Some(NewDistribution {
        dataset_id: 0,
        ordinal: 0,
        title,
        format: row.text("format").to_uppercase(),
        media_type: row.text("media_type"),
        url,
        byte_size,
        channel,
    })
}

/// The access rule a dataset gets from its sharing scope until a steward writes its own
/// (Decree 47/2020 as amended by Decree 194/2025: shared data by default, 2 working days).
/// Shared data holding sensitive personal data is shared on specific request (each request
/// approved by the owner) rather than by default.
pub fn default_access_rule(scope: &str, personal_data: &str) -> NewAccessRule {
    let (audience, default_sharing, conditions, legal_basis) = match SharingScope::from_code(scope)
    {
        Some(SharingScope::Open) => (
            Audience::Public,
            false,
            "",
            "Luật Dữ liệu 60/2024/QH15, Điều 13",
        ),
        Some(SharingScope::Shared) => (
            Audience::StateAgencies,
            personal_data != crate::domain::PersonalData::Sensitive.code(),
            "",
            "Nghị định 47/2020/NĐ-CP, sửa đổi bởi Nghị định 194/2025/NĐ-CP",
        ),
        _ => (
            Audience::OwnerAgency,
            false,
            "",
            "Luật Dữ liệu 60/2024/QH15, Điều 13",
        ),
    };
    NewAccessRule {
        dataset_id: 0,
        ordinal: 1,
        audience: audience.code().into(),
        default_sharing,
        conditions: conditions.into(),
        legal_basis: legal_basis.into(),
        approving_agency_id: None,
        response_days: 2,
    }
}
