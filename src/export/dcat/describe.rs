//! Catalog records as DCAT-AP 3 nodes: the catalog, a dataset with its distributions, contact
//! point, period, places and column schema (CSVW), the agencies as `foaf:Agent` publishers, and the
//! Hydra paging of the catalog. Builds nodes only; writing them is [`super::syntax`]'s job.

use std::collections::HashMap;

use crate::domain::{AgencyKind, FieldType, Theme};
use crate::storage::models::{Agency, Dataset, Distribution, SchemaField};

use super::graph::{iri_safe, is_web_url, segment, Name, Node, Term};
use super::vocab;

/// What one dataset's description is built from.
pub struct Entry<'a> {
    pub dataset: &'a Dataset,
    pub themes: Vec<Theme>,
    pub fields: &'a [SchemaField],
    pub distributions: &'a [Distribution],
}

/// The site's address and the agencies, for IRIs and publisher types.
pub struct Site<'a> {
    pub base: &'a str,
    pub agencies: &'a HashMap<i32, Agency>,
}

pub fn catalog_iri(base: &str) -> String {
    format!("{base}/catalog")
}

/// The page of a dataset (its `dcat:landingPage`).
pub fn page_iri(base: &str, identifier: &str) -> String {
    format!("{base}/datasets/{}", segment(identifier))
}

/// The dataset itself, as distinct from the page that describes it.
pub fn dataset_iri(base: &str, identifier: &str) -> String {
    format!("{}#dataset", page_iri(base, identifier))
}

pub fn agency_iri(base: &str, code: &str) -> String {
    format!("{base}/agencies/{}", segment(code))
}

fn operator_iri(base: &str) -> String {
    format!("{base}/#operator")
}

const CUSTODIAN_ROLE: &str =
    "http://inspire.ec.europa.eu/metadata-codelist/ResponsibilityRole/custodian";

impl Site<'_> {
    /// The kind of the agency at the top of `id`'s branch (a ministry, a province…).
    fn root_kind(&self, id: i32) -> Option<AgencyKind> {
        let mut current = self.agencies.get(&id)?;
        for _ in 0..64 {
            match current.parent_id.and_then(|p| self.agencies.get(&p)) {
                Some(parent) => current = parent,
                None => break,
            }
        }
        current.kind()
    }

    /// An agency as a `foaf:Agent` with its names, code and ADMS publisher type.
    pub fn agency(&self, a: &Agency) -> Node {
        let mut n = Node::new(
            Term::iri(agency_iri(self.base, &a.code)),
            &[Name("foaf", "Agent"), Name("foaf", "Organization")],
        );
        n.add(Name("foaf", "name"), Term::vi(&a.name_vi))
            .add_text(Name("foaf", "name"), &a.name_en, Term::en)
            .add(Name("dct", "identifier"), Term::text(&a.code))
            .add(
                Name("dct", "type"),
                Term::iri(vocab::publisher_type_iri(self.root_kind(a.id))),
            );
        n
    }

    /// The catalog itself, its operator and home page, the terms it uses and (for custodians) the
    /// role: what every catalog document starts with.
    pub fn catalog(&self) -> Vec<Node> {
        let base = self.base;
        let mut c = Node::new(Term::iri(catalog_iri(base)), &[Name("dcat", "Catalog")]);
        c.add(Name("dct", "title"), Term::vi("Danh mục dữ liệu quốc gia"))
            .add(Name("dct", "title"), Term::en("National Data Catalog of Viet Nam"))
            .add(
                Name("dct", "description"),
                Term::vi("Danh mục các cơ sở dữ liệu, bộ dữ liệu của các cơ quan nhà nước Việt Nam: chủ sở hữu, chủ quản, cấu trúc, phạm vi chia sẻ (Luật Dữ liệu 60/2024/QH15)."),
            )
            .add(
                Name("dct", "description"),
                Term::en("The datasets held by Vietnamese state agencies: owners, custodians, columns and sharing terms (Data Law 60/2024/QH15)."),
            )
            .add(Name("dct", "publisher"), Term::iri(operator_iri(base)))
            .add(Name("foaf", "homepage"), Term::iri(format!("{base}/")))
            .add(Name("dct", "language"), Term::iri(vocab::LANGUAGE_VIE))
            .add(Name("dct", "spatial"), Term::iri(vocab::COUNTRY_VNM))
            .add(
                Name("dcat", "themeTaxonomy"),
                Term::iri("http://publications.europa.eu/resource/authority/data-theme"),
            )
            .add(Name("dcat", "themeTaxonomy"), Term::iri(vocab::ndc_themes(base)));
        let mut operator = Node::new(Term::iri(operator_iri(base)), &[Name("foaf", "Agent")]);
        operator
            .add(
                Name("foaf", "name"),
                Term::vi("Đơn vị vận hành Danh mục dữ liệu quốc gia"),
            )
            .add(
                Name("foaf", "name"),
                Term::en("Operator of the National Data Catalog"),
            )
            .add(
                Name("dct", "type"),
                Term::iri(vocab::publisher_type_iri(Some(AgencyKind::Ministry))),
            );
        let home = Node::new(Term::iri(format!("{base}/")), &[Name("foaf", "Document")]);
        let mut role = Node::new(
            Term::iri(CUSTODIAN_ROLE),
            &[Name("dcat", "Role"), Name("skos", "Concept")],
        );
        role.add(Name("skos", "prefLabel"), Term::en("custodian"))
            .add(Name("skos", "prefLabel"), Term::vi("chủ quản"));
        let mut nodes = vec![c, operator, home, role];
        nodes.extend(vocab::terms(base));
        nodes
    }

    /// The dataset and the nodes it refers to (distributions, page, period, places, contact
    /// point, licence, schema and columns), in that order; `dcat:dataset` links are the caller's.
    pub fn dataset(&self, e: &Entry) -> Vec<Node> {
        let d = e.dataset;
        let base = self.base;
        let page = page_iri(base, &d.identifier);
        let blank = |what: &str| Term::Blank(format!("d{}{what}", d.id));
        let mut out = Vec::new();
        let mut n = Node::new(
            Term::iri(dataset_iri(base, &d.identifier)),
            &[Name("dcat", "Dataset")],
        );
        n.add(Name("dct", "identifier"), Term::text(&d.identifier))
            .add(Name("dct", "title"), Term::vi(&d.title));
        let description = if d.description.trim().is_empty() {
            &d.title
        } else {
            &d.description
        };
        n.add(Name("dct", "description"), Term::vi(description));
        for k in d.keywords() {
            n.add(Name("dcat", "keyword"), Term::vi(k));
        }
        let mut eu_themes: Vec<String> = e.themes.iter().map(|t| vocab::theme_iri(*t)).collect();
        eu_themes.dedup();
        eu_themes.sort();
        eu_themes.dedup();
        for t in eu_themes {
            n.add(Name("dcat", "theme"), Term::Iri(t));
        }
        for t in &e.themes {
            n.add(
                Name("dcat", "theme"),
                Term::iri(vocab::ndc_theme_iri(base, *t)),
            );
        }
        let owner = self.agencies.get(&d.owner_id);
        if let Some(owner) = owner {
            n.add(
                Name("dct", "publisher"),
                Term::iri(agency_iri(base, &owner.code)),
            );
        }
        if let Some(custodian) = d.custodian_id.and_then(|id| self.agencies.get(&id)) {
            n.add(Name("prov", "qualifiedAttribution"), blank("custodian"));
            let mut a = Node::new(blank("custodian"), &[Name("prov", "Attribution")]);
            a.add(
                Name("prov", "agent"),
                Term::iri(agency_iri(base, &custodian.code)),
            )
            .add(Name("dcat", "hadRole"), Term::iri(CUSTODIAN_ROLE));
            out.push(a);
        }
        if let Some(scope) = d.sharing_scope() {
            n.add(
                Name("dct", "accessRights"),
                Term::iri(vocab::access_right_iri(scope)),
            );
        }
        if let Some(f) = d.update_frequency() {
            n.add(
                Name("dct", "accrualPeriodicity"),
                Term::iri(vocab::frequency_iri(f)),
            );
        }
        n.add(Name("dct", "language"), Term::iri(vocab::LANGUAGE_VIE))
            .add(Name("dcat", "landingPage"), Term::iri(&page));
        out.push(Node::new(Term::iri(&page), &[Name("foaf", "Document")]));
        if let Some(date) = d.issued {
            n.add(Name("dct", "issued"), Term::date(date));
        }
        if let Some(date) = d.modified {
            n.add(Name("dct", "modified"), Term::date(date));
        }
        if d.temporal_start.is_some() || d.temporal_end.is_some() {
            n.add(Name("dct", "temporal"), blank("period"));
            let mut p = Node::new(blank("period"), &[Name("dct", "PeriodOfTime")]);
            if let Some(s) = d.temporal_start {
                p.add(Name("dcat", "startDate"), Term::date(s));
            }
            if let Some(s) = d.temporal_end {
                p.add(Name("dcat", "endDate"), Term::date(s));
            }
            out.push(p);
        }
        for (i, place) in d.spatial().enumerate() {
            if crate::text::fold(place) == "toan quoc" {
                n.add(Name("dct", "spatial"), Term::iri(vocab::COUNTRY_VNM));
                continue;
            }
            let label = blank(&format!("place{i}"));
            n.add(Name("dct", "spatial"), label.clone());
            let mut l = Node::new(label, &[Name("dct", "Location")]);
            l.add(Name("skos", "prefLabel"), Term::vi(place))
                .add(Name("locn", "geographicName"), Term::vi(place));
            out.push(l);
        }
        if let Some(contact) = self.contact(d, owner) {
            n.add(Name("dcat", "contactPoint"), contact.subject.clone());
            out.push(contact);
        }
        let licence = self.licence(d, &mut out);
        if !e.fields.is_empty() {
            let schema = Term::iri(format!("{page}#schema"));
            n.add(Name("dct", "conformsTo"), schema.clone());
            out.extend(schema_nodes(d, schema, e.fields));
        }
        for r in e.distributions {
            let iri = Term::iri(format!("{page}#distribution-{}", r.ordinal));
            n.add(Name("dcat", "distribution"), iri.clone());
            out.extend(distribution(r, iri, &page, licence.as_ref()));
        }
        out.insert(0, n);
        out
    }

    fn contact(&self, d: &Dataset, owner: Option<&Agency>) -> Option<Node> {
        let email = d.contact_email.trim();
        let phone: String = d
            .contact_phone
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == '+')
            .collect();
        let name = if d.contact_name.trim().is_empty() {
            owner.map(|o| o.name_vi.as_str()).unwrap_or("")
        } else {
            d.contact_name.trim()
        };
        if email.is_empty() && phone.is_empty() && name.is_empty() {
            return None;
        }
        let mut c = Node::new(
            Term::Blank(format!("d{}contact", d.id)),
            &[Name("vcard", "Kind"), Name("vcard", "Organization")],
        );
        c.add_text(Name("vcard", "fn"), name, Term::vi);
        if !email.is_empty() {
            c.add(
                Name("vcard", "hasEmail"),
                Term::iri(format!("mailto:{}", iri_safe(email))),
            );
        }
        if !phone.is_empty() {
            c.add(
                Name("vcard", "hasTelephone"),
                Term::iri(format!("tel:{phone}")),
            );
        }
        Some(c)
    }

    /// The dataset's licence as a term its distributions carry: the EU licence IRI when the text
    /// names one, else `{page}#licence`, a `dct:LicenseDocument` labelled with the text (pushed
    /// onto `out`).
    fn licence(&self, d: &Dataset, out: &mut Vec<Node>) -> Option<Term> {
        let text = d.licence.trim();
        if text.is_empty() {
            return None;
        }
        if let Some(iri) = vocab::licence_iri(text) {
            return Some(Term::Iri(iri));
        }
        // An IRI rather than a blank node: documents that describe the same dataset (a catalog
        // page and the dataset's own) then merge into one licence, not two.
        let label = Term::iri(format!("{}#licence", page_iri(self.base, &d.identifier)));
        let mut l = Node::new(label.clone(), &[Name("dct", "LicenseDocument")]);
        l.add(Name("rdfs", "label"), Term::vi(text));
        out.push(l);
        Some(label)
    }
}

fn distribution(r: &Distribution, iri: Term, page: &str, licence: Option<&Term>) -> Vec<Node> {
    let mut out = Vec::new();
    let mut n = Node::new(iri, &[Name("dcat", "Distribution")]);
    n.add_text(Name("dct", "title"), &r.title, Term::vi);
    if let Some(channel) = crate::domain::Channel::from_code(&r.channel) {
        n.add(Name("dct", "description"), Term::vi(channel.label_vi()))
            .add(Name("dct", "description"), Term::en(channel.label_en()));
    }
    let url = is_web_url(&r.url).then(|| iri_safe(r.url.trim()));
    // Mandatory: where the data is reached; without an address of its own, the dataset's page.
    n.add(
        Name("dcat", "accessURL"),
        Term::iri(url.clone().unwrap_or_else(|| page.to_string())),
    );
    if let (Some(url), "download") = (&url, r.channel.as_str()) {
        n.add(Name("dcat", "downloadURL"), Term::iri(url));
    }
    if let Some(code) = vocab::file_type(&r.format, &r.media_type) {
        n.add(Name("dct", "format"), Term::iri(vocab::file_type_iri(code)));
    }
    if let Some(media) = vocab::media_type_iri(&r.media_type) {
        n.add(Name("dcat", "mediaType"), Term::iri(&media));
        out.push(Node::new(Term::iri(media), &[Name("dct", "MediaType")]));
    }
    if let Some(size) = r.byte_size.filter(|s| *s >= 0) {
        n.add(
            Name("dcat", "byteSize"),
            Term::typed(size.to_string(), Name("xsd", "nonNegativeInteger")),
        );
    }
    if let Some(l) = licence {
        n.add(Name("dct", "license"), l.clone());
    }
    out.insert(0, n);
    out
}

/// The XML Schema datatype of a column type.
fn datatype(t: Option<FieldType>) -> &'static str {
    match t {
        Some(FieldType::Integer) => "integer",
        Some(FieldType::Decimal) => "decimal",
        Some(FieldType::Boolean) => "boolean",
        Some(FieldType::Date) => "date",
        Some(FieldType::DateTime) => "dateTime",
        _ => "string",
    }
}

/// The columns as a CSVW table schema that the dataset `dct:conformsTo` (see docs/dcat-ap.md).
fn schema_nodes(d: &Dataset, schema: Term, fields: &[SchemaField]) -> Vec<Node> {
    let mut s = Node::new(schema, &[Name("dct", "Standard"), Name("csvw", "Schema")]);
    s.add(
        Name("dct", "title"),
        Term::vi(format!("Cấu trúc dữ liệu: {}", d.title)),
    );
    let mut out = Vec::with_capacity(fields.len() + 1);
    for f in fields {
        let column = Term::Blank(format!("d{}col{}", d.id, f.ordinal));
        s.add(Name("csvw", "column"), column.clone());
        let mut c = Node::new(column, &[Name("csvw", "Column")]);
        c.add(Name("csvw", "name"), Term::text(&f.name))
            .add_text(Name("csvw", "titles"), &f.title, Term::vi)
            .add(
                Name("csvw", "datatype"),
                Term::iri(format!(
                    "http://www.w3.org/2001/XMLSchema#{}",
                    datatype(f.field_type())
                )),
            )
            .add(
                Name("csvw", "required"),
                Term::typed(f.required.to_string(), Name("xsd", "boolean")),
            )
            .add_text(Name("dct", "description"), &f.description, Term::vi)
            .add_text(Name("rdfs", "comment"), &f.unit, Term::vi);
        if let Some(p) = f
            .personal_data()
            .filter(|p| *p != crate::domain::PersonalData::None)
        {
            c.add(Name("dct", "subject"), Term::vi(p.label_vi()));
        }
        out.push(c);
    }
    let keys: Vec<&str> = fields
        .iter()
        .filter(|f| f.is_key)
        .map(|f| f.name.as_str())
        .collect();
    for k in keys {
        s.add(Name("csvw", "primaryKey"), Term::text(k));
    }
    out.insert(0, s);
    out
}

/// The Hydra view of one page of the catalog: `{base}/catalog.{ext}?page=N`.
pub fn hydra_page(base: &str, ext: &str, page: u64, last: u64, total: i64, size: i64) -> Node {
    let at = |n: u64| Term::iri(format!("{base}/catalog.{ext}?page={n}"));
    let mut v = Node::new(
        at(page),
        &[
            Name("hydra", "PartialCollectionView"),
            Name("hydra", "PagedCollection"),
        ],
    );
    let integer = |n: i64| Term::typed(n.to_string(), Name("xsd", "integer"));
    v.add(Name("hydra", "first"), at(1))
        .add(Name("hydra", "firstPage"), at(1))
        .add(Name("hydra", "last"), at(last))
        .add(Name("hydra", "lastPage"), at(last));
    if page > 1 {
        v.add(Name("hydra", "previous"), at(page - 1))
            .add(Name("hydra", "previousPage"), at(page - 1));
    }
    if page < last {
        v.add(Name("hydra", "next"), at(page + 1))
            .add(Name("hydra", "nextPage"), at(page + 1));
    }
    v.add(Name("hydra", "totalItems"), integer(total))
        .add(Name("hydra", "itemsPerPage"), integer(size));
    v
}
