//! Splitting Vietnamese text into syllables for search, each in two forms:
//! - `exact`: lowercase, vowel letters kept (ă â ê ô ơ ư đ), the tone moved to a trailing digit so
//!   that tone placement doesn't matter ("hoà" and "hòa" are both `hoa1`);
//! - `folded`: lowercase ASCII, every mark removed and đ → d ("Đà" → `da`).
//!
//! Words are split on anything that is not a letter or digit, so column names like `so_cccd` and
//! `ma_so_thue` split into the same syllables as "số CCCD" and "mã số thuế".
//!
//! This runs on every value the search index takes in (a million datasets make about a billion
//! characters), so the per-letter work is looked up in a table built once from the Unicode
//! decompositions, and text that is already NFC (all stored text is) is not normalised again.

use std::borrow::Cow;
use std::sync::OnceLock;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// One syllable of the input and where it was (byte offsets in the NFC text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Syllable {
    pub exact: String,
    pub folded: String,
    pub start: usize,
    pub end: usize,
}

/// Longest syllable indexed: longer runs (hashes, base64) are cut, not dropped.
const MAX_SYLLABLE_CHARS: usize = 40;

fn tone_of(mark: char) -> Option<char> {
    match mark {
        '\u{0300}' => Some('1'), // huyền
        '\u{0309}' => Some('2'), // hỏi
        '\u{0303}' => Some('3'), // ngã
        '\u{0301}' => Some('4'), // sắc
        '\u{0323}' => Some('5'), // nặng
        _ => None,
    }
}

/// What one lowercase letter adds to a syllable's two forms, and the tone it carries.
#[derive(Debug, Clone, Default)]
struct Letter {
    exact: Box<str>,
    folded: Box<str>,
    tone: Option<char>,
}

/// The letter rule itself: decompose, take the tone mark out, re-compose the vowel marks (breve,
/// circumflex, horn) that make separate letters for `exact`, drop every mark for `folded`.
fn letter(c: char) -> Letter {
    if c == 'đ' {
        return Letter {
            exact: "đ".into(),
            folded: "d".into(),
            tone: None,
        };
    }
    let mut letters = String::new();
    let mut tone = None;
    decompose_canonical(c, |d| match tone_of(d) {
        Some(t) => tone = Some(t),
        None => letters.push(d),
    });
    Letter {
        exact: letters.nfc().collect::<String>().into(),
        folded: letters
            .chars()
            .filter(|ch| !is_combining_mark(*ch))
            .collect::<String>()
            .into(),
        tone,
    }
}

/// The code points Vietnamese (and other Latin) text is made of: Latin-1 to Latin Extended-B, the
/// combining marks, and Latin Extended Additional. Other characters take the slow path.
const TABLE_RANGES: [(u32, u32); 3] = [(0x80, 0x250), (0x300, 0x370), (0x1E00, 0x1F00)];

/// A character of the table's ranges: whether it belongs in a word, and what its lowercase adds
/// (`None` when the lowercase is not one character: then the slow path takes it).
#[derive(Default)]
struct Entry {
    in_word: bool,
    lower: Option<Letter>,
}

fn table() -> &'static [Vec<Entry>; 3] {
    static TABLE: OnceLock<[Vec<Entry>; 3]> = OnceLock::new();
    TABLE.get_or_init(|| {
        TABLE_RANGES.map(|(from, to)| {
            (from..to)
                .map(|u| match char::from_u32(u) {
                    None => Entry::default(),
                    Some(c) => {
                        let mut lower = c.to_lowercase();
                        Entry {
                            in_word: c.is_alphanumeric() || is_combining_mark(c),
                            lower: match (lower.next(), lower.next()) {
                                (Some(l), None) => Some(letter(l)),
                                _ => None,
                            },
                        }
                    }
                })
                .collect()
        })
    })
}

fn entry(c: char) -> Option<&'static Entry> {
    let u = c as u32;
    TABLE_RANGES
        .iter()
        .zip(table())
        .find(|((from, to), _)| (*from..*to).contains(&u))
        .map(|((from, _), entries)| &entries[(u - from) as usize])
}

/// Ends a syllable: the i/y spelling variants of the same syllable (kĩ/kỹ, lí/lý) become one (a
/// final y after a consonant is i), and the tone goes last.
fn finish(mut exact: String, mut folded: String, tone: Option<char>) -> (String, String) {
    for form in [&mut exact, &mut folded] {
        if form.ends_with('y') && form.len() >= 2 {
            let before = form[..form.len() - 1].chars().last().unwrap_or('a');
            if !"aăâeêioôơuưy".contains(before) && before.is_alphabetic() {
                form.pop();
                form.push('i');
            }
        }
    }
    if let Some(t) = tone {
        exact.push(t);
    }
    (exact, folded)
}

/// `text` in NFC, borrowed when it already is (checked in one pass for the usual Vietnamese text).
fn nfc(text: &str) -> Cow<'_, str> {
    let simple = text
        .chars()
        .all(|c| c < '\u{0300}' || ('\u{1E00}'..='\u{1EFF}').contains(&c));
    if simple || is_nfc_quick(text.chars()) == IsNormalized::Yes {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    }
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if let Some(e) = entry(c) {
        e.in_word
    } else {
        c.is_alphanumeric() || is_combining_mark(c)
    }
}

/// The syllable being read: its two forms so far, its tone, its length in letters.
#[derive(Default)]
struct Builder {
    exact: String,
    folded: String,
    tone: Option<char>,
    letters: usize,
}

impl Builder {
    /// Adds `c` (any case) to the syllable, up to [`MAX_SYLLABLE_CHARS`] lowercase letters.
    fn push(&mut self, c: char) {
        if self.letters >= MAX_SYLLABLE_CHARS {
            return;
        }
        if c.is_ascii() {
            self.letters += 1;
            let c = c.to_ascii_lowercase();
            self.exact.push(c);
            self.folded.push(c);
        } else if let Some(l) = entry(c).and_then(|e| e.lower.as_ref()) {
            self.letters += 1;
            self.add(l);
        } else {
            for lower in c.to_lowercase() {
                if self.letters < MAX_SYLLABLE_CHARS {
                    self.letters += 1;
                    self.add(&letter(lower));
                }
            }
        }
    }

    fn add(&mut self, l: &Letter) {
        self.exact.push_str(&l.exact);
        self.folded.push_str(&l.folded);
        if l.tone.is_some() {
            self.tone = l.tone;
        }
    }

    /// The syllable read so far (none if it has no letters left once folded), and a fresh start.
    fn take(&mut self, start: usize, end: usize) -> Option<Syllable> {
        let Builder {
            exact,
            folded,
            tone,
            ..
        } = std::mem::take(self);
        let (exact, folded) = finish(exact, folded, tone);
        (!folded.is_empty()).then_some(Syllable {
            exact,
            folded,
            start,
            end,
        })
    }
}

/// The syllables of `text`, in order.
pub fn syllables(text: &str) -> Vec<Syllable> {
    let text = nfc(text);
    let mut out = Vec::new();
    let mut start = None;
    let mut syllable = Builder::default();
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            start.get_or_insert(i);
            syllable.push(c);
        } else if let Some(s) = start.take() {
            out.extend(syllable.take(s, i));
        }
    }
    if let Some(s) = start {
        out.extend(syllable.take(s, text.len()));
    }
    out
}

/// Whether the text carries any Vietnamese diacritic (then exact forms are worth matching).
pub fn has_diacritics(text: &str) -> bool {
    text.nfd()
        .any(|c| is_combining_mark(c) || c == 'đ' || c == 'Đ')
}

#[cfg(test)]
mod tests {
    use super::*;

    // The analyser as first written, letter by letter through the Unicode tables: the fast one must
    // give exactly the same syllables.
    use unicode_normalization::char::decompose_canonical;
    /// Both forms of one word (already lowercase, NFC).
    fn reference_forms(word: &str) -> (String, String) {
        let mut exact = String::with_capacity(word.len());
        let mut folded = String::with_capacity(word.len());
        let mut tone = None;
        for c in word.chars() {
            // Most letters of Vietnamese text are plain ASCII: nothing to decompose.
            if c.is_ascii() {
                exact.push(c);
                folded.push(c);
                continue;
            }
            if c == 'đ' {
                exact.push('đ');
                folded.push('d');
                continue;
            }
            let mut letters = String::new();
            decompose_canonical(c, |d| match tone_of(d) {
                Some(t) => tone = Some(t),
                None => letters.push(d),
            });
            // Re-compose the vowel marks (breve, circumflex, horn) that make separate letters.
            exact.extend(letters.nfc());
            folded.extend(
                letters
                    .chars()
                    .filter(|ch| !unicode_normalization::char::is_combining_mark(*ch)),
            );
        }
        // i/y spelling variants of the same syllable (kĩ/kỹ, lí/lý): a final y after a consonant is i.
        for form in [&mut exact, &mut folded] {
            if form.ends_with('y') && form.len() >= 2 {
                let before = form[..form.len() - 1].chars().last().unwrap_or('a');
                if !"aăâeêioôơuưy".contains(before) && before.is_alphabetic() {
                    form.pop();
                    form.push('i');
                }
            }
        }
        if let Some(t) = tone {
            exact.push(t);
        }
        (exact, folded)
    }

    /// The syllables of `text`, in order.
    fn reference_syllables(text: &str) -> Vec<Syllable> {
        let text: String = text.nfc().collect();
        let mut out = Vec::new();
        let mut start = None;
        let flush = |from: usize, to: usize, out: &mut Vec<Syllable>| {
            let word: String = text[from..to]
                .chars()
                .flat_map(char::to_lowercase)
                .take(MAX_SYLLABLE_CHARS)
                .collect();
            let (exact, folded) = reference_forms(&word);
            if !folded.is_empty() {
                out.push(Syllable {
                    exact,
                    folded,
                    start: from,
                    end: to,
                });
            }
        };
        for (i, c) in text.char_indices() {
            let in_word = c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c);
            match (in_word, start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    flush(s, i, &mut out);
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            flush(s, text.len(), &mut out);
        }
        out
    }

    #[test]
    fn fast_path_gives_the_same_syllables_as_the_reference() {
        let mut texts: Vec<String> = Vec::new();
        for entry in std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/seed-data")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "csv") {
                texts.extend(
                    std::fs::read_to_string(&path)
                        .unwrap()
                        .lines()
                        .map(String::from),
                );
            }
        }
        assert!(texts.len() > 1000, "seed-data has the inventory");
        // Every code point of the table's ranges and around them, upper and lower, NFD and NFC.
        let all: String = (0x20..0x2000u32).filter_map(char::from_u32).collect();
        texts.push(all.clone());
        texts.push(all.nfd().collect());
        texts.push(
            "ǅemal İstanbul ﬁle Straße ΣΊΣΥΦΟΣ x\u{0301}y ĐẠI HỌC QUỐC GIA Hà Nội 😀 a\u{0000}b"
                .into(),
        );
        texts.push("y".repeat(50) + " " + &"ụ".repeat(45) + "ý kỹ ký KỸ quý");
        for text in &texts {
            assert_eq!(syllables(text), reference_syllables(text), "{text}");
        }
    }

    fn exact(text: &str) -> Vec<String> {
        syllables(text).into_iter().map(|s| s.exact).collect()
    }

    fn folded(text: &str) -> Vec<String> {
        syllables(text).into_iter().map(|s| s.folded).collect()
    }

    #[test]
    fn folds_and_keeps_tone_apart() {
        assert_eq!(folded("Dân Cư Hà Nội"), ["dan", "cu", "ha", "noi"]);
        assert_eq!(exact("Dân Cư Hà Nội"), ["dân", "cư", "ha1", "nôi5"]);
        assert_eq!(exact("mã má ma"), ["ma3", "ma4", "ma"]);
        assert_eq!(folded("Đà Nẵng"), ["da", "nang"]);
    }

    #[test]
    fn tone_placement_and_normal_forms_do_not_matter() {
        assert_eq!(exact("hoà"), exact("hòa"));
        assert_eq!(exact("thuý"), exact("thúy"));
        assert_eq!(exact("Ha\u{0300} Nô\u{0323}i"), exact("Hà Nội"));
        assert_eq!(exact("kĩ thuật"), exact("kỹ thuật"));
        assert_eq!(folded("lý"), folded("lí"));
        assert_eq!(folded("quy"), ["quy"]);
    }

    #[test]
    fn column_names_split_like_words() {
        assert_eq!(folded("so_cccd"), ["so", "cccd"]);
        assert_eq!(folded("ma_so_thue"), folded("mã số thuế"));
        assert_eq!(folded("  \"dân\" -cư (AND) 😀 "), ["dan", "cu", "and"]);
    }

    #[test]
    fn offsets_point_into_the_text() {
        let s = syllables("Cơ sở dữ liệu");
        assert_eq!(&"Cơ sở dữ liệu"[s[3].start..s[3].end], "liệu");
        assert!(has_diacritics("dân") && !has_diacritics("dan cu"));
    }
}
