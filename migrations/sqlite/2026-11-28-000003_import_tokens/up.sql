-- Re-import support: a fingerprint of what an import last wrote for each dataset (the dataset row with
-- its themes; its column list; its distribution list), so importing the same inventory twice changes
-- nothing and costs one comparison per row. Every write path must store them (0 = unknown).
-- The list fingerprints live in a narrow table of their own: an import sets them after the dataset
-- row is written, and updating two numbers there is far cheaper than rewriting the wide dataset row
-- (and, on PostgreSQL, its five index entries).
ALTER TABLE datasets ADD COLUMN content_hash BIGINT NOT NULL DEFAULT 0;
CREATE TABLE dataset_list_hashes (
    dataset_id INTEGER PRIMARY KEY NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    fields_hash BIGINT NOT NULL DEFAULT 0,
    distributions_hash BIGINT NOT NULL DEFAULT 0
);

-- API tokens for scripts (`Authorization: Bearer …`). Only a SHA-256 of the token is stored.
-- agency_id NULL with role 'admin' writes anything; a steward token writes its agency's subtree.
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    agency_id INTEGER REFERENCES agencies(id),
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at TIMESTAMP
);
