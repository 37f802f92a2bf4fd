-- Accounts: admins, stewards (write one agency's subtree) and officials (read shared data).
-- Passwords are argon2id PHC strings. session_epoch is part of every session cookie: bumping it
-- (password change, disabling, re-roling) ends the user's other sessions.
CREATE TABLE users (
    id INTEGER PRIMARY KEY NOT NULL,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL DEFAULT '',
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    agency_id INTEGER REFERENCES agencies(id),
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    session_epoch INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    last_login_at TIMESTAMP
);

-- Every write anyone makes (logins, failed logins, user changes, dataset changes, imports), for the
-- admin audit page. actor_id is NULL for anonymous attempts; actor_label keeps the email as typed.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY NOT NULL,
    at TIMESTAMP NOT NULL,
    actor_id INTEGER REFERENCES users(id),
    actor_label TEXT NOT NULL,
    agency_id INTEGER REFERENCES agencies(id),
    action TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_actor ON audit_log(actor_id, at);

-- A dataset's history: one row per change, with who, when, through which channel (form, import,
-- api) and a field-by-field diff as JSON ([{"field": …, "before": …, "after": …}]).
CREATE TABLE dataset_history (
    id INTEGER PRIMARY KEY NOT NULL,
    dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    revision INTEGER NOT NULL,
    at TIMESTAMP NOT NULL,
    actor_id INTEGER REFERENCES users(id),
    actor_label TEXT NOT NULL,
    channel TEXT NOT NULL,
    diff TEXT NOT NULL
);
CREATE INDEX dataset_history_dataset ON dataset_history(dataset_id, id);

-- Optimistic locking for the edit form: a save names the revision it was based on.
ALTER TABLE datasets ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;

-- Tokens a user made on their account page act for that user: they stop working when the account
-- is disabled. (Tokens made with `ndc token create` have no user.)
ALTER TABLE api_tokens ADD COLUMN user_id INTEGER REFERENCES users(id);
