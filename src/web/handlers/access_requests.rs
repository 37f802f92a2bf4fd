//! Access requests between agencies (Decree 47/2020 as amended by Decree 194/2025).

use actix_web::web;

pub fn routes(_cfg: &mut web::ServiceConfig) {}
