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

    /// A writer of nodes that continue a document begun elsewhere (no header, nothing on
    /// finishing): a part rendered aside and handed to [`RdfWriter::raw`].
    pub fn continuation(out: W, syntax: Syntax) -> RdfWriter<W> {
        RdfWriter {
            out,
            syntax,
            first: false,
        }
    }

    /// Bytes written by a [`RdfWriter::continuation`] of the same syntax.
    pub fn raw(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.first = false;
        self.out.write_all(bytes)
    }

    /// The output, as it is (no closing of the document).
    pub fn into_inner(self) -> W {
        self.out
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
            Some((prefix, local)) => {
                out.write_all(prefix.as_bytes())?;
                out.write_all(b":")?;
                out.write_all(local.as_bytes())
            }
            None => {
                out.write_all(b"<")?;
                out.write_all(iri.as_bytes())?;
                out.write_all(b">")
            }
        },
        Term::Blank(label) => {
            out.write_all(b"_:")?;
            out.write_all(label.as_bytes())
        }
        Term::Literal(text, mark) => {
            out.write_all(b"\"")?;
            turtle_literal(out, text)?;
            out.write_all(b"\"")?;
            match mark {
                Mark::Plain => Ok(()),
                Mark::Lang(lang) => {
                    out.write_all(b"@")?;
                    out.write_all(lang.as_bytes())
                }
                Mark::Typed(Name(prefix, local)) => {
                    out.write_all(b"^^")?;
                    out.write_all(prefix.as_bytes())?;
                    out.write_all(b":")?;
                    out.write_all(local.as_bytes())
                }
            }
        }
    }
}

/// Writes `text` escaped for a Turtle string literal. Every character that needs escaping is
/// ASCII, so the text is scanned as bytes and copied in runs.
fn turtle_literal(out: &mut impl Write, text: &str) -> io::Result<()> {
    let bytes = text.as_bytes();
    let mut start = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let escape: &[u8] = match b {
            b'\\' => b"\\\\",
            b'"' => b"\\\"",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0..=0x1f | 0x7f => {
                out.write_all(&bytes[start..i])?;
                write!(out, "\\u{b:04X}")?;
                start = i + 1;
                continue;
            }
            _ => continue,
        };
        out.write_all(&bytes[start..i])?;
        out.write_all(escape)?;
        start = i + 1;
    }
    out.write_all(&bytes[start..])
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
#[cfg(test)]
pub fn turtle_escape(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len() + 8);
    turtle_literal(&mut out, text).expect("writing to memory");
    String::from_utf8(out).expect("escaping keeps UTF-8")
}

fn turtle_node(out: &mut impl Write, node: &Node) -> io::Result<()> {
    out.write_all(b"\n")?;
    turtle_term(out, &node.subject)?;
    for (i, (name, value)) in node.props.iter().enumerate() {
        out.write_all(if i == 0 { b" " } else { b" ;\n    " })?;
        if *name == RDF_TYPE {
            out.write_all(b"a ")?;
        } else {
            out.write_all(name.0.as_bytes())?;
            out.write_all(b":")?;
            out.write_all(name.1.as_bytes())?;
            out.write_all(b" ")?;
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

/// Writes `text` escaped for XML element text (`attribute`: for a double-quoted attribute value).
/// Characters XML 1.0 cannot carry at all (control characters but tab, LF and CR; U+FFFE, U+FFFF)
/// become U+FFFD; CR (and in attributes tab and LF) are written as references so that parsers do
/// not normalise them away. Every byte it looks at is ASCII or part of U+FFFE/U+FFFF, so the text is
/// scanned as bytes and copied in runs.
fn xml_escaped(out: &mut impl Write, text: &str, attribute: bool) -> io::Result<()> {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (escape, len): (&[u8], usize) = match b {
            b'&' => (b"&amp;", 1),
            b'<' => (b"&lt;", 1),
            b'>' => (b"&gt;", 1),
            b'\r' => (b"&#13;", 1),
            b'"' if attribute => (b"&quot;", 1),
            b'\n' if attribute => (b"&#10;", 1),
            b'\t' if attribute => (b"&#9;", 1),
            b'\n' | b'\t' => {
                i += 1;
                continue;
            }
            0..=0x1f => ("\u{FFFD}".as_bytes(), 1),
            0xEF if bytes.get(i + 1) == Some(&0xBF)
                && matches!(bytes.get(i + 2), Some(0xBE | 0xBF)) =>
            {
                ("\u{FFFD}".as_bytes(), 3)
            }
            _ => {
                i += 1;
                continue;
            }
        };
        out.write_all(&bytes[start..i])?;
        out.write_all(escape)?;
        i += len;
        start = i;
    }
    out.write_all(&bytes[start..])
}

fn xml_string(text: &str, attribute: bool) -> String {
    let mut out = Vec::with_capacity(text.len() + 8);
    xml_escaped(&mut out, text, attribute).expect("writing to memory");
    String::from_utf8(out).expect("escaping keeps UTF-8")
}

/// Element text: `&`, `<`, `>` escaped, CR kept as a reference (a parser would turn it into LF).
#[cfg(test)]
pub fn xml_text(text: &str) -> String {
    xml_string(text, false)
}

/// An attribute value in double quotes: also `"` and the whitespace a parser would normalise.
pub fn xml_attr(text: &str) -> String {
    xml_string(text, true)
}

fn rdfxml_node(out: &mut impl Write, node: &Node) -> io::Result<()> {
    match &node.subject {
        Term::Iri(iri) => {
            out.write_all(b"<rdf:Description rdf:about=\"")?;
            xml_escaped(out, iri, true)?;
            out.write_all(b"\">")?;
        }
        Term::Blank(label) => write!(out, "<rdf:Description rdf:nodeID=\"{label}\">")?,
        Term::Literal(..) => unreachable!("a literal is never a subject"),
    }
    for (Name(prefix, local), value) in &node.props {
        out.write_all(b"\n  <")?;
        out.write_all(prefix.as_bytes())?;
        out.write_all(b":")?;
        out.write_all(local.as_bytes())?;
        match value {
            Term::Iri(iri) => {
                out.write_all(b" rdf:resource=\"")?;
                xml_escaped(out, iri, true)?;
                out.write_all(b"\"/>")?;
            }
            Term::Blank(label) => write!(out, " rdf:nodeID=\"{label}\"/>")?,
            Term::Literal(text, mark) => {
                match mark {
                    Mark::Plain => {}
                    Mark::Lang(lang) => write!(out, " xml:lang=\"{lang}\"")?,
                    Mark::Typed(dt) => write!(out, " rdf:datatype=\"{}\"", xml_attr(&dt.iri()))?,
                }
                out.write_all(b">")?;
                xml_escaped(out, text, false)?;
                write!(out, "</{prefix}:{local}>")?;
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
            xml_text("x\u{FFFF}y\u{FFFE}z\u{FFFD}"),
            "x\u{FFFD}y\u{FFFD}z\u{FFFD}"
        );
        assert_eq!(
            xml_attr(hostile),
            "a &quot;q&quot; \\ b&#10;c&#13;&lt;d&gt;&amp;e\u{FFFD}"
        );
    }
}
