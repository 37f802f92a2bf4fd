//! Accounts: creating, finding, listing and changing users. Passwords arrive here already hashed
//! (see `crate::auth::password`); this module never sees a clear-text password.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::users;
use super::{DbConn, StorageError};
use crate::domain::UserRole;
use crate::with_conn;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users)]
pub struct User {
    pub id: i32,
    pub email: String,
    pub display_name: String,
    pub password_hash: String,
    pub role: String,
    pub agency_id: Option<i32>,
    pub disabled: bool,
    pub session_epoch: i32,
    pub created_at: NaiveDateTime,
    pub last_login_at: Option<NaiveDateTime>,
}

impl User {
    pub fn role(&self) -> UserRole {
        // An unknown role (written by a newer version) gets the least power.
        UserRole::from_code(&self.role).unwrap_or(UserRole::Official)
    }
}

/// Emails are compared case-insensitively: they are stored trimmed and lower-cased.
pub fn normalise_email(email: &str) -> String {
    email.trim().to_lowercase()
}

pub struct NewUser<'a> {
    pub email: &'a str,
    pub display_name: &'a str,
    pub password_hash: &'a str,
    pub role: UserRole,
    pub agency_id: Option<i32>,
}

/// Creates a user; `Ok(None)` when the email is taken.
pub fn create(conn: &mut DbConn, new: &NewUser) -> Result<Option<i32>, StorageError> {
    let email = normalise_email(new.email);
    if find_by_email(conn, &email)?.is_some() {
        return Ok(None);
    }
    let now = chrono::Utc::now().naive_utc();
    let id = with_conn!(conn, |c| diesel::insert_into(users::table)
        .values((
            users::email.eq(&email),
            users::display_name.eq(new.display_name.trim()),
            users::password_hash.eq(new.password_hash),
            users::role.eq(new.role.code()),
            users::agency_id.eq(new.agency_id),
            users::created_at.eq(now),
        ))
        .returning(users::id)
        .get_result(c))?;
    Ok(Some(id))
}

pub fn find_by_email(conn: &mut DbConn, email: &str) -> Result<Option<User>, StorageError> {
    let email = normalise_email(email);
    Ok(with_conn!(conn, |c| users::table
        .filter(users::email.eq(&email))
        .select(User::as_select())
        .first(c)
        .optional())?)
}

pub fn find(conn: &mut DbConn, id: i32) -> Result<Option<User>, StorageError> {
    Ok(with_conn!(conn, |c| users::table
        .find(id)
        .select(User::as_select())
        .first(c)
        .optional())?)
}

/// Every user, by email.
pub fn all(conn: &mut DbConn) -> Result<Vec<User>, StorageError> {
    Ok(with_conn!(conn, |c| users::table
        .order(users::email)
        .select(User::as_select())
        .load(c))?)
}

pub fn has_admin(conn: &mut DbConn) -> Result<bool, StorageError> {
    let n: i64 = with_conn!(conn, |c| users::table
        .filter(users::role.eq(UserRole::Admin.code()))
        .filter(users::disabled.eq(false))
        .count()
        .get_result(c))?;
    Ok(n > 0)
}

/// Changes role, agency and the disabled flag; ends the user's sessions.
pub fn update_access(
    conn: &mut DbConn,
    id: i32,
    role: UserRole,
    agency_id: Option<i32>,
    disabled: bool,
) -> Result<(), StorageError> {
    with_conn!(conn, |c| diesel::update(users::table.find(id))
        .set((
            users::role.eq(role.code()),
            users::agency_id.eq(agency_id),
            users::disabled.eq(disabled),
            users::session_epoch.eq(users::session_epoch + 1),
        ))
        .execute(c))?;
    Ok(())
}

/// Stores a new password hash; ends the user's other sessions. Returns the new session epoch.
pub fn set_password(conn: &mut DbConn, id: i32, password_hash: &str) -> Result<i32, StorageError> {
    Ok(with_conn!(conn, |c| diesel::update(users::table.find(id))
        .set((
            users::password_hash.eq(password_hash),
            users::session_epoch.eq(users::session_epoch + 1),
        ))
        .returning(users::session_epoch)
        .get_result(c))?)
}

pub fn record_login(conn: &mut DbConn, id: i32) -> Result<(), StorageError> {
    let now = chrono::Utc::now().naive_utc();
    with_conn!(conn, |c| diesel::update(users::table.find(id))
        .set(users::last_login_at.eq(now))
        .execute(c))?;
    Ok(())
}

/// Ends every session of the user (logging out: a copied cookie is worthless afterwards).
pub fn end_sessions(conn: &mut DbConn, id: i32) -> Result<(), StorageError> {
    with_conn!(conn, |c| diesel::update(users::table.find(id))
        .set(users::session_epoch.eq(users::session_epoch + 1))
        .execute(c))?;
    Ok(())
}
