//! Saving one dataset from the form: in one transaction, check who may write it (before and after
//! the change), refuse a save based on an older revision (two stewards never silently overwrite
//! each other), write the dataset with its themes, columns, distributions and access rule, append
//! the field-by-field diff to its history, the write to the audit log and the dataset to the change
//! log that search follows. Import fingerprints are reset to "unknown" (0), so a later import of
//! an old file updates the dataset instead of taking it for unchanged.

use diesel::prelude::*;

use super::history::{self, FieldChange};
use super::models::*;
use super::schema::*;
use super::{audit, bulk, write, DbConn, StorageError};
use crate::domain::Status;
use crate::with_conn;

/// Who saves, for the history and the audit log.
#[derive(Debug, Clone)]
pub struct Actor {
    pub id: Option<i32>,
    pub label: String,
    pub agency_id: Option<i32>,
    pub address: String,
}

/// One dataset as the form saves it.
#[derive(Debug, Clone)]
pub struct DatasetWrite {
    pub dataset: NewDataset,
    pub owner_code: String,
    pub custodian_code: Option<String>,
    pub themes: Vec<String>,
    pub fields: Vec<NewSchemaField>,
    pub distributions: Vec<NewDistribution>,
    pub conditions: String,
    /// Working days the owner has to answer an access request.
    pub response_days: i32,
    /// Shared by default (approved at once) rather than on specific request.
    pub default_sharing: bool,
    /// The agency that approves access requests (code and id), if not the owner.
    pub approver_code: Option<String>,
    pub approver_id: Option<i32>,
}

#[derive(Debug)]
pub enum Saved {
    Created {
        id: i32,
    },
    Updated {
        revision: i32,
    },
    /// Nothing differed: nothing written, no history entry.
    Unchanged,
    /// The dataset changed since `base` (the revision the form started from).
    Conflict {
        current: i32,
        since: Vec<history::Entry>,
    },
    /// The identifier of a new dataset is taken.
    Taken,
    /// The actor may not write this dataset (as it is, or as it would become).
    Forbidden,
    NotFound,
}

/// The dataset as `(field, value)` pairs, the unit of the history's diff (and what the edit form
/// starts from): scalars by column name, then `fields[i].prop` and `distributions[i].prop` from 1.
pub fn snapshot(w: &DatasetWrite) -> Vec<(String, String)> {
    let d = &w.dataset;
    let date = |v: Option<chrono::NaiveDate>| v.map(|d| d.to_string()).unwrap_or_default();
    let mut themes = w.themes.clone();
    themes.sort();
    let mut out: Vec<(String, String)> = [
        ("identifier", d.identifier.clone()),
        ("title", d.title.clone()),
        ("description", d.description.clone()),
        ("owner", w.owner_code.clone()),
        ("custodian", w.custodian_code.clone().unwrap_or_default()),
        ("themes", themes.join(";")),
        ("keywords", d.keywords.clone()),
        ("sharing_scope", d.sharing_scope.clone()),
        ("importance", d.importance.clone()),
        ("personal_data", d.personal_data.clone()),
        ("legal_basis", d.legal_basis.clone()),
        ("channels", d.channels.clone()),
        ("licence", d.licence.clone()),
        ("update_frequency", d.update_frequency.clone()),
        ("temporal_start", date(d.temporal_start)),
        ("temporal_end", date(d.temporal_end)),
        ("spatial", d.spatial.clone()),
        ("contact_name", d.contact_name.clone()),
        ("contact_email", d.contact_email.clone()),
        ("contact_phone", d.contact_phone.clone()),
        ("issued", date(d.issued)),
        ("modified", date(d.modified)),
        ("status", d.status.clone()),
        ("conditions", w.conditions.clone()),
        ("response_days", w.response_days.to_string()),
        ("sharing_form", sharing_form(w.default_sharing).to_string()),
        (
            "approving_agency",
            w.approver_code.clone().unwrap_or_default(),
        ),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    for (i, f) in w.fields.iter().enumerate() {
        let flag = |b: bool| if b { "true" } else { "false" }.to_string();
        for (p, v) in [
            ("name", f.name.clone()),
            ("title", f.title.clone()),
            ("type", f.field_type.clone()),
            ("unit", f.unit.clone()),
            ("required", flag(f.required)),
            ("key", flag(f.is_key)),
            ("personal_data", f.personal_data.clone()),
            ("description", f.description.clone()),
            ("example", f.example.clone()),
        ] {
            out.push((format!("fields[{}].{p}", i + 1), v));
        }
    }
    for (i, x) in w.distributions.iter().enumerate() {
        for (p, v) in [
            ("title", x.title.clone()),
            ("format", x.format.clone()),
            ("media_type", x.media_type.clone()),
            ("url", x.url.clone()),
            (
                "byte_size",
                x.byte_size.map(|n| n.to_string()).unwrap_or_default(),
            ),
            ("channel", x.channel.clone()),
        ] {
            out.push((format!("distributions[{}].{p}", i + 1), v));
        }
    }
    out
}

/// What changed between two snapshots, in the order of the fields (a removed list row shows its
/// values going to empty, an added one from empty).
pub fn diff(before: &[(String, String)], after: &[(String, String)]) -> Vec<FieldChange> {
    let lookup = |list: &[(String, String)], key: &str| {
        list.iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    let mut keys: Vec<&String> = after.iter().map(|(k, _)| k).collect();
    for (k, _) in before {
        if !keys.contains(&k) {
            keys.push(k);
        }
    }
    keys.into_iter()
        .filter_map(|k| {
            let (b, a) = (lookup(before, k), lookup(after, k));
            (b != a).then(|| FieldChange {
                field: k.clone(),
                before: b,
                after: a,
            })
        })
        .collect()
}

/// The stored dataset in the shape the form writes, to compare with.
pub fn stored(detail: &DatasetDetail) -> DatasetWrite {
    let d = &detail.dataset;
    // The form edits the first access rule (see `write_access_rule`).
    let rule = detail.access_rules.first();
    DatasetWrite {
        dataset: NewDataset {
            identifier: d.identifier.clone(),
            title: d.title.clone(),
            title_sort: Vec::new(),
            description: d.description.clone(),
            keywords: d.keywords.clone(),
            owner_id: d.owner_id,
            custodian_id: d.custodian_id,
            contact_name: d.contact_name.clone(),
            contact_email: d.contact_email.clone(),
            contact_phone: d.contact_phone.clone(),
            sharing_scope: d.sharing_scope.clone(),
            importance: d.importance.clone(),
            personal_data: d.personal_data.clone(),
            legal_basis: d.legal_basis.clone(),
            channels: d.channels.clone(),
            licence: d.licence.clone(),
            update_frequency: d.update_frequency.clone(),
            temporal_start: d.temporal_start,
            temporal_end: d.temporal_end,
            spatial: d.spatial.clone(),
            issued: d.issued,
            modified: d.modified,
            status: d.status.clone(),
            created_at: d.created_at,
            updated_at: d.updated_at,
            content_hash: 0,
        },
        owner_code: detail.owner.code.clone(),
        custodian_code: detail.custodian.as_ref().map(|a| a.code.clone()),
        themes: detail.themes.iter().map(|t| t.code().to_string()).collect(),
        fields: detail
            .fields
            .iter()
            .map(|f| NewSchemaField {
                dataset_id: d.id,
                ordinal: f.ordinal,
                name: f.name.clone(),
                title: f.title.clone(),
                field_type: f.field_type.clone(),
                unit: f.unit.clone(),
                required: f.required,
                is_key: f.is_key,
                personal_data: f.personal_data.clone(),
                description: f.description.clone(),
                example: f.example.clone(),
            })
            .collect(),
        distributions: detail
            .distributions
            .iter()
            .map(|x| NewDistribution {
                dataset_id: d.id,
                ordinal: x.ordinal,
                title: x.title.clone(),
                format: x.format.clone(),
                media_type: x.media_type.clone(),
                url: x.url.clone(),
                byte_size: x.byte_size,
                channel: x.channel.clone(),
            })
            .collect(),
        conditions: rule.map(|(r, _)| r.conditions.clone()).unwrap_or_default(),
        response_days: rule
            .map(|(r, _)| r.response_days)
            .unwrap_or(DEFAULT_RESPONSE_DAYS),
        default_sharing: rule.map(|(r, _)| r.default_sharing).unwrap_or_else(|| {
            crate::import::default_access_rule(&d.sharing_scope, &d.personal_data).default_sharing
        }),
        approver_code: rule.and_then(|(_, a)| a.as_ref().map(|a| a.code.clone())),
        approver_id: rule.and_then(|(r, _)| r.approving_agency_id),
    }
}

/// How the form names the form of sharing: `default` (approved at once) or `request`.
pub fn sharing_form(default_sharing: bool) -> &'static str {
    if default_sharing {
        "default"
    } else {
        "request"
    }
}

/// Decree 47/2020 (as amended by Decree 194/2025): an answer within 2 working days by default.
pub const DEFAULT_RESPONSE_DAYS: i32 = 2;

fn write_lists(conn: &mut DbConn, id: i32, w: &DatasetWrite) -> Result<(), StorageError> {
    let themes: Vec<DatasetTheme> = w
        .themes
        .iter()
        .map(|t| DatasetTheme {
            dataset_id: id,
            theme: t.clone(),
        })
        .collect();
    bulk::set_themes(conn, &[id], &themes)?;
    let fields: Vec<NewSchemaField> = w
        .fields
        .iter()
        .cloned()
        .map(|f| NewSchemaField {
            dataset_id: id,
            ..f
        })
        .collect();
    bulk::replace_fields(conn, &[id], &fields)?;
    let dists: Vec<NewDistribution> = w
        .distributions
        .iter()
        .cloned()
        .map(|x| NewDistribution {
            dataset_id: id,
            ..x
        })
        .collect();
    bulk::replace_distributions(conn, &[id], &dists)?;
    // Unknown list fingerprints: an import of any file will compare and rewrite.
    bulk::set_fields_hashes(conn, &[(id, 0)])?;
    bulk::set_distributions_hashes(conn, &[(id, 0)])
}

/// The first access rule follows the sharing scope (audience) and carries the form's conditions,
/// answer time and approving agency.
fn write_access_rule(conn: &mut DbConn, id: i32, w: &DatasetWrite) -> Result<(), StorageError> {
    let mut rule =
        crate::import::default_access_rule(&w.dataset.sharing_scope, &w.dataset.personal_data);
    rule.dataset_id = id;
    // Only sharing with state agencies can be by default.
    rule.default_sharing =
        w.default_sharing && rule.audience == crate::domain::Audience::StateAgencies.code();
    rule.conditions = w.conditions.clone();
    rule.response_days = w.response_days;
    rule.approving_agency_id = w.approver_id;
    let existing: Option<i32> = with_conn!(conn, |c| access_rules::table
        .filter(access_rules::dataset_id.eq(id))
        .order(access_rules::ordinal)
        .select(access_rules::id)
        .first(c)
        .optional())?;
    match existing {
        Some(rule_id) => {
            with_conn!(conn, |c| diesel::update(access_rules::table.find(rule_id))
                .set((
                    access_rules::audience.eq(&rule.audience),
                    access_rules::default_sharing.eq(rule.default_sharing),
                    access_rules::conditions.eq(&rule.conditions),
                    access_rules::response_days.eq(rule.response_days),
                    access_rules::approving_agency_id.eq(rule.approving_agency_id),
                ))
                .execute(c))?;
        }
        None => bulk::insert_access_rules(conn, &[rule])?,
    }
    Ok(())
}

fn dataset_id(conn: &mut DbConn, identifier: &str) -> Result<Option<i32>, StorageError> {
    Ok(with_conn!(conn, |c| datasets::table
        .filter(datasets::identifier.eq(identifier))
        .select(datasets::id)
        .first(c)
        .optional())?)
}

fn log(
    conn: &mut DbConn,
    actor: &Actor,
    id: i32,
    revision: i32,
    action: &str,
    identifier: &str,
    changes: &[FieldChange],
) -> Result<(), StorageError> {
    history::append(
        conn,
        &history::NewEntry {
            dataset_id: id,
            revision,
            actor_id: actor.id,
            actor_label: &actor.label,
            channel: history::Channel::Form,
            diff: changes,
        },
    )?;
    let fields: Vec<&str> = changes.iter().map(|c| c.field.as_str()).collect();
    audit::append(
        conn,
        &audit::Entry {
            actor_id: actor.id,
            actor_label: &actor.label,
            agency_id: actor.agency_id,
            action,
            subject: identifier,
            detail: &crate::import::shorten(&fields.join(", ")),
            address: &actor.address,
        },
    )?;
    write::record_changes(conn, &[id])
}

/// Creates a dataset (`base` None) or updates the one named `identifier` from revision `base`.
/// `may_write(owner_id, custodian_id)` is the actor's authorization.
pub fn save(
    conn: &mut DbConn,
    identifier: Option<&str>,
    base: Option<i32>,
    mut w: DatasetWrite,
    actor: &Actor,
    may_write: &dyn Fn(i32, Option<i32>) -> bool,
) -> Result<Saved, StorageError> {
    let admin = crate::domain::Viewer::User {
        id: 0,
        role: crate::domain::UserRole::Admin,
        agency_id: None,
        agency_subtree: Vec::new(),
    };
    if !may_write(w.dataset.owner_id, w.dataset.custodian_id) {
        return Ok(Saved::Forbidden);
    }
    write::transaction(conn, |conn| {
        let now = chrono::Utc::now().naive_utc();
        w.dataset.title_sort = crate::text::sort_key(&w.dataset.title);
        w.dataset.updated_at = now;
        w.dataset.content_hash = 0;
        let Some(identifier) = identifier else {
            if dataset_id(conn, &w.dataset.identifier)?.is_some() {
                return Ok(Saved::Taken);
            }
            w.dataset.created_at = now;
            let id = bulk::insert_datasets(conn, std::slice::from_ref(&w.dataset))?[0].1;
            write_lists(conn, id, &w)?;
            write_access_rule(conn, id, &w)?;
            let changes = diff(&[], &snapshot(&w));
            log(
                conn,
                actor,
                id,
                1,
                "dataset_created",
                &w.dataset.identifier,
                &changes,
            )?;
            return Ok(Saved::Created { id });
        };
        let Some(current) = super::datasets::detail(conn, identifier, &admin)? else {
            return Ok(Saved::NotFound);
        };
        let id = current.dataset.id;
        if !may_write(current.dataset.owner_id, current.dataset.custodian_id) {
            return Ok(Saved::Forbidden);
        }
        if base != Some(current.dataset.revision) {
            let since = history::of_dataset(conn, id, base)?;
            return Ok(Saved::Conflict {
                current: current.dataset.revision,
                since,
            });
        }
        // The identifier is the dataset's address: the form cannot change it.
        w.dataset.identifier = current.dataset.identifier.clone();
        w.dataset.created_at = current.dataset.created_at;
        let changes = diff(&snapshot(&stored(&current)), &snapshot(&w));
        if changes.is_empty() {
            return Ok(Saved::Unchanged);
        }
        bulk::update_dataset(conn, id, &w.dataset)?;
        bulk::bump_revisions(conn, &[id])?;
        write_lists(conn, id, &w)?;
        write_access_rule(conn, id, &w)?;
        let revision = current.dataset.revision + 1;
        log(
            conn,
            actor,
            id,
            revision,
            "dataset_updated",
            identifier,
            &changes,
        )?;
        Ok(Saved::Updated { revision })
    })
}

/// Moves a dataset to `to` (publish, retire, back to draft) from revision `base`.
pub fn set_status(
    conn: &mut DbConn,
    identifier: &str,
    base: Option<i32>,
    to: Status,
    actor: &Actor,
    may_write: &dyn Fn(i32, Option<i32>) -> bool,
) -> Result<Saved, StorageError> {
    let admin = crate::domain::Viewer::User {
        id: 0,
        role: crate::domain::UserRole::Admin,
        agency_id: None,
        agency_subtree: Vec::new(),
    };
    let Some(current) = super::datasets::detail(conn, identifier, &admin)? else {
        return Ok(Saved::NotFound);
    };
    let mut w = stored(&current);
    w.dataset.status = to.code().to_string();
    save(conn, Some(identifier), base, w, actor, may_write)
}
