//! Vietnamese collation key. Compared bytewise (SQLite BLOB, PostgreSQL bytea, Rust `Vec<u8>`), the key
//! orders names as a Vietnamese dictionary does: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y,
//! then by tone (ngang, huyền, hỏi, ngã, sắc, nặng), then lowercase before uppercase.

use unicode_normalization::char::decompose_canonical;

/// Base letters in Vietnamese order, with the Latin letters Vietnamese lacks (f, j, w, z) at their Latin
/// places so that foreign names still sort sensibly.
const ALPHABET: &[char] = &[
    'a', 'ă', 'â', 'b', 'c', 'd', 'đ', 'e', 'ê', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    'ô', 'ơ', 'p', 'q', 'r', 's', 't', 'u', 'ư', 'v', 'w', 'x', 'y', 'z',
];

/// Primary weight of a word separator: below every letter and digit, so "Hà Nam" < "Hà Nội" < "Hàm".
const SEPARATOR: u8 = 0x01;
const DIGIT_BASE: u8 = 0x10;
const LETTER_BASE: u8 = 0x20;
/// Characters outside the alphabet sort after all letters, by code point.
const OTHER: u8 = 0xF0;

/// Splits one lowercase character into its base letter (with vowel marks: ă â ê ô ơ ư) and tone rank.
fn base_and_tone(c: char) -> (char, u8) {
    let mut letters = String::new();
    let mut tone = 0;
    decompose_canonical(c, |d| match d {
        '\u{0300}' => tone = 1, // huyền
        '\u{0309}' => tone = 2, // hỏi
        '\u{0303}' => tone = 3, // ngã
        '\u{0301}' => tone = 4, // sắc
        '\u{0323}' => tone = 5, // nặng
        _ => letters.push(d),
    });
    // Recompose the vowel marks (breve, circumflex, horn) that make separate letters.
    let base = unicode_normalization::UnicodeNormalization::nfc(letters.as_str())
        .next()
        .unwrap_or(c);
    (base, tone)
}

/// The collation key of `text`. Equal keys mean equal text up to NFC normalisation.
pub fn sort_key(text: &str) -> Vec<u8> {
    let mut primary = Vec::with_capacity(text.len() + 4);
    let mut tones = Vec::new();
    let mut cases = Vec::new();
    let mut last_was_separator = true;
    for original in unicode_normalization::UnicodeNormalization::nfc(text) {
        let lower = original.to_lowercase().next().unwrap_or(original);
        let (base, tone) = base_and_tone(lower);
        if let Some(pos) = ALPHABET.iter().position(|&l| l == base) {
            primary.push(LETTER_BASE + pos as u8);
            tones.push(tone);
            cases.push(u8::from(original != lower));
            last_was_separator = false;
        } else if let Some(d) = base.to_digit(10) {
            primary.push(DIGIT_BASE + d as u8);
            last_was_separator = false;
        } else if base.is_whitespace() || base.is_ascii_punctuation() {
            if !last_was_separator {
                primary.push(SEPARATOR);
                last_was_separator = true;
            }
        } else {
            primary.push(OTHER);
            primary.extend_from_slice(&(base as u32).to_be_bytes());
            last_was_separator = false;
        }
    }
    while primary.last() == Some(&SEPARATOR) {
        primary.pop();
    }
    primary.push(0);
    primary.extend(tones.iter().map(|t| t + 1));
    primary.push(0);
    primary.extend(cases.iter().map(|c| c + 1));
    primary
}

#[cfg(test)]
mod tests {
    use super::sort_key;

    fn sorted(words: &[&str]) -> Vec<String> {
        let mut v: Vec<&str> = words.to_vec();
        v.sort_by_key(|w| sort_key(w));
        v.into_iter().map(String::from).collect()
    }

    #[test]
    fn d_with_stroke_sorts_after_d_not_after_z() {
        assert_eq!(
            sorted(&["Đồng Nai", "Zeta", "Điện Biên", "Cà Mau", "Dak", "An Giang"]),
            ["An Giang", "Cà Mau", "Dak", "Điện Biên", "Đồng Nai", "Zeta"]
        );
    }

    #[test]
    fn vowels_with_marks_are_separate_letters() {
        assert_eq!(
            sorted(&["ơ", "o", "ô", "ă", "a", "â", "ư", "u"]),
            ["a", "ă", "â", "o", "ô", "ơ", "u", "ư"]
        );
    }

    #[test]
    fn tones_order_after_base_letter() {
        assert_eq!(
            sorted(&["mạ", "má", "mã", "mả", "mà", "ma", "mb"]),
            ["ma", "mà", "mả", "mã", "má", "mạ", "mb"]
        );
    }

    #[test]
    fn shorter_word_first_and_nfd_equal_nfc() {
        assert_eq!(
            sorted(&["Hàm", "Hà Nội", "Hà Nam"]),
            ["Hà Nam", "Hà Nội", "Hàm"]
        );
        assert_eq!(sort_key("Ha\u{0300} Nô\u{0323}i"), sort_key("Hà Nội"));
    }
}
