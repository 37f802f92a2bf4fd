//! Rows to records. Every cell is NFC-normalised; every problem is kept with its file, line and column,
//! in Vietnamese and English, so an agency can fix row 4,812 without guessing.

use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, Utc};

use super::header::{recognise, FileKind, Header};
use super::ImportSummary;
use crate::domain::{
    AgencyKind, Audience, Channel, FieldType, Importance, PersonalData, SharingScope, Status,
    Theme, UpdateFrequency,
};
use crate::storage::models::*;
use crate::storage::write::{self, DatasetRecord};
use crate::storage::{DbConn, StorageError};
use crate::text::{fold, normalize, normalize_line, sort_key};

/// One problem found in an inventory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// 1-based line in the file; 0 when the problem is about the whole file.
    pub line: u64,
    pub column: String,
    pub message_vi: String,
    pub message_en: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)?;
        if !self.column.is_empty() {
            write!(f, " [{}]", self.column)?;
        }
        write!(f, ": {} ({})", self.message_vi, self.message_en)
    }
}

struct AgencyRow {
    line: u64,
    code: String,
    name_vi: String,
    name_en: String,
    kind: AgencyKind,
    parent: Option<String>,
}

struct DatasetRow {
    dataset: NewDataset,
    owner: String,
    custodian: Option<String>,
    themes: Vec<String>,
}

/// Everything read from the files of one import.
#[derive(Default)]
pub struct Parsed {
    agencies: Vec<AgencyRow>,
    datasets: Vec<DatasetRow>,
    fields: HashMap<String, Vec<NewSchemaField>>,
    distributions: HashMap<String, Vec<NewDistribution>>,
    pub problems: Vec<Problem>,
}

/// The cells of one record, looked up by canonical column name.
struct Row<'a> {
    file: &'a str,
    line: u64,
    header: &'a Header,
    record: &'a csv::StringRecord,
    problems: &'a mut Vec<Problem>,
}

impl Row<'_> {
    fn problem(&mut self, column: &str, vi: String, en: String) {
        self.problems.push(Problem {
            file: self.file.to_string(),
            line: self.line,
            column: column.to_string(),
            message_vi: vi,
            message_en: en,
        });
    }

    /// A one-line text cell, NFC, whitespace collapsed; empty if the column is absent.
    fn text(&self, column: &str) -> String {
        self.header
            .positions
            .get(column)
            .and_then(|&i| self.record.get(i))
            .map(normalize_line)
            .unwrap_or_default()
    }

    /// A multi-line text cell (descriptions).
    fn long_text(&self, column: &str) -> String {
        self.header
            .positions
            .get(column)
            .and_then(|&i| self.record.get(i))
            .map(|v| normalize(v).trim().to_string())
            .unwrap_or_default()
    }

    fn required(&mut self, column: &str) -> Option<String> {
        let value = self.text(column);
        if value.is_empty() {
            self.problem(
                column,
                format!("Thiếu giá trị bắt buộc ở cột «{column}»."),
                format!("The required column “{column}” is empty."),
            );
            None
        } else {
            Some(value)
        }
    }

    fn limited(&mut self, column: &str, value: String, max_chars: usize) -> String {
        if value.chars().count() > max_chars {
            self.problem(
                column,
                format!("Giá trị ở cột «{column}» dài quá {max_chars} ký tự."),
                format!("The value of “{column}” is longer than {max_chars} characters."),
            );
        }
        value
    }

    /// An enumeration cell: empty gives `default`, an unknown value is a problem naming the accepted ones.
    fn choice<T: Copy>(
        &mut self,
        column: &str,
        default: T,
        parse: fn(&str) -> Option<T>,
        accepted: impl Fn() -> Vec<String>,
    ) -> T {
        let raw = self.text(column);
        if raw.is_empty() {
            return default;
        }
        match parse(&raw) {
            Some(v) => v,
            None => {
                let list = accepted().join(", ");
                self.problem(
                    column,
                    format!("Giá trị «{raw}» không hợp lệ ở cột «{column}». Giá trị được chấp nhận: {list}."),
                    format!("“{raw}” is not a valid value for “{column}”. Accepted values: {list}."),
                );
                default
            }
        }
    }

    fn date(&mut self, column: &str) -> Option<NaiveDate> {
        let raw = self.text(column);
        if raw.is_empty() {
            return None;
        }
        let parsed = NaiveDate::parse_from_str(&raw, "%Y-%m-%d")
            .or_else(|_| NaiveDate::parse_from_str(&raw, "%d/%m/%Y"));
        match parsed {
            Ok(d) => Some(d),
            Err(_) => {
                self.problem(
                    column,
                    format!("Ngày «{raw}» không hợp lệ ở cột «{column}»: dùng dạng NNNN-TT-NN (ví dụ 2025-07-01) hoặc NN/TT/NNNN."),
                    format!("“{raw}” in “{column}” is not a date: use YYYY-MM-DD (e.g. 2025-07-01) or DD/MM/YYYY."),
                );
                None
            }
        }
    }

    fn boolean(&mut self, column: &str) -> bool {
        let raw = self.text(column);
        match fold(&raw).as_str() {
            "" | "false" | "no" | "0" | "khong" | "sai" => false,
            "true" | "yes" | "1" | "co" | "dung" | "x" => true,
            _ => {
                self.problem(
                    column,
                    format!("Giá trị «{raw}» ở cột «{column}» phải là có/không (true/false, 1/0)."),
                    format!("“{raw}” in “{column}” must be yes/no (true/false, 1/0)."),
                );
                false
            }
        }
    }
}

fn codes<T: Copy>(
    all: &[T],
    code: fn(T) -> &'static str,
    vi: fn(T) -> &'static str,
) -> Vec<String> {
    all.iter()
        .map(|&v| format!("{} ({})", code(v), vi(v)))
        .collect()
}

fn file_problem(file: &str, vi: String, en: String) -> Problem {
    Problem {
        file: file.to_string(),
        line: 0,
        column: String::new(),
        message_vi: vi,
        message_en: en,
    }
}

/// Reads one file's records; finds its delimiter (`,`, `;` or tab) from the header row.
fn read_file(
    name: &str,
    bytes: &[u8],
    parsed: &mut Parsed,
) -> Option<(Header, Vec<(u64, csv::StringRecord)>)> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.trim_start_matches('\u{feff}'),
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            parsed.problems.push(Problem {
                file: name.to_string(),
                line: line as u64,
                column: String::new(),
                message_vi: "Tệp không được mã hóa UTF-8 (có thể là Windows-1258 hoặc TCVN3): hãy lưu lại dưới dạng “CSV UTF-8”.".into(),
                message_en: "The file is not UTF-8 (perhaps Windows-1258 or TCVN3): save it again as “CSV UTF-8”.".into(),
            });
            return None;
        }
    };
    for delimiter in [b',', b';', b'\t'] {
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .has_headers(false)
            .from_reader(text.as_bytes());
        let mut records = reader.records();
        let Some(Ok(first)) = records.next() else {
            parsed.problems.push(file_problem(
                name,
                "Tệp rỗng.".into(),
                "The file is empty.".into(),
            ));
            return None;
        };
        let cells: Vec<String> = first.iter().map(normalize_line).collect();
        let Some(header) = recognise(&cells) else {
            continue;
        };
        let mut rows = Vec::new();
        for record in records {
            match record {
                Ok(r) if r.iter().all(|c| c.trim().is_empty()) => {}
                Ok(r) => rows.push((r.position().map(|p| p.line()).unwrap_or(0), r)),
                Err(e) => {
                    let line = e.position().map(|p| p.line()).unwrap_or(0);
                    parsed.problems.push(Problem {
                        file: name.to_string(),
                        line,
                        column: String::new(),
                        message_vi: format!("Dòng không đọc được theo định dạng CSV: {e}."),
                        message_en: format!("The line cannot be read as CSV: {e}."),
                    });
                }
            }
        }
        return Some((header, rows));
    }
    parsed.problems.push(file_problem(
        name,
        "Không nhận ra loại tệp từ dòng tiêu đề: cần các cột của một trong bốn loại (cơ quan, dữ liệu, trường dữ liệu, bản phân phối), xem docs/inventory-format.md.".into(),
        "The header row matches no inventory kind (agencies, datasets, fields, distributions): see docs/inventory-format.md.".into(),
    ));
    None
}

/// Parses all files; references are checked against this import and the catalog's existing agencies.
pub fn parse_files(
    files: &[(String, Vec<u8>)],
    known_agencies: &HashMap<String, i32>,
    known_datasets: &HashMap<String, i32>,
) -> Parsed {
    let mut parsed = Parsed::default();
    let mut read = Vec::new();
    for (name, bytes) in files {
        if let Some((header, rows)) = read_file(name, bytes, &mut parsed) {
            read.push((name.as_str(), header, rows));
        }
    }
    // Agencies first, then datasets, then what refers to datasets: file order must not matter.
    read.sort_by_key(|(_, h, _)| match h.kind {
        FileKind::Agencies => 0,
        FileKind::Datasets => 1,
        FileKind::Fields => 2,
        FileKind::Distributions => 3,
    });
    let mut agency_codes: HashSet<String> = known_agencies.keys().cloned().collect();
    let mut identifiers: HashSet<String> = HashSet::new();
    for (name, header, rows) in &read {
        for (line, record) in rows {
            let mut problems = Vec::new();
            let mut row = Row {
                file: name,
                line: *line,
                header,
                record,
                problems: &mut problems,
            };
            match header.kind {
                FileKind::Agencies => {
                    if let Some(a) = agency_row(&mut row, &agency_codes) {
                        agency_codes.insert(a.code.clone());
                        parsed.agencies.push(a);
                    }
                }
                FileKind::Datasets => {
                    if let Some(d) =
                        dataset_row(&mut row, &agency_codes, known_datasets, &identifiers)
                    {
                        identifiers.insert(d.dataset.identifier.clone());
                        parsed.datasets.push(d);
                    }
                }
                FileKind::Fields => field_row(&mut row, &identifiers, &mut parsed.fields),
                FileKind::Distributions => {
                    distribution_row(&mut row, &identifiers, &mut parsed.distributions)
                }
            }
            parsed.problems.extend(problems);
        }
    }
    parsed
}

fn is_code(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 100
        && value.chars().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_' || c == '.'
        })
}

fn code_cell(row: &mut Row, column: &str) -> Option<String> {
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

fn agency_ref(row: &mut Row, column: &str, agencies: &HashSet<String>) -> Option<String> {
    let value = row.text(column);
    if value.is_empty() {
        return None;
    }
    if agencies.contains(&value) {
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

fn agency_row(row: &mut Row, known: &HashSet<String>) -> Option<AgencyRow> {
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
    if let Some(code) = &code {
        if known.contains(code) {
            row.problem(
                "code",
                format!("Cơ quan mã «{code}» đã có (trong danh mục hoặc ở dòng trước)."),
                format!("The agency code “{code}” already exists (in the catalog or on an earlier line)."),
            );
            return None;
        }
    }
    if !raw_parent.is_empty() && parent.is_none() {
        return None;
    }
    Some(AgencyRow {
        line: row.line,
        code: code?,
        name_vi: name_vi?,
        name_en,
        kind,
        parent,
    })
}

fn dataset_row(
    row: &mut Row,
    agencies: &HashSet<String>,
    known: &HashMap<String, i32>,
    seen: &HashSet<String>,
) -> Option<DatasetRow> {
    let identifier = code_cell(row, "identifier");
    if let Some(id) = &identifier {
        if known.contains_key(id) || seen.contains(id) {
            row.problem(
                "identifier",
                format!("Mã định danh «{id}» đã có (trong danh mục hoặc ở dòng trước)."),
                format!(
                    "The identifier “{id}” already exists (in the catalog or on an earlier line)."
                ),
            );
        }
    }
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
    let personal_data = row.choice(
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
    );
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
    let now = Utc::now().naive_utc();
    let title = title?;
    if owner.is_none() || (!custodian_raw.is_empty() && custodian.is_none()) {
        return None;
    }
    let dataset = NewDataset {
        identifier: identifier?,
        title_sort: sort_key(&title),
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
        modified: modified.or(issued).or(Some(now.date())),
        status: status.code().into(),
        created_at: now,
        updated_at: now,
    };
    Some(DatasetRow {
        dataset,
        owner: owner?,
        custodian,
        themes,
    })
}

fn looks_like_email(value: &str) -> bool {
    let mut parts = value.split('@');
    matches!((parts.next(), parts.next(), parts.next()), (Some(l), Some(d), None)
        if !l.is_empty() && d.contains('.') && !d.starts_with('.') && !d.ends_with('.') && !value.contains(char::is_whitespace))
}

fn dataset_ref(row: &mut Row, identifiers: &HashSet<String>) -> Option<String> {
    let id = row.required("dataset")?;
    if identifiers.contains(&id) {
        Some(id)
    } else {
        row.problem(
            "dataset",
            format!("Không có dữ liệu mã định danh «{id}» trong tệp dữ liệu được nhập cùng."),
            format!("No dataset with identifier “{id}” in the datasets file of this import."),
        );
        None
    }
}

fn field_row(
    row: &mut Row,
    identifiers: &HashSet<String>,
    out: &mut HashMap<String, Vec<NewSchemaField>>,
) {
    let dataset = dataset_ref(row, identifiers);
    let name = row.required("name").map(|n| row.limited("name", n, 200));
    let field_type = row.choice("type", FieldType::String, FieldType::parse, || {
        codes(FieldType::ALL, FieldType::code, FieldType::label_vi)
    });
    let personal_data = row.choice(
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
    );
    let required = row.boolean("required");
    let is_key = row.boolean("key");
    let (Some(dataset), Some(name)) = (dataset, name) else {
        return;
    };
    let fields = out.entry(dataset).or_default();
    if fields.iter().any(|f| f.name == name) {
        row.problem(
            "name",
            format!("Cột «{name}» đã được khai báo cho dữ liệu này."),
            format!("The column “{name}” is already declared for this dataset."),
        );
        return;
    }
    fields.push(NewSchemaField {
        dataset_id: 0,
        ordinal: fields.len() as i32 + 1,
        name,
        title: row.text("title"),
        field_type: field_type.code().into(),
        unit: row.text("unit"),
        required,
        is_key,
        personal_data: personal_data.code().into(),
        description: row.long_text("description"),
        example: row.text("example"),
    });
}

fn distribution_row(
    row: &mut Row,
    identifiers: &HashSet<String>,
    out: &mut HashMap<String, Vec<NewDistribution>>,
) {
    let dataset = dataset_ref(row, identifiers);
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
    let Some(dataset) = dataset else { return };
    let list = out.entry(dataset).or_default();
    list.push(NewDistribution {
        dataset_id: 0,
        ordinal: list.len() as i32 + 1,
        title: row.text("title"),
        format: row.text("format").to_uppercase(),
        media_type: row.text("media_type"),
        url,
        byte_size,
        channel,
    });
}

/// The access rule a dataset gets from its sharing scope until a steward writes its own
/// (Decree 47/2020 as amended by Decree 194/2025: shared data by default, 2 working days).
fn default_access_rule(scope: &str) -> NewAccessRule {
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
            true,
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

/// Writes what was parsed (call inside a transaction).
pub fn apply(conn: &mut DbConn, mut parsed: Parsed) -> Result<ImportSummary, StorageError> {
    let mut ids = write::agency_ids_by_code(conn)?;
    let mut summary = ImportSummary::default();
    for a in &parsed.agencies {
        let parent_id = match &a.parent {
            Some(code) => Some(*ids.get(code).ok_or_else(|| {
                StorageError::Invalid(format!(
                    "line {}: parent “{code}” must come before its children",
                    a.line
                ))
            })?),
            None => None,
        };
        let id = write::insert_agency(
            conn,
            &NewAgency {
                code: a.code.clone(),
                sort_key: sort_key(&crate::text::strip_agency_prefix(&a.name_vi)),
                name_vi: a.name_vi.clone(),
                name_en: a.name_en.clone(),
                kind: a.kind.code().into(),
                parent_id,
            },
        )?;
        ids.insert(a.code.clone(), id);
        summary.agencies += 1;
    }
    for d in parsed.datasets.drain(..) {
        let owner_id = ids[&d.owner];
        let fields = parsed
            .fields
            .remove(&d.dataset.identifier)
            .unwrap_or_default();
        let distributions = parsed
            .distributions
            .remove(&d.dataset.identifier)
            .unwrap_or_default();
        let mut rule = default_access_rule(&d.dataset.sharing_scope);
        rule.approving_agency_id = Some(owner_id);
        summary.fields += fields.len();
        summary.distributions += distributions.len();
        let record = DatasetRecord {
            dataset: NewDataset {
                owner_id,
                custodian_id: d.custodian.as_ref().map(|c| ids[c]),
                ..d.dataset
            },
            themes: d.themes,
            fields,
            distributions,
            access_rules: vec![rule],
        };
        write::insert_dataset(conn, &record)?;
        summary.datasets += 1;
    }
    Ok(summary)
}
