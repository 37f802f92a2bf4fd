//! The dataset form (create and edit): every field of the data model in labelled groups, the schema
//! and distributions editors (add, remove, move rows with plain submit buttons: no JavaScript
//! needed), the error summary, and — when another steward saved first — what they changed.

use maud::{html, Markup};

use super::forms::{
    checkboxes, csrf_field, error_summary, field_error, field_id, input, select, textarea, Errors,
    Input,
};
use super::layout::{self, Section};
use crate::domain::{
    Channel, FieldType, Importance, Lang, PersonalData, SharingScope, Status, Theme,
    UpdateFrequency,
};
use crate::storage::agencies::AgencyTree;
use crate::storage::history;
use crate::web::ctx::Chrome;
use crate::web::dataset_form::{DatasetInput, RowInput};

/// What the page is for and what it knows besides the input.
pub struct FormPage<'a> {
    /// `None` for a new dataset; the identifier when editing.
    pub editing: Option<&'a str>,
    pub status: Option<Status>,
    pub input: &'a DatasetInput,
    pub errors: &'a Errors,
    /// Agencies the user may pick as owner or custodian.
    pub agencies: &'a [(String, String)],
    /// Every agency (any may approve access requests).
    pub all_agencies: &'a [(String, String)],
    /// Set when the save was refused because someone else saved first.
    pub conflict: Option<&'a [history::Entry]>,
}

fn options<T: Copy>(
    all: &[T],
    code: fn(T) -> &'static str,
    label: impl Fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|&v| (code(v).to_string(), label(v).to_string()))
        .collect()
}

/// The agencies a user may choose, as `(code, name)` in Vietnamese order, indented by level.
pub fn agency_options(
    tree: &AgencyTree,
    allowed: &dyn Fn(i32) -> bool,
    lang: Lang,
) -> Vec<(String, String)> {
    let mut out = Vec::new();
    fn walk(
        tree: &AgencyTree,
        parent: Option<i32>,
        depth: usize,
        allowed: &dyn Fn(i32) -> bool,
        lang: Lang,
        out: &mut Vec<(String, String)>,
    ) {
        for a in tree.children_of(parent) {
            if allowed(a.id) {
                out.push((
                    a.code.clone(),
                    format!("{}{}", "— ".repeat(depth), a.name(lang)),
                ));
            }
            walk(tree, Some(a.id), depth + 1, allowed, lang, out);
        }
    }
    walk(tree, None, 0, allowed, lang, &mut out);
    out
}

/// One cell input of an editor row: the label is visually hidden (the column header says it) but
/// read by screen readers with the row number.
fn cell(
    lang: Lang,
    errors: &Errors,
    name: &str,
    label: &str,
    row: usize,
    value: &str,
    kind: &str,
) -> Markup {
    let id = field_id(name);
    let invalid = errors.get(name).is_some();
    html! {
        td {
            label for=(id) class="visually-hidden" { (label) " " (lang.pick("dòng", "row")) " " (row + 1) }
            input id=(id) name=(name) type=(kind) value=(value) aria-invalid=[invalid.then_some("true")]
                aria-describedby=[invalid.then(|| format!("{id}-error"))];
            (field_error(lang, errors, name))
        }
    }
}

fn cell_select(
    lang: Lang,
    errors: &Errors,
    name: &str,
    label: &str,
    row: usize,
    opts: &[(String, String)],
    value: &str,
) -> Markup {
    let id = field_id(name);
    html! {
        td {
            label for=(id) class="visually-hidden" { (label) " " (lang.pick("dòng", "row")) " " (row + 1) }
            select id=(id) name=(name) {
                @for (code, text) in opts { option value=(code) selected[code == value] { (text) } }
            }
            (field_error(lang, errors, name))
        }
    }
}

fn cell_check(lang: Lang, name: &str, label: &str, row: usize, value: &str) -> Markup {
    let id = field_id(name);
    html! {
        td class="center" {
            input type="checkbox" id=(id) name=(name) value="true" checked[!value.is_empty() && value != "false"];
            label for=(id) class="visually-hidden" { (label) " " (lang.pick("dòng", "row")) " " (row + 1) }
        }
    }
}

fn row_buttons(lang: Lang, kind: &str, i: usize, count: usize, movable: bool) -> Markup {
    html! {
        td class="row-actions" {
            @if movable {
                button type="submit" name="action" value={ (kind) "_up:" (i) } disabled[i == 0]
                    aria-label={ (lang.pick("Chuyển lên dòng", "Move up row")) " " (i + 1) } { "↑" }
                button type="submit" name="action" value={ (kind) "_down:" (i) } disabled[i + 1 >= count]
                    aria-label={ (lang.pick("Chuyển xuống dòng", "Move down row")) " " (i + 1) } { "↓" }
            }
            button type="submit" name="action" value={ "remove_" (kind) ":" (i) } class="danger"
                aria-label={ (lang.pick("Xoá dòng", "Remove row")) " " (i + 1) } { "✕" }
        }
    }
}

fn schema_editor(lang: Lang, errors: &Errors, rows: &[RowInput]) -> Markup {
    let types = options(FieldType::ALL, FieldType::code, |t| t.label(lang));
    let personal = options(PersonalData::ALL, PersonalData::code, |p| p.label(lang));
    let heads = [
        lang.pick("Tên trường", "Column name"),
        lang.pick("Tiêu đề", "Title"),
        lang.pick("Kiểu", "Type"),
        lang.pick("Đơn vị", "Unit"),
        lang.pick("Bắt buộc", "Required"),
        lang.pick("Khoá", "Key"),
        lang.pick("Dữ liệu cá nhân", "Personal data"),
        lang.pick("Mô tả", "Description"),
        lang.pick("Ví dụ", "Example"),
    ];
    html! {
        section aria-labelledby="schema-heading" {
            h2 id="schema-heading" { (lang.pick("Cấu trúc dữ liệu (các trường)", "Schema (columns)")) }
            p class="hint" { (lang.pick(
                "Mỗi dòng là một trường (cột). Tên trường viết thường không dấu, nối bằng dấu gạch dưới, ví dụ so_dinh_danh. Dòng để trống được bỏ qua.",
                "One row per column. Column names are lowercase ASCII joined by underscores, e.g. so_dinh_danh. Empty rows are ignored.")) }
            div class="table-scroll" {
                table class="editor" {
                    thead { tr { th scope="col" { "#" } @for h in heads { th scope="col" { (h) } } th scope="col" { span class="visually-hidden" { (lang.pick("Thao tác", "Actions")) } } } }
                    tbody {
                        @for (i, r) in rows.iter().enumerate() {
                            @let n = |p: &str| format!("fields.{i}.{p}");
                            tr {
                                td { (i + 1) }
                                (cell(lang, errors, &n("name"), heads[0], i, r.get("name"), "text"))
                                (cell(lang, errors, &n("title"), heads[1], i, r.get("title"), "text"))
                                (cell_select(lang, errors, &n("type"), heads[2], i, &types, if r.get("type").is_empty() { "string" } else { r.get("type") }))
                                (cell(lang, errors, &n("unit"), heads[3], i, r.get("unit"), "text"))
                                (cell_check(lang, &n("required"), heads[4], i, r.get("required")))
                                (cell_check(lang, &n("key"), heads[5], i, r.get("key")))
                                (cell_select(lang, errors, &n("personal_data"), heads[6], i, &personal, if r.get("personal_data").is_empty() { "none" } else { r.get("personal_data") }))
                                (cell(lang, errors, &n("description"), heads[7], i, r.get("description"), "text"))
                                (cell(lang, errors, &n("example"), heads[8], i, r.get("example"), "text"))
                                (row_buttons(lang, "field", i, rows.len(), true))
                            }
                        }
                    }
                }
            }
            button type="submit" name="action" value="add_field" class="secondary" { (lang.pick("+ Thêm trường", "+ Add a column")) }
        }
    }
}

fn distributions_editor(lang: Lang, errors: &Errors, rows: &[RowInput]) -> Markup {
    let mut channels = vec![(
        String::new(),
        lang.pick("(không ghi)", "(none)").to_string(),
    )];
    channels.extend(options(Channel::ALL, Channel::code, |c| c.label(lang)));
    let heads = [
        lang.pick("Tên", "Title"),
        lang.pick("Định dạng", "Format"),
        lang.pick("Kiểu MIME", "Media type"),
        lang.pick("Đường dẫn (https://…)", "URL (https://…)"),
        lang.pick("Dung lượng (byte)", "Size (bytes)"),
        lang.pick("Kênh", "Channel"),
    ];
    html! {
        section aria-labelledby="dist-heading" {
            h2 id="dist-heading" { (lang.pick("Bản phân phối", "Distributions")) }
            div class="table-scroll" {
                table class="editor" {
                    thead { tr { th scope="col" { "#" } @for h in heads { th scope="col" { (h) } } th scope="col" { span class="visually-hidden" { (lang.pick("Thao tác", "Actions")) } } } }
                    tbody {
                        @for (i, r) in rows.iter().enumerate() {
                            @let n = |p: &str| format!("distributions.{i}.{p}");
                            tr {
                                td { (i + 1) }
                                (cell(lang, errors, &n("title"), heads[0], i, r.get("title"), "text"))
                                (cell(lang, errors, &n("format"), heads[1], i, r.get("format"), "text"))
                                (cell(lang, errors, &n("media_type"), heads[2], i, r.get("media_type"), "text"))
                                (cell(lang, errors, &n("url"), heads[3], i, r.get("url"), "url"))
                                (cell(lang, errors, &n("byte_size"), heads[4], i, r.get("byte_size"), "text"))
                                (cell_select(lang, errors, &n("channel"), heads[5], i, &channels, r.get("channel")))
                                (row_buttons(lang, "distribution", i, rows.len(), false))
                            }
                        }
                    }
                }
            }
            button type="submit" name="action" value="add_distribution" class="secondary" { (lang.pick("+ Thêm bản phân phối", "+ Add a distribution")) }
        }
    }
}

/// What the other save changed, so the steward can redo their edit knowingly.
fn conflict_box(lang: Lang, since: &[history::Entry]) -> Markup {
    html! {
        div class="error-summary conflict" role="alert" id="conflict" tabindex="-1" {
            h2 { (lang.pick("Chưa lưu: bộ dữ liệu vừa được người khác sửa", "Not saved: someone else changed this dataset meanwhile")) }
            p { (lang.pick(
                "Nội dung bạn nhập vẫn còn nguyên bên dưới. Hãy xem các thay đổi sau, điều chỉnh nếu cần rồi bấm Lưu lại: lần lưu này sẽ ghi đè lên phiên bản mới nhất.",
                "What you typed is still below. Review these changes, adjust if needed and press Save again: that save will apply to the newest version.")) }
            @for e in since {
                h3 { (e.actor_label) " · " (super::dataset_history::vietnam_time(e.at)) }
                (diff_table(lang, &super::dataset_history::labelled(lang, &e.diff)))
            }
        }
    }
}

/// A change's field-by-field diff.
pub fn diff_table(lang: Lang, diff: &[history::FieldChange]) -> Markup {
    html! {
        div class="table-scroll" {
            table class="diff" {
                thead { tr {
                    th scope="col" { (lang.pick("Mục", "Field")) }
                    th scope="col" { (lang.pick("Trước", "Before")) }
                    th scope="col" { (lang.pick("Sau", "After")) }
                } }
                tbody {
                    @for c in diff {
                        tr {
                            th scope="row" { (c.field) }
                            td class="before" { (c.before) }
                            td class="after" { (c.after) }
                        }
                    }
                }
            }
        }
    }
}

pub fn page(chrome: &Chrome, p: &FormPage) -> Markup {
    let lang = chrome.lang;
    let e = p.errors;
    let v = |name: &str| p.input.get(name).to_string();
    let title = match p.editing {
        Some(_) => lang.pick("Sửa thông tin bộ dữ liệu", "Edit dataset"),
        None => lang.pick("Đăng ký bộ dữ liệu mới", "Register a new dataset"),
    };
    let action = match p.editing {
        Some(id) => format!("/datasets/{id}/edit"),
        None => "/datasets/new".to_string(),
    };
    let mut custodians = vec![(
        String::new(),
        lang.pick("Như chủ sở hữu", "Same as owner").to_string(),
    )];
    custodians.extend(p.agencies.iter().cloned());
    let mut approvers = vec![(
        String::new(),
        lang.pick("Chủ sở hữu dữ liệu", "The data owner")
            .to_string(),
    )];
    approvers.extend(p.all_agencies.iter().cloned());
    let mut frequencies = vec![(
        String::new(),
        lang.pick("(chưa xác định)", "(not set)").to_string(),
    )];
    frequencies.extend(options(UpdateFrequency::ALL, UpdateFrequency::code, |f| {
        f.label(lang)
    }));
    let body = html! {
        h1 { (title) }
        @if let Some(since) = p.conflict { (conflict_box(lang, since)) }
        (error_summary(lang, e))
        form method="post" action=(action) class="stacked dataset-form" novalidate {
            // Enter in a text box presses the form's first submit button: make that one "save",
            // not the first row's "move up".
            button type="submit" name="action" value="save" class="default-submit" tabindex="-1" aria-hidden="true" { (lang.pick("Lưu", "Save")) }
            (csrf_field(&chrome.csrf))
            @if let Some(r) = p.input.revision { input type="hidden" name="revision" value=(r); }
            section aria-labelledby="general-heading" {
                h2 id="general-heading" { (lang.pick("Thông tin chung", "General")) }
                @match p.editing {
                    Some(id) => {
                        input type="hidden" name="identifier" value=(id);
                        p { (lang.pick("Mã định danh: ", "Identifier: ")) code { (id) } }
                    }
                    None => (input(lang, e, Input::text("identifier", lang.pick("Mã định danh", "Identifier"), &v("identifier")).required()
                        .hint(lang.pick("Chữ thường không dấu, số và dấu gạch ngang, ví dụ bca-csdl-dan-cu. Không đổi được sau khi tạo.",
                                        "Lowercase letters, digits and hyphens, e.g. bca-csdl-dan-cu. Cannot change later."))))
                }
                (input(lang, e, Input::text("title", lang.pick("Tên bộ dữ liệu", "Title"), &v("title")).required()))
                (textarea(lang, e, "description", lang.pick("Mô tả", "Description"), &v("description"), None))
                (select(lang, e, "owner", lang.pick("Chủ sở hữu dữ liệu", "Data owner"), p.agencies, &v("owner")))
                (select(lang, e, "custodian", lang.pick("Cơ quan quản lý, vận hành", "Custodian"), &custodians, &v("custodian")))
                (checkboxes("themes", lang.pick("Lĩnh vực", "Themes"), &options(Theme::ALL, Theme::code, |t| t.label(lang)), &p.input.themes))
                (field_error(lang, e, "themes"))
                (input(lang, e, Input::text("keywords", lang.pick("Từ khoá", "Keywords"), &v("keywords"))
                    .hint(lang.pick("Cách nhau bằng dấu chấm phẩy (;).", "Separated by semicolons (;)."))))
            }
            section aria-labelledby="access-heading" {
                h2 id="access-heading" { (lang.pick("Chia sẻ và truy cập", "Sharing and access")) }
                (select(lang, e, "sharing_scope", lang.pick("Phạm vi chia sẻ", "Sharing scope"), &options(SharingScope::ALL, SharingScope::code, |s| s.label(lang)), &v("sharing_scope")))
                (select(lang, e, "importance", lang.pick("Mức độ quan trọng", "Importance"), &options(Importance::ALL, Importance::code, |s| s.label(lang)), &v("importance")))
                (select(lang, e, "personal_data", lang.pick("Dữ liệu cá nhân", "Personal data"), &options(PersonalData::ALL, PersonalData::code, |s| s.label(lang)), &v("personal_data")))
                (input(lang, e, Input::text("legal_basis", lang.pick("Căn cứ pháp lý", "Legal basis"), &v("legal_basis"))))
                (checkboxes("channels", lang.pick("Kênh chia sẻ", "Sharing channels"), &options(Channel::ALL, Channel::code, |c| c.label(lang)), &p.input.channels))
                (field_error(lang, e, "channels"))
                (textarea(lang, e, "conditions", lang.pick("Điều kiện khai thác", "Conditions of access"), &p.input.conditions, None))
                div class="field-row" {
                    (input(lang, e, Input::text("response_days", lang.pick("Thời hạn trả lời yêu cầu (ngày làm việc)", "Time to answer a request (working days)"), &p.input.response_days)
                        .hint(lang.pick("Mặc định 2 ngày làm việc (Nghị định 47/2020, sửa đổi bởi Nghị định 194/2025).", "2 working days by default (Decree 47/2020 as amended by Decree 194/2025)."))))
                    (select(lang, e, "sharing_form", lang.pick("Hình thức chia sẻ (dữ liệu dùng chung)", "Form of sharing (shared data)"), &[
                        (String::new(), lang.pick("Theo quy định chung: dữ liệu cá nhân nhạy cảm theo yêu cầu đặc thù, còn lại chia sẻ mặc định", "By the general rule: sensitive personal data on specific request, the rest by default").to_string()),
                        ("default".to_string(), lang.pick("Chia sẻ mặc định: cơ quan nhà nước được cấp ngay khi yêu cầu", "Default sharing: state agencies get access as soon as they ask").to_string()),
                        ("request".to_string(), lang.pick("Theo yêu cầu đặc thù: cơ quan phê duyệt xét từng yêu cầu", "On specific request: the approving agency decides each request").to_string()),
                    ], &p.input.sharing_form))
                    (select(lang, e, "approving_agency", lang.pick("Cơ quan phê duyệt yêu cầu", "Agency approving requests"), &approvers, &p.input.approving_agency))
                }
                (input(lang, e, Input::text("licence", lang.pick("Giấy phép", "Licence"), &v("licence"))))
            }
            section aria-labelledby="coverage-heading" {
                h2 id="coverage-heading" { (lang.pick("Phạm vi và cập nhật", "Coverage and updates")) }
                (select(lang, e, "update_frequency", lang.pick("Tần suất cập nhật", "Update frequency"), &frequencies, &v("update_frequency")))
                div class="field-row" {
                    (input(lang, e, Input::text("temporal_start", lang.pick("Dữ liệu từ ngày", "Covers from"), &v("temporal_start")).kind("date")))
                    (input(lang, e, Input::text("temporal_end", lang.pick("Đến ngày", "Until"), &v("temporal_end")).kind("date")))
                }
                (input(lang, e, Input::text("spatial", lang.pick("Phạm vi địa lý", "Spatial coverage"), &v("spatial"))
                    .hint(lang.pick("Tên địa bàn, cách nhau bằng dấu chấm phẩy.", "Place names separated by semicolons."))))
                div class="field-row" {
                    (input(lang, e, Input::text("issued", lang.pick("Ngày ban hành", "Issued"), &v("issued")).kind("date")))
                    (input(lang, e, Input::text("modified", lang.pick("Ngày cập nhật", "Modified"), &v("modified")).kind("date")))
                }
            }
            section aria-labelledby="contact-heading" {
                h2 id="contact-heading" { (lang.pick("Đầu mối liên hệ", "Contact point")) }
                (input(lang, e, Input::text("contact_name", lang.pick("Họ tên hoặc đơn vị", "Name or unit"), &v("contact_name"))))
                (input(lang, e, Input::text("contact_email", lang.pick("Thư điện tử", "Email"), &v("contact_email")).kind("email")))
                (input(lang, e, Input::text("contact_phone", lang.pick("Điện thoại", "Phone"), &v("contact_phone")).kind("tel")))
            }
            (schema_editor(lang, e, &p.input.fields))
            (distributions_editor(lang, e, &p.input.distributions))
            div class="form-actions" {
                button type="submit" name="action" value="save" class="primary" {
                    @if p.status.is_none() { (lang.pick("Lưu bản nháp", "Save as draft")) } @else { (lang.pick("Lưu", "Save")) }
                }
                @if p.status != Some(Status::Published) {
                    button type="submit" name="action" value="publish" { (lang.pick("Lưu và công bố", "Save and publish")) }
                }
                @if let Some(id) = p.editing { a href={ "/datasets/" (id) } { (lang.pick("Huỷ", "Cancel")) } }
            }
        }
    };
    let here = action.clone();
    layout::page(chrome, title, Section::Datasets, &here, body)
}
