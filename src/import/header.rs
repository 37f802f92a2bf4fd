//! Header recognition: which kind of inventory file this is and which column holds which field.
//! Headers match case-insensitively, ignoring diacritics, spaces and underscores, with Vietnamese
//! aliases (docs/inventory-format.md).

use rustc_hash::FxHashMap as HashMap;

use crate::text::fold;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Agencies,
    Datasets,
    Fields,
    Distributions,
}

impl FileKind {
    /// Canonical columns of each kind, in the order of the inventory format.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            FileKind::Agencies => &["code", "name_vi", "name_en", "kind", "parent"],
            FileKind::Datasets => &[
                "identifier",
                "title",
                "description",
                "owner",
                "custodian",
                "themes",
                "keywords",
                "sharing_scope",
                "importance",
                "personal_data",
                "legal_basis",
                "channels",
                "licence",
                "update_frequency",
                "temporal_start",
                "temporal_end",
                "spatial",
                "contact_name",
                "contact_email",
                "contact_phone",
                "issued",
                "modified",
                "status",
            ],
            FileKind::Fields => &[
                "dataset",
                "name",
                "title",
                "type",
                "unit",
                "required",
                "key",
                "personal_data",
                "description",
                "example",
            ],
            FileKind::Distributions => &[
                "dataset",
                "title",
                "format",
                "media_type",
                "url",
                "byte_size",
                "channel",
            ],
        }
    }

    /// Columns a file of this kind must have.
    fn signature(self) -> &'static [&'static str] {
        match self {
            FileKind::Agencies => &["code", "name_vi", "kind"],
            FileKind::Datasets => &["identifier", "title", "owner"],
            FileKind::Fields => &["dataset", "name"],
            FileKind::Distributions => &["dataset", "url"],
        }
    }

    /// Parses `--kind` (the English name or the Vietnamese one, without diacritics or not).
    pub fn parse(value: &str) -> Option<FileKind> {
        match fold(value.trim()).as_str() {
            "agencies" | "agency" | "coquan" | "co quan" => Some(FileKind::Agencies),
            "datasets" | "dataset" | "dulieu" | "du lieu" => Some(FileKind::Datasets),
            "fields" | "field" | "truongdulieu" | "truong du lieu" => Some(FileKind::Fields),
            "distributions" | "distribution" | "banphanphoi" | "ban phan phoi" => {
                Some(FileKind::Distributions)
            }
            _ => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            FileKind::Agencies => "agencies",
            FileKind::Datasets => "datasets",
            FileKind::Fields => "fields",
            FileKind::Distributions => "distributions",
        }
    }
}

/// Vietnamese (and other) names accepted for canonical columns, already in folded, squashed form.
const ALIASES: &[(&str, &str)] = &[
    ("madinhdanh", "identifier"),
    ("tendulieu", "title"),
    ("tieude", "title"),
    ("mota", "description"),
    ("chusohuu", "owner"),
    ("coquanchusohuu", "owner"),
    ("coquanchuquan", "custodian"),
    ("chuquan", "custodian"),
    ("chude", "themes"),
    ("linhvuc", "themes"),
    ("tukhoa", "keywords"),
    ("phamvichiase", "sharing_scope"),
    ("phamvi", "sharing_scope"),
    ("mucdoquantrong", "importance"),
    ("mucdo", "importance"),
    ("dulieucanhan", "personal_data"),
    ("cancuphaply", "legal_basis"),
    ("kenhchiase", "channels"),
    ("giayphep", "licence"),
    ("license", "licence"),
    ("tansuatcapnhat", "update_frequency"),
    ("thoigianbatdau", "temporal_start"),
    ("thoigianketthuc", "temporal_end"),
    ("phamvikhonggian", "spatial"),
    ("nguoilienhe", "contact_name"),
    ("emaillienhe", "contact_email"),
    ("dienthoailienhe", "contact_phone"),
    ("ngaybanhanh", "issued"),
    ("ngaycongbo", "issued"),
    ("ngaycapnhat", "modified"),
    ("trangthai", "status"),
    ("ma", "code"),
    ("macoquan", "code"),
    ("ten", "name_vi"),
    ("tencoquan", "name_vi"),
    ("tentiengviet", "name_vi"),
    ("tentienganh", "name_en"),
    ("loai", "kind"),
    ("loaicoquan", "kind"),
    ("coquancaptren", "parent"),
    ("dulieu", "dataset"),
    ("tentruong", "name"),
    ("tencot", "name"),
    ("kieu", "type"),
    ("kieudulieu", "type"),
    ("donvitinh", "unit"),
    ("batbuoc", "required"),
    ("khoa", "key"),
    ("vidu", "example"),
    ("dinhdang", "format"),
    ("duongdan", "url"),
    ("kichthuoc", "byte_size"),
    ("kenh", "channel"),
    ("madonvi", "code"),
    ("tendonvi", "name_vi"),
    ("tengiaodichtienganh", "name_en"),
    ("englishname", "name_en"),
    ("loaihinhcoquan", "kind"),
    ("donvicaptren", "parent"),
    ("tructhuoc", "parent"),
    ("dinhdanh", "identifier"),
    ("id", "identifier"),
    ("tencosodulieu", "title"),
    ("tentapdulieu", "title"),
    ("motadulieu", "description"),
    ("noidung", "description"),
    ("chusohuudulieu", "owner"),
    ("coquansohuu", "owner"),
    ("chuquandulieu", "custodian"),
    ("donvichuquan", "custodian"),
    ("donviquanly", "custodian"),
    ("nhomdulieu", "themes"),
    ("phanloaitheophamvichiase", "sharing_scope"),
    ("phanloaitheomucdoquantrong", "importance"),
    ("tamquantrong", "importance"),
    ("loaidulieucanhan", "personal_data"),
    ("chuadulieucanhan", "personal_data"),
    ("cosophaply", "legal_basis"),
    ("hinhthucchiase", "channels"),
    ("nentangchiase", "channels"),
    ("giayphepsudung", "licence"),
    ("dieukiensudung", "licence"),
    ("chukycapnhat", "update_frequency"),
    ("frequency", "update_frequency"),
    ("tungay", "temporal_start"),
    ("thoigiantu", "temporal_start"),
    ("denngay", "temporal_end"),
    ("thoigianden", "temporal_end"),
    ("phamvidialy", "spatial"),
    ("diaban", "spatial"),
    ("daumoilienhe", "contact_name"),
    ("canbodaumoi", "contact_name"),
    ("thudientu", "contact_email"),
    ("email", "contact_email"),
    ("dienthoai", "contact_phone"),
    ("sodienthoai", "contact_phone"),
    ("ngayphathanh", "issued"),
    ("ngaytao", "issued"),
    ("ngaysuadoi", "modified"),
    ("capnhatlancuoi", "modified"),
    ("tinhtrang", "status"),
    ("madinhdanhdulieu", "dataset"),
    ("madulieu", "dataset"),
    ("tapdulieu", "dataset"),
    ("matruong", "name"),
    ("field", "name"),
    ("column", "name"),
    ("tenhienthi", "title"),
    ("nhan", "title"),
    ("loaidulieu", "type"),
    ("donvi", "unit"),
    ("lakhoa", "key"),
    ("khoachinh", "key"),
    ("giaithich", "description"),
    ("dinhnghia", "description"),
    ("giatrimau", "example"),
    ("tentainguyen", "title"),
    ("tenbanphanphoi", "title"),
    ("kieumime", "media_type"),
    ("loaiphuongtien", "media_type"),
    ("mimetype", "media_type"),
    ("diachitruycap", "url"),
    ("lienket", "url"),
    ("urltaive", "url"),
    ("link", "url"),
    ("dungluong", "byte_size"),
    ("kichthuoctep", "byte_size"),
    ("size", "byte_size"),
    ("nentang", "channel"),
];

/// The folded, squashed form headers are compared in: "Mã định danh" → "madinhdanh".
fn squash(header: &str) -> String {
    fold(header.trim_start_matches('\u{feff}'))
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect()
}

/// Maps one header cell to its canonical column name, if it has one.
pub fn canonical(header: &str) -> Option<&'static str> {
    let key = squash(header);
    let all = [
        FileKind::Agencies,
        FileKind::Datasets,
        FileKind::Fields,
        FileKind::Distributions,
    ];
    all.iter()
        .flat_map(|k| k.columns().iter())
        .find(|c| squash(c) == key)
        .copied()
        .or_else(|| {
            ALIASES
                .iter()
                .find(|(alias, _)| *alias == key)
                .map(|(_, c)| *c)
        })
}

/// A recognised header row: the kind, where each canonical column is, and the columns ignored.
#[derive(Debug, Clone)]
pub struct Header {
    pub kind: FileKind,
    pub positions: HashMap<&'static str, usize>,
    pub unknown: Vec<String>,
}

/// Recognises the file kind from its header row (the kind whose required columns are all present;
/// the most specific wins when several are).
pub fn recognise(cells: &[String]) -> Option<Header> {
    recognise_as(cells, None)
}

/// Like [`recognise`], but a given `kind` is taken as is (`--kind`): its missing required columns
/// are then reported on each row.
pub fn recognise_as(cells: &[String], kind: Option<FileKind>) -> Option<Header> {
    let mut positions = HashMap::default();
    let mut unknown = Vec::new();
    for (i, cell) in cells.iter().enumerate() {
        match canonical(cell) {
            Some(c) if !positions.contains_key(c) => {
                positions.insert(c, i);
            }
            _ if cell.trim().is_empty() => {}
            _ => unknown.push(cell.trim().to_string()),
        }
    }
    let kinds = [
        FileKind::Datasets,
        FileKind::Fields,
        FileKind::Distributions,
        FileKind::Agencies,
    ];
    let kind = kind.or_else(|| {
        kinds
            .into_iter()
            .find(|k| k.signature().iter().all(|c| positions.contains_key(c)))
    })?;
    // Columns of other kinds are unknown for this one.
    let columns = kind.columns();
    let mut foreign: Vec<(&'static str, usize)> = positions
        .iter()
        .filter(|(c, _)| !columns.contains(c))
        .map(|(c, i)| (*c, *i))
        .collect();
    foreign.sort_by_key(|(_, i)| *i);
    for (c, i) in foreign {
        positions.remove(c);
        unknown.push(cells[i].trim().to_string());
    }
    Some(Header {
        kind,
        positions,
        unknown,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    /// Every alias the public format documents (docs/inventory-format.md, section 3) is accepted.
    #[test]
    fn accepts_every_documented_alias() {
        let doc = include_str!("../../docs/inventory-format.md");
        let mut checked = 0;
        for line in doc.lines() {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            // | `column` | alias; alias | req. | meaning |
            if cells.len() < 5 || !cells[1].starts_with('`') || cells[1].contains(' ') {
                continue;
            }
            if !["yes", "no", "when personal data", "url or title"].contains(&cells[3]) {
                continue;
            }
            let column = cells[1].trim_matches('`');
            for alias in cells[2].split(';').map(str::trim).filter(|a| !a.is_empty()) {
                assert_eq!(
                    canonical(alias),
                    Some(column),
                    "alias {alias:?} of {column}"
                );
                checked += 1;
            }
        }
        assert!(
            checked > 100,
            "only {checked} aliases found in the documentation"
        );
    }

    #[test]
    fn recognises_vietnamese_headers() {
        let h = recognise(&cells(&[
            "Mã định danh",
            "Tên dữ liệu",
            "Chủ sở hữu",
            "Mô tả",
            "Ghi chú",
        ]))
        .unwrap();
        assert_eq!(h.kind, FileKind::Datasets);
        assert_eq!(h.positions["description"], 3);
        assert_eq!(h.unknown, ["Ghi chú"]);
    }

    #[test]
    fn recognises_each_kind() {
        assert_eq!(
            recognise(&cells(&["code", "Name VI", "KIND", "parent"]))
                .unwrap()
                .kind,
            FileKind::Agencies
        );
        assert_eq!(
            recognise(&cells(&["dataset", "name", "type"]))
                .unwrap()
                .kind,
            FileKind::Fields
        );
        assert_eq!(
            recognise(&cells(&["dataset", "title", "url"]))
                .unwrap()
                .kind,
            FileKind::Distributions
        );
        assert!(recognise(&cells(&["foo", "bar"])).is_none());
    }
}
