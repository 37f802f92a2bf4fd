//! One handler per action. Handlers read the request, ask storage, and hand the result to a page.

pub mod access_requests;
pub mod account;
pub mod admin;
pub mod agencies;
pub mod assets;
pub mod dataset_edit;
pub mod datasets;
pub mod dcat;
pub mod errors;
pub mod export;
pub mod health;
pub mod home;
pub mod import_upload;
pub mod lang;
pub mod session;
pub mod templates;
