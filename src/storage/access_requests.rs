//! Access requests and their steps. Every step (submit, answer, withdraw, change of conditions) is
//! one transaction that also writes the dataset's history, the audit log and the outbox, so the
//! three never disagree with the request. Answers are conditional updates (`WHERE status = … AND
//! version = …`): of two stewards answering at once, one wins and the other is told what happened.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::history::{self, Channel, FieldChange};
use super::outbox::{self, Message};
use super::schema::{access_requests, datasets, users};
use super::{audit, write, DbConn, StorageError};
use crate::domain::RequestStatus;
use crate::with_conn;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = access_requests)]
pub struct RequestRow {
    pub id: i32,
    pub reference: String,
    pub dataset_id: i32,
    pub requester_id: i32,
    pub requester_agency_id: i32,
    pub answering_agency_id: i32,
    pub purpose: String,
    pub legal_basis: String,
    pub requested_columns: String,
    pub channel: String,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub status: String,
    pub submitted_at: NaiveDateTime,
    pub due_on: NaiveDate,
    pub answered_at: Option<NaiveDateTime>,
    pub answered_by: Option<i32>,
    pub automatic: bool,
    pub approved_columns: String,
    pub conditions: String,
    pub refusal_reason: String,
    pub refusal_legal_basis: String,
    pub version: i32,
    pub overdue_notified: bool,
}

impl RequestRow {
    pub fn status(&self) -> RequestStatus {
        RequestStatus::from_code(&self.status).unwrap_or(RequestStatus::Pending)
    }

    /// The columns asked for (empty: the whole dataset).
    pub fn requested(&self) -> Vec<String> {
        decode_columns(&self.requested_columns)
    }

    /// The columns granted (empty: the whole dataset).
    pub fn approved(&self) -> Vec<String> {
        decode_columns(&self.approved_columns)
    }

    /// Still waiting after its due date (in Vietnam time).
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.status() == RequestStatus::Pending && today > self.due_on
    }

    /// An approval whose period of use has ended.
    pub fn is_expired(&self, today: NaiveDate) -> bool {
        self.status() == RequestStatus::Approved && today > self.period_end
    }
}

fn decode_columns(text: &str) -> Vec<String> {
    serde_json::from_str(text).unwrap_or_default()
}

pub fn encode_columns(columns: &[String]) -> String {
    if columns.is_empty() {
        String::new()
    } else {
        serde_json::to_string(columns).unwrap_or_default()
    }
}

/// A request with what its pages show of the dataset and the people involved.
#[derive(Debug, Clone)]
pub struct RequestView {
    pub request: RequestRow,
    pub dataset_identifier: String,
    pub dataset_title: String,
    pub owner_id: i32,
    pub custodian_id: Option<i32>,
    pub requester_email: String,
    pub answerer_email: Option<String>,
}

impl RequestView {
    pub fn parties(&self) -> crate::domain::access_request::Parties {
        crate::domain::access_request::Parties {
            requester_agency_id: self.request.requester_agency_id,
            answering_agency_id: self.request.answering_agency_id,
            owner_id: self.owner_id,
            custodian_id: self.custodian_id,
        }
    }
}

/// Who took a step, for history and audit.
#[derive(Debug, Clone)]
pub struct Actor {
    pub id: i32,
    pub email: String,
    pub agency_id: Option<i32>,
    pub address: String,
}

/// A new request, validated.
#[derive(Debug, Clone)]
pub struct NewRequest {
    pub dataset_id: i32,
    pub requester_agency_id: i32,
    pub answering_agency_id: i32,
    pub purpose: String,
    pub legal_basis: String,
    pub columns: Vec<String>,
    pub channel: String,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub submitted_at: NaiveDateTime,
    pub due_on: NaiveDate,
    /// Default sharing: approved at once, with these conditions.
    pub approve_at_once: Option<String>,
}

fn step(
    conn: &mut DbConn,
    actor: &Actor,
    (request_id, dataset_id): (i32, i32),
    action: &str,
    reference: &str,
    summary: &str,
    messages: &[Message],
) -> Result<(), StorageError> {
    let revision: i32 = with_conn!(conn, |c| datasets::table
        .find(dataset_id)
        .select(datasets::revision)
        .first(c))?;
    history::append(
        conn,
        &history::NewEntry {
            dataset_id,
            revision,
            actor_id: Some(actor.id),
            actor_label: &actor.email,
            channel: Channel::AccessRequest,
            diff: &[FieldChange {
                field: "access_request".into(),
                before: reference.into(),
                after: summary.into(),
            }],
        },
    )?;
    audit::append(
        conn,
        &audit::Entry {
            actor_id: Some(actor.id),
            actor_label: &actor.email,
            agency_id: actor.agency_id,
            action,
            subject: reference,
            detail: summary,
            address: &actor.address,
        },
    )?;
    let messages: Vec<Message> = messages
        .iter()
        .cloned()
        .map(|m| Message {
            request_id: Some(request_id),
            ..m
        })
        .collect();
    outbox::push(conn, &messages)
}

/// Records a request (approved at once under default sharing); returns its reference. `messages`
/// gets the reference and returns what to announce.
pub fn submit(
    conn: &mut DbConn,
    new: &NewRequest,
    actor: &Actor,
    messages: &dyn Fn(&str) -> Vec<Message>,
) -> Result<String, StorageError> {
    write::transaction(conn, |conn| {
        let placeholder = format!("new-{}-{}", actor.id, crate::auth::session::random_token());
        let (status, answered_at, conditions, approved) = match &new.approve_at_once {
            Some(conditions) => (
                RequestStatus::Approved,
                Some(new.submitted_at),
                conditions.clone(),
                encode_columns(&new.columns),
            ),
            None => (RequestStatus::Pending, None, String::new(), String::new()),
        };
        let values = (
            access_requests::reference.eq(&placeholder),
            access_requests::dataset_id.eq(new.dataset_id),
            access_requests::requester_id.eq(actor.id),
            access_requests::requester_agency_id.eq(new.requester_agency_id),
            access_requests::answering_agency_id.eq(new.answering_agency_id),
            access_requests::purpose.eq(&new.purpose),
            access_requests::legal_basis.eq(&new.legal_basis),
            access_requests::requested_columns.eq(encode_columns(&new.columns)),
            access_requests::channel.eq(&new.channel),
            access_requests::period_start.eq(new.period_start),
            access_requests::period_end.eq(new.period_end),
            access_requests::contact_name.eq(&new.contact_name),
            access_requests::contact_email.eq(&new.contact_email),
            access_requests::contact_phone.eq(&new.contact_phone),
            access_requests::status.eq(status.code()),
            access_requests::submitted_at.eq(new.submitted_at),
            access_requests::due_on.eq(new.due_on),
            access_requests::answered_at.eq(answered_at),
            access_requests::automatic.eq(new.approve_at_once.is_some()),
            access_requests::approved_columns.eq(approved),
            access_requests::conditions.eq(conditions),
        );
        let id: i32 = with_conn!(conn, |c| diesel::insert_into(access_requests::table)
            .values(values.clone())
            .returning(access_requests::id)
            .get_result(c))?;
        // Numbered by the year in Vietnam (a request sent at 00:30 on 1 January is of the new year).
        let year = crate::domain::calendar::vietnam_date(new.submitted_at).format("%Y");
        let reference = format!("YC-{year}-{id:06}");
        with_conn!(conn, |c| diesel::update(access_requests::table.find(id))
            .set(access_requests::reference.eq(&reference))
            .execute(c))?;
        let summary = if new.approve_at_once.is_some() {
            "gửi yêu cầu; chấp thuận ngay (chia sẻ mặc định) / requested; approved at once (default sharing)"
        } else {
            "gửi yêu cầu / requested"
        };
        step(
            conn,
            actor,
            (id, new.dataset_id),
            "access_requested",
            &reference,
            summary,
            &messages(&reference),
        )?;
        Ok(reference)
    })
}

/// One request by reference.
pub fn find(conn: &mut DbConn, reference: &str) -> Result<Option<RequestView>, StorageError> {
    Ok(query(conn, &Filter::Reference(reference.to_string()), 1)?
        .into_iter()
        .next())
}

/// Which requests a list shows.
#[derive(Debug, Clone)]
pub enum Filter {
    Reference(String),
    /// Requests made by users of these agencies.
    SentBy(Vec<i32>),
    /// Requests these agencies answer (as answering agency, owner or custodian).
    ReceivedBy(Vec<i32>),
    /// Every request (admins).
    All,
}

type Joined = (RequestRow, String, String, i32, Option<i32>, String);

/// Narrows a list to one status, or to the requests overdue on a day (pending, due before it).
#[derive(Debug, Clone, Copy, Default)]
pub struct Narrow {
    pub status: Option<RequestStatus>,
    pub overdue_on: Option<NaiveDate>,
}

/// The boxed query of the requests `$filter` and `$narrow` select, joined with their datasets and
/// requesters (a macro: the boxed query's type depends on the backend, chosen in `with_conn!`).
macro_rules! narrowed {
    ($filter:expr, $narrow:expr) => {{
        let mut q = access_requests::table
            .inner_join(datasets::table)
            .inner_join(users::table.on(users::id.eq(access_requests::requester_id)))
            .into_boxed();
        q = match $filter {
            Filter::Reference(r) => q.filter(access_requests::reference.eq(r.clone())),
            Filter::SentBy(ids) => {
                q.filter(access_requests::requester_agency_id.eq_any(ids.clone()))
            }
            Filter::ReceivedBy(ids) => q.filter(
                access_requests::answering_agency_id
                    .eq_any(ids.clone())
                    .or(datasets::owner_id.eq_any(ids.clone()))
                    .or(datasets::custodian_id.eq_any(ids.clone())),
            ),
            Filter::All => q,
        };
        if let Some(s) = $narrow.status {
            q = q.filter(access_requests::status.eq(s.code()));
        }
        if let Some(day) = $narrow.overdue_on {
            q = q
                .filter(access_requests::status.eq(RequestStatus::Pending.code()))
                .filter(access_requests::due_on.lt(day));
        }
        q
    }};
}

/// How many requests `filter` and `narrow` select.
pub fn count_narrowed(
    conn: &mut DbConn,
    filter: &Filter,
    narrow: Narrow,
) -> Result<i64, StorageError> {
    Ok(with_conn!(conn, |c| narrowed!(filter, narrow)
        .count()
        .get_result(c))?)
}

/// Requests matching `filter`, newest first, at most `limit`.
pub fn query(
    conn: &mut DbConn,
    filter: &Filter,
    limit: i64,
) -> Result<Vec<RequestView>, StorageError> {
    query_narrowed(conn, filter, Narrow::default(), limit)
}

/// Like [`query`], narrowed.
pub fn query_narrowed(
    conn: &mut DbConn,
    filter: &Filter,
    narrow: Narrow,
    limit: i64,
) -> Result<Vec<RequestView>, StorageError> {
    let rows: Vec<Joined> = with_conn!(conn, |c| {
        let q = narrowed!(filter, narrow);
        q.order(access_requests::id.desc())
            .limit(limit)
            .select((
                RequestRow::as_select(),
                datasets::identifier,
                datasets::title,
                datasets::owner_id,
                datasets::custodian_id,
                users::email,
            ))
            .load(c)
    })?;
    let answerers: Vec<i32> = rows.iter().filter_map(|r| r.0.answered_by).collect();
    let emails: std::collections::HashMap<i32, String> = if answerers.is_empty() {
        Default::default()
    } else {
        with_conn!(conn, |c| users::table
            .filter(users::id.eq_any(&answerers))
            .select((users::id, users::email))
            .load::<(i32, String)>(c))?
        .into_iter()
        .collect()
    };
    Ok(rows
        .into_iter()
        .map(
            |(request, identifier, title, owner_id, custodian_id, email)| RequestView {
                answerer_email: request.answered_by.and_then(|id| emails.get(&id).cloned()),
                request,
                dataset_identifier: identifier,
                dataset_title: title,
                owner_id,
                custodian_id,
                requester_email: email,
            },
        )
        .collect())
}

/// An answer to a pending request.
#[derive(Debug, Clone)]
pub enum Answer {
    Approve {
        columns: Vec<String>,
        conditions: String,
    },
    Refuse {
        reason: String,
        legal_basis: String,
    },
}

/// What became of a step.
#[derive(Debug, Clone)]
pub enum Stepped {
    Done,
    /// The request was not in the state (or version) the step needs: someone else acted first.
    Stale(Box<RequestView>),
    NotFound,
}

fn stale_or_missing(conn: &mut DbConn, reference: &str) -> Result<Stepped, StorageError> {
    Ok(match find(conn, reference)? {
        Some(v) => Stepped::Stale(Box::new(v)),
        None => Stepped::NotFound,
    })
}

/// What a step records besides its update: the audit action and the history summary.
struct Recorded<'a> {
    action: &'a str,
    summary: &'a str,
    actor: &'a Actor,
    messages: &'a [Message],
}

/// One step: `update` changes the request only if it is still as the step expects (status and
/// version in its `WHERE`); then the step is recorded. Zero rows changed: someone acted first.
fn conditional_step(
    conn: &mut DbConn,
    reference: &str,
    recorded: Recorded,
    update: impl FnOnce(&mut DbConn) -> Result<usize, StorageError>,
) -> Result<Stepped, StorageError> {
    write::transaction(conn, |conn| {
        if update(conn)? == 0 {
            return stale_or_missing(conn, reference);
        }
        let ids = ids_of(conn, reference)?;
        step(
            conn,
            recorded.actor,
            ids,
            recorded.action,
            reference,
            recorded.summary,
            recorded.messages,
        )?;
        Ok(Stepped::Done)
    })
}

/// The request as a step expects to find it.
fn expected(
    reference: &str,
    status: RequestStatus,
    version: i32,
) -> diesel::dsl::Filter<
    diesel::dsl::Filter<
        diesel::dsl::Filter<
            access_requests::table,
            diesel::dsl::Eq<access_requests::reference, &str>,
        >,
        diesel::dsl::Eq<access_requests::status, &'static str>,
    >,
    diesel::dsl::Eq<access_requests::version, i32>,
> {
    access_requests::table
        .filter(access_requests::reference.eq(reference))
        .filter(access_requests::status.eq(status.code()))
        .filter(access_requests::version.eq(version))
}

/// Answers a pending request that is still at `version`.
pub fn answer(
    conn: &mut DbConn,
    reference: &str,
    version: i32,
    answer: &Answer,
    at: NaiveDateTime,
    actor: &Actor,
    messages: &[Message],
) -> Result<Stepped, StorageError> {
    let (status, columns, conditions, reason, basis) = match answer {
        Answer::Approve {
            columns,
            conditions,
        } => (
            RequestStatus::Approved,
            encode_columns(columns),
            conditions.as_str(),
            "",
            "",
        ),
        Answer::Refuse {
            reason,
            legal_basis,
        } => (
            RequestStatus::Refused,
            String::new(),
            "",
            reason.as_str(),
            legal_basis.as_str(),
        ),
    };
    let (action, summary) = match status {
        RequestStatus::Approved => ("access_approved", "chấp thuận / approved"),
        _ => ("access_refused", "từ chối / refused"),
    };
    let recorded = Recorded {
        action,
        summary,
        actor,
        messages,
    };
    conditional_step(conn, reference, recorded, |conn| {
        let target = expected(reference, RequestStatus::Pending, version);
        Ok(with_conn!(conn, |c| diesel::update(target)
            .set((
                access_requests::status.eq(status.code()),
                access_requests::answered_at.eq(Some(at)),
                access_requests::answered_by.eq(Some(actor.id)),
                access_requests::approved_columns.eq(&columns),
                access_requests::conditions.eq(conditions),
                access_requests::refusal_reason.eq(reason),
                access_requests::refusal_legal_basis.eq(basis),
                access_requests::version.eq(version + 1),
            ))
            .execute(c))?)
    })
}

/// Withdraws a request still pending at `version`.
pub fn withdraw(
    conn: &mut DbConn,
    reference: &str,
    version: i32,
    actor: &Actor,
    messages: &[Message],
) -> Result<Stepped, StorageError> {
    let recorded = Recorded {
        action: "access_withdrawn",
        summary: "rút lại yêu cầu / withdrawn",
        actor,
        messages,
    };
    conditional_step(conn, reference, recorded, |conn| {
        let target = expected(reference, RequestStatus::Pending, version);
        Ok(with_conn!(conn, |c| diesel::update(target)
            .set((
                access_requests::status.eq(RequestStatus::Withdrawn.code()),
                access_requests::version.eq(version + 1),
            ))
            .execute(c))?)
    })
}

/// Changes the conditions (and granted columns) of an approval still at `version`.
pub fn change_conditions(
    conn: &mut DbConn,
    reference: &str,
    version: i32,
    columns: &[String],
    conditions: &str,
    actor: &Actor,
    messages: &[Message],
) -> Result<Stepped, StorageError> {
    let recorded = Recorded {
        action: "access_conditions_changed",
        summary: "thay đổi điều kiện / conditions changed",
        actor,
        messages,
    };
    conditional_step(conn, reference, recorded, |conn| {
        let target = expected(reference, RequestStatus::Approved, version);
        Ok(with_conn!(conn, |c| diesel::update(target)
            .set((
                access_requests::approved_columns.eq(encode_columns(columns)),
                access_requests::conditions.eq(conditions),
                access_requests::version.eq(version + 1),
            ))
            .execute(c))?)
    })
}

/// The request's id and its dataset's.
fn ids_of(conn: &mut DbConn, reference: &str) -> Result<(i32, i32), StorageError> {
    Ok(with_conn!(conn, |c| access_requests::table
        .filter(access_requests::reference.eq(reference))
        .select((access_requests::id, access_requests::dataset_id))
        .first(c))?)
}

/// What the sharing record of an agency is computed from: every request it answers.
#[derive(Debug, Clone)]
pub struct Answered {
    pub status: String,
    pub submitted_at: NaiveDateTime,
    pub due_on: NaiveDate,
    pub answered_at: Option<NaiveDateTime>,
}

/// Requests answered by these agencies (as answering agency), for their sharing record.
pub fn received_by(conn: &mut DbConn, agencies: &[i32]) -> Result<Vec<Answered>, StorageError> {
    let rows: Vec<(String, NaiveDateTime, NaiveDate, Option<NaiveDateTime>)> =
        with_conn!(conn, |c| access_requests::table
            .filter(access_requests::answering_agency_id.eq_any(agencies))
            .select((
                access_requests::status,
                access_requests::submitted_at,
                access_requests::due_on,
                access_requests::answered_at,
            ))
            .load(c))?;
    Ok(rows
        .into_iter()
        .map(|(status, submitted_at, due_on, answered_at)| Answered {
            status,
            submitted_at,
            due_on,
            answered_at,
        })
        .collect())
}

/// How an agency answers requests: counts, punctuality, and the median answer time in working
/// days (answers on the day of receipt count 0).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SharingRecord {
    pub received: usize,
    pub answered: usize,
    pub on_time: usize,
    pub overdue: usize,
    pub refused: usize,
    pub median_working_days: Option<f64>,
}

impl SharingRecord {
    /// Withdrawn requests count as received but not as answered; automatic approvals count as
    /// answered on time the day they came.
    pub fn compute(
        rows: &[Answered],
        calendar: &crate::domain::Calendar,
        today: NaiveDate,
    ) -> SharingRecord {
        use crate::domain::calendar::vietnam_date;
        let mut record = SharingRecord {
            received: rows.len(),
            ..Default::default()
        };
        let mut days: Vec<i64> = Vec::new();
        for r in rows {
            match (RequestStatus::from_code(&r.status), r.answered_at) {
                (Some(RequestStatus::Pending), _) if today > r.due_on => record.overdue += 1,
                (Some(s @ (RequestStatus::Approved | RequestStatus::Refused)), Some(at)) => {
                    record.answered += 1;
                    if s == RequestStatus::Refused {
                        record.refused += 1;
                    }
                    let answered_on = vietnam_date(at);
                    if answered_on <= r.due_on {
                        record.on_time += 1;
                    }
                    days.push(
                        calendar.working_days_between(vietnam_date(r.submitted_at), answered_on),
                    );
                }
                _ => {}
            }
        }
        days.sort_unstable();
        record.median_working_days = match days.len() {
            0 => None,
            n if n % 2 == 1 => Some(days[n / 2] as f64),
            n => Some((days[n / 2 - 1] + days[n / 2]) as f64 / 2.0),
        };
        record
    }
}

/// Writes the overdue reminders of requests still pending after their due date (`today` in
/// Vietnam) that have none yet, one transaction per request; returns how many were written. The flag
/// is flipped by a conditional UPDATE, so of several servers doing this at once one writes each.
pub fn remind_overdue(
    conn: &mut DbConn,
    today: NaiveDate,
    at: NaiveDateTime,
) -> Result<usize, StorageError> {
    let due: Vec<(i32, String, i32, i32, NaiveDate, String)> = with_conn!(conn, |c| {
        access_requests::table
            .inner_join(datasets::table)
            .filter(access_requests::status.eq(RequestStatus::Pending.code()))
            .filter(access_requests::due_on.lt(today))
            .filter(access_requests::overdue_notified.eq(false))
            .select((
                access_requests::id,
                access_requests::reference,
                access_requests::answering_agency_id,
                access_requests::requester_id,
                access_requests::due_on,
                datasets::title,
            ))
            .load(c)
    })?;
    let mut written = 0;
    for (id, reference, agency, requester, due_on, title) in due {
        let wrote = write::transaction(conn, |conn| {
            let flipped = with_conn!(conn, |c| diesel::update(
                access_requests::table
                    .find(id)
                    .filter(access_requests::overdue_notified.eq(false))
                    .filter(access_requests::status.eq(RequestStatus::Pending.code()))
            )
            .set(access_requests::overdue_notified.eq(true))
            .execute(c))?;
            if flipped == 0 {
                return Ok(false);
            }
            let subject = format!("[ndc] {reference}: {title}");
            let due = due_on.format("%d/%m/%Y");
            let message = |agency: Option<i32>, user: Option<i32>, body: String| Message {
                request_id: Some(id),
                recipient_agency_id: agency,
                recipient_user_id: user,
                kind: "request_overdue".into(),
                subject: subject.clone(),
                body,
                created_at: at,
            };
            outbox::push(
                conn,
                &[
                    message(Some(agency), None, format!(
                        "Yêu cầu đã quá hạn trả lời (hạn: hết ngày {due}). / The request is overdue (due by the end of {due})."
                    )),
                    message(None, Some(requester), format!(
                        "Cơ quan trả lời chưa trả lời đúng hạn (hạn: hết ngày {due}). / The answering agency has not answered by the due date ({due})."
                    )),
                ],
            )?;
            Ok(true)
        })?;
        written += usize::from(wrote);
    }
    Ok(written)
}
