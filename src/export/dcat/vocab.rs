//! ndc's codes mapped to the EU Publications Office authority tables DCAT-AP asks for (data theme,
//! access right, frequency, file type, language, licence) and to the ADMS publisher types, and the
//! description of every such term the export refers to (type, label, scheme), written once per
//! document so that SHACL class checks pass without loading the vocabularies.

use crate::domain::{AgencyKind, SharingScope, Theme, UpdateFrequency};

use super::graph::{Name, Node, Term};

const AUTHORITY: &str = "http://publications.europa.eu/resource/authority/";
const PUBLISHER_TYPES: &str = "http://purl.org/adms/publishertype/";

fn authority(table: &str, code: &str) -> String {
    format!("{AUTHORITY}{table}/{code}")
}

/// The EU data theme of an ndc theme (each ndc theme has exactly one).
pub fn eu_theme(theme: Theme) -> &'static str {
    use Theme::*;
    match theme {
        Population | Social | Labour => "SOCI",
        Economy | Finance | Enterprise | Trade => "ECON",
        Health => "HEAL",
        Education | Culture => "EDUC",
        Environment => "ENVI",
        Agriculture => "AGRI",
        Land | Construction => "REGI",
        Transport => "TRAN",
        Justice | PublicSecurity => "JUST",
        Science => "TECH",
        Government => "GOVE",
        Energy => "ENER",
    }
}

/// EU data themes: code, English label.
const EU_THEMES: &[(&str, &str)] = &[
    ("AGRI", "Agriculture, fisheries, forestry and food"),
    ("ECON", "Economy and finance"),
    ("EDUC", "Education, culture and sport"),
    ("ENER", "Energy"),
    ("ENVI", "Environment"),
    ("GOVE", "Government and public sector"),
    ("HEAL", "Health"),
    ("JUST", "Justice, legal system and public safety"),
    ("REGI", "Regions and cities"),
    ("SOCI", "Population and society"),
    ("TECH", "Science and technology"),
    ("TRAN", "Transport"),
];

pub fn theme_iri(theme: Theme) -> String {
    authority("data-theme", eu_theme(theme))
}

/// Data Law Art. 13 scope → EU access right: open → PUBLIC, shared → RESTRICTED, internal →
/// NON_PUBLIC.
pub fn access_right(scope: SharingScope) -> &'static str {
    match scope {
        SharingScope::Open => "PUBLIC",
        SharingScope::Shared => "RESTRICTED",
        SharingScope::Internal => "NON_PUBLIC",
    }
}

pub fn access_right_iri(scope: SharingScope) -> String {
    authority("access-right", access_right(scope))
}

pub fn frequency(f: UpdateFrequency) -> &'static str {
    use UpdateFrequency::*;
    match f {
        Continuous => "UPDATE_CONT",
        Daily => "DAILY",
        Weekly => "WEEKLY",
        Monthly => "MONTHLY",
        Quarterly => "QUARTERLY",
        Semiannual => "ANNUAL_2",
        Annual => "ANNUAL",
        Irregular => "IRREG",
        Never => "NEVER",
    }
}

pub fn frequency_iri(f: UpdateFrequency) -> String {
    authority("frequency", frequency(f))
}

/// EU file types: code, the formats and media types of ndc distributions that mean it.
const FILE_TYPES: &[(&str, &[&str])] = &[
    ("CSV", &["CSV", "text/csv"]),
    ("TSV", &["TSV", "text/tab-separated-values"]),
    (
        "XLSX",
        &[
            "XLSX",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ],
    ),
    ("XLS", &["XLS", "application/vnd.ms-excel"]),
    (
        "ODS",
        &["ODS", "application/vnd.oasis.opendocument.spreadsheet"],
    ),
    ("JSON", &["JSON", "application/json"]),
    ("GEOJSON", &["GEOJSON", "application/geo+json"]),
    ("XML", &["XML", "application/xml", "text/xml"]),
    ("PDF", &["PDF", "application/pdf"]),
    ("SHP", &["SHP"]),
    ("ZIP", &["ZIP", "application/zip"]),
    ("KML", &["KML", "application/vnd.google-earth.kml+xml"]),
    ("GML", &["GML", "application/gml+xml"]),
    ("HTML", &["HTML", "text/html"]),
    ("TXT", &["TXT", "text/plain"]),
    (
        "DOCX",
        &[
            "DOCX",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ],
    ),
    ("RDF_TURTLE", &["TTL", "TURTLE", "text/turtle"]),
    ("RDF_XML", &["RDF", "application/rdf+xml"]),
    ("JSON_LD", &["JSONLD", "JSON-LD", "application/ld+json"]),
];

/// The EU file type of a distribution: by its format, else (an "API" answering JSON…) by its media
/// type; `None` when neither is known.
pub fn file_type(format: &str, media_type: &str) -> Option<&'static str> {
    let format = format.trim().to_ascii_uppercase();
    let media = media_type.trim().to_ascii_lowercase();
    let find = |wanted: &str| {
        FILE_TYPES
            .iter()
            .find(|(_, names)| !wanted.is_empty() && names.contains(&wanted))
            .map(|(code, _)| *code)
    };
    find(&format).or_else(|| find(&media))
}

pub fn file_type_iri(code: &str) -> String {
    authority("file-type", code)
}

/// The IANA IRI of a media type, when it is a well-formed `type/subtype`.
pub fn media_type_iri(media_type: &str) -> Option<String> {
    let m = media_type.trim().to_ascii_lowercase();
    let (kind, sub) = m.split_once('/')?;
    let token = |s: &str| {
        !s.is_empty()
            && s.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"!#$&^_.+-".contains(&b))
    };
    (token(kind) && token(sub))
        .then(|| format!("https://www.iana.org/assignments/media-types/{kind}/{sub}"))
}

/// Licences named in the catalog that the EU licence table has: ndc's text, EU code, label.
const LICENCES: &[(&str, &str, &str)] = &[
    (
        "CC-BY-4.0",
        "CC_BY_4_0",
        "Creative Commons Attribution 4.0 International",
    ),
    (
        "CC-BY-SA-4.0",
        "CC_BYSA_4_0",
        "Creative Commons Attribution-ShareAlike 4.0 International",
    ),
    ("CC0-1.0", "CC0", "Creative Commons CC0 1.0 Universal"),
    (
        "ODC-BY-1.0",
        "ODC_BY",
        "Open Data Commons Attribution License",
    ),
    (
        "ODBL-1.0",
        "ODC_ODBL",
        "Open Data Commons Open Database License",
    ),
];

/// The EU licence IRI of a licence text, when it names one.
pub fn licence_iri(text: &str) -> Option<String> {
    let wanted = text.trim().to_ascii_uppercase().replace([' ', '_'], "-");
    LICENCES
        .iter()
        .find(|(name, _, _)| *name == wanted)
        .map(|(_, code, _)| authority("licence", code))
}

/// The ADMS publisher type of an agency, from the kind of the top of its branch.
pub fn publisher_type_iri(root_kind: Option<AgencyKind>) -> String {
    let code = match root_kind {
        Some(AgencyKind::City | AgencyKind::Province) => "RegionalAuthority",
        _ => "NationalAuthority",
    };
    format!("{PUBLISHER_TYPES}{code}")
}

pub const LANGUAGE_VIE: &str = "http://publications.europa.eu/resource/authority/language/VIE";
pub const COUNTRY_VNM: &str = "http://publications.europa.eu/resource/authority/country/VNM";

/// The themes scheme of ndc itself and the IRI of one of its themes.
pub fn ndc_themes(base: &str) -> String {
    format!("{base}/themes")
}

pub fn ndc_theme_iri(base: &str, theme: Theme) -> String {
    format!("{base}/datasets?theme={}", theme.code())
}

fn scheme(iri: &str, title: &str) -> Node {
    let mut n = Node::new(Term::iri(iri), &[Name("skos", "ConceptScheme")]);
    n.add(Name("dct", "title"), Term::en(title));
    n
}

fn concept(iri: String, classes: &[Name], scheme: &str, labels: &[Term]) -> Node {
    let mut all = vec![Name("skos", "Concept")];
    all.extend_from_slice(classes);
    let mut n = Node::new(Term::Iri(iri), &all);
    for l in labels {
        n.add(Name("skos", "prefLabel"), l.clone());
    }
    n.add(Name("skos", "inScheme"), Term::iri(scheme));
    n
}

/// Every vocabulary term the export can refer to, described once: EU data themes, access rights,
/// frequencies, file types, licences, the language, the country, publisher types, and ndc's own
/// themes (with their Vietnamese and English labels).
pub fn terms(base: &str) -> Vec<Node> {
    let mut nodes = Vec::new();
    let themes_scheme = format!("{AUTHORITY}data-theme");
    nodes.push(scheme(&themes_scheme, "Data theme"));
    for (code, label) in EU_THEMES {
        nodes.push(concept(
            authority("data-theme", code),
            &[],
            &themes_scheme,
            &[Term::en(*label)],
        ));
    }
    let own = ndc_themes(base);
    let mut own_scheme = Node::new(Term::iri(&own), &[Name("skos", "ConceptScheme")]);
    own_scheme
        .add(Name("dct", "title"), Term::vi("Lĩnh vực dữ liệu"))
        .add(
            Name("dct", "title"),
            Term::en("Data themes of the national data catalog"),
        );
    nodes.push(own_scheme);
    for t in Theme::ALL {
        let mut n = concept(
            ndc_theme_iri(base, *t),
            &[],
            &own,
            &[Term::vi(t.label_vi()), Term::en(t.label_en())],
        );
        n.add(Name("skos", "exactMatch"), Term::iri(theme_iri(*t)));
        nodes.push(n);
    }
    let rights = format!("{AUTHORITY}access-right");
    nodes.push(scheme(&rights, "Access right"));
    for (code, label) in [
        ("PUBLIC", "public"),
        ("RESTRICTED", "restricted"),
        ("NON_PUBLIC", "non-public"),
    ] {
        nodes.push(concept(
            authority("access-right", code),
            &[Name("dct", "RightsStatement")],
            &rights,
            &[Term::en(label)],
        ));
    }
    let frequencies = format!("{AUTHORITY}frequency");
    nodes.push(scheme(&frequencies, "Frequency"));
    for f in UpdateFrequency::ALL {
        nodes.push(concept(
            frequency_iri(*f),
            &[Name("dct", "Frequency")],
            &frequencies,
            &[
                Term::en(f.label_en().to_lowercase()),
                Term::vi(f.label_vi()),
            ],
        ));
    }
    let file_types = format!("{AUTHORITY}file-type");
    nodes.push(scheme(&file_types, "File type"));
    for (code, _) in FILE_TYPES {
        nodes.push(concept(
            file_type_iri(code),
            &[Name("dct", "MediaTypeOrExtent")],
            &file_types,
            &[Term::text(*code)],
        ));
    }
    let licences = format!("{AUTHORITY}licence");
    nodes.push(scheme(&licences, "Licence"));
    for (_, code, label) in LICENCES {
        nodes.push(concept(
            authority("licence", code),
            &[Name("dct", "LicenseDocument")],
            &licences,
            &[Term::en(*label)],
        ));
    }
    let languages = format!("{AUTHORITY}language");
    nodes.push(scheme(&languages, "Language"));
    nodes.push(concept(
        LANGUAGE_VIE.to_string(),
        &[Name("dct", "LinguisticSystem")],
        &languages,
        &[Term::en("Vietnamese"), Term::vi("Tiếng Việt")],
    ));
    let countries = format!("{AUTHORITY}country");
    nodes.push(scheme(&countries, "Country"));
    nodes.push(concept(
        COUNTRY_VNM.to_string(),
        &[Name("dct", "Location")],
        &countries,
        &[Term::en("Viet Nam"), Term::vi("Việt Nam")],
    ));
    let publisher_types = format!("{PUBLISHER_TYPES}1.0");
    nodes.push(scheme(&publisher_types, "Publisher type"));
    for (code, label) in [
        ("NationalAuthority", "National authority"),
        ("RegionalAuthority", "Regional authority"),
    ] {
        nodes.push(concept(
            format!("{PUBLISHER_TYPES}{code}"),
            &[],
            &publisher_types,
            &[Term::en(label)],
        ));
    }
    nodes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_theme_maps_to_a_described_eu_theme() {
        for t in Theme::ALL {
            assert!(EU_THEMES.iter().any(|(code, _)| *code == eu_theme(*t)));
        }
        assert_eq!(file_type("API", "application/json"), Some("JSON"));
        assert_eq!(file_type("xlsx", ""), Some("XLSX"));
        assert_eq!(file_type("API", ""), None);
        assert_eq!(media_type_iri("text/csv; x"), None);
        assert_eq!(
            licence_iri("cc-by-4.0").as_deref(),
            Some("http://publications.europa.eu/resource/authority/licence/CC_BY_4_0")
        );
    }
}
