//! Access requests between agencies (Decree 47/2020 as amended by Decree 194/2025): the request
//! form on a shared dataset, the inbox, one request's page, and its steps (answer, withdraw, change
//! of conditions). Every POST checks the CSRF token and the rule of `domain::access_request` on the
//! server; a POST that breaks a rule gets 403 and changes nothing. Requests another agency made are
//! answered 404, so their references reveal nothing.

use actix_web::http::{header, StatusCode};
use actix_web::{web, HttpRequest, HttpResponse};
use maud::Markup;

use crate::domain::access_request::{self as rules, Requestable};
use crate::domain::{Audience, Channel, Lang, RequestStatus, Viewer};
use crate::storage::access_requests::{
    self as requests, Actor, Filter, NewRequest, RequestView, Stepped,
};
use crate::storage::models::DatasetDetail;
use crate::storage::outbox::Message;
use crate::storage::{datasets, outbox, DbConn, StorageError};
use crate::web::access_request_form::{
    validate_answer, validate_request, AnswerInput, RequestInput, MAX_LONG_TEXT,
};
use crate::web::ctx::Account;
use crate::web::form::FormData;
use crate::web::pages::access_requests::{self as pages, date, DetailPage, InboxPage};
use crate::web::pages::forms::Errors;
use crate::web::{AppState, Ctx, WebError};

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route(
        "/datasets/{identifier}/access-requests/new",
        web::get().to(new_form),
    )
    .route(
        "/datasets/{identifier}/access-requests/new",
        web::post().to(create),
    )
    .route("/access-requests", web::get().to(inbox))
    .route("/access-requests/{reference}", web::get().to(show))
    .route(
        "/access-requests/{reference}/answer",
        web::post().to(answer),
    )
    .route(
        "/access-requests/{reference}/withdraw",
        web::post().to(withdraw),
    )
    .route(
        "/access-requests/{reference}/conditions",
        web::post().to(change_conditions),
    );
}

fn respond(ctx: &Ctx, status: StatusCode, markup: Markup) -> HttpResponse {
    let mut res = ctx.html(markup);
    *res.status_mut() = status;
    res
}

fn see_other(to: String) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, to))
        .finish()
}

/// Agency names from the tree a logged-in visitor's context carries.
fn agency_name(ctx: &Ctx) -> impl Fn(i32) -> String + '_ {
    move |id| {
        ctx.tree
            .as_ref()
            .and_then(|t| t.get(id))
            .map(|a| a.name(ctx.lang).to_string())
            .unwrap_or_else(|| format!("#{id}"))
    }
}

fn actor(account: &Account, ctx: &Ctx) -> Actor {
    Actor {
        id: account.id,
        email: account.email.clone(),
        agency_id: account.agency_id,
        address: ctx.address().to_string(),
    }
}

fn requestable(d: &DatasetDetail) -> Requestable {
    Requestable {
        scope: d.dataset.sharing_scope(),
        status: d.dataset.status(),
        owner_id: d.dataset.owner_id,
        custodian_id: d.dataset.custodian_id,
    }
}

/// The columns of a dataset as `(name, "title")` choices.
fn column_choices(d: &DatasetDetail) -> Vec<(String, String)> {
    d.fields
        .iter()
        .map(|f| {
            let label = if f.title.is_empty() {
                f.name.clone()
            } else {
                format!("{} ({})", f.title, f.name)
            };
            (f.name.clone(), label)
        })
        .collect()
}

/// The terms a request is made under: the dataset's access rule for state agencies (else its
/// first rule), or the defaults (2 working days, answered by the owner).
struct Terms {
    answering_agency_id: i32,
    response_days: i32,
    default_sharing: bool,
    conditions: String,
}

fn terms(d: &DatasetDetail) -> Terms {
    let rule = d
        .access_rules
        .iter()
        .find(|(r, _)| r.audience() == Some(Audience::StateAgencies))
        .or_else(|| d.access_rules.first());
    match rule {
        Some((r, _)) => Terms {
            answering_agency_id: r.approving_agency_id.unwrap_or(d.dataset.owner_id),
            response_days: r.response_days.max(1),
            default_sharing: r.default_sharing && r.audience() != Some(Audience::OwnerAgency),
            conditions: r.conditions.clone(),
        },
        None => Terms {
            answering_agency_id: d.dataset.owner_id,
            response_days: crate::storage::dataset_write::DEFAULT_RESPONSE_DAYS,
            default_sharing: false,
            conditions: String::new(),
        },
    }
}

/// The channels offered: the dataset's own, else every channel but open-data ones.
fn channels(d: &DatasetDetail) -> Vec<Channel> {
    let own: Vec<Channel> = crate::storage::models::split_list(&d.dataset.channels)
        .filter_map(Channel::from_code)
        .collect();
    if own.is_empty() {
        Channel::ALL
            .iter()
            .copied()
            .filter(|c| *c != Channel::Portal)
            .collect()
    } else {
        own
    }
}

async fn load_dataset(
    state: &AppState,
    ctx: &Ctx,
    identifier: &str,
) -> Result<Option<DatasetDetail>, WebError> {
    let viewer = ctx.viewer.clone();
    let id = identifier.to_string();
    state
        .db
        .run(move |conn| datasets::detail(conn, &id, &viewer))
        .await
        .map_err(WebError::storage(ctx.lang))
}

/// The form (or why there is none) for a dataset the viewer sees.
fn render_form(
    ctx: &Ctx,
    state: &AppState,
    d: &DatasetDetail,
    input: &RequestInput,
    errors: &Errors,
    status: StatusCode,
) -> HttpResponse {
    let t = terms(d);
    let name = agency_name(ctx);
    let columns = column_choices(d);
    let channels = channels(d);
    let due_on = state
        .sharing
        .calendar
        .add_working_days(state.sharing.clock.today(), t.response_days as u32);
    let markup = pages::request_form(
        &ctx.chrome(),
        &pages::RequestFormPage {
            identifier: &d.dataset.identifier,
            title: &d.dataset.title,
            owner_name: &name(d.dataset.owner_id),
            answering_name: &name(t.answering_agency_id),
            columns: &columns,
            channels: &channels,
            response_days: t.response_days,
            due_on,
            default_sharing: t.default_sharing,
            conditions: &t.conditions,
            input,
            errors,
        },
    );
    respond(ctx, status, markup)
}

fn refusal(ctx: &Ctx, d: &DatasetDetail, why: rules::CannotRequest) -> HttpResponse {
    let status = match why {
        rules::CannotRequest::OpenData => StatusCode::OK,
        _ => StatusCode::FORBIDDEN,
    };
    let markup = pages::cannot_request(
        &ctx.chrome(),
        &d.dataset.identifier,
        &d.dataset.title,
        why.message(ctx.lang),
    );
    respond(ctx, status, markup)
}

pub async fn new_form(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let identifier = ctx.path_segment(&req, "identifier")?;
    let account = ctx.require_login(&format!("/datasets/{identifier}/access-requests/new"))?;
    let Some(d) = load_dataset(&state, &ctx, &identifier).await? else {
        return Err(ctx.not_found());
    };
    if let Err(why) = rules::may_request(&ctx.viewer, requestable(&d)) {
        return Ok(refusal(&ctx, &d, why));
    }
    let today = state.sharing.clock.today();
    let input = RequestInput {
        scope: "all".into(),
        channel: channels(&d)
            .first()
            .map(|c| c.code().to_string())
            .unwrap_or_default(),
        period_start: today.format("%Y-%m-%d").to_string(),
        period_end: (today + chrono::Duration::days(365))
            .format("%Y-%m-%d")
            .to_string(),
        contact_name: account.display_name.clone(),
        contact_email: account.email.clone(),
        ..Default::default()
    };
    Ok(render_form(
        &ctx,
        &state,
        &d,
        &input,
        &Errors::default(),
        StatusCode::OK,
    ))
}

pub async fn create(
    req: HttpRequest,
    ctx: Ctx,
    form: FormData,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let identifier = ctx.path_segment(&req, "identifier")?;
    let account = ctx.require_login(&format!("/datasets/{identifier}/access-requests/new"))?;
    ctx.check_csrf(form.csrf())?;
    let Some(d) = load_dataset(&state, &ctx, &identifier).await? else {
        return Err(ctx.not_found());
    };
    let requester_agency_id = match rules::may_request(&ctx.viewer, requestable(&d)) {
        Ok(agency) => agency,
        Err(rules::CannotRequest::OpenData) => return Err(ctx.forbidden()),
        Err(why) => return Ok(refusal(&ctx, &d, why)),
    };
    let input = RequestInput::from_form(&form);
    let known: Vec<String> = d.fields.iter().map(|f| f.name.clone()).collect();
    let clock = &state.sharing.clock;
    let valid = match validate_request(&input, &known, clock.today()) {
        Ok(v) => v,
        Err(errors) => {
            return Ok(render_form(
                &ctx,
                &state,
                &d,
                &input,
                &errors,
                StatusCode::UNPROCESSABLE_ENTITY,
            ))
        }
    };
    let t = terms(&d);
    let now = clock.now();
    let due_on = state.sharing.calendar.add_working_days(
        crate::domain::calendar::vietnam_date(now),
        t.response_days as u32,
    );
    let new = NewRequest {
        dataset_id: d.dataset.id,
        requester_agency_id,
        answering_agency_id: t.answering_agency_id,
        purpose: valid.purpose,
        legal_basis: valid.legal_basis,
        columns: valid.columns,
        channel: valid.channel.code().to_string(),
        period_start: valid.period_start,
        period_end: valid.period_end,
        contact_name: valid.contact_name,
        contact_email: valid.contact_email,
        contact_phone: valid.contact_phone,
        submitted_at: now,
        due_on,
        approve_at_once: t.default_sharing.then(|| t.conditions.clone()),
    };
    let name = agency_name(&ctx);
    let requester_name = name(requester_agency_id);
    let title = d.dataset.title.clone();
    let automatic = t.default_sharing;
    let (answering, user_id) = (t.answering_agency_id, account.id);
    let messages = move |reference: &str| {
        let subject = format!("[ndc] {reference}: {title}");
        let (kind, to_answerer, to_requester) = if automatic {
            (
                "request_approved_at_once",
                format!("{requester_name} đã được chấp thuận ngay (chia sẻ mặc định) / was approved at once (default sharing)."),
                "Yêu cầu được chấp thuận ngay theo chia sẻ mặc định. / Approved at once under default sharing.".to_string(),
            )
        } else {
            (
                "request_received",
                format!(
                    "{requester_name} yêu cầu truy cập dữ liệu; hạn trả lời: hết ngày {} / requests access; answer due by the end of {}.",
                    date(due_on),
                    date(due_on)
                ),
                format!(
                    "Đã gửi yêu cầu; hạn trả lời: hết ngày {} / Request sent; answer due by the end of {}.",
                    date(due_on),
                    date(due_on)
                ),
            )
        };
        vec![
            message(now, Some(answering), None, kind, &subject, to_answerer),
            message(now, None, Some(user_id), kind, &subject, to_requester),
        ]
    };
    let actor = actor(account, &ctx);
    let reference = state
        .db
        .run(move |conn| requests::submit(conn, &new, &actor, &messages))
        .await
        .map_err(WebError::storage(ctx.lang))?;
    Ok(see_other(format!("/access-requests/{reference}?sent=1")))
}

fn message(
    at: chrono::NaiveDateTime,
    agency: Option<i32>,
    user: Option<i32>,
    kind: &str,
    subject: &str,
    body: String,
) -> Message {
    Message {
        request_id: None,
        recipient_agency_id: agency,
        recipient_user_id: user,
        kind: kind.to_string(),
        subject: subject.to_string(),
        body,
        created_at: at,
    }
}

/// Requests each list of the inbox shows at most (newest first; the status filter reaches older ones).
const INBOX_LIMIT: i64 = 200;

pub async fn inbox(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let account = ctx.require_login("/access-requests")?;
    let today = state.sharing.clock.today();
    // `?status=pending|approved|refused|withdrawn|overdue`; anything else shows every request.
    let wanted = crate::web::params::Params::parse(req.query_string())
        .get("status")
        .map(str::to_string)
        .unwrap_or_default();
    let narrow = match wanted.as_str() {
        "overdue" => requests::Narrow {
            overdue_on: Some(today),
            ..Default::default()
        },
        code => requests::Narrow {
            status: RequestStatus::from_code(code),
            ..Default::default()
        },
    };
    let filter_code = if narrow.status.is_some() || narrow.overdue_on.is_some() {
        wanted
    } else {
        String::new()
    };
    let (received_by, sent_by) = if ctx.viewer.is_admin() {
        (Filter::All, Filter::SentBy(Vec::new()))
    } else {
        let own = ctx.viewer.own_agencies().to_vec();
        (Filter::ReceivedBy(own.clone()), Filter::SentBy(own))
    };
    let (user_id, agency_id) = (account.id, account.agency_id);
    let (received, sent, notices, counts) = state
        .db
        .run(move |conn| {
            let pending = requests::Narrow {
                status: Some(RequestStatus::Pending),
                ..Default::default()
            };
            let overdue = requests::Narrow {
                overdue_on: Some(today),
                ..Default::default()
            };
            let counts = pages::InboxCounts {
                pending: requests::count_narrowed(conn, &received_by, pending)?,
                overdue: requests::count_narrowed(conn, &received_by, overdue)?,
                sent_overdue: requests::count_narrowed(conn, &sent_by, overdue)?,
            };
            Ok((
                requests::query_narrowed(conn, &received_by, narrow, INBOX_LIMIT)?,
                requests::query_narrowed(conn, &sent_by, narrow, INBOX_LIMIT)?,
                outbox::for_user(conn, user_id, agency_id, 20)?,
                counts,
            ))
        })
        .await
        .map_err(WebError::storage(ctx.lang))?;
    let name = agency_name(&ctx);
    let markup = pages::inbox(
        &ctx.chrome(),
        &InboxPage {
            received: &received,
            sent: &sent,
            notices: &notices,
            today,
            agency: &name,
            filter: &filter_code,
            limit: INBOX_LIMIT as usize,
            counts,
        },
    );
    Ok(ctx.html(markup))
}

/// The request, if the viewer is party to it.
async fn visible_request(
    state: &AppState,
    ctx: &Ctx,
    reference: &str,
) -> Result<Option<(RequestView, Vec<(String, String)>)>, WebError> {
    let r = reference.to_string();
    let found = state
        .db
        .run(move |conn| {
            let Some(view) = requests::find(conn, &r)? else {
                return Ok(None);
            };
            // Column labels for the request's own dataset, read as the system.
            let detail = datasets::detail(conn, &view.dataset_identifier, &admin())?;
            let columns = detail.as_ref().map(column_choices).unwrap_or_default();
            Ok(Some((view, columns)))
        })
        .await
        .map_err(WebError::storage(ctx.lang))?;
    Ok(found.filter(|(v, _)| rules::may_see(&ctx.viewer, v.parties())))
}

fn admin() -> Viewer {
    Viewer::User {
        id: 0,
        role: crate::domain::UserRole::Admin,
        agency_id: None,
        agency_subtree: Vec::new(),
    }
}

struct Shown<'a> {
    answer: &'a AnswerInput,
    errors: &'a Errors,
    notice: Option<String>,
    notice_ok: bool,
}

fn render_detail(
    ctx: &Ctx,
    state: &AppState,
    view: &RequestView,
    columns: &[(String, String)],
    shown: Shown,
    status: StatusCode,
) -> HttpResponse {
    let name = agency_name(ctx);
    let markup = pages::detail(
        &ctx.chrome(),
        &DetailPage {
            view,
            today: state.sharing.clock.today(),
            agency: &name,
            columns,
            can_answer: rules::may_answer(&ctx.viewer, view.parties()),
            can_withdraw: rules::may_withdraw(&ctx.viewer, view.parties()),
            answer: shown.answer,
            errors: shown.errors,
            notice: shown.notice.as_deref(),
            notice_ok: shown.notice_ok,
        },
    );
    respond(ctx, status, markup)
}

pub async fn show(
    req: HttpRequest,
    ctx: Ctx,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let reference = ctx.path_segment(&req, "reference")?;
    ctx.require_login(&format!("/access-requests/{reference}"))?;
    let Some((view, columns)) = visible_request(&state, &ctx, &reference).await? else {
        return Err(ctx.not_found());
    };
    let lang = ctx.lang;
    let query = req.query_string();
    let notice = if query.contains("sent=1") {
        Some(match view.request.status() {
            RequestStatus::Approved => lang.pick(
                "Đã gửi yêu cầu và được chấp thuận ngay theo chia sẻ mặc định.",
                "Request sent and approved at once under default sharing.",
            ),
            _ => lang.pick(
                "Đã gửi yêu cầu. Cơ quan trả lời đã được thông báo.",
                "Request sent. The answering agency has been notified.",
            ),
        })
    } else if query.contains("done=1") {
        Some(lang.pick("Đã lưu.", "Saved."))
    } else {
        None
    };
    let answer = AnswerInput::default();
    Ok(render_detail(
        &ctx,
        &state,
        &view,
        &columns,
        Shown {
            answer: &answer,
            errors: &Errors::default(),
            notice: notice.map(str::to_string),
            notice_ok: true,
        },
        StatusCode::OK,
    ))
}

/// Why a step found the request changed, in words.
fn stale_notice(lang: Lang, v: &RequestView) -> String {
    let r = &v.request;
    let by = v.answerer_email.clone().unwrap_or_default();
    match r.status() {
        RequestStatus::Pending => lang
            .pick(
                "Yêu cầu vừa được thay đổi bởi người khác; hãy xem lại rồi thực hiện lại.",
                "Someone else just changed this request; review it and try again.",
            )
            .to_string(),
        RequestStatus::Withdrawn => lang
            .pick(
                "Không thực hiện được: yêu cầu đã được rút lại.",
                "Not done: the request was withdrawn.",
            )
            .to_string(),
        s => format!(
            "{} {} {} {}.",
            lang.pick(
                "Không thực hiện được: yêu cầu đã được trả lời",
                "Not done: the request was already answered"
            ),
            format!("({})", s.label(lang)),
            lang.pick("bởi", "by"),
            if by.is_empty() { "—".to_string() } else { by }
        ),
    }
}

/// The request a step's POST acts on, with its dataset's columns.
struct Target {
    reference: String,
    view: RequestView,
    columns: Vec<(String, String)>,
}

impl Target {
    /// A notification about this request, to an agency or to the requester.
    fn notice(
        &self,
        at: chrono::NaiveDateTime,
        to: Recipient,
        kind: &str,
        body: String,
    ) -> Message {
        let (agency, user) = match to {
            Recipient::AnsweringAgency => (Some(self.view.request.answering_agency_id), None),
            Recipient::Requester => (None, Some(self.view.request.requester_id)),
        };
        let subject = format!("[ndc] {}: {}", self.reference, self.view.dataset_title);
        message(at, agency, user, kind, &subject, body)
    }

    /// Its page again, with the form's problems (422).
    fn invalid(
        &self,
        ctx: &Ctx,
        state: &AppState,
        answer: &AnswerInput,
        errors: &Errors,
    ) -> HttpResponse {
        let shown = Shown {
            answer,
            errors,
            notice: None,
            notice_ok: false,
        };
        render_detail(
            ctx,
            state,
            &self.view,
            &self.columns,
            shown,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
    }
}

enum Recipient {
    AnsweringAgency,
    Requester,
}

/// The request of a step's POST: login, CSRF, and party to it (else 404); then `allowed` (else 403).
async fn step_target(
    req: &HttpRequest,
    ctx: &Ctx,
    form: &FormData,
    state: &AppState,
    allowed: fn(&Viewer, rules::Parties) -> bool,
) -> Result<Target, WebError> {
    let reference = ctx.path_segment(req, "reference")?;
    ctx.require_login(&format!("/access-requests/{reference}"))?;
    ctx.check_csrf(form.csrf())?;
    let Some((view, columns)) = visible_request(state, ctx, &reference).await? else {
        return Err(ctx.not_found());
    };
    if !allowed(&ctx.viewer, view.parties()) {
        return Err(ctx.forbidden());
    }
    Ok(Target {
        reference,
        view,
        columns,
    })
}

/// The version of the request the form was drawn from (-1, which matches nothing, if absent).
fn version_of(form: &FormData) -> i32 {
    form.get("version")
        .and_then(|v| v.parse().ok())
        .unwrap_or(-1)
}

type StepWork =
    Box<dyn FnOnce(&mut DbConn, &str, &Actor, &[Message]) -> Result<Stepped, StorageError> + Send>;

/// Runs a step in the database, then back to the request, or its page with why nothing happened
/// (409).
async fn commit_step(
    ctx: &Ctx,
    state: &AppState,
    target: Target,
    messages: Vec<Message>,
    work: StepWork,
) -> Result<HttpResponse, WebError> {
    let account = ctx.require_login("/access-requests")?;
    let actor = actor(account, ctx);
    let reference = target.reference.clone();
    let stepped = state
        .db
        .run(move |conn| work(conn, &reference, &actor, &messages))
        .await
        .map_err(WebError::storage(ctx.lang))?;
    match stepped {
        Stepped::Done => Ok(see_other(format!(
            "/access-requests/{}?done=1",
            target.reference
        ))),
        Stepped::NotFound => Err(ctx.not_found()),
        Stepped::Stale(current) => Ok(render_detail(
            ctx,
            state,
            &current,
            &target.columns,
            Shown {
                answer: &AnswerInput::default(),
                errors: &Errors::default(),
                notice: Some(stale_notice(ctx.lang, &current)),
                notice_ok: false,
            },
            StatusCode::CONFLICT,
        )),
    }
}

pub async fn answer(
    req: HttpRequest,
    ctx: Ctx,
    form: FormData,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let target = step_target(&req, &ctx, &form, &state, rules::may_answer).await?;
    let input = AnswerInput::from_form(&form);
    let known: Vec<String> = target.columns.iter().map(|(n, _)| n.clone()).collect();
    let decided = match validate_answer(&input, &target.view.request.requested(), &known) {
        Ok(a) => a,
        Err(errors) => return Ok(target.invalid(&ctx, &state, &input, &errors)),
    };
    let now = state.sharing.clock.now();
    let (kind, body) = match &decided {
        requests::Answer::Approve { .. } => (
            "request_approved",
            "Yêu cầu đã được chấp thuận. / The request was approved.".to_string(),
        ),
        requests::Answer::Refuse { reason, .. } => (
            "request_refused",
            format!("Yêu cầu bị từ chối / The request was refused: {reason}"),
        ),
    };
    let messages = vec![target.notice(now, Recipient::Requester, kind, body)];
    let version = input.version.unwrap_or(-1);
    let work: StepWork = Box::new(move |conn, r, actor, messages| {
        requests::answer(conn, r, version, &decided, now, actor, messages)
    });
    commit_step(&ctx, &state, target, messages, work).await
}

pub async fn withdraw(
    req: HttpRequest,
    ctx: Ctx,
    form: FormData,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let target = step_target(&req, &ctx, &form, &state, rules::may_withdraw).await?;
    let messages = vec![target.notice(
        state.sharing.clock.now(),
        Recipient::AnsweringAgency,
        "request_withdrawn",
        "Cơ quan yêu cầu đã rút lại yêu cầu. / The requesting agency withdrew the request."
            .to_string(),
    )];
    let version = version_of(&form);
    let work: StepWork = Box::new(move |conn, r, actor, messages| {
        requests::withdraw(conn, r, version, actor, messages)
    });
    commit_step(&ctx, &state, target, messages, work).await
}

pub async fn change_conditions(
    req: HttpRequest,
    ctx: Ctx,
    form: FormData,
    state: web::Data<AppState>,
) -> Result<HttpResponse, WebError> {
    let target = step_target(&req, &ctx, &form, &state, rules::may_answer).await?;
    let conditions = form.text("conditions");
    let requested = target.view.request.requested();
    let allowed: Vec<String> = target
        .columns
        .iter()
        .map(|(n, _)| n.clone())
        .filter(|n| requested.is_empty() || requested.contains(n))
        .collect();
    let ticked: Vec<String> = form
        .all("columns")
        .into_iter()
        .map(str::to_string)
        .collect();
    let mut errors = Errors::default();
    if conditions.chars().count() > MAX_LONG_TEXT {
        errors.add(
            "conditions",
            format!("Tối đa {MAX_LONG_TEXT} ký tự."),
            format!("At most {MAX_LONG_TEXT} characters."),
        );
    }
    if ticked.iter().any(|c| !allowed.contains(c)) {
        errors.add(
            "columns",
            "Chỉ cấp được các trường đã được yêu cầu.",
            "Only requested columns can be granted.",
        );
    }
    if !errors.is_empty() {
        return Ok(target.invalid(&ctx, &state, &AnswerInput::default(), &errors));
    }
    let granted: Vec<String> = if ticked.is_empty() {
        requested
    } else {
        allowed.into_iter().filter(|c| ticked.contains(c)).collect()
    };
    let messages = vec![target.notice(
        state.sharing.clock.now(),
        Recipient::Requester,
        "request_conditions_changed",
        format!("Điều kiện khai thác đã thay đổi / The conditions changed: {conditions}"),
    )];
    let version = version_of(&form);
    let work: StepWork = Box::new(move |conn, r, actor, messages| {
        requests::change_conditions(conn, r, version, &granted, &conditions, actor, messages)
    });
    commit_step(&ctx, &state, target, messages, work).await
}
