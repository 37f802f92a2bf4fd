//! ndc — the national data catalog and metadata registry for Vietnamese state agencies.
//!
//! Data flows one way: web → domain → storage. The modules:
//! - [`config`]: typed settings; [`domain`]: vocabularies and labels; [`text`]: Vietnamese text rules;
//! - [`storage`]: schema, models, queries, the pool (SQLite or PostgreSQL);
//! - [`import`]: the CSV inventory format: CLI, API and seed catalog share its engine;
//! - [`export`]: the catalog as inventory CSV files (the import's format, round-trip exact);
//! - [`cli`]: the `ndc import` and `ndc token` commands (progress, summary, exit codes);
//! - [`web`]: routes, handlers and server-rendered pages; [`api`]: the JSON API under `/api/v1`.

pub mod api;
pub mod app;
pub mod auth;
pub mod cli;
pub mod config;
pub mod domain;
pub mod export;
pub mod import;
pub mod search;
pub mod storage;
pub mod text;
pub mod web;
