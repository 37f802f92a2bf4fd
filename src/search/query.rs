//! From what an official typed to a tantivy query. Nothing typed is a syntax error: quotes make
//! phrases (an unbalanced quote runs to the end), `-word` / `-"phrase"` / `NOT word` exclude, `AND` and
//! `OR` are ignored, and every other character only separates syllables.

use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, Occur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;

use super::schema::{Fields, Group};
use crate::text::{has_diacritics, syllables, Syllable};

/// Longest query taken into account, in characters; longer input is cut (and the page says so).
pub const MAX_QUERY_CHARS: usize = 1000;

/// A query as understood: plain words (all required), quoted phrases, exclusions.
#[derive(Debug, Clone, Default)]
pub struct ParsedQuery {
    pub words: Vec<Word>,
    pub phrases: Vec<Vec<Syllable>>,
    /// Excluded words or phrases, and whether they were typed with diacritics.
    pub excluded: Vec<(Vec<Syllable>, bool)>,
    /// Tokens that look like column names (`so_cccd`), lowercased as typed.
    pub raw_tokens: Vec<String>,
    pub truncated: bool,
    /// Set when no dataset holds every word: then any of them is enough (and the page says so).
    pub relaxed: bool,
}

/// One required syllable, and whether it was typed with diacritics (then exact matches rank higher).
#[derive(Debug, Clone)]
pub struct Word {
    pub syllable: Syllable,
    pub accented: bool,
    /// Set when the typed form is not in the index and a close one (edit distance 1) is used instead.
    pub corrected: Option<String>,
}

impl ParsedQuery {
    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.phrases.is_empty() && self.excluded.is_empty()
    }

    /// Folded syllables to highlight in snippets.
    pub fn highlight_terms(&self) -> Vec<String> {
        let mut terms: Vec<String> = self
            .words
            .iter()
            .map(|w| {
                w.corrected
                    .clone()
                    .unwrap_or_else(|| w.syllable.folded.clone())
            })
            .chain(self.phrases.iter().flatten().map(|s| s.folded.clone()))
            .collect();
        terms.sort();
        terms.dedup();
        terms
    }
}

fn push_words(out: &mut ParsedQuery, chunk: &str) {
    let accented = has_diacritics(chunk);
    for s in syllables(chunk) {
        out.words.push(Word {
            syllable: s,
            accented,
            corrected: None,
        });
    }
}

/// Parses any input: never fails.
pub fn parse(input: &str) -> ParsedQuery {
    let mut out = ParsedQuery::default();
    let text: String = if input.chars().count() > MAX_QUERY_CHARS {
        out.truncated = true;
        input.chars().take(MAX_QUERY_CHARS).collect()
    } else {
        input.to_string()
    };
    let text: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let mut rest = text.as_str();
    let mut negate_next = false;
    while !rest.is_empty() {
        rest = rest.trim_start();
        if rest.is_empty() {
            break;
        }
        let negate = negate_next || rest.starts_with('-');
        negate_next = false;
        let body = rest.strip_prefix('-').unwrap_or(rest);
        if let Some(quoted) = body.strip_prefix('"') {
            let (phrase, after) = match quoted.find('"') {
                Some(end) => (&quoted[..end], &quoted[end + 1..]),
                None => (quoted, ""),
            };
            let syl = syllables(phrase);
            if !syl.is_empty() {
                if negate {
                    out.excluded.push((syl, has_diacritics(phrase)));
                } else if syl.len() == 1 {
                    push_words(&mut out, phrase);
                } else {
                    out.phrases.push(syl);
                }
            }
            rest = after;
            continue;
        }
        let end = body.find(char::is_whitespace).unwrap_or(body.len());
        let token = &body[..end];
        rest = &body[end..];
        match token {
            "AND" | "OR" | "&&" | "||" => continue,
            "NOT" => {
                negate_next = true;
                continue;
            }
            _ => {}
        }
        if negate {
            let syl = syllables(token);
            if !syl.is_empty() {
                out.excluded.push((syl, has_diacritics(token)));
            }
        } else {
            let lower = token.to_lowercase();
            if lower.contains('_') && lower.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                out.raw_tokens.push(lower);
            }
            push_words(&mut out, token);
        }
    }
    out
}

fn boosted(query: Box<dyn Query>, boost: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(query, boost))
}

/// Matches `terms` as a phrase (or a single term) in one field, `slop` positions apart at most.
fn phrase_query(terms: &[Term], slop: u32) -> Box<dyn Query> {
    if terms.len() == 1 {
        return Box::new(TermQuery::new(
            terms[0].clone(),
            IndexRecordOption::WithFreqs,
        ));
    }
    let mut phrase = PhraseQuery::new(terms.to_vec());
    phrase.set_slop(slop);
    Box::new(phrase)
}

fn text_terms(field: Field, syllables: &[&str]) -> Vec<Term> {
    syllables
        .iter()
        .map(|s| Term::from_field_text(field, s))
        .collect()
}

/// A scored term: a term and its weight.
pub type WeightedTerm = (Term, f32);

/// A scored phrase: its terms (one field), how far apart they may be, and its weight.
#[derive(Debug, Clone)]
pub struct WeightedPhrase {
    pub terms: Vec<Term>,
    pub slop: u32,
    pub boost: f32,
}

/// Everything that adds to a dataset's relevance score, split the way the ranking needs it: terms
/// (which block-max WAND can skip through) and phrases (checked only on the best candidates). The
/// relevance query of [`build`] scores exactly the sum of these, so both ways of ranking agree.
#[derive(Debug, Clone, Default)]
pub struct Scoring {
    /// For each typed word, its alternatives (every text group, folded and exact): one must match.
    pub words: Vec<Vec<WeightedTerm>>,
    /// Terms that only add to the score: adjacent pairs, column names typed as written.
    pub bonus_terms: Vec<WeightedTerm>,
    /// For each quoted phrase, its alternatives (one per text group): one must match.
    pub quoted: Vec<Vec<WeightedPhrase>>,
    /// Phrases that only add to the score: the words close together in the title or in a row in the
    /// column names.
    pub bonus_phrases: Vec<WeightedPhrase>,
}

impl Scoring {
    pub fn new(fields: &Fields, parsed: &ParsedQuery) -> Scoring {
        let folded: Vec<&str> = parsed
            .words
            .iter()
            .map(|w| w.corrected.as_deref().unwrap_or(&w.syllable.folded))
            .collect();
        let words = parsed
            .words
            .iter()
            .zip(&folded)
            .map(|(w, folded)| {
                let mut alternatives = Vec::new();
                for group in Group::ALL {
                    let f = fields.group(group);
                    alternatives.push((Term::from_field_text(f.folded, folded), group.boost()));
                    // Typed with diacritics: the exact syllable (tone included) ranks above folded
                    // look-alikes.
                    if w.accented && w.corrected.is_none() && group.has_exact_form() {
                        alternatives.push((
                            Term::from_field_text(f.exact, &w.syllable.exact),
                            group.boost() * 2.0,
                        ));
                    }
                }
                alternatives
            })
            .collect();
        // Adjacent syllables score as a pair: "dân cư" together beats "dân … cư" apart.
        let mut bonus_terms = Vec::new();
        for pair in folded.windows(2) {
            let bigram = format!("{}_{}", pair[0], pair[1]);
            bonus_terms.push((Term::from_field_text(fields.title_bigram, &bigram), 12.0));
            bonus_terms.push((Term::from_field_text(fields.text_bigram, &bigram), 3.0));
        }
        // A column name typed as it is written.
        for raw in &parsed.raw_tokens {
            bonus_terms.push((Term::from_field_text(fields.column_name, raw), 30.0));
        }
        let mut bonus_phrases = Vec::new();
        if folded.len() >= 2 {
            // All the words close together in the title: the strongest sign of the dataset asked for.
            bonus_phrases.push(WeightedPhrase {
                terms: text_terms(fields.group(Group::Title).folded, &folded),
                slop: 4,
                boost: 10.0,
            });
            // The words' syllables in a row in the column names.
            bonus_phrases.push(WeightedPhrase {
                terms: text_terms(fields.group(Group::Columns).folded, &folded),
                slop: 0,
                boost: 6.0,
            });
        }
        let quoted = parsed
            .phrases
            .iter()
            .map(|phrase| {
                let syl: Vec<&str> = phrase.iter().map(|s| s.folded.as_str()).collect();
                Group::ALL
                    .iter()
                    .map(|g| WeightedPhrase {
                        terms: text_terms(fields.group(*g).folded, &syl),
                        slop: 0,
                        boost: g.boost() * 1.5,
                    })
                    .collect()
            })
            .collect();
        Scoring {
            words,
            bonus_terms,
            quoted,
            bonus_phrases,
        }
    }
}

pub(super) fn weighted_term((term, boost): &WeightedTerm) -> (Occur, Box<dyn Query>) {
    (
        Occur::Should,
        boosted(
            Box::new(TermQuery::new(term.clone(), IndexRecordOption::WithFreqs)),
            *boost,
        ),
    )
}

pub(super) fn weighted_phrase(p: &WeightedPhrase) -> (Occur, Box<dyn Query>) {
    (
        Occur::Should,
        boosted(phrase_query(&p.terms, p.slop), p.boost),
    )
}

/// The relevance query for `parsed` (filters are added by the caller): what matches, and, when
/// `scored`, every part of [`Scoring`] as its score. Without `scored` the clauses that only add to
/// the score are left out: they match nothing more, and tantivy would still build their scorers (a
/// phrase scorer searches for its first occurrence when built, which for a phrase absent from a
/// segment means reading every document holding its words).
pub fn build(fields: &Fields, parsed: &ParsedQuery, scored: bool) -> Vec<(Occur, Box<dyn Query>)> {
    let scoring = Scoring::new(fields, parsed);
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    let mut any_word: Vec<(Occur, Box<dyn Query>)> = Vec::new();
    for alternatives in &scoring.words {
        let word: Box<dyn Query> = Box::new(BooleanQuery::new(
            alternatives.iter().map(weighted_term).collect(),
        ));
        if parsed.relaxed {
            any_word.push((Occur::Should, word));
        } else {
            clauses.push((Occur::Must, word));
        }
    }
    // Relaxed: at least one of the words (those matching more of them score higher).
    if !any_word.is_empty() {
        clauses.push((Occur::Must, Box::new(BooleanQuery::new(any_word))));
    }
    if scored {
        clauses.extend(scoring.bonus_terms.iter().map(weighted_term));
        clauses.extend(scoring.bonus_phrases.iter().map(weighted_phrase));
    }
    for alternatives in &scoring.quoted {
        let any_group = alternatives.iter().map(weighted_phrase).collect();
        clauses.push((Occur::Must, Box::new(BooleanQuery::new(any_group))));
    }
    for (phrase, accented) in &parsed.excluded {
        // "-động" excludes "động", not "đồng": typed with diacritics, the exclusion keeps them.
        let (forms, pick): (Vec<&str>, fn(&super::schema::TextFields) -> Field) = if *accented {
            (phrase.iter().map(|s| s.exact.as_str()).collect(), |f| {
                f.exact
            })
        } else {
            (phrase.iter().map(|s| s.folded.as_str()).collect(), |f| {
                f.folded
            })
        };
        // (Descriptions have no exact form: an accented exclusion looks at the other groups.)
        for g in Group::ALL
            .into_iter()
            .filter(|g| !*accented || g.has_exact_form())
        {
            let terms = text_terms(pick(&fields.group(g)), &forms);
            let excluded = super::excluded::Excluded(phrase_query(&terms, 0));
            clauses.push((Occur::MustNot, Box::new(excluded)));
        }
    }
    if !clauses.iter().any(|(o, _)| *o == Occur::Must) {
        clauses.push((
            Occur::Must,
            Box::new(ConstScoreQuery::new(Box::new(AllQuery), 0.0)),
        ));
    }
    clauses
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(words: &[Word]) -> Vec<&str> {
        words.iter().map(|w| w.syllable.folded.as_str()).collect()
    }

    #[test]
    fn hostile_input_parses() {
        for input in [
            "\"unbalanced",
            "AND OR NOT",
            "*",
            ":",
            "()",
            "😀",
            "\u{0}\u{7}",
            "-",
            "\"\"",
            "- -- ---",
            "NOT",
        ] {
            let _ = parse(input);
        }
        let long = "dân cư ".repeat(400);
        assert!(parse(&long).truncated);
    }

    #[test]
    fn phrases_exclusions_and_words() {
        let q = parse("\"dân cư\" Hà Nội -\"công an\" -thuế NOT xe AND OR");
        assert_eq!(q.phrases.len(), 1);
        assert_eq!(folded(&q.words), ["ha", "noi"]);
        assert!(q.words.iter().all(|w| w.accented));
        assert_eq!(q.excluded.len(), 3);
        let q = parse("du lieu \"dan cu");
        assert_eq!(folded(&q.words), ["du", "lieu"]);
        assert!(!q.words[0].accented);
        assert_eq!(q.phrases.len(), 1);
    }
}
