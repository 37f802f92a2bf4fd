//! Reading a posted HTML form (`application/x-www-form-urlencoded`) without ever failing on it: the
//! pairs in order (the schema editor relies on repeated and indexed names), every value normalised
//! to NFC with control characters removed (line breaks kept). Size rules are the handlers' to
//! enforce, with a message beside the field; only a body over [`MAX_BODY`] is refused outright.

use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use futures_util::StreamExt;
use std::future::Future;
use std::pin::Pin;

use super::{lang_of, WebError};

/// Largest form body read: room for a dataset with hundreds of columns, and for a 1 MB value that
/// the form then refuses with a message instead of a bare error page.
pub const MAX_BODY: usize = 4 << 20;

#[derive(Debug, Default, Clone)]
pub struct FormData {
    pub pairs: Vec<(String, String)>,
}

/// NFC, no control characters but line breaks and tabs, `\r\n` as `\n`.
pub fn clean(value: &str) -> String {
    crate::text::normalize(&value.replace("\r\n", "\n"))
}

impl FormData {
    pub fn parse(body: &[u8]) -> FormData {
        FormData {
            pairs: form_urlencoded::parse(body)
                .map(|(k, v)| (clean(&k), clean(&v)))
                .collect(),
        }
    }

    /// The first value of `name`, trimmed.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
    }

    /// The first value of `name`, trimmed, or "".
    pub fn text(&self, name: &str) -> String {
        self.get(name).unwrap_or("").to_string()
    }

    /// Every value of `name` (checkbox groups), trimmed.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.pairs
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.trim())
            .collect()
    }

    pub fn csrf(&self) -> Option<&str> {
        self.get("csrf")
    }
}

async fn read(req: HttpRequest, mut payload: Payload) -> Result<FormData, WebError> {
    let lang = lang_of(&req);
    let mut body = Vec::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|_| WebError::bad_request(lang))?;
        if body.len() + chunk.len() > MAX_BODY {
            return Err(WebError::too_large(lang));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(FormData::parse(&body))
}

impl FromRequest for FormData {
    type Error = WebError;
    type Future = Pin<Box<dyn Future<Output = Result<FormData, WebError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        Box::pin(read(req.clone(), payload.take()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_keep_order_and_are_cleaned() {
        let f = FormData::parse(b"a=1&b=x%00y&a=2&d=Ho%CC%80a&e=l1%0D%0Al2");
        assert_eq!(f.all("a"), vec!["1", "2"]);
        assert_eq!(f.get("b"), Some("xy"));
        assert_eq!(
            f.get("d"),
            Some("H\u{f2}a"),
            "NFD o + grave accent composed"
        );
        assert_eq!(f.get("e"), Some("l1\nl2"));
        assert_eq!(FormData::parse(b"%FF=%FE").pairs.len(), 1);
    }
}
