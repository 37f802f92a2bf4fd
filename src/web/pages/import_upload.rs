//! The stewards' upload page: choose inventory files, read the dry-run report (counts per kind and
//! every problem with file, line, column and value), then confirm to import.

use maud::{html, Markup};

use super::forms::{csrf_field, error_summary, Errors};
use super::layout::{self, Section};
use super::partials::number;
use crate::domain::Lang;
use crate::import::{KindCounts, Report};
use crate::web::ctx::Chrome;

/// How many problems the page lists (the rest are counted; `ndc import --report` writes them all).
const SHOWN_PROBLEMS: usize = 500;

pub fn form(chrome: &Chrome, errors: &Errors) -> Markup {
    let lang = chrome.lang;
    let title = lang.pick("Nhập tệp danh mục", "Import inventory files");
    let body = html! {
        h1 { (title) }
        p { (lang.pick(
            "Chọn một hoặc nhiều tệp CSV (UTF-8, UTF-16 hoặc Windows-1258) hoặc Excel (.xlsx) theo mẫu danh mục. Bước đầu chỉ kiểm tra: danh mục chưa thay đổi cho đến khi bạn xác nhận.",
            "Choose one or more CSV files (UTF-8, UTF-16 or Windows-1258) or Excel workbooks (.xlsx) in the inventory format. The first step only checks them: the catalog does not change until you confirm.")) }
        p {
            (lang.pick("Mẫu tệp: ", "Templates: "))
            a href="/inventory/templates/datasets.csv" { (lang.pick("dữ liệu", "datasets")) } ", "
            a href="/inventory/templates/fields.csv" { (lang.pick("trường dữ liệu", "fields")) } ", "
            a href="/inventory/templates/distributions.csv" { (lang.pick("bản phân phối", "distributions")) }
        }
        (error_summary(lang, errors))
        form method="post" action="/imports/new" enctype="multipart/form-data" class="stacked" {
            (csrf_field(&chrome.csrf))
            div class={ "field" @if errors.get("files").is_some() { " invalid" } } {
                label for="files" { (lang.pick("Tệp danh mục", "Inventory files")) }
                input id="files" name="files" type="file" multiple accept=".csv,.tsv,.txt,.xlsx" required
                    aria-describedby=[errors.get("files").map(|_| "files-error")];
                @if let Some(m) = errors.get("files") { p class="field-error" id="files-error" { (m.get(lang)) } }
            }
            button type="submit" { (lang.pick("Kiểm tra", "Check")) }
        }
    };
    layout::page(chrome, title, Section::Datasets, "/imports/new", body)
}

fn counts_table(lang: Lang, report: &Report) -> Markup {
    let rows: [(&str, &KindCounts); 4] = [
        (lang.pick("Cơ quan", "Agencies"), &report.agencies),
        (lang.pick("Bộ dữ liệu", "Datasets"), &report.datasets),
        (lang.pick("Trường dữ liệu", "Fields"), &report.fields),
        (
            lang.pick("Bản phân phối", "Distributions"),
            &report.distributions,
        ),
    ];
    html! {
        table class="users counts" {
            thead { tr {
                th scope="col" { }
                th scope="col" { (lang.pick("Thêm mới", "Created")) }
                th scope="col" { (lang.pick("Cập nhật", "Updated")) }
                th scope="col" { (lang.pick("Không đổi", "Unchanged")) }
                th scope="col" { (lang.pick("Bị từ chối", "Rejected")) }
            } }
            tbody {
                @for (label, c) in rows {
                    tr {
                        th scope="row" { (label) }
                        td { (number(lang, c.created as i64)) }
                        td { (number(lang, c.updated as i64)) }
                        td { (number(lang, c.unchanged as i64)) }
                        td { (number(lang, c.rejected as i64)) }
                    }
                }
            }
        }
    }
}

/// The report of a check (`batch` set: the files wait for confirmation) or of the import itself.
pub fn report(chrome: &Chrome, report: &Report, batch: Option<&str>) -> Markup {
    let lang = chrome.lang;
    let title = if report.committed {
        lang.pick("Đã nhập tệp danh mục", "Inventory imported")
    } else if report.dry_run {
        lang.pick("Kết quả kiểm tra tệp danh mục", "Inventory check")
    } else {
        lang.pick("Chưa nhập được tệp danh mục", "Inventory not imported")
    };
    let body = html! {
        h1 { (title) }
        @if report.committed {
            p class="success" role="status" { (lang.pick("Các thay đổi đã được ghi vào danh mục; trang và kết quả tìm kiếm cập nhật trong giây lát.", "The changes are in the catalog; pages and search show them within a second.")) }
        } @else if report.unusable {
            p class="notice" role="alert" { (lang.pick("Có tệp không dùng được (xem bên dưới): không có gì được nhập.", "A file cannot be used (see below): nothing can be imported.")) }
        } @else if report.errors > 0 {
            p class="notice" role="alert" { (lang.pick("Có dòng bị từ chối: sửa tệp rồi tải lên lại, hoặc chỉ nhập các dòng hợp lệ.", "Some rows are rejected: fix the files and upload them again, or import only the valid rows.")) }
        }
        (counts_table(lang, report))
        @if !report.problems.is_empty() {
            h2 { (lang.pick("Các vấn đề", "Problems")) " (" (number(lang, (report.errors + report.warnings) as i64)) ")" }
            div class="table-scroll" {
                table class="audit problems" {
                    thead { tr {
                        th scope="col" { (lang.pick("Mức", "Severity")) }
                        th scope="col" { (lang.pick("Tệp", "File")) }
                        th scope="col" { (lang.pick("Dòng", "Line")) }
                        th scope="col" { (lang.pick("Cột", "Column")) }
                        th scope="col" { (lang.pick("Giá trị", "Value")) }
                        th scope="col" { (lang.pick("Vấn đề", "Problem")) }
                    } }
                    tbody {
                        @for p in report.problems.iter().take(SHOWN_PROBLEMS) {
                            tr class=[p.is_error().then_some("warn")] {
                                td { @if p.is_error() { (lang.pick("Lỗi", "Error")) } @else { (lang.pick("Lưu ý", "Warning")) } }
                                td { (p.file) }
                                td { @if p.line > 0 { (p.line) } }
                                td { code { (p.column) } }
                                td { (p.value) }
                                td { (lang.pick(&p.message_vi, &p.message_en)) }
                            }
                        }
                    }
                }
            }
            @let hidden = report.problems.len().saturating_sub(SHOWN_PROBLEMS) as u64 + report.problems_not_kept;
            @if hidden > 0 {
                p { (lang.pick("Và ", "And ")) (number(lang, hidden as i64)) (lang.pick(" vấn đề khác: dùng «ndc import --report» để có danh sách đầy đủ.", " more: `ndc import --report` writes them all.")) }
            }
        }
        @if let Some(batch) = batch {
            @if !report.unusable {
                form method="post" action={ "/imports/" (batch) "/commit" } class="form-actions" {
                    (csrf_field(&chrome.csrf))
                    @if report.errors == 0 {
                        button type="submit" name="mode" value="all" { (lang.pick("Xác nhận nhập", "Confirm the import")) }
                    } @else {
                        button type="submit" name="mode" value="partial" { (lang.pick("Chỉ nhập các dòng hợp lệ", "Import the valid rows only")) }
                    }
                    a href="/imports/new" { (lang.pick("Huỷ, tải tệp khác", "Cancel, upload other files")) }
                }
            }
        } @else {
            p { a href="/imports/new" { (lang.pick("Nhập tệp khác", "Import other files")) } }
        }
    };
    layout::page(chrome, title, Section::Datasets, "/imports/new", body)
}
