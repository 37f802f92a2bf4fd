//! Authentication: password hashing, the encrypted session cookie, and throttling of failed logins.
//! Knows nothing of pages; the web layer turns a session into a `Viewer` (see `crate::domain`).

pub mod password;
pub mod session;
pub mod throttle;

pub use session::{Session, SessionKeys};
pub use throttle::Throttle;
