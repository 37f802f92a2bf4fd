//! ndc — the national data catalog and metadata registry for Vietnamese state agencies.
//!
//! Data flows one way: web → domain → storage. The modules:
//! - [`config`]: typed settings; [`domain`]: vocabularies and labels; [`text`]: Vietnamese text rules;
//! - [`storage`]: schema, models, queries, the pool (SQLite or PostgreSQL);
//! - [`import`]: the CSV inventory format, used for the seed catalog;
//! - [`web`]: routes, handlers and server-rendered pages.

pub mod app;
pub mod config;
pub mod domain;
pub mod import;
pub mod search;
pub mod storage;
pub mod text;
pub mod web;
