//! Error pages: what happened, in the visitor's language, and where to go next.

use actix_web::http::StatusCode;
use maud::{html, Markup};

use super::layout::{self, Section};
use crate::web::ctx::Chrome;

pub fn page(chrome: &Chrome, status: StatusCode) -> Markup {
    let lang = chrome.lang;
    let (title, explanation) = match status.as_u16() {
        404 => (
            lang.pick("Không tìm thấy trang", "Page not found"),
            lang.pick(
                "Địa chỉ này không có trong danh mục: bộ dữ liệu hoặc cơ quan có thể đã đổi mã định danh, hoặc đường dẫn bị gõ sai.",
                "Nothing in the catalog has this address: the dataset or agency may have a new identifier, or the link is mistyped.",
            ),
        ),
        400 => (
            lang.pick("Yêu cầu không hợp lệ", "Bad request"),
            lang.pick("Yêu cầu gửi đến máy chủ không đọc được. Hãy quay lại và thử lại.", "The server could not read the request. Go back and try again."),
        ),
        403 => (
            lang.pick("Không có quyền thực hiện", "Not allowed"),
            lang.pick(
                "Tài khoản của bạn không có quyền xem hoặc thay đổi nội dung này. Nếu bạn cho rằng đây là nhầm lẫn, hãy liên hệ quản trị viên của danh mục.",
                "Your account may not see or change this. If you think this is a mistake, contact the catalog's administrators.",
            ),
        ),
        413 => (
            lang.pick("Nội dung gửi lên quá lớn", "Too much data sent"),
            lang.pick(
                "Không có gì được lưu: biểu mẫu gửi lên vượt quá 4 MB. Hãy rút ngắn nội dung (ví dụ phần mô tả) rồi gửi lại.",
                "Nothing was saved: the form sent more than 4 MB. Shorten what you typed (the description, for instance) and send it again.",
            ),
        ),
        405 => (
            lang.pick("Thao tác không được hỗ trợ", "Method not allowed"),
            lang.pick("Địa chỉ này không nhận loại yêu cầu đó.", "This address does not accept that kind of request."),
        ),
        503 => (
            lang.pick("Tạm thời không phục vụ được", "Temporarily unavailable"),
            lang.pick(
                "Cơ sở dữ liệu của danh mục đang không trả lời. Vui lòng thử lại sau ít phút.",
                "The catalog's database is not answering. Please try again in a few minutes.",
            ),
        ),
        _ => (
            lang.pick("Đã có lỗi xảy ra", "Something went wrong"),
            lang.pick(
                "Máy chủ gặp lỗi khi xử lý yêu cầu. Lỗi đã được ghi lại; vui lòng thử lại sau.",
                "The server failed to handle the request. The error has been logged; please try again later.",
            ),
        ),
    };
    explained(chrome, status, title, explanation)
}

/// 403 for a form whose CSRF token was missing or wrong: nothing was saved, and how to go on.
pub fn csrf_page(chrome: &Chrome) -> Markup {
    let lang = chrome.lang;
    explained(
        chrome,
        StatusCode::FORBIDDEN,
        lang.pick("Biểu mẫu đã hết hạn", "The form has expired"),
        lang.pick(
            "Không có gì được lưu: biểu mẫu này không còn hợp lệ (phiên đăng nhập đã thay đổi, hoặc biểu mẫu không được gửi từ trang của danh mục). Hãy quay lại, tải lại trang và gửi lại.",
            "Nothing was saved: this form is no longer valid (the login session changed, or the form was not sent from the catalog's own page). Go back, reload the page and send it again.",
        ),
    )
}

fn explained(chrome: &Chrome, status: StatusCode, title: &str, explanation: &str) -> Markup {
    let lang = chrome.lang;
    let body = html! {
        section class="error-page" {
            p class="error-code" { (status.as_u16()) }
            h1 { (title) }
            p { (explanation) }
            ul class="next-steps" {
                li { a href="/datasets" { (lang.pick("Xem danh sách dữ liệu", "Browse the datasets")) } }
                li { a href="/agencies" { (lang.pick("Xem danh sách cơ quan", "Browse the agencies")) } }
                li { a href="/" { (lang.pick("Về trang chủ", "Go to the home page")) } }
            }
        }
    };
    layout::page(chrome, title, Section::None, "/", body)
}
