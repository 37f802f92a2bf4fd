//! Splitting Vietnamese text into syllables for search, each in two forms:
//! - `exact`: lowercase, vowel letters kept (ă â ê ô ơ ư đ), the tone moved to a trailing digit so
//!   that tone placement doesn't matter ("hoà" and "hòa" are both `hoa1`);
//! - `folded`: lowercase ASCII, every mark removed and đ → d ("Đà" → `da`).
//!
//! Words are split on anything that is not a letter or digit, so column names like `so_cccd` and
//! `ma_so_thue` split into the same syllables as "số CCCD" and "mã số thuế".

use unicode_normalization::char::decompose_canonical;
use unicode_normalization::UnicodeNormalization;

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

/// Both forms of one word (already lowercase, NFC).
fn forms(word: &str) -> (String, String) {
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
pub fn syllables(text: &str) -> Vec<Syllable> {
    let text: String = text.nfc().collect();
    let mut out = Vec::new();
    let mut start = None;
    let flush = |from: usize, to: usize, out: &mut Vec<Syllable>| {
        let word: String = text[from..to]
            .chars()
            .flat_map(char::to_lowercase)
            .take(MAX_SYLLABLE_CHARS)
            .collect();
        let (exact, folded) = forms(&word);
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

/// Whether the text carries any Vietnamese diacritic (then exact forms are worth matching).
pub fn has_diacritics(text: &str) -> bool {
    text.nfd()
        .any(|c| unicode_normalization::char::is_combining_mark(c) || c == 'đ' || c == 'Đ')
}

#[cfg(test)]
mod tests {
    use super::*;

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
