#!/usr/bin/env python3
"""Generate the ndc seed inventory (seed-data/*.csv).

Synthetic but realistic data for a national data catalog of Vietnamese state
agencies, in the CSV inventory format described in docs/inventory-format.md:

    seed-data/agencies.csv       code,name_vi,name_en,kind,parent
    seed-data/datasets.csv       identifier,title,description,owner,custodian,...
    seed-data/fields.csv         dataset,name,title,type,unit,required,key,...
    seed-data/distributions.csv  dataset,title,format,media_type,url,byte_size,channel

Agency names follow Resolution 176/2025/QH15 (ministries) and Resolution
202/2025/QH15 (34 provincial-level units, in force 1 July 2025); the lists are
embedded below and, when /work/shared/reference is present, checked against it.
Everything else (datasets, people, phone numbers, URLs) is invented.

Standard library only and deterministic: the same script always writes the same
bytes. Run from anywhere:  python3 tools/gen_seed.py
The script ends with a consistency check (references, vocabularies, NFC, dates,
field types...) and prints row counts; it exits non-zero if a check fails.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "seed-data"
REFERENCE = Path(os.environ.get("NDC_REFERENCE_DIR", "/work/shared/reference"))
SEED = 20250701  # the day the 34 provincial-level units came into force
TODAY = dt.date(2026, 11, 1)  # latest allowed issued/modified date

# --------------------------------------------------------------------------
# Text helpers
# --------------------------------------------------------------------------


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def fold(s: str) -> str:
    """Lowercase ASCII folding of Vietnamese text (đ → d, marks stripped)."""
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return s.lower()


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(s)).strip("-")


# --------------------------------------------------------------------------
# Controlled vocabularies (codes as in vocabularies.csv)
# --------------------------------------------------------------------------

AGENCY_KINDS = ["ministry", "ministerial_agency", "government_agency", "city", "province", "department"]
SHARING = ["shared", "internal", "open"]
IMPORTANCE = ["core", "important", "other"]
PERSONAL = ["none", "basic", "sensitive"]
CHANNELS = ["ndxp", "lgsp", "datacenter", "portal", "api", "download"]
FREQUENCIES = ["continuous", "daily", "weekly", "monthly", "quarterly", "semiannual", "annual", "irregular", "never"]
STATUSES = ["draft", "published", "retired"]
FIELD_TYPES = ["string", "integer", "decimal", "boolean", "date", "datetime", "code", "geometry"]

# Theme vocabulary shared with the app: code -> (Vietnamese label, English label)
THEMES = {
    "population": ("Dân cư", "Population"),
    "economy": ("Kinh tế", "Economy"),
    "finance": ("Tài chính", "Finance"),
    "health": ("Y tế", "Health"),
    "education": ("Giáo dục", "Education"),
    "environment": ("Môi trường", "Environment"),
    "agriculture": ("Nông nghiệp", "Agriculture"),
    "land": ("Đất đai", "Land"),
    "transport": ("Giao thông", "Transport"),
    "justice": ("Tư pháp", "Justice"),
    "public-security": ("An ninh trật tự", "Public security and order"),
    "social": ("Xã hội", "Social affairs"),
    "labour": ("Lao động, việc làm", "Labour and employment"),
    "culture": ("Văn hóa, thể thao, du lịch", "Culture, sports and tourism"),
    "science": ("Khoa học, công nghệ", "Science and technology"),
    "government": ("Hành chính nhà nước", "Public administration"),
    "enterprise": ("Doanh nghiệp", "Enterprises"),
    "construction": ("Xây dựng", "Construction"),
    "energy": ("Năng lượng", "Energy"),
    "trade": ("Thương mại", "Trade"),
}

FORMATS = {  # format -> media type
    "CSV": "text/csv",
    "JSON": "application/json",
    "XML": "application/xml",
    "XLSX": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "API": "application/json",
    "SHP": "application/zip",
    "PDF": "application/pdf",
}

# --------------------------------------------------------------------------
# Government structure
# --------------------------------------------------------------------------

# code, name_vi, name_en, e-mail / web domain
MINISTRIES = [
    ("bqp", "Bộ Quốc phòng", "Ministry of National Defence", "mod.gov.vn"),
    ("bca", "Bộ Công an", "Ministry of Public Security", "bocongan.gov.vn"),
    ("bng", "Bộ Ngoại giao", "Ministry of Foreign Affairs", "mofa.gov.vn"),
    ("bnv", "Bộ Nội vụ", "Ministry of Home Affairs", "moha.gov.vn"),
    ("btp", "Bộ Tư pháp", "Ministry of Justice", "moj.gov.vn"),
    ("btc", "Bộ Tài chính", "Ministry of Finance", "mof.gov.vn"),
    ("bct", "Bộ Công Thương", "Ministry of Industry and Trade", "moit.gov.vn"),
    ("bnnmt", "Bộ Nông nghiệp và Môi trường", "Ministry of Agriculture and Environment", "mae.gov.vn"),
    ("bxd", "Bộ Xây dựng", "Ministry of Construction", "moc.gov.vn"),
    ("bvhttdl", "Bộ Văn hóa, Thể thao và Du lịch", "Ministry of Culture, Sports and Tourism", "bvhttdl.gov.vn"),
    ("bkhcn", "Bộ Khoa học và Công nghệ", "Ministry of Science and Technology", "mst.gov.vn"),
    ("bgddt", "Bộ Giáo dục và Đào tạo", "Ministry of Education and Training", "moet.gov.vn"),
    ("byt", "Bộ Y tế", "Ministry of Health", "moh.gov.vn"),
    ("bdttg", "Bộ Dân tộc và Tôn giáo", "Ministry of Ethnic Minorities and Religions", "bdttg.gov.vn"),
]

MINISTERIAL_AGENCIES = [
    ("nhnn", "Ngân hàng Nhà nước Việt Nam", "State Bank of Vietnam", "sbv.gov.vn"),
    ("ttcp", "Thanh tra Chính phủ", "Government Inspectorate", "thanhtra.gov.vn"),
    ("vpcp", "Văn phòng Chính phủ", "Government Office", "vpcp.gov.vn"),
]

# Agencies under the Government (cơ quan thuộc Chính phủ) after the 2025
# reorganisation. Bảo hiểm xã hội Việt Nam moved under the Ministry of Finance
# and is listed as one of its departments.
GOVERNMENT_AGENCIES = [
    ("ttxvn", "Thông tấn xã Việt Nam", "Vietnam News Agency", "ttxvn.gov.vn"),
    ("vtv", "Đài Truyền hình Việt Nam", "Vietnam Television", "vtv.gov.vn"),
    ("vov", "Đài Tiếng nói Việt Nam", "Voice of Vietnam", "vov.gov.vn"),
    ("vast", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Vietnam Academy of Science and Technology", "vast.gov.vn"),
    ("vass", "Viện Hàn lâm Khoa học xã hội Việt Nam", "Vietnam Academy of Social Sciences", "vass.gov.vn"),
]

# Departments of central agencies: code suffix, name_vi, name_en
CENTRAL_DEPARTMENTS = {
    "bqp": [
        ("bdbp", "Bộ Tư lệnh Bộ đội Biên phòng", "Border Guard Command"),
        ("bcy", "Ban Cơ yếu Chính phủ", "Government Cipher Committee"),
        ("ql", "Cục Quân lực", "Department of Military Forces"),
    ],
    "bca": [
        ("c06", "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
         "Police Department for Administrative Management of Social Order"),
        ("c08", "Cục Cảnh sát giao thông", "Traffic Police Department"),
        ("c07", "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
         "Fire Prevention, Firefighting and Rescue Police Department"),
        ("c04", "Cục Cảnh sát điều tra tội phạm về ma túy", "Drug Crime Investigation Police Department"),
        ("a08", "Cục Quản lý xuất nhập cảnh", "Immigration Department"),
        ("ttdlqg", "Trung tâm Dữ liệu quốc gia", "National Data Center"),
    ],
    "bng": [
        ("ls", "Cục Lãnh sự", "Consular Department"),
        ("lpdu", "Vụ Luật pháp và Điều ước quốc tế", "Department of International Law and Treaties"),
    ],
    "bnv": [
        ("ccvc", "Vụ Công chức - Viên chức", "Department of Civil Servants and Public Employees"),
        ("cqdp", "Vụ Chính quyền địa phương", "Department of Local Government"),
        ("vl", "Cục Việc làm", "Department of Employment"),
        ("nck", "Cục Người có công", "Department of Meritorious People"),
        ("vtlt", "Cục Văn thư và Lưu trữ nhà nước", "State Records and Archives Department"),
        ("qlldnn", "Cục Quản lý lao động ngoài nước", "Department of Overseas Labour"),
        ("tdkt", "Ban Thi đua - Khen thưởng Trung ương", "Central Emulation and Commendation Committee"),
    ],
    "btp": [
        ("htqtct", "Cục Hộ tịch, quốc tịch, chứng thực", "Department of Civil Status, Nationality and Authentication"),
        ("lltp", "Trung tâm Lý lịch tư pháp quốc gia", "National Judicial Records Centre"),
        ("dkgdbd", "Cục Đăng ký quốc gia giao dịch bảo đảm", "National Registration Agency for Secured Transactions"),
        ("qlthads", "Cục Quản lý thi hành án dân sự", "Department of Civil Judgment Enforcement Management"),
        ("bttp", "Cục Bổ trợ tư pháp", "Department of Judicial Support"),
        ("ktvb", "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính",
         "Department of Legal Document Review and Administrative Sanctions Management"),
    ],
    "btc": [
        ("thue", "Cục Thuế", "Tax Department"),
        ("hq", "Cục Hải quan", "Customs Department"),
        ("tk", "Cục Thống kê", "National Statistics Office"),
        ("kbnn", "Kho bạc Nhà nước", "State Treasury"),
        ("bhxh", "Bảo hiểm xã hội Việt Nam", "Vietnam Social Security"),
        ("ptdn", "Cục Phát triển doanh nghiệp tư nhân và kinh tế tập thể",
         "Agency for Private Enterprise and Collective Economy Development"),
        ("dtnn", "Cục Đầu tư nước ngoài", "Foreign Investment Agency"),
        ("qldt", "Cục Quản lý đấu thầu", "Public Procurement Agency"),
        ("qlcs", "Cục Quản lý công sản", "Public Asset Management Agency"),
        ("qlg", "Cục Quản lý giá", "Price Management Agency"),
        ("ubck", "Ủy ban Chứng khoán Nhà nước", "State Securities Commission"),
        ("qln", "Cục Quản lý nợ và Kinh tế đối ngoại", "Agency for Debt Management and External Finance"),
    ],
    "bct": [
        ("dl", "Cục Điện lực", "Electricity Authority"),
        ("xnk", "Cục Xuất nhập khẩu", "Agency of Foreign Trade"),
        ("tmdt", "Cục Thương mại điện tử và Kinh tế số", "E-commerce and Digital Economy Agency"),
        ("hc", "Cục Hóa chất", "Vietnam Chemicals Agency"),
        ("ttn", "Cục Quản lý và Phát triển thị trường trong nước",
         "Department of Domestic Market Management and Development"),
    ],
    "bnnmt": [
        ("qldd", "Cục Quản lý đất đai", "Department of Land Management"),
        ("kttv", "Cục Khí tượng Thủy văn", "Department of Hydro-Meteorology"),
        ("mt", "Cục Môi trường", "Department of Environment"),
        ("tnn", "Cục Quản lý tài nguyên nước", "Department of Water Resources Management"),
        ("ttbvtv", "Cục Trồng trọt và Bảo vệ thực vật", "Department of Crop Production and Plant Protection"),
        ("cntv", "Cục Chăn nuôi và Thú y", "Department of Livestock Production and Animal Health"),
        ("tsks", "Cục Thủy sản và Kiểm ngư", "Department of Fisheries and Fisheries Surveillance"),
        ("lnkl", "Cục Lâm nghiệp và Kiểm lâm", "Department of Forestry and Forest Protection"),
        ("ddptctt", "Cục Quản lý đê điều và Phòng, chống thiên tai",
         "Department of Dyke Management and Natural Disaster Prevention"),
        ("ddbd", "Cục Đo đạc, Bản đồ và Thông tin địa lý Việt Nam",
         "Vietnam Department of Surveying, Mapping and Geographic Information"),
        ("bhd", "Cục Biển và Hải đảo Việt Nam", "Vietnam Agency of Seas and Islands"),
    ],
    "bxd": [
        ("db", "Cục Đường bộ Việt Nam", "Vietnam Road Administration"),
        ("dk", "Cục Đăng kiểm Việt Nam", "Vietnam Register"),
        ("hk", "Cục Hàng không Việt Nam", "Civil Aviation Authority of Vietnam"),
        ("hhdt", "Cục Hàng hải và Đường thủy Việt Nam", "Vietnam Maritime and Waterways Administration"),
        ("ds", "Cục Đường sắt Việt Nam", "Vietnam Railway Authority"),
        ("nhbds", "Cục Quản lý nhà và thị trường bất động sản",
         "Department of Housing and Real Estate Market Management"),
        ("ktxd", "Cục Kinh tế - Quản lý đầu tư xây dựng",
         "Department of Construction Economics and Investment Management"),
    ],
    "bvhttdl": [
        ("dl", "Cục Du lịch Quốc gia Việt Nam", "Vietnam National Authority of Tourism"),
        ("dsvh", "Cục Di sản văn hóa", "Department of Cultural Heritage"),
        ("tdtt", "Cục Thể dục thể thao Việt Nam", "Vietnam Sports Administration"),
        ("bc", "Cục Báo chí", "Press Department"),
        ("xb", "Cục Xuất bản, In và Phát hành", "Department of Publishing, Printing and Distribution"),
    ],
    "bkhcn": [
        ("cds", "Cục Chuyển đổi số quốc gia", "National Digital Transformation Agency"),
        ("shtt", "Cục Sở hữu trí tuệ", "Intellectual Property Office of Vietnam"),
        ("vt", "Cục Viễn thông", "Vietnam Telecommunications Authority"),
        ("ts", "Cục Tần số vô tuyến điện", "Authority of Radio Frequency Management"),
        ("bdtw", "Cục Bưu điện Trung ương", "Central Post Office"),
        ("tcdlcl", "Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia",
         "National Committee for Standards, Metrology and Quality"),
    ],
    "bgddt": [
        ("khcntt", "Cục Khoa học, Công nghệ và Thông tin", "Department of Science, Technology and Information"),
        ("qlcl", "Cục Quản lý chất lượng", "Department of Quality Management"),
        ("ngcbql", "Cục Nhà giáo và Cán bộ quản lý giáo dục", "Department of Teachers and Education Managers"),
        ("gddh", "Vụ Giáo dục Đại học", "Department of Higher Education"),
    ],
    "byt": [
        ("kcb", "Cục Quản lý Khám, chữa bệnh", "Medical Services Administration"),
        ("qld", "Cục Quản lý Dược", "Drug Administration of Vietnam"),
        ("pb", "Cục Phòng bệnh", "Department of Disease Prevention"),
        ("attp", "Cục An toàn thực phẩm", "Vietnam Food Administration"),
        ("bmte", "Cục Bà mẹ và Trẻ em", "Department of Maternal and Child Health"),
        ("btxh", "Cục Bảo trợ xã hội", "Department of Social Protection"),
        ("ds", "Cục Dân số", "Department of Population"),
    ],
    "bdttg": [
        ("btg", "Ban Tôn giáo Chính phủ", "Government Committee for Religious Affairs"),
        ("csdt", "Vụ Chính sách dân tộc", "Department of Ethnic Minority Policy"),
    ],
    "nhnn": [
        ("cic", "Trung tâm Thông tin tín dụng Quốc gia Việt Nam", "National Credit Information Centre of Vietnam"),
        ("tt", "Vụ Thanh toán", "Payment Department"),
        ("cstt", "Vụ Chính sách tiền tệ", "Monetary Policy Department"),
    ],
    "vpcp": [
        ("kstthc", "Cục Kiểm soát thủ tục hành chính", "Administrative Procedure Control Agency"),
        ("cttdt", "Cổng Thông tin điện tử Chính phủ", "Government Web Portal"),
    ],
    "vast": [
        ("vldc", "Viện Vật lý địa cầu", "Institute of Geophysics"),
        ("bttn", "Bảo tàng Thiên nhiên Việt Nam", "Vietnam National Museum of Nature"),
    ],
    "vass": [
        ("hn", "Viện Nghiên cứu Hán Nôm", "Institute of Sino-Nom Studies"),
        ("gdg", "Viện Nghiên cứu Gia đình và Giới", "Institute for Family and Gender Studies"),
    ],
}

# Provincial-level units (Resolution 202/2025/QH15).
# code, kind, name_vi, name_en (as in the reference file), English form used in
# department names, web domain, telephone area code, administrative unit code
# (Decision 19/2025/QĐ-TTg), a central ward and a commune (real 2025 names and
# codes, used only as example values), approximate coordinates of the seat.
PROVINCES = [
    ("hni", "city", "Thành phố Hà Nội", "Hanoi", "Hanoi", "hanoi.gov.vn", "024", "01",
     ("00070", "Phường Hoàn Kiếm"), ("00376", "Xã Sóc Sơn"), 21.0285, 105.8542),
    ("hue", "city", "Thành phố Huế", "Hue", "Hue City", "hue.gov.vn", "0234", "46",
     ("19789", "Phường Thuận Hóa"), ("19867", "Xã Quảng Điền"), 16.4637, 107.5909),
    ("hpg", "city", "Thành phố Hải Phòng", "Hai Phong", "Hai Phong City", "haiphong.gov.vn", "0225", "31",
     ("11311", "Phường Hồng Bàng"), ("10606", "Xã Nam Sách"), 20.8449, 106.6881),
    ("dng", "city", "Thành phố Đà Nẵng", "Da Nang", "Da Nang City", "danang.gov.vn", "0236", "48",
     ("20242", "Phường Hải Châu"), ("20308", "Xã Bà Nà"), 16.0544, 108.2022),
    ("hcm", "city", "Thành phố Hồ Chí Minh", "Ho Chi Minh City", "Ho Chi Minh City", "hochiminhcity.gov.vn", "028",
     "79", ("26743", "Phường Bến Thành"), ("25777", "Xã Dầu Tiếng"), 10.7769, 106.7009),
    ("cto", "city", "Thành phố Cần Thơ", "Can Tho", "Can Tho City", "cantho.gov.vn", "0292", "92",
     ("31135", "Phường Ninh Kiều"), ("31231", "Xã Thạnh An"), 10.0452, 105.7469),
    ("lcu", "province", "Tỉnh Lai Châu", "Lai Chau", "Lai Chau Province", "laichau.gov.vn", "0213", "12",
     ("03408", "Phường Tân Phong"), ("03394", "Xã Sin Suối Hồ"), 22.3964, 103.4582),
    ("dbn", "province", "Tỉnh Điện Biên", "Dien Bien", "Dien Bien Province", "dienbien.gov.vn", "0215", "11",
     ("03127", "Phường Điện Biên Phủ"), ("03160", "Xã Mường Nhé"), 21.3860, 103.0230),
    ("sla", "province", "Tỉnh Sơn La", "Son La", "Son La Province", "sonla.gov.vn", "0212", "14",
     ("03646", "Phường Tô Hiệu"), ("03688", "Xã Mường Chiên"), 21.3256, 103.9188),
    ("lsn", "province", "Tỉnh Lạng Sơn", "Lang Son", "Lang Son Province", "langson.gov.vn", "0205", "20",
     ("05983", "Phường Lương Văn Tri"), ("06001", "Xã Đoàn Kết"), 21.8537, 106.7615),
    ("qnh", "province", "Tỉnh Quảng Ninh", "Quang Ninh", "Quang Ninh Province", "quangninh.gov.vn", "0203", "22",
     ("06688", "Phường Hạ Long"), ("06724", "Xã Hải Sơn"), 20.9599, 107.0425),
    ("tha", "province", "Tỉnh Thanh Hóa", "Thanh Hoa", "Thanh Hoa Province", "thanhhoa.gov.vn", "0237", "38",
     ("14797", "Phường Hạc Thành"), ("14845", "Xã Mường Lát"), 19.8067, 105.7852),
    ("nan", "province", "Tỉnh Nghệ An", "Nghe An", "Nghe An Province", "nghean.gov.vn", "0238", "40",
     ("16690", "Phường Trường Vinh"), ("16738", "Xã Quế Phong"), 18.6796, 105.6813),
    ("hti", "province", "Tỉnh Hà Tĩnh", "Ha Tinh", "Ha Tinh Province", "hatinh.gov.vn", "0239", "42",
     ("18073", "Phường Thành Sen"), ("18133", "Xã Hương Sơn"), 18.3559, 105.8877),
    ("cbg", "province", "Tỉnh Cao Bằng", "Cao Bang", "Cao Bang Province", "caobang.gov.vn", "0206", "04",
     ("01273", "Phường Thục Phán"), ("01290", "Xã Bảo Lâm"), 22.6657, 106.2570),
    ("tqg", "province", "Tỉnh Tuyên Quang", "Tuyen Quang", "Tuyen Quang Province", "tuyenquang.gov.vn", "0207",
     "08", ("02215", "Phường Minh Xuân"), ("00700", "Xã Ngọc Đường"), 21.8236, 105.2140),
    ("lci", "province", "Tỉnh Lào Cai", "Lao Cai", "Lao Cai Province", "laocai.gov.vn", "0216", "15",
     ("04252", "Phường Yên Bái"), ("02683", "Xã Bát Xát"), 21.7229, 104.9113),
    ("tng", "province", "Tỉnh Thái Nguyên", "Thai Nguyen", "Thai Nguyen Province", "thainguyen.gov.vn", "0208",
     "19", ("05443", "Phường Phan Đình Phùng"), ("01849", "Xã Phong Quang"), 21.5942, 105.8482),
    ("pto", "province", "Tỉnh Phú Thọ", "Phu Tho", "Phu Tho Province", "phutho.gov.vn", "0210", "25",
     ("07900", "Phường Việt Trì"), ("04831", "Xã Đà Bắc"), 21.3227, 105.4020),
    ("bni", "province", "Tỉnh Bắc Ninh", "Bac Ninh", "Bac Ninh Province", "bacninh.gov.vn", "0204", "24",
     ("07210", "Phường Bắc Giang"), ("07246", "Xã Xuân Lương"), 21.2731, 106.1946),
    ("hyn", "province", "Tỉnh Hưng Yên", "Hung Yen", "Hung Yen Province", "hungyen.gov.vn", "0221", "33",
     ("11953", "Phường Phố Hiến"), ("12619", "Xã Diên Hà"), 20.6464, 106.0511),
    ("nbh", "province", "Tỉnh Ninh Bình", "Ninh Binh", "Ninh Binh Province", "ninhbinh.gov.vn", "0229", "37",
     ("14329", "Phường Hoa Lư"), ("13456", "Xã Liêm Hà"), 20.2506, 105.9745),
    ("qtr", "province", "Tỉnh Quảng Trị", "Quang Tri", "Quang Tri Province", "quangtri.gov.vn", "0232", "44",
     ("18880", "Phường Đồng Hới"), ("18901", "Xã Minh Hóa"), 17.4833, 106.6000),
    ("qng", "province", "Tỉnh Quảng Ngãi", "Quang Ngai", "Quang Ngai Province", "quangngai.gov.vn", "0255", "51",
     ("21025", "Phường Cẩm Thành"), ("21040", "Xã Bình Sơn"), 15.1214, 108.8044),
    ("gla", "province", "Tỉnh Gia Lai", "Gia Lai", "Gia Lai Province", "gialai.gov.vn", "0256", "52",
     ("21583", "Phường Quy Nhơn"), ("21609", "Xã An Lão"), 13.7830, 109.2197),
    ("kha", "province", "Tỉnh Khánh Hòa", "Khanh Hoa", "Khanh Hoa Province", "khanhhoa.gov.vn", "0258", "56",
     ("22366", "Phường Nha Trang"), ("22453", "Xã Cam Lâm"), 12.2388, 109.1967),
    ("ldg", "province", "Tỉnh Lâm Đồng", "Lam Dong", "Lam Dong Province", "lamdong.gov.vn", "0263", "68",
     ("24781", "Phường Xuân Hương - Đà Lạt"), ("22969", "Xã Liên Hương"), 11.9404, 108.4583),
    ("dlk", "province", "Tỉnh Đắk Lắk", "Dak Lak", "Dak Lak Province", "daklak.gov.vn", "0262", "66",
     ("24133", "Phường Buôn Ma Thuột"), ("22057", "Xã Xuân Lộc"), 12.6667, 108.0500),
    ("dni", "province", "Tỉnh Đồng Nai", "Dong Nai", "Dong Nai Province", "dongnai.gov.vn", "0251", "75",
     ("26041", "Phường Trấn Biên"), ("25222", "Xã Bù Gia Mập"), 10.9574, 106.8427),
    ("tni", "province", "Tỉnh Tây Ninh", "Tay Ninh", "Tay Ninh Province", "tayninh.gov.vn", "0272", "80",
     ("27694", "Phường Long An"), ("25486", "Xã Tân Biên"), 10.5359, 106.4137),
    ("vlg", "province", "Tỉnh Vĩnh Long", "Vinh Long", "Vinh Long Province", "vinhlong.gov.vn", "0270", "86",
     ("29590", "Phường Thanh Đức"), ("28807", "Xã Giao Long"), 10.2537, 105.9722),
    ("dtp", "province", "Tỉnh Đồng Tháp", "Dong Thap", "Dong Thap Province", "dongthap.gov.vn", "0273", "82",
     ("28261", "Phường Mỹ Tho"), ("28321", "Xã Tân Phước 1"), 10.3600, 106.3600),
    ("cmu", "province", "Tỉnh Cà Mau", "Ca Mau", "Ca Mau Province", "camau.gov.vn", "0290", "96",
     ("32002", "Phường An Xuyên"), ("31843", "Xã Hồng Dân"), 9.1769, 105.1524),
    ("agg", "province", "Tỉnh An Giang", "An Giang", "An Giang Province", "angiang.gov.vn", "0297", "91",
     ("30742", "Phường Rạch Giá"), ("30337", "Xã An Phú"), 10.0125, 105.0809),
]

# Departments of provincial-level units after the 2025 reorganisation:
# suffix -> (Vietnamese stem, English stem). "ca" is the provincial police.
PROVINCIAL_DEPARTMENTS = {
    "stc": ("Sở Tài chính", "Department of Finance"),
    "syt": ("Sở Y tế", "Department of Health"),
    "sgddt": ("Sở Giáo dục và Đào tạo", "Department of Education and Training"),
    "snnmt": ("Sở Nông nghiệp và Môi trường", "Department of Agriculture and Environment"),
    "sxd": ("Sở Xây dựng", "Department of Construction"),
    "snv": ("Sở Nội vụ", "Department of Home Affairs"),
    "stp": ("Sở Tư pháp", "Department of Justice"),
    "sct": ("Sở Công Thương", "Department of Industry and Trade"),
    "skhcn": ("Sở Khoa học và Công nghệ", "Department of Science and Technology"),
    "svhttdl": ("Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism"),
    "svhtt": ("Sở Văn hóa và Thể thao", "Department of Culture and Sports"),
    "sdl": ("Sở Du lịch", "Department of Tourism"),
    "ca": ("Công an", "Police"),
}
BASE_DEPARTMENTS = ["stc", "syt", "sgddt", "snnmt", "ca"]
CITY_EXTRA_DEPARTMENTS = ["sxd", "snv", "stp", "sct", "svhttdl"]
PROVINCE_EXTRA_POOL = ["sxd", "sxd", "sxd", "snv", "snv", "stp", "sct", "svhttdl", "skhcn"]

# --------------------------------------------------------------------------
# People, phones
# --------------------------------------------------------------------------

SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
            "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đoàn", "Lương", "Mai", "Cao", "Lâm", "Tạ"]
MIDDLE_M = ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Thanh", "Công", "Xuân", "Quang", "Đình", "Ngọc", "Trọng"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Hải", "Hiếu", "Hùng", "Huy", "Khánh", "Long", "Nam", "Phong",
           "Quân", "Sơn", "Thắng", "Thành", "Trung", "Tuấn", "Việt", "Vinh", "Đạt", "Tùng", "Kiên", "Lâm"]
MIDDLE_F = ["Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Thúy", "Phương", "Thùy", "Kim", "Hải", "Diệu"]
GIVEN_F = ["Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Loan",
           "Mai", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Trang", "Tuyết", "Vân", "Yến"]


def person_name(rng: random.Random) -> tuple[str, str]:
    """A Vietnamese full name and the usual government e-mail local part."""
    if rng.random() < 0.5:
        parts = [rng.choice(SURNAMES), rng.choice(MIDDLE_M), rng.choice(GIVEN_M)]
    else:
        parts = [rng.choice(SURNAMES), rng.choice(MIDDLE_F), rng.choice(GIVEN_F)]
    if parts[1] == parts[2]:
        parts[1] = "Văn" if parts[1] in MIDDLE_M else "Thị"
    local = fold(parts[2]) + "".join(fold(p)[0] for p in parts[:2])
    return " ".join(parts), local


def phone_number(rng: random.Random, area: str) -> str:
    if len(area) == 3:  # Hà Nội 024, TP. Hồ Chí Minh 028: 8-digit subscriber numbers
        return f"{area} {rng.choice('3637')}{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    return f"{area} {rng.choice('38')}{rng.randint(100, 999)} {rng.randint(100, 999)}"
