//! The wire types of `/api/v1`: every JSON answer the API gives is one of these structs, built from
//! storage rows here and serialized as they are. Their `ToSchema` derives are the OpenAPI
//! document's schemas (see [`super::openapi`]), so the document and the answers come from the same
//! definitions. Changing a field here changes the API: external scripts read these names.
//! Nothing here queries the database or knows about HTTP.

use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;

use serde::Serialize;
use utoipa::openapi::schema::{Array, ArrayBuilder, Object, ObjectBuilder, Type};
use utoipa::ToSchema;

use crate::domain::{Importance, PersonalData, RequestStatus, SharingScope, Status, Theme};
use crate::storage::access_requests::RequestView;
use crate::storage::agencies::AgencyTree;
use crate::storage::listing::{self, Facets};
use crate::storage::models::{self, split_list, DatasetDetail};
use crate::storage::outbox;

/// A string that is one of a vocabulary's codes: the document's enumerations are read from the
/// vocabularies themselves, so a new code cannot be forgotten in the document.
fn codes(all: impl IntoIterator<Item = &'static str>) -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(all))
        .build()
}

fn sharing_scope_code() -> Object {
    codes(SharingScope::ALL.iter().map(|v| v.code()))
}

fn importance_code() -> Object {
    codes(Importance::ALL.iter().map(|v| v.code()))
}

fn personal_data_code() -> Object {
    codes(PersonalData::ALL.iter().map(|v| v.code()))
}

fn status_code() -> Object {
    codes(Status::ALL.iter().map(|v| v.code()))
}

fn request_status_code() -> Object {
    codes(RequestStatus::ALL.iter().map(|v| v.code()))
}

fn theme_codes() -> Array {
    ArrayBuilder::new()
        .items(codes(Theme::ALL.iter().map(|v| v.code())))
        .build()
}

fn theme_list(themes: &[Theme]) -> Vec<String> {
    themes.iter().map(|t| t.code().to_string()).collect()
}

fn date(d: Option<chrono::NaiveDate>) -> Option<String> {
    d.map(|d| d.to_string())
}

fn timestamp(t: chrono::NaiveDateTime) -> String {
    t.and_utc().to_rfc3339()
}

/// An agency named inside another answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct AgencyRef {
    pub code: String,
    pub name_vi: String,
    pub name_en: String,
}

impl From<&models::Agency> for AgencyRef {
    fn from(a: &models::Agency) -> Self {
        AgencyRef {
            code: a.code.clone(),
            name_vi: a.name_vi.clone(),
            name_en: a.name_en.clone(),
        }
    }
}

/// Whom to ask about a dataset, or who asked for one.
#[derive(Debug, Serialize, ToSchema)]
pub struct Contact {
    pub name: String,
    pub email: String,
    pub phone: String,
}

/// A dataset as a list row shows it.
#[derive(Debug, Serialize, ToSchema)]
pub struct DatasetSummary {
    pub identifier: String,
    pub title: String,
    pub description: String,
    /// The owning agency's code.
    pub owner: Option<String>,
    /// The custodian agency's code, if another agency keeps the data.
    pub custodian: Option<String>,
    #[schema(schema_with = sharing_scope_code)]
    pub sharing_scope: String,
    #[schema(schema_with = importance_code)]
    pub importance: String,
    #[schema(schema_with = personal_data_code)]
    pub personal_data: String,
    #[schema(schema_with = status_code)]
    pub status: String,
    #[schema(schema_with = theme_codes)]
    pub themes: Vec<String>,
    /// Formats of its distributions, e.g. CSV.
    pub formats: Vec<String>,
    #[schema(format = Date)]
    pub modified: Option<String>,
    /// This dataset in the API.
    pub url: String,
}

impl DatasetSummary {
    pub fn new(s: &listing::DatasetSummary, tree: &AgencyTree) -> Self {
        let d = &s.dataset;
        let code = |id: i32| tree.get(id).map(|a| a.code.clone());
        DatasetSummary {
            identifier: d.identifier.clone(),
            title: d.title.clone(),
            description: d.description.clone(),
            owner: code(d.owner_id),
            custodian: d.custodian_id.and_then(code),
            sharing_scope: d.sharing_scope.clone(),
            importance: d.importance.clone(),
            personal_data: d.personal_data.clone(),
            status: d.status.clone(),
            themes: theme_list(&s.themes),
            formats: s.formats.clone(),
            modified: date(d.modified),
            url: format!("/api/v1/datasets/{}", d.identifier),
        }
    }
}

/// How many datasets of the whole result (not only this page) have each format.
#[derive(Debug, Serialize, ToSchema)]
pub struct FormatCount {
    pub format: String,
    pub count: i64,
}

/// Datasets of the whole result per value, by code; values without datasets are left out.
#[derive(Debug, Serialize, ToSchema)]
pub struct DatasetFacets {
    /// Per agency code, counting its units' datasets, as owner or custodian.
    pub agency: BTreeMap<String, i64>,
    pub theme: BTreeMap<String, i64>,
    pub scope: BTreeMap<String, i64>,
    pub importance: BTreeMap<String, i64>,
    pub personal: BTreeMap<String, i64>,
    pub status: BTreeMap<String, i64>,
    /// Most frequent first.
    pub format: Vec<FormatCount>,
}

/// The counts of a vocabulary facet, keyed by code (values without datasets left out).
fn counts<T: Copy + Hash + Eq>(
    all: &[T],
    code: fn(T) -> &'static str,
    map: &HashMap<T, i64>,
) -> BTreeMap<String, i64> {
    all.iter()
        .filter_map(|v| {
            let n = *map.get(v).filter(|n| **n > 0)?;
            Some((code(*v).to_string(), n))
        })
        .collect()
}

impl DatasetFacets {
    pub fn new(f: &Facets, tree: &AgencyTree) -> Self {
        DatasetFacets {
            agency: f
                .agencies
                .iter()
                .filter_map(|(id, n)| Some((tree.get(*id)?.code.clone(), *n)))
                .collect(),
            theme: counts(Theme::ALL, Theme::code, &f.themes),
            scope: counts(SharingScope::ALL, SharingScope::code, &f.sharing_scope),
            importance: counts(Importance::ALL, Importance::code, &f.importance),
            personal: counts(PersonalData::ALL, PersonalData::code, &f.personal_data),
            status: counts(Status::ALL, Status::code, &f.status),
            format: f
                .formats
                .iter()
                .map(|(format, count)| FormatCount {
                    format: format.clone(),
                    count: *count,
                })
                .collect(),
        }
    }
}

/// One page of datasets, with the facets of the whole result.
#[derive(Debug, Serialize, ToSchema)]
pub struct DatasetList {
    pub total: i64,
    pub page: i64,
    pub per_page: i64,
    pub pages: i64,
    /// Parameters whose value was not understood, and so not applied.
    pub ignored_parameters: Vec<String>,
    /// A query was typed but the search index is still being built: the list is not filtered by it.
    pub search_unavailable: bool,
    pub items: Vec<DatasetSummary>,
    pub facets: DatasetFacets,
}

/// One column of a dataset.
#[derive(Debug, Serialize, ToSchema)]
pub struct Field {
    pub name: String,
    pub title: String,
    #[serde(rename = "type")]
    pub field_type: String,
    pub unit: String,
    pub required: bool,
    /// Part of the dataset's key.
    pub key: bool,
    #[schema(schema_with = personal_data_code)]
    pub personal_data: String,
    pub description: String,
    pub example: String,
}

impl From<&models::SchemaField> for Field {
    fn from(f: &models::SchemaField) -> Self {
        Field {
            name: f.name.clone(),
            title: f.title.clone(),
            field_type: f.field_type.clone(),
            unit: f.unit.clone(),
            required: f.required,
            key: f.is_key,
            personal_data: f.personal_data.clone(),
            description: f.description.clone(),
            example: f.example.clone(),
        }
    }
}

/// A way to get a dataset's data: a file or a service.
#[derive(Debug, Serialize, ToSchema)]
pub struct Distribution {
    pub title: String,
    pub format: String,
    pub media_type: String,
    pub url: String,
    pub byte_size: Option<i64>,
    pub channel: String,
}

impl From<&models::Distribution> for Distribution {
    fn from(x: &models::Distribution) -> Self {
        Distribution {
            title: x.title.clone(),
            format: x.format.clone(),
            media_type: x.media_type.clone(),
            url: x.url.clone(),
            byte_size: x.byte_size,
            channel: x.channel.clone(),
        }
    }
}

/// Who may get a dataset, on which conditions, and who decides.
#[derive(Debug, Serialize, ToSchema)]
pub struct AccessRule {
    pub audience: String,
    /// Shared without a decision (requests are approved at once).
    pub default_sharing: bool,
    pub conditions: String,
    pub legal_basis: String,
    pub approving_agency: Option<AgencyRef>,
    /// Working days the owner has to answer a request.
    pub response_days: i32,
}

/// Where a dataset is shown to people.
#[derive(Debug, Serialize, ToSchema)]
pub struct DatasetLinks {
    /// The dataset's page.
    pub page: String,
    /// Its change history.
    pub history: String,
}

/// One dataset with its columns, distributions and access rules.
#[derive(Debug, Serialize, ToSchema)]
pub struct Dataset {
    pub identifier: String,
    pub title: String,
    pub description: String,
    pub owner: AgencyRef,
    pub custodian: Option<AgencyRef>,
    #[schema(schema_with = theme_codes)]
    pub themes: Vec<String>,
    pub keywords: Vec<String>,
    #[schema(schema_with = sharing_scope_code)]
    pub sharing_scope: String,
    #[schema(schema_with = importance_code)]
    pub importance: String,
    #[schema(schema_with = personal_data_code)]
    pub personal_data: String,
    pub legal_basis: String,
    pub channels: Vec<String>,
    pub licence: String,
    pub update_frequency: String,
    #[schema(format = Date)]
    pub temporal_start: Option<String>,
    #[schema(format = Date)]
    pub temporal_end: Option<String>,
    pub spatial: Vec<String>,
    pub contact: Contact,
    #[schema(format = Date)]
    pub issued: Option<String>,
    #[schema(format = Date)]
    pub modified: Option<String>,
    #[schema(schema_with = status_code)]
    pub status: String,
    /// Bumped by every change.
    pub revision: i32,
    pub fields: Vec<Field>,
    pub distributions: Vec<Distribution>,
    pub access_rules: Vec<AccessRule>,
    pub links: DatasetLinks,
}

impl From<&DatasetDetail> for Dataset {
    fn from(detail: &DatasetDetail) -> Self {
        let d = &detail.dataset;
        let list = |v: &str| split_list(v).map(str::to_string).collect::<Vec<_>>();
        Dataset {
            identifier: d.identifier.clone(),
            title: d.title.clone(),
            description: d.description.clone(),
            owner: AgencyRef::from(&detail.owner),
            custodian: detail.custodian.as_ref().map(AgencyRef::from),
            themes: theme_list(&detail.themes),
            keywords: list(&d.keywords),
            sharing_scope: d.sharing_scope.clone(),
            importance: d.importance.clone(),
            personal_data: d.personal_data.clone(),
            legal_basis: d.legal_basis.clone(),
            channels: list(&d.channels),
            licence: d.licence.clone(),
            update_frequency: d.update_frequency.clone(),
            temporal_start: date(d.temporal_start),
            temporal_end: date(d.temporal_end),
            spatial: list(&d.spatial),
            contact: Contact {
                name: d.contact_name.clone(),
                email: d.contact_email.clone(),
                phone: d.contact_phone.clone(),
            },
            issued: date(d.issued),
            modified: date(d.modified),
            status: d.status.clone(),
            revision: d.revision,
            fields: detail.fields.iter().map(Field::from).collect(),
            distributions: detail
                .distributions
                .iter()
                .map(Distribution::from)
                .collect(),
            access_rules: detail
                .access_rules
                .iter()
                .map(|(r, approver)| AccessRule {
                    audience: r.audience.clone(),
                    default_sharing: r.default_sharing,
                    conditions: r.conditions.clone(),
                    legal_basis: r.legal_basis.clone(),
                    approving_agency: approver.as_ref().map(AgencyRef::from),
                    response_days: r.response_days,
                })
                .collect(),
            links: DatasetLinks {
                page: format!("/datasets/{}", d.identifier),
                history: format!("/datasets/{}/history", d.identifier),
            },
        }
    }
}

/// An agency, with the listed datasets it and its units hold that the caller may see.
#[derive(Debug, Serialize, ToSchema)]
pub struct Agency {
    pub code: String,
    pub name_vi: String,
    pub name_en: String,
    pub kind: String,
    /// The parent agency's code.
    pub parent: Option<String>,
    pub datasets: i64,
    /// This agency in the API.
    pub url: String,
}

impl Agency {
    pub fn new(a: &models::Agency, tree: &AgencyTree, counts: &HashMap<i32, i64>) -> Self {
        Agency {
            code: a.code.clone(),
            name_vi: a.name_vi.clone(),
            name_en: a.name_en.clone(),
            kind: a.kind.clone(),
            parent: a
                .parent_id
                .and_then(|p| tree.get(p))
                .map(|p| p.code.clone()),
            datasets: counts.get(&a.id).copied().unwrap_or(0),
            url: format!("/api/v1/agencies/{}", a.code),
        }
    }
}

/// One agency with its direct units.
#[derive(Debug, Serialize, ToSchema)]
pub struct AgencyDetail {
    #[serde(flatten)]
    pub agency: Agency,
    pub units: Vec<Agency>,
    /// Its datasets (and its units') in the API.
    pub datasets_url: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AgencyList {
    pub total: usize,
    /// Parents before children, in Vietnamese order.
    pub items: Vec<Agency>,
}

/// A theme of the vocabulary.
#[derive(Debug, Serialize, ToSchema)]
pub struct ThemeTerm {
    pub code: &'static str,
    pub label_vi: &'static str,
    pub label_en: &'static str,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ThemeList {
    pub total: usize,
    pub items: Vec<ThemeTerm>,
}

impl ThemeList {
    pub fn all() -> Self {
        let items: Vec<ThemeTerm> = Theme::ALL
            .iter()
            .map(|t| ThemeTerm {
                code: t.code(),
                label_vi: t.label_vi(),
                label_en: t.label_en(),
            })
            .collect();
        ThemeList {
            total: items.len(),
            items,
        }
    }
}

/// The dataset an access request is about.
#[derive(Debug, Serialize, ToSchema)]
pub struct DatasetRef {
    pub identifier: String,
    pub title: String,
}

/// Why a request was refused.
#[derive(Debug, Serialize, ToSchema)]
pub struct Refusal {
    pub reason: String,
    pub legal_basis: String,
}

/// An agency's request for another agency's shared data.
#[derive(Debug, Serialize, ToSchema)]
pub struct AccessRequest {
    pub reference: String,
    #[schema(schema_with = request_status_code)]
    pub status: String,
    /// Pending past its due date.
    pub overdue: bool,
    /// Approved, and its period is over.
    pub expired: bool,
    /// Approved at once by a default-sharing rule.
    pub automatic: bool,
    pub dataset: DatasetRef,
    /// The requesting agency's code.
    pub requester_agency: String,
    /// The code of the agency that must answer.
    pub answering_agency: String,
    pub purpose: String,
    pub legal_basis: String,
    /// Empty: the whole dataset
    pub columns: Vec<String>,
    pub channel: String,
    #[schema(format = Date)]
    pub period_start: String,
    #[schema(format = Date)]
    pub period_end: String,
    pub contact: Contact,
    #[schema(format = DateTime)]
    pub submitted_at: String,
    /// Last day (Vietnam time) to answer on time
    #[schema(format = Date)]
    pub due_on: String,
    #[schema(format = DateTime)]
    pub answered_at: Option<String>,
    /// Empty: the whole dataset
    pub approved_columns: Vec<String>,
    pub conditions: String,
    /// Set when the request was refused.
    pub refusal: Option<Refusal>,
    /// The request's page.
    pub url: String,
}

impl AccessRequest {
    pub fn new(v: &RequestView, tree: &AgencyTree, today: chrono::NaiveDate) -> Self {
        let r = &v.request;
        let code = |id: i32| tree.get(id).map(|a| a.code.clone()).unwrap_or_default();
        AccessRequest {
            reference: r.reference.clone(),
            status: r.status.clone(),
            overdue: r.is_overdue(today),
            expired: r.is_expired(today),
            automatic: r.automatic,
            dataset: DatasetRef {
                identifier: v.dataset_identifier.clone(),
                title: v.dataset_title.clone(),
            },
            requester_agency: code(r.requester_agency_id),
            answering_agency: code(r.answering_agency_id),
            purpose: r.purpose.clone(),
            legal_basis: r.legal_basis.clone(),
            columns: r.requested(),
            channel: r.channel.clone(),
            period_start: r.period_start.to_string(),
            period_end: r.period_end.to_string(),
            contact: Contact {
                name: r.contact_name.clone(),
                email: r.contact_email.clone(),
                phone: r.contact_phone.clone(),
            },
            submitted_at: timestamp(r.submitted_at),
            due_on: r.due_on.to_string(),
            answered_at: r.answered_at.map(timestamp),
            approved_columns: r.approved(),
            conditions: r.conditions.clone(),
            refusal: (r.status() == RequestStatus::Refused).then(|| Refusal {
                reason: r.refusal_reason.clone(),
                legal_basis: r.refusal_legal_basis.clone(),
            }),
            url: format!("/access-requests/{}", r.reference),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AccessRequestList {
    pub total: usize,
    pub items: Vec<AccessRequest>,
}

/// A notification waiting for the mail gateway.
#[derive(Debug, Serialize, ToSchema)]
pub struct OutboxMessage {
    pub id: i32,
    #[schema(format = DateTime)]
    pub created_at: String,
    pub kind: String,
    pub recipient_agency_id: Option<i32>,
    pub recipient_user_id: Option<i32>,
    pub subject: String,
    pub body: String,
    /// Delivery attempts so far.
    pub attempts: i32,
    /// Why the last attempt failed.
    pub last_error: String,
}

impl From<&outbox::Stored> for OutboxMessage {
    fn from(m: &outbox::Stored) -> Self {
        OutboxMessage {
            id: m.id,
            created_at: timestamp(m.created_at),
            kind: m.kind.clone(),
            recipient_agency_id: m.recipient_agency_id,
            recipient_user_id: m.recipient_user_id,
            subject: m.subject.clone(),
            body: m.body.clone(),
            attempts: m.attempts,
            last_error: m.last_error.clone(),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct OutboxList {
    pub total: usize,
    pub items: Vec<OutboxMessage>,
}

/// What a mail gateway reports about one delivery attempt (the last segment of its path).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ToSchema)]
#[schema(rename_all = "lowercase")]
pub enum DeliveryOutcome {
    Delivered,
    /// Not delivered: the message stays pending, with the reason from the body.
    Failed,
}

impl DeliveryOutcome {
    pub fn from_path(segment: &str) -> Option<Self> {
        match segment {
            "delivered" => Some(DeliveryOutcome::Delivered),
            "failed" => Some(DeliveryOutcome::Failed),
            _ => None,
        }
    }
}
