//! The tantivy side of Vietnamese analysis: tokenizers that emit the syllables of
//! [`crate::text::syllables`] in their exact form (tone kept, placement-insensitive), their folded
//! form (no diacritics, đ → d), or as folded bigrams ("dan_cu") that reward adjacent syllables.
//! They must be registered on every opened index (tantivy does not persist tokenizers).

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use tantivy::Index;

use crate::text::syllables;

pub const EXACT: &str = "vi_exact";
pub const FOLDED: &str = "vi_folded";
pub const BIGRAM: &str = "vi_bigram";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    Exact,
    Folded,
    Bigram,
}

/// Texts analysed on this thread lately, with their syllables. Each value is indexed in two or
/// three forms (exact, folded, bigram), and tantivy indexes a document field by field, so a
/// document's column names come by once per form: analysing each once is enough. The map is
/// emptied when it grows past a few documents' worth.
const CACHED_TEXTS: usize = 2048;

type Syllables = std::rc::Rc<Vec<crate::text::Syllable>>;

thread_local! {
    static RECENT: std::cell::RefCell<rustc_hash::FxHashMap<String, Syllables>> =
        std::cell::RefCell::new(rustc_hash::FxHashMap::default());
}

fn syllables_cached(text: &str) -> Syllables {
    RECENT.with(|recent| {
        let mut recent = recent.borrow_mut();
        if let Some(found) = recent.get(text) {
            return found.clone();
        }
        if recent.len() >= CACHED_TEXTS {
            recent.clear();
        }
        let analysed = std::rc::Rc::new(syllables(text));
        recent.insert(text.to_string(), analysed.clone());
        analysed
    })
}

/// The tokens of `text` in one form, with byte offsets into the NFC text.
pub fn tokens(text: &str, form: Form) -> Vec<Token> {
    let syl = syllables_cached(text);
    let make = |position: usize, text: String, from: usize, to: usize| Token {
        offset_from: from,
        offset_to: to,
        position,
        text,
        position_length: 1,
    };
    match form {
        Form::Exact => syl
            .iter()
            .enumerate()
            .map(|(i, s)| make(i, s.exact.clone(), s.start, s.end))
            .collect(),
        Form::Folded => syl
            .iter()
            .enumerate()
            .map(|(i, s)| make(i, s.folded.clone(), s.start, s.end))
            .collect(),
        Form::Bigram => syl
            .windows(2)
            .enumerate()
            .map(|(i, w)| {
                make(
                    i,
                    format!("{}_{}", w[0].folded, w[1].folded),
                    w[0].start,
                    w[1].end,
                )
            })
            .collect(),
    }
}

#[derive(Clone)]
pub struct SyllableTokenizer {
    form: Form,
    tokens: Vec<Token>,
}

pub struct SyllableStream<'a> {
    tokens: &'a mut Vec<Token>,
    next: usize,
}

impl Tokenizer for SyllableTokenizer {
    type TokenStream<'a> = SyllableStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> SyllableStream<'a> {
        self.tokens = tokens(text, self.form);
        SyllableStream {
            tokens: &mut self.tokens,
            next: 0,
        }
    }
}

impl TokenStream for SyllableStream<'_> {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

/// Registers the three analyzers on `index`. Call on every open.
pub fn register(index: &Index) {
    for (name, form) in [
        (EXACT, Form::Exact),
        (FOLDED, Form::Folded),
        (BIGRAM, Form::Bigram),
    ] {
        index.tokenizers().register(
            name,
            SyllableTokenizer {
                form,
                tokens: Vec::new(),
            },
        );
    }
}
