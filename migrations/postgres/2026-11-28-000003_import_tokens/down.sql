DROP TABLE api_tokens;
DROP TABLE dataset_list_hashes;
ALTER TABLE datasets DROP COLUMN content_hash;
