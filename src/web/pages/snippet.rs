//! Why a search result matched: the query's syllables marked in the title, a fragment of the
//! description around the first match, and the keywords, columns and agencies that matched.
//! Text comes from the database; marks are maud elements, so nothing typed is ever injected.

use maud::{html, Markup};

use crate::text::syllables;

/// Whether any syllable of `text` is one of the folded `terms`.
pub fn matches(text: &str, terms: &[String]) -> bool {
    !terms.is_empty() && syllables(text).iter().any(|s| terms.contains(&s.folded))
}

/// `text` with every syllable in `terms` marked.
pub fn marked(text: &str, terms: &[String]) -> Markup {
    let text: String = unicode_normalization::UnicodeNormalization::nfc(text).collect();
    let mut pieces: Vec<(&str, bool)> = Vec::new();
    let mut pos = 0;
    for s in syllables(&text) {
        if terms.contains(&s.folded) {
            if s.start > pos {
                pieces.push((&text[pos..s.start], false));
            }
            pieces.push((&text[s.start..s.end], true));
            pos = s.end;
        }
    }
    if pos < text.len() {
        pieces.push((&text[pos..], false));
    }
    html! { @for (piece, hit) in pieces { @if hit { mark { (piece) } } @else { (piece) } } }
}

/// About `max_chars` of `text` around its first match, marked; `None` when nothing matches.
pub fn fragment(text: &str, terms: &[String], max_chars: usize) -> Option<Markup> {
    let text: String = unicode_normalization::UnicodeNormalization::nfc(text).collect();
    let first = syllables(&text)
        .into_iter()
        .find(|s| terms.contains(&s.folded))?;
    let before: Vec<(usize, char)> = text[..first.start].char_indices().collect();
    let lead = max_chars / 3;
    let start = if before.len() > lead {
        before[before.len() - lead].0
    } else {
        0
    };
    // Start and end on word boundaries.
    let start = if start > 0 {
        text[start..]
            .find(' ')
            .map(|i| start + i + 1)
            .unwrap_or(start)
    } else {
        0
    };
    let end = text[start..]
        .char_indices()
        .nth(max_chars)
        .map(|(i, _)| start + i)
        .unwrap_or(text.len());
    let end = if end < text.len() {
        text[..end]
            .rfind(' ')
            .filter(|&i| i > first.end)
            .unwrap_or(end)
    } else {
        end
    };
    let slice = &text[start..end];
    Some(html! {
        @if start > 0 { "… " }
        (marked(slice, terms))
        @if end < text.len() { " …" }
    })
}
