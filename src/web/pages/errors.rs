//! Error pages: what happened, in the visitor's language, and where to go next.

use actix_web::http::StatusCode;
use maud::{html, Markup};

use super::layout::{self, Section};
use crate::domain::Lang;

pub fn page(lang: Lang, status: StatusCode) -> Markup {
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
    layout::page(lang, title, Section::None, "/", body)
}
