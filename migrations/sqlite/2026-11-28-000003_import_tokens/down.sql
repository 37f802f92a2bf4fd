DROP TABLE api_tokens;
ALTER TABLE datasets DROP COLUMN distributions_hash;
ALTER TABLE datasets DROP COLUMN fields_hash;
ALTER TABLE datasets DROP COLUMN content_hash;
