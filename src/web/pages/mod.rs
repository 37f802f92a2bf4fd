//! Pages: one maud module per page, built from the shared [`layout`] and [`partials`].

pub mod access_requests;
pub mod account;
pub mod admin;
pub mod agency_show;
pub mod agency_tree;
pub mod dataset_form;
pub mod dataset_history;
pub mod dataset_list;
pub mod dataset_show;
pub mod errors;
pub mod forms;
pub mod home;
pub mod import_upload;
pub mod json_ld;
pub mod layout;
pub mod partials;
pub mod snippet;
