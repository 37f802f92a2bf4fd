//! Access-request pages: the request form on a shared dataset, the inbox (received and sent, with
//! due dates and overdue marks, and the latest notifications), one request with its answer,
//! withdrawal and conditions forms, and the sharing record shown on agency pages.

use chrono::NaiveDate;
use maud::{html, Markup};

use super::dataset_history::vietnam_time;
use super::forms::{
    checkboxes, csrf_field, error_summary, field_error, input, select, textarea, Errors, Input,
};
use super::layout::{self, Section};
use super::partials::breadcrumbs;
use crate::domain::{Channel, Lang, RequestStatus};
use crate::storage::access_requests::{RequestView, SharingRecord};
use crate::storage::outbox;
use crate::web::access_request_form::{AnswerInput, RequestInput};
use crate::web::ctx::Chrome;

pub fn date(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// What the request form shows of the dataset.
pub struct RequestFormPage<'a> {
    pub identifier: &'a str,
    pub title: &'a str,
    pub owner_name: &'a str,
    pub answering_name: &'a str,
    /// `(name, label)` of each schema column.
    pub columns: &'a [(String, String)],
    pub channels: &'a [Channel],
    pub response_days: i32,
    /// When an answer would be due if sent today.
    pub due_on: NaiveDate,
    pub default_sharing: bool,
    pub conditions: &'a str,
    pub input: &'a RequestInput,
    pub errors: &'a Errors,
}

pub fn request_form(chrome: &Chrome, p: &RequestFormPage) -> Markup {
    let lang = chrome.lang;
    let title = lang.pick("Yêu cầu truy cập dữ liệu", "Request access to data");
    let here = format!("/datasets/{}/access-requests/new", p.identifier);
    let trail = [
        (
            "/datasets".to_string(),
            lang.pick("Dữ liệu", "Datasets").to_string(),
        ),
        (format!("/datasets/{}", p.identifier), p.title.to_string()),
    ];
    let channels: Vec<(String, String)> = p
        .channels
        .iter()
        .map(|c| (c.code().to_string(), c.label(lang).to_string()))
        .collect();
    let i = p.input;
    let body = html! {
        (breadcrumbs(lang, &trail, title))
        h1 { (title) }
        p class="lead" { (p.title) }
        dl class="facts" {
            dt { (lang.pick("Chủ sở hữu", "Owner")) } dd { (p.owner_name) }
            dt { (lang.pick("Cơ quan trả lời yêu cầu", "Agency that answers")) } dd { (p.answering_name) }
            dt { (lang.pick("Thời hạn trả lời", "Answer due within")) }
            dd { (p.response_days) " " (lang.pick("ngày làm việc", "working days"))
                 " (" (lang.pick("nếu gửi hôm nay: trước hết ngày ", "if sent today: by the end of ")) (date(p.due_on)) ")" }
            @if !p.conditions.is_empty() {
                dt { (lang.pick("Điều kiện khai thác", "Conditions of access")) } dd { (p.conditions) }
            }
        }
        @if p.default_sharing {
            p class="notice" role="note" { (lang.pick(
                "Dữ liệu này được chia sẻ mặc định cho cơ quan nhà nước: yêu cầu được chấp thuận ngay khi gửi và vẫn được ghi lại.",
                "This dataset is shared by default with state agencies: the request is approved as soon as it is sent, and still recorded.")) }
        }
        (error_summary(lang, p.errors))
        form method="post" action=(here) class="stacked request-form" {
            (csrf_field(&chrome.csrf))
            (textarea(lang, p.errors, "purpose", lang.pick("Mục đích sử dụng *", "Purpose *"), &i.purpose,
                Some(lang.pick("Dữ liệu dùng vào việc gì, cho thủ tục hay nhiệm vụ nào.", "What the data is for: which procedure or task."))))
            (input(lang, p.errors, Input::text("legal_basis", lang.pick("Căn cứ pháp lý", "Legal basis"), &i.legal_basis).required()
                .hint(lang.pick("Văn bản quy định nhiệm vụ cần dữ liệu, ví dụ: Nghị định 47/2020/NĐ-CP.", "The text that gives the task, e.g. Decree 47/2020/NĐ-CP."))))
            fieldset class="checkboxes" id="scope" {
                legend { (lang.pick("Phạm vi dữ liệu", "Which data")) }
                div class="check" {
                    input type="radio" id="scope-all" name="scope" value="all" checked[i.scope != "some"];
                    label for="scope-all" { (lang.pick("Toàn bộ dữ liệu", "The whole dataset")) }
                }
                div class="check" {
                    input type="radio" id="scope-some" name="scope" value="some" checked[i.scope == "some"] disabled[p.columns.is_empty()];
                    label for="scope-some" { (lang.pick("Chỉ các trường chọn dưới đây", "Only the columns ticked below")) }
                }
            }
            @if !p.columns.is_empty() {
                (checkboxes("columns", lang.pick("Các trường cần dùng", "Columns needed"), p.columns, &i.columns))
                (field_error(lang, p.errors, "columns"))
            }
            (select(lang, p.errors, "channel", lang.pick("Kênh khai thác", "Channel"), &channels, &i.channel))
            (input(lang, p.errors, Input::text("period_start", lang.pick("Sử dụng từ ngày", "Use from"), &i.period_start).kind("date").required()))
            (input(lang, p.errors, Input::text("period_end", lang.pick("Đến ngày", "Until"), &i.period_end).kind("date").required()))
            (input(lang, p.errors, Input::text("contact_name", lang.pick("Người liên hệ", "Contact person"), &i.contact_name).required().autocomplete("name")))
            (input(lang, p.errors, Input::text("contact_email", lang.pick("Thư điện tử liên hệ", "Contact email"), &i.contact_email).kind("email").required().autocomplete("email")))
            (input(lang, p.errors, Input::text("contact_phone", lang.pick("Điện thoại liên hệ", "Contact phone"), &i.contact_phone).kind("tel").autocomplete("tel")))
            button type="submit" { (lang.pick("Gửi yêu cầu", "Send the request")) }
        }
    };
    layout::page(chrome, title, Section::Datasets, &here, body)
}

/// A refusal to show the request form, with the reason (open data, internal data, own agency…).
pub fn cannot_request(chrome: &Chrome, identifier: &str, title: &str, message: &str) -> Markup {
    let lang = chrome.lang;
    let heading = lang.pick("Yêu cầu truy cập dữ liệu", "Request access to data");
    let body = html! {
        h1 { (heading) }
        p class="lead" { (title) }
        p class="notice" role="note" { (message) }
        p { a href={ "/datasets/" (identifier) } { (lang.pick("Quay lại bộ dữ liệu", "Back to the dataset")) } }
    };
    layout::page(
        chrome,
        heading,
        Section::Datasets,
        &format!("/datasets/{identifier}/access-requests/new"),
        body,
    )
}

/// The status badge of a request, with overdue and expired marks.
fn status_badge(lang: Lang, v: &RequestView, today: NaiveDate) -> Markup {
    let r = &v.request;
    html! {
        span class={ "badge request-" (r.status) } { (r.status().label(lang)) }
        @if r.is_overdue(today) {
            " " span class="badge overdue" { (lang.pick("Quá hạn", "Overdue")) }
        }
        @if r.is_expired(today) {
            " " span class="badge expired" { (lang.pick("Hết hạn sử dụng", "Expired")) }
        }
        @if r.automatic {
            " " span class="badge" { (lang.pick("Chia sẻ mặc định", "Default sharing")) }
        }
    }
}

fn request_table(
    lang: Lang,
    caption: &str,
    rows: &[RequestView],
    today: NaiveDate,
    agency: &dyn Fn(i32) -> String,
    other_side: &dyn Fn(&RequestView) -> i32,
) -> Markup {
    html! {
        div class="table-scroll" {
            table {
                caption { (caption) }
                thead { tr {
                    th scope="col" { (lang.pick("Số yêu cầu", "Reference")) }
                    th scope="col" { (lang.pick("Bộ dữ liệu", "Dataset")) }
                    th scope="col" { (lang.pick("Cơ quan", "Agency")) }
                    th scope="col" { (lang.pick("Gửi lúc", "Sent")) }
                    th scope="col" { (lang.pick("Hạn trả lời", "Due")) }
                    th scope="col" { (lang.pick("Trạng thái", "Status")) }
                } }
                tbody {
                    @for v in rows {
                        tr class=[v.request.is_overdue(today).then_some("overdue-row")] {
                            td { a href={ "/access-requests/" (v.request.reference) } { (v.request.reference) } }
                            td { (v.dataset_title) }
                            td { (agency(other_side(v))) }
                            td { (vietnam_time(v.request.submitted_at)) }
                            td { (date(v.request.due_on)) }
                            td { (status_badge(lang, v, today)) }
                        }
                    }
                }
            }
        }
    }
}

/// What the inbox shows.
pub struct InboxPage<'a> {
    pub received: &'a [RequestView],
    pub sent: &'a [RequestView],
    pub notices: &'a [outbox::Stored],
    pub today: NaiveDate,
    pub agency: &'a dyn Fn(i32) -> String,
    /// The status filter in effect (`pending`, `overdue`…; "" for every request).
    pub filter: &'a str,
    /// Most requests a list shows.
    pub limit: usize,
    pub counts: InboxCounts,
}

/// The inbox's figures, over every request (not only those listed).
#[derive(Debug, Clone, Copy)]
pub struct InboxCounts {
    /// Received and awaiting an answer.
    pub pending: i64,
    /// Received and overdue.
    pub overdue: i64,
    /// Sent and overdue.
    pub sent_overdue: i64,
}

/// The status filter of the inbox (a GET form: works without JavaScript).
fn inbox_filter(lang: Lang, selected: &str) -> Markup {
    let mut options = vec![
        (String::new(), lang.pick("Tất cả", "All").to_string()),
        (
            "overdue".to_string(),
            lang.pick("Quá hạn", "Overdue").to_string(),
        ),
    ];
    options.extend(
        RequestStatus::ALL
            .iter()
            .map(|s| (s.code().to_string(), s.label(lang).to_string())),
    );
    html! {
        form method="get" action="/access-requests" class="inline-filter" {
            (select(lang, &Errors::default(), "status", lang.pick("Trạng thái", "Status"), &options, selected))
            button type="submit" { (lang.pick("Lọc", "Filter")) }
        }
    }
}

/// Says that a list is cut at `limit` (and how to reach the rest).
fn cut_note(lang: Lang, shown: usize, limit: usize) -> Markup {
    html! {
        @if shown >= limit {
            p class="notice" role="note" {
                (lang.pick("Hiển thị ", "Showing the ")) (limit)
                (lang.pick(" yêu cầu mới nhất; chọn trạng thái để xem các yêu cầu khác.", " newest requests; choose a status to see others."))
            }
        }
    }
}

pub fn inbox(chrome: &Chrome, p: &InboxPage) -> Markup {
    let lang = chrome.lang;
    let title = lang.pick("Yêu cầu truy cập dữ liệu", "Access requests");
    let InboxCounts {
        pending,
        overdue,
        sent_overdue,
    } = p.counts;
    let body = html! {
        h1 { (title) }
        (inbox_filter(lang, p.filter))
        ul class="stats" {
            li { strong { (pending) } " " (lang.pick("yêu cầu đang chờ cơ quan bạn trả lời", "requests awaiting your agency's answer")) }
            li class=[(overdue > 0).then_some("overdue")] { strong { (overdue) } " " (lang.pick("yêu cầu nhận được đã quá hạn", "received requests overdue")) }
            li { strong { (sent_overdue) } " " (lang.pick("yêu cầu đã gửi đang quá hạn trả lời", "sent requests past their due date")) }
        }
        section aria-labelledby="received" {
            h2 id="received" { (lang.pick("Yêu cầu nhận được", "Requests received")) }
            @if p.received.is_empty() {
                p { (lang.pick("Chưa có yêu cầu nào gửi đến cơ quan bạn.", "No request has been sent to your agency.")) }
            } @else {
                (request_table(lang, lang.pick("Yêu cầu nhận được, mới nhất trước", "Requests received, newest first"),
                    p.received, p.today, p.agency, &|v| v.request.requester_agency_id))
                (cut_note(lang, p.received.len(), p.limit))
            }
        }
        section aria-labelledby="sent" {
            h2 id="sent" { (lang.pick("Yêu cầu của tôi và cơ quan tôi", "My agency's requests")) }
            @if p.sent.is_empty() {
                p { (lang.pick(
                    "Chưa gửi yêu cầu nào. Mở một bộ dữ liệu dùng chung của cơ quan khác và chọn \"Yêu cầu truy cập\".",
                    "No request sent yet. Open a shared dataset of another agency and choose \"Request access\".")) }
            } @else {
                (request_table(lang, lang.pick("Yêu cầu đã gửi, mới nhất trước", "Requests sent, newest first"),
                    p.sent, p.today, p.agency, &|v| v.request.answering_agency_id))
                (cut_note(lang, p.sent.len(), p.limit))
            }
        }
        section aria-labelledby="notices" {
            h2 id="notices" { (lang.pick("Thông báo", "Notifications")) }
            @if p.notices.is_empty() {
                p { (lang.pick("Chưa có thông báo.", "No notifications.")) }
            } @else {
                ul class="notices" {
                    @for n in p.notices {
                        li {
                            time datetime=(n.created_at.format("%Y-%m-%dT%H:%M:%SZ")) { (vietnam_time(n.created_at)) }
                            " · " (n.subject)
                            @if n.delivered_at.is_none() {
                                " " span class="badge" { (lang.pick("chưa gửi thư", "email pending")) }
                            }
                        }
                    }
                }
            }
        }
    };
    layout::page(chrome, title, Section::None, "/access-requests", body)
}

/// What one request's page shows and offers.
pub struct DetailPage<'a> {
    pub view: &'a RequestView,
    pub today: NaiveDate,
    pub agency: &'a dyn Fn(i32) -> String,
    /// `(name, label)` of the dataset's columns.
    pub columns: &'a [(String, String)],
    pub can_answer: bool,
    pub can_withdraw: bool,
    pub answer: &'a AnswerInput,
    pub errors: &'a Errors,
    /// A message at the top: saved, or why a step did not happen.
    pub notice: Option<&'a str>,
    /// Whether the notice reports success (drawn as such) rather than a refusal.
    pub notice_ok: bool,
}

fn column_list(lang: Lang, names: &[String], columns: &[(String, String)]) -> Markup {
    if names.is_empty() {
        return html! { (lang.pick("Toàn bộ dữ liệu", "The whole dataset")) };
    }
    html! {
        ul class="plain" {
            @for n in names {
                @let label = columns.iter().find(|(c, _)| c == n).map(|(_, l)| l.as_str()).unwrap_or(n);
                li { code { (n) } @if label != n { " — " (label) } }
            }
        }
    }
}

pub fn detail(chrome: &Chrome, p: &DetailPage) -> Markup {
    let lang = chrome.lang;
    let v = p.view;
    let r = &v.request;
    let title = format!("{} {}", lang.pick("Yêu cầu", "Request"), r.reference);
    let here = format!("/access-requests/{}", r.reference);
    let trail = [(
        "/access-requests".to_string(),
        lang.pick("Yêu cầu truy cập", "Access requests").to_string(),
    )];
    let channel = Channel::from_code(&r.channel)
        .map(|c| c.label(lang))
        .unwrap_or(&r.channel);
    let requested = r.requested();
    let granted_choices: Vec<(String, String)> = p
        .columns
        .iter()
        .filter(|(n, _)| requested.is_empty() || requested.contains(n))
        .cloned()
        .collect();
    let body = html! {
        (breadcrumbs(lang, &trail, &r.reference))
        h1 { (title) }
        @if let Some(n) = p.notice { p class=(if p.notice_ok { "success" } else { "notice" }) role="status" { (n) } }
        p { (status_badge(lang, v, p.today)) }
        dl class="facts" {
            dt { (lang.pick("Bộ dữ liệu", "Dataset")) }
            dd { a href={ "/datasets/" (v.dataset_identifier) } { (v.dataset_title) } }
            dt { (lang.pick("Cơ quan yêu cầu", "Requesting agency")) } dd { ((p.agency)(r.requester_agency_id)) }
            dt { (lang.pick("Người gửi", "Sent by")) } dd { (v.requester_email) }
            dt { (lang.pick("Cơ quan trả lời", "Answering agency")) } dd { ((p.agency)(r.answering_agency_id)) }
            dt { (lang.pick("Gửi lúc", "Sent")) } dd { (vietnam_time(r.submitted_at)) }
            dt { (lang.pick("Hạn trả lời", "Answer due")) } dd { (lang.pick("hết ngày ", "end of ")) (date(r.due_on)) }
            dt { (lang.pick("Mục đích", "Purpose")) } dd class="prose" { (r.purpose) }
            dt { (lang.pick("Căn cứ pháp lý", "Legal basis")) } dd { (r.legal_basis) }
            dt { (lang.pick("Trường yêu cầu", "Columns requested")) } dd { (column_list(lang, &requested, p.columns)) }
            dt { (lang.pick("Kênh", "Channel")) } dd { (channel) }
            dt { (lang.pick("Thời hạn sử dụng", "Period of use")) } dd { (date(r.period_start)) " – " (date(r.period_end)) }
            dt { (lang.pick("Liên hệ", "Contact")) } dd { (r.contact_name) " · " (r.contact_email) @if !r.contact_phone.is_empty() { " · " (r.contact_phone) } }
            @if let Some(at) = r.answered_at {
                dt { (lang.pick("Trả lời lúc", "Answered")) }
                dd { (vietnam_time(at)) @if let Some(by) = &v.answerer_email { " · " (by) } }
            }
            @if r.status() == RequestStatus::Approved {
                dt { (lang.pick("Được khai thác", "Granted columns")) } dd { (column_list(lang, &r.approved(), p.columns)) }
                dt { (lang.pick("Điều kiện", "Conditions")) }
                dd class="prose" { @if r.conditions.is_empty() { (lang.pick("Không có", "None")) } @else { (r.conditions) } }
            }
            @if r.status() == RequestStatus::Refused {
                dt { (lang.pick("Lý do từ chối", "Reason for refusal")) } dd class="prose" { (r.refusal_reason) }
                dt { (lang.pick("Căn cứ từ chối", "Legal basis of the refusal")) } dd { (r.refusal_legal_basis) }
            }
        }
        (error_summary(lang, p.errors))
        @if p.can_answer && r.status() == RequestStatus::Pending {
            section aria-labelledby="answer" {
                h2 id="answer" { (lang.pick("Trả lời yêu cầu", "Answer the request")) }
                form method="post" action={ (here) "/answer" } class="stacked answer-form" {
                    (csrf_field(&chrome.csrf))
                    input type="hidden" name="version" value=(r.version);
                    fieldset class="checkboxes" id="decision" {
                        legend { (lang.pick("Quyết định", "Decision")) }
                        div class="check" {
                            input type="radio" id="decision-approve" name="decision" value="approve" checked[p.answer.decision == "approve"];
                            label for="decision-approve" { (lang.pick("Chấp thuận", "Approve")) }
                        }
                        div class="check" {
                            input type="radio" id="decision-refuse" name="decision" value="refuse" checked[p.answer.decision == "refuse"];
                            label for="decision-refuse" { (lang.pick("Từ chối", "Refuse")) }
                        }
                    }
                    (field_error(lang, p.errors, "decision"))
                    @if !granted_choices.is_empty() {
                        (checkboxes("columns", lang.pick("Khi chấp thuận: chỉ cấp các trường (để trống = tất cả trường đã yêu cầu)", "If approving: grant only these columns (none ticked = all requested)"), &granted_choices, &p.answer.columns))
                        (field_error(lang, p.errors, "columns"))
                    }
                    (textarea(lang, p.errors, "conditions", lang.pick("Khi chấp thuận: điều kiện khai thác", "If approving: conditions"), &p.answer.conditions, None))
                    (textarea(lang, p.errors, "reason", lang.pick("Khi từ chối: lý do bằng văn bản", "If refusing: written reason"), &p.answer.reason, None))
                    (input(lang, p.errors, Input::text("refusal_legal_basis", lang.pick("Khi từ chối: căn cứ pháp lý", "If refusing: legal basis"), &p.answer.legal_basis)))
                    button type="submit" { (lang.pick("Gửi trả lời", "Send the answer")) }
                }
            }
        }
        @if p.can_answer && r.status() == RequestStatus::Approved {
            section aria-labelledby="conditions-h" {
                h2 id="conditions-h" { (lang.pick("Thay đổi điều kiện", "Change the conditions")) }
                form method="post" action={ (here) "/conditions" } class="stacked conditions-form" {
                    (csrf_field(&chrome.csrf))
                    input type="hidden" name="version" value=(r.version);
                    @if !granted_choices.is_empty() {
                        (checkboxes("columns", lang.pick("Trường được khai thác (để trống = tất cả trường đã yêu cầu)", "Granted columns (none ticked = all requested)"), &granted_choices, &r.approved()))
                    }
                    (textarea(lang, p.errors, "conditions", lang.pick("Điều kiện khai thác", "Conditions"), &r.conditions, None))
                    button type="submit" class="secondary" { (lang.pick("Lưu điều kiện", "Save the conditions")) }
                }
            }
        }
        @if p.can_withdraw && r.status() == RequestStatus::Pending {
            form method="post" action={ (here) "/withdraw" } class="withdraw-form" {
                (csrf_field(&chrome.csrf))
                input type="hidden" name="version" value=(r.version);
                button type="submit" class="danger" { (lang.pick("Rút lại yêu cầu", "Withdraw the request")) }
            }
        }
    };
    layout::page(chrome, &title, Section::None, &here, body)
}

/// An agency's record in answering requests, for its page.
pub fn sharing_record(lang: Lang, r: &SharingRecord) -> Markup {
    html! {
        section aria-labelledby="sharing-record" {
            h2 id="sharing-record" { (lang.pick("Chia sẻ dữ liệu theo yêu cầu", "Answering data requests")) }
            @if r.received == 0 {
                p { (lang.pick("Chưa nhận yêu cầu truy cập nào.", "No access request received yet.")) }
            } @else {
                dl class="facts" {
                    dt { (lang.pick("Yêu cầu nhận được", "Requests received")) } dd { (r.received) }
                    dt { (lang.pick("Đã trả lời", "Answered")) } dd { (r.answered) }
                    dt { (lang.pick("Trả lời đúng hạn", "Answered on time")) } dd { (r.on_time) " / " (r.answered) }
                    dt { (lang.pick("Đang quá hạn", "Overdue now")) } dd { (r.overdue) }
                    dt { (lang.pick("Từ chối", "Refused")) } dd { (r.refused) }
                    dt { (lang.pick("Thời gian trả lời (trung vị)", "Median answer time")) }
                    dd { @match r.median_working_days {
                        Some(d) => { (format!("{d:.1}").replace('.', lang.pick(",", "."))) " " (lang.pick("ngày làm việc", "working days")) }
                        None => { "—" }
                    } }
                }
            }
        }
    }
}
