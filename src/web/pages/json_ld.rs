//! The schema.org `Dataset` block each dataset page embeds (JSON-LD), for Google Dataset Search
//! and other harvesters: name, description, identifier, keywords, creator, dates, coverage, licence,
//! the downloads, the catalog it belongs to, and the columns as `variableMeasured`.

use maud::{html, Markup, PreEscaped};
use serde_json::{json, Map, Value};

use crate::storage::models::DatasetDetail;

fn organization(a: &crate::storage::models::Agency) -> Value {
    json!({
        "@type": "GovernmentOrganization",
        "name": a.name_vi,
        "alternateName": a.name_en,
        "identifier": a.code,
    })
}

/// Creative Commons licences by their SPDX names, as the URLs Google asks for.
const LICENCE_URLS: &[(&str, &str)] = &[
    ("CC-BY-4.0", "https://creativecommons.org/licenses/by/4.0/"),
    (
        "CC-BY-SA-4.0",
        "https://creativecommons.org/licenses/by-sa/4.0/",
    ),
    (
        "CC0-1.0",
        "https://creativecommons.org/publicdomain/zero/1.0/",
    ),
];

/// A licence as a URL when it is a known one (or already an address), else a named `CreativeWork`.
fn licence(text: &str) -> Value {
    if let Some((_, url)) = LICENCE_URLS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(text))
    {
        return json!(url);
    }
    if text.starts_with("https://") || text.starts_with("http://") {
        return json!(text);
    }
    json!({"@type": "CreativeWork", "name": text})
}

/// The block's JSON, for `base` (the site's address, as the visitor reached it).
pub fn dataset(detail: &DatasetDetail, base: &str) -> Value {
    let d = &detail.dataset;
    let url = format!("{base}/datasets/{}", d.identifier);
    // Google asks for 50 to 5,000 characters of description.
    let mut description = if d.description.chars().count() >= 50 {
        d.description.chars().take(5000).collect::<String>()
    } else {
        format!(
            "{}. {} — {}",
            d.title,
            if d.description.is_empty() {
                "Bộ dữ liệu trong Danh mục dữ liệu quốc gia"
            } else {
                &d.description
            },
            detail.owner.name_vi
        )
    };
    if description.chars().count() < 50 {
        description.push_str(" (Danh mục dữ liệu quốc gia của các cơ quan nhà nước Việt Nam)");
    }
    let mut o = Map::new();
    o.insert("@context".into(), json!("https://schema.org/"));
    o.insert("@type".into(), json!("Dataset"));
    o.insert("@id".into(), json!(url));
    o.insert("url".into(), json!(url));
    o.insert("name".into(), json!(d.title));
    o.insert("description".into(), json!(description));
    o.insert("identifier".into(), json!(d.identifier));
    o.insert("inLanguage".into(), json!("vi"));
    o.insert("isAccessibleForFree".into(), json!(true));
    o.insert(
        "includedInDataCatalog".into(),
        json!({
            "@type": "DataCatalog",
            "name": "Danh mục dữ liệu quốc gia",
            "alternateName": "National Data Catalog of Viet Nam",
            "url": format!("{base}/"),
        }),
    );
    let keywords: Vec<&str> = d.keywords().collect();
    if !keywords.is_empty() {
        o.insert("keywords".into(), json!(keywords));
    }
    o.insert("creator".into(), organization(&detail.owner));
    o.insert("publisher".into(), organization(&detail.owner));
    if let Some(c) = &detail.custodian {
        o.insert("maintainer".into(), organization(c));
    }
    if let Some(issued) = d.issued {
        o.insert("datePublished".into(), json!(issued.to_string()));
    }
    if let Some(modified) = d.modified {
        o.insert("dateModified".into(), json!(modified.to_string()));
    }
    if d.temporal_start.is_some() || d.temporal_end.is_some() {
        let side =
            |v: Option<chrono::NaiveDate>| v.map(|x| x.to_string()).unwrap_or_else(|| "..".into());
        o.insert(
            "temporalCoverage".into(),
            json!(format!(
                "{}/{}",
                side(d.temporal_start),
                side(d.temporal_end)
            )),
        );
    }
    let places: Vec<&str> = d.spatial().collect();
    if !places.is_empty() {
        o.insert(
            "spatialCoverage".into(),
            json!(places
                .iter()
                .map(|p| json!({"@type": "Place", "name": p}))
                .collect::<Vec<_>>()),
        );
    }
    if !d.licence.trim().is_empty() {
        o.insert("license".into(), licence(d.licence.trim()));
    }
    if !d.contact_email.is_empty() || !d.contact_name.is_empty() {
        o.insert(
            "contactPoint".into(),
            json!({"@type": "ContactPoint", "name": d.contact_name, "email": d.contact_email, "telephone": d.contact_phone}),
        );
    }
    let downloads: Vec<Value> = detail
        .distributions
        .iter()
        .filter(|x| x.url.starts_with("https://") || x.url.starts_with("http://"))
        .map(|x| {
            let mut dl = json!({"@type": "DataDownload", "contentUrl": x.url, "name": x.title});
            if !x.format.is_empty() {
                dl["encodingFormat"] = json!(if x.media_type.is_empty() {
                    &x.format
                } else {
                    &x.media_type
                });
            }
            if let Some(n) = x.byte_size {
                dl["contentSize"] = json!(format!("{n} B"));
            }
            dl
        })
        .collect();
    if !downloads.is_empty() {
        o.insert("distribution".into(), json!(downloads));
    }
    let columns: Vec<Value> = detail
        .fields
        .iter()
        .map(|f| {
            json!({
                "@type": "PropertyValue",
                "name": f.name,
                "alternateName": f.title,
                "description": f.description,
                "unitText": f.unit,
            })
        })
        .collect();
    if !columns.is_empty() {
        o.insert("variableMeasured".into(), json!(columns));
    }
    Value::Object(o)
}

/// The `<script type="application/ld+json">` element. The JSON goes in unescaped by maud (a script
/// element's text is not HTML), so every `<`, `>` and `&` in it is written as a JSON `\u` escape:
/// no value can close the element or open another.
pub fn script(detail: &DatasetDetail, base: &str) -> Markup {
    let text = serde_json::to_string(&dataset(detail, base))
        .unwrap_or_else(|_| "{}".into())
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026");
    html! { script type="application/ld+json" { (PreEscaped(text)) } }
}
