-- The catalog: agencies, themes, datasets and what describes them.
-- Same tables, column types and integer widths on SQLite and PostgreSQL (see migrations/README.md).

CREATE TABLE agencies (
    id INTEGER PRIMARY KEY NOT NULL,
    code TEXT NOT NULL UNIQUE,
    name_vi TEXT NOT NULL,
    name_en TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    parent_id INTEGER REFERENCES agencies(id),
    sort_key BLOB NOT NULL
);
CREATE INDEX agencies_parent ON agencies(parent_id);

CREATE TABLE themes (
    code TEXT PRIMARY KEY NOT NULL,
    label_vi TEXT NOT NULL,
    label_en TEXT NOT NULL
);

CREATE TABLE datasets (
    id INTEGER PRIMARY KEY NOT NULL,
    identifier TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    title_sort BLOB NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    keywords TEXT NOT NULL DEFAULT '',
    owner_id INTEGER NOT NULL REFERENCES agencies(id),
    custodian_id INTEGER REFERENCES agencies(id),
    contact_name TEXT NOT NULL DEFAULT '',
    contact_email TEXT NOT NULL DEFAULT '',
    contact_phone TEXT NOT NULL DEFAULT '',
    sharing_scope TEXT NOT NULL,
    importance TEXT NOT NULL,
    personal_data TEXT NOT NULL,
    legal_basis TEXT NOT NULL DEFAULT '',
    channels TEXT NOT NULL DEFAULT '',
    licence TEXT NOT NULL DEFAULT '',
    update_frequency TEXT NOT NULL DEFAULT '',
    temporal_start DATE,
    temporal_end DATE,
    spatial TEXT NOT NULL DEFAULT '',
    issued DATE,
    modified DATE,
    status TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
-- The list pages filter on status and order by title or modification date.
CREATE INDEX datasets_status_title ON datasets(status, title_sort, id);
CREATE INDEX datasets_status_modified ON datasets(status, modified, id);
CREATE INDEX datasets_owner ON datasets(owner_id, status);
CREATE INDEX datasets_custodian ON datasets(custodian_id);
CREATE INDEX datasets_facets ON datasets(status, sharing_scope, importance, personal_data, owner_id);

CREATE TABLE dataset_themes (
    dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    theme TEXT NOT NULL REFERENCES themes(code),
    PRIMARY KEY (dataset_id, theme)
);
CREATE INDEX dataset_themes_theme ON dataset_themes(theme, dataset_id);

CREATE TABLE schema_fields (
    id INTEGER PRIMARY KEY NOT NULL,
    dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    name TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    field_type TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    required BOOLEAN NOT NULL DEFAULT FALSE,
    is_key BOOLEAN NOT NULL DEFAULT FALSE,
    personal_data TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    example TEXT NOT NULL DEFAULT '',
    UNIQUE (dataset_id, ordinal)
);

CREATE TABLE distributions (
    id INTEGER PRIMARY KEY NOT NULL,
    dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    format TEXT NOT NULL DEFAULT '',
    media_type TEXT NOT NULL DEFAULT '',
    url TEXT NOT NULL DEFAULT '',
    byte_size BIGINT,
    channel TEXT NOT NULL DEFAULT '',
    UNIQUE (dataset_id, ordinal)
);
CREATE INDEX distributions_format ON distributions(format, dataset_id);

-- Who may get a dataset and on what terms (Decree 47/2020 as amended by Decree 194/2025).
CREATE TABLE access_rules (
    id INTEGER PRIMARY KEY NOT NULL,
    dataset_id INTEGER NOT NULL REFERENCES datasets(id) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    audience TEXT NOT NULL,
    default_sharing BOOLEAN NOT NULL DEFAULT FALSE,
    conditions TEXT NOT NULL DEFAULT '',
    legal_basis TEXT NOT NULL DEFAULT '',
    approving_agency_id INTEGER REFERENCES agencies(id),
    response_days INTEGER NOT NULL DEFAULT 2,
    UNIQUE (dataset_id, ordinal)
);

INSERT INTO themes (code, label_vi, label_en) VALUES
    ('population', 'Dân cư', 'Population'),
    ('economy', 'Kinh tế', 'Economy'),
    ('finance', 'Tài chính', 'Finance'),
    ('health', 'Y tế', 'Health'),
    ('education', 'Giáo dục', 'Education'),
    ('environment', 'Môi trường', 'Environment'),
    ('agriculture', 'Nông nghiệp', 'Agriculture'),
    ('land', 'Đất đai', 'Land'),
    ('transport', 'Giao thông', 'Transport'),
    ('justice', 'Tư pháp', 'Justice'),
    ('public-security', 'An ninh trật tự', 'Public security'),
    ('social', 'Xã hội', 'Social affairs'),
    ('labour', 'Lao động, việc làm', 'Labour and employment'),
    ('culture', 'Văn hóa, thể thao, du lịch', 'Culture, sports and tourism'),
    ('science', 'Khoa học, công nghệ', 'Science and technology'),
    ('government', 'Hành chính nhà nước', 'Public administration'),
    ('enterprise', 'Doanh nghiệp', 'Enterprises'),
    ('construction', 'Xây dựng', 'Construction'),
    ('energy', 'Năng lượng', 'Energy'),
    ('trade', 'Thương mại', 'Trade');
