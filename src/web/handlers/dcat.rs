//! DCAT-AP 3 views of the catalog (`/catalog.ttl|.jsonld|.rdf`, `/datasets/{identifier}.ttl|…`).
//! Work in progress: the routes are registered here, ahead of the HTML dataset routes.

use actix_web::web;

/// Registered first in [`crate::web::routes`], so `/datasets/{identifier}.ttl` wins over the page.
pub fn routes(_cfg: &mut web::ServiceConfig) {}
