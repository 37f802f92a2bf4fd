//! The three RDF syntaxes of the DCAT-AP export, written by hand and streamed node by node:
//! Turtle, JSON-LD (one `@graph` with a prefix-only context, so no remote context is fetched) and
//! RDF/XML. Each escapes literals and IRIs its own way:
//! - Turtle: `\\ \" \n \r \t` and `\uXXXX` for other control characters;
//! - JSON-LD: JSON string escaping (serde_json);
//! - RDF/XML: `&amp; &lt; &gt;` (and `&quot;`, `&#10;`… in attributes); characters XML 1.0 cannot
//!   carry at all (control characters other than tab, LF and CR) become U+FFFD.

use std::io::{self, Write};

use super::graph::{Mark, Name, Node, Term, NAMESPACES, RDF_TYPE};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    Turtle,
    JsonLd,
    RdfXml,
}

impl Syntax {
    pub const ALL: [Syntax; 3] = [Syntax::Turtle, Syntax::JsonLd, Syntax::RdfXml];

    /// The syntax of a file extension (`ttl`, `jsonld`, `rdf`).
    pub fn from_extension(ext: &str) -> Option<Syntax> {
        Syntax::ALL.into_iter().find(|s| s.extension() == ext)
    }

    pub fn extension(self) -> &'static str {
        match self {
            Syntax::Turtle => "ttl",
            Syntax::JsonLd => "jsonld",
            Syntax::RdfXml => "rdf",
        }
    }

    pub fn media_type(self) -> &'static str {
        match self {
            Syntax::Turtle => "text/turtle",
            Syntax::JsonLd => "application/ld+json",
            Syntax::RdfXml => "application/rdf+xml",
        }
    }
}

/// Writes nodes in one syntax: [`RdfWriter::start`], any number of [`RdfWriter::node`], then
/// [`RdfWriter::finish`].
pub struct RdfWriter<W: Write> {
    out: W,
    syntax: Syntax,
    first: bool,
}

impl<W: Write> RdfWriter<W> {
    pub fn start(mut out: W, syntax: Syntax) -> io::Result<RdfWriter<W>> {
        match syntax {
            Syntax::Turtle => {
                for (prefix, iri) in NAMESPACES {
                    writeln!(out, "@prefix {prefix}: <{iri}> .")?;
                }
            }
            Syntax::JsonLd => {
                let context: serde_json::Map<String, serde_json::Value> = NAMESPACES
                    .iter()
                    .map(|(p, iri)| (p.to_string(), serde_json::Value::from(*iri)))
                    .collect();
                write!(
                    out,
                    "{{\n\"@context\": {},\n\"@graph\": [",
                    serde_json::Value::Object(context)
                )?;
            }
            Syntax::RdfXml => {
                out.write_all(b"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rdf:RDF")?;
                for (prefix, iri) in NAMESPACES {
                    write!(out, "\n    xmlns:{prefix}=\"{}\"", xml_attr(iri))?;
                }
                out.write_all(b">\n")?;
            }
        }
        Ok(RdfWriter {
            out,
            syntax,
            first: true,
        })
    }

    pub fn node(&mut self, node: &Node) -> io::Result<()> {
        match self.syntax {
            Syntax::Turtle => turtle_node(&mut self.out, node)?,
            Syntax::JsonLd => {
                if !self.first {
                    self.out.write_all(b",")?;
                }
                self.out.write_all(b"\n")?;
                jsonld_node(&mut self.out, node)?;
            }
            Syntax::RdfXml => rdfxml_node(&mut self.out, node)?,
        }
        self.first = false;
        Ok(())
    }

    pub fn nodes(&mut self, nodes: &[Node]) -> io::Result<()> {
        nodes.iter().try_for_each(|n| self.node(n))
    }

    /// Flushes what is buffered (so a streamed response sends it).
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    pub fn finish(mut self) -> io::Result<W> {
        match self.syntax {
            Syntax::Turtle => {}
            Syntax::JsonLd => self.out.write_all(b"\n]\n}\n")?,
            Syntax::RdfXml => self.out.write_all(b"</rdf:RDF>\n")?,
        }
        self.out.flush()?;
        Ok(self.out)
    }
}

// ---- Turtle ----

fn turtle_term(out: &mut impl Write, term: &Term) -> io::Result<()> {
    match term {
        Term::Iri(iri) => match compact(iri) {
            Some((prefix, local)) => write!(out, "{prefix}:{local}"),
            None => write!(out, "<{iri}>"),
        },
        Term::Blank(label) => write!(out, "_:{label}"),
        Term::Literal(text, mark) => {
            out.write_all(b"\"")?;
            out.write_all(turtle_escape(text).as_bytes())?;
            out.write_all(b"\"")?;
            match mark {
                Mark::Plain => Ok(()),
                Mark::Lang(lang) => write!(out, "@{lang}"),
                Mark::Typed(Name(prefix, local)) => write!(out, "^^{prefix}:{local}"),
            }
        }
    }
}

/// `prefix:local` for an IRI in one of the namespaces whose local part is a plain name (letters,
/// digits, `_`, starting with a letter): vocabulary terms, never catalog data.
fn compact(iri: &str) -> Option<(&'static str, &str)> {
    NAMESPACES.iter().find_map(|(prefix, ns)| {
        let local = iri.strip_prefix(ns)?;
        let mut chars = local.chars();
        let plain = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
            && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
        plain.then_some((*prefix, local))
    })
}

/// The text of a Turtle string literal (between double quotes).
pub fn turtle_escape(text: &str) -> String {
    let mut s = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' => s.push_str("\\\\"),
            '"' => s.push_str("\\\""),
            '\n' => s.push_str("\\n"),
            '\r' => s.push_str("\\r"),
            '\t' => s.push_str("\\t"),
            c if (c as u32) < 0x20 || c == '\u{7f}' => s.push_str(&format!("\\u{:04X}", c as u32)),
            c => s.push(c),
        }
    }
    s
}

fn turtle_node(out: &mut impl Write, node: &Node) -> io::Result<()> {
    out.write_all(b"\n")?;
    turtle_term(out, &node.subject)?;
    for (i, (name, value)) in node.props.iter().enumerate() {
        out.write_all(if i == 0 { b" " } else { b" ;\n    " })?;
        if *name == RDF_TYPE {
            out.write_all(b"a ")?;
        } else {
            write!(out, "{}:{} ", name.0, name.1)?;
        }
        turtle_term(out, value)?;
    }
    if node.props.is_empty() {
        // A subject alone is no triple: say it is a resource.
        out.write_all(b" a rdfs:Resource")?;
    }
    out.write_all(b" .\n")
}

// ---- JSON-LD ----

fn jsonld_id(term: &Term) -> String {
    match term {
        Term::Iri(iri) => iri.clone(),
        Term::Blank(label) => format!("_:{label}"),
        Term::Literal(..) => unreachable!("a literal is never a subject"),
    }
}

fn jsonld_value(term: &Term) -> serde_json::Value {
    use serde_json::json;
    match term {
        Term::Iri(_) | Term::Blank(_) => json!({ "@id": jsonld_id(term) }),
        Term::Literal(text, Mark::Plain) => json!({ "@value": text }),
        Term::Literal(text, Mark::Lang(lang)) => json!({ "@value": text, "@language": lang }),
        Term::Literal(text, Mark::Typed(Name(prefix, local))) => {
            json!({ "@value": text, "@type": format!("{prefix}:{local}") })
        }
    }
}

fn jsonld_node(out: &mut impl Write, node: &Node) -> io::Result<()> {
    let mut object = serde_json::Map::new();
    object.insert("@id".into(), jsonld_id(&node.subject).into());
    let types: Vec<serde_json::Value> = node
        .props
        .iter()
        .filter(|(n, _)| *n == RDF_TYPE)
        .map(|(_, t)| jsonld_id(t).into())
        .collect();
    if !types.is_empty() {
        object.insert("@type".into(), types.into());
    }
    for (name, value) in node.props.iter().filter(|(n, _)| *n != RDF_TYPE) {
        let key = format!("{}:{}", name.0, name.1);
        let slot = object
            .entry(key)
            .or_insert_with(|| serde_json::Value::Array(Vec::new()));
        if let serde_json::Value::Array(list) = slot {
            list.push(jsonld_value(value));
        }
    }
    serde_json::to_writer(&mut *out, &serde_json::Value::Object(object)).map_err(io::Error::from)
}

// ---- RDF/XML ----

/// A character XML 1.0 can carry (as itself or as a character reference).
fn xml_char(c: char) -> char {
    match c {
        '\t' | '\n' | '\r' => c,
        c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => '\u{FFFD}',
        c => c,
    }
}

/// Element text: `&`, `<`, `>` escaped, CR kept as a reference (a parser would turn it into LF).
pub fn xml_text(text: &str) -> String {
    let mut s = String::with_capacity(text.len() + 8);
    for c in text.chars().map(xml_char) {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '\r' => s.push_str("&#13;"),
            c => s.push(c),
        }
    }
    s
}

/// An attribute value in double quotes: also `"` and the whitespace a parser would normalise.
pub fn xml_attr(text: &str) -> String {
    let mut s = String::with_capacity(text.len() + 8);
    for c in text.chars().map(xml_char) {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '"' => s.push_str("&quot;"),
            '\n' => s.push_str("&#10;"),
            '\r' => s.push_str("&#13;"),
            '\t' => s.push_str("&#9;"),
            c => s.push(c),
        }
    }
    s
}

fn rdfxml_node(out: &mut impl Write, node: &Node) -> io::Result<()> {
    match &node.subject {
        Term::Iri(iri) => write!(out, "<rdf:Description rdf:about=\"{}\">", xml_attr(iri))?,
        Term::Blank(label) => write!(out, "<rdf:Description rdf:nodeID=\"{label}\">")?,
        Term::Literal(..) => unreachable!("a literal is never a subject"),
    }
    for (Name(prefix, local), value) in &node.props {
        write!(out, "\n  <{prefix}:{local}")?;
        match value {
            Term::Iri(iri) => write!(out, " rdf:resource=\"{}\"/>", xml_attr(iri))?,
            Term::Blank(label) => write!(out, " rdf:nodeID=\"{label}\"/>")?,
            Term::Literal(text, mark) => {
                match mark {
                    Mark::Plain => {}
                    Mark::Lang(lang) => write!(out, " xml:lang=\"{lang}\"")?,
                    Mark::Typed(dt) => write!(out, " rdf:datatype=\"{}\"", xml_attr(&dt.iri()))?,
                }
                write!(out, ">{}</{prefix}:{local}>", xml_text(text))?;
            }
        }
    }
    out.write_all(b"\n</rdf:Description>\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_each_syntax() {
        let hostile = "a \"q\" \\ b\nc\r<d>&e\u{1}";
        assert_eq!(
            turtle_escape(hostile),
            "a \\\"q\\\" \\\\ b\\nc\\r<d>&e\\u0001"
        );
        assert_eq!(
            xml_text(hostile),
            "a \"q\" \\ b\nc&#13;&lt;d&gt;&amp;e\u{FFFD}"
        );
        assert_eq!(
            xml_attr(hostile),
            "a &quot;q&quot; \\ b&#10;c&#13;&lt;d&gt;&amp;e\u{FFFD}"
        );
    }
}
