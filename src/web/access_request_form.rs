//! The access-request forms read and checked: the request (purpose, legal basis, columns, channel,
//! period, contact) and the answer (approve with columns and conditions, or refuse with a reason and
//! its legal basis). Every text takes any Unicode (rendered inert by the pages) within a length
//! limit; every problem gets a message beside its field, in Vietnamese and English.

use chrono::NaiveDate;

use super::form::FormData;
use super::pages::forms::Errors;
use crate::domain::Channel;

/// Longest purpose, reason or conditions (characters).
pub const MAX_LONG_TEXT: usize = 4_000;
/// Longest legal basis, names and similar one-line fields.
pub const MAX_SHORT_TEXT: usize = 500;
/// Longest period of use a request may ask for.
pub const MAX_PERIOD_DAYS: i64 = 5 * 366;

/// The request form as typed.
#[derive(Debug, Clone, Default)]
pub struct RequestInput {
    pub purpose: String,
    pub legal_basis: String,
    /// `all` or `some`.
    pub scope: String,
    pub columns: Vec<String>,
    pub channel: String,
    pub period_start: String,
    pub period_end: String,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
}

impl RequestInput {
    pub fn from_form(f: &FormData) -> RequestInput {
        RequestInput {
            purpose: f.text("purpose"),
            legal_basis: f.text("legal_basis"),
            scope: f.text("scope"),
            columns: f.all("columns").into_iter().map(str::to_string).collect(),
            channel: f.text("channel"),
            period_start: f.text("period_start"),
            period_end: f.text("period_end"),
            contact_name: f.text("contact_name"),
            contact_email: f.text("contact_email"),
            contact_phone: f.text("contact_phone"),
        }
    }
}

/// A request that passed every check.
#[derive(Debug, Clone)]
pub struct ValidRequest {
    pub purpose: String,
    pub legal_basis: String,
    /// Empty: the whole dataset.
    pub columns: Vec<String>,
    pub channel: Channel,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

fn required(errors: &mut Errors, name: &str, value: &str, max: usize, what: (&str, &str)) {
    if value.trim().is_empty() {
        errors.add(
            name,
            format!("Hãy nhập {}.", what.0),
            format!("Please enter {}.", what.1),
        );
    } else {
        limit(errors, name, value, max);
    }
}

fn limit(errors: &mut Errors, name: &str, value: &str, max: usize) {
    let n = chars(value);
    if n > max {
        errors.add(
            name,
            format!("Tối đa {max} ký tự (đang có {n})."),
            format!("At most {max} characters (this has {n})."),
        );
    }
}

fn date(errors: &mut Errors, name: &str, value: &str, what: (&str, &str)) -> Option<NaiveDate> {
    if value.is_empty() {
        errors.add(
            name,
            format!("Hãy nhập {}.", what.0),
            format!("Please enter {}.", what.1),
        );
        return None;
    }
    let parsed = NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .or_else(|_| NaiveDate::parse_from_str(value, "%d/%m/%Y"))
        .ok();
    if parsed.is_none() {
        errors.add(
            name,
            "Ngày không hợp lệ: hãy nhập dạng dd/mm/yyyy hoặc yyyy-mm-dd.",
            "Not a valid date: use dd/mm/yyyy or yyyy-mm-dd.",
        );
    }
    parsed
}

/// A plausible address: one `@`, something before it, a dotted domain after, no spaces.
pub fn looks_like_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !value.chars().any(|c| c.is_whitespace() || c.is_control())
        && value.len() <= 254
}

/// Checks a request against the dataset's column names and today's date (Vietnam time).
pub fn validate_request(
    input: &RequestInput,
    known_columns: &[String],
    today: NaiveDate,
) -> Result<ValidRequest, Errors> {
    let mut errors = Errors::default();
    required(
        &mut errors,
        "purpose",
        &input.purpose,
        MAX_LONG_TEXT,
        ("mục đích sử dụng dữ liệu", "the purpose"),
    );
    required(
        &mut errors,
        "legal_basis",
        &input.legal_basis,
        MAX_SHORT_TEXT,
        (
            "căn cứ pháp lý của yêu cầu",
            "the legal basis of the request",
        ),
    );
    let columns: Vec<String> = if input.scope == "some" {
        let unknown: Vec<&String> = input
            .columns
            .iter()
            .filter(|c| !known_columns.contains(c))
            .collect();
        if input.columns.is_empty() {
            errors.add(
                "columns",
                "Hãy chọn ít nhất một trường, hoặc chọn \"Toàn bộ dữ liệu\".",
                "Choose at least one column, or \"The whole dataset\".",
            );
        } else if !unknown.is_empty() {
            errors.add(
                "columns",
                "Bộ dữ liệu không có trường đã chọn; hãy chọn lại trong danh sách.",
                "The dataset has no such column; choose again from the list.",
            );
        }
        // In the dataset's order, each once.
        known_columns
            .iter()
            .filter(|c| input.columns.contains(c))
            .cloned()
            .collect()
    } else {
        Vec::new()
    };
    let channel = Channel::from_code(&input.channel);
    if channel.is_none() {
        errors.add(
            "channel",
            "Hãy chọn kênh khai thác dữ liệu.",
            "Choose a channel.",
        );
    }
    let start = date(
        &mut errors,
        "period_start",
        &input.period_start,
        ("ngày bắt đầu sử dụng", "the first day of use"),
    );
    let end = date(
        &mut errors,
        "period_end",
        &input.period_end,
        ("ngày kết thúc sử dụng", "the last day of use"),
    );
    if let Some(s) = start {
        if s < today {
            errors.add(
                "period_start",
                "Ngày bắt đầu không được ở trong quá khứ.",
                "The first day cannot be in the past.",
            );
        }
    }
    if let (Some(s), Some(e)) = (start, end) {
        if e < s {
            errors.add(
                "period_end",
                "Ngày kết thúc phải sau ngày bắt đầu.",
                "The last day must come after the first.",
            );
        } else if (e - s).num_days() > MAX_PERIOD_DAYS {
            errors.add(
                "period_end",
                "Thời hạn sử dụng tối đa 5 năm; hãy gửi yêu cầu mới khi hết hạn.",
                "At most 5 years; make a new request when it ends.",
            );
        }
    }
    required(
        &mut errors,
        "contact_name",
        &input.contact_name,
        MAX_SHORT_TEXT,
        ("người liên hệ", "a contact person"),
    );
    if input.contact_email.is_empty() {
        errors.add(
            "contact_email",
            "Hãy nhập thư điện tử liên hệ.",
            "Please enter a contact email.",
        );
    } else if !looks_like_email(&input.contact_email) {
        errors.add(
            "contact_email",
            "Địa chỉ thư điện tử không hợp lệ (ví dụ: ten@coquan.gov.vn).",
            "Not a valid email address (e.g. name@agency.gov.vn).",
        );
    }
    let phone_ok = input.contact_phone.chars().count() <= 30
        && input
            .contact_phone
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c));
    if !phone_ok {
        errors.add(
            "contact_phone",
            "Số điện thoại chỉ gồm chữ số, dấu cách và + - ( ) . (tối đa 30 ký tự).",
            "A phone number has digits, spaces and + - ( ) . only (at most 30 characters).",
        );
    }
    match (errors.is_empty(), channel, start, end) {
        (true, Some(channel), Some(period_start), Some(period_end)) => Ok(ValidRequest {
            purpose: input.purpose.clone(),
            legal_basis: input.legal_basis.clone(),
            columns,
            channel,
            period_start,
            period_end,
            contact_name: input.contact_name.clone(),
            contact_email: input.contact_email.clone(),
            contact_phone: input.contact_phone.clone(),
        }),
        _ => Err(errors),
    }
}

/// The answer form as typed.
#[derive(Debug, Clone, Default)]
pub struct AnswerInput {
    /// `approve` or `refuse`.
    pub decision: String,
    pub columns: Vec<String>,
    pub conditions: String,
    pub reason: String,
    pub legal_basis: String,
    pub version: Option<i32>,
}

impl AnswerInput {
    pub fn from_form(f: &FormData) -> AnswerInput {
        AnswerInput {
            decision: f.text("decision"),
            columns: f.all("columns").into_iter().map(str::to_string).collect(),
            conditions: f.text("conditions"),
            reason: f.text("reason"),
            legal_basis: f.text("refusal_legal_basis"),
            version: f.get("version").and_then(|v| v.parse().ok()),
        }
    }
}

/// Checks an answer. Approving grants the columns ticked among those requested (none ticked: all
/// requested); refusing needs a written reason and its legal basis (Decree 194/2025 Art. 16).
pub fn validate_answer(
    input: &AnswerInput,
    requested: &[String],
    known_columns: &[String],
) -> Result<crate::storage::access_requests::Answer, Errors> {
    use crate::storage::access_requests::Answer;
    let mut errors = Errors::default();
    let answer = match input.decision.as_str() {
        "approve" => {
            limit(&mut errors, "conditions", &input.conditions, MAX_LONG_TEXT);
            let allowed: &[String] = if requested.is_empty() {
                known_columns
            } else {
                requested
            };
            if input.columns.iter().any(|c| !allowed.contains(c)) {
                errors.add(
                    "columns",
                    "Chỉ cấp được các trường đã được yêu cầu.",
                    "Only requested columns can be granted.",
                );
            }
            let columns = if input.columns.is_empty() {
                requested.to_vec()
            } else {
                allowed
                    .iter()
                    .filter(|c| input.columns.contains(c))
                    .cloned()
                    .collect()
            };
            Answer::Approve {
                columns,
                conditions: input.conditions.clone(),
            }
        }
        "refuse" => {
            required(
                &mut errors,
                "reason",
                &input.reason,
                MAX_LONG_TEXT,
                (
                    "lý do từ chối bằng văn bản",
                    "the written reason for refusing",
                ),
            );
            required(
                &mut errors,
                "refusal_legal_basis",
                &input.legal_basis,
                MAX_SHORT_TEXT,
                (
                    "căn cứ pháp lý của việc từ chối",
                    "the legal basis of the refusal",
                ),
            );
            Answer::Refuse {
                reason: input.reason.clone(),
                legal_basis: input.legal_basis.clone(),
            }
        }
        _ => {
            errors.add(
                "decision",
                "Hãy chọn chấp thuận hoặc từ chối.",
                "Choose to approve or to refuse.",
            );
            return Err(errors);
        }
    };
    if errors.is_empty() {
        Ok(answer)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn good() -> RequestInput {
        RequestInput {
            purpose: "Đối chiếu thông tin cư trú khi giải quyết thủ tục hành chính".into(),
            legal_basis: "Nghị định 47/2020/NĐ-CP".into(),
            scope: "all".into(),
            columns: vec![],
            channel: "ndxp".into(),
            period_start: "2026-12-01".into(),
            period_end: "31/12/2027".into(),
            contact_name: "Nguyễn Văn A".into(),
            contact_email: "a@so.gov.vn".into(),
            contact_phone: "+84 24 1234 5678".into(),
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
    }

    #[test]
    fn a_good_request_passes() {
        let v = validate_request(&good(), &[], today()).unwrap();
        assert!(v.columns.is_empty());
        assert_eq!(v.period_end, NaiveDate::from_ymd_opt(2027, 12, 31).unwrap());
    }

    #[test]
    fn each_problem_is_named() {
        let known = vec!["so_cccd".to_string(), "ho_ten".to_string()];
        let bad = RequestInput {
            purpose: " ".into(),
            scope: "some".into(),
            columns: vec!["khong_co".into()],
            channel: "pigeon".into(),
            period_start: "2026-11-01".into(),
            period_end: "hôm qua".into(),
            contact_email: "a@b".into(),
            contact_phone: "<script>".into(),
            ..good()
        };
        let errors = validate_request(&bad, &known, today()).unwrap_err();
        let named: Vec<&str> = errors.iter().map(|(f, _)| f.as_str()).collect();
        for f in [
            "purpose",
            "columns",
            "channel",
            "period_start",
            "period_end",
            "contact_email",
            "contact_phone",
        ] {
            assert!(named.contains(&f), "{f} not reported in {named:?}");
        }
    }

    #[test]
    fn a_refusal_needs_reason_and_legal_basis() {
        let input = AnswerInput {
            decision: "refuse".into(),
            ..Default::default()
        };
        let errors = validate_answer(&input, &[], &[]).unwrap_err();
        assert!(errors.get("reason").is_some());
        assert!(errors.get("refusal_legal_basis").is_some());
    }
}
