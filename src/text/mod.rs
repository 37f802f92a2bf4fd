//! Vietnamese text rules: NFC normalisation of every input, diacritic folding for matching
//! (đ → d too) and the collation key that sorts names in Vietnamese alphabetical order.

mod analyze;
mod collate;

pub use analyze::{has_diacritics, syllables, Syllable};
pub use collate::sort_key;

use unicode_normalization::char::{decompose_canonical, is_combining_mark};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Normalises to NFC and drops control characters (keeping tab and newline), so that text typed on a
/// Mac (NFD), pasted from Word or sent by a script compares equal to what is stored.
pub fn normalize(input: &str) -> String {
    if is_clean_nfc(input) {
        return input.to_string();
    }
    input
        .nfc()
        .filter(|&c| !c.is_control() || c == '\n' || c == '\t')
        .collect()
}

/// One pass deciding that `input` needs no work: no control characters but tab and newline, and
/// certainly NFC. Characters below U+0300 (ASCII, Latin-1, ă đ ơ ư…) and in Latin Extended
/// Additional (ạ ả ấ … ỹ, the precomposed Vietnamese letters) can neither compose nor be
/// decomposed; only text with other characters gets the full check. Nearly every cell of an
/// inventory takes the fast path, several times faster than the full check.
fn is_clean_nfc(input: &str) -> bool {
    let mut needs_full_check = false;
    for c in input.chars() {
        if c.is_control() && c != '\n' && c != '\t' {
            return false;
        }
        if c >= '\u{0300}' && !('\u{1E00}'..='\u{1EFF}').contains(&c) {
            needs_full_check = true;
        }
    }
    !needs_full_check || is_nfc_quick(input.chars()) == IsNormalized::Yes
}

/// Like [`normalize`], then trims and collapses runs of whitespace into one space: for one-line fields.
pub fn normalize_line(input: &str) -> String {
    let text = normalize(input);
    let mut previous_space = true; // a leading space is untidy too
    let mut tidy = true;
    for c in text.chars() {
        if c.is_whitespace() {
            if c != ' ' || previous_space {
                tidy = false;
                break;
            }
            previous_space = true;
        } else {
            previous_space = false;
        }
    }
    if tidy && !previous_space || text.is_empty() {
        return text;
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Folds for matching: lowercase, diacritics removed, đ → d. `"Đà Nẵng"` → `"da nang"`.
pub fn fold(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.chars().flat_map(|c| c.to_lowercase()) {
        match c {
            'đ' => out.push('d'),
            _ => decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    out.push(d)
                }
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_vietnamese() {
        assert_eq!(fold("Đà Nẵng"), "da nang");
        assert_eq!(fold("Dân Cư HÀ NỘI"), "dan cu ha noi");
        assert_eq!(fold("hoà"), fold("hòa"));
    }

    #[test]
    fn normalizes_nfd_to_nfc() {
        let nfd = "Ha\u{0300} Nô\u{0323}i";
        assert_eq!(normalize(nfd), "Hà Nội");
        assert_eq!(normalize_line("  a \u{0007} b\n c "), "a b c");
    }
}

/// An agency name without its administrative prefix, for sorting: "Tỉnh Đồng Nai" sorts under Đ and
/// "Thành phố Cần Thơ" under C, as people look them up.
pub fn strip_agency_prefix(name: &str) -> String {
    const PREFIXES: &[&str] = &["Thành phố ", "Tỉnh ", "Bộ ", "Sở "];
    let name = name.trim();
    PREFIXES
        .iter()
        .find_map(|p| name.strip_prefix(p))
        .unwrap_or(name)
        .to_string()
}
