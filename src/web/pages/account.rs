//! The login page and the account page (who you are, change your password).

use maud::{html, Markup};

use super::forms::{csrf_field, error_summary, input, Errors, Input};
use super::layout::{self, Section};
use crate::web::ctx::{Account, Chrome};

/// The login form. `email` keeps what was typed; `notice` explains a refusal or a throttle.
pub fn login(chrome: &Chrome, email: &str, next: &str, errors: &Errors) -> Markup {
    let lang = chrome.lang;
    let title = lang.pick("Đăng nhập", "Log in");
    let body = html! {
        section class="narrow" {
            h1 { (title) }
            p { (lang.pick(
                "Dành cho cán bộ, công chức và cán bộ quản lý dữ liệu của các cơ quan nhà nước. Người dân xem được các bộ dữ liệu mở mà không cần đăng nhập.",
                "For civil servants and data stewards of state agencies. The public can browse open datasets without logging in.")) }
            (error_summary(lang, errors))
            form method="post" action="/login" class="stacked" {
                (csrf_field(&chrome.csrf))
                input type="hidden" name="next" value=(next);
                (input(lang, errors, Input::text("email", lang.pick("Thư điện tử công vụ", "Work email"), email)
                    .kind("email").required().autocomplete("username")))
                (input(lang, errors, Input::text("password", lang.pick("Mật khẩu", "Password"), "")
                    .kind("password").required().autocomplete("current-password")))
                button type="submit" { (title) }
            }
        }
    };
    layout::page(chrome, title, Section::None, "/login", body)
}

/// The API tokens part of the account page (stewards and admins).
pub struct TokensPart<'a> {
    pub tokens: &'a [crate::storage::tokens::Listed],
    /// A token just created: its secret, shown this once.
    pub new_secret: Option<&'a str>,
}

/// The account page with the password form; `saved` after a successful change.
pub fn account(
    chrome: &Chrome,
    account: &Account,
    agency_name: Option<&str>,
    errors: &Errors,
    saved: bool,
    tokens: Option<&TokensPart>,
) -> Markup {
    let lang = chrome.lang;
    let title = lang.pick("Tài khoản của tôi", "My account");
    let body = html! {
        section class="narrow" {
            h1 { (title) }
            dl class="facts" {
                dt { (lang.pick("Thư điện tử", "Email")) } dd { (account.email) }
                dt { (lang.pick("Vai trò", "Role")) } dd { (lang.pick(account.role.label_vi(), account.role.label_en())) }
                @if let Some(name) = agency_name {
                    dt { (lang.pick("Cơ quan", "Agency")) } dd { (name) }
                }
            }
            h2 { (lang.pick("Đổi mật khẩu", "Change password")) }
            @if saved {
                p class="success" role="status" { (lang.pick(
                    "Đã đổi mật khẩu. Các phiên đăng nhập khác của bạn đã kết thúc.",
                    "Your password has been changed. Your other sessions have been ended.")) }
            }
            (error_summary(lang, errors))
            form method="post" action="/account/password" class="stacked" {
                (csrf_field(&chrome.csrf))
                (input(lang, errors, Input::text("current", lang.pick("Mật khẩu hiện tại", "Current password"), "")
                    .kind("password").required().autocomplete("current-password")))
                (input(lang, errors, Input::text("new", lang.pick("Mật khẩu mới", "New password"), "")
                    .kind("password").required().autocomplete("new-password")
                    .hint(lang.pick("Ít nhất 12 ký tự.", "At least 12 characters."))))
                (input(lang, errors, Input::text("confirm", lang.pick("Nhập lại mật khẩu mới", "Repeat the new password"), "")
                    .kind("password").required().autocomplete("new-password")))
                button type="submit" { (lang.pick("Đổi mật khẩu", "Change password")) }
            }
            @if let Some(t) = tokens { (tokens_part(chrome, t, errors)) }
        }
    };
    layout::page(chrome, title, Section::None, "/account", body)
}

fn tokens_part(chrome: &Chrome, t: &TokensPart, errors: &Errors) -> Markup {
    let lang = chrome.lang;
    html! {
        h2 id="tokens" { (lang.pick("Mã truy cập API cho phần mềm", "API tokens for scripts")) }
        p { (lang.pick(
            "Phần mềm dùng mã này để nhập tệp danh mục qua POST /api/v1/imports (xem README), với quyền của tài khoản này. Mã chỉ hiện một lần; khi tài khoản bị khoá, mã hết hiệu lực.",
            "Scripts use a token to import inventory files with POST /api/v1/imports (see the README), with this account's rights. It is shown once; it stops working when the account is disabled.")) }
        @if let Some(secret) = t.new_secret {
            div class="success" role="status" {
                p { (lang.pick("Mã mới — hãy sao chép ngay, mã sẽ không hiện lại:", "New token — copy it now, it will not be shown again:")) }
                p { code class="secret" { (secret) } }
            }
        }
        @if !t.tokens.is_empty() {
            div class="table-scroll" {
                table class="users" {
                    thead { tr {
                        th scope="col" { (lang.pick("Tên", "Name")) }
                        th scope="col" { (lang.pick("Tạo lúc", "Created")) }
                        th scope="col" { (lang.pick("Dùng gần nhất", "Last used")) }
                        th scope="col" { (lang.pick("Trạng thái", "Status")) }
                    } }
                    tbody {
                        @for k in t.tokens {
                            tr {
                                th scope="row" { (k.name) }
                                td { (k.created_at.format("%d/%m/%Y %H:%M")) }
                                td { @match k.last_used_at { Some(at) => (at.format("%d/%m/%Y %H:%M")), None => "—" } }
                                td {
                                    @if k.revoked_at.is_some() {
                                        (lang.pick("Đã thu hồi", "Revoked"))
                                    } @else {
                                        form method="post" action={ "/account/tokens/" (k.id) "/revoke" } class="inline-form" {
                                            (csrf_field(&chrome.csrf))
                                            button type="submit" class="danger" { (lang.pick("Thu hồi", "Revoke")) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        form method="post" action="/account/tokens" class="stacked" {
            (csrf_field(&chrome.csrf))
            (input(lang, errors, Input::text("token_name", lang.pick("Tên mã (phần mềm nào dùng)", "Token name (which script uses it)"), "").required()))
            button type="submit" { (lang.pick("Tạo mã truy cập", "Create a token")) }
        }
    }
}
