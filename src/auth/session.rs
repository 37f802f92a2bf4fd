//! The session cookie: `ndc_session`, encrypted and authenticated with AES-256-GCM (the `cookie`
//! crate's private jar), HttpOnly, SameSite=Lax, Secure when configured for HTTPS, and expiring.
//! It holds the user id, the user's session epoch (bumped when the password, role or
//! disabled flag changes, which ends every older session), the expiry time and the CSRF token of
//! the session. Nothing in it can be read or changed by the browser.
//!
//! Visitors who are not logged in get `ndc_csrf` instead (same protection), so the login form has a
//! CSRF token too.

use std::path::Path;
use std::time::Duration;

use actix_web::cookie::{time, Cookie, CookieJar, Key, SameSite};

pub const SESSION_COOKIE: &str = "ndc_session";
pub const CSRF_COOKIE: &str = "ndc_csrf";

/// The key and cookie settings, shared by every worker.
#[derive(Clone)]
pub struct SessionKeys {
    key: Key,
    pub secure: bool,
    pub lifetime: Duration,
}

impl std::fmt::Debug for SessionKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionKeys")
            .field("secure", &self.secure)
            .field("lifetime", &self.lifetime)
            .finish_non_exhaustive()
    }
}

/// A logged-in session, as decrypted from its cookie.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Session {
    pub user_id: i32,
    pub epoch: i32,
    /// Unix seconds.
    pub expires: i64,
    pub csrf: String,
}

/// 32 random bytes as hex: CSRF tokens.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    // Without an OS random source nothing about sessions can be safe; failing loudly is right.
    getrandom::fill(&mut bytes).expect("the operating system's random source");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Compares two tokens in time independent of where they differ.
pub fn same_token(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

impl SessionKeys {
    /// Keys from 64 bytes given as 128 hex characters (`NDC_SESSION_KEY`), so several processes
    /// can share sessions.
    pub fn from_hex(hex: &str, secure: bool, lifetime: Duration) -> Result<SessionKeys, String> {
        let hex = hex.trim();
        if hex.len() != 128 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err("NDC_SESSION_KEY must be 128 hexadecimal characters (64 bytes)".into());
        }
        let bytes: Vec<u8> = (0..64)
            .map(|i| u8::from_str_radix(&hex[i * 2..i * 2 + 2], 16).unwrap_or(0))
            .collect();
        Ok(SessionKeys {
            key: Key::from(&bytes),
            secure,
            lifetime,
        })
    }

    /// A fresh random key (tests, and servers that accept losing sessions at restart).
    pub fn random(secure: bool, lifetime: Duration) -> SessionKeys {
        SessionKeys {
            key: Key::generate(),
            secure,
            lifetime,
        }
    }

    /// The key kept in `path` (created with a random key, readable by the owner only, when missing),
    /// so sessions survive restarts without configuration.
    pub fn from_file(path: &Path, secure: bool, lifetime: Duration) -> Result<SessionKeys, String> {
        match std::fs::read_to_string(path) {
            Ok(hex) => SessionKeys::from_hex(&hex, secure, lifetime)
                .map_err(|e| format!("{}: {e}", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let keys = SessionKeys::random(secure, lifetime);
                let hex: String = keys
                    .key
                    .master()
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect();
                write_private(path, &hex)
                    .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
                Ok(keys)
            }
            Err(e) => Err(format!("cannot read {}: {e}", path.display())),
        }
    }

    fn seal(
        &self,
        name: &'static str,
        value: String,
        max_age: Option<Duration>,
    ) -> Cookie<'static> {
        let mut jar = CookieJar::new();
        jar.private_mut(&self.key).add(Cookie::new(name, value));
        let mut cookie = jar
            .get(name)
            .cloned()
            .unwrap_or_else(|| Cookie::new(name, ""));
        cookie.set_http_only(true);
        cookie.set_same_site(SameSite::Lax);
        cookie.set_secure(self.secure);
        cookie.set_path("/");
        if let Some(age) = max_age {
            cookie.set_max_age(time::Duration::seconds(age.as_secs() as i64));
        }
        cookie
    }

    fn open(&self, cookie: &Cookie<'_>) -> Option<String> {
        let jar = CookieJar::new();
        jar.private(&self.key)
            .decrypt(Cookie::new(
                cookie.name().to_string(),
                cookie.value().to_string(),
            ))
            .map(|c| c.value().to_string())
    }

    /// The cookie of a new session for `user_id` at `epoch`; returns it with the session.
    pub fn start(&self, user_id: i32, epoch: i32, now_unix: i64) -> (Session, Cookie<'static>) {
        let session = Session {
            user_id,
            epoch,
            expires: now_unix + self.lifetime.as_secs() as i64,
            csrf: random_token(),
        };
        let value = format!(
            "{}.{}.{}.{}",
            session.user_id, session.epoch, session.expires, session.csrf
        );
        let cookie = self.seal(SESSION_COOKIE, value, Some(self.lifetime));
        (session, cookie)
    }

    /// The session in a cookie, if it is authentic and not expired.
    pub fn read(&self, cookie: &Cookie<'_>, now_unix: i64) -> Option<Session> {
        let value = self.open(cookie)?;
        let mut parts = value.split('.');
        let session = Session {
            user_id: parts.next()?.parse().ok()?,
            epoch: parts.next()?.parse().ok()?,
            expires: parts.next()?.parse().ok()?,
            csrf: parts.next()?.to_string(),
        };
        (session.expires > now_unix && parts.next().is_none()).then_some(session)
    }

    /// A cookie that removes `name` from the browser.
    pub fn removal(&self, name: &'static str) -> Cookie<'static> {
        let mut cookie = Cookie::new(name, "");
        cookie.set_path("/");
        cookie.set_http_only(true);
        cookie.set_same_site(SameSite::Lax);
        cookie.set_secure(self.secure);
        cookie.make_removal();
        cookie
    }

    /// The anonymous CSRF cookie holding `token`.
    pub fn csrf_cookie(&self, token: &str) -> Cookie<'static> {
        self.seal(CSRF_COOKIE, token.to_string(), None)
    }

    pub fn read_csrf(&self, cookie: &Cookie<'_>) -> Option<String> {
        self.open(cookie).filter(|t| t.len() == 64)
    }
}

#[cfg(unix)]
fn write_private(path: &Path, content: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    f.write_all(content.as_bytes())
}

#[cfg(not(unix))]
fn write_private(path: &Path, content: &str) -> std::io::Result<()> {
    std::fs::write(path, content)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sessions_round_trip_and_resist_tampering() {
        let keys = SessionKeys::random(false, Duration::from_secs(3600));
        let (session, cookie) = keys.start(7, 2, 1_000);
        assert!(cookie.http_only().unwrap_or(false));
        assert_eq!(cookie.same_site(), Some(SameSite::Lax));
        assert!(
            !cookie.value().contains(&session.csrf),
            "the cookie is encrypted"
        );
        assert_eq!(keys.read(&cookie, 1_001), Some(session.clone()));
        assert_eq!(keys.read(&cookie, 1_000 + 3600), None, "expired");
        let mut forged = cookie.clone();
        let mut v = forged.value().to_string();
        v.replace_range(10..11, if &v[10..11] == "A" { "B" } else { "A" });
        forged.set_value(v);
        assert_eq!(keys.read(&forged, 1_001), None);
        let other = SessionKeys::random(false, Duration::from_secs(3600));
        assert_eq!(other.read(&cookie, 1_001), None);
        assert!(same_token("abc", "abc") && !same_token("abc", "abd") && !same_token("a", "ab"));
    }
}
