//! Controlled vocabularies of the catalog (see `shared/reference/vocabularies.csv`): each value has a
//! stable code (stored in the database, used by the inventory format and the APIs) and Vietnamese and
//! English labels. Parsing accepts the code or either label, with or without diacritics, in any case.

use crate::text::fold;

/// Declares a vocabulary enum with its codes and labels, and the lookups every vocabulary needs.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = ($code:literal, $vi:literal, $en:literal)),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code stored in the database.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn label_vi(self) -> &'static str {
                match self { $($name::$variant => $vi),+ }
            }

            pub fn label_en(self) -> &'static str {
                match self { $($name::$variant => $en),+ }
            }

            pub fn label(self, lang: crate::domain::Lang) -> &'static str {
                match lang {
                    crate::domain::Lang::Vi => self.label_vi(),
                    crate::domain::Lang::En => self.label_en(),
                }
            }

            /// Exact code lookup, for values read back from the database.
            pub fn from_code(code: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }

            /// Lenient lookup for people and spreadsheets: the code or a label, any case, with or
            /// without diacritics ("dung chung", "Dùng chung" and "shared" are the same value).
            pub fn parse(input: &str) -> Option<Self> {
                // Most cells hold the code itself: no folding needed.
                if let Some(v) = Self::ALL.iter().copied().find(|v| v.code() == input.trim()) {
                    return Some(v);
                }
                let wanted = fold(input.trim());
                if wanted.is_empty() {
                    return None;
                }
                Self::ALL.iter().copied().find(|v| {
                    fold(v.code()) == wanted || fold(v.label_vi()) == wanted || fold(v.label_en()) == wanted
                })
            }
        }
    };
}

vocabulary!(
    /// Kind of agency in the government structure.
    AgencyKind {
        Ministry = ("ministry", "Bộ", "Ministry"),
        MinisterialAgency = ("ministerial_agency", "Cơ quan ngang bộ", "Ministerial-level agency"),
        GovernmentAgency = ("government_agency", "Cơ quan thuộc Chính phủ", "Government agency"),
        City = ("city", "Thành phố trực thuộc trung ương", "Centrally-run city"),
        Province = ("province", "Tỉnh", "Province"),
        Department = ("department", "Đơn vị trực thuộc", "Subordinate unit"),
    }
);

vocabulary!(
    /// Sharing scope, Data Law 60/2024/QH15 Art. 13.
    SharingScope {
        Shared = ("shared", "Dùng chung", "Shared among state agencies"),
        Internal = ("internal", "Dùng riêng", "Internal to the owning agency"),
        Open = ("open", "Mở", "Open"),
    }
);

vocabulary!(
    /// Importance, Data Law 60/2024/QH15 Art. 13 and Decision 20/2025/QĐ-TTg.
    Importance {
        Core = ("core", "Cốt lõi", "Core"),
        Important = ("important", "Quan trọng", "Important"),
        Other = ("other", "Khác", "Other"),
    }
);

vocabulary!(
    /// Personal data held, Personal Data Protection Law 91/2025/QH15.
    PersonalData {
        None = ("none", "Không", "None"),
        Basic = ("basic", "Cơ bản", "Basic"),
        Sensitive = ("sensitive", "Nhạy cảm", "Sensitive"),
    }
);

vocabulary!(
    /// Channels through which a dataset is shared (Decree 47/2020 as amended by Decree 194/2025).
    Channel {
        Ndxp = ("ndxp", "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)", "National data integration and sharing platform (NDXP)"),
        Lgsp = ("lgsp", "Nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, cấp tỉnh (LGSP)", "Ministry/provincial integration platform (LGSP)"),
        DataCenter = ("datacenter", "Nền tảng chia sẻ, điều phối dữ liệu của Trung tâm dữ liệu quốc gia", "National Data Center sharing and coordination platform"),
        Portal = ("portal", "Cổng dữ liệu quốc gia", "National open data portal"),
        Api = ("api", "Dịch vụ API trực tiếp", "Direct API"),
        Download = ("download", "Tải tệp", "File download"),
    }
);

vocabulary!(
    UpdateFrequency {
        Continuous = ("continuous", "Liên tục", "Continuous"),
        Daily = ("daily", "Hằng ngày", "Daily"),
        Weekly = ("weekly", "Hằng tuần", "Weekly"),
        Monthly = ("monthly", "Hằng tháng", "Monthly"),
        Quarterly = ("quarterly", "Hằng quý", "Quarterly"),
        Semiannual = ("semiannual", "6 tháng một lần", "Every six months"),
        Annual = ("annual", "Hằng năm", "Annual"),
        Irregular = ("irregular", "Không định kỳ", "Irregular"),
        Never = ("never", "Không cập nhật", "Never"),
    }
);

vocabulary!(
    /// Publication status of a dataset record.
    Status {
        Draft = ("draft", "Bản nháp", "Draft"),
        Published = ("published", "Đã công bố", "Published"),
        Retired = ("retired", "Ngừng sử dụng", "Retired"),
    }
);

impl Status {
    /// The other status a public list can show: published ↔ retired.
    pub fn other_listed(self) -> Status {
        match self {
            Status::Retired => Status::Published,
            _ => Status::Retired,
        }
    }
}

vocabulary!(
    /// Type of a column in a dataset's schema.
    FieldType {
        String = ("string", "Văn bản", "Text"),
        Integer = ("integer", "Số nguyên", "Integer"),
        Decimal = ("decimal", "Số thập phân", "Decimal"),
        Boolean = ("boolean", "Đúng/Sai", "Boolean"),
        Date = ("date", "Ngày", "Date"),
        DateTime = ("datetime", "Ngày giờ", "Date and time"),
        Code = ("code", "Mã (danh mục)", "Code from a code list"),
        Geometry = ("geometry", "Dữ liệu không gian", "Geometry"),
    }
);

vocabulary!(
    /// Who an access rule lets in.
    Audience {
        Public = ("public", "Mọi người", "Everyone"),
        StateAgencies = ("state_agencies", "Các cơ quan nhà nước", "State agencies"),
        OwnerAgency = ("owner_agency", "Chỉ cơ quan chủ sở hữu, chủ quản", "Owning and custodian agency only"),
    }
);

vocabulary!(
    /// Themes of the catalog. The same codes are in the `themes` table, which the pages read.
    Theme {
        Population = ("population", "Dân cư", "Population"),
        Economy = ("economy", "Kinh tế", "Economy"),
        Finance = ("finance", "Tài chính", "Finance"),
        Health = ("health", "Y tế", "Health"),
        Education = ("education", "Giáo dục", "Education"),
        Environment = ("environment", "Môi trường", "Environment"),
        Agriculture = ("agriculture", "Nông nghiệp", "Agriculture"),
        Land = ("land", "Đất đai", "Land"),
        Transport = ("transport", "Giao thông", "Transport"),
        Justice = ("justice", "Tư pháp", "Justice"),
        PublicSecurity = ("public-security", "An ninh trật tự", "Public security"),
        Social = ("social", "Xã hội", "Social affairs"),
        Labour = ("labour", "Lao động, việc làm", "Labour and employment"),
        Culture = ("culture", "Văn hóa, thể thao, du lịch", "Culture, sports and tourism"),
        Science = ("science", "Khoa học, công nghệ", "Science and technology"),
        Government = ("government", "Hành chính nhà nước", "Public administration"),
        Enterprise = ("enterprise", "Doanh nghiệp", "Enterprises"),
        Construction = ("construction", "Xây dựng", "Construction"),
        Energy = ("energy", "Năng lượng", "Energy"),
        Trade = ("trade", "Thương mại", "Trade"),
    }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_labels_with_or_without_diacritics() {
        assert_eq!(
            SharingScope::parse("dùng chung"),
            Some(SharingScope::Shared)
        );
        assert_eq!(
            SharingScope::parse("DUNG RIENG"),
            Some(SharingScope::Internal)
        );
        assert_eq!(SharingScope::parse("open"), Some(SharingScope::Open));
        assert_eq!(Importance::parse("cot loi"), Some(Importance::Core));
        assert_eq!(
            PersonalData::parse("Nhạy cảm"),
            Some(PersonalData::Sensitive)
        );
        assert_eq!(SharingScope::parse("  "), None);
        assert_eq!(SharingScope::parse("secret"), None);
    }
}
