ALTER TABLE datasets DROP COLUMN revision;
DROP TABLE dataset_history;
DROP TABLE audit_log;
DROP TABLE users;
