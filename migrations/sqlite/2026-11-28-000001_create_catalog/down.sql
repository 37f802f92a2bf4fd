DROP TABLE access_rules;
DROP TABLE distributions;
DROP TABLE schema_fields;
DROP TABLE dataset_themes;
DROP TABLE datasets;
DROP TABLE themes;
DROP TABLE agencies;
