//! API tokens for scripts: created once (the secret is shown once), stored as a SHA-256 digest,
//! looked up by digest on each request. A token acts as an admin or as a steward of one agency.

use diesel::prelude::*;
use sha2::{Digest, Sha256};

use super::schema::api_tokens;
use super::{DbConn, StorageError};
use crate::with_conn;

/// Who a token (or, later, a logged-in user) writes as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Role {
    Admin,
    /// A steward of the agency with this id (and of its sub-agencies).
    Steward {
        agency_id: i32,
    },
}

#[derive(Debug, Clone)]
pub struct Token {
    pub id: i32,
    pub name: String,
    pub role: Role,
}

fn digest(secret: &str) -> String {
    Sha256::digest(secret.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Creates a token; returns the secret, which is not stored and cannot be shown again.
pub fn create(conn: &mut DbConn, name: &str, role: &Role) -> Result<String, StorageError> {
    create_for_user(conn, name, role, None)
}

/// Creates a token acting for a user (it stops working when the account is disabled).
pub fn create_for_user(
    conn: &mut DbConn,
    name: &str,
    role: &Role,
    user_id: Option<i32>,
) -> Result<String, StorageError> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)
        .map_err(|e| StorageError::Invalid(format!("no randomness available: {e}")))?;
    let secret = format!(
        "ndc_{}",
        bytes.iter().map(|b| format!("{b:02x}")).collect::<String>()
    );
    let (role_code, agency_id) = match role {
        Role::Admin => ("admin", None),
        Role::Steward { agency_id } => ("steward", Some(*agency_id)),
    };
    let now = chrono::Utc::now().naive_utc();
    with_conn!(conn, |c| diesel::insert_into(api_tokens::table)
        .values((
            api_tokens::name.eq(name),
            api_tokens::token_hash.eq(digest(&secret)),
            api_tokens::role.eq(role_code),
            api_tokens::agency_id.eq(agency_id),
            api_tokens::created_at.eq(now),
            api_tokens::user_id.eq(user_id),
        ))
        .execute(c))?;
    Ok(secret)
}

/// The live token with this secret, if any; records its use.
pub fn authenticate(conn: &mut DbConn, secret: &str) -> Result<Option<Token>, StorageError> {
    let found: Option<(i32, String, String, Option<i32>, Option<i32>)> =
        with_conn!(conn, |c| api_tokens::table
            .filter(api_tokens::token_hash.eq(digest(secret.trim())))
            .filter(api_tokens::revoked_at.is_null())
            .select((
                api_tokens::id,
                api_tokens::name,
                api_tokens::role,
                api_tokens::agency_id,
                api_tokens::user_id,
            ))
            .first(c)
            .optional())?;
    let Some((id, name, role, agency_id, user_id)) = found else {
        return Ok(None);
    };
    // A user's token lives as long as the account is enabled.
    if let Some(uid) = user_id {
        match super::users::find(conn, uid)? {
            Some(u) if !u.disabled => {}
            _ => return Ok(None),
        }
    }
    let role = match (role.as_str(), agency_id) {
        ("admin", _) => Role::Admin,
        (_, Some(agency_id)) => Role::Steward { agency_id },
        _ => return Ok(None),
    };
    let now = chrono::Utc::now().naive_utc();
    with_conn!(conn, |c| diesel::update(api_tokens::table.find(id))
        .set(api_tokens::last_used_at.eq(now))
        .execute(c))?;
    Ok(Some(Token { id, name, role }))
}

/// A token as its owner's account page lists it.
#[derive(Debug, Clone, Queryable)]
pub struct Listed {
    pub id: i32,
    pub name: String,
    pub created_at: chrono::NaiveDateTime,
    pub last_used_at: Option<chrono::NaiveDateTime>,
    pub revoked_at: Option<chrono::NaiveDateTime>,
}

/// The tokens a user made, newest first.
pub fn of_user(conn: &mut DbConn, user_id: i32) -> Result<Vec<Listed>, StorageError> {
    Ok(with_conn!(conn, |c| api_tokens::table
        .filter(api_tokens::user_id.eq(user_id))
        .order(api_tokens::id.desc())
        .select((
            api_tokens::id,
            api_tokens::name,
            api_tokens::created_at,
            api_tokens::last_used_at,
            api_tokens::revoked_at,
        ))
        .load(c))?)
}

/// Revokes one of the user's tokens; `false` if it is not theirs (or already revoked).
pub fn revoke(conn: &mut DbConn, id: i32, user_id: i32) -> Result<bool, StorageError> {
    let now = chrono::Utc::now().naive_utc();
    let n = with_conn!(conn, |c| diesel::update(
        api_tokens::table
            .filter(api_tokens::id.eq(id))
            .filter(api_tokens::user_id.eq(user_id))
            .filter(api_tokens::revoked_at.is_null())
    )
    .set(api_tokens::revoked_at.eq(now))
    .execute(c))?;
    Ok(n == 1)
}
