ALTER TABLE api_tokens DROP COLUMN user_id;
ALTER TABLE datasets DROP COLUMN revision;
DROP TABLE dataset_history;
DROP TABLE audit_log;
DROP TABLE users;
