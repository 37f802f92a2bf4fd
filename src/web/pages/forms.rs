//! Form building blocks shared by every form: labelled inputs with their error beside them
//! (`aria-invalid`, `aria-describedby`), the error summary at the top that links to each field, and
//! the hidden CSRF field.

use maud::{html, Markup};

use crate::domain::Lang;

/// A message in both interface languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub vi: String,
    pub en: String,
}

impl Msg {
    pub fn new(vi: impl Into<String>, en: impl Into<String>) -> Msg {
        Msg {
            vi: vi.into(),
            en: en.into(),
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.vi, &self.en)
    }
}

/// Problems found in a posted form, by field name (the input's `name`, which is also its `id`).
#[derive(Debug, Clone, Default)]
pub struct Errors {
    items: Vec<(String, Msg)>,
}

impl Errors {
    pub fn add(&mut self, field: impl Into<String>, vi: impl Into<String>, en: impl Into<String>) {
        self.items.push((field.into(), Msg::new(vi, en)));
    }

    pub fn get(&self, field: &str) -> Option<&Msg> {
        self.items.iter().find(|(f, _)| f == field).map(|(_, m)| m)
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &(String, Msg)> {
        self.items.iter()
    }
}

/// An `id` usable in HTML from a field name (`fields[2].name` → `fields-2-name`).
pub fn field_id(name: &str) -> String {
    name.chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .trim_matches('-')
        .to_string()
}

pub fn csrf_field(token: &str) -> Markup {
    html! { input type="hidden" name="csrf" value=(token); }
}

/// The list of problems at the top of a form, each linking to its field; focusable landmarks for
/// screen readers (`role="alert"` announces it after the page loads).
pub fn error_summary(lang: Lang, errors: &Errors) -> Markup {
    if errors.is_empty() {
        return html! {};
    }
    html! {
        div class="error-summary" role="alert" tabindex="-1" id="error-summary" {
            h2 { (lang.pick("Chưa lưu được: hãy sửa các mục sau", "Not saved yet: please correct the following")) }
            ul {
                @for (field, msg) in errors.iter() {
                    li { a href={ "#" (field_id(field)) } { (msg.get(lang)) } }
                }
            }
        }
    }
}

/// The message under a field, if it has one.
pub fn field_error(lang: Lang, errors: &Errors, name: &str) -> Markup {
    match errors.get(name) {
        Some(m) => {
            html! { p class="field-error" id={ (field_id(name)) "-error" } { (m.get(lang)) } }
        }
        None => html! {},
    }
}

/// Options of one text input.
pub struct Input<'a> {
    pub name: &'a str,
    pub label: &'a str,
    pub value: &'a str,
    /// `text`, `email`, `password`, `url`, `date`…
    pub kind: &'a str,
    pub required: bool,
    pub hint: Option<&'a str>,
    pub autocomplete: Option<&'a str>,
}

impl<'a> Input<'a> {
    pub fn text(name: &'a str, label: &'a str, value: &'a str) -> Input<'a> {
        Input {
            name,
            label,
            value,
            kind: "text",
            required: false,
            hint: None,
            autocomplete: None,
        }
    }

    pub fn kind(self, kind: &'a str) -> Input<'a> {
        Input { kind, ..self }
    }

    pub fn required(self) -> Input<'a> {
        Input {
            required: true,
            ..self
        }
    }

    pub fn hint(self, hint: &'a str) -> Input<'a> {
        Input {
            hint: Some(hint),
            ..self
        }
    }

    pub fn autocomplete(self, value: &'a str) -> Input<'a> {
        Input {
            autocomplete: Some(value),
            ..self
        }
    }
}

fn described_by(name: &str, has_hint: bool, has_error: bool) -> Option<String> {
    let id = field_id(name);
    let mut parts = Vec::new();
    if has_hint {
        parts.push(format!("{id}-hint"));
    }
    if has_error {
        parts.push(format!("{id}-error"));
    }
    (!parts.is_empty()).then(|| parts.join(" "))
}

/// A labelled input with its hint and its error.
pub fn input(lang: Lang, errors: &Errors, i: Input) -> Markup {
    let id = field_id(i.name);
    let invalid = errors.get(i.name).is_some();
    html! {
        div class={ "field" @if invalid { " invalid" } } {
            label for=(id) { (i.label) @if i.required { " " abbr title=(lang.pick("bắt buộc", "required")) { "*" } } }
            @if let Some(h) = i.hint { p class="hint" id={ (id) "-hint" } { (h) } }
            input id=(id) name=(i.name) type=(i.kind) value=(i.value)
                required[i.required] aria-invalid=[invalid.then_some("true")]
                aria-describedby=[described_by(i.name, i.hint.is_some(), invalid)]
                autocomplete=[i.autocomplete];
            (field_error(lang, errors, i.name))
        }
    }
}

/// A labelled multi-line text area.
pub fn textarea(
    lang: Lang,
    errors: &Errors,
    name: &str,
    label: &str,
    value: &str,
    hint: Option<&str>,
) -> Markup {
    let id = field_id(name);
    let invalid = errors.get(name).is_some();
    html! {
        div class={ "field" @if invalid { " invalid" } } {
            label for=(id) { (label) }
            @if let Some(h) = hint { p class="hint" id={ (id) "-hint" } { (h) } }
            textarea id=(id) name=(name) rows="5" aria-invalid=[invalid.then_some("true")]
                aria-describedby=[described_by(name, hint.is_some(), invalid)] { (value) }
            (field_error(lang, errors, name))
        }
    }
}

/// A labelled choice among `(code, label)` options.
pub fn select(
    lang: Lang,
    errors: &Errors,
    name: &str,
    label: &str,
    options: &[(String, String)],
    selected: &str,
) -> Markup {
    let id = field_id(name);
    let invalid = errors.get(name).is_some();
    html! {
        div class={ "field" @if invalid { " invalid" } } {
            label for=(id) { (label) }
            select id=(id) name=(name) aria-invalid=[invalid.then_some("true")]
                aria-describedby=[described_by(name, false, invalid)] {
                @for (code, text) in options {
                    option value=(code) selected[code == selected] { (text) }
                }
            }
            (field_error(lang, errors, name))
        }
    }
}

/// A group of checkboxes (`fieldset` with its `legend`), each box labelled; `id` is the group's
/// anchor for the error summary.
pub fn checkboxes(
    name: &str,
    legend: &str,
    all: &[(String, String)],
    checked: &[String],
) -> Markup {
    html! {
        fieldset class="checkboxes" id=(field_id(name)) {
            legend { (legend) }
            @for (i, (code, label)) in all.iter().enumerate() {
                @let id = format!("{}-{i}", field_id(name));
                div class="check" {
                    input type="checkbox" id=(id) name=(name) value=(code) checked[checked.contains(code)];
                    label for=(id) { (label) }
                }
            }
        }
    }
}
