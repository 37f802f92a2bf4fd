//! Tolerant query-string reading: malformed, oversized or repeated parameters are ignored (and
//! reported back to the page), never turned into a 400 or 500.

use std::collections::HashMap;

use actix_web::HttpRequest;

use crate::text::normalize_line;

/// Longest path segment taken for an identifier or a reference, in bytes.
const MAX_PATH_SEGMENT: usize = 200;

/// The `{name}` segment of the request's path (a dataset identifier, a request reference), or
/// `None` when it is missing or longer than any identifier can be: pages and the API answer 404
/// without asking the database.
pub fn path_segment(req: &HttpRequest, name: &str) -> Option<String> {
    req.match_info()
        .get(name)
        .filter(|value| value.len() <= MAX_PATH_SEGMENT)
        .map(str::to_string)
}

/// Longest parameter value taken into account; longer ones are ignored.
const MAX_VALUE_CHARS: usize = 200;
/// The search text may be longer: search cuts it to its own limit and says so.
const MAX_QUERY_CHARS: usize = 20_000;

#[derive(Debug, Default)]
pub struct Params {
    values: HashMap<String, String>,
    /// Names of parameters that were present but unusable, to tell the visitor.
    pub ignored: Vec<String>,
}

impl Params {
    pub fn parse(query: &str) -> Params {
        let mut params = Params::default();
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            let key = normalize_line(&key);
            if key.is_empty() || key.chars().count() > 40 || params.values.contains_key(&key) {
                continue;
            }
            let value = normalize_line(&value);
            let max = if key == "q" {
                MAX_QUERY_CHARS
            } else {
                MAX_VALUE_CHARS
            };
            if value.chars().count() > max {
                params.ignored.push(key);
                continue;
            }
            if !value.is_empty() {
                params.values.insert(key, value);
            }
        }
        params
    }

    pub fn get(&self, key: &str) -> Option<&str> {
        self.values.get(key).map(String::as_str)
    }

    /// Looks up a parameter and converts it; an unusable value is ignored and noted.
    pub fn parsed<T>(&mut self, key: &str, convert: impl FnOnce(&str) -> Option<T>) -> Option<T> {
        let raw = self.values.get(key)?;
        let value = convert(raw);
        if value.is_none() {
            self.ignored.push(key.to_string());
        }
        value
    }

    /// A 1-based page number: anything that isn't a positive integer of sensible size is ignored.
    pub fn page(&mut self) -> i64 {
        self.parsed("page", |v| {
            v.parse::<i64>()
                .ok()
                .filter(|n| (1..=1_000_000).contains(n))
        })
        .unwrap_or(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_pages_are_ignored() {
        for q in [
            "page=-1",
            "page=abc",
            "page=99999999999999999999",
            "page=0",
            "page=%FF",
        ] {
            let mut p = Params::parse(q);
            assert_eq!(p.page(), 1, "{q}");
        }
        assert_eq!(Params::parse("page=3").page(), 3);
    }
}
