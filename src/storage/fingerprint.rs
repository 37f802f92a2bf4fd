//! Fingerprints of what describes a dataset: its row with its themes, its column list, its
//! distribution list. An import compares them with the stored ones (`datasets.content_hash`,
//! `dataset_list_hashes`) to leave unchanged records untouched, so re-importing an
//! inventory writes nothing, logs no change and keeps `modified`. Every write path must store the
//! fingerprints of what it wrote. FNV-1a 64 over the values with separators: stable across builds and
//! Rust versions (unlike `DefaultHasher`), and a collision only costs one missed update in 2⁶⁴.

use super::models::{NewDataset, NewDistribution, NewSchemaField};

struct Fnv(u64);

impl Fnv {
    fn new() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn bytes(&mut self, bytes: &[u8]) -> &mut Fnv {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
        // A separator that cannot occur in UTF-8, so ("ab","c") and ("a","bc") differ.
        self.0 ^= 0xff;
        self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        self
    }
    fn str(&mut self, s: &str) -> &mut Fnv {
        self.bytes(s.as_bytes())
    }
    fn int(&mut self, v: i64) -> &mut Fnv {
        self.bytes(&v.to_le_bytes())
    }
    fn opt_int(&mut self, v: Option<i64>) -> &mut Fnv {
        match v {
            Some(v) => self.int(v),
            None => self.bytes(&[0xfe]),
        }
    }
    fn date(&mut self, v: Option<chrono::NaiveDate>) -> &mut Fnv {
        use chrono::Datelike;
        self.opt_int(v.map(|d| i64::from(d.num_days_from_ce())))
    }
    /// Never 0, which marks "no fingerprint stored".
    fn finish(&self) -> i64 {
        match self.0 as i64 {
            0 => 1,
            h => h,
        }
    }
}

/// The dataset row and its themes, without `modified`: a file that leaves `modified` empty gets a
/// default that moves with the calendar, so importers compare that date on its own.
pub fn dataset(d: &NewDataset, themes: &[String]) -> i64 {
    let mut h = Fnv::new();
    h.str(&d.identifier)
        .str(&d.title)
        .str(&d.description)
        .str(&d.keywords)
        .int(i64::from(d.owner_id))
        .opt_int(d.custodian_id.map(i64::from))
        .str(&d.contact_name)
        .str(&d.contact_email)
        .str(&d.contact_phone)
        .str(&d.sharing_scope)
        .str(&d.importance)
        .str(&d.personal_data)
        .str(&d.legal_basis)
        .str(&d.channels)
        .str(&d.licence)
        .str(&d.update_frequency)
        .date(d.temporal_start)
        .date(d.temporal_end)
        .str(&d.spatial)
        .date(d.issued)
        .str(&d.status);
    // Themes are a set (stored as rows, exported in code order): order must not count.
    let mut themes: Vec<&String> = themes.iter().collect();
    themes.sort();
    for t in themes {
        h.str(t);
    }
    h.finish()
}

pub fn fields(fields: &[NewSchemaField]) -> i64 {
    let mut h = Fnv::new();
    for f in fields {
        h.str(&f.name)
            .str(&f.title)
            .str(&f.field_type)
            .str(&f.unit)
            .str(if f.required { "1" } else { "0" })
            .str(if f.is_key { "1" } else { "0" })
            .str(&f.personal_data)
            .str(&f.description)
            .str(&f.example);
    }
    h.finish()
}

pub fn distributions(list: &[NewDistribution]) -> i64 {
    let mut h = Fnv::new();
    for d in list {
        h.str(&d.title)
            .str(&d.format)
            .str(&d.media_type)
            .str(&d.url)
            .opt_int(d.byte_size)
            .str(&d.channel);
    }
    h.finish()
}
