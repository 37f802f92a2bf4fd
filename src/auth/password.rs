//! Passwords: argon2id with the crate's default parameters (19 MiB, 2 passes), stored as PHC strings
//! that carry their own parameters, so raising them later keeps old hashes verifiable.

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Argon2, PasswordHash};

/// The shortest password accepted, in characters.
pub const MIN_LENGTH: usize = 12;
/// The longest: hashing is deliberately slow, so a megabyte "password" is refused before hashing.
pub const MAX_LENGTH: usize = 1024;

/// Why a new password is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weakness {
    TooShort,
    TooLong,
}

pub fn check_new(password: &str) -> Result<(), Weakness> {
    let n = password.chars().count();
    if n < MIN_LENGTH {
        Err(Weakness::TooShort)
    } else if n > MAX_LENGTH {
        Err(Weakness::TooLong)
    } else {
        Ok(())
    }
}

pub fn hash(password: &str) -> Result<String, String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|h| h.to_string())
        .map_err(|e| format!("cannot hash the password: {e}"))
}

/// Whether `password` matches the stored hash (an unparsable hash matches nothing).
pub fn verify(password: &str, stored: &str) -> bool {
    if password.len() > MAX_LENGTH * 4 {
        return false;
    }
    match PasswordHash::new(stored) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

/// A hash of a random password: verifying against it costs what verifying a real one costs, so a
/// login for an unknown email takes as long as one for a known email.
pub fn decoy() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash("decoy password that nobody has").unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_are_argon2id() {
        let h = hash("mật khẩu đủ dài 123").unwrap();
        assert!(h.starts_with("$argon2id$"), "{h}");
        assert!(verify("mật khẩu đủ dài 123", &h));
        assert!(!verify("mật khẩu đủ dài 124", &h));
        assert!(!verify("x", "not a hash"));
        assert_eq!(check_new("ngắn"), Err(Weakness::TooShort));
        assert_eq!(check_new(&"a".repeat(2000)), Err(Weakness::TooLong));
        assert_eq!(check_new("đủ mười hai ký"), Ok(()));
    }
}
