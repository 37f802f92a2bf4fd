//! A dataset as a search document: its text in exact and folded forms per group, and its facets.

use tantivy::TantivyDocument;

use super::schema::{format_hash, ordinal, title_key, Fields, Group};
use crate::domain::{Importance, PersonalData, SharingScope, Status, Theme};
use crate::storage::agencies::AgencyTree;
use crate::storage::models::split_list;
use crate::storage::search_source::DocSource;

fn add_text(doc: &mut TantivyDocument, fields: &Fields, group: Group, text: &str) {
    if text.trim().is_empty() {
        return;
    }
    let f = fields.group(group);
    // Descriptions are most of the text: matched folded only, which halves what the index holds;
    // exact diacritics still rank titles, keywords, columns and agencies. Text without a single
    // diacritic (column names like `so_cccd`, English names) has nothing for the exact form to
    // tell apart: an accented word or phrase can only be found in text with diacritics.
    if group.has_exact_form() && !text.is_ascii() {
        doc.add_text(f.exact, text);
    }
    doc.add_text(f.folded, text);
}

/// Days since 1970-01-01, for sorting by modification date.
fn days(date: Option<chrono::NaiveDate>) -> u64 {
    date.map(|d| (d - chrono::NaiveDate::default()).num_days().max(0) as u64)
        .unwrap_or(0)
}

pub fn build(fields: &Fields, src: &DocSource, tree: &AgencyTree) -> TantivyDocument {
    let d = &src.dataset;
    let mut doc = TantivyDocument::default();
    doc.add_u64(fields.id, d.id as u64);

    add_text(&mut doc, fields, Group::Title, &d.title);
    doc.add_text(fields.title_bigram, &d.title);
    for k in split_list(&d.keywords) {
        add_text(&mut doc, fields, Group::Keywords, k);
        doc.add_text(fields.text_bigram, k);
    }
    for t in &src.themes {
        add_text(&mut doc, fields, Group::Keywords, t.label_vi());
        add_text(&mut doc, fields, Group::Keywords, t.label_en());
    }
    for f in &src.fields {
        add_text(&mut doc, fields, Group::Columns, &f.name);
        add_text(&mut doc, fields, Group::Columns, &f.title);
        // A column's description is prose: it weighs like the dataset's description, not its name.
        add_text(&mut doc, fields, Group::Description, &f.description);
        doc.add_text(fields.column_name, f.name.trim().to_lowercase());
    }
    add_text(&mut doc, fields, Group::Description, &d.description);
    // No bigrams over descriptions: they were a fifth of all tokens, nearly every one a new term,
    // and the rebuild's main cost; the judged queries rank the same without them (BENCHMARKS.md).

    // Owner and custodian: their names are searched, and the agency filter matches them and every
    // agency above them (filtering by a ministry finds its departments' datasets).
    let mut agency_ids: Vec<u64> = Vec::new();
    for id in [Some(d.owner_id), d.custodian_id].into_iter().flatten() {
        if let Some(a) = tree.get(id) {
            add_text(&mut doc, fields, Group::Agency, &a.name_vi);
            add_text(&mut doc, fields, Group::Agency, &a.name_en);
        }
        for a in tree.ancestors(id) {
            if !agency_ids.contains(&(a.id as u64)) {
                agency_ids.push(a.id as u64);
            }
        }
    }
    for id in agency_ids {
        doc.add_u64(fields.agencies, id);
    }
    // Facet values, each once per document (tantivy keeps duplicates, which would over-count).
    let mut themes: Vec<u64> = src.themes.iter().map(|t| ordinal(Theme::ALL, *t)).collect();
    themes.sort_unstable();
    themes.dedup();
    for t in themes {
        doc.add_u64(fields.themes, t);
    }
    let mut formats: Vec<u64> = src.formats.iter().map(|f| format_hash(f)).collect();
    formats.sort_unstable();
    formats.dedup();
    for f in formats {
        doc.add_u64(fields.formats, f);
    }
    if !d.licence.trim().is_empty() {
        doc.add_u64(fields.licence, format_hash(&d.licence));
    }
    doc.add_u64(
        fields.scope,
        d.sharing_scope()
            .map(|v| ordinal(SharingScope::ALL, v))
            .unwrap_or(0),
    );
    doc.add_u64(
        fields.importance,
        d.importance()
            .map(|v| ordinal(Importance::ALL, v))
            .unwrap_or(0),
    );
    doc.add_u64(
        fields.personal,
        d.personal_data()
            .map(|v| ordinal(PersonalData::ALL, v))
            .unwrap_or(0),
    );
    doc.add_u64(
        fields.status,
        d.status().map(|v| ordinal(Status::ALL, v)).unwrap_or(0),
    );
    doc.add_u64(fields.modified, days(d.modified));
    doc.add_u64(fields.field_count, src.fields.len() as u64);
    doc.add_text(fields.title_key, title_key(&d.title));
    doc
}
