//! `/datasets/{identifier}`: all metadata of one dataset — owner and custodian, column-level schema,
//! access rules in plain language, distributions, dates, licence, frequency, contact point.

use maud::{html, Markup};

use super::layout::{self, Section};
use super::partials::{breadcrumbs, byte_size, date, scope_badge, status_badge};
use crate::domain::{Audience, Channel, Lang, PersonalData, SharingScope, Status};
use crate::storage::models::{AccessRule, Agency, DatasetDetail};
use crate::web::ctx::Chrome;

fn agency_link(lang: Lang, a: &Agency) -> Markup {
    html! { a href={ "/agencies/" (a.code) } { (a.name(lang)) } }
}

fn yes_no(lang: Lang, v: bool) -> &'static str {
    if v {
        lang.pick("Có", "Yes")
    } else {
        lang.pick("Không", "No")
    }
}

/// An access rule said the way an official would say it.
fn access_rule(lang: Lang, rule: &AccessRule, approver: Option<&Agency>) -> Markup {
    let who = match rule.audience() {
        Some(Audience::Public) => lang.pick(
            "Mọi tổ chức, cá nhân được khai thác, sử dụng tự do, kể cả cho mục đích thương mại.",
            "Anyone may use it freely, including for commercial purposes.",
        ),
        Some(Audience::StateAgencies) if rule.default_sharing => lang.pick(
            "Các cơ quan nhà nước được chia sẻ mặc định: cơ quan có nhu cầu gửi yêu cầu và được cung cấp, không cần phê duyệt riêng.",
            "Shared by default with state agencies: an agency that asks is given access without a separate approval.",
        ),
        Some(Audience::StateAgencies) => lang.pick(
            "Các cơ quan nhà nước được chia sẻ theo yêu cầu đặc thù, sau khi cơ quan phê duyệt đồng ý.",
            "Shared with state agencies on specific request, once the approving agency agrees.",
        ),
        Some(Audience::OwnerAgency) | None => lang.pick(
            "Chỉ cơ quan chủ sở hữu và cơ quan chủ quản được sử dụng; không chia sẻ cho cơ quan khác.",
            "Only the owning and custodian agencies may use it; it is not shared with other agencies.",
        ),
    };
    let needs_answer = rule.audience() == Some(Audience::StateAgencies);
    html! {
        li class="rule" {
            p { (who) }
            @if needs_answer {
                p {
                    (lang.pick("Thời hạn trả lời yêu cầu: ", "Deadline to answer a request: "))
                    strong { (rule.response_days) (lang.pick(" ngày làm việc", " working days")) }
                    @if let Some(a) = approver { (lang.pick(", do ", ", by ")) (agency_link(lang, a)) }
                    "."
                }
            }
            @if !rule.conditions.is_empty() { p { (lang.pick("Điều kiện: ", "Conditions: ")) (rule.conditions) } }
            @if !rule.legal_basis.is_empty() { p class="small" { (lang.pick("Căn cứ: ", "Legal basis: ")) (rule.legal_basis) } }
        }
    }
}

/// `owner_chain`: the owner and the agencies above it, from the top. `can_edit`: the viewer may
/// change this dataset (the page offers the edit form and the status actions).
pub fn page(
    chrome: &Chrome,
    detail: &DatasetDetail,
    owner_chain: &[Agency],
    can_edit: bool,
    saved: bool,
    base_url: &str,
) -> Markup {
    let lang = chrome.lang;
    let d = &detail.dataset;
    let here = format!("/datasets/{}", d.identifier);
    let mut trail = vec![(
        "/datasets".to_string(),
        lang.pick("Dữ liệu", "Datasets").to_string(),
    )];
    for a in owner_chain {
        trail.push((format!("/agencies/{}", a.code), a.name(lang).to_string()));
    }
    let keywords: Vec<&str> = d.keywords().collect();
    let channels: Vec<Channel> = d.channels().collect();
    let spatial: Vec<&str> = d.spatial().collect();
    let body = html! {
        (super::json_ld::script(detail, base_url))
        (breadcrumbs(lang, &trail, &d.title))
        article class="dataset" {
            header {
                h1 { (d.title) }
                p class="meta" {
                    (scope_badge(lang, d.sharing_scope()))
                    (status_badge(lang, d.status()))
                    @for t in &detail.themes { a class="tag" href={ "/datasets?theme=" (t.code()) } { (t.label(lang)) } }
                }
                @if saved {
                    p class="success" role="status" { (lang.pick(
                        "Đã lưu. Trang này và kết quả tìm kiếm đã cập nhật.",
                        "Saved. This page and search results are up to date.")) }
                }
                @if d.status() == Some(Status::Retired) {
                    p class="notice" role="note" { (lang.pick(
                        "Bộ dữ liệu này đã ngừng sử dụng: thông tin được giữ lại để tra cứu.",
                        "This dataset has been retired: its description is kept for reference.")) }
                }
                @if d.status() == Some(Status::Draft) {
                    p class="notice" role="note" { (lang.pick(
                        "Bản nháp: chỉ cán bộ quản lý dữ liệu của cơ quan và quản trị viên nhìn thấy.",
                        "Draft: only the agency's data stewards and administrators can see it.")) }
                }
                div class="actions" {
                    a href={ (here) "/history" } { (lang.pick("Lịch sử thay đổi", "Change history")) }
                    @if can_edit {
                        a class="button" href={ (here) "/edit" } { (lang.pick("Sửa thông tin", "Edit")) }
                        @for (to, label) in status_moves(lang, d.status()) {
                            form method="post" action={ (here) "/status" } class="inline-form" {
                                input type="hidden" name="csrf" value=(chrome.csrf);
                                input type="hidden" name="revision" value=(d.revision);
                                input type="hidden" name="to" value=(to.code());
                                button type="submit" class="secondary" { (label) }
                            }
                        }
                    }
                }
                @if !d.description.is_empty() {
                    @for para in d.description.split("\n").filter(|p| !p.trim().is_empty()) { p class="lead" { (para) } }
                }
            }
            section aria-labelledby="about" {
                h2 id="about" { (lang.pick("Thông tin chung", "About this dataset")) }
                dl class="facts" {
                    dt { (lang.pick("Mã định danh", "Identifier")) } dd { code { (d.identifier) } }
                    dt { (lang.pick("Chủ sở hữu dữ liệu", "Data owner")) } dd { (agency_link(lang, &detail.owner)) }
                    dt { (lang.pick("Cơ quan chủ quản", "Custodian")) }
                    dd { @match &detail.custodian { Some(c) => (agency_link(lang, c)), None => (lang.pick("Như chủ sở hữu", "Same as owner")) } }
                    dt { (lang.pick("Phạm vi chia sẻ", "Sharing scope")) }
                    dd { @match d.sharing_scope() {
                        Some(s) => { (s.label(lang)) " — " (scope_explanation(lang, s)) },
                        None => (d.sharing_scope),
                    } }
                    dt { (lang.pick("Mức độ quan trọng", "Importance")) }
                    dd { (d.importance().map(|i| i.label(lang)).unwrap_or(&d.importance)) }
                    dt { (lang.pick("Dữ liệu cá nhân", "Personal data")) }
                    dd {
                        (d.personal_data().map(|p| p.label(lang)).unwrap_or(&d.personal_data))
                        @if d.personal_data() != Some(PersonalData::None) && !d.legal_basis.is_empty() {
                            br; span class="small" { (lang.pick("Căn cứ pháp lý xử lý: ", "Legal basis for processing: ")) (d.legal_basis) }
                        }
                    }
                    @if !keywords.is_empty() {
                        dt { (lang.pick("Từ khóa", "Keywords")) } dd { (keywords.join(", ")) }
                    }
                    dt { (lang.pick("Kênh chia sẻ", "Sharing channels")) }
                    dd { @if channels.is_empty() { (lang.pick("Chưa khai báo", "Not stated")) } @else {
                        ul class="inline" { @for c in &channels { li { (c.label(lang)) } } }
                    } }
                    dt { (lang.pick("Giấy phép", "Licence")) }
                    dd { @if d.licence.is_empty() { (lang.pick("Chưa khai báo", "Not stated")) } @else { (d.licence) } }
                    dt { (lang.pick("Tần suất cập nhật", "Update frequency")) }
                    dd { (d.update_frequency().map(|f| f.label(lang)).unwrap_or(lang.pick("Chưa khai báo", "Not stated"))) }
                    dt { (lang.pick("Phạm vi thời gian", "Temporal coverage")) }
                    dd { (period(lang, d.temporal_start, d.temporal_end)) }
                    dt { (lang.pick("Phạm vi không gian", "Spatial coverage")) }
                    dd { @if spatial.is_empty() { (lang.pick("Chưa khai báo", "Not stated")) } @else { (spatial.join(", ")) } }
                    dt { (lang.pick("Ngày ban hành", "Issued")) }
                    dd { (d.issued.map(|x| date(lang, x)).unwrap_or_else(|| "—".into())) }
                    dt { (lang.pick("Ngày cập nhật", "Modified")) }
                    dd { (d.modified.map(|x| date(lang, x)).unwrap_or_else(|| "—".into())) }
                    dt { (lang.pick("Đầu mối liên hệ", "Contact point")) }
                    dd {
                        @if !d.contact_name.is_empty() { (d.contact_name) br; }
                        @if !d.contact_email.is_empty() { a href={ "mailto:" (d.contact_email) } { (d.contact_email) } br; }
                        @if !d.contact_phone.is_empty() { a href={ "tel:" (d.contact_phone.replace(' ', "")) } { (d.contact_phone) } }
                        @if d.contact_name.is_empty() && d.contact_email.is_empty() && d.contact_phone.is_empty() { "—" }
                    }
                }
            }
            section aria-labelledby="schema" {
                h2 id="schema" { (lang.pick("Cấu trúc dữ liệu", "Schema")) " " span class="count" { (detail.fields.len()) } }
                @if detail.fields.is_empty() {
                    p { (lang.pick("Chưa mô tả các trường dữ liệu.", "No columns described yet.")) }
                } @else {
                    div class="table-scroll" tabindex="0" role="region" aria-labelledby="schema" {
                        table class="schema" {
                            caption class="visually-hidden" { (lang.pick("Các trường của bộ dữ liệu", "Columns of the dataset")) }
                            thead { tr {
                                th scope="col" { "#" }
                                th scope="col" { (lang.pick("Tên trường", "Name")) }
                                th scope="col" { (lang.pick("Tiêu đề", "Title")) }
                                th scope="col" { (lang.pick("Kiểu", "Type")) }
                                th scope="col" { (lang.pick("Đơn vị", "Unit")) }
                                th scope="col" { (lang.pick("Bắt buộc", "Required")) }
                                th scope="col" { (lang.pick("Khóa", "Key")) }
                                th scope="col" { (lang.pick("Dữ liệu cá nhân", "Personal data")) }
                                th scope="col" { (lang.pick("Mô tả", "Description")) }
                                th scope="col" { (lang.pick("Ví dụ", "Example")) }
                            } }
                            tbody {
                                @for f in &detail.fields {
                                    tr {
                                        td { (f.ordinal) }
                                        td { code { (f.name) } }
                                        td { (f.title) }
                                        td { (f.field_type().map(|t| t.label(lang)).unwrap_or(&f.field_type)) }
                                        td { (f.unit) }
                                        td { (yes_no(lang, f.required)) }
                                        td { (yes_no(lang, f.is_key)) }
                                        td { (f.personal_data().map(|p| p.label(lang)).unwrap_or(&f.personal_data)) }
                                        td { (f.description) }
                                        td class="example" { (f.example) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            section aria-labelledby="access" {
                h2 id="access" { (lang.pick("Quy định truy cập", "Access rules")) }
                ul class="rules" {
                    @for (rule, approver) in &detail.access_rules { (access_rule(lang, rule, approver.as_ref())) }
                }
                // Other agencies ask for shared data here (handlers::access_requests checks who may).
                @if d.sharing_scope() == Some(SharingScope::Shared) && d.status() == Some(Status::Published) && !can_edit {
                    p {
                        a class="button request-access" href={ (here) "/access-requests/new" } {
                            @if chrome.account.is_some() {
                                (lang.pick("Yêu cầu truy cập dữ liệu", "Request access"))
                            } @else {
                                (lang.pick("Đăng nhập để yêu cầu truy cập", "Log in to request access"))
                            }
                        }
                    }
                }
            }
            section aria-labelledby="distributions" {
                h2 id="distributions" { (lang.pick("Bản phân phối", "Distributions")) }
                @if detail.distributions.is_empty() {
                    p { (lang.pick("Chưa có bản phân phối.", "No distributions yet.")) }
                } @else {
                    div class="table-scroll" tabindex="0" role="region" aria-labelledby="distributions" {
                        table {
                            thead { tr {
                                th scope="col" { (lang.pick("Tên", "Title")) }
                                th scope="col" { (lang.pick("Định dạng", "Format")) }
                                th scope="col" { (lang.pick("Dung lượng", "Size")) }
                                th scope="col" { (lang.pick("Kênh", "Channel")) }
                                th scope="col" { (lang.pick("Đường dẫn", "Link")) }
                            } }
                            tbody {
                                @for x in &detail.distributions {
                                    tr {
                                        td { (x.title) }
                                        td { (x.format) @if !x.media_type.is_empty() { br; span class="small" { (x.media_type) } } }
                                        td { (x.byte_size.map(|b| byte_size(lang, b)).unwrap_or_else(|| "—".into())) }
                                        td { (Channel::from_code(&x.channel).map(|c| c.label(lang)).unwrap_or(&x.channel)) }
                                        td { @if x.url.starts_with("https://") || x.url.starts_with("http://") {
                                            a href=(x.url) rel="nofollow noopener" { (lang.pick("Mở", "Open")) span class="visually-hidden" { " " (x.title) } }
                                        } }
                                    }
                                }
                            }
                        }
                    }
                }
                p class="small" {
                    (lang.pick("Siêu dữ liệu DCAT-AP: ", "DCAT-AP metadata: "))
                    a href={ (here) ".ttl" } type="text/turtle" { "Turtle" } ", "
                    a href={ (here) ".rdf" } type="application/rdf+xml" { "RDF/XML" } ", "
                    a href={ (here) ".jsonld" } type="application/ld+json" { "JSON-LD" }
                }
            }
        }
    };
    layout::page(chrome, &d.title, Section::Datasets, &here, body)
}

/// The status changes offered to a steward: publish a draft, retire a published dataset, bring a
/// retired one back, or take a dataset back to draft.
fn status_moves(lang: Lang, status: Option<Status>) -> Vec<(Status, &'static str)> {
    match status {
        Some(Status::Draft) => vec![(Status::Published, lang.pick("Công bố", "Publish"))],
        Some(Status::Published) => vec![
            (Status::Retired, lang.pick("Ngừng sử dụng", "Retire")),
            (
                Status::Draft,
                lang.pick("Chuyển về bản nháp", "Back to draft"),
            ),
        ],
        Some(Status::Retired) => vec![(Status::Published, lang.pick("Sử dụng lại", "Reinstate"))],
        None => Vec::new(),
    }
}

fn scope_explanation(lang: Lang, scope: SharingScope) -> &'static str {
    match scope {
        SharingScope::Shared => lang.pick(
            "chia sẻ giữa các cơ quan nhà nước",
            "shared among state agencies",
        ),
        SharingScope::Internal => lang.pick(
            "chỉ dùng trong cơ quan chủ sở hữu",
            "used only within the owning agency",
        ),
        SharingScope::Open => lang.pick("dữ liệu mở cho mọi người", "open data for everyone"),
    }
}

fn period(lang: Lang, start: Option<chrono::NaiveDate>, end: Option<chrono::NaiveDate>) -> String {
    match (start, end) {
        (Some(s), Some(e)) => format!("{} – {}", date(lang, s), date(lang, e)),
        (Some(s), None) => format!("{} {}", lang.pick("Từ", "From"), date(lang, s)),
        (None, Some(e)) => format!("{} {}", lang.pick("Đến", "Until"), date(lang, e)),
        (None, None) => lang.pick("Chưa khai báo", "Not stated").to_string(),
    }
}
