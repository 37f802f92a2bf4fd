//! Who may see and change what: the account roles and the visibility rules of datasets, in one place
//! so pages, search, exports and APIs apply the same rules.
//!
//! - open datasets are public; shared ones are visible to any logged-in user; internal ones only to
//!   users of the owning or custodian agency (or an agency above it) and admins;
//! - drafts are visible only to the stewards of their agency and admins;
//! - stewards write the datasets whose owner or custodian is in their agency's subtree.

use super::{SharingScope, Status};

/// The role of an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UserRole {
    Admin,
    Steward,
    Official,
}

impl UserRole {
    pub const ALL: &'static [UserRole] = &[UserRole::Admin, UserRole::Steward, UserRole::Official];

    pub fn code(self) -> &'static str {
        match self {
            UserRole::Admin => "admin",
            UserRole::Steward => "steward",
            UserRole::Official => "official",
        }
    }

    pub fn from_code(code: &str) -> Option<UserRole> {
        UserRole::ALL.iter().copied().find(|r| r.code() == code)
    }

    pub fn label_vi(self) -> &'static str {
        match self {
            UserRole::Admin => "Quản trị viên",
            UserRole::Steward => "Cán bộ quản lý dữ liệu",
            UserRole::Official => "Cán bộ, công chức",
        }
    }

    pub fn label_en(self) -> &'static str {
        match self {
            UserRole::Admin => "Administrator",
            UserRole::Steward => "Data steward",
            UserRole::Official => "Official",
        }
    }

    /// Every role but admin belongs to an agency.
    pub fn needs_agency(self) -> bool {
        self != UserRole::Admin
    }
}

/// Who is looking at the catalog.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum Viewer {
    #[default]
    Anonymous,
    User {
        id: i32,
        role: UserRole,
        /// The user's agency.
        agency_id: Option<i32>,
        /// The user's agency and every agency below it.
        agency_subtree: Vec<i32>,
    },
}

/// What visibility depends on, for one dataset.
#[derive(Debug, Clone, Copy)]
pub struct DatasetAccess {
    pub scope: Option<SharingScope>,
    pub status: Option<Status>,
    pub owner_id: i32,
    pub custodian_id: Option<i32>,
}

impl Viewer {
    pub fn is_admin(&self) -> bool {
        matches!(
            self,
            Viewer::User {
                role: UserRole::Admin,
                ..
            }
        )
    }

    pub fn is_logged_in(&self) -> bool {
        matches!(self, Viewer::User { .. })
    }

    pub fn user_id(&self) -> Option<i32> {
        match self {
            Viewer::User { id, .. } => Some(*id),
            Viewer::Anonymous => None,
        }
    }

    pub fn role(&self) -> Option<UserRole> {
        match self {
            Viewer::User { role, .. } => Some(*role),
            Viewer::Anonymous => None,
        }
    }

    /// The agencies whose datasets this viewer counts as "theirs" (empty for anonymous and admins,
    /// who need no such list).
    pub fn own_agencies(&self) -> &[i32] {
        match self {
            Viewer::User { agency_subtree, .. } => agency_subtree,
            Viewer::Anonymous => &[],
        }
    }

    fn owns(&self, owner_id: i32, custodian_id: Option<i32>) -> bool {
        let own = self.own_agencies();
        own.contains(&owner_id) || custodian_id.is_some_and(|c| own.contains(&c))
    }

    /// Whether this viewer may write datasets: admins and stewards.
    pub fn is_writer(&self) -> bool {
        matches!(self.role(), Some(UserRole::Admin | UserRole::Steward))
    }

    /// Whether this viewer may create or change a dataset with this owner and custodian.
    pub fn can_edit(&self, owner_id: i32, custodian_id: Option<i32>) -> bool {
        match self.role() {
            Some(UserRole::Admin) => true,
            Some(UserRole::Steward) => self.owns(owner_id, custodian_id),
            _ => false,
        }
    }

    /// Whether this viewer may use an agency as owner or custodian of a dataset.
    pub fn can_use_agency(&self, agency_id: i32) -> bool {
        match self.role() {
            Some(UserRole::Admin) => true,
            Some(UserRole::Steward) => self.own_agencies().contains(&agency_id),
            _ => false,
        }
    }

    /// Whether this viewer may see the dataset at all (page, lists, search, counts, exports).
    pub fn can_see(&self, d: DatasetAccess) -> bool {
        if self.is_admin() {
            return true;
        }
        if d.status == Some(Status::Draft) || d.status.is_none() {
            return self.can_edit(d.owner_id, d.custodian_id);
        }
        match d.scope {
            Some(SharingScope::Open) => true,
            Some(SharingScope::Shared) => self.is_logged_in(),
            _ => self.owns(d.owner_id, d.custodian_id),
        }
    }

    /// The same rule as [`Viewer::can_see`] as an SQL condition on the datasets table named `t`
    /// (`d` for an alias, `datasets` in diesel queries); agency ids are integers, so the text is
    /// safe to splice.
    pub fn sql_condition(&self, t: &str) -> String {
        if self.is_admin() {
            return "1=1".to_string();
        }
        let own = self.own_agencies();
        let owns = if own.is_empty() {
            "1=0".to_string()
        } else {
            let list = own
                .iter()
                .map(|i| i.to_string())
                .collect::<Vec<_>>()
                .join(",");
            format!("({t}.owner_id IN ({list}) OR {t}.custodian_id IN ({list}))")
        };
        let drafts = if self.role() == Some(UserRole::Steward) {
            format!(" OR ({t}.status = 'draft' AND {owns})")
        } else {
            String::new()
        };
        let shared = if self.is_logged_in() {
            "'open', 'shared'"
        } else {
            "'open'"
        };
        format!("(({t}.status <> 'draft' AND ({t}.sharing_scope IN ({shared}) OR {owns})){drafts})")
    }
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

    fn ds(scope: SharingScope, status: Status, owner: i32) -> DatasetAccess {
        DatasetAccess {
            scope: Some(scope),
            status: Some(status),
            owner_id: owner,
            custodian_id: None,
        }
    }

    #[test]
    fn visibility_by_role_scope_and_status() {
        use SharingScope::*;
        use Status::*;
        let anon = Viewer::Anonymous;
        let official = user(UserRole::Official, &[10, 11]);
        let steward = user(UserRole::Steward, &[10, 11]);
        let other = user(UserRole::Steward, &[20]);
        let admin = user(UserRole::Admin, &[]);
        assert!(anon.can_see(ds(Open, Published, 10)));
        assert!(anon.can_see(ds(Open, Retired, 10)));
        assert!(!anon.can_see(ds(Shared, Published, 10)));
        assert!(!anon.can_see(ds(Internal, Published, 10)));
        assert!(other.can_see(ds(Shared, Published, 10)));
        assert!(!other.can_see(ds(Internal, Published, 10)));
        assert!(official.can_see(ds(Internal, Published, 11)));
        assert!(
            !official.can_see(ds(Open, Draft, 11)),
            "drafts are for stewards"
        );
        assert!(steward.can_see(ds(Internal, Draft, 11)));
        assert!(!other.can_see(ds(Open, Draft, 11)));
        assert!(admin.can_see(ds(Internal, Draft, 99)));
        assert!(steward.can_edit(11, None));
        assert!(steward.can_edit(99, Some(10)), "custodian counts");
        assert!(!other.can_edit(11, None));
        assert!(!official.can_edit(11, None));
    }
}
