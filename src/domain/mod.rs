//! Domain vocabulary shared by pages, import and APIs: the controlled vocabularies with their codes and
//! Vietnamese/English labels, and the interface language. Knows nothing of HTTP or SQL.

mod access;
pub mod access_request;
pub mod calendar;
mod vocab;

pub use access::{DatasetAccess, UserRole, Viewer};
pub use access_request::RequestStatus;
pub use calendar::{Calendar, Clock};

pub use vocab::{
    AgencyKind, Audience, Channel, FieldType, Importance, PersonalData, SharingScope, Status,
    Theme, UpdateFrequency,
};

/// Interface language. Vietnamese is the default; English is chosen with a cookie.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the Vietnamese or English form of a UI string.
    pub fn pick<'a>(self, vi: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Vi => vi,
            Lang::En => en,
        }
    }
}
