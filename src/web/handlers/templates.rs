//! `/inventory/templates/{kind}.csv`: a template for each kind of inventory file — the header row in
//! canonical column order and two example rows taken from the seed catalog, UTF-8 with a BOM so that
//! Excel opens the Vietnamese text correctly.

use actix_web::{HttpRequest, HttpResponse};

use crate::web::{lang_of, WebError};

const SEED: [(&str, &str); 4] = [
    ("agencies", include_str!("../../../seed-data/agencies.csv")),
    ("datasets", include_str!("../../../seed-data/datasets.csv")),
    ("fields", include_str!("../../../seed-data/fields.csv")),
    (
        "distributions",
        include_str!("../../../seed-data/distributions.csv"),
    ),
];

/// The header and the first `examples` records of a seed file, as CSV.
fn template(seed: &str, examples: usize) -> Option<Vec<u8>> {
    let mut reader = csv::Reader::from_reader(seed.as_bytes());
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut writer = csv::Writer::from_writer(&mut out);
        writer.write_record(reader.headers().ok()?).ok()?;
        for record in reader.records().take(examples) {
            writer.write_record(&record.ok()?).ok()?;
        }
        writer.flush().ok()?;
    }
    Some(out)
}

pub async fn download(req: HttpRequest) -> Result<HttpResponse, WebError> {
    let lang = lang_of(&req);
    let file = req.match_info().get("file").unwrap_or("");
    let kind = file.strip_suffix(".csv").unwrap_or("");
    let seed = SEED
        .iter()
        .find(|(k, _)| *k == kind)
        .ok_or_else(|| WebError::not_found(lang))?;
    let body = template(seed.1, 2).ok_or_else(|| WebError::not_found(lang))?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            "Content-Disposition",
            format!("attachment; filename=\"ndc-{kind}-template.csv\""),
        ))
        .body(body))
}
