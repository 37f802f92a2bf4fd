//! The small RDF model the DCAT-AP export builds before writing: nodes (a subject and its
//! properties, in order), terms (IRI, blank node, literal) and the namespaces predicates come from.
//! Every IRI built from catalog data goes through [`iri_safe`]; the syntaxes escape literals.

/// The namespaces of the vocabularies the export uses: prefix and IRI.
pub const NAMESPACES: &[(&str, &str)] = &[
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("dcat", "http://www.w3.org/ns/dcat#"),
    ("dct", "http://purl.org/dc/terms/"),
    ("dcatap", "http://data.europa.eu/r5r/"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("vcard", "http://www.w3.org/2006/vcard/ns#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("locn", "http://www.w3.org/ns/locn#"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("csvw", "http://www.w3.org/ns/csvw#"),
    ("hydra", "http://www.w3.org/ns/hydra/core#"),
];

/// The IRI of a namespace prefix from [`NAMESPACES`].
pub fn namespace(prefix: &str) -> &'static str {
    NAMESPACES
        .iter()
        .find(|(p, _)| *p == prefix)
        .map(|(_, iri)| *iri)
        .unwrap_or_else(|| panic!("unknown prefix {prefix}"))
}

/// A property or class name: a prefix of [`NAMESPACES`] and a local name (both fixed by the code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Name(pub &'static str, pub &'static str);

impl Name {
    pub fn iri(self) -> String {
        format!("{}{}", namespace(self.0), self.1)
    }
}

pub const RDF_TYPE: Name = Name("rdf", "type");

/// How a literal is marked: plain, with a language, or with a datatype.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Plain,
    Lang(&'static str),
    Typed(Name),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    /// An absolute IRI, already safe (see [`iri_safe`]).
    Iri(String),
    /// A blank node label: ASCII letters, digits and `_`, starting with a letter.
    Blank(String),
    Literal(String, Mark),
}

impl Term {
    pub fn iri(text: impl Into<String>) -> Term {
        Term::Iri(text.into())
    }
    pub fn class(name: Name) -> Term {
        Term::Iri(name.iri())
    }
    pub fn text(text: impl Into<String>) -> Term {
        Term::Literal(text.into(), Mark::Plain)
    }
    pub fn vi(text: impl Into<String>) -> Term {
        Term::Literal(text.into(), Mark::Lang("vi"))
    }
    pub fn en(text: impl Into<String>) -> Term {
        Term::Literal(text.into(), Mark::Lang("en"))
    }
    pub fn typed(text: impl Into<String>, datatype: Name) -> Term {
        Term::Literal(text.into(), Mark::Typed(datatype))
    }
    pub fn date(date: chrono::NaiveDate) -> Term {
        Term::typed(date.to_string(), Name("xsd", "date"))
    }
}

/// A subject with its properties in the order they are written.
#[derive(Debug, Clone)]
pub struct Node {
    pub subject: Term,
    pub props: Vec<(Name, Term)>,
}

impl Node {
    pub fn new(subject: Term, classes: &[Name]) -> Node {
        Node {
            subject,
            props: classes
                .iter()
                .map(|c| (RDF_TYPE, Term::class(*c)))
                .collect(),
        }
    }

    pub fn add(&mut self, name: Name, value: Term) -> &mut Node {
        self.props.push((name, value));
        self
    }

    /// Adds a literal unless the text is empty (after trimming).
    pub fn add_text(&mut self, name: Name, value: &str, make: fn(String) -> Term) -> &mut Node {
        if !value.trim().is_empty() {
            self.props.push((name, make(value.to_string())));
        }
        self
    }
}

/// `text` as IRI characters: unreserved and reserved ASCII characters are kept, as is a `%`
/// starting a valid escape; everything else (spaces, quotes, `<>{}|\^`` ` ``, control characters,
/// any non-ASCII character) is percent-encoded as UTF-8. The result is a valid IRI reference in
/// Turtle, RDF/XML (after attribute escaping) and JSON-LD, whatever the input.
pub fn iri_safe(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    for (i, &b) in bytes.iter().enumerate() {
        let keep = b.is_ascii_alphanumeric()
            || b"-._~:/?#[]@!$&'()*+,;=".contains(&b)
            || (b == b'%'
                && bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit));
        if keep {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// One path segment (an identifier or a code) percent-encoded, so that `/`, `?` and `#` in it stay
/// inside the segment.
pub fn segment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for &b in text.as_bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Whether `url` is an absolute http(s) address worth publishing as an IRI.
pub fn is_web_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")) && url.trim().len() > 8
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iris_are_escaped() {
        assert_eq!(
            iri_safe("https://x.vn/a b<c>\"d\"{|}^`\\"),
            "https://x.vn/a%20b%3Cc%3E%22d%22%7B%7C%7D%5E%60%5C"
        );
        assert_eq!(
            iri_safe("https://x.vn/đ?q=1&r=%zz%41"),
            "https://x.vn/%C4%91?q=1&r=%25zz%41"
        );
        assert_eq!(segment("a/b?c#d é"), "a%2Fb%3Fc%23d%20%C3%A9");
    }
}
