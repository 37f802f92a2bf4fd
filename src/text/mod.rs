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
    let unwanted = |c: char| c.is_control() && c != '\n' && c != '\t';
    // Fast path for what nearly every cell of an import is: already NFC, no control characters.
    if !input.chars().any(unwanted) && obviously_nfc(input) {
        return input.to_string();
    }
    input.nfc().filter(|&c| !unwanted(c)).collect()
}

/// True when `input` is certainly NFC: every character below U+0300 (ASCII, Latin-1, ă đ ơ ư…) or in
/// Latin Extended Additional (ạ ả ấ … ỹ, the precomposed Vietnamese letters) can neither compose nor
/// be decomposed; anything else is checked properly. Checking these ranges first is several times
/// faster than the full check on Vietnamese text.
fn obviously_nfc(input: &str) -> bool {
    let simple = |c: char| c < '\u{0300}' || ('\u{1E00}'..='\u{1EFF}').contains(&c);
    input.is_ascii()
        || input.chars().all(simple)
        || is_nfc_quick(input.chars()) == IsNormalized::Yes
}

/// Like [`normalize`], then trims and collapses runs of whitespace into one space: for one-line fields.
pub fn normalize_line(input: &str) -> String {
    let text = normalize(input);
    let tidy = text.trim().len() == text.len()
        && !text.contains("  ")
        && !text.chars().any(|c| c.is_whitespace() && c != ' ');
    if tidy {
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
