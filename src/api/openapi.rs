//! The OpenAPI 3 description of `/api/v1`, served at `/api/v1/openapi.json`. Written by hand next to
//! the handlers; `tests/api.rs` checks every documented path answers and every response carries
//! the properties its schema requires, so the document cannot drift from the implementation.

use serde_json::{json, Value};

fn error_response(description: &str) -> Value {
    json!({ "description": description, "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } })
}

fn ok(schema: &str) -> Value {
    json!({ "description": "OK", "content": { "application/json": { "schema": { "$ref": format!("#/components/schemas/{schema}") } } } })
}

fn query(name: &str, description: &str) -> Value {
    json!({ "name": name, "in": "query", "required": false, "schema": { "type": "string" }, "description": description })
}

pub fn document() -> Value {
    let auth = json!([{}, { "bearer": [] }]);
    let paths = paths(&auth);
    let mut schemas = serde_json::Map::new();
    schemas.insert("Error".into(), json!({ "type": "object", "required": ["error"], "properties": { "error": { "type": "object", "required": ["code", "message_vi", "message_en"], "properties": {
                    "code": { "type": "string" }, "message_vi": { "type": "string" }, "message_en": { "type": "string" } } } } }));
    schemas.insert("AgencyRef".into(), json!({ "type": "object", "required": ["code", "name_vi", "name_en"], "properties": {
                    "code": { "type": "string" }, "name_vi": { "type": "string" }, "name_en": { "type": "string" } } }));
    schemas.insert("DatasetSummary".into(), json!({ "type": "object", "required": ["identifier", "title", "owner", "sharing_scope", "importance", "personal_data", "status", "themes", "formats", "url"], "properties": {
                    "identifier": { "type": "string" }, "title": { "type": "string" }, "description": { "type": "string" },
                    "owner": { "type": "string" }, "custodian": { "type": "string", "nullable": true },
                    "sharing_scope": { "type": "string", "enum": ["open", "shared", "internal"] },
                    "importance": { "type": "string" }, "personal_data": { "type": "string" },
                    "status": { "type": "string", "enum": ["draft", "published", "retired"] },
                    "themes": { "type": "array", "items": { "type": "string" } },
                    "formats": { "type": "array", "items": { "type": "string" } },
                    "modified": { "type": "string", "format": "date", "nullable": true },
                    "url": { "type": "string" } } }));
    schemas.insert("DatasetList".into(), json!({ "type": "object", "required": ["total", "page", "per_page", "pages", "items", "facets", "ignored_parameters"], "properties": {
                    "total": { "type": "integer" }, "page": { "type": "integer" }, "per_page": { "type": "integer" }, "pages": { "type": "integer" },
                    "ignored_parameters": { "type": "array", "items": { "type": "string" } },
                    "search_unavailable": { "type": "boolean" },
                    "items": { "type": "array", "items": { "$ref": "#/components/schemas/DatasetSummary" } },
                    "facets": { "type": "object", "required": ["agency", "theme", "scope", "importance", "personal", "status", "format"], "properties": {
                        "agency": { "type": "object", "additionalProperties": { "type": "integer" } },
                        "theme": { "type": "object", "additionalProperties": { "type": "integer" } },
                        "scope": { "type": "object", "additionalProperties": { "type": "integer" } },
                        "importance": { "type": "object", "additionalProperties": { "type": "integer" } },
                        "personal": { "type": "object", "additionalProperties": { "type": "integer" } },
                        "status": { "type": "object", "additionalProperties": { "type": "integer" } },
                        "format": { "type": "array", "items": { "type": "object", "required": ["format", "count"], "properties": { "format": { "type": "string" }, "count": { "type": "integer" } } } } } } } }));
    schemas.insert("Field".into(), json!({ "type": "object", "required": ["name", "type", "required", "key", "personal_data"], "properties": {
                    "name": { "type": "string" }, "title": { "type": "string" }, "type": { "type": "string" }, "unit": { "type": "string" },
                    "required": { "type": "boolean" }, "key": { "type": "boolean" }, "personal_data": { "type": "string" },
                    "description": { "type": "string" }, "example": { "type": "string" } } }));
    schemas.insert("Distribution".into(), json!({ "type": "object", "required": ["title", "format", "url"], "properties": {
                    "title": { "type": "string" }, "format": { "type": "string" }, "media_type": { "type": "string" }, "url": { "type": "string" },
                    "byte_size": { "type": "integer", "nullable": true }, "channel": { "type": "string" } } }));
    schemas.insert("AccessRule".into(), json!({ "type": "object", "required": ["audience", "default_sharing", "response_days"], "properties": {
                    "audience": { "type": "string" }, "default_sharing": { "type": "boolean" }, "conditions": { "type": "string" },
                    "legal_basis": { "type": "string" }, "approving_agency": { "$ref": "#/components/schemas/AgencyRef" }, "response_days": { "type": "integer" } } }));
    schemas.insert("Dataset".into(), json!({ "type": "object", "required": ["identifier", "title", "owner", "themes", "sharing_scope", "status", "revision", "fields", "distributions", "access_rules"], "properties": {
                    "identifier": { "type": "string" }, "title": { "type": "string" }, "description": { "type": "string" },
                    "owner": { "$ref": "#/components/schemas/AgencyRef" }, "custodian": { "$ref": "#/components/schemas/AgencyRef" },
                    "themes": { "type": "array", "items": { "type": "string" } }, "keywords": { "type": "array", "items": { "type": "string" } },
                    "sharing_scope": { "type": "string" }, "importance": { "type": "string" }, "personal_data": { "type": "string" },
                    "status": { "type": "string" }, "revision": { "type": "integer" },
                    "fields": { "type": "array", "items": { "$ref": "#/components/schemas/Field" } },
                    "distributions": { "type": "array", "items": { "$ref": "#/components/schemas/Distribution" } },
                    "access_rules": { "type": "array", "items": { "$ref": "#/components/schemas/AccessRule" } } } }));
    schemas.insert("Agency".into(), json!({ "type": "object", "required": ["code", "name_vi", "name_en", "kind", "datasets", "url"], "properties": {
                    "code": { "type": "string" }, "name_vi": { "type": "string" }, "name_en": { "type": "string" }, "kind": { "type": "string" },
                    "parent": { "type": "string", "nullable": true }, "datasets": { "type": "integer" }, "url": { "type": "string" },
                    "units": { "type": "array", "items": { "$ref": "#/components/schemas/Agency" } } } }));
    schemas.insert("AgencyList".into(), json!({ "type": "object", "required": ["total", "items"], "properties": {
                    "total": { "type": "integer" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/Agency" } } } }));
    schemas.insert("ThemeList".into(), json!({ "type": "object", "required": ["total", "items"], "properties": {
                    "total": { "type": "integer" }, "items": { "type": "array", "items": { "type": "object", "required": ["code", "label_vi", "label_en"], "properties": {
                        "code": { "type": "string" }, "label_vi": { "type": "string" }, "label_en": { "type": "string" } } } } } }));
    schemas.insert("ImportReport".into(), json!({ "type": "object", "required": ["committed", "dry_run", "datasets", "problems"], "properties": {
                    "committed": { "type": "boolean" }, "dry_run": { "type": "boolean" },
                    "datasets": { "type": "object" }, "problems": { "type": "array", "items": { "type": "object" } } } }));
    schemas.insert("AccessRequest".into(), json!({ "type": "object", "required": ["reference", "status", "overdue", "expired", "automatic", "dataset", "requester_agency", "answering_agency", "purpose", "legal_basis", "columns", "channel", "period_start", "period_end", "submitted_at", "due_on", "approved_columns", "url"], "properties": {
                    "reference": { "type": "string" }, "status": { "type": "string", "enum": ["pending", "approved", "refused", "withdrawn"] },
                    "overdue": { "type": "boolean" }, "expired": { "type": "boolean" }, "automatic": { "type": "boolean" },
                    "dataset": { "type": "object", "required": ["identifier", "title"], "properties": { "identifier": { "type": "string" }, "title": { "type": "string" } } },
                    "requester_agency": { "type": "string" }, "answering_agency": { "type": "string" },
                    "purpose": { "type": "string" }, "legal_basis": { "type": "string" },
                    "columns": { "type": "array", "items": { "type": "string" }, "description": "Empty: the whole dataset" },
                    "channel": { "type": "string" }, "period_start": { "type": "string", "format": "date" }, "period_end": { "type": "string", "format": "date" },
                    "contact": { "type": "object" }, "submitted_at": { "type": "string", "format": "date-time" },
                    "due_on": { "type": "string", "format": "date", "description": "Last day (Vietnam time) to answer on time" },
                    "answered_at": { "type": "string", "format": "date-time", "nullable": true },
                    "approved_columns": { "type": "array", "items": { "type": "string" } }, "conditions": { "type": "string" },
                    "refusal": { "type": "object", "nullable": true, "properties": { "reason": { "type": "string" }, "legal_basis": { "type": "string" } } },
                    "url": { "type": "string" } } }));
    schemas.insert("AccessRequestList".into(), json!({ "type": "object", "required": ["total", "items"], "properties": {
                    "total": { "type": "integer" }, "items": { "type": "array", "items": { "$ref": "#/components/schemas/AccessRequest" } } } }));
    schemas.insert("OutboxList".into(), json!({ "type": "object", "required": ["total", "items"], "properties": {
                    "total": { "type": "integer" }, "items": { "type": "array", "items": { "type": "object", "required": ["id", "kind", "subject", "body", "attempts"], "properties": {
                        "id": { "type": "integer" }, "created_at": { "type": "string", "format": "date-time" }, "kind": { "type": "string" },
                        "recipient_agency_id": { "type": "integer", "nullable": true }, "recipient_user_id": { "type": "integer", "nullable": true },
                        "subject": { "type": "string" }, "body": { "type": "string" }, "attempts": { "type": "integer" }, "last_error": { "type": "string" } } } } } }));
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "ndc — Danh mục dữ liệu quốc gia / National Data Catalog",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "Read the catalog and import inventories. Anonymous callers see open datasets; a session cookie or an API token (Authorization: Bearer …) sees what its user may see. Errors are JSON: {\"error\": {\"code\", \"message_vi\", \"message_en\"}}."
        },
        "paths": paths,
        "components": {
            "securitySchemes": { "bearer": { "type": "http", "scheme": "bearer", "description": "A token from `ndc token create` or the account page" } },
            "schemas": schemas
        }
    })
}

fn paths(auth: &Value) -> Value {
    let mut paths = serde_json::Map::new();
    paths.insert("/api/v1/datasets".into(), json!({ "get": {
                "summary": "Datasets: full-text query, filters, facets, 20 per page",
                "security": auth.clone(),
                "parameters": [
                    query("q", "Search text, with or without Vietnamese diacritics; \"phrases\" and -exclusions"),
                    query("agency", "Agency code: its datasets and its units'"),
                    query("theme", "Theme code or Vietnamese label"),
                    query("scope", "open, shared or internal (or Vietnamese labels)"),
                    query("importance", "core, important or other"),
                    query("personal", "none, basic or sensitive"),
                    query("format", "Distribution format, e.g. CSV"),
                    query("status", "published (default), retired, or draft for stewards"),
                    query("sort", "relevance, title or modified"),
                    query("page", "1-based page number"),
                ],
                "responses": { "200": ok("DatasetList"), "401": error_response("A token was sent and is not valid") }
            }}));
    paths.insert("/api/v1/datasets/{identifier}".into(), json!({ "get": {
                "summary": "One dataset with its columns, distributions and access rules",
                "security": auth.clone(),
                "parameters": [{ "name": "identifier", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": { "200": ok("Dataset"), "404": error_response("Unknown, or not visible to the caller") }
            }}));
    paths.insert("/api/v1/agencies".into(), json!({ "get": {
                "summary": "Every agency, parents before children in Vietnamese order, with visible dataset counts",
                "security": auth.clone(),
                "responses": { "200": ok("AgencyList") }
            }}));
    paths.insert("/api/v1/agencies/{code}".into(), json!({ "get": {
                "summary": "One agency with its units",
                "security": auth.clone(),
                "parameters": [{ "name": "code", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": { "200": ok("Agency"), "404": error_response("Unknown agency") }
            }}));
    paths.insert(
        "/api/v1/themes".into(),
        json!({ "get": {
            "summary": "The theme vocabulary",
            "responses": { "200": ok("ThemeList") }
        }}),
    );
    paths.insert("/api/v1/imports".into(), json!({ "post": {
                "summary": "Import inventory files (CSV, .xlsx, or multipart with several); see docs/inventory-format.md",
                "security": [{ "bearer": [] }],
                "parameters": [query("dry_run", "true: check only"), query("partial", "true: import the valid rows"), query("kind", "agencies, datasets, fields or distributions"), query("encoding", "utf-8, windows-1258, utf-16le, utf-16be"), query("name", "file name for the report (plain bodies)")],
                "requestBody": { "required": true, "content": { "text/csv": {}, "multipart/form-data": {}, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {} } },
                "responses": { "200": ok("ImportReport"), "401": error_response("No valid token"), "413": error_response("Body too large"), "422": ok("ImportReport") }
            }}));
    paths.insert("/api/v1/access-requests".into(), json!({ "get": {
                "summary": "Access requests the caller's agency (and its units) made or must answer, newest first",
                "security": [{ "bearer": [] }],
                "parameters": [query("role", "received, sent or all (default)"), query("status", "pending, approved, refused or withdrawn")],
                "responses": { "200": ok("AccessRequestList"), "400": error_response("Unknown role or status"), "401": error_response("No session or agency token") }
            }}));
    paths.insert("/api/v1/access-requests/{reference}".into(), json!({ "get": {
                "summary": "One access request the caller's agency is party to",
                "security": [{ "bearer": [] }],
                "parameters": [{ "name": "reference", "in": "path", "required": true, "schema": { "type": "string" } }],
                "responses": { "200": ok("AccessRequest"), "401": error_response("No session or agency token"), "404": error_response("Unknown, or not party to it") }
            }}));
    paths.insert("/api/v1/outbox".into(), json!({ "get": {
                "summary": "Notifications not delivered yet, oldest first, for a mail gateway (admin token)",
                "security": [{ "bearer": [] }],
                "responses": { "200": ok("OutboxList"), "403": error_response("Not an admin token") }
            }}));
    paths.insert("/api/v1/outbox/{id}/{outcome}".into(), json!({ "post": {
                "summary": "Record a delivery attempt: outcome `delivered`, or `failed` with the reason as the text body (the message stays pending)",
                "security": [{ "bearer": [] }],
                "parameters": [{ "name": "id", "in": "path", "required": true, "schema": { "type": "integer" } },
                               { "name": "outcome", "in": "path", "required": true, "schema": { "type": "string", "enum": ["delivered", "failed"] } }],
                "responses": { "204": { "description": "Recorded" }, "403": error_response("Not an admin token"), "404": error_response("No such message") }
            }}));
    paths.insert("/api/v1/openapi.json".into(), json!({ "get": { "summary": "This document", "responses": { "200": { "description": "OpenAPI 3 document" } } } }));
    Value::Object(paths)
}

pub async fn serve() -> actix_web::HttpResponse {
    actix_web::HttpResponse::Ok().json(document())
}
