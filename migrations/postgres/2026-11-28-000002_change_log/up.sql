-- Every committed change to a dataset (or to what its search document shows, such as its agency's
-- name) appends a row here in the same transaction. Each ndc process's search index follows this log.
CREATE TABLE changes (
    seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dataset_id INTEGER NOT NULL,
    changed_at TIMESTAMP NOT NULL
);
