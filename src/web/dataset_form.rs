//! The dataset form's model: what the steward typed (kept as text, so an error never loses a
//! keystroke), read from a posted form or from a stored dataset, the editor actions that work
//! without JavaScript (add, remove and move columns and distributions), and validation with the
//! inventory's own rules (`crate::import::validate`), each problem tied to the input it concerns.

use crate::domain::Status;
use crate::import::{validate, DatasetRow};
use crate::storage::dataset_write;
use crate::storage::models::{DatasetDetail, NewDistribution, NewSchemaField};
use crate::web::form::FormData;
use crate::web::pages::forms::Errors;

/// Longest value any single input takes (a description is the longest thing a steward writes).
pub const MAX_VALUE_CHARS: usize = 20_000;
/// Most columns and distributions one dataset may list through the form.
pub const MAX_ROWS: usize = 500;

/// Scalar inputs of the dataset part: the inventory's dataset columns but the lists the form shows
/// as checkboxes (themes, channels) and the status (changed with the workflow buttons).
pub fn scalars() -> impl Iterator<Item = &'static str> {
    crate::import::FileKind::Datasets
        .columns()
        .iter()
        .copied()
        .filter(|c| !matches!(*c, "themes" | "channels" | "status"))
}

pub const FIELD_PROPS: &[&str] = &[
    "name",
    "title",
    "type",
    "unit",
    "required",
    "key",
    "personal_data",
    "description",
    "example",
];

pub const DIST_PROPS: &[&str] = &[
    "title",
    "format",
    "media_type",
    "url",
    "byte_size",
    "channel",
];

/// One row of the schema or distributions editor: property → value.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RowInput {
    pub values: Vec<(String, String)>,
}

impl RowInput {
    pub fn get(&self, prop: &str) -> &str {
        self.values
            .iter()
            .find(|(k, _)| k == prop)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    fn set(&mut self, prop: &str, value: String) {
        match self.values.iter_mut().find(|(k, _)| k == prop) {
            Some(slot) => slot.1 = value,
            None => self.values.push((prop.to_string(), value)),
        }
    }

    /// Nothing typed: choices that always have a value (type, personal data, channel) don't count.
    fn is_blank(&self) -> bool {
        self.values
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "type" | "personal_data" | "channel"))
            .all(|(_, v)| v.trim().is_empty())
    }
}

/// Everything the form holds.
#[derive(Debug, Clone, Default)]
pub struct DatasetInput {
    pub scalars: Vec<(&'static str, String)>,
    pub themes: Vec<String>,
    pub channels: Vec<String>,
    pub fields: Vec<RowInput>,
    pub distributions: Vec<RowInput>,
    /// The access conditions a requester must meet (free text).
    pub conditions: String,
    /// Working days to answer an access request (text as typed).
    pub response_days: String,
    /// Code of the agency approving access requests ("" for the owner).
    pub approving_agency: String,
    /// `default`, `request`, or "" (by the general rule: sensitive personal data → on request).
    pub sharing_form: String,
    /// The revision the steward started from (`None` for a new dataset).
    pub revision: Option<i32>,
}

/// What a press of one of the form's buttons asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Save,
    /// Save and publish (from a draft).
    Publish,
    AddField,
    RemoveField(usize),
    FieldUp(usize),
    FieldDown(usize),
    AddDistribution,
    RemoveDistribution(usize),
}

impl Action {
    pub fn parse(value: Option<&str>) -> Action {
        let value = value.unwrap_or("save");
        let (verb, index) = match value.split_once(':') {
            Some((v, i)) => (v, i.parse::<usize>().ok()),
            None => (value, None),
        };
        match (verb, index) {
            ("publish", _) => Action::Publish,
            ("add_field", _) => Action::AddField,
            ("remove_field", Some(i)) => Action::RemoveField(i),
            ("field_up", Some(i)) => Action::FieldUp(i),
            ("field_down", Some(i)) => Action::FieldDown(i),
            ("add_distribution", _) => Action::AddDistribution,
            ("remove_distribution", Some(i)) => Action::RemoveDistribution(i),
            _ => Action::Save,
        }
    }

    pub fn saves(self) -> bool {
        matches!(self, Action::Save | Action::Publish)
    }
}

/// `fields.3.name` → (3, "name").
fn indexed<'a>(key: &'a str, prefix: &str) -> Option<(usize, &'a str)> {
    let rest = key.strip_prefix(prefix)?.strip_prefix('.')?;
    let (i, prop) = rest.split_once('.')?;
    Some((i.parse().ok().filter(|i| *i < MAX_ROWS)?, prop))
}

fn rows_from(form: &FormData, prefix: &str, props: &[&str]) -> Vec<RowInput> {
    let mut rows: std::collections::BTreeMap<usize, RowInput> = Default::default();
    for (k, v) in &form.pairs {
        if let Some((i, prop)) = indexed(k, prefix) {
            if props.contains(&prop) {
                rows.entry(i).or_default().set(prop, v.trim().to_string());
            }
        }
    }
    rows.into_values().collect()
}

impl DatasetInput {
    pub fn get(&self, name: &str) -> &str {
        self.scalars
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or("")
    }

    pub fn set(&mut self, name: &'static str, value: String) {
        match self.scalars.iter_mut().find(|(k, _)| *k == name) {
            Some(slot) => slot.1 = value,
            None => self.scalars.push((name, value)),
        }
    }

    /// A blank form for a new dataset owned by `owner` (the steward's agency), with one empty
    /// column row and one empty distribution row to start from.
    pub fn blank(owner: &str) -> DatasetInput {
        let mut input = DatasetInput {
            fields: vec![RowInput::default()],
            distributions: vec![RowInput::default()],
            ..Default::default()
        };
        input.set("owner", owner.to_string());
        input.set("sharing_scope", "shared".into());
        input.set("importance", "other".into());
        input.set("personal_data", "none".into());
        input
    }

    pub fn from_form(form: &FormData) -> DatasetInput {
        DatasetInput {
            scalars: scalars().map(|n| (n, form.text(n))).collect(),
            themes: form.all("themes").into_iter().map(str::to_string).collect(),
            channels: form
                .all("channels")
                .into_iter()
                .map(str::to_string)
                .collect(),
            fields: rows_from(form, "fields", FIELD_PROPS),
            distributions: rows_from(form, "distributions", DIST_PROPS),
            conditions: form.text("conditions"),
            response_days: form.text("response_days"),
            approving_agency: form.text("approving_agency"),
            sharing_form: form.text("sharing_form"),
            revision: form.get("revision").and_then(|r| r.parse().ok()),
        }
    }

    /// The stored dataset as the form shows it: the same `(field, value)` pairs the history diffs.
    pub fn from_detail(detail: &DatasetDetail) -> DatasetInput {
        let stored = dataset_write::stored(detail);
        let pairs: std::collections::HashMap<String, String> =
            dataset_write::snapshot(&stored).into_iter().collect();
        let get = |key: &str| pairs.get(key).cloned().unwrap_or_default();
        let rows = |list: &str, n: usize, props: &[&str]| -> Vec<RowInput> {
            (1..=n)
                .map(|i| RowInput {
                    values: props
                        .iter()
                        .map(|p| (p.to_string(), get(&format!("{list}[{i}].{p}"))))
                        .collect(),
                })
                .collect()
        };
        DatasetInput {
            scalars: scalars().map(|n| (n, get(n))).collect(),
            themes: stored.themes.clone(),
            channels: crate::storage::models::split_list(&stored.dataset.channels)
                .map(str::to_string)
                .collect(),
            fields: rows("fields", stored.fields.len(), FIELD_PROPS),
            distributions: rows("distributions", stored.distributions.len(), DIST_PROPS),
            response_days: stored.response_days.to_string(),
            approving_agency: stored.approver_code.clone().unwrap_or_default(),
            sharing_form: dataset_write::sharing_form(stored.default_sharing).to_string(),
            conditions: stored.conditions,
            revision: Some(detail.dataset.revision),
        }
    }

    /// Applies an editor action (anything but saving); the form is then shown again.
    pub fn apply(&mut self, action: Action) {
        match action {
            Action::AddField if self.fields.len() < MAX_ROWS => {
                self.fields.push(RowInput::default())
            }
            Action::RemoveField(i) if i < self.fields.len() => {
                self.fields.remove(i);
            }
            Action::FieldUp(i) if i > 0 && i < self.fields.len() => self.fields.swap(i - 1, i),
            Action::FieldDown(i) if i + 1 < self.fields.len() => self.fields.swap(i, i + 1),
            Action::AddDistribution if self.distributions.len() < MAX_ROWS => {
                self.distributions.push(RowInput::default())
            }
            Action::RemoveDistribution(i) if i < self.distributions.len() => {
                self.distributions.remove(i);
            }
            _ => {}
        }
    }
}

/// A form that passed every rule, ready to store.
#[derive(Debug, Clone)]
pub struct Valid {
    pub row: DatasetRow,
    pub fields: Vec<NewSchemaField>,
    pub distributions: Vec<NewDistribution>,
    pub conditions: String,
    pub response_days: i32,
    pub approving_agency: Option<String>,
    pub default_sharing: bool,
}

/// The inventory column a problem names → the input that shows it.
fn input_name(column: &str) -> &str {
    match column {
        "type" => "type",
        other => other,
    }
}

fn too_long(errors: &mut Errors, name: &str, value: &str) -> bool {
    let n = value.chars().count();
    if n > MAX_VALUE_CHARS {
        errors.add(
            name,
            format!("Nội dung quá dài ({n} ký tự); tối đa {MAX_VALUE_CHARS} ký tự."),
            format!("Too long ({n} characters); at most {MAX_VALUE_CHARS}."),
        );
        true
    } else {
        false
    }
}

/// Checks the whole form; `agency_exists` says whether an agency code is known. Blank column and
/// distribution rows are dropped (an editor always offers one empty row).
pub fn validate(
    input: &DatasetInput,
    agency_exists: &dyn Fn(&str) -> bool,
) -> Result<Valid, Errors> {
    let mut errors = Errors::default();
    for (name, value) in &input.scalars {
        too_long(&mut errors, name, value);
    }
    too_long(&mut errors, "conditions", &input.conditions);
    let response_days = match input.response_days.trim() {
        "" => Some(dataset_write::DEFAULT_RESPONSE_DAYS),
        typed => typed.parse::<i32>().ok().filter(|d| (1..=90).contains(d)),
    };
    if response_days.is_none() {
        errors.add(
            "response_days",
            "Thời hạn trả lời phải là số ngày làm việc, từ 1 đến 90.",
            "The answer time is a number of working days, from 1 to 90.",
        );
    }
    let approving = input.approving_agency.trim();
    if !approving.is_empty() && !agency_exists(approving) {
        errors.add(
            "approving_agency",
            "Không có cơ quan này.",
            "No such agency.",
        );
    }
    for (name, label_vi, label_en) in [
        ("identifier", "mã định danh", "the identifier"),
        ("title", "tên bộ dữ liệu", "the title"),
        ("owner", "chủ sở hữu dữ liệu", "the data owner"),
    ] {
        if input.get(name).trim().is_empty() {
            errors.add(
                name,
                format!("Hãy nhập {label_vi}."),
                format!("Please enter {label_en}."),
            );
        }
    }
    let themes = input.themes.join(";");
    let channels = input.channels.join(";");
    let mut cells: Vec<(&'static str, &str)> = input
        .scalars
        .iter()
        .map(|(k, v)| (*k, v.as_str()))
        .collect();
    cells.push(("themes", &themes));
    cells.push(("channels", &channels));
    let (row, problems) = validate::dataset(&cells, agency_exists);
    for p in problems {
        let name = input_name(&p.column);
        if errors.get(name).is_none() {
            errors.add(name, p.message_vi, p.message_en);
        }
    }
    let mut fields = Vec::new();
    let mut names = std::collections::HashSet::new();
    for (i, f) in input
        .fields
        .iter()
        .enumerate()
        .filter(|(_, f)| !f.is_blank())
    {
        let values: Vec<(&'static str, &str)> =
            FIELD_PROPS.iter().map(|&p| (p, f.get(p))).collect();
        let mut long = false;
        for (p, v) in &values {
            long |= too_long(&mut errors, &format!("fields.{i}.{p}"), v);
        }
        if f.get("name").is_empty() {
            errors.add(
                format!("fields.{i}.name"),
                format!("Dòng {}: hãy nhập tên trường, hoặc xoá dòng này.", i + 1),
                format!("Row {}: enter the column name, or remove the row.", i + 1),
            );
        }
        let (parsed, problems) = validate::field(&values);
        for p in problems {
            let name = format!("fields.{i}.{}", input_name(&p.column));
            if errors.get(&name).is_none() {
                errors.add(name, p.message_vi, p.message_en);
            }
        }
        if let Some(mut parsed) = parsed.filter(|_| !long) {
            if !names.insert(parsed.name.clone()) {
                errors.add(
                    format!("fields.{i}.name"),
                    format!("Tên trường «{}» đã có ở dòng trên.", parsed.name),
                    format!("The column name “{}” is already used above.", parsed.name),
                );
            }
            parsed.ordinal = fields.len() as i32 + 1;
            fields.push(parsed);
        }
    }
    let mut distributions = Vec::new();
    for (i, x) in input
        .distributions
        .iter()
        .enumerate()
        .filter(|(_, x)| !x.is_blank())
    {
        let values: Vec<(&'static str, &str)> = DIST_PROPS.iter().map(|&p| (p, x.get(p))).collect();
        let mut long = false;
        for (p, v) in &values {
            long |= too_long(&mut errors, &format!("distributions.{i}.{p}"), v);
        }
        let (parsed, problems) = validate::distribution(&values);
        for p in problems {
            errors.add(
                format!("distributions.{i}.{}", input_name(&p.column)),
                p.message_vi,
                p.message_en,
            );
        }
        if let Some(mut parsed) = parsed.filter(|_| !long) {
            parsed.ordinal = distributions.len() as i32 + 1;
            distributions.push(parsed);
        }
    }
    match row {
        Some(row) if errors.is_empty() => Ok(Valid {
            default_sharing: match input.sharing_form.as_str() {
                "default" => true,
                "request" => false,
                _ => {
                    crate::import::default_access_rule(
                        &row.dataset.sharing_scope,
                        &row.dataset.personal_data,
                    )
                    .default_sharing
                }
            },
            row,
            fields,
            distributions,
            conditions: input.conditions.trim().to_string(),
            response_days: response_days.unwrap_or(dataset_write::DEFAULT_RESPONSE_DAYS),
            approving_agency: (!approving.is_empty()).then(|| approving.to_string()),
        }),
        _ => Err(errors),
    }
}

/// The status a saved dataset gets: a new one starts as a draft unless published at once; an
/// existing one keeps its status unless published.
pub fn status_after(action: Action, current: Option<Status>) -> Status {
    match (action, current) {
        (Action::Publish, _) => Status::Published,
        (_, Some(s)) => s,
        (_, None) => Status::Draft,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_actions_work_on_indexed_rows() {
        let form = FormData::parse(
            b"title=T&fields.0.name=a&fields.1.name=b&fields.2.name=c&fields.1.required=true&action=field_up%3A1",
        );
        let mut input = DatasetInput::from_form(&form);
        assert_eq!(input.fields.len(), 3);
        let action = Action::parse(form.get("action"));
        assert_eq!(action, Action::FieldUp(1));
        input.apply(action);
        let names: Vec<&str> = input.fields.iter().map(|f| f.get("name")).collect();
        assert_eq!(names, ["b", "a", "c"]);
        assert_eq!(input.fields[0].get("required"), "true", "a row moves whole");
        input.apply(Action::RemoveField(2));
        input.apply(Action::AddField);
        assert_eq!(input.fields.len(), 3);
        assert!(input.fields[2].is_blank());
        assert_eq!(Action::parse(Some("remove_field:x")), Action::Save);
    }

    #[test]
    fn validation_uses_the_inventory_rules_and_names_the_inputs() {
        let form = FormData::parse(
            "identifier=Bad Id&title=&owner=bca&sharing_scope=d%C3%B9ng chung&fields.0.name=So CCCD&distributions.0.url=javascript:alert(1)"
                .as_bytes(),
        );
        let input = DatasetInput::from_form(&form);
        let errors = validate(&input, &|c| c == "bca").unwrap_err();
        for name in [
            "identifier",
            "title",
            "fields.0.name",
            "distributions.0.url",
        ] {
            assert!(errors.get(name).is_some(), "{name}: {errors:?}");
        }
        assert!(
            errors.get("sharing_scope").is_none(),
            "Vietnamese labels are accepted"
        );
    }
}
