//! The index schema. [`VERSION`] names the schema *and* the analyzers: an index built with another
//! version is rebuilt at start.

use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED,
};

use super::analyzer::{BIGRAM, EXACT, FOLDED};

/// Bump whenever fields, analyzers or what goes into a document change.
pub const VERSION: &str = "ndc-search-10";

/// Text groups, from the most to the least telling place for a word to appear.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    Title,
    Keywords,
    Columns,
    Agency,
    Description,
}

impl Group {
    pub const ALL: [Group; 5] = [
        Group::Title,
        Group::Keywords,
        Group::Columns,
        Group::Agency,
        Group::Description,
    ];

    fn name(self) -> &'static str {
        match self {
            Group::Title => "title",
            Group::Keywords => "keywords",
            Group::Columns => "columns",
            Group::Agency => "agency",
            Group::Description => "description",
        }
    }

    /// Whether the group is also indexed in its exact form (tone kept).
    pub fn has_exact_form(self) -> bool {
        self != Group::Description
    }

    /// Relevance weight: title over keywords over column names over description.
    pub fn boost(self) -> f32 {
        match self {
            Group::Title => 8.0,
            Group::Keywords => 4.0,
            Group::Columns => 2.5,
            Group::Agency => 1.5,
            Group::Description => 1.0,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct TextFields {
    pub exact: Field,
    pub folded: Field,
}

#[derive(Debug, Clone)]
pub struct Fields {
    pub id: Field,
    pub text: Vec<(Group, TextFields)>,
    pub title_bigram: Field,
    /// Bigrams of the keywords (descriptions have none, see `document::build`).
    pub text_bigram: Field,
    pub agencies: Field,
    pub themes: Field,
    pub scope: Field,
    pub importance: Field,
    pub personal: Field,
    pub status: Field,
    pub formats: Field,
    /// The licence as written, hashed like formats (CKAN's `license_id` filter).
    pub licence: Field,
    pub modified: Field,
    pub title_key: Field,
    /// Number of described columns, summed for the home page's total.
    pub field_count: Field,
    /// Column names as written (`so_gplx`): typing one exactly is the strongest signal there is.
    pub column_name: Field,
}

impl Fields {
    pub fn group(&self, group: Group) -> TextFields {
        self.text
            .iter()
            .find(|(g, _)| *g == group)
            .map(|(_, f)| *f)
            .expect("every group has fields")
    }
}

/// A text field analysed by `tokenizer`. Syllable fields keep positions (phrases, proximity);
/// bigram fields are only ever matched term by term, and skipping their positions makes the
/// index build faster and the index smaller.
fn text(tokenizer: &str) -> TextOptions {
    let record = if tokenizer == BIGRAM {
        IndexRecordOption::WithFreqs
    } else {
        IndexRecordOption::WithFreqsAndPositions
    };
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(record),
    )
}

pub fn build() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let id = b.add_u64_field("id", INDEXED | FAST | STORED);
    let text_fields = Group::ALL
        .iter()
        .map(|&g| {
            let exact = b.add_text_field(&format!("{}_exact", g.name()), text(EXACT));
            let folded = b.add_text_field(&format!("{}_folded", g.name()), text(FOLDED));
            (g, TextFields { exact, folded })
        })
        .collect();
    let title_bigram = b.add_text_field("title_bigram", text(BIGRAM));
    let text_bigram = b.add_text_field("text_bigram", text(BIGRAM));
    let facet = INDEXED | FAST;
    let fields = Fields {
        id,
        text: text_fields,
        title_bigram,
        text_bigram,
        agencies: b.add_u64_field("agencies", facet.clone()),
        themes: b.add_u64_field("themes", facet.clone()),
        scope: b.add_u64_field("scope", facet.clone()),
        importance: b.add_u64_field("importance", facet.clone()),
        personal: b.add_u64_field("personal", facet.clone()),
        status: b.add_u64_field("status", facet.clone()),
        formats: b.add_u64_field("formats", facet.clone()),
        licence: b.add_u64_field("licence", facet),
        modified: b.add_u64_field("modified", FAST),
        field_count: b.add_u64_field("field_count", FAST),
        column_name: b.add_text_field("column_name", tantivy::schema::STRING),
        title_key: b.add_text_field(
            "title_key",
            TextOptions::default().set_fast(tantivy::tokenizer::RAW_TOKENIZER_NAME),
        ),
    };
    (b.build(), fields)
}

/// The code of a vocabulary value in the index: its position in the vocabulary, from 1.
pub fn ordinal<T: PartialEq + Copy>(all: &[T], value: T) -> u64 {
    all.iter()
        .position(|v| *v == value)
        .map(|p| p as u64 + 1)
        .unwrap_or(0)
}

/// Formats (and licences) are free text: the index keeps a stable 64-bit hash of the upper-cased
/// name.
pub fn format_hash(format: &str) -> u64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in format.trim().to_uppercase().bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h
}

/// The Vietnamese collation key as text whose UTF-8 order is the key's byte order (each byte becomes
/// one character in U+0100..U+01FF), so tantivy's string fast field sorts titles the Vietnamese way.
pub fn title_key(title: &str) -> String {
    crate::text::sort_key(title)
        .into_iter()
        .map(|b| char::from_u32(0x100 + b as u32).unwrap_or('\u{100}'))
        .collect()
}
