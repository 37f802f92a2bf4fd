//! Access requests between agencies: their statuses and who may do what with them. The rules, in
//! one place so pages and the API agree:
//! - only logged-in users of an agency that neither owns nor keeps the dataset may ask, and only for
//!   published shared (`dùng chung`) datasets: internal ones cannot be requested, open ones need no
//!   request;
//! - only stewards of the answering agency (the access rule's approving agency, else the owner) or
//!   of the owner, and admins, answer; a request is answered once;
//! - a request is seen by the requesting agency, the answering and owning agencies, and admins.

use super::{SharingScope, Status, UserRole, Viewer};

/// Where a request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestStatus {
    Pending,
    Approved,
    Refused,
    Withdrawn,
}

impl RequestStatus {
    pub const ALL: &'static [RequestStatus] = &[
        RequestStatus::Pending,
        RequestStatus::Approved,
        RequestStatus::Refused,
        RequestStatus::Withdrawn,
    ];

    pub fn code(self) -> &'static str {
        match self {
            RequestStatus::Pending => "pending",
            RequestStatus::Approved => "approved",
            RequestStatus::Refused => "refused",
            RequestStatus::Withdrawn => "withdrawn",
        }
    }

    pub fn from_code(code: &str) -> Option<RequestStatus> {
        RequestStatus::ALL
            .iter()
            .copied()
            .find(|s| s.code() == code)
    }

    pub fn label(self, lang: super::Lang) -> &'static str {
        match self {
            RequestStatus::Pending => lang.pick("Chờ trả lời", "Awaiting answer"),
            RequestStatus::Approved => lang.pick("Đã chấp thuận", "Approved"),
            RequestStatus::Refused => lang.pick("Đã từ chối", "Refused"),
            RequestStatus::Withdrawn => lang.pick("Đã rút lại", "Withdrawn"),
        }
    }
}

/// Why a viewer may not request a dataset (each has a message the page shows).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CannotRequest {
    NotLoggedIn,
    NoAgency,
    OwnAgency,
    OpenData,
    NotShared,
    NotPublished,
}

impl CannotRequest {
    pub fn message(self, lang: super::Lang) -> &'static str {
        match self {
            CannotRequest::NotLoggedIn => lang.pick(
                "Đăng nhập để gửi yêu cầu truy cập dữ liệu.",
                "Log in to request access.",
            ),
            CannotRequest::NoAgency => lang.pick(
                "Tài khoản của bạn không thuộc cơ quan nào nên không thể gửi yêu cầu.",
                "Your account belongs to no agency, so it cannot make requests.",
            ),
            CannotRequest::OwnAgency => lang.pick(
                "Dữ liệu này thuộc cơ quan của bạn: không cần yêu cầu truy cập.",
                "This dataset belongs to your agency: no request is needed.",
            ),
            CannotRequest::OpenData => lang.pick(
                "Đây là dữ liệu mở: ai cũng dùng được, không cần yêu cầu. Tải về ở mục Phân phối.",
                "This is open data: anyone may use it without a request. Download it from Distributions.",
            ),
            CannotRequest::NotShared => lang.pick(
                "Dữ liệu dùng riêng không được chia sẻ cho cơ quan khác nên không thể yêu cầu.",
                "Internal data is not shared with other agencies and cannot be requested.",
            ),
            CannotRequest::NotPublished => lang.pick(
                "Chỉ yêu cầu được dữ liệu đã công bố.",
                "Only published datasets can be requested.",
            ),
        }
    }
}

/// The parts of a dataset the request rules look at.
#[derive(Debug, Clone, Copy)]
pub struct Requestable {
    pub scope: Option<SharingScope>,
    pub status: Option<Status>,
    pub owner_id: i32,
    pub custodian_id: Option<i32>,
}

/// Whether `viewer` may request access to the dataset.
pub fn may_request(viewer: &Viewer, d: Requestable) -> Result<i32, CannotRequest> {
    let Viewer::User {
        agency_id,
        agency_subtree,
        ..
    } = viewer
    else {
        return Err(CannotRequest::NotLoggedIn);
    };
    match d.scope {
        Some(SharingScope::Open) => return Err(CannotRequest::OpenData),
        Some(SharingScope::Shared) => {}
        _ => return Err(CannotRequest::NotShared),
    }
    if d.status != Some(Status::Published) {
        return Err(CannotRequest::NotPublished);
    }
    let Some(agency) = agency_id else {
        return Err(CannotRequest::NoAgency);
    };
    let owns = agency_subtree.contains(&d.owner_id)
        || d.custodian_id.is_some_and(|c| agency_subtree.contains(&c));
    if owns {
        return Err(CannotRequest::OwnAgency);
    }
    Ok(*agency)
}

/// The agencies party to one request.
#[derive(Debug, Clone, Copy)]
pub struct Parties {
    pub requester_agency_id: i32,
    pub answering_agency_id: i32,
    pub owner_id: i32,
    pub custodian_id: Option<i32>,
}

fn within(viewer: &Viewer, agency: i32) -> bool {
    viewer.own_agencies().contains(&agency)
}

/// Whether `viewer` may read the request.
pub fn may_see(viewer: &Viewer, p: Parties) -> bool {
    viewer.is_admin() || is_requesting_side(viewer, p) || is_answering_side(viewer, p)
}

pub fn is_requesting_side(viewer: &Viewer, p: Parties) -> bool {
    within(viewer, p.requester_agency_id)
}

pub fn is_answering_side(viewer: &Viewer, p: Parties) -> bool {
    within(viewer, p.answering_agency_id)
        || within(viewer, p.owner_id)
        || p.custodian_id.is_some_and(|c| within(viewer, c))
}

/// Whether `viewer` may answer (approve, refuse, change conditions).
pub fn may_answer(viewer: &Viewer, p: Parties) -> bool {
    match viewer.role() {
        Some(UserRole::Admin) => true,
        Some(UserRole::Steward) => is_answering_side(viewer, p),
        _ => false,
    }
}

/// Whether `viewer` may withdraw: someone of the requesting agency.
pub fn may_withdraw(viewer: &Viewer, p: Parties) -> bool {
    is_requesting_side(viewer, p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(role: UserRole, subtree: &[i32]) -> Viewer {
        Viewer::User {
            id: 1,
            role,
            agency_id: subtree.first().copied(),
            agency_subtree: subtree.to_vec(),
        }
    }

    fn shared(owner: i32) -> Requestable {
        Requestable {
            scope: Some(SharingScope::Shared),
            status: Some(Status::Published),
            owner_id: owner,
            custodian_id: None,
        }
    }

    #[test]
    fn who_may_request() {
        let other = user(UserRole::Official, &[20]);
        assert_eq!(may_request(&other, shared(10)), Ok(20));
        assert_eq!(
            may_request(&Viewer::Anonymous, shared(10)),
            Err(CannotRequest::NotLoggedIn)
        );
        let own = user(UserRole::Official, &[5, 10]);
        assert_eq!(may_request(&own, shared(10)), Err(CannotRequest::OwnAgency));
        let open = Requestable {
            scope: Some(SharingScope::Open),
            ..shared(10)
        };
        assert_eq!(may_request(&other, open), Err(CannotRequest::OpenData));
        let internal = Requestable {
            scope: Some(SharingScope::Internal),
            ..shared(10)
        };
        assert_eq!(may_request(&other, internal), Err(CannotRequest::NotShared));
        let draft = Requestable {
            status: Some(Status::Draft),
            ..shared(10)
        };
        assert_eq!(may_request(&other, draft), Err(CannotRequest::NotPublished));
        let admin = user(UserRole::Admin, &[]);
        assert_eq!(
            may_request(&admin, shared(10)),
            Err(CannotRequest::NoAgency)
        );
    }

    #[test]
    fn who_may_answer_and_see() {
        let p = Parties {
            requester_agency_id: 20,
            answering_agency_id: 10,
            owner_id: 10,
            custodian_id: None,
        };
        assert!(may_answer(&user(UserRole::Steward, &[10]), p));
        assert!(!may_answer(&user(UserRole::Official, &[10]), p));
        assert!(!may_answer(&user(UserRole::Steward, &[20]), p));
        assert!(may_see(&user(UserRole::Official, &[10]), p));
        assert!(may_see(&user(UserRole::Official, &[20]), p));
        assert!(!may_see(&user(UserRole::Steward, &[30]), p));
        assert!(!may_see(&Viewer::Anonymous, p));
        assert!(may_withdraw(&user(UserRole::Official, &[20]), p));
        assert!(!may_withdraw(&user(UserRole::Steward, &[10]), p));
    }
}
