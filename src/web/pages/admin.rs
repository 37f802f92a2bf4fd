//! Administration pages: users (create, re-role, move to another agency, disable) and the audit log
//! of every write, filterable by user, agency and dates.

use maud::{html, Markup};

use super::forms::{csrf_field, error_summary, input, select, Errors, Input};
use super::layout::{self, Section};
use crate::domain::{Lang, UserRole};
use crate::storage::agencies::AgencyTree;
use crate::storage::audit::Logged;
use crate::storage::users::User;
use crate::web::ctx::Chrome;

fn role_options(lang: Lang) -> Vec<(String, String)> {
    UserRole::ALL
        .iter()
        .map(|r| {
            (
                r.code().to_string(),
                lang.pick(r.label_vi(), r.label_en()).to_string(),
            )
        })
        .collect()
}

fn agency_choices(lang: Lang, agencies: &[(String, String)]) -> Vec<(String, String)> {
    let mut out = vec![(
        String::new(),
        lang.pick("(không thuộc cơ quan nào)", "(no agency)")
            .to_string(),
    )];
    out.extend(agencies.iter().cloned());
    out
}

fn tabs(lang: Lang, here: &str) -> Markup {
    let items = [
        ("/admin/users", lang.pick("Người dùng", "Users")),
        ("/admin/audit", lang.pick("Nhật ký thao tác", "Audit log")),
    ];
    html! {
        nav aria-label=(lang.pick("Quản trị", "Administration")) {
            ul class="tabs" {
                @for (href, label) in items {
                    li { @if href == here { a href=(href) aria-current="page" { (label) } } @else { a href=(href) { (label) } } }
                }
            }
        }
    }
}

/// What the new-user form holds after a refused submission.
#[derive(Default)]
pub struct NewUserInput {
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub agency: String,
}

pub fn users(
    chrome: &Chrome,
    users: &[User],
    tree: &AgencyTree,
    agencies: &[(String, String)],
    new: &NewUserInput,
    errors: &Errors,
    notice: Option<&str>,
) -> Markup {
    let lang = chrome.lang;
    let title = lang.pick("Quản lý người dùng", "Users");
    let roles = role_options(lang);
    let choices = agency_choices(lang, agencies);
    let agency_code = |id: Option<i32>| {
        id.and_then(|i| tree.get(i))
            .map(|a| a.code.clone())
            .unwrap_or_default()
    };
    let body = html! {
        h1 { (title) }
        (tabs(lang, "/admin/users"))
        @if let Some(n) = notice { p class="success" role="status" { (n) } }
        div class="table-scroll" {
            table class="users" {
                caption class="visually-hidden" { (title) }
                thead { tr {
                    th scope="col" { (lang.pick("Thư điện tử", "Email")) }
                    th scope="col" { (lang.pick("Vai trò", "Role")) }
                    th scope="col" { (lang.pick("Cơ quan", "Agency")) }
                    th scope="col" { (lang.pick("Khoá", "Disabled")) }
                    th scope="col" { (lang.pick("Đăng nhập gần nhất", "Last login")) }
                    th scope="col" { span class="visually-hidden" { (lang.pick("Lưu", "Save")) } }
                } }
                tbody {
                    @for u in users {
                        @let form_id = format!("user-{}", u.id);
                        tr class=[u.disabled.then_some("disabled")] {
                            th scope="row" { (u.email) @if !u.display_name.is_empty() { br; span class="small" { (u.display_name) } } }
                            td {
                                label for={ (form_id) "-role" } class="visually-hidden" { (lang.pick("Vai trò của ", "Role of ")) (u.email) }
                                select id={ (form_id) "-role" } name="role" form=(form_id) {
                                    @for (code, label) in &roles { option value=(code) selected[*code == u.role] { (label) } }
                                }
                            }
                            td {
                                label for={ (form_id) "-agency" } class="visually-hidden" { (lang.pick("Cơ quan của ", "Agency of ")) (u.email) }
                                @let current = agency_code(u.agency_id);
                                select id={ (form_id) "-agency" } name="agency" form=(form_id) {
                                    @for (code, label) in &choices { option value=(code) selected[*code == current] { (label) } }
                                }
                            }
                            td class="center" {
                                input type="checkbox" id={ (form_id) "-disabled" } name="disabled" value="true" form=(form_id) checked[u.disabled];
                                label for={ (form_id) "-disabled" } class="visually-hidden" { (lang.pick("Khoá tài khoản ", "Disable ")) (u.email) }
                            }
                            td { @match u.last_login_at { Some(t) => (t.format("%d/%m/%Y %H:%M")), None => "—" } }
                            td {
                                form id=(form_id) method="post" action={ "/admin/users/" (u.id) } {
                                    (csrf_field(&chrome.csrf))
                                    button type="submit" class="secondary" { (lang.pick("Lưu", "Save")) }
                                }
                            }
                        }
                    }
                }
            }
        }
        section aria-labelledby="new-user" class="narrow" {
            h2 id="new-user" { (lang.pick("Thêm người dùng", "Add a user")) }
            (error_summary(lang, errors))
            form method="post" action="/admin/users" class="stacked" {
                (csrf_field(&chrome.csrf))
                (input(lang, errors, Input::text("email", lang.pick("Thư điện tử công vụ", "Work email"), &new.email).kind("email").required().autocomplete("off")))
                (input(lang, errors, Input::text("display_name", lang.pick("Họ tên", "Name"), &new.display_name)))
                (select(lang, errors, "role", lang.pick("Vai trò", "Role"), &roles, if new.role.is_empty() { "official" } else { &new.role }))
                (select(lang, errors, "agency", lang.pick("Cơ quan", "Agency"), &choices, &new.agency))
                (input(lang, errors, Input::text("password", lang.pick("Mật khẩu ban đầu", "Initial password"), "").kind("password").required()
                    .autocomplete("new-password").hint(lang.pick("Ít nhất 12 ký tự; người dùng nên đổi sau lần đăng nhập đầu.", "At least 12 characters; the user should change it after logging in."))))
                button type="submit" { (lang.pick("Tạo tài khoản", "Create account")) }
            }
        }
    };
    layout::page(chrome, title, Section::None, "/admin/users", body)
}

/// Filters as typed, to show them back.
#[derive(Default)]
pub struct AuditQuery {
    pub user: String,
    pub agency: String,
    pub from: String,
    pub to: String,
}

pub fn audit(
    chrome: &Chrome,
    entries: &[Logged],
    tree: &AgencyTree,
    query: &AuditQuery,
    errors: &Errors,
    next: Option<String>,
) -> Markup {
    let lang = chrome.lang;
    let title = lang.pick("Nhật ký thao tác", "Audit log");
    let action_label = |a: &str| -> String {
        match a {
            "login" => lang.pick("Đăng nhập", "Login"),
            "login_failed" => lang.pick("Đăng nhập thất bại", "Failed login"),
            "logout" => lang.pick("Đăng xuất", "Logout"),
            "user_created" => lang.pick("Tạo tài khoản", "User created"),
            "user_changed" => lang.pick("Sửa tài khoản", "User changed"),
            "password_changed" => lang.pick("Đổi mật khẩu", "Password changed"),
            "dataset_created" => lang.pick("Tạo bộ dữ liệu", "Dataset created"),
            "dataset_updated" => lang.pick("Sửa bộ dữ liệu", "Dataset changed"),
            "import" => lang.pick("Nhập tệp danh mục", "Import"),
            "access_requested" => lang.pick("Yêu cầu truy cập dữ liệu", "Access requested"),
            "access_approved" => lang.pick("Chấp thuận yêu cầu truy cập", "Access approved"),
            "access_refused" => lang.pick("Từ chối yêu cầu truy cập", "Access refused"),
            "access_withdrawn" => lang.pick("Rút lại yêu cầu truy cập", "Access request withdrawn"),
            "access_conditions_changed" => {
                lang.pick("Thay đổi điều kiện truy cập", "Access conditions changed")
            }
            other => other,
        }
        .to_string()
    };
    let body = html! {
        h1 { (title) }
        (tabs(lang, "/admin/audit"))
        (error_summary(lang, errors))
        form method="get" action="/admin/audit" class="filters field-row" {
            (input(lang, errors, Input::text("user", lang.pick("Người dùng (thư điện tử)", "User (email)"), &query.user)))
            (input(lang, errors, Input::text("agency", lang.pick("Mã cơ quan", "Agency code"), &query.agency)))
            (input(lang, errors, Input::text("from", lang.pick("Từ ngày", "From"), &query.from).kind("date")))
            (input(lang, errors, Input::text("to", lang.pick("Đến ngày", "To"), &query.to).kind("date")))
            div class="field" { button type="submit" { (lang.pick("Lọc", "Filter")) } }
        }
        @if entries.is_empty() {
            p { (lang.pick("Không có thao tác nào khớp bộ lọc.", "No entry matches the filters.")) }
        } @else {
            div class="table-scroll" {
                table class="audit" {
                    thead { tr {
                        th scope="col" { (lang.pick("Thời điểm (UTC)", "Time (UTC)")) }
                        th scope="col" { (lang.pick("Người thực hiện", "By")) }
                        th scope="col" { (lang.pick("Cơ quan", "Agency")) }
                        th scope="col" { (lang.pick("Thao tác", "Action")) }
                        th scope="col" { (lang.pick("Đối tượng", "Subject")) }
                        th scope="col" { (lang.pick("Chi tiết", "Detail")) }
                        th scope="col" { (lang.pick("Địa chỉ", "Address")) }
                    } }
                    tbody {
                        @for e in entries {
                            tr class=[(e.action == "login_failed").then_some("warn")] {
                                td { (e.at.format("%d/%m/%Y %H:%M:%S")) }
                                td { (e.actor_label) }
                                td { (e.agency_id.and_then(|i| tree.get(i)).map(|a| a.code.as_str()).unwrap_or("—")) }
                                td { (action_label(&e.action)) }
                                td { (e.subject) }
                                td class="small" { (e.detail) }
                                td class="small" { (e.address) }
                            }
                        }
                    }
                }
            }
        }
        @if let Some(href) = next {
            p { a href=(href) rel="next" { (lang.pick("Cũ hơn →", "Older →")) } }
        }
    };
    layout::page(chrome, title, Section::None, "/admin/audit", body)
}
