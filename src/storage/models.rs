//! Rows as stored, and the insert forms. Enumerations are stored as their vocabulary codes; the
//! accessors turn them back into domain values.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::schema::*;
use crate::domain::{
    AgencyKind, Audience, Channel, FieldType, Importance, PersonalData, SharingScope, Status,
    Theme, UpdateFrequency,
};

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = agencies)]
pub struct Agency {
    pub id: i32,
    pub code: String,
    pub name_vi: String,
    pub name_en: String,
    pub kind: String,
    pub parent_id: Option<i32>,
    pub sort_key: Vec<u8>,
}

impl Agency {
    pub fn kind(&self) -> Option<AgencyKind> {
        AgencyKind::from_code(&self.kind)
    }

    pub fn name(&self, lang: crate::domain::Lang) -> &str {
        match lang {
            crate::domain::Lang::En if !self.name_en.is_empty() => &self.name_en,
            _ => &self.name_vi,
        }
    }
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = agencies, treat_none_as_default_value = false)]
pub struct NewAgency {
    pub code: String,
    pub name_vi: String,
    pub name_en: String,
    pub kind: String,
    pub parent_id: Option<i32>,
    pub sort_key: Vec<u8>,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = datasets)]
pub struct Dataset {
    pub id: i32,
    pub identifier: String,
    pub title: String,
    pub description: String,
    pub keywords: String,
    pub owner_id: i32,
    pub custodian_id: Option<i32>,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub sharing_scope: String,
    pub importance: String,
    pub personal_data: String,
    pub legal_basis: String,
    pub channels: String,
    pub licence: String,
    pub update_frequency: String,
    pub temporal_start: Option<NaiveDate>,
    pub temporal_end: Option<NaiveDate>,
    pub spatial: String,
    pub issued: Option<NaiveDate>,
    pub modified: Option<NaiveDate>,
    pub status: String,
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    /// Bumped by every update; the edit form names the revision it started from.
    pub revision: i32,
}

/// Splits a `;`-separated list column (keywords, channels, spatial coverage).
pub fn split_list(value: &str) -> impl Iterator<Item = &str> {
    value.split(';').map(str::trim).filter(|s| !s.is_empty())
}

impl Dataset {
    pub fn sharing_scope(&self) -> Option<SharingScope> {
        SharingScope::from_code(&self.sharing_scope)
    }
    pub fn importance(&self) -> Option<Importance> {
        Importance::from_code(&self.importance)
    }
    pub fn personal_data(&self) -> Option<PersonalData> {
        PersonalData::from_code(&self.personal_data)
    }
    pub fn status(&self) -> Option<Status> {
        Status::from_code(&self.status)
    }
    pub fn update_frequency(&self) -> Option<UpdateFrequency> {
        UpdateFrequency::from_code(&self.update_frequency)
    }
    pub fn keywords(&self) -> impl Iterator<Item = &str> {
        split_list(&self.keywords)
    }
    pub fn spatial(&self) -> impl Iterator<Item = &str> {
        split_list(&self.spatial)
    }
    pub fn channels(&self) -> impl Iterator<Item = Channel> + '_ {
        split_list(&self.channels).filter_map(Channel::from_code)
    }
}

/// A dataset row to insert, or to update (`AsChangeset`: `None` clears the column; creation time and
/// the list fingerprints are left alone).
#[derive(Debug, Clone, Insertable, AsChangeset)]
#[diesel(table_name = datasets, treat_none_as_null = true, treat_none_as_default_value = false)]
pub struct NewDataset {
    pub identifier: String,
    pub title: String,
    pub title_sort: Vec<u8>,
    pub description: String,
    pub keywords: String,
    pub owner_id: i32,
    pub custodian_id: Option<i32>,
    pub contact_name: String,
    pub contact_email: String,
    pub contact_phone: String,
    pub sharing_scope: String,
    pub importance: String,
    pub personal_data: String,
    pub legal_basis: String,
    pub channels: String,
    pub licence: String,
    pub update_frequency: String,
    pub temporal_start: Option<NaiveDate>,
    pub temporal_end: Option<NaiveDate>,
    pub spatial: String,
    pub issued: Option<NaiveDate>,
    pub modified: Option<NaiveDate>,
    pub status: String,
    #[diesel(skip_update)]
    pub created_at: NaiveDateTime,
    pub updated_at: NaiveDateTime,
    pub content_hash: i64,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = dataset_themes, treat_none_as_default_value = false)]
pub struct DatasetTheme {
    pub dataset_id: i32,
    pub theme: String,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = schema_fields)]
pub struct SchemaField {
    pub id: i32,
    pub dataset_id: i32,
    pub ordinal: i32,
    pub name: String,
    pub title: String,
    pub field_type: String,
    pub unit: String,
    pub required: bool,
    pub is_key: bool,
    pub personal_data: String,
    pub description: String,
    pub example: String,
}

impl SchemaField {
    pub fn field_type(&self) -> Option<FieldType> {
        FieldType::from_code(&self.field_type)
    }
    pub fn personal_data(&self) -> Option<PersonalData> {
        PersonalData::from_code(&self.personal_data)
    }
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = schema_fields, treat_none_as_default_value = false)]
pub struct NewSchemaField {
    pub dataset_id: i32,
    pub ordinal: i32,
    pub name: String,
    pub title: String,
    pub field_type: String,
    pub unit: String,
    pub required: bool,
    pub is_key: bool,
    pub personal_data: String,
    pub description: String,
    pub example: String,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = distributions)]
pub struct Distribution {
    pub id: i32,
    pub dataset_id: i32,
    pub ordinal: i32,
    pub title: String,
    pub format: String,
    pub media_type: String,
    pub url: String,
    pub byte_size: Option<i64>,
    pub channel: String,
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = distributions, treat_none_as_default_value = false)]
pub struct NewDistribution {
    pub dataset_id: i32,
    pub ordinal: i32,
    pub title: String,
    pub format: String,
    pub media_type: String,
    pub url: String,
    pub byte_size: Option<i64>,
    pub channel: String,
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = access_rules)]
pub struct AccessRule {
    pub id: i32,
    pub dataset_id: i32,
    pub ordinal: i32,
    pub audience: String,
    pub default_sharing: bool,
    pub conditions: String,
    pub legal_basis: String,
    pub approving_agency_id: Option<i32>,
    pub response_days: i32,
}

impl AccessRule {
    pub fn audience(&self) -> Option<Audience> {
        Audience::from_code(&self.audience)
    }
}

#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = access_rules, treat_none_as_default_value = false)]
pub struct NewAccessRule {
    pub dataset_id: i32,
    pub ordinal: i32,
    pub audience: String,
    pub default_sharing: bool,
    pub conditions: String,
    pub legal_basis: String,
    pub approving_agency_id: Option<i32>,
    pub response_days: i32,
}

/// Everything the dataset page shows about one dataset.
#[derive(Debug, Clone)]
pub struct DatasetDetail {
    pub dataset: Dataset,
    pub themes: Vec<Theme>,
    pub owner: Agency,
    pub custodian: Option<Agency>,
    pub fields: Vec<SchemaField>,
    pub distributions: Vec<Distribution>,
    pub access_rules: Vec<(AccessRule, Option<Agency>)>,
}

/// The list fingerprints of a dataset (see `storage::fingerprint`).
#[derive(Debug, Clone, Insertable)]
#[diesel(table_name = dataset_list_hashes, treat_none_as_default_value = false)]
pub struct NewListHashes {
    pub dataset_id: i32,
    pub fields_hash: i64,
    pub distributions_hash: i64,
}
