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
import math
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
    "public-security": ("An ninh trật tự", "Public security"),
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
        ("tcdlcl", "Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia",
         "National Committee for Standards, Metrology and Quality"),
        ("vbc", "Vụ Bưu chính", "Department of Posts"),
        ("ttk", "Cục Thông tin, Thống kê", "Department of Information and Statistics"),
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
        return f"{area} {rng.choice('36')}{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    return f"{area} {rng.choice('38')}{rng.randint(100, 999)} {rng.randint(100, 999)}"


# --------------------------------------------------------------------------
# Column library. One line per column:
#   name | title | type | unit | required | key | personal_data | description | example
# Examples may use {tinh} {tinh_ngan} {p} {ma_tinh} {xa} {ma_xa} {xa2} {ma_xa2} {lat} {lon}.
# In a dataset schema "name!" marks the column as (part of) the key and
# required; "name~" clears the key flag.
# --------------------------------------------------------------------------

FIELD_LIBRARY = r"""
so_dinh_danh|Số định danh cá nhân|code||1|1|basic|Số định danh cá nhân 12 chữ số, đồng thời là số thẻ căn cước|0{ma_tinh}092001234
ho_ten|Họ và tên|string||1|0|basic|Họ, chữ đệm và tên theo giấy khai sinh|Nguyễn Văn An
ngay_sinh|Ngày sinh|date||1|0|basic|Ngày, tháng, năm sinh|1985-03-12
gioi_tinh|Giới tính|code||1|0|basic|Mã giới tính: 1 - Nam, 2 - Nữ|1
dan_toc|Dân tộc|code||0|0|sensitive|Mã dân tộc theo Danh mục các dân tộc Việt Nam|01
ton_giao|Tôn giáo|code||0|0|sensitive|Mã tôn giáo; 00 - không theo tôn giáo nào|00
quoc_tich|Quốc tịch|code||1|0|basic|Mã quốc gia theo ISO 3166-1 alpha-2|VN
que_quan|Quê quán|string||0|0|basic|Quê quán ghi trong giấy khai sinh|Tỉnh Nghệ An
noi_thuong_tru|Nơi thường trú|string||0|0|basic|Địa chỉ nơi thường trú đã đăng ký|Số 12 phố Hàng Bạc, Phường Hoàn Kiếm, Thành phố Hà Nội
noi_tam_tru|Nơi tạm trú|string||0|0|basic|Địa chỉ nơi tạm trú đã đăng ký (nếu có)|Số 45 đường Nguyễn Văn Cừ, Phường Bồ Đề, Thành phố Hà Nội
noi_o_hien_tai|Nơi ở hiện tại|string||0|0|basic|Nơi công dân đang thực tế sinh sống|Thôn Đông, {xa2}, {tinh}
ho_ten_chu_ho|Họ tên chủ hộ|string||0|0|basic|Họ và tên chủ hộ|Trần Văn Bình
quan_he_chu_ho|Quan hệ với chủ hộ|code||0|0|basic|Mã quan hệ với chủ hộ (01 - chủ hộ, 02 - vợ/chồng, 03 - con...)|03
loai_cu_tru|Loại cư trú|code||1|0|none|TT - thường trú, TTR - tạm trú, LT - lưu trú|TT
ngay_dang_ky|Ngày đăng ký|date||1|0|none|Ngày đăng ký|2024-05-20
anh_chan_dung|Ảnh chân dung|string||0|0|sensitive|Mã tham chiếu ảnh khuôn mặt lưu trong kho dữ liệu sinh trắc học|IMG-040092001234-02
van_tay|Dữ liệu vân tay|string||0|0|sensitive|Mẫu vân tay đã mã hóa; không cung cấp qua chia sẻ mặc định|FP-7A3C…(đã mã hóa)
mong_mat|Dữ liệu mống mắt|string||0|0|sensitive|Mẫu mống mắt đã mã hóa|IR-19B2…(đã mã hóa)
ngay_cap|Ngày cấp|date||1|0|none|Ngày cấp giấy tờ, giấy phép|2024-07-15
ngay_het_han|Ngày hết hạn|date||0|0|none|Ngày hết giá trị sử dụng|2034-07-15
noi_cap|Nơi cấp|string||0|0|none|Cơ quan cấp|Bộ Công an
so_dien_thoai|Số điện thoại|string||0|0|basic|Số điện thoại liên hệ|0912 345 678
bien_so|Biển số xe|code||1|1|basic|Biển số đăng ký của phương tiện|29A-123.45
so_khung|Số khung|string||1|0|none|Số khung (số VIN) của phương tiện|RLUBH4CE5PN012345
so_may|Số máy|string||0|0|none|Số động cơ|G4FG-PU123456
loai_xe|Loại xe|code||1|0|none|Loại phương tiện: ô tô con, ô tô tải, xe mô tô...|Ô tô con
nhan_hieu|Nhãn hiệu|string||0|0|none|Nhãn hiệu, số loại|VinFast VF 5
mau_son|Màu sơn|string||0|0|none|Màu sơn đăng ký|Trắng
ho_ten_chu_xe|Chủ xe|string||1|0|basic|Họ tên cá nhân hoặc tên tổ chức đứng tên đăng ký xe|Phạm Thị Hoa
so_dinh_danh_chu_xe|Số định danh chủ xe|code||0|0|basic|Số định danh cá nhân hoặc mã số thuế của chủ xe|001190023456
trang_thai_dang_ky|Trạng thái đăng ký|code||1|0|none|Đang hoạt động, đã thu hồi, đang sang tên|Đang hoạt động
so_gplx|Số giấy phép lái xe|code||1|1|basic|Số giấy phép lái xe 12 chữ số|790123456789
hang_gplx|Hạng giấy phép lái xe|code||1|0|none|Hạng theo Luật Trật tự, an toàn giao thông đường bộ 2024|B
diem_gplx|Điểm giấy phép lái xe|integer|điểm|0|0|none|Số điểm còn lại (tối đa 12 điểm)|12
nam|Năm|integer||1|0|none|Năm của số liệu|2025
thang|Tháng|integer||1|0|none|Tháng của số liệu (1–12)|9
quy|Quý|integer||1|0|none|Quý của số liệu (1–4)|3
tuan|Tuần|integer||1|0|none|Tuần dịch tễ học trong năm (1–53)|38
ngay|Ngày|date||1|0|none|Ngày của số liệu|2026-03-15
ma_tinh|Mã tỉnh|code||1|0|none|Mã đơn vị hành chính cấp tỉnh theo Quyết định 19/2025/QĐ-TTg|{ma_tinh}
ten_tinh|Tỉnh, thành phố|string||0|0|none|Tên đơn vị hành chính cấp tỉnh|{tinh}
ma_xa|Mã xã|code||0|0|none|Mã đơn vị hành chính cấp xã (5 chữ số)|{ma_xa}
ten_xa|Xã, phường, đặc khu|string||0|0|none|Tên đơn vị hành chính cấp xã|{xa}
dia_chi|Địa chỉ|string||0|0|none|Số nhà, đường phố, xã/phường|Số 8 đường Trần Phú, {xa}, {tinh}
toa_do|Tọa độ|geometry||0|0|none|Vị trí điểm theo hệ WGS 84, biểu diễn dạng WKT|POINT({lon} {lat})
hinh_hoc|Hình học|geometry||1|0|none|Đối tượng không gian dạng WKT (hệ VN-2000 chuyển sang WGS 84)|MULTIPOLYGON((({lon} {lat}, {lon2} {lat}, {lon2} {lat2}, {lon} {lat2}, {lon} {lat})))
vi_do|Vĩ độ|decimal|độ|1|0|none|Vĩ độ (WGS 84)|{lat}
kinh_do|Kinh độ|decimal|độ|1|0|none|Kinh độ (WGS 84)|{lon}
so_vu|Số vụ|integer|vụ|1|0|none|Số vụ việc trong kỳ|42
so_nguoi_chet|Số người chết|integer|người|1|0|none|Số người chết trong kỳ|17
so_nguoi_bi_thuong|Số người bị thương|integer|người|1|0|none|Số người bị thương trong kỳ|36
loai_duong|Loại đường|code||0|0|none|Cao tốc, quốc lộ, đường tỉnh, đường đô thị, đường xã|Quốc lộ
nguyen_nhan|Nguyên nhân chủ yếu|string||0|0|none|Nguyên nhân chủ yếu theo kết luận của cơ quan chức năng|Vi phạm tốc độ
ma_vi_pham|Mã vi phạm|code||1|1|none|Mã bản ghi vi phạm do hệ thống giám sát sinh ra|VP-2026-0912345
thoi_diem_vi_pham|Thời điểm vi phạm|datetime||1|0|none|Ngày giờ ghi nhận vi phạm|2026-09-14T07:42:10+07:00
dia_diem_vi_pham|Địa điểm vi phạm|string||1|0|none|Tuyến đường, lý trình hoặc nút giao|Nút giao Kim Liên – Lê Duẩn, Thành phố Hà Nội
hanh_vi_vi_pham|Hành vi vi phạm|string||1|0|none|Mô tả hành vi vi phạm|Không chấp hành hiệu lệnh của đèn tín hiệu giao thông
don_vi_phat_hien|Đơn vị phát hiện|string||0|0|none|Đơn vị quản lý hệ thống giám sát|Phòng Cảnh sát giao thông Công an Thành phố Hà Nội
trang_thai_xu_ly|Trạng thái xử lý|code||1|0|none|Chưa xử lý, đã thông báo, đã xử phạt|Đã thông báo
so_ho_chieu|Số hộ chiếu|code||1|1|basic|Số hộ chiếu|P01234567
loai_ho_chieu|Loại hộ chiếu|code||1|0|none|Phổ thông, công vụ, ngoại giao|Phổ thông
cua_khau|Cửa khẩu|string||0|0|none|Cửa khẩu xuất cảnh, nhập cảnh|Cửa khẩu Cảng hàng không quốc tế Nội Bài
thoi_diem_xuat_nhap_canh|Thời điểm xuất, nhập cảnh|datetime||0|0|basic|Ngày giờ làm thủ tục xuất cảnh hoặc nhập cảnh|2026-02-03T22:15:00+07:00
ma_co_so|Mã cơ sở|code||1|1|none|Mã định danh cơ sở|CS-{ma_tinh}-001245
ten_co_so|Tên cơ sở|string||1|0|none|Tên cơ sở, tổ chức|Trung tâm thương mại Tràng Tiền Plaza
loai_co_so|Loại cơ sở|code||0|0|none|Nhóm cơ sở theo danh mục quản lý|Chợ, trung tâm thương mại
ket_qua_kiem_tra|Kết quả kiểm tra|string||0|0|none|Kết quả lần kiểm tra gần nhất|Đạt yêu cầu
ngay_kiem_tra|Ngày kiểm tra|date||0|0|none|Ngày kiểm tra gần nhất|2026-04-22
so_vu_chay|Số vụ cháy, nổ|integer|vụ|1|0|none|Số vụ cháy, nổ xảy ra trong kỳ|31
thiet_hai_uoc_tinh|Thiệt hại ước tính|decimal|triệu đồng|0|0|none|Giá trị thiệt hại về tài sản ước tính|2350.5
loai_doi_tuong_ma_tuy|Loại đối tượng|code||1|0|sensitive|Người sử dụng trái phép chất ma túy, người nghiện ma túy|Người nghiện ma túy
hinh_thuc_cai_nghien|Hình thức cai nghiện|code||0|0|sensitive|Cai nghiện tự nguyện tại gia đình, cộng đồng hoặc bắt buộc tại cơ sở|Cai nghiện tự nguyện tại cộng đồng
ngay_bat_dau_quan_ly|Ngày bắt đầu quản lý|date||1|0|none|Ngày đưa vào danh sách quản lý|2025-11-03
nganh_nghe_an_ninh|Ngành, nghề kinh doanh|code||1|0|none|Ngành, nghề đầu tư kinh doanh có điều kiện về an ninh, trật tự|Kinh doanh dịch vụ lưu trú
so_giay_chung_nhan|Số giấy chứng nhận|string||1|0|none|Số, ký hiệu giấy chứng nhận đủ điều kiện về an ninh, trật tự|000123/ĐKANTT
trang_thai|Trạng thái|code||0|0|none|Trạng thái hiệu lực của bản ghi|Còn hiệu lực
so_cmnd|Số chứng minh nhân dân|code||1|1|basic|Số chứng minh nhân dân 9 chữ số (mẫu cũ)|186123456
ma_dich_vu|Mã dịch vụ|code||1|1|none|Mã dịch vụ chia sẻ dữ liệu|DV-DC-001
ten_dich_vu|Tên dịch vụ|string||1|0|none|Tên dịch vụ dữ liệu|Xác thực thông tin công dân
co_quan_cung_cap|Cơ quan cung cấp|string||1|0|none|Cơ quan cung cấp dữ liệu|Bộ Công an
csdl_nguon|Cơ sở dữ liệu nguồn|string||0|0|none|Cơ sở dữ liệu cung cấp dữ liệu cho dịch vụ|Cơ sở dữ liệu quốc gia về dân cư
hinh_thuc_chia_se|Hình thức chia sẻ|code||0|0|none|Chia sẻ mặc định hoặc chia sẻ theo yêu cầu đặc thù|Chia sẻ mặc định
dieu_kien_khai_thac|Điều kiện khai thác|string||0|0|none|Đối tượng và điều kiện được kết nối, khai thác|Cơ quan nhà nước có tài khoản kết nối hợp lệ
ngay_cap_nhat|Ngày cập nhật|datetime||0|0|none|Thời điểm cập nhật bản ghi gần nhất|2026-10-02T16:45:00+07:00
ma_cua_khau|Mã cửa khẩu|code||1|1|none|Mã cửa khẩu|CK-LS-01
ten_cua_khau|Tên cửa khẩu|string||1|0|none|Tên cửa khẩu|Cửa khẩu quốc tế Hữu Nghị
loai_cua_khau|Loại cửa khẩu|code||1|0|none|Cửa khẩu quốc tế, cửa khẩu chính (song phương), cửa khẩu phụ, lối mở|Cửa khẩu quốc tế
tuyen_bien_gioi|Tuyến biên giới|code||1|0|none|Tuyến biên giới đất liền|Việt Nam – Trung Quốc
cua_khau_doi_dien|Cửa khẩu đối diện|string||0|0|none|Tên cửa khẩu phía nước láng giềng|Hữu Nghị Quan
trinh_do_hoc_van|Trình độ học vấn|code||0|0|basic|Trình độ giáo dục phổ thông cao nhất|12/12
ngay_dang_ky_nvqs|Ngày đăng ký nghĩa vụ quân sự|date||1|0|none|Ngày đăng ký nghĩa vụ quân sự lần đầu|2024-04-10
phan_loai_suc_khoe|Phân loại sức khỏe|code||0|0|sensitive|Loại sức khỏe theo kết quả khám tuyển (1–6)|2
ket_qua_goi_nhap_ngu|Kết quả gọi nhập ngũ|code||0|0|none|Đã nhập ngũ, tạm hoãn, miễn|Tạm hoãn
so_hieu_chung_thu|Số hiệu chứng thư số|code||1|1|none|Số hiệu (serial) chứng thư số|54 01 0A 7F 3C 2B 9D 11
chu_the|Chủ thể chứng thư|string||1|0|basic|Tên cá nhân hoặc cơ quan được cấp chứng thư số|Hoàng Minh Tuấn
co_quan_cong_tac|Cơ quan công tác|string||0|0|none|Cơ quan, đơn vị công tác|Sở Tài chính tỉnh Nghệ An
loai_chung_thu|Loại chứng thư số|code||1|0|none|Chứng thư số cá nhân, cơ quan, thiết bị|Cá nhân
ngay_hieu_luc|Ngày hiệu lực|date||1|0|none|Ngày có hiệu lực|2025-07-01
trang_thai_chung_thu|Trạng thái chứng thư số|code||1|0|none|Hoạt động, tạm dừng, thu hồi|Hoạt động
ma_co_quan|Mã cơ quan|code||1|1|none|Mã cơ quan đại diện|DSQ-JP-01
ten_co_quan|Tên cơ quan|string||1|0|none|Tên cơ quan|Đại sứ quán Việt Nam tại Nhật Bản
loai_co_quan|Loại cơ quan|code||1|0|none|Đại sứ quán, tổng lãnh sự quán, phái đoàn thường trực|Đại sứ quán
quoc_gia|Quốc gia|code||1|0|none|Mã quốc gia ISO 3166-1 alpha-2|JP
thanh_pho|Thành phố|string||0|0|none|Thành phố đặt trụ sở|Tokyo
dien_thoai_lien_he|Điện thoại liên hệ|string||0|0|none|Số điện thoại liên hệ của cơ quan, tổ chức|{area} 3822 123
dia_ban_kiem_nhiem|Địa bàn kiêm nhiệm|string||0|0|none|Các quốc gia kiêm nhiệm, phân tách bằng dấu chấm phẩy|Quần đảo Marshall
so_ho_so|Số hồ sơ|code||1|1|none|Mã hồ sơ do hệ thống cấp|H01.99-260915-0042
ho_ten_nguoi_yeu_cau|Người yêu cầu|string||1|0|basic|Họ tên người nộp hồ sơ|Lê Thị Mai
loai_giay_to|Loại giấy tờ|string||1|0|none|Loại giấy tờ được chứng nhận, hợp pháp hóa|Bằng tốt nghiệp đại học
quoc_gia_su_dung|Nước sử dụng|code||0|0|none|Quốc gia nơi giấy tờ được sử dụng|DE
ngay_tiep_nhan|Ngày tiếp nhận|date||1|0|none|Ngày tiếp nhận hồ sơ|2026-09-15
ngay_tra_ket_qua|Ngày trả kết quả|date||0|0|none|Ngày trả kết quả thực tế|2026-09-17
co_quan_thuc_hien|Cơ quan thực hiện|string||0|0|none|Cơ quan giải quyết|Cục Lãnh sự
so_hieu_dieu_uoc|Số hiệu điều ước|code||1|1|none|Số hiệu lưu chiểu điều ước quốc tế|ĐUQT-2023-0115
ten_dieu_uoc|Tên điều ước|string||1|0|none|Tên đầy đủ của điều ước quốc tế|Hiệp định Thương mại tự do giữa Việt Nam và Liên minh châu Âu
loai_dieu_uoc|Loại điều ước|code||0|0|none|Song phương hoặc đa phương|Song phương
ben_ky_ket|Bên ký kết|string||0|0|none|Quốc gia, tổ chức quốc tế ký kết|Liên minh châu Âu
ngay_ky|Ngày ký|date||1|0|none|Ngày ký|2019-06-30
linh_vuc|Lĩnh vực|string||0|0|none|Lĩnh vực|Thương mại
chuc_vu|Chức vụ|string||0|0|none|Chức vụ hiện tại|Phó Trưởng phòng
ngach_chuc_danh|Ngạch, chức danh nghề nghiệp|code||0|0|none|Mã ngạch công chức hoặc chức danh nghề nghiệp viên chức|01.003
bac_luong|Bậc lương|integer||0|0|basic|Bậc lương hiện hưởng|4
trinh_do_chuyen_mon|Trình độ chuyên môn|code||0|0|basic|Trình độ chuyên môn kỹ thuật cao nhất|Đại học
ngay_tuyen_dung|Ngày tuyển dụng|date||0|0|none|Ngày được tuyển dụng lần đầu|2012-09-01
dien_doi_tuong_nck|Diện đối tượng|code||1|0|basic|Diện người có công hoặc thân nhân người có công|Thương binh
ty_le_ton_thuong|Tỷ lệ tổn thương cơ thể|integer|%|0|0|sensitive|Tỷ lệ tổn thương cơ thể (đối với thương binh, bệnh binh)|41
muc_tro_cap|Mức trợ cấp|decimal|VNĐ/tháng|1|0|none|Mức trợ cấp hằng tháng|2789000
noi_quan_ly_ho_so|Nơi quản lý hồ sơ|string||0|0|none|Cơ quan quản lý hồ sơ gốc|Sở Nội vụ tỉnh Thanh Hóa
ngay_huong|Ngày hưởng|date||1|0|none|Ngày bắt đầu hưởng chế độ|2021-10-01
tinh_trang_viec_lam|Tình trạng việc làm|code||1|0|basic|Có việc làm, thất nghiệp, không tham gia lực lượng lao động|Có việc làm
nghe_nghiep|Nghề nghiệp|code||0|0|basic|Mã nghề nghiệp cấp 2 theo danh mục nghề nghiệp Việt Nam|72
noi_lam_viec|Nơi làm việc|string||0|0|basic|Tên đơn vị nơi làm việc|Công ty TNHH Điện tử Samsung Vina
so_so_bhxh|Mã số bảo hiểm xã hội|code||1|1|basic|Mã số bảo hiểm xã hội (10 chữ số)|0123456789
ngay_nop_ho_so|Ngày nộp hồ sơ|date||1|0|none|Ngày nộp hồ sơ đề nghị|2026-08-05
so_thang_huong|Số tháng hưởng|integer|tháng|1|0|none|Số tháng được hưởng trợ cấp thất nghiệp|4
muc_huong_hang_thang|Mức hưởng hằng tháng|decimal|VNĐ|1|0|basic|Mức trợ cấp thất nghiệp hằng tháng|4680000
trung_tam_dvvl|Trung tâm dịch vụ việc làm|string||0|0|none|Trung tâm dịch vụ việc làm tiếp nhận hồ sơ|Trung tâm Dịch vụ việc làm Thành phố Hà Nội
thi_truong|Thị trường|string||1|0|none|Quốc gia hoặc vùng lãnh thổ|Nhật Bản
so_lao_dong|Số lao động|integer|người|1|0|none|Số người lao động|11250
so_lao_dong_nu|Trong đó: lao động nữ|integer|người|0|0|none|Số lao động nữ|4310
ma_ho_so|Mã hồ sơ|code||1|1|none|Mã hồ sơ|HS-2026-000123
tieu_de_ho_so|Tiêu đề hồ sơ|string||1|0|none|Tiêu đề hồ sơ lưu trữ|Tập lưu công văn đi của Bộ Canh nông năm 1952
phong_luu_tru|Phông lưu trữ|string||1|0|none|Tên phông lưu trữ|Phông Bộ Canh nông
thoi_gian_tai_lieu|Thời gian của tài liệu|string||0|0|none|Khoảng thời gian của tài liệu trong hồ sơ|1952
so_to|Số tờ|integer|tờ|0|0|none|Số tờ trong hồ sơ|126
che_do_su_dung|Chế độ sử dụng|code||0|0|none|Sử dụng rộng rãi hoặc hạn chế|Sử dụng rộng rãi
noi_bao_quan|Nơi bảo quản|string||0|0|none|Trung tâm lưu trữ bảo quản|Trung tâm Lưu trữ quốc gia III
loai_dvhc|Loại đơn vị hành chính|code||1|0|none|Xã, phường, đặc khu|Phường
dien_tich_tu_nhien|Diện tích tự nhiên|decimal|km²|0|0|none|Diện tích tự nhiên|11.42
quy_mo_dan_so|Quy mô dân số|integer|người|0|0|none|Quy mô dân số tại thời điểm sắp xếp|126587
don_vi_cu|Đơn vị hành chính cũ|string||0|0|none|Các đơn vị hành chính trước sắp xếp, phân tách bằng dấu chấm phẩy|Phường Tràng Tiền; Phường Hàng Bạc; Phường Lý Thái Tổ
nghi_quyet|Nghị quyết sắp xếp|string||0|0|none|Số nghị quyết của Ủy ban Thường vụ Quốc hội|Nghị quyết 1656/NQ-UBTVQH15
so_quyet_dinh|Số quyết định|string||1|0|none|Số, ký hiệu quyết định|1234/QĐ-UBND
ngay_quyet_dinh|Ngày quyết định|date||1|0|none|Ngày ký quyết định|2026-04-28
hinh_thuc_khen_thuong|Hình thức khen thưởng|code||1|0|none|Huân chương, huy chương, danh hiệu, bằng khen|Huân chương Lao động hạng Ba
doi_tuong_khen|Đối tượng khen thưởng|code||1|0|none|Tập thể hoặc cá nhân|Cá nhân
don_vi_cong_tac|Đơn vị công tác|string||0|0|none|Đơn vị công tác của cá nhân được khen thưởng|Bệnh viện Đa khoa tỉnh Quảng Ninh
thanh_tich|Thành tích|string||0|0|none|Tóm tắt thành tích|Có thành tích xuất sắc trong phòng, chống dịch bệnh
so_nguoi_bi_thuong_nang|Số người bị thương nặng|integer|người|1|0|none|Số người bị thương nặng|128
nganh_nghe|Ngành, nghề|string||0|0|none|Ngành, nghề kinh tế|Xây dựng
so_dang_ky|Số đăng ký|code||1|1|none|Số đăng ký trong sổ|125/2026
loai_su_kien_ho_tich|Loại sự kiện hộ tịch|code||1|0|none|Khai sinh, kết hôn, khai tử, nhận cha mẹ con, thay đổi, cải chính hộ tịch|Khai sinh
co_quan_dang_ky|Cơ quan đăng ký|string||1|0|none|Cơ quan thực hiện đăng ký|Ủy ban nhân dân {xa}
ho_ten_cha|Họ tên cha|string||0|0|basic|Họ tên người cha|Nguyễn Văn Hùng
ho_ten_me|Họ tên mẹ|string||0|0|basic|Họ tên người mẹ|Trần Thị Thu Hằng
quoc_tich_hien_tai|Quốc tịch hiện tại|code||1|0|basic|Quốc tịch của người có yêu cầu|KR
loai_viec_quoc_tich|Loại việc quốc tịch|code||1|0|none|Nhập, trở lại, thôi quốc tịch Việt Nam; xác nhận có quốc tịch|Nhập quốc tịch
toi_danh|Tội danh|string||1|0|sensitive|Tội danh theo bản án|Trộm cắp tài sản (Điều 173 Bộ luật Hình sự)
ban_an_so|Số bản án|string||1|0|none|Số, ngày bản án|45/2024/HS-ST ngày 12/3/2024
toa_an_xet_xu|Tòa án xét xử|string||0|0|none|Tòa án đã xét xử|Tòa án nhân dân khu vực 1 - Hà Nội
hinh_phat|Hình phạt|string||0|0|sensitive|Hình phạt chính, hình phạt bổ sung|18 tháng tù
ngay_chap_hanh_xong|Ngày chấp hành xong|date||0|0|none|Ngày chấp hành xong bản án|2025-09-12
tinh_trang_an_tich|Tình trạng án tích|code||1|0|sensitive|Có án tích hoặc đã được xóa án tích|Đã được xóa án tích
ben_bao_dam|Bên bảo đảm|string||1|0|basic|Tên tổ chức hoặc họ tên cá nhân có tài sản bảo đảm|Vũ Thị Lan
ben_nhan_bao_dam|Bên nhận bảo đảm|string||1|0|none|Tổ chức nhận bảo đảm|Ngân hàng TMCP Ngoại thương Việt Nam
mo_ta_tai_san|Mô tả tài sản|string||1|0|none|Mô tả tài sản bảo đảm|Xe ô tô Toyota Vios, biển số 37A-456.78
loai_bien_phap_bao_dam|Biện pháp bảo đảm|code||1|0|none|Thế chấp, cầm cố, bảo lưu quyền sở hữu...|Thế chấp
so_ky_hieu|Số, ký hiệu|code||1|1|none|Số, ký hiệu văn bản|41/2024/QH15
ten_van_ban|Tên văn bản|string||1|0|none|Trích yếu hoặc tên văn bản|Luật Bảo hiểm xã hội
loai_van_ban|Loại văn bản|code||1|0|none|Luật, nghị định, quyết định, thông tư...|Luật
co_quan_ban_hanh|Cơ quan ban hành|string||1|0|none|Cơ quan ban hành|Quốc hội
ngay_ban_hanh|Ngày ban hành|date||1|0|none|Ngày ký ban hành|2024-06-29
tinh_trang_hieu_luc|Tình trạng hiệu lực|code||1|0|none|Còn hiệu lực, hết hiệu lực một phần, hết hiệu lực|Còn hiệu lực
duong_dan_toan_van|Đường dẫn toàn văn|string||0|0|none|URL tệp toàn văn|https://vbpl.moj.gov.vn/van-ban/41-2024-qh15.pdf
doi_tuong_vi_pham|Đối tượng vi phạm|string||1|0|basic|Họ tên cá nhân hoặc tên tổ chức vi phạm|Đỗ Văn Khánh
hinh_thuc_xu_phat|Hình thức xử phạt|string||1|0|none|Hình thức xử phạt chính và bổ sung|Phạt tiền
so_tien_phat|Số tiền phạt|decimal|VNĐ|0|0|none|Số tiền phạt|7500000
co_quan_xu_phat|Cơ quan xử phạt|string||1|0|none|Cơ quan có thẩm quyền xử phạt|Ủy ban nhân dân {xa}
trang_thai_thi_hanh|Trạng thái thi hành|code||0|0|none|Đã thi hành, chưa thi hành, cưỡng chế|Đã thi hành
ho_ten_nguoi_phai_tha|Người phải thi hành án|string||1|0|basic|Họ tên hoặc tên tổ chức phải thi hành án|Công ty TNHH Xây dựng Minh Phát
dia_chi_nguoi_phai_tha|Địa chỉ người phải thi hành án|string||0|0|basic|Địa chỉ theo bản án|{xa2}, {tinh}
noi_dung_phai_thi_hanh|Nội dung phải thi hành|string||1|0|none|Nghĩa vụ phải thi hành|Trả nợ 350.000.000 đồng
co_quan_tha|Cơ quan thi hành án|string||1|0|none|Cơ quan thi hành án dân sự|Thi hành án dân sự {p}
ngay_xac_minh|Ngày xác minh|date||0|0|none|Ngày xác minh điều kiện thi hành án gần nhất|2026-06-10
ma_to_chuc|Mã tổ chức|code||1|1|none|Mã định danh tổ chức|TC-{ma_tinh}-0057
ten_to_chuc|Tên tổ chức|string||1|0|none|Tên tổ chức|Văn phòng công chứng Trần Phú
loai_to_chuc|Loại tổ chức|code||0|0|none|Loại hình tổ chức|Văn phòng công chứng
so_cong_chung_vien|Số công chứng viên|integer|người|0|0|none|Số công chứng viên hành nghề|3
linh_vuc_tgpl|Lĩnh vực trợ giúp pháp lý|code||1|0|none|Hình sự, dân sự, hành chính, lao động...|Hình sự
so_vu_viec|Số vụ việc|integer|vụ việc|1|0|none|Số vụ việc đã thực hiện|214
so_nguoi_duoc_tgpl|Số người được trợ giúp|integer|người|0|0|none|Số người được trợ giúp pháp lý|230
ma_so_doanh_nghiep|Mã số doanh nghiệp|code||1|1|none|Mã số doanh nghiệp, đồng thời là mã số thuế|0101234567
ten_doanh_nghiep|Tên doanh nghiệp|string||1|0|none|Tên doanh nghiệp bằng tiếng Việt|Công ty Cổ phần Thương mại Hồng Hà
ten_tieng_anh|Tên bằng tiếng nước ngoài|string||0|0|none|Tên doanh nghiệp bằng tiếng nước ngoài|HONG HA TRADING JOINT STOCK COMPANY
loai_hinh_doanh_nghiep|Loại hình doanh nghiệp|code||1|0|none|Công ty TNHH, công ty cổ phần, doanh nghiệp tư nhân...|Công ty cổ phần
dia_chi_tru_so|Địa chỉ trụ sở chính|string||1|0|none|Địa chỉ trụ sở chính|Số 25 đường Lê Duẩn, {xa}, {tinh}
nganh_nghe_chinh|Ngành nghề kinh doanh chính|code||0|0|none|Mã ngành cấp 4 theo Hệ thống ngành kinh tế Việt Nam|4649
von_dieu_le|Vốn điều lệ|decimal|VNĐ|0|0|none|Vốn điều lệ đăng ký|5000000000
nguoi_dai_dien|Người đại diện theo pháp luật|string||0|0|basic|Họ tên người đại diện theo pháp luật|Lê Thị Thu Hà
ngay_thanh_lap|Ngày thành lập|date||1|0|none|Ngày cấp đăng ký lần đầu|2018-05-21
tinh_trang_hoat_dong|Tình trạng hoạt động|code||1|0|none|Đang hoạt động, tạm ngừng kinh doanh, giải thể...|Đang hoạt động
ma_so_thue|Mã số thuế|code||1|1|none|Mã số thuế 10 chữ số (13 chữ số với đơn vị phụ thuộc)|0312345678
co_quan_thue_quan_ly|Cơ quan thuế quản lý|string||0|0|none|Cơ quan thuế trực tiếp quản lý|Thuế Thành phố Hà Nội
ngay_cap_mst|Ngày cấp mã số thuế|date||0|0|none|Ngày cấp mã số thuế|2015-03-09
trang_thai_mst|Trạng thái mã số thuế|code||1|0|none|Mã trạng thái hoạt động của người nộp thuế|00 - Đang hoạt động
ten_nguoi_nop_thue|Tên người nộp thuế|string||1|0|basic|Tên tổ chức hoặc họ tên cá nhân nộp thuế|Nguyễn Thị Ngọc Anh
loai_nguoi_nop_thue|Loại người nộp thuế|code||1|0|none|Tổ chức, hộ kinh doanh, cá nhân|Cá nhân
so_thue_phai_nop|Số thuế phải nộp|decimal|VNĐ|0|0|basic|Số thuế phải nộp trong kỳ|12450000
ky_tinh_thue|Kỳ tính thuế|string||1|0|none|Kỳ tính thuế (tháng, quý hoặc năm)|2025
ma_hoa_don|Mã của cơ quan thuế|code||1|1|none|Mã hóa đơn do cơ quan thuế cấp|00A1B2C3D4E5F60718293A4B5C6D7E8F90
ky_hieu_hoa_don|Ký hiệu hóa đơn|code||1|0|none|Ký hiệu hóa đơn|1C26TAA
so_hoa_don|Số hóa đơn|integer||1|0|none|Số hóa đơn|1258
ngay_lap|Ngày lập|date||1|0|none|Ngày lập|2026-09-30
mst_nguoi_ban|Mã số thuế người bán|code||1|0|none|Mã số thuế người bán|0101234567
mst_nguoi_mua|Mã số thuế người mua|code||0|0|none|Mã số thuế người mua (nếu có)|0312345678
ten_nguoi_mua|Tên người mua|string||0|0|basic|Tên đơn vị hoặc họ tên người mua|Công ty TNHH Minh Long
tong_tien_thanh_toan|Tổng tiền thanh toán|decimal|VNĐ|1|0|none|Tổng số tiền thanh toán|16500000
thue_suat|Thuế suất|decimal|%|0|0|none|Thuế suất thuế giá trị gia tăng|10
tien_thue_gtgt|Tiền thuế giá trị gia tăng|decimal|VNĐ|0|0|none|Tiền thuế giá trị gia tăng|1500000
so_to_khai|Số tờ khai|code||1|1|none|Số tờ khai hải quan|107512345610
ma_loai_hinh|Mã loại hình|code||1|0|none|Mã loại hình xuất khẩu, nhập khẩu|E31
mst_doanh_nghiep|Mã số thuế doanh nghiệp|code||1|0|none|Mã số thuế của doanh nghiệp|2300123456
ma_hs|Mã HS|code||1|0|none|Mã số hàng hóa theo Danh mục hàng hóa xuất khẩu, nhập khẩu Việt Nam|85423100
mo_ta_hang_hoa|Mô tả hàng hóa|string||1|0|none|Tên, mô tả hàng hóa|Mạch điện tử tích hợp
nuoc_xuat_xu|Nước xuất xứ|code||0|0|none|Mã nước xuất xứ|KR
tri_gia_tinh_thue|Trị giá tính thuế|decimal|VNĐ|0|0|none|Trị giá tính thuế|1250000000
chi_cuc_hai_quan|Chi cục Hải quan|string||0|0|none|Chi cục Hải quan nơi đăng ký tờ khai|Chi cục Hải quan khu vực V
huong|Hướng|code||1|0|none|XK - xuất khẩu, NK - nhập khẩu|XK
nhom_hang|Nhóm hàng|string||1|0|none|Nhóm hàng chủ yếu|Điện thoại các loại và linh kiện
tri_gia_usd|Trị giá|decimal|triệu USD|1|0|none|Trị giá|5230.4
luong|Lượng|decimal||0|0|none|Lượng hàng hóa (theo đơn vị tính)|825.6
don_vi_tinh|Đơn vị tính|string||0|0|none|Đơn vị tính của chỉ tiêu|nghìn tấn
khu_vuc_kinh_te|Khu vực kinh tế|code||1|0|none|Nông, lâm nghiệp và thủy sản; công nghiệp và xây dựng; dịch vụ; thuế sản phẩm|Dịch vụ
gia_tri_hien_hanh|Giá trị theo giá hiện hành|decimal|tỷ đồng|1|0|none|Giá trị theo giá hiện hành|1245320
gia_tri_so_sanh|Giá trị theo giá so sánh 2010|decimal|tỷ đồng|0|0|none|Giá trị theo giá so sánh năm 2010|685410
toc_do_tang|Tốc độ tăng so với cùng kỳ|decimal|%|0|0|none|Tốc độ tăng so với cùng kỳ năm trước|7.52
nhom_hang_cpi|Nhóm hàng|code||1|0|none|Nhóm hàng hóa và dịch vụ trong rổ hàng CPI|Nhà ở, điện, nước, chất đốt và vật liệu xây dựng
chi_so_so_voi_ky_goc|Chỉ số so với kỳ gốc 2024|decimal|%|1|0|none|Chỉ số giá so với kỳ gốc năm 2024|103.41
chi_so_so_voi_thang_truoc|Chỉ số so với tháng trước|decimal|%|0|0|none|Chỉ số giá so với tháng trước|100.25
chi_so_so_voi_cung_ky|Chỉ số so với cùng kỳ|decimal|%|0|0|none|Chỉ số giá so với cùng tháng năm trước|103.18
dan_so_trung_binh|Dân số trung bình|decimal|nghìn người|1|0|none|Dân số trung bình trong năm|8807.5
mat_do_dan_so|Mật độ dân số|integer|người/km²|0|0|none|Mật độ dân số|2621
ty_le_thanh_thi|Tỷ lệ dân số thành thị|decimal|%|0|0|none|Tỷ lệ dân số sống ở khu vực thành thị|50.1
chi_tieu|Chỉ tiêu|string||1|0|none|Tên chỉ tiêu|Tỷ lệ hộ có nhà ở kiên cố
ma_dvhc|Mã đơn vị hành chính|code||1|1|none|Mã đơn vị hành chính|{ma_xa}
ten_dvhc|Tên đơn vị hành chính|string||1|0|none|Tên đơn vị hành chính|{xa}
thanh_thi_nong_thon|Thành thị/nông thôn|code||0|0|none|1 - thành thị, 2 - nông thôn|1
gioi_tinh_tk|Giới tính|code||0|0|none|Phân tổ theo giới tính: 1 - Nam, 2 - Nữ, 9 - Chung|9
gia_tri|Giá trị|decimal||1|0|none|Giá trị của chỉ tiêu|93.6
cap_dvhc|Cấp hành chính|code||1|0|none|1 - cấp tỉnh, 2 - cấp xã|2
ma_huyen|Mã huyện|code||1|1|none|Mã đơn vị hành chính cấp huyện (mã cũ, 3 chữ số)|001
ten_huyen|Tên huyện|string||1|0|none|Tên quận, huyện, thị xã, thành phố thuộc tỉnh|Quận Ba Đình
ma_tinh_cu|Mã tỉnh cũ|code||1|0|none|Mã tỉnh trước ngày 01/7/2025|01
ten_tinh_cu|Tên tỉnh cũ|string||0|0|none|Tên tỉnh trước ngày 01/7/2025|Thành phố Hà Nội
ngay_het_hieu_luc|Ngày hết hiệu lực|date||0|0|none|Ngày hết hiệu lực|2025-06-30
ma_nganh|Mã ngành|code||1|1|none|Mã ngành kinh tế|4649
ten_nganh|Tên ngành|string||1|0|none|Tên ngành kinh tế|Bán buôn đồ dùng khác cho gia đình
cap_nganh|Cấp ngành|integer||1|0|none|Cấp của ngành (1–5)|4
ma_nganh_cha|Mã ngành cấp trên|code||0|0|none|Mã ngành cấp trên trực tiếp|464
mo_ta_nganh|Nội dung ngành|string||0|0|none|Giải thích nội dung ngành|Bán buôn vali, cặp, túi, hàng du lịch, nước hoa, mỹ phẩm...
noi_dung_thu_chi|Nội dung thu, chi|string||1|0|none|Khoản mục thu hoặc chi ngân sách|Thu nội địa
du_toan|Dự toán|decimal|tỷ đồng|0|0|none|Dự toán được giao|1526500
gia_tri_thuc_hien|Thực hiện|decimal|tỷ đồng|1|0|none|Số thực hiện trong kỳ|142300.6
luy_ke|Lũy kế từ đầu năm|decimal|tỷ đồng|0|0|none|Số thực hiện lũy kế từ đầu năm|1123450.2
ty_le_so_du_toan|So với dự toán|decimal|%|0|0|none|Tỷ lệ thực hiện so với dự toán|73.6
ma_dvqhns|Mã đơn vị quan hệ ngân sách|code||1|1|none|Mã số đơn vị có quan hệ với ngân sách (7 chữ số)|1012345
ten_don_vi|Tên đơn vị|string||1|0|none|Tên đơn vị|Trường Trung học phổ thông Phan Đình Phùng
loai_don_vi|Loại đơn vị|code||0|0|none|Đơn vị dự toán, đơn vị sử dụng ngân sách, dự án đầu tư|Đơn vị sử dụng ngân sách
co_quan_chu_quan|Cơ quan chủ quản|string||0|0|none|Cơ quan quản lý cấp trên|Sở Giáo dục và Đào tạo Thành phố Hà Nội
cap_ngan_sach|Cấp ngân sách|code||0|0|none|Trung ương, tỉnh, xã|Tỉnh
don_vi_tham_gia|Đơn vị tham gia|string||0|0|none|Đơn vị sử dụng lao động đóng bảo hiểm|Công ty Cổ phần May Sông Hồng
muc_luong_dong_bhxh|Tiền lương đóng bảo hiểm xã hội|decimal|VNĐ/tháng|0|0|basic|Tiền lương tháng làm căn cứ đóng|9850000
thoi_gian_dong|Thời gian đóng|integer|tháng|0|0|basic|Tổng số tháng đã đóng bảo hiểm xã hội|146
ma_the_bhyt|Mã thẻ bảo hiểm y tế|code||0|0|basic|Mã số ghi trên thẻ bảo hiểm y tế|DN4010123456789
noi_dang_ky_kcb_ban_dau|Nơi đăng ký khám, chữa bệnh ban đầu|code||0|0|basic|Mã cơ sở khám, chữa bệnh ban đầu|40-031
lich_su_kcb|Lịch sử khám, chữa bệnh|string||0|0|sensitive|Tham chiếu các lượt khám, chữa bệnh bảo hiểm y tế đã thanh toán|KCB-2026-09-12-40031-0098
ma_co_so_kcb|Mã cơ sở khám, chữa bệnh|code||1|1|none|Mã cơ sở khám bệnh, chữa bệnh|{ma_tinh}-001
ten_co_so_kcb|Tên cơ sở khám, chữa bệnh|string||1|0|none|Tên cơ sở|Bệnh viện Đa khoa {p}
cap_chuyen_mon|Cấp chuyên môn kỹ thuật|code||0|0|none|Cấp khám ban đầu, cấp cơ bản, cấp chuyên sâu|Cấp cơ bản
nhan_dang_ky_ban_dau|Nhận đăng ký ban đầu|boolean||0|0|none|Cơ sở có nhận đăng ký khám, chữa bệnh ban đầu hay không|true
ngay_hieu_luc_hop_dong|Ngày hiệu lực hợp đồng|date||0|0|none|Ngày hợp đồng khám, chữa bệnh bảo hiểm y tế có hiệu lực|2026-01-01
ma_tbmt|Mã thông báo mời thầu|code||1|1|none|Mã thông báo mời thầu trên Hệ thống mạng đấu thầu quốc gia|IB2600123456
ten_goi_thau|Tên gói thầu|string||1|0|none|Tên gói thầu|Xây lắp công trình trường tiểu học Nghi Phú
ben_moi_thau|Bên mời thầu|string||1|0|none|Tên bên mời thầu|Ban Quản lý dự án đầu tư xây dựng {p}
hinh_thuc_lcnt|Hình thức lựa chọn nhà thầu|code||1|0|none|Đấu thầu rộng rãi, chào hàng cạnh tranh, chỉ định thầu...|Đấu thầu rộng rãi
gia_goi_thau|Giá gói thầu|decimal|VNĐ|0|0|none|Giá gói thầu được duyệt|12500000000
nha_thau_trung_thau|Nhà thầu trúng thầu|string||0|0|none|Tên nhà thầu trúng thầu|Công ty Cổ phần Xây dựng số 4
gia_trung_thau|Giá trúng thầu|decimal|VNĐ|0|0|none|Giá trúng thầu|12135000000
ngay_phe_duyet|Ngày phê duyệt|date||0|0|none|Ngày phê duyệt|2026-05-19
ma_du_an|Mã dự án|code||1|1|none|Mã số dự án|DA-{ma_tinh}-2026-014
ten_du_an|Tên dự án|string||1|0|none|Tên dự án|Nhà máy sản xuất linh kiện điện tử
quoc_gia_dau_tu|Quốc gia, vùng lãnh thổ đầu tư|code||0|0|none|Quốc gia hoặc vùng lãnh thổ của nhà đầu tư|KR
von_dang_ky_usd|Vốn đầu tư đăng ký|decimal|triệu USD|0|0|none|Tổng vốn đầu tư đăng ký|150.0
ngay_cap_gcndkdt|Ngày cấp Giấy chứng nhận đăng ký đầu tư|date||0|0|none|Ngày cấp lần đầu|2025-11-20
ma_tai_san|Mã tài sản|code||1|1|none|Mã tài sản công|TS-01-0123456
ten_tai_san|Tên tài sản|string||1|0|none|Tên tài sản|Trụ sở làm việc Sở Tài chính
loai_tai_san|Loại tài sản|code||1|0|none|Nhà, đất, xe ô tô, tài sản cố định khác|Trụ sở làm việc
don_vi_quan_ly|Đơn vị quản lý|string||1|0|none|Cơ quan, đơn vị quản lý, sử dụng|Sở Tài chính {p}
nguyen_gia|Nguyên giá|decimal|VNĐ|0|0|none|Nguyên giá tài sản|45800000000
gia_tri_con_lai|Giá trị còn lại|decimal|VNĐ|0|0|none|Giá trị còn lại theo sổ kế toán|31200000000
dien_tich_dat|Diện tích đất|decimal|m²|0|0|none|Diện tích khuôn viên đất|3250.0
ma_hang_hoa|Mã hàng hóa, dịch vụ|code||1|1|none|Mã hàng hóa, dịch vụ trong danh mục báo cáo giá|HH-01.01
ten_hang_hoa|Tên hàng hóa, dịch vụ|string||1|0|none|Tên hàng hóa, dịch vụ|Gạo tẻ thường
gia_binh_quan|Giá bình quân|decimal|VNĐ|1|0|none|Giá bình quân trong kỳ|16500
loai_gia|Loại giá|code||0|0|none|Giá bán lẻ, giá bán buôn, giá kê khai|Giá bán lẻ
ma_chung_khoan|Mã chứng khoán|code||0|0|none|Mã chứng khoán niêm yết hoặc đăng ký giao dịch|HHV
san_giao_dich|Sàn giao dịch|code||0|0|none|HOSE, HNX, UPCoM hoặc chưa niêm yết|HOSE
ngay_dang_ky_cong_ty_dai_chung|Ngày đăng ký công ty đại chúng|date||0|0|none|Ngày Ủy ban Chứng khoán Nhà nước xác nhận|2017-08-14
ky_bao_cao|Kỳ báo cáo|string||1|0|none|Kỳ báo cáo (năm, 6 tháng, quý hoặc tháng)|6 tháng đầu năm 2026
ty_le_gdp|Tỷ lệ so với GDP|decimal|%|0|0|none|Tỷ lệ so với tổng sản phẩm trong nước|35.2
so_co|Số C/O|code||1|1|none|Số tham chiếu Giấy chứng nhận xuất xứ|VN-EU 26/02/123456
mau_co|Mẫu C/O|code||1|0|none|Mẫu giấy chứng nhận xuất xứ|EUR.1
nuoc_nhap_khau|Nước nhập khẩu|code||0|0|none|Mã nước nhập khẩu|DE
to_chuc_cap_co|Tổ chức cấp C/O|string||0|0|none|Tổ chức cấp giấy chứng nhận xuất xứ|Phòng Quản lý xuất nhập khẩu khu vực Hải Phòng
loai_nguon|Loại nguồn điện|code||1|0|none|Thủy điện, nhiệt điện than, khí, điện gió, điện mặt trời, nhập khẩu...|Điện mặt trời
san_luong_dien|Sản lượng điện|decimal|triệu kWh|1|0|none|Sản lượng điện sản xuất và nhập khẩu|2513.7
ty_trong|Tỷ trọng|decimal|%|0|0|none|Tỷ trọng trong tổng|9.8
ma_nha_may|Mã nhà máy|code||1|1|none|Mã nhà máy điện|NMD-0153
ten_nha_may|Tên nhà máy|string||1|0|none|Tên nhà máy điện|Nhà máy thủy điện Hòa Bình
cong_suat_dat|Công suất đặt|decimal|MW|1|0|none|Tổng công suất đặt|2400
chu_dau_tu|Chủ đầu tư|string||0|0|none|Tên chủ đầu tư|Tập đoàn Điện lực Việt Nam
nam_van_hanh|Năm vận hành|integer||0|0|none|Năm đưa vào vận hành thương mại|1994
ma_cong_trinh|Mã công trình|code||1|1|none|Mã công trình|CT-{ma_tinh}-000871
ten_chu_dau_tu|Tổ chức, cá nhân đầu tư|string||1|0|basic|Tên tổ chức hoặc họ tên cá nhân lắp đặt hệ thống|Đinh Văn Long
cong_suat_lap_dat|Công suất lắp đặt|decimal|kWp|1|0|none|Công suất lắp đặt tấm quang điện|9.6
hinh_thuc_dau_noi|Hình thức đấu nối|code||0|0|none|Có đấu nối (không bán điện) hoặc không đấu nối|Có đấu nối, không bán điện lên lưới
ngay_thong_bao|Ngày thông báo|date||1|0|none|Ngày gửi thông báo đến cơ quan có thẩm quyền|2025-08-12
ten_mien|Tên miền|code||1|1|none|Tên miền hoặc tên ứng dụng|muasamxanh.vn
loai_hinh_tmdt|Loại hình|code||1|0|none|Website bán hàng, sàn giao dịch thương mại điện tử, ứng dụng...|Website thương mại điện tử bán hàng
ngay_xac_nhan|Ngày xác nhận|date||0|0|none|Ngày xác nhận thông báo hoặc đăng ký|2024-10-03
so_to_khai_hoa_chat|Số khai báo hóa chất|code||1|1|none|Số khai báo hóa chất nhập khẩu|KBHC-2026-045123
ten_hoa_chat|Tên hóa chất|string||1|0|none|Tên hóa chất|Axit sunfuric
so_cas|Mã số CAS|code||0|0|none|Mã số CAS|7664-93-9
khoi_luong|Khối lượng|decimal|tấn|1|0|none|Khối lượng|120.5
ngay_khai_bao|Ngày khai báo|date||1|0|none|Ngày khai báo|2026-07-09
ma_diem|Mã điểm|code||1|1|none|Mã định danh điểm|DM-{ma_tinh}-0241
ten_diem|Tên điểm|string||1|0|none|Tên điểm|Chợ Đồng Xuân
loai_hinh_ban_le|Loại hình|code||1|0|none|Chợ, siêu thị, trung tâm thương mại, cửa hàng tiện lợi|Chợ
hang_cho|Hạng|code||0|0|none|Hạng chợ hoặc hạng siêu thị, trung tâm thương mại|Hạng 1
ky_dieu_hanh|Kỳ điều hành|datetime||1|1|none|Thời điểm áp dụng giá mới|2026-10-16T15:00:00+07:00
mat_hang|Mặt hàng|code||1|1|none|Mặt hàng xăng dầu|Xăng E5 RON 92
gia_ban_le|Giá bán lẻ tối đa|decimal|VNĐ/lít|1|0|none|Giá bán lẻ tối đa|19850
muc_thay_doi|Mức thay đổi|decimal|VNĐ/lít|0|0|none|Chênh lệch so với kỳ điều hành trước|-210
loai_vi_pham|Loại vi phạm|code||1|0|none|Hàng giả, hàng nhập lậu, gian lận thương mại...|Hàng giả
tien_phat|Tiền phạt|decimal|VNĐ|0|0|none|Tổng số tiền phạt|325000000
tri_gia_hang_vi_pham|Trị giá hàng vi phạm|decimal|VNĐ|0|0|none|Trị giá hàng hóa vi phạm|1120000000
ma_thua_dat|Mã thửa đất|code||1|1|none|Mã định danh thửa đất|{ma_xa}-45-128
so_to_ban_do|Số tờ bản đồ|integer||1|0|none|Số hiệu tờ bản đồ địa chính|45
so_thua|Số thửa|integer||1|0|none|Số thứ tự thửa đất|128
dien_tich|Diện tích|decimal|ha|1|0|none|Diện tích|125.4
muc_dich_su_dung|Mục đích sử dụng|code||1|0|none|Ký hiệu loại đất theo mục đích sử dụng|ONT
nguoi_su_dung_dat|Người sử dụng đất|string||0|0|basic|Họ tên cá nhân, tên hộ gia đình hoặc tổ chức sử dụng đất|Hộ ông Lê Văn Thắng
so_dinh_danh_nguoi_sdd|Số định danh người sử dụng đất|code||0|0|basic|Số định danh cá nhân hoặc mã số doanh nghiệp|038078001234
hinh_thua|Hình thể thửa đất|geometry||0|0|none|Ranh giới thửa đất dạng WKT|POLYGON(({lon} {lat}, {lon_s} {lat}, {lon_s} {lat_s}, {lon} {lat}))
ma_tram|Mã trạm|code||1|1|none|Mã trạm quan trắc, trạm đo|{ma_tinh}-KK-01
ten_tram|Tên trạm|string||1|0|none|Tên trạm|Trạm {xa_bare}
luong_mua|Lượng mưa|decimal|mm|1|0|none|Tổng lượng mưa trong ngày|86.4
luong_mua_tich_luy|Lượng mưa tích lũy|decimal|mm|0|0|none|Lượng mưa tích lũy 72 giờ|212.8
nhiet_do_tb|Nhiệt độ trung bình|decimal|°C|1|0|none|Nhiệt độ không khí trung bình ngày|27.3
nhiet_do_max|Nhiệt độ cao nhất|decimal|°C|0|0|none|Nhiệt độ không khí cao nhất ngày|33.8
nhiet_do_min|Nhiệt độ thấp nhất|decimal|°C|0|0|none|Nhiệt độ không khí thấp nhất ngày|23.1
do_am_tb|Độ ẩm trung bình|decimal|%|0|0|none|Độ ẩm tương đối trung bình ngày|82
ten_song|Sông|string||1|0|none|Tên sông|Sông Hồng
thoi_gian_do|Thời điểm đo|datetime||1|0|none|Thời điểm quan trắc (giờ Việt Nam)|2026-09-20T07:00:00+07:00
muc_nuoc|Mực nước|decimal|cm|1|0|none|Mực nước|945
luu_luong|Lưu lượng|decimal|m³/s|0|0|none|Lưu lượng nước|5230
cap_bao_dong|Cấp báo động|integer||0|0|none|Cấp báo động lũ (0 nếu dưới báo động I)|1
ma_con_bao|Mã cơn bão|code||1|1|none|Mã cơn bão, áp thấp nhiệt đới theo năm|2025-03
ten_bao|Tên bão|string||0|0|none|Tên quốc tế và số hiệu cơn bão trên Biển Đông|Bão số 3 (Wipha)
suc_gio_max|Sức gió mạnh nhất|integer|cấp|0|0|none|Sức gió mạnh nhất vùng gần tâm (cấp Beaufort)|11
ap_suat_tam|Khí áp tâm|integer|hPa|0|0|none|Khí áp tại tâm bão|975
pm25|Bụi PM2.5|decimal|µg/m³|0|0|none|Nồng độ bụi PM2.5 trung bình 1 giờ|38.6
pm10|Bụi PM10|decimal|µg/m³|0|0|none|Nồng độ bụi PM10 trung bình 1 giờ|61.2
no2|NO2|decimal|µg/m³|0|0|none|Nồng độ nitơ đioxit trung bình 1 giờ|42.0
so2|SO2|decimal|µg/m³|0|0|none|Nồng độ lưu huỳnh đioxit trung bình 1 giờ|12.5
co|CO|decimal|µg/m³|0|0|none|Nồng độ cacbon monoxit trung bình 1 giờ|1150
o3|O3|decimal|µg/m³|0|0|none|Nồng độ ôzôn trung bình 1 giờ|58.3
vn_aqi|Chỉ số VN_AQI|integer||0|0|none|Chỉ số chất lượng không khí Việt Nam theo giờ|87
loai_hinh_san_xuat|Loại hình sản xuất|string||0|0|none|Loại hình sản xuất, kinh doanh, dịch vụ|Dệt nhuộm
luu_luong_nuoc_thai|Lưu lượng nước thải|decimal|m³/ngày đêm|0|0|none|Lưu lượng nước thải lớn nhất|1200
quan_trac_tu_dong|Quan trắc tự động|boolean||0|0|none|Có hệ thống quan trắc nước thải tự động, liên tục hay không|true
so_giay_phep_mt|Số giấy phép môi trường|string||0|0|none|Số giấy phép môi trường|215/GPMT-BNNMT
so_giay_phep|Số giấy phép|code||1|1|none|Số giấy phép|125/GPXD
to_chuc_duoc_cap|Tổ chức được cấp phép|string||1|0|none|Tên tổ chức được cấp phép|Công ty Cổ phần Cấp nước {tinh_ngan}
loai_nguon_nuoc|Nguồn nước|code||0|0|none|Nước mặt, nước dưới đất, nước biển|Nước mặt
muc_dich_khai_thac|Mục đích khai thác|string||0|0|none|Mục đích khai thác, sử dụng nước|Cấp nước sinh hoạt
luu_luong_khai_thac|Lưu lượng khai thác|decimal|m³/ngày đêm|0|0|none|Lưu lượng khai thác lớn nhất|60000
thoi_han|Thời hạn|integer|năm|0|0|none|Thời hạn của giấy phép|10
ma_so_vung_trong|Mã số vùng trồng|code||1|1|none|Mã số vùng trồng do cơ quan có thẩm quyền cấp|VN-{ma_tinh}DRO-0123
loai_cay|Loại cây trồng|string||1|0|none|Tên cây trồng|Sầu riêng
dien_tich_vung_trong|Diện tích vùng trồng|decimal|ha|1|0|none|Diện tích vùng trồng|35.6
san_luong_du_kien|Sản lượng dự kiến|decimal|tấn|0|0|none|Sản lượng dự kiến mỗi năm|520
thi_truong_xuat_khau|Thị trường xuất khẩu|code||0|0|none|Thị trường nhập khẩu đã chấp nhận mã số|CN
vu_lua|Vụ lúa|code||1|0|none|Đông Xuân, Hè Thu, Thu Đông, Mùa|Đông Xuân
dien_tich_gieo_ma|Diện tích gieo mạ|decimal|ha|0|0|none|Diện tích đã gieo mạ|1520
dien_tich_gieo_cay|Diện tích gieo cấy|decimal|ha|1|0|none|Diện tích lúa đã gieo cấy|48250
ty_le_so_ke_hoach|Tỷ lệ so với kế hoạch|decimal|%|0|0|none|Tỷ lệ so với kế hoạch vụ|86.5
ngay_bao_cao|Ngày báo cáo|date||1|0|none|Ngày lập báo cáo|2026-09-18
loai_dich_benh|Loại dịch bệnh|code||1|0|none|Tên dịch bệnh động vật|Dịch tả lợn châu Phi
so_o_dich|Số ổ dịch|integer|ổ dịch|0|0|none|Số ổ dịch chưa qua 21 ngày|12
so_con_mac|Số con mắc bệnh|integer|con|0|0|none|Số con mắc bệnh|385
so_con_tieu_huy|Số con tiêu hủy|integer|con|0|0|none|Số con chết và tiêu hủy|402
so_dang_ky_tau|Số đăng ký tàu cá|code||1|1|none|Số đăng ký tàu cá|NA-90123-TS
ten_chu_tau|Chủ tàu|string||1|0|basic|Họ tên chủ tàu|Hồ Văn Dũng
so_dinh_danh_chu_tau|Số định danh chủ tàu|code||0|0|basic|Số định danh cá nhân của chủ tàu|040080004567
chieu_dai_tau|Chiều dài tàu|decimal|m|1|0|none|Chiều dài lớn nhất của tàu|18.5
cong_suat_may|Công suất máy chính|decimal|kW|0|0|none|Tổng công suất máy chính|450
nghe_khai_thac|Nghề khai thác|code||0|0|none|Nghề khai thác chính|Lưới kéo
so_giay_phep_khai_thac|Số giấy phép khai thác|string||0|0|none|Số giấy phép khai thác thủy sản còn hiệu lực|40/2026/NA-GPKTTS
trang_thai_vms|Trạng thái giám sát hành trình|code||0|0|none|Đang kết nối, mất kết nối, chưa lắp đặt|Đang kết nối
dien_tich_rung_tu_nhien|Rừng tự nhiên|decimal|ha|1|0|none|Diện tích rừng tự nhiên|810452
dien_tich_rung_trong|Rừng trồng|decimal|ha|1|0|none|Diện tích rừng trồng|205173
ty_le_che_phu|Tỷ lệ che phủ rừng|decimal|%|0|0|none|Tỷ lệ che phủ rừng|58.4
ma_su_kien|Mã sự kiện|code||1|1|none|Mã sự kiện|TT-2025-0917
loai_thien_tai|Loại thiên tai|code||1|0|none|Bão, lũ, lũ quét, sạt lở đất, hạn hán, xâm nhập mặn...|Bão
ngay_bat_dau|Ngày bắt đầu|date||1|0|none|Ngày bắt đầu|2025-09-25
so_nguoi_chet_mat_tich|Số người chết, mất tích|integer|người|0|0|none|Số người chết và mất tích|9
so_nha_hu_hong|Số nhà bị hư hỏng|integer|căn|0|0|none|Số nhà bị sập, đổ, hư hỏng, tốc mái|2350
dien_tich_lua_thiet_hai|Diện tích lúa bị thiệt hại|decimal|ha|0|0|none|Diện tích lúa bị ngập, thiệt hại|15400
gia_tri_thiet_hai|Giá trị thiệt hại|decimal|tỷ đồng|0|0|none|Ước tính giá trị thiệt hại|1250.6
ma_ho|Mã hộ|code||1|1|none|Mã hộ gia đình trong phần mềm quản lý hộ nghèo|{ma_xa}-0345
so_dinh_danh_chu_ho|Số định danh chủ hộ|code||0|0|basic|Số định danh cá nhân của chủ hộ|0{ma_tinh}071009876
so_nhan_khau|Số nhân khẩu|integer|người|0|0|none|Số nhân khẩu|4
phan_loai_ho|Phân loại hộ|code||1|0|basic|Hộ nghèo, hộ cận nghèo, hộ thoát nghèo|Hộ cận nghèo
diem_thieu_hut|Số chỉ số thiếu hụt|integer||0|0|basic|Số chỉ số thiếu hụt dịch vụ xã hội cơ bản|2
nam_ra_soat|Năm rà soát|integer||1|0|none|Năm rà soát|2025
ma_doi_tuong|Mã đối tượng|code||1|1|none|Mã định danh đối tượng địa lý|{ma_tinh}-GT-000123
lop_du_lieu|Lớp dữ liệu|code||1|0|none|Cơ sở toán học, dân cư, địa hình, thủy hệ, giao thông, phủ bề mặt...|Thủy hệ
ten_doi_tuong|Tên đối tượng|string||0|0|none|Tên đối tượng|Sông Lam
ty_le_ban_do|Tỷ lệ|code||0|0|none|Tỷ lệ bản đồ|1:10.000
loai_doi_tuong_bien|Loại đối tượng|code||1|0|none|Đảo, bãi cạn, vùng bờ, khu bảo tồn biển...|Đảo
vung_bien|Vùng biển|string||0|0|none|Vùng biển|Vịnh Bắc Bộ
ket_qua_dieu_tra|Kết quả điều tra|string||0|0|none|Tóm tắt kết quả điều tra cơ bản|Đã điều tra địa hình đáy biển tỷ lệ 1:50.000
ma_so_phan_bon|Mã số phân bón|code||1|1|none|Mã số phân bón|25823
ten_phan_bon|Tên phân bón|string||1|0|none|Tên thương mại|Phân bón NPK 16-16-8
loai_phan_bon|Loại phân bón|code||1|0|none|Phân bón vô cơ, hữu cơ, sinh học|Phân bón vô cơ
thanh_phan_ham_luong|Thành phần, hàm lượng|string||0|0|none|Thành phần và hàm lượng chất dinh dưỡng|Đạm tổng số (Nts): 16%; Lân hữu hiệu (P2O5hh): 16%; Kali hữu hiệu (K2Ohh): 8%
to_chuc_dang_ky|Tổ chức đăng ký|string||0|0|none|Tổ chức đăng ký|Công ty Cổ phần Phân bón Bình Điền
hoat_chat|Hoạt chất|string||1|1|none|Tên hoạt chất|Azoxystrobin
ten_thuong_pham|Tên thương phẩm|string||1|0|none|Tên thương phẩm|Amistar 250SC
doi_tuong_phong_tru|Đối tượng phòng trừ|string||0|0|none|Dịch hại và cây trồng|Đạo ôn/lúa
nhom_thuoc|Nhóm thuốc|code||0|0|none|Thuốc trừ sâu, trừ bệnh, trừ cỏ...|Thuốc trừ bệnh
so_xa_dat_chuan|Số xã đạt chuẩn nông thôn mới|integer|xã|1|0|none|Số xã đạt chuẩn|98
so_xa_nang_cao|Số xã đạt chuẩn nâng cao|integer|xã|0|0|none|Số xã đạt chuẩn nông thôn mới nâng cao|31
so_xa_kieu_mau|Số xã đạt chuẩn kiểu mẫu|integer|xã|0|0|none|Số xã đạt chuẩn nông thôn mới kiểu mẫu|5
ty_le_xa_dat_chuan|Tỷ lệ xã đạt chuẩn|decimal|%|0|0|none|Tỷ lệ xã đạt chuẩn nông thôn mới|82.4
so_seri_kiem_dinh|Số seri giấy chứng nhận kiểm định|code||1|1|none|Số seri giấy chứng nhận kiểm định|KC 4561237
loai_phuong_tien|Loại phương tiện|code||1|0|none|Loại phương tiện|Ô tô tải
ngay_kiem_dinh|Ngày kiểm định|date||1|0|none|Ngày kiểm định|2026-08-02
han_kiem_dinh|Hạn kiểm định|date||1|0|none|Ngày hết hạn giấy chứng nhận kiểm định|2027-02-01
don_vi_dang_kiem|Đơn vị đăng kiểm|string||0|0|none|Mã và tên đơn vị đăng kiểm|2903S - Trung tâm đăng kiểm xe cơ giới 29-03S
ket_qua_kiem_dinh|Kết quả kiểm định|code||1|0|none|Đạt hoặc không đạt|Đạt
ma_tuyen|Mã tuyến|code||1|1|none|Mã hiệu tuyến|QL1
ten_tuyen|Tên tuyến|string||1|0|none|Tên tuyến|Quốc lộ 1
cap_duong|Cấp đường|code||0|0|none|Cấp kỹ thuật của đường|Cấp III đồng bằng
diem_dau|Điểm đầu|string||0|0|none|Điểm đầu tuyến|Cửa khẩu Hữu Nghị
diem_cuoi|Điểm cuối|string||0|0|none|Điểm cuối tuyến|Năm Căn
chieu_dai|Chiều dài|decimal|km|0|0|none|Chiều dài tuyến|2360.5
so_lan_xe|Số làn xe|integer|làn|0|0|none|Số làn xe cơ giới|4
tuyen_duong|Tuyến đường|string||1|0|none|Tuyến đường|Quốc lộ 1
ly_trinh|Lý trình|string||0|0|none|Vị trí theo lý trình|Km 1+785
hinh_thuc_thu_phi|Hình thức thu phí|code||0|0|none|Điện tử không dừng (ETC) hoặc thu phí một dừng|Điện tử không dừng
muc_phi|Mức phí xe dưới 12 chỗ|decimal|VNĐ/lượt|0|0|none|Mức phí đối với xe dưới 12 ghế ngồi|35000
cang_hang_khong|Cảng hàng không|code||1|0|none|Mã IATA của cảng hàng không|HAN
luot_hanh_khach|Lượt hành khách|integer|lượt|1|0|none|Số lượt hành khách đi và đến|2456789
san_luong_hang_hoa|Sản lượng hàng hóa|decimal|tấn|0|0|none|Khối lượng hàng hóa thông qua|68450.5
so_chuyen_bay|Số chuyến bay|integer|chuyến|0|0|none|Số chuyến bay cất, hạ cánh|15230
ma_cang|Mã cảng|code||1|1|none|Mã UN/LOCODE của cảng|VNHPH
ten_cang|Tên cảng|string||1|0|none|Tên cảng biển|Cảng biển Hải Phòng
loai_cang|Loại cảng|code||0|0|none|Cảng biển đặc biệt, loại I, loại II, loại III|Cảng biển đặc biệt
ten_ben_cang|Bến cảng|string||0|0|none|Tên bến cảng|Bến cảng Lạch Huyện
co_tau_tiep_nhan|Cỡ tàu tiếp nhận|integer|DWT|0|0|none|Trọng tải tàu lớn nhất có thể tiếp nhận|100000
tuyen_duong_sat|Tuyến đường sắt|string||1|0|none|Tên tuyến đường sắt|Hà Nội – Thành phố Hồ Chí Minh
loai_cong_trinh|Loại công trình|code||1|0|none|Loại công trình|Cầu
kho_duong|Khổ đường|code||0|0|none|Khổ đường sắt|1.000 mm
nam_xay_dung|Năm xây dựng|integer||0|0|none|Năm xây dựng|1936
tinh_trang_ky_thuat|Tình trạng kỹ thuật|code||0|0|none|Tốt, trung bình, yếu|Trung bình
loai_du_an|Loại dự án|code||1|0|none|Nhà ở thương mại, nhà ở xã hội, khu đô thị...|Nhà ở xã hội
so_can_du_dieu_kien|Số căn đủ điều kiện bán|integer|căn|0|0|none|Số căn hộ, nhà ở đủ điều kiện bán, cho thuê mua|864
so_giao_dich|Số giao dịch|integer|giao dịch|0|0|none|Số giao dịch thành công trong kỳ|412
gia_ban_binh_quan|Giá bán bình quân|decimal|VNĐ/m²|0|0|none|Giá bán bình quân|52000000
chi_so_gia|Chỉ số giá xây dựng|decimal|%|1|0|none|Chỉ số giá so với năm gốc 2020|112.35
so_chung_chi|Số chứng chỉ|code||1|1|none|Mã số chứng chỉ|BXD-00012345
ten_to_chuc_ca_nhan|Tổ chức, cá nhân|string||1|0|basic|Tên tổ chức hoặc họ tên cá nhân được cấp chứng chỉ|Ngô Quang Huy
loai_chung_chi|Loại chứng chỉ|code||1|0|none|Chứng chỉ năng lực (tổ chức) hoặc chứng chỉ hành nghề (cá nhân)|Chứng chỉ hành nghề
hang_chung_chi|Hạng|code||0|0|none|Hạng I, II, III|Hạng II
co_quan_cap|Cơ quan cấp|string||0|0|none|Cơ quan cấp|Sở Xây dựng {p}
ma_di_tich|Mã di tích|code||1|1|none|Mã di tích|DT-{ma_tinh}-0123
ten_di_tich|Tên di tích|string||1|0|none|Tên di tích|Khu di tích Kim Liên
loai_di_tich|Loại di tích|code||1|0|none|Lịch sử, kiến trúc nghệ thuật, khảo cổ, danh lam thắng cảnh|Di tích lịch sử
cap_xep_hang|Cấp xếp hạng|code||1|0|none|Quốc gia đặc biệt, quốc gia, cấp tỉnh|Quốc gia đặc biệt
ngay_xep_hang|Ngày xếp hạng|date||0|0|none|Ngày quyết định xếp hạng|2012-09-27
ma_di_san|Mã di sản|code||1|1|none|Mã di sản trong danh mục quốc gia|DSPVT-0412
ten_di_san|Tên di sản|string||1|0|none|Tên di sản văn hóa phi vật thể|Dân ca ví, giặm Nghệ Tĩnh
loai_hinh_di_san|Loại hình di sản|code||1|0|none|Loại hình di sản văn hóa phi vật thể|Nghệ thuật trình diễn dân gian
dia_ban|Địa bàn|string||0|0|none|Địa bàn phân bố|Tỉnh Nghệ An; Tỉnh Hà Tĩnh
nam_ghi_danh|Năm ghi danh|integer||0|0|none|Năm đưa vào danh mục|2013
unesco|Được UNESCO ghi danh|boolean||0|0|none|Đã được UNESCO ghi danh hay chưa|true
loai_co_so_luu_tru|Loại cơ sở lưu trú|code||1|0|none|Khách sạn, biệt thự du lịch, căn hộ du lịch, nhà nghỉ, homestay...|Khách sạn
hang_sao|Hạng sao|integer|sao|0|0|none|Hạng sao được công nhận (1–5)|4
so_buong|Số buồng|integer|buồng|0|0|none|Số buồng lưu trú|156
phuong_tien|Phương tiện|code||0|0|none|Đường hàng không, đường bộ, đường biển|Đường hàng không
so_luot_khach|Số lượt khách|integer|lượt|1|0|none|Số lượt khách|1854320
so_the|Số thẻ|code||1|1|none|Số thẻ hướng dẫn viên|179123456
loai_the|Loại thẻ|code||1|0|none|Quốc tế, nội địa, tại điểm|Quốc tế
ngoai_ngu|Ngoại ngữ|string||0|0|none|Ngoại ngữ sử dụng|Tiếng Anh; Tiếng Pháp
ten_co_quan_bao_chi|Tên cơ quan báo chí|string||1|0|none|Tên cơ quan báo chí|Báo Nhân Dân
loai_hinh_bao_chi|Loại hình báo chí|code||1|0|none|Báo in, báo điện tử, tạp chí, phát thanh, truyền hình|Báo điện tử
ma_nxb|Mã nhà xuất bản|code||1|1|none|Mã nhà xuất bản|NXB-018
ten_nxb|Tên nhà xuất bản|string||1|0|none|Tên nhà xuất bản|Nhà xuất bản Giáo dục Việt Nam
mon_the_thao|Môn thể thao|string||1|0|none|Môn thi đấu|Điền kinh
dang_cap|Đẳng cấp|code||0|0|none|Kiện tướng, dự bị kiện tướng, cấp I|Kiện tướng
thanh_tich_cao_nhat|Thành tích cao nhất|string||0|0|none|Thành tích cao nhất đạt được|Huy chương vàng SEA Games 33
ma_buu_chinh|Mã bưu chính|code||1|1|none|Mã bưu chính quốc gia (5 chữ số)|11000
ten_doi_tuong_gan_ma|Đối tượng gắn mã|string||1|0|none|Tên đơn vị hành chính hoặc bưu cục được gắn mã|Bưu cục Bờ Hồ
cap_doi_tuong|Cấp đối tượng|code||1|0|none|Tỉnh, xã, bưu cục, điểm phục vụ|Bưu cục
diem_dti|Điểm DTI|decimal|điểm|1|0|none|Điểm Chỉ số chuyển đổi số cấp tỉnh|0.6521
xep_hang|Xếp hạng|integer||0|0|none|Thứ hạng trong 34 tỉnh, thành phố|3
chinh_quyen_so|Chính quyền số|decimal|điểm|0|0|none|Điểm trụ cột chính quyền số|0.7012
kinh_te_so|Kinh tế số|decimal|điểm|0|0|none|Điểm trụ cột kinh tế số|0.5820
xa_hoi_so|Xã hội số|decimal|điểm|0|0|none|Điểm trụ cột xã hội số|0.6344
so_don|Số đơn|code||1|1|none|Số đơn đăng ký|4-2026-12345
ngay_nop_don|Ngày nộp đơn|date||1|0|none|Ngày nộp đơn|2026-03-04
mau_nhan_hieu|Mẫu nhãn hiệu|string||0|0|none|Tham chiếu ảnh mẫu nhãn hiệu|NH-4-2026-12345.jpg
nhom_san_pham|Nhóm sản phẩm, dịch vụ|string||0|0|none|Nhóm theo Bảng phân loại Nice|30; 35
chu_don|Chủ đơn|string||1|0|basic|Tên tổ chức hoặc họ tên cá nhân nộp đơn|Hợp tác xã Nông nghiệp Nam Đàn
so_bang|Số văn bằng|code||0|0|none|Số văn bằng bảo hộ (nếu đã cấp)|4-0512345-000
trang_thai_don|Trạng thái đơn|code||1|0|none|Đang thẩm định hình thức, nội dung, đã cấp, từ chối|Đang thẩm định nội dung
ten_sang_che|Tên sáng chế|string||1|0|none|Tên sáng chế, giải pháp hữu ích|Quy trình sản xuất phân bón hữu cơ vi sinh từ phụ phẩm cà phê
phan_loai_ipc|Phân loại IPC|code||0|0|none|Chỉ số phân loại sáng chế quốc tế|C05F 11/08
tac_gia|Tác giả|string||0|0|basic|Họ tên tác giả|Trịnh Văn Kiên; Mai Thị Linh
loai_dai|Loại đài|code||1|0|none|Đài trạm gốc thông tin di động, phát thanh, truyền hình, vi ba...|Trạm gốc 5G
tan_so_phat|Tần số phát|decimal|MHz|1|0|none|Tần số phát|3570.0
cong_suat_phat|Công suất phát|decimal|W|0|0|none|Công suất phát lớn nhất|80
vi_tri_dat_dai|Vị trí đặt đài|string||0|0|none|Địa chỉ đặt đài|{xa}, {tinh}
loai_dich_vu|Loại dịch vụ|code||1|0|none|Di động, băng rộng cố định, băng rộng di động|Băng rộng di động
so_thue_bao|Số thuê bao|integer|thuê bao|1|0|none|Số thuê bao đang hoạt động|9854321
ma_nhiem_vu|Mã nhiệm vụ|code||1|1|none|Mã số nhiệm vụ khoa học và công nghệ|ĐTĐL.CN-12/24
ten_nhiem_vu|Tên nhiệm vụ|string||1|0|none|Tên nhiệm vụ|Nghiên cứu công nghệ xử lý bùn thải đô thị
cap_quan_ly|Cấp quản lý|code||0|0|none|Cấp quốc gia, cấp bộ, cấp tỉnh, cấp cơ sở|Cấp quốc gia
to_chuc_chu_tri|Tổ chức chủ trì|string||0|0|none|Tổ chức chủ trì|Viện Công nghệ môi trường
chu_nhiem_nhiem_vu|Chủ nhiệm nhiệm vụ|string||0|0|basic|Họ tên chủ nhiệm|PGS.TS. Lê Thị Hằng
linh_vuc_khcn|Lĩnh vực khoa học và công nghệ|code||0|0|none|Mã lĩnh vực theo Bảng phân loại lĩnh vực nghiên cứu KH&CN|2.07
kinh_phi|Kinh phí|decimal|triệu đồng|0|0|none|Tổng kinh phí được phê duyệt|6500
thoi_gian_thuc_hien|Thời gian thực hiện|string||0|0|none|Thời gian thực hiện|01/2024 – 12/2026
ket_qua_danh_gia|Kết quả đánh giá|code||0|0|none|Xuất sắc, đạt, không đạt|Đạt
so_hieu_tcvn|Số hiệu tiêu chuẩn|code||1|1|none|Số hiệu tiêu chuẩn quốc gia|TCVN 7980-2:2024
ten_tieu_chuan|Tên tiêu chuẩn|string||1|0|none|Tên tiêu chuẩn|Thông tin và tư liệu – Bộ phần tử siêu dữ liệu Dublin Core – Phần 2: Các thuộc tính và các lớp DCMI
nam_cong_bo|Năm công bố|integer||1|0|none|Năm công bố|2024
so_quyet_dinh_cong_bo|Quyết định công bố|string||0|0|none|Số quyết định công bố|3512/QĐ-BKHCN
tieu_chuan_tuong_duong|Tiêu chuẩn tương đương|string||0|0|none|Tiêu chuẩn quốc tế tương đương|ISO 15836-2:2019
dia_chi_web|Địa chỉ trang web|string||0|0|none|Địa chỉ trang thông tin điện tử|https://ca.gov.vn
ma_dinh_danh_hoc_sinh|Mã định danh học sinh|code||1|1|basic|Mã định danh ngành giáo dục của học sinh|4001234567
ma_truong|Mã trường|code||1|1|none|Mã trường trong Cơ sở dữ liệu ngành giáo dục|{ma_tinh}000123
lop_hoc|Lớp|string||0|0|none|Tên lớp|10A1
nam_hoc|Năm học|string||1|0|none|Năm học|2025-2026
ket_qua_hoc_tap|Kết quả học tập|code||0|0|basic|Kết quả học tập cả năm: Tốt, Khá, Đạt, Chưa đạt|Tốt
so_bao_danh|Số báo danh|code||1|1|basic|Số báo danh|{ma_tinh}012345
ma_hoi_dong_thi|Hội đồng thi|code||0|0|none|Mã hội đồng thi|{ma_tinh}
diem_toan|Điểm Toán|decimal|điểm|0|0|basic|Điểm bài thi Toán|8.25
diem_ngu_van|Điểm Ngữ văn|decimal|điểm|0|0|basic|Điểm bài thi Ngữ văn|7.5
diem_mon_tu_chon_1|Điểm môn tự chọn thứ nhất|decimal|điểm|0|0|basic|Điểm môn tự chọn thứ nhất|8.0
diem_mon_tu_chon_2|Điểm môn tự chọn thứ hai|decimal|điểm|0|0|basic|Điểm môn tự chọn thứ hai|7.75
mon_thi|Môn thi|code||1|0|none|Môn thi|Toán
muc_diem|Mức điểm|decimal|điểm|1|0|none|Mức điểm (bước 0,25)|7.25
so_thi_sinh|Số thí sinh|integer|thí sinh|1|0|none|Số thí sinh đạt mức điểm|45123
so_hieu_van_bang|Số hiệu văn bằng|code||1|1|none|Số hiệu phôi văn bằng, chứng chỉ|QH-2025-012345
so_vao_so_cap|Số vào sổ cấp|string||0|0|none|Số vào sổ cấp văn bằng|125/2025/ĐH
loai_van_bang|Loại văn bằng|code||1|0|none|Bằng tốt nghiệp THPT, cử nhân, kỹ sư, thạc sĩ, tiến sĩ...|Bằng cử nhân
nganh_dao_tao|Ngành đào tạo|string||0|0|none|Ngành đào tạo|Công nghệ thông tin
co_so_cap|Cơ sở cấp|string||0|0|none|Cơ sở giáo dục cấp văn bằng|Trường Đại học Vinh
ten_truong|Tên trường|string||1|0|none|Tên trường|Trường Trung học phổ thông Huỳnh Thúc Kháng
loai_hinh_so_huu|Loại hình|code||0|0|none|Công lập, tư thục|Công lập
website|Trang thông tin điện tử|string||0|0|none|Địa chỉ trang thông tin điện tử|https://vinhuni.edu.vn
quy_mo_dao_tao|Quy mô đào tạo|integer|người học|0|0|none|Tổng số người học chính quy|32150
cap_hoc|Cấp học|code||1|0|none|Mầm non, tiểu học, trung học cơ sở, trung học phổ thông|Tiểu học
so_giao_vien|Số giáo viên|integer|người|0|0|none|Số giáo viên|58
so_giao_vien_dat_chuan|Số giáo viên đạt chuẩn|integer|người|0|0|none|Số giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục 2019|52
ty_le_dat_chuan|Tỷ lệ đạt chuẩn|decimal|%|0|0|none|Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo|89.7
khu_vuc_uu_tien|Khu vực ưu tiên|code||1|0|none|KV1, KV2-NT, KV2, KV3|KV2-NT
hinh_thuc_to_chuc|Hình thức tổ chức|code||1|0|none|Bệnh viện, phòng khám đa khoa, phòng khám chuyên khoa, trạm y tế...|Bệnh viện
so_giay_phep_hoat_dong|Số giấy phép hoạt động|string||0|0|none|Số giấy phép hoạt động khám bệnh, chữa bệnh|125/BYT-GPHĐ
so_giuong_benh|Số giường bệnh|integer|giường|0|0|none|Số giường bệnh kế hoạch|850
so_giay_phep_hanh_nghe|Số giấy phép hành nghề|code||1|1|none|Số giấy phép hành nghề khám bệnh, chữa bệnh|001234/NA-GPHN
chuc_danh_chuyen_mon|Chức danh chuyên môn|code||1|0|none|Bác sỹ, y sỹ, điều dưỡng, hộ sinh, kỹ thuật y...|Bác sỹ
pham_vi_hanh_nghe|Phạm vi hành nghề|string||0|0|none|Phạm vi hành nghề|Nội khoa
noi_hanh_nghe|Nơi hành nghề|string||0|0|none|Cơ sở đăng ký hành nghề|Bệnh viện Đa khoa {p}
ma_ho_so_suc_khoe|Mã hồ sơ sức khỏe|code||1|1|basic|Mã hồ sơ sức khỏe điện tử (gắn với số định danh cá nhân)|HSSK-040092001234
nhom_mau|Nhóm máu|code||0|0|sensitive|Nhóm máu ABO và Rh|O+
tien_su_benh|Tiền sử bệnh|string||0|0|sensitive|Mã ICD-10 các bệnh mạn tính đã chẩn đoán|E11; I10
di_ung|Dị ứng|string||0|0|sensitive|Tiền sử dị ứng thuốc, thực phẩm|Penicillin
lan_kham_gan_nhat|Lần khám gần nhất|date||0|0|none|Ngày khám gần nhất|2026-09-02
co_so_kcb_quan_ly|Cơ sở quản lý hồ sơ|string||0|0|none|Trạm y tế hoặc cơ sở khám, chữa bệnh quản lý hồ sơ|Trạm Y tế {xa}
ma_ca_benh|Mã ca bệnh|code||1|1|none|Mã ca bệnh trong hệ thống giám sát|CB-{ma_tinh}-2026-004512
ma_benh|Chẩn đoán|code||1|0|sensitive|Mã bệnh theo ICD-10|A91
ngay_khoi_phat|Ngày khởi phát|date||0|0|sensitive|Ngày khởi phát triệu chứng|2026-09-08
co_so_bao_cao|Cơ sở báo cáo|string||0|0|none|Cơ sở y tế báo cáo ca bệnh|Bệnh viện Nhiệt đới Trung ương
phan_loai_ca_benh|Phân loại ca bệnh|code||0|0|none|Nghi ngờ, có thể, xác định|Xác định
ten_benh|Tên bệnh|string||1|0|none|Tên bệnh truyền nhiễm|Sốt xuất huyết Dengue
so_ca_mac|Số ca mắc|integer|ca|1|0|none|Số ca mắc trong kỳ|126
so_ca_tu_vong|Số ca tử vong|integer|ca|1|0|none|Số ca tử vong trong kỳ|0
ma_doi_tuong_tiem|Mã đối tượng tiêm chủng|code||1|1|basic|Mã đối tượng trong hệ thống quản lý tiêm chủng|TC-040092001234
loai_vac_xin|Vắc xin|string||1|0|none|Tên vắc xin|Sởi – Rubella (MR)
mui_tiem|Mũi tiêm|integer||1|0|none|Thứ tự mũi tiêm|2
ngay_tiem|Ngày tiêm|date||1|0|basic|Ngày tiêm|2026-03-18
co_so_tiem_chung|Cơ sở tiêm chủng|string||0|0|none|Cơ sở thực hiện tiêm chủng|Trạm Y tế {xa}
phan_ung_sau_tiem|Phản ứng sau tiêm|string||0|0|sensitive|Phản ứng sau tiêm được ghi nhận (nếu có)|Sốt nhẹ
so_dang_ky_luu_hanh|Số đăng ký lưu hành|code||1|1|none|Số giấy đăng ký lưu hành thuốc|VD-12345-21
ten_thuoc|Tên thuốc|string||1|0|none|Tên thuốc|Paracetamol 500 mg
ham_luong|Hàm lượng|string||0|0|none|Nồng độ, hàm lượng|500 mg
dang_bao_che|Dạng bào chế|code||0|0|none|Dạng bào chế|Viên nén
quy_cach_dong_goi|Quy cách đóng gói|string||0|0|none|Quy cách đóng gói|Hộp 10 vỉ x 10 viên
co_so_san_xuat|Cơ sở sản xuất|string||0|0|none|Tên cơ sở sản xuất|Công ty Cổ phần Dược Hậu Giang
nuoc_san_xuat|Nước sản xuất|code||0|0|none|Mã nước sản xuất|VN
so_gcn|Số giấy chứng nhận|code||1|1|none|Số giấy chứng nhận đủ điều kiện|123/ĐKKDD-{ma_tinh}
loai_hinh_kinh_doanh_duoc|Loại hình kinh doanh|code||1|0|none|Nhà thuốc, quầy thuốc, cơ sở bán buôn, cơ sở sản xuất|Nhà thuốc
nguoi_chiu_trach_nhiem_chuyen_mon|Người chịu trách nhiệm chuyên môn|string||0|0|basic|Họ tên người chịu trách nhiệm chuyên môn về dược|DS. Hoàng Thị Thu Trang
ma_don_thuoc|Mã đơn thuốc|code||1|1|none|Mã đơn thuốc quốc gia|{ma_tinh}0123a1b2c3-c
chan_doan|Chẩn đoán|string||1|0|sensitive|Chẩn đoán (mã ICD-10 và tên bệnh)|J02 - Viêm họng cấp
so_luong|Số lượng|integer||1|0|none|Số lượng|20
ngay_ke_don|Ngày kê đơn|date||1|0|none|Ngày kê đơn|2026-10-12
bac_si_ke_don|Người kê đơn|string||0|0|basic|Họ tên người kê đơn|BS. Phan Đức Hải
co_so_kcb|Cơ sở khám, chữa bệnh|string||0|0|none|Tên cơ sở khám, chữa bệnh|Bệnh viện Đa khoa {p}
ty_le_an_toan_von|Tỷ lệ an toàn vốn|decimal|%|1|0|none|Tỷ lệ an toàn vốn tối thiểu (CAR)|11.8
ty_le_no_xau|Tỷ lệ nợ xấu|decimal|%|0|0|none|Tỷ lệ nợ xấu nội bảng|1.95
ty_le_cho_vay_huy_dong|Tỷ lệ cho vay so với tổng tiền gửi|decimal|%|0|0|none|Tỷ lệ dư nợ cho vay so với tổng tiền gửi (LDR)|78.4
noi_nhan|Nơi nhận|string||0|0|none|Các cơ quan nhận văn bản, phân tách bằng dấu chấm phẩy|Các bộ, cơ quan ngang bộ; Ủy ban nhân dân các tỉnh, thành phố
do_khan|Độ khẩn|code||0|0|none|Thường, khẩn, thượng khẩn, hỏa tốc|Hỏa tốc
muc_do_tuan_thu|Mức độ tuân thủ|code||1|0|none|Doanh nghiệp ưu tiên, tuân thủ cao, trung bình, thấp, không tuân thủ|Tuân thủ cao
so_lan_vi_pham|Số lần vi phạm|integer|lần|0|0|none|Số lần vi phạm pháp luật hải quan trong 365 ngày|0
ngay_danh_gia|Ngày đánh giá|date||1|0|none|Ngày đánh giá, phân loại gần nhất|2026-09-30
noi_dung_bao_ho|Nội dung bảo hộ|string||1|0|basic|Tóm tắt vụ việc bảo hộ công dân|Hỗ trợ cấp giấy thông hành về nước
ma_so_ho_kinh_doanh|Mã số hộ kinh doanh|code||1|1|none|Mã số đăng ký hộ kinh doanh|{ma_tinh}A8012345
ten_ho_kinh_doanh|Tên hộ kinh doanh|string||1|0|none|Tên hộ kinh doanh|Hộ kinh doanh Tạp hóa Minh Anh
chu_ho_kinh_doanh|Chủ hộ kinh doanh|string||1|0|basic|Họ tên chủ hộ kinh doanh|Nguyễn Thị Minh Anh
von_kinh_doanh|Vốn kinh doanh|decimal|VNĐ|0|0|none|Vốn kinh doanh đăng ký|150000000
so_tre_duoc_tiem|Số trẻ được tiêm|integer|trẻ|1|0|none|Số trẻ được tiêm đủ liều trong kỳ|1245
ty_le_tiem_chung|Tỷ lệ tiêm chủng|decimal|%|0|0|none|Tỷ lệ trẻ được tiêm đủ liều so với đối tượng|96.8
so_dinh_danh_me|Số định danh của mẹ|code||1|0|basic|Số định danh cá nhân của người mẹ|040195004321
ngay_sinh_con|Ngày giờ sinh|datetime||1|0|basic|Ngày, giờ sinh của trẻ|2026-09-21T05:40:00+07:00
can_nang_so_sinh|Cân nặng khi sinh|integer|g|0|0|sensitive|Cân nặng của trẻ khi sinh|3100
noi_sinh|Nơi sinh|string||1|0|basic|Cơ sở y tế nơi trẻ được sinh ra|Bệnh viện Sản Nhi {tinh_ngan}
loai_thuc_pham|Loại thực phẩm|string||0|0|none|Nhóm sản phẩm thực phẩm|Nước mắm
nhom_doi_tuong_btxh|Nhóm đối tượng|code||1|0|basic|Nhóm đối tượng bảo trợ xã hội theo Nghị định 20/2021/NĐ-CP|Người cao tuổi
muc_do_khuyet_tat|Mức độ khuyết tật|code||0|0|sensitive|Đặc biệt nặng, nặng, nhẹ|Nặng
ma_tre_em|Mã trẻ em|code||1|1|none|Mã trẻ em trong hệ thống quản lý|TE-{ma_xa}-0031
nhom_hoan_canh|Nhóm hoàn cảnh đặc biệt|code||1|0|sensitive|Nhóm trẻ em có hoàn cảnh đặc biệt theo Luật Trẻ em|Trẻ em mồ côi cả cha và mẹ
hinh_thuc_tro_giup|Hình thức trợ giúp|string||0|0|none|Hình thức trợ giúp, chăm sóc thay thế|Chăm sóc thay thế bởi người thân thích
tong_ty_suat_sinh|Tổng tỷ suất sinh|decimal|con/phụ nữ|0|0|none|Số con trung bình của một phụ nữ|1.91
ty_so_gioi_tinh_khi_sinh|Tỷ số giới tính khi sinh|decimal|bé trai/100 bé gái|0|0|none|Số bé trai trên 100 bé gái khi sinh|111.4
ty_le_su_dung_bptt|Tỷ lệ sử dụng biện pháp tránh thai|decimal|%|0|0|none|Tỷ lệ phụ nữ có chồng 15–49 tuổi sử dụng biện pháp tránh thai hiện đại|67.2
ma_dan_toc|Mã dân tộc|code||1|1|none|Mã dân tộc|01
ten_dan_toc|Tên dân tộc|string||1|0|none|Tên gọi chính thức|Kinh
ten_goi_khac|Tên gọi khác|string||0|0|none|Tên gọi khác|Việt
nhom_ngon_ngu|Nhóm ngôn ngữ|string||0|0|none|Nhóm ngôn ngữ|Việt – Mường
khu_vuc|Khu vực|code||1|0|none|Khu vực I, II, III theo trình độ phát triển|Khu vực III
so_thon_dac_biet_kho_khan|Số thôn đặc biệt khó khăn|integer|thôn|0|0|none|Số thôn đặc biệt khó khăn|7
ty_le_dan_so_dtts|Tỷ lệ dân số dân tộc thiểu số|decimal|%|0|0|none|Tỷ lệ dân số là người dân tộc thiểu số|92.5
ton_giao_chinh|Tôn giáo|code||1|0|none|Tôn giáo|Phật giáo
ngay_cong_nhan|Ngày công nhận|date||0|0|none|Ngày được công nhận tổ chức tôn giáo|1981-11-07
tru_so|Trụ sở|string||0|0|none|Địa chỉ trụ sở|Chùa Quán Sứ, Phường Cửa Nam, Thành phố Hà Nội
so_co_so_tho_tu|Số cơ sở thờ tự|integer|cơ sở|0|0|none|Số cơ sở thờ tự|18500
ma_khach_hang_cic|Mã khách hàng CIC|code||1|1|basic|Mã khách hàng trong hệ thống thông tin tín dụng|0123456789
to_chuc_tin_dung|Tổ chức tín dụng|string||1|0|none|Tổ chức tín dụng báo cáo|Ngân hàng TMCP Công Thương Việt Nam
du_no|Dư nợ|decimal|VNĐ|1|0|sensitive|Tổng dư nợ tại thời điểm báo cáo|850000000
nhom_no|Nhóm nợ|integer||1|0|sensitive|Nhóm nợ (1–5)|1
lich_su_tra_no|Lịch sử trả nợ|string||0|0|sensitive|Tóm tắt lịch sử trả nợ 24 tháng|000000000000000000000000
ty_gia_trung_tam|Tỷ giá trung tâm|decimal|VNĐ/USD|1|0|none|Tỷ giá trung tâm của đồng Việt Nam với đô la Mỹ|25123
bien_do|Biên độ|decimal|%|0|0|none|Biên độ tỷ giá giao ngay|5
ty_gia_tran|Tỷ giá trần|decimal|VNĐ/USD|0|0|none|Tỷ giá trần|26379
ty_gia_san|Tỷ giá sàn|decimal|VNĐ/USD|0|0|none|Tỷ giá sàn|23867
loai_lai_suat|Loại lãi suất|code||1|0|none|Lãi suất tái cấp vốn, tái chiết khấu, cho vay qua đêm...|Lãi suất tái cấp vốn
muc_lai_suat|Mức lãi suất|decimal|%/năm|1|0|none|Mức lãi suất|4.5
van_ban|Văn bản|string||0|0|none|Quyết định điều chỉnh|Quyết định 1123/QĐ-NHNN
loai_hinh_tctd|Loại hình tổ chức tín dụng|code||1|0|none|Ngân hàng thương mại, công ty tài chính, quỹ tín dụng nhân dân...|Ngân hàng thương mại cổ phần
kenh_thanh_toan|Kênh thanh toán|code||1|0|none|Internet, điện thoại di động, QR code, POS, ATM|Điện thoại di động
gia_tri_giao_dich|Giá trị giao dịch|decimal|tỷ đồng|1|0|none|Tổng giá trị giao dịch|25640120
ma_canh_bao|Mã cảnh báo|code||1|1|none|Mã cảnh báo|CB-2026-10-0012345
so_tai_khoan|Số tài khoản|code||1|0|sensitive|Số tài khoản thanh toán|1023456789
ngan_hang|Ngân hàng|string||1|0|none|Ngân hàng mở tài khoản|Ngân hàng TMCP Quân đội
chu_tai_khoan|Chủ tài khoản|string||0|0|basic|Họ tên chủ tài khoản|Đoàn Văn Hiếu
loai_canh_bao|Loại cảnh báo|code||1|0|none|Nghi ngờ lừa đảo, tài khoản thuê mượn...|Nghi ngờ lừa đảo
ngay_ghi_nhan|Ngày ghi nhận|date||1|0|none|Ngày ghi nhận|2026-10-09
nguon_canh_bao|Nguồn cảnh báo|code||0|0|none|Ngân hàng, Bộ Công an, người dân phản ánh|Bộ Công an
nam_ke_khai|Năm kê khai|integer||1|0|none|Năm kê khai|2025
tong_thu_nhap|Tổng thu nhập|decimal|VNĐ|0|0|sensitive|Tổng thu nhập trong năm kê khai|486000000
bien_dong_tai_san|Biến động tài sản|string||0|0|sensitive|Biến động tài sản, thu nhập so với lần kê khai trước|Tăng 1 xe ô tô
loai_ke_khai|Loại kê khai|code||1|0|none|Lần đầu, hằng năm, bổ sung, phục vụ công tác cán bộ|Hằng năm
ma_don|Mã đơn|code||1|1|none|Mã đơn thư|KN-{ma_tinh}-2026-003456
nguoi_gui_don|Người gửi đơn|string||1|0|basic|Họ tên người khiếu nại, tố cáo, kiến nghị, phản ánh|Võ Thị Tuyết
noi_dung_tom_tat|Nội dung tóm tắt|string||1|0|none|Tóm tắt nội dung|Khiếu nại quyết định thu hồi đất
loai_don|Loại đơn|code||1|0|none|Khiếu nại, tố cáo, kiến nghị, phản ánh|Khiếu nại
co_quan_tham_quyen|Cơ quan có thẩm quyền|string||0|0|none|Cơ quan có thẩm quyền giải quyết|Ủy ban nhân dân {p}
ket_qua_xu_ly|Kết quả xử lý|code||0|0|none|Đang giải quyết, đã giải quyết, chuyển đơn...|Đã giải quyết
so_ket_luan|Số kết luận|code||1|1|none|Số kết luận thanh tra|125/KL-TTCP
ngay_ket_luan|Ngày kết luận|date||1|0|none|Ngày ban hành kết luận|2026-06-30
doi_tuong_thanh_tra|Đối tượng thanh tra|string||1|0|none|Cơ quan, tổ chức được thanh tra|Ủy ban nhân dân {p}
noi_dung_thanh_tra|Nội dung thanh tra|string||0|0|none|Nội dung thanh tra|Việc quản lý, sử dụng đất đai và đầu tư xây dựng giai đoạn 2020–2024
kien_nghi_xu_ly|Kiến nghị xử lý|string||0|0|none|Kiến nghị xử lý về kinh tế, hành chính|Thu hồi 12,5 tỷ đồng nộp ngân sách nhà nước
ma_tthc|Mã thủ tục hành chính|code||1|1|none|Mã thủ tục trên Cơ sở dữ liệu quốc gia về thủ tục hành chính|1.001612
ten_tthc|Tên thủ tục hành chính|string||1|0|none|Tên thủ tục|Đăng ký khai sinh
cap_thuc_hien|Cấp thực hiện|code||1|0|none|Cấp bộ, cấp tỉnh, cấp xã|Cấp xã
thoi_han_giai_quyet|Thời hạn giải quyết|string||0|0|none|Thời hạn giải quyết|Ngay trong ngày làm việc
phi_le_phi|Phí, lệ phí|string||0|0|none|Phí, lệ phí|Miễn lệ phí
muc_do_dvc|Mức độ dịch vụ công trực tuyến|code||0|0|none|Toàn trình hoặc một phần|Toàn trình
can_cu_phap_ly|Căn cứ pháp lý|string||0|0|none|Văn bản quy định thủ tục|Luật Hộ tịch 2014
so_dinh_danh_nguoi_nop|Số định danh người nộp|code||1|0|basic|Số định danh cá nhân hoặc mã số doanh nghiệp của người nộp|040092001234
ngay_hen_tra|Ngày hẹn trả|date||0|0|none|Ngày hẹn trả kết quả|2026-09-20
trang_thai_ho_so|Trạng thái hồ sơ|code||1|0|none|Mới tiếp nhận, đang xử lý, đã trả kết quả, từ chối|Đã trả kết quả
co_quan_giai_quyet|Cơ quan giải quyết|string||1|0|none|Cơ quan giải quyết|Ủy ban nhân dân {xa}
ma_phan_anh|Mã phản ánh|code||1|1|none|Mã phản ánh, kiến nghị|PAKN-2026-045123
nguoi_phan_anh|Người phản ánh|string||1|0|basic|Họ tên người hoặc tên doanh nghiệp phản ánh|Bùi Thị Nga
co_quan_xu_ly|Cơ quan xử lý|string||0|0|none|Cơ quan được giao xử lý|Bộ Tài chính
trich_yeu|Trích yếu|string||1|0|none|Trích yếu nội dung văn bản|Về việc đẩy mạnh giải ngân vốn đầu tư công năm 2026
nguoi_ky|Người ký|string||0|0|none|Chức vụ người ký|Thủ tướng Chính phủ
ma_chi_tieu|Mã chỉ tiêu|code||1|1|none|Mã chỉ tiêu trong hệ thống báo cáo|KT-0105
ten_chi_tieu|Tên chỉ tiêu|string||1|0|none|Tên chỉ tiêu|Vốn đầu tư công giải ngân
don_vi_bao_cao|Đơn vị báo cáo|string||1|0|none|Bộ, ngành, địa phương báo cáo|{tinh}
ma_anh|Mã ảnh|code||1|1|none|Mã ảnh trong kho ảnh|TTXVN-1975-04-30-0012
chu_thich|Chú thích|string||1|0|none|Chú thích ảnh|Xe tăng Quân giải phóng tiến vào Dinh Độc Lập trưa ngày 30/4/1975
thoi_gian_chup|Thời gian chụp|date||0|0|none|Ngày chụp|1975-04-30
dia_diem|Địa điểm|string||0|0|none|Địa điểm|Thành phố Hồ Chí Minh
chu_de|Chủ đề|string||0|0|none|Chủ đề|Lịch sử
ban_quyen|Bản quyền|string||0|0|none|Chủ sở hữu quyền tác giả|Thông tấn xã Việt Nam
ma_chuong_trinh|Mã chương trình|code||1|1|none|Mã chương trình lưu trữ|VTV1-20250902-TS19
ten_chuong_trinh|Tên chương trình|string||1|0|none|Tên chương trình|Thời sự 19 giờ
kenh|Kênh|code||1|0|none|Kênh phát sóng|VTV1
ngay_phat_song|Ngày phát sóng|date||1|0|none|Ngày phát sóng lần đầu|2025-09-02
thoi_luong|Thời lượng|integer|phút|0|0|none|Thời lượng|45
the_loai|Thể loại|code||0|0|none|Thể loại|Thời sự
dinh_dang_luu_tru|Định dạng lưu trữ|code||0|0|none|Định dạng tệp lưu trữ|MXF XDCAM HD
gio_bat_dau|Giờ bắt đầu|string||1|0|none|Giờ bắt đầu (HH:MM)|06:00
thoi_diem_phat_sinh|Thời điểm phát sinh|datetime||1|0|none|Thời điểm phát sinh động đất (giờ quốc tế UTC)|2024-07-28T08:46:00+00:00
do_sau|Độ sâu chấn tiêu|decimal|km|0|0|none|Độ sâu chấn tiêu|8.1
do_lon|Độ lớn|decimal|độ Richter|1|0|none|Độ lớn động đất|4.0
khu_vuc_dong_dat|Khu vực|string||0|0|none|Khu vực chấn tâm|Kon Plông, Quảng Ngãi
so_hieu_mau|Số hiệu mẫu|code||1|1|none|Số hiệu mẫu vật|VNMN-A-004512
ten_khoa_hoc|Tên khoa học|string||1|0|none|Tên khoa học|Pseudoryx nghetinhensis
ten_tieng_viet|Tên tiếng Việt|string||0|0|none|Tên tiếng Việt|Sao la
ho_sinh_vat|Họ|string||0|0|none|Họ (Familia)|Bovidae
dia_diem_thu_mau|Địa điểm thu mẫu|string||0|0|none|Địa điểm thu mẫu|Vườn quốc gia Vũ Quang, Tỉnh Hà Tĩnh
ngay_thu_mau|Ngày thu mẫu|date||0|0|none|Ngày thu mẫu|1992-05-17
ky_hieu|Ký hiệu|code||1|1|none|Ký hiệu kho sách|A.1234
nien_dai|Niên đại|string||0|0|none|Niên đại|Tự Đức thứ 12 (1859)
so_trang|Số trang|integer|trang|0|0|none|Số trang|186
noi_luu_giu|Nơi lưu giữ|string||0|0|none|Nơi lưu giữ bản gốc|Thư viện Viện Nghiên cứu Hán Nôm
anh_so|Ảnh số|string||0|0|none|Đường dẫn tới ảnh số của văn bản|https://hannom.vass.gov.vn/anh/A.1234
ma_phieu|Mã phiếu|code||1|1|none|Mã phiếu điều tra (đã ẩn danh)|GD2024-000451
nam_dieu_tra|Năm điều tra|integer||1|0|none|Năm điều tra|2024
vung|Vùng|code||0|0|none|Vùng kinh tế – xã hội|Đồng bằng sông Hồng
quy_mo_ho|Quy mô hộ|integer|người|0|0|none|Số người trong hộ|4
loai_hinh_truong|Loại hình|code||0|0|none|Công lập, tư thục, dân lập|Công lập
so_lop|Số lớp|integer|lớp|0|0|none|Số lớp học|32
so_hoc_sinh|Số học sinh|integer|học sinh|0|0|none|Tổng số học sinh|1245
so_truong|Số trường|integer|trường|0|0|none|Số trường|12
ten_duong|Tên đường, đoạn đường|string||1|0|none|Tên đường phố hoặc khu vực|Đường Lê Lợi
doan_tu|Đoạn từ|string||0|0|none|Điểm đầu đoạn đường|Ngã tư Lê Lợi – Trần Phú
doan_den|Đoạn đến|string||0|0|none|Điểm cuối đoạn đường|Ngã ba Nguyễn Du
loai_dat|Loại đất|code||1|0|none|Đất ở, đất thương mại dịch vụ, đất sản xuất kinh doanh, đất nông nghiệp...|Đất ở
vi_tri|Vị trí|integer||1|0|none|Vị trí thửa đất so với đường (1–4)|1
gia_dat|Giá đất|decimal|VNĐ/m²|1|0|none|Giá đất trong bảng giá|45000000
dia_diem_xay_dung|Địa điểm xây dựng|string||1|0|basic|Địa chỉ công trình|Số 16 ngõ 85 đường Nguyễn Du, {xa}, {tinh}
dien_tich_xay_dung|Diện tích xây dựng|decimal|m²|0|0|none|Diện tích xây dựng tầng 1|96.5
so_tang|Số tầng|integer|tầng|0|0|none|Số tầng trên mặt đất|5
so_dang_ky_moi|Số xe đăng ký mới|integer|xe|1|0|none|Số xe đăng ký mới trong tháng|4120
so_sang_ten|Số xe sang tên|integer|xe|0|0|none|Số xe sang tên, di chuyển|1380
so_thu_hoi|Số xe thu hồi đăng ký|integer|xe|0|0|none|Số xe thu hồi đăng ký, biển số|215
tong_so_xe_dang_quan_ly|Tổng số xe đang quản lý|integer|xe|0|0|none|Lũy kế số xe đang quản lý|1524310
khu_cong_nghiep|Khu công nghiệp|string||0|0|none|Khu công nghiệp nơi đặt dự án (nếu có)|Khu công nghiệp VSIP Nghệ An
nhom_du_an|Nhóm dự án|code||1|0|none|Quan trọng quốc gia, nhóm A, B, C|Nhóm B
tong_muc_dau_tu|Tổng mức đầu tư|decimal|triệu đồng|0|0|none|Tổng mức đầu tư được duyệt|285000
von_ke_hoach_nam|Kế hoạch vốn năm|decimal|triệu đồng|0|0|none|Kế hoạch vốn được giao trong năm|85000
giai_ngan|Giải ngân|decimal|triệu đồng|0|0|none|Số vốn đã giải ngân lũy kế trong năm|52130
ty_le_giai_ngan|Tỷ lệ giải ngân|decimal|%|0|0|none|Tỷ lệ giải ngân so với kế hoạch|61.3
ma_khoanh_dat|Mã khoanh đất|code||1|1|none|Mã khoanh đất quy hoạch|QH-{ma_xa}-0142
loai_dat_quy_hoach|Loại đất quy hoạch|code||1|0|none|Ký hiệu loại đất quy hoạch|SKC
ky_quy_hoach|Kỳ quy hoạch|string||0|0|none|Thời kỳ quy hoạch|2021–2030
ma_lo_rung|Mã lô rừng|code||1|1|none|Mã lô trong bản đồ kiểm kê rừng|{ma_xa}-215-3-12
tieu_khu|Tiểu khu|integer||0|0|none|Số hiệu tiểu khu|215
loai_rung|Loại rừng|code||1|0|none|Rừng đặc dụng, phòng hộ, sản xuất|Rừng phòng hộ
nguon_goc_rung|Nguồn gốc rừng|code||0|0|none|Rừng tự nhiên hoặc rừng trồng|Rừng tự nhiên
chu_rung|Chủ rừng|string||0|0|none|Tổ chức là chủ rừng hoặc được giao quản lý|Ban Quản lý rừng phòng hộ {tinh_ngan}
nang_suat|Năng suất|decimal|tạ/ha|0|0|none|Năng suất lúa|62.4
san_luong|Sản lượng|decimal|tấn|0|0|none|Sản lượng|301200
ten_htx|Tên hợp tác xã|string||1|0|none|Tên hợp tác xã|Hợp tác xã Nông nghiệp {xa2}
linh_vuc_hoat_dong|Lĩnh vực hoạt động|code||0|0|none|Nông nghiệp, công nghiệp – tiểu thủ công nghiệp, thương mại, dịch vụ...|Nông nghiệp
so_thanh_vien|Số thành viên|integer|thành viên|0|0|none|Số thành viên|126
truong_thcs|Trường trung học cơ sở|string||0|0|none|Trường trung học cơ sở của thí sinh|Trường Trung học cơ sở Đặng Thai Mai
diem_ngoai_ngu|Điểm Ngoại ngữ|decimal|điểm|0|0|basic|Điểm bài thi Ngoại ngữ|8.5
tong_diem|Tổng điểm xét tuyển|decimal|điểm|0|0|basic|Tổng điểm xét tuyển (kể cả điểm ưu tiên)|24.75
truong_trung_tuyen|Trường trúng tuyển|string||0|0|basic|Trường trung học phổ thông trúng tuyển|Trường Trung học phổ thông Huỳnh Thúc Kháng
so_khai_sinh|Số đăng ký khai sinh|integer|trường hợp|0|0|none|Số trường hợp đăng ký khai sinh|1532
so_ket_hon|Số đăng ký kết hôn|integer|cặp|0|0|none|Số cặp đăng ký kết hôn|684
so_khai_tu|Số đăng ký khai tử|integer|trường hợp|0|0|none|Số trường hợp đăng ký khai tử|591
so_cap_ban_sao|Số bản sao trích lục|integer|bản|0|0|none|Số bản sao trích lục hộ tịch đã cấp|3420
ma_do_an|Mã đồ án|code||1|1|none|Mã đồ án quy hoạch|QHCT-{ma_tinh}-2026-011
ten_do_an|Tên đồ án|string||1|0|none|Tên đồ án quy hoạch|Quy hoạch chi tiết tỷ lệ 1/500 Khu đô thị mới phía Tây
loai_quy_hoach|Loại quy hoạch|code||1|0|none|Quy hoạch chung, phân khu, chi tiết|Quy hoạch chi tiết
ty_le|Tỷ lệ|code||0|0|none|Tỷ lệ bản vẽ|1/500
ma_nghia_trang|Mã nghĩa trang|code||1|1|none|Mã nghĩa trang|NT-{ma_xa}-01
ten_nghia_trang|Tên nghĩa trang|string||1|0|none|Tên nghĩa trang|Nghĩa trang nhân dân {xa2}
loai_nghia_trang|Loại nghĩa trang|code||0|0|none|Nghĩa trang nhân dân, nghĩa trang liệt sĩ, nghĩa trang tập trung|Nghĩa trang nhân dân
so_mo_du_kien_di_doi|Số mồ mả dự kiến di dời|integer|ngôi|0|0|none|Số ngôi mộ dự kiến quy tập, di dời|1250
tinh_trang_quy_hoach|Tình trạng quy hoạch|code||0|0|none|Giữ nguyên, mở rộng, đóng cửa và di dời|Đóng cửa và di dời
do_man|Độ mặn|decimal|‰|1|0|none|Độ mặn lớn nhất trong ngày|4.2
nghe_nghiep_mong_muon|Nghề nghiệp mong muốn|string||0|0|basic|Vị trí việc làm mong muốn|Thợ hàn
muc_luong_mong_muon|Mức lương mong muốn|decimal|VNĐ/tháng|0|0|basic|Mức lương mong muốn|9000000
ma_kcn|Mã khu, cụm công nghiệp|code||1|1|none|Mã khu công nghiệp, cụm công nghiệp|KCN-{ma_tinh}-05
ten_kcn|Tên khu, cụm công nghiệp|string||1|0|none|Tên khu công nghiệp, cụm công nghiệp|Khu công nghiệp Bắc Vinh
loai_kcn|Loại|code||1|0|none|Khu công nghiệp, cụm công nghiệp, khu kinh tế|Khu công nghiệp
ty_le_lap_day|Tỷ lệ lấp đầy|decimal|%|0|0|none|Tỷ lệ lấp đầy diện tích đất công nghiệp|78.5
so_du_an|Số dự án|integer|dự án|0|0|none|Số dự án đang hoạt động|64
chu_dau_tu_ha_tang|Chủ đầu tư hạ tầng|string||0|0|none|Chủ đầu tư xây dựng và kinh doanh kết cấu hạ tầng|Công ty Cổ phần Đầu tư hạ tầng {tinh_ngan}
loai_diem|Loại điểm|code||1|0|none|Điểm tập kết, trạm trung chuyển, khu xử lý|Trạm trung chuyển
cong_suat_xu_ly|Công suất xử lý|decimal|tấn/ngày|0|0|none|Công suất tiếp nhận, xử lý|500
don_vi_van_hanh|Đơn vị vận hành|string||0|0|none|Đơn vị vận hành|Công ty Cổ phần Môi trường Đô thị {tinh_ngan}
cu_ly|Cự ly|decimal|km|0|0|none|Cự ly tuyến|24.5
tan_suat|Tần suất|string||0|0|none|Tần suất chạy xe|10–15 phút/chuyến
gia_ve|Giá vé lượt|decimal|VNĐ|0|0|none|Giá vé lượt|7000
don_vi_khai_thac|Đơn vị khai thác|string||0|0|none|Doanh nghiệp khai thác tuyến|Công ty Cổ phần Xe khách {tinh_ngan}
so_ho|Số hộ|integer|hộ|1|0|none|Số hộ|12450
so_nhan_khau_thuong_tru|Nhân khẩu thường trú|integer|người|1|0|none|Số nhân khẩu đăng ký thường trú|45210
so_nhan_khau_tam_tru|Nhân khẩu tạm trú|integer|người|0|0|none|Số nhân khẩu đăng ký tạm trú|6320
ngay_chot_so_lieu|Ngày chốt số liệu|date||1|0|none|Ngày chốt số liệu|2026-09-30
ma_thon|Mã thôn, tổ dân phố|code||1|1|none|Mã thôn, tổ dân phố|{ma_xa}-012
ten_thon|Tên thôn, tổ dân phố|string||1|0|none|Tên thôn, tổ dân phố|Tổ dân phố số 5
loai_thon|Loại|code||1|0|none|Thôn, bản, ấp, tổ dân phố, khu phố|Tổ dân phố
so_ho_so_tiep_nhan|Hồ sơ tiếp nhận|integer|hồ sơ|1|0|none|Số hồ sơ tiếp nhận trong kỳ|3245
so_ho_so_dung_han|Hồ sơ giải quyết đúng hạn|integer|hồ sơ|0|0|none|Số hồ sơ giải quyết đúng hạn|3190
so_ho_so_qua_han|Hồ sơ quá hạn|integer|hồ sơ|0|0|none|Số hồ sơ giải quyết quá hạn|12
ty_le_truc_tuyen|Tỷ lệ hồ sơ trực tuyến|decimal|%|0|0|none|Tỷ lệ hồ sơ nộp trực tuyến|78.4
tong_so_can|Tổng số căn|integer|căn|0|0|none|Tổng số căn hộ của dự án|1520
so_can_mo_ban|Số căn mở bán|integer|căn|0|0|none|Số căn đủ điều kiện mở bán đợt này|480
gia_ban_du_kien|Giá bán dự kiến|decimal|VNĐ/m²|0|0|none|Giá bán dự kiến (đã gồm VAT)|18500000
thoi_gian_nhan_ho_so|Thời gian nhận hồ sơ|string||0|0|none|Thời gian tiếp nhận hồ sơ đăng ký mua|15/10/2026 – 15/11/2026
"""


# --------------------------------------------------------------------------
# National datasets (ministries, ministerial and government agencies, and
# their departments). D(owner, custodian, slug, title, description, themes,
# keywords, sharing_scope, importance, legal_basis, update_frequency, schema,
# **options). Personal data is derived from the columns. Options: channels,
# temporal=(start, end), spatial, issued, modified, status, licence,
# formats (distribution formats), fo (per-column overrides).
# --------------------------------------------------------------------------

NATIONAL: list[dict] = []


def D(owner, custodian, slug_, title, description, themes, keywords, scope, importance, legal, freq, schema, **opt):
    NATIONAL.append(dict(owner=owner, custodian=custodian, slug=slug_, title=title, description=description,
                         themes=themes, keywords=keywords, scope=scope, importance=importance, legal=legal,
                         freq=freq, schema=schema, **opt))


# ---- Bộ Công an
D("bca", "bca-c06", "csdl-dan-cu", "Cơ sở dữ liệu quốc gia về dân cư",
  "Thông tin cơ bản của công dân Việt Nam và người gốc Việt Nam chưa xác định được quốc tịch đang sinh sống tại "
  "Việt Nam. Là cơ sở dữ liệu nền tảng, được chia sẻ cho bộ, ngành, địa phương để xác thực thông tin công dân "
  "khi giải quyết thủ tục hành chính và cung cấp dịch vụ công.",
  "population;public-security", "dân cư;định danh cá nhân;căn cước;công dân;VNeID", "shared", "core",
  "Luật Căn cước 2023; Luật Dữ liệu 2024", "continuous",
  "so_dinh_danh! ho_ten ngay_sinh gioi_tinh dan_toc ton_giao quoc_tich que_quan noi_thuong_tru noi_o_hien_tai "
  "ho_ten_chu_ho quan_he_chu_ho", channels="ndxp;datacenter;api", temporal=("2021-07-01", ""), issued="2021-07-01")
D("bca", "bca-c06", "csdl-can-cuoc", "Cơ sở dữ liệu căn cước",
  "Thông tin về thẻ căn cước, giấy chứng nhận căn cước và dữ liệu sinh trắc học (ảnh khuôn mặt, vân tay, mống "
  "mắt) của công dân. Dữ liệu sinh trắc học chỉ được khai thác trong các trường hợp Luật Căn cước cho phép.",
  "population;public-security", "căn cước;sinh trắc học;thẻ căn cước;định danh", "shared", "core",
  "Luật Căn cước 2023; Nghị định 70/2024/NĐ-CP", "continuous",
  "so_dinh_danh! ho_ten ngay_sinh gioi_tinh ngay_cap ngay_het_han noi_cap anh_chan_dung van_tay mong_mat",
  channels="ndxp;datacenter", temporal=("2024-07-01", ""), issued="2024-07-01")
D("bca", "bca-c06", "csdl-cu-tru", "Cơ sở dữ liệu về cư trú",
  "Thông tin đăng ký thường trú, tạm trú, thông báo lưu trú và khai báo tạm vắng của công dân; là căn cứ giải "
  "quyết các thủ tục về cư trú, thay thế sổ hộ khẩu, sổ tạm trú giấy từ ngày 01/01/2023.",
  "population;public-security", "cư trú;thường trú;tạm trú;lưu trú", "shared", "important",
  "Luật Cư trú 2020; Nghị định 154/2024/NĐ-CP", "continuous",
  "so_dinh_danh! ho_ten loai_cu_tru noi_thuong_tru noi_tam_tru ngay_dang_ky ho_ten_chu_ho quan_he_chu_ho",
  channels="ndxp;datacenter", temporal=("2021-07-01", ""))
D("bca", "bca-c08", "csdl-dang-ky-xe", "Cơ sở dữ liệu đăng ký xe",
  "Thông tin đăng ký, biển số, chủ phương tiện và lịch sử sang tên, di chuyển của xe ô tô, xe mô tô, xe gắn máy "
  "trên toàn quốc; phục vụ đăng ký xe trực tuyến và xử lý vi phạm giao thông.",
  "transport;public-security", "đăng ký xe;biển số;phương tiện;chủ xe", "shared", "important",
  "Luật Trật tự, an toàn giao thông đường bộ 2024; Thông tư 79/2024/TT-BCA", "continuous",
  "bien_so! so_khung so_may loai_xe nhan_hieu mau_son ho_ten_chu_xe so_dinh_danh_chu_xe ngay_dang_ky "
  "trang_thai_dang_ky", channels="ndxp;api")
D("bca", "bca-c08", "csdl-giay-phep-lai-xe", "Cơ sở dữ liệu giấy phép lái xe",
  "Giấy phép lái xe do lực lượng Cảnh sát giao thông cấp, đổi, cấp lại từ ngày 01/3/2025, cùng dữ liệu chuyển "
  "giao từ ngành giao thông vận tải trước đây. Phục vụ tra cứu, xác thực và trừ điểm giấy phép lái xe.",
  "transport;public-security", "giấy phép lái xe;sát hạch;điểm giấy phép lái xe", "shared", "important",
  "Luật Trật tự, an toàn giao thông đường bộ 2024; Thông tư 35/2024/TT-BCA", "daily",
  "so_gplx! so_dinh_danh ho_ten ngay_sinh hang_gplx ngay_cap ngay_het_han diem_gplx noi_cap",
  channels="ndxp;api", issued="2025-03-01",
  fo={"noi_cap": {"example": "Phòng Cảnh sát giao thông Công an tỉnh Nghệ An"}})
D("bca", "bca-c08", "tai-nan-giao-thong", "Số liệu tai nạn giao thông",
  "Số vụ tai nạn giao thông, số người chết, số người bị thương theo tháng và theo tỉnh, thành phố, phân theo loại "
  "đường và nguyên nhân; tổng hợp từ báo cáo của Công an các địa phương.",
  "transport;public-security", "tai nạn giao thông;an toàn giao thông;thống kê", "shared", "other",
  "Luật Trật tự, an toàn giao thông đường bộ 2024", "monthly",
  "nam! thang! ma_tinh! ten_tinh loai_duong nguyen_nhan so_vu so_nguoi_chet so_nguoi_bi_thuong",
  temporal=("2015-01-01", ""))
D("bca", "bca-c08", "vi-pham-giao-thong-camera", "Dữ liệu vi phạm giao thông phát hiện qua hệ thống camera giám sát",
  "Thông tin phương tiện vi phạm được phát hiện qua hệ thống giám sát, gửi tới Công an cấp xã và đơn vị đăng kiểm "
  "để thông báo cho chủ phương tiện và xử lý theo quy định.",
  "transport;public-security", "phạt nguội;camera giám sát;vi phạm giao thông", "shared", "other",
  "Luật Xử lý vi phạm hành chính 2012 (sửa đổi 2020); Nghị định 168/2024/NĐ-CP", "continuous",
  "ma_vi_pham! bien_so thoi_diem_vi_pham dia_diem_vi_pham hanh_vi_vi_pham don_vi_phat_hien trang_thai_xu_ly",
  channels="ndxp;api")
D("bca", "bca-a08", "csdl-xuat-nhap-canh", "Cơ sở dữ liệu quốc gia về xuất nhập cảnh",
  "Thông tin cấp hộ chiếu phổ thông, giấy tờ xuất nhập cảnh và dữ liệu xuất cảnh, nhập cảnh của công dân Việt "
  "Nam, người nước ngoài qua các cửa khẩu.",
  "public-security;population", "xuất nhập cảnh;hộ chiếu;cửa khẩu;thị thực", "shared", "core",
  "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam 2019; Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người "
  "nước ngoài tại Việt Nam 2014 (sửa đổi 2023)", "continuous",
  "so_ho_chieu! so_dinh_danh ho_ten ngay_sinh quoc_tich loai_ho_chieu ngay_cap ngay_het_han anh_chan_dung "
  "cua_khau thoi_diem_xuat_nhap_canh", channels="ndxp;datacenter")
D("bca", "bca-c07", "co-so-pccc", "Danh sách cơ sở thuộc diện quản lý về phòng cháy, chữa cháy",
  "Danh sách cơ sở thuộc diện quản lý về phòng cháy, chữa cháy trên toàn quốc, kết quả kiểm tra an toàn phòng "
  "cháy, chữa cháy gần nhất và vị trí cơ sở.",
  "public-security;construction", "phòng cháy chữa cháy;PCCC;kiểm tra an toàn;cơ sở", "shared", "important",
  "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ 2024", "monthly",
  "ma_co_so! ten_co_so loai_co_so dia_chi ma_tinh ket_qua_kiem_tra ngay_kiem_tra toa_do", channels="ndxp")
D("bca", "bca-c07", "thong-ke-chay-no", "Thống kê vụ cháy, nổ và cứu nạn, cứu hộ",
  "Số vụ cháy, nổ, số người chết, bị thương và thiệt hại ước tính theo tháng, theo tỉnh, thành phố.",
  "public-security", "cháy nổ;cứu nạn cứu hộ;thống kê", "shared", "other",
  "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ 2024", "monthly",
  "nam! thang! ma_tinh! so_vu_chay so_nguoi_chet so_nguoi_bi_thuong thiet_hai_uoc_tinh", temporal=("2018-01-01", ""))
D("bca", "bca-c04", "nguoi-nghien-ma-tuy", "Dữ liệu người nghiện ma túy, người sử dụng trái phép chất ma túy",
  "Thông tin người sử dụng trái phép chất ma túy, người nghiện ma túy đang được quản lý tại địa phương và kết "
  "quả cai nghiện. Chỉ khai thác trong lực lượng Công an nhân dân và cơ quan có thẩm quyền.",
  "public-security;health", "ma túy;cai nghiện;quản lý sau cai", "internal", "important",
  "Luật Phòng, chống ma túy 2021; Nghị định 105/2021/NĐ-CP", "continuous",
  "so_dinh_danh! ho_ten ngay_sinh noi_o_hien_tai loai_doi_tuong_ma_tuy hinh_thuc_cai_nghien ngay_bat_dau_quan_ly",
  channels="")
D("bca", "bca-c06", "co-so-kinh-doanh-an-ninh",
  "Danh sách cơ sở kinh doanh ngành, nghề có điều kiện về an ninh, trật tự",
  "Cơ sở kinh doanh dịch vụ lưu trú, cầm đồ, karaoke, vũ trường, sản xuất con dấu… đã được cấp Giấy chứng nhận "
  "đủ điều kiện về an ninh, trật tự.",
  "public-security;enterprise", "an ninh trật tự;kinh doanh có điều kiện;lưu trú", "shared", "other",
  "Nghị định 96/2016/NĐ-CP", "weekly",
  "ma_co_so! ten_co_so nganh_nghe_an_ninh dia_chi ma_tinh so_giay_chung_nhan ngay_cap trang_thai",
  channels="ndxp", fo={"ten_co_so": {"example": "Khách sạn Sông Lam"}})
D("bca", "bca-c06", "csdl-cmnd-9-so", "Cơ sở dữ liệu chứng minh nhân dân 9 số",
  "Dữ liệu chứng minh nhân dân 9 số cấp theo quy định cũ. Ngừng sử dụng từ ngày 01/01/2025 khi chứng minh nhân "
  "dân hết giá trị; dữ liệu đã được đối chiếu và chuyển vào Cơ sở dữ liệu quốc gia về dân cư.",
  "population;public-security", "chứng minh nhân dân;CMND;dữ liệu lịch sử", "internal", "other",
  "Luật Căn cước 2023", "never",
  "so_cmnd! ho_ten ngay_sinh que_quan ngay_cap noi_cap so_dinh_danh", channels="",
  temporal=("1999-01-01", "2024-12-31"), issued="2016-03-15", modified="2025-01-06", status="retired",
  fo={"noi_cap": {"example": "Công an tỉnh Nghệ An"}, "ngay_cap": {"example": "2008-11-20"}})
D("bca-ttdlqg", "", "dich-vu-chia-se-du-lieu", "Danh mục dịch vụ chia sẻ dữ liệu trên Nền tảng chia sẻ, điều phối dữ liệu",
  "Danh mục các dịch vụ dữ liệu (API) đang cung cấp qua Nền tảng chia sẻ, điều phối dữ liệu của Trung tâm dữ liệu "
  "quốc gia: cơ quan cung cấp, cơ sở dữ liệu nguồn, hình thức chia sẻ và điều kiện khai thác.",
  "government;science", "chia sẻ dữ liệu;Trung tâm dữ liệu quốc gia;API;điều phối dữ liệu", "shared", "other",
  "Luật Dữ liệu 2024; Nghị định 278/2025/NĐ-CP", "weekly",
  "ma_dich_vu! ten_dich_vu co_quan_cung_cap csdl_nguon hinh_thuc_chia_se dieu_kien_khai_thac ngay_cap_nhat",
  issued="2025-11-10")

# ---- Bộ Quốc phòng
D("bqp", "bqp-bdbp", "cua-khau-bien-gioi", "Danh mục cửa khẩu biên giới đất liền",
  "Cửa khẩu quốc tế, cửa khẩu chính (song phương), cửa khẩu phụ và lối mở trên tuyến biên giới đất liền Việt Nam "
  "– Trung Quốc, Việt Nam – Lào, Việt Nam – Campuchia.",
  "transport;trade", "cửa khẩu;biên giới;xuất nhập cảnh;lối mở", "open", "important",
  "Luật Biên phòng Việt Nam 2020", "irregular",
  "ma_cua_khau! ten_cua_khau loai_cua_khau tuyen_bien_gioi cua_khau_doi_dien ma_tinh toa_do",
  fo={"ma_tinh": {"example": "20"}, "toa_do": {"example": "POINT(106.7075 21.9729)"}})
D("bqp", "bqp-ql", "dang-ky-nghia-vu-quan-su", "Dữ liệu công dân đăng ký nghĩa vụ quân sự",
  "Công dân trong độ tuổi thực hiện nghĩa vụ quân sự đã đăng ký, kết quả khám tuyển sức khỏe và gọi nhập ngũ, "
  "được đồng bộ với Cơ sở dữ liệu quốc gia về dân cư.",
  "public-security;population", "nghĩa vụ quân sự;nhập ngũ;khám tuyển", "internal", "important",
  "Luật Nghĩa vụ quân sự 2015", "monthly",
  "so_dinh_danh! ho_ten ngay_sinh noi_thuong_tru trinh_do_hoc_van ngay_dang_ky_nvqs phan_loai_suc_khoe "
  "ket_qua_goi_nhap_ngu", channels="", fo={"ngay_sinh": {"example": "2007-03-15"}})
D("bqp", "bqp-bcy", "chung-thu-so-chuyen-dung", "Danh sách chứng thư số chuyên dùng công vụ đã cấp",
  "Chứng thư số chuyên dùng công vụ cấp cho cơ quan, tổ chức và cá nhân trong hệ thống chính trị; dùng để kiểm "
  "tra hiệu lực chữ ký số trên văn bản điện tử.",
  "government;science", "chữ ký số;chứng thư số;văn bản điện tử", "internal", "important",
  "Luật Giao dịch điện tử 2023; Nghị định 68/2024/NĐ-CP", "daily",
  "so_hieu_chung_thu! chu_the co_quan_cong_tac loai_chung_thu ngay_hieu_luc ngay_het_han trang_thai_chung_thu",
  channels="api")

# ---- Bộ Ngoại giao
D("bng", "", "co-quan-dai-dien", "Danh sách cơ quan đại diện Việt Nam ở nước ngoài",
  "Tên, địa chỉ, điện thoại và địa bàn kiêm nhiệm của các đại sứ quán, tổng lãnh sự quán và phái đoàn thường trực "
  "của Việt Nam ở nước ngoài.",
  "government", "cơ quan đại diện;đại sứ quán;lãnh sự;ngoại giao", "open", "other",
  "Luật Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài 2009 (sửa đổi 2017)", "irregular",
  "ma_co_quan! ten_co_quan loai_co_quan quoc_gia thanh_pho dia_chi dien_thoai_lien_he dia_ban_kiem_nhiem",
  fo={"dia_chi": {"example": "50-11 Motoyoyogi-cho, Shibuya-ku, Tokyo"},
      "dien_thoai_lien_he": {"example": "+81 3 3466 3311"}})
D("bng", "bng-ls", "hop-phap-hoa-lanh-su", "Dữ liệu chứng nhận lãnh sự, hợp pháp hóa lãnh sự",
  "Hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự giấy tờ, tài liệu tiếp nhận tại Cục Lãnh sự, cơ quan ngoại vụ "
  "địa phương và trên Cổng Dịch vụ công quốc gia.",
  "government;justice", "hợp pháp hóa lãnh sự;chứng nhận lãnh sự;giấy tờ", "shared", "other",
  "Nghị định 111/2011/NĐ-CP", "daily",
  "so_ho_so! ho_ten_nguoi_yeu_cau so_dinh_danh loai_giay_to quoc_gia_su_dung ngay_tiep_nhan ngay_tra_ket_qua "
  "co_quan_thuc_hien", channels="ndxp")
D("bng", "bng-ls", "ho-chieu-ngoai-giao-cong-vu", "Dữ liệu hộ chiếu ngoại giao, hộ chiếu công vụ",
  "Hộ chiếu ngoại giao, hộ chiếu công vụ đã cấp cho cán bộ, công chức đi công tác nước ngoài và thời hạn sử dụng.",
  "government", "hộ chiếu ngoại giao;hộ chiếu công vụ;công tác nước ngoài", "internal", "other",
  "Luật Xuất cảnh, nhập cảnh của công dân Việt Nam 2019", "daily",
  "so_ho_chieu! so_dinh_danh ho_ten ngay_sinh loai_ho_chieu co_quan_cong_tac ngay_cap ngay_het_han", channels="",
  fo={"loai_ho_chieu": {"example": "Công vụ"}, "so_ho_chieu": {"example": "C1234567"}})
D("bng", "bng-lpdu", "dieu-uoc-quoc-te", "Cơ sở dữ liệu điều ước quốc tế",
  "Danh mục và toàn văn các điều ước quốc tế mà Việt Nam là thành viên: tên điều ước, bên ký kết, ngày ký, ngày có "
  "hiệu lực và tình trạng hiệu lực.",
  "justice;trade", "điều ước quốc tế;hiệp định;FTA", "open", "important",
  "Luật Điều ước quốc tế 2016", "irregular",
  "so_hieu_dieu_uoc! ten_dieu_uoc loai_dieu_uoc ben_ky_ket ngay_ky ngay_hieu_luc tinh_trang_hieu_luc linh_vuc "
  "duong_dan_toan_van", formats=["CSV", "PDF"],
  fo={"ngay_hieu_luc": {"example": "2020-08-01"},
      "duong_dan_toan_van": {"example": "https://data.mofa.gov.vn/dieu-uoc/evfta.pdf"}})

# ---- Bộ Nội vụ
D("bnv", "bnv-ccvc", "csdl-can-bo-cong-chuc", "Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức",
  "Hồ sơ điện tử của cán bộ, công chức, viên chức trong các cơ quan nhà nước: quá trình công tác, ngạch, bậc "
  "lương, trình độ và chức vụ; là căn cứ quản lý biên chế và chi trả lương.",
  "government;labour", "cán bộ;công chức;viên chức;biên chế;hồ sơ điện tử", "shared", "core",
  "Luật Cán bộ, công chức 2025; Luật Viên chức 2010 (sửa đổi 2019)", "continuous",
  "so_dinh_danh! ho_ten ngay_sinh gioi_tinh dan_toc co_quan_cong_tac chuc_vu ngach_chuc_danh bac_luong "
  "trinh_do_chuyen_mon ngay_tuyen_dung", channels="ndxp;datacenter")
D("bnv", "bnv-nck", "csdl-nguoi-co-cong", "Cơ sở dữ liệu người có công với cách mạng",
  "Người có công với cách mạng và thân nhân đang hưởng trợ cấp ưu đãi: diện đối tượng, tỷ lệ tổn thương cơ thể, "
  "mức trợ cấp và nơi quản lý hồ sơ; dùng để chi trả trợ cấp và xác minh chế độ.",
  "social", "người có công;thương binh;liệt sĩ;trợ cấp ưu đãi", "shared", "important",
  "Pháp lệnh Ưu đãi người có công với cách mạng 2020; Nghị định 131/2021/NĐ-CP", "monthly",
  "so_dinh_danh! ho_ten ngay_sinh dien_doi_tuong_nck ty_le_ton_thuong muc_tro_cap noi_quan_ly_ho_so ngay_huong",
  channels="ndxp")
D("bnv", "bnv-vl", "csdl-nguoi-lao-dong", "Cơ sở dữ liệu về người lao động",
  "Thông tin người lao động: tình trạng việc làm, nghề nghiệp, trình độ chuyên môn kỹ thuật và nơi làm việc; "
  "phục vụ quản lý lao động và kết nối cung – cầu lao động.",
  "labour", "người lao động;việc làm;thị trường lao động", "shared", "important",
  "Luật Việc làm 2025", "monthly",
  "so_dinh_danh! ho_ten ngay_sinh trinh_do_chuyen_mon tinh_trang_viec_lam nghe_nghiep noi_lam_viec ma_tinh",
  channels="ndxp")
D("bnv", "bnv-vl", "bao-hiem-that-nghiep", "Dữ liệu giải quyết hưởng bảo hiểm thất nghiệp",
  "Hồ sơ đề nghị hưởng trợ cấp thất nghiệp tiếp nhận tại các trung tâm dịch vụ việc làm: số tháng hưởng, mức "
  "hưởng và trạng thái giải quyết.",
  "labour;social", "bảo hiểm thất nghiệp;trợ cấp thất nghiệp;việc làm", "shared", "other",
  "Luật Việc làm 2025", "monthly",
  "so_so_bhxh! ho_ten so_dinh_danh ngay_nop_ho_so so_thang_huong muc_huong_hang_thang ma_tinh trung_tam_dvvl",
  channels="ndxp")
D("bnv", "bnv-qlldnn", "lao-dong-di-lam-viec-nuoc-ngoai",
  "Số liệu người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng",
  "Số lao động đi làm việc ở nước ngoài theo hợp đồng, phân theo thị trường và giới tính, cập nhật hằng tháng.",
  "labour", "xuất khẩu lao động;lao động ngoài nước;thị trường lao động", "open", "other",
  "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng 2020", "monthly",
  "nam! thang! thi_truong! so_lao_dong so_lao_dong_nu", temporal=("2016-01-01", ""))
D("bnv", "bnv-vtlt", "muc-luc-tai-lieu-luu-tru", "Mục lục hồ sơ, tài liệu lưu trữ lịch sử",
  "Mục lục hồ sơ, tài liệu đang bảo quản tại các Trung tâm Lưu trữ quốc gia, phục vụ tra cứu của cơ quan, tổ "
  "chức và người dân.",
  "government;culture", "lưu trữ;tài liệu lưu trữ;phông lưu trữ", "open", "other",
  "Luật Lưu trữ 2024", "quarterly",
  "ma_ho_so! tieu_de_ho_so phong_luu_tru thoi_gian_tai_lieu so_to che_do_su_dung noi_bao_quan",
  fo={"ma_ho_so": {"example": "TTLTQG3-BCN-0152"}})
D("bnv", "bnv-cqdp", "dvhc-cap-xa-2025", "Danh sách đơn vị hành chính cấp xã sau sắp xếp năm 2025",
  "Danh sách 3.321 xã, phường, đặc khu hình thành sau sắp xếp đơn vị hành chính từ ngày 01/7/2025, kèm diện tích "
  "tự nhiên, quy mô dân số và các đơn vị hành chính cũ được sắp xếp.",
  "government;population", "đơn vị hành chính;sắp xếp;xã phường;đặc khu", "open", "important",
  "Nghị quyết 202/2025/QH15; các nghị quyết của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp xã "
  "năm 2025", "irregular",
  "ma_xa! ten_xa loai_dvhc ma_tinh ten_tinh dien_tich_tu_nhien quy_mo_dan_so don_vi_cu nghi_quyet",
  temporal=("2025-07-01", ""), issued="2025-07-01",
  fo={"ma_xa": {"example": "00070"}, "ten_xa": {"example": "Phường Hoàn Kiếm"}, "ma_tinh": {"example": "01"},
      "ten_tinh": {"example": "Thành phố Hà Nội"}})
D("bnv", "bnv-tdkt", "csdl-thi-dua-khen-thuong", "Cơ sở dữ liệu thi đua, khen thưởng",
  "Các hình thức khen thưởng cấp nhà nước (huân chương, huy chương, danh hiệu vinh dự nhà nước, bằng khen của "
  "Thủ tướng Chính phủ) đã được quyết định cho tập thể, cá nhân.",
  "government;social", "thi đua;khen thưởng;huân chương", "shared", "other",
  "Luật Thi đua, khen thưởng 2022", "monthly",
  "so_quyet_dinh! ngay_quyet_dinh hinh_thuc_khen_thuong doi_tuong_khen ho_ten don_vi_cong_tac thanh_tich",
  channels="ndxp", fo={"so_quyet_dinh": {"example": "1520/QĐ-CTN"}})
D("bnv", "", "tai-nan-lao-dong", "Số liệu tai nạn lao động",
  "Số vụ tai nạn lao động, số người chết, bị thương nặng và thiệt hại theo tỉnh, thành phố và ngành nghề; tổng "
  "hợp từ báo cáo của các địa phương.",
  "labour;social", "tai nạn lao động;an toàn lao động;thống kê", "open", "other",
  "Luật An toàn, vệ sinh lao động 2015", "annual",
  "nam! ma_tinh! nganh_nghe so_vu so_nguoi_chet so_nguoi_bi_thuong_nang thiet_hai_uoc_tinh",
  temporal=("2016-01-01", "2025-12-31"))

# ---- Bộ Tư pháp
D("btp", "btp-htqtct", "csdl-ho-tich-dien-tu", "Cơ sở dữ liệu hộ tịch điện tử",
  "Dữ liệu đăng ký khai sinh, kết hôn, khai tử, nhận cha, mẹ, con, thay đổi, cải chính hộ tịch do Ủy ban nhân "
  "dân cấp xã và cơ quan đại diện thực hiện; được kết nối, đồng bộ với Cơ sở dữ liệu quốc gia về dân cư.",
  "justice;population", "hộ tịch;khai sinh;kết hôn;khai tử", "shared", "core",
  "Luật Hộ tịch 2014; Nghị định 87/2020/NĐ-CP", "continuous",
  "so_dang_ky! loai_su_kien_ho_tich so_dinh_danh ho_ten ngay_sinh gioi_tinh ngay_dang_ky co_quan_dang_ky "
  "ho_ten_cha ho_ten_me", channels="ndxp;datacenter", temporal=("2020-01-01", ""))
D("btp", "btp-htqtct", "csdl-quoc-tich", "Cơ sở dữ liệu về quốc tịch",
  "Hồ sơ giải quyết các việc về quốc tịch: nhập, trở lại, thôi quốc tịch Việt Nam và xác nhận có quốc tịch Việt "
  "Nam.",
  "justice;population", "quốc tịch;nhập quốc tịch;thôi quốc tịch", "internal", "important",
  "Luật Quốc tịch Việt Nam 2008 (sửa đổi 2025)", "monthly",
  "so_ho_so! ho_ten ngay_sinh quoc_tich_hien_tai loai_viec_quoc_tich so_quyet_dinh ngay_quyet_dinh", channels="",
  fo={"so_quyet_dinh": {"example": "1245/QĐ-CTN"}})
D("btp", "btp-lltp", "csdl-ly-lich-tu-phap", "Cơ sở dữ liệu lý lịch tư pháp",
  "Thông tin về án tích của người bị kết án, tình trạng thi hành án và thông tin cấm đảm nhiệm chức vụ, thành "
  "lập, quản lý doanh nghiệp; dùng để cấp Phiếu lý lịch tư pháp, kể cả qua ứng dụng VNeID.",
  "justice;public-security", "lý lịch tư pháp;án tích;phiếu lý lịch tư pháp", "shared", "important",
  "Luật Lý lịch tư pháp 2009", "daily",
  "so_dinh_danh! ho_ten ngay_sinh toi_danh ban_an_so toa_an_xet_xu hinh_phat ngay_chap_hanh_xong "
  "tinh_trang_an_tich", channels="ndxp")
D("btp", "btp-dkgdbd", "csdl-bien-phap-bao-dam", "Cơ sở dữ liệu quốc gia về biện pháp bảo đảm",
  "Thông tin đăng ký biện pháp bảo đảm bằng động sản (trừ tàu bay, tàu biển): bên bảo đảm, bên nhận bảo đảm, tài "
  "sản bảo đảm; cho phép tra cứu trực tuyến.",
  "justice;finance", "giao dịch bảo đảm;thế chấp;động sản", "shared", "important",
  "Bộ luật Dân sự 2015; Nghị định 99/2022/NĐ-CP", "continuous",
  "so_dang_ky! ngay_dang_ky ben_bao_dam ben_nhan_bao_dam mo_ta_tai_san loai_bien_phap_bao_dam trang_thai",
  channels="ndxp;api")
D("btp", "", "csdl-van-ban-phap-luat", "Cơ sở dữ liệu quốc gia về văn bản pháp luật",
  "Toàn văn, thuộc tính và tình trạng hiệu lực của văn bản quy phạm pháp luật do các cơ quan trung ương và địa "
  "phương ban hành.",
  "justice;government", "văn bản pháp luật;văn bản quy phạm;hiệu lực", "open", "important",
  "Luật Ban hành văn bản quy phạm pháp luật 2025", "daily",
  "so_ky_hieu! ten_van_ban loai_van_ban co_quan_ban_hanh ngay_ban_hanh ngay_hieu_luc tinh_trang_hieu_luc linh_vuc "
  "duong_dan_toan_van", formats=["JSON", "PDF"], channels="portal;api;download",
  fo={"ngay_hieu_luc": {"example": "2025-07-01"}})
D("btp", "btp-ktvb", "csdl-xu-ly-vi-pham-hanh-chinh", "Cơ sở dữ liệu quốc gia về xử lý vi phạm hành chính",
  "Quyết định xử phạt vi phạm hành chính và áp dụng biện pháp xử lý hành chính của các cơ quan có thẩm quyền, "
  "kèm tình trạng thi hành.",
  "justice;government", "xử lý vi phạm hành chính;xử phạt;quyết định", "shared", "other",
  "Luật Xử lý vi phạm hành chính 2012 (sửa đổi 2020)", "daily",
  "so_quyet_dinh! ngay_quyet_dinh doi_tuong_vi_pham so_dinh_danh hanh_vi_vi_pham hinh_thuc_xu_phat so_tien_phat "
  "co_quan_xu_phat trang_thai_thi_hanh", channels="ndxp",
  fo={"so_quyet_dinh": {"example": "25/QĐ-XPHC"},
      "hanh_vi_vi_pham": {"example": "Xây dựng công trình không có giấy phép"}})
D("btp", "btp-qlthads", "nguoi-phai-thi-hanh-an", "Danh sách người phải thi hành án chưa có điều kiện thi hành",
  "Danh sách người phải thi hành án được cơ quan thi hành án dân sự xác định chưa có điều kiện thi hành, công khai "
  "trên trang thông tin điện tử theo quy định.",
  "justice", "thi hành án dân sự;người phải thi hành án;công khai", "open", "other",
  "Luật Thi hành án dân sự 2008 (sửa đổi 2014); Nghị định 62/2015/NĐ-CP", "monthly",
  "ho_ten_nguoi_phai_tha dia_chi_nguoi_phai_tha ban_an_so! noi_dung_phai_thi_hanh co_quan_tha ngay_xac_minh",
  fo={"ban_an_so": {"example": "12/2023/KDTM-ST ngày 18/5/2023", "title": "Bản án, quyết định"},
      "co_quan_tha": {"example": "Thi hành án dân sự Thành phố Hà Nội"}})
D("btp", "btp-bttp", "to-chuc-hanh-nghe-cong-chung", "Danh sách tổ chức hành nghề công chứng",
  "Phòng công chứng, văn phòng công chứng trên toàn quốc: địa chỉ, điện thoại, số công chứng viên.",
  "justice", "công chứng;văn phòng công chứng;bổ trợ tư pháp", "open", "other",
  "Luật Công chứng 2024", "quarterly",
  "ma_to_chuc! ten_to_chuc loai_to_chuc dia_chi ma_tinh so_cong_chung_vien dien_thoai_lien_he ngay_cap")
D("btp", "", "tro-giup-phap-ly", "Số liệu vụ việc trợ giúp pháp lý",
  "Số vụ việc trợ giúp pháp lý và số người được trợ giúp theo quý, lĩnh vực và tỉnh, thành phố.",
  "justice;social", "trợ giúp pháp lý;người được trợ giúp;thống kê", "shared", "other",
  "Luật Trợ giúp pháp lý 2017", "quarterly",
  "nam! quy! ma_tinh! linh_vuc_tgpl! so_vu_viec so_nguoi_duoc_tgpl", temporal=("2018-01-01", ""))

# ---- Bộ Tài chính (and Bảo hiểm xã hội Việt Nam)
D("btc", "btc-ptdn", "csdl-dang-ky-doanh-nghiep", "Cơ sở dữ liệu quốc gia về đăng ký doanh nghiệp",
  "Thông tin đăng ký doanh nghiệp trên toàn quốc: mã số doanh nghiệp, tên, địa chỉ trụ sở, ngành nghề, vốn điều "
  "lệ, người đại diện theo pháp luật và tình trạng pháp lý; cập nhật trực tuyến từ Hệ thống thông tin quốc gia về "
  "đăng ký doanh nghiệp.",
  "enterprise;economy", "đăng ký doanh nghiệp;mã số doanh nghiệp;doanh nghiệp;pháp nhân", "shared", "core",
  "Luật Doanh nghiệp 2020; Luật Dữ liệu 2024", "continuous",
  "ma_so_doanh_nghiep! ten_doanh_nghiep ten_tieng_anh loai_hinh_doanh_nghiep dia_chi_tru_so nganh_nghe_chinh "
  "von_dieu_le nguoi_dai_dien ngay_thanh_lap tinh_trang_hoat_dong", channels="ndxp;datacenter;api",
  temporal=("2010-01-01", ""))
D("btc", "btc-thue", "danh-muc-ma-so-thue", "Danh mục mã số thuế doanh nghiệp",
  "Tra cứu mã số thuế, tên người nộp thuế là tổ chức, cơ quan thuế quản lý và trạng thái hoạt động của mã số "
  "thuế.",
  "finance;enterprise", "mã số thuế;người nộp thuế;tra cứu", "open", "important",
  "Luật Quản lý thuế 2019", "daily",
  "ma_so_thue! ten_doanh_nghiep dia_chi_tru_so co_quan_thue_quan_ly ngay_cap_mst trang_thai_mst",
  channels="portal;api;download", formats=["CSV", "API"])
D("btc", "btc-thue", "csdl-nguoi-nop-thue", "Cơ sở dữ liệu người nộp thuế",
  "Thông tin đăng ký thuế, nghĩa vụ thuế phải nộp theo kỳ của người nộp thuế là tổ chức, hộ kinh doanh và cá nhân; "
  "chỉ sử dụng trong ngành thuế.",
  "finance", "người nộp thuế;nghĩa vụ thuế;thuế thu nhập cá nhân", "internal", "important",
  "Luật Quản lý thuế 2019", "daily",
  "ma_so_thue! ten_nguoi_nop_thue so_dinh_danh loai_nguoi_nop_thue co_quan_thue_quan_ly ky_tinh_thue "
  "so_thue_phai_nop", channels="api",
  fo={"so_dinh_danh": {"required": "false", "key": "false"}})
D("btc", "btc-thue", "hoa-don-dien-tu", "Dữ liệu hóa đơn điện tử",
  "Dữ liệu hóa đơn điện tử có mã và không có mã của cơ quan thuế do người bán gửi đến hệ thống hóa đơn điện tử; "
  "phục vụ quản lý thuế và chia sẻ cho cơ quan có liên quan theo quy định.",
  "finance;trade", "hóa đơn điện tử;thuế giá trị gia tăng;hóa đơn", "shared", "important",
  "Luật Quản lý thuế 2019; Nghị định 123/2020/NĐ-CP (sửa đổi bởi Nghị định 70/2025/NĐ-CP)", "continuous",
  "ma_hoa_don! ky_hieu_hoa_don so_hoa_don ngay_lap mst_nguoi_ban mst_nguoi_mua ten_nguoi_mua tong_tien_thanh_toan "
  "thue_suat tien_thue_gtgt", channels="ndxp;datacenter")
D("btc", "btc-hq", "to-khai-hai-quan", "Dữ liệu tờ khai hải quan hàng hóa xuất khẩu, nhập khẩu",
  "Tờ khai hải quan điện tử của hàng hóa xuất khẩu, nhập khẩu: loại hình, doanh nghiệp, mã HS, xuất xứ và trị "
  "giá tính thuế.",
  "trade;finance", "hải quan;tờ khai;xuất khẩu;nhập khẩu;mã HS", "shared", "important",
  "Luật Hải quan 2014", "continuous",
  "so_to_khai! ngay_dang_ky ma_loai_hinh mst_doanh_nghiep ma_hs mo_ta_hang_hoa nuoc_xuat_xu tri_gia_tinh_thue "
  "chi_cuc_hai_quan", channels="ndxp")
D("btc", "btc-hq", "thong-ke-xuat-nhap-khau", "Số liệu thống kê xuất khẩu, nhập khẩu hàng hóa",
  "Trị giá xuất khẩu, nhập khẩu hàng hóa theo tháng, phân theo nhóm hàng chủ yếu và thị trường (nước, vùng lãnh "
  "thổ).",
  "trade;economy", "xuất nhập khẩu;kim ngạch;thống kê hải quan", "open", "important",
  "Luật Thống kê 2015 (sửa đổi 2021); Luật Hải quan 2014", "monthly",
  "nam! thang! huong! nhom_hang! thi_truong! tri_gia_usd luong don_vi_tinh", temporal=("2015-01-01", ""),
  formats=["CSV", "XLSX"])
D("btc", "btc-tk", "gdp-theo-quy", "Tổng sản phẩm trong nước (GDP) theo quý",
  "Tổng sản phẩm trong nước theo giá hiện hành và giá so sánh, tốc độ tăng theo khu vực kinh tế; công bố hằng "
  "quý.",
  "economy", "GDP;tăng trưởng kinh tế;tài khoản quốc gia", "open", "important",
  "Luật Thống kê 2015 (sửa đổi 2021)", "quarterly",
  "nam! quy! khu_vuc_kinh_te! gia_tri_hien_hanh gia_tri_so_sanh toc_do_tang", temporal=("2010-01-01", ""))
D("btc", "btc-tk", "chi-so-gia-tieu-dung", "Chỉ số giá tiêu dùng (CPI) hằng tháng",
  "Chỉ số giá tiêu dùng cả nước theo nhóm hàng hóa, dịch vụ, so với kỳ gốc, tháng trước và cùng kỳ năm trước.",
  "economy;trade", "CPI;lạm phát;chỉ số giá", "open", "important",
  "Luật Thống kê 2015 (sửa đổi 2021)", "monthly",
  "nam! thang! nhom_hang_cpi! chi_so_so_voi_ky_goc chi_so_so_voi_thang_truoc chi_so_so_voi_cung_ky",
  temporal=("2015-01-01", ""))
D("btc", "btc-tk", "dan-so-trung-binh", "Dân số trung bình phân theo tỉnh, thành phố",
  "Dân số trung bình, mật độ dân số và tỷ lệ dân số thành thị của 34 tỉnh, thành phố; số liệu các năm trước 2025 "
  "được tính lại theo địa giới hành chính mới.",
  "population", "dân số;mật độ dân số;thành thị", "open", "important",
  "Luật Thống kê 2015 (sửa đổi 2021)", "annual",
  "nam! ma_tinh! ten_tinh dan_so_trung_binh mat_do_dan_so ty_le_thanh_thi", temporal=("2015-01-01", "2025-12-31"))
D("btc", "btc-tk", "tong-dieu-tra-dan-so-2019", "Kết quả Tổng điều tra dân số và nhà ở năm 2019",
  "Kết quả tổng hợp Tổng điều tra dân số và nhà ở thời điểm 0 giờ ngày 01/4/2019: quy mô, cơ cấu dân số, di cư, "
  "trình độ học vấn và điều kiện nhà ở của các hộ dân cư.",
  "population;social", "tổng điều tra;dân số;nhà ở;di cư", "open", "important",
  "Luật Thống kê 2015 (sửa đổi 2021)", "never",
  "chi_tieu! ma_dvhc! ten_dvhc thanh_thi_nong_thon gioi_tinh_tk gia_tri don_vi_tinh",
  temporal=("2019-04-01", "2019-04-01"), issued="2020-11-20", modified="2021-03-10",
  fo={"ma_dvhc": {"example": "40", "description": "Mã tỉnh (theo địa giới năm 2019)"},
      "ten_dvhc": {"example": "Tỉnh Nghệ An"}, "don_vi_tinh": {"example": "%"}})
D("btc", "btc-tk", "danh-muc-don-vi-hanh-chinh", "Danh mục và mã số các đơn vị hành chính Việt Nam",
  "Bảng danh mục và mã số đơn vị hành chính cấp tỉnh, cấp xã áp dụng thống nhất trên toàn quốc từ ngày "
  "01/7/2025; là danh mục dùng chung cho các hệ thống thông tin.",
  "government;population", "mã đơn vị hành chính;danh mục dùng chung;tỉnh;xã", "open", "important",
  "Quyết định 19/2025/QĐ-TTg", "irregular",
  "ma_dvhc! ten_dvhc cap_dvhc loai_dvhc ma_tinh ngay_hieu_luc", temporal=("2025-07-01", ""), issued="2025-07-01",
  formats=["CSV", "XLSX", "JSON"], fo={"ma_dvhc": {"example": "16690"}, "ten_dvhc": {"example": "Phường Trường Vinh"},
                                        "ma_tinh": {"example": "40"}})
D("btc", "btc-tk", "danh-muc-dvhc-cap-huyen", "Danh mục đơn vị hành chính cấp huyện (trước ngày 01/7/2025)",
  "Danh mục quận, huyện, thị xã, thành phố thuộc tỉnh theo mã số cũ. Ngừng sử dụng từ ngày 01/7/2025 do không "
  "còn tổ chức đơn vị hành chính cấp huyện; chỉ dùng để tra cứu và chuyển đổi dữ liệu lịch sử.",
  "government", "đơn vị hành chính cấp huyện;mã huyện;dữ liệu lịch sử", "open", "other",
  "Quyết định 124/2004/QĐ-TTg", "never",
  "ma_huyen! ten_huyen loai_dvhc ma_tinh_cu ten_tinh_cu ngay_het_hieu_luc", temporal=("2004-08-08", "2025-06-30"),
  issued="2016-05-10", modified="2025-07-01", status="retired",
  fo={"loai_dvhc": {"example": "Quận", "description": "Quận, huyện, thị xã, thành phố thuộc tỉnh"}})
D("btc", "btc-tk", "he-thong-nganh-kinh-te", "Danh mục mã ngành kinh tế Việt Nam (VSIC)",
  "Hệ thống ngành kinh tế Việt Nam gồm 5 cấp, dùng thống nhất trong thống kê, đăng ký doanh nghiệp và quản lý "
  "thuế.",
  "economy;enterprise", "mã ngành;VSIC;ngành kinh tế;danh mục", "open", "other",
  "Quyết định 27/2018/QĐ-TTg", "irregular",
  "ma_nganh! ten_nganh cap_nganh ma_nganh_cha mo_ta_nganh", temporal=("2018-08-20", ""), issued="2018-09-05")
D("btc", "btc-kbnn", "thu-chi-ngan-sach", "Số liệu thu, chi ngân sách nhà nước",
  "Số liệu thực hiện thu, chi ngân sách nhà nước theo tháng, lũy kế từ đầu năm và so với dự toán được Quốc hội "
  "quyết định.",
  "finance", "ngân sách nhà nước;thu ngân sách;chi ngân sách;công khai ngân sách", "open", "important",
  "Luật Ngân sách nhà nước 2025", "monthly",
  "nam! thang! noi_dung_thu_chi! du_toan gia_tri_thuc_hien luy_ke ty_le_so_du_toan", temporal=("2016-01-01", ""))
D("btc", "btc-kbnn", "ma-don-vi-quan-he-ngan-sach", "Danh mục mã số đơn vị có quan hệ với ngân sách",
  "Mã số đơn vị có quan hệ với ngân sách cấp cho đơn vị dự toán, đơn vị sử dụng ngân sách và dự án đầu tư; dùng "
  "trong kiểm soát chi qua Kho bạc Nhà nước.",
  "finance;government", "mã đơn vị quan hệ ngân sách;kho bạc;danh mục dùng chung", "shared", "other",
  "Thông tư 185/2015/TT-BTC", "daily",
  "ma_dvqhns! ten_don_vi loai_don_vi co_quan_chu_quan cap_ngan_sach ngay_cap ma_tinh", channels="ndxp;api")
D("btc-bhxh", "", "csdl-quoc-gia-ve-bao-hiem", "Cơ sở dữ liệu quốc gia về bảo hiểm",
  "Thông tin người tham gia và thụ hưởng bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp: mã số bảo hiểm xã "
  "hội, quá trình đóng, thẻ bảo hiểm y tế và lịch sử khám, chữa bệnh bảo hiểm y tế.",
  "social;health;finance", "bảo hiểm xã hội;bảo hiểm y tế;bảo hiểm thất nghiệp;BHXH", "shared", "core",
  "Luật Bảo hiểm xã hội 2024; Luật Bảo hiểm y tế 2008 (sửa đổi 2024); Luật Dữ liệu 2024", "continuous",
  "so_so_bhxh! so_dinh_danh ho_ten ngay_sinh gioi_tinh don_vi_tham_gia muc_luong_dong_bhxh thoi_gian_dong "
  "ma_the_bhyt noi_dang_ky_kcb_ban_dau lich_su_kcb", channels="ndxp;datacenter;api")
D("btc-bhxh", "", "co-so-kcb-bhyt", "Danh sách cơ sở khám, chữa bệnh ký hợp đồng khám, chữa bệnh bảo hiểm y tế",
  "Cơ sở khám bệnh, chữa bệnh đã ký hợp đồng khám, chữa bệnh bảo hiểm y tế, kèm mã cơ sở, cấp chuyên môn kỹ "
  "thuật và việc nhận đăng ký khám, chữa bệnh ban đầu.",
  "health;social", "bảo hiểm y tế;khám chữa bệnh ban đầu;cơ sở khám chữa bệnh", "open", "other",
  "Luật Bảo hiểm y tế 2008 (sửa đổi 2024)", "quarterly",
  "ma_co_so_kcb! ten_co_so_kcb cap_chuyen_mon dia_chi ma_tinh nhan_dang_ky_ban_dau ngay_hieu_luc_hop_dong")
D("btc", "btc-qldt", "csdl-dau-thau", "Cơ sở dữ liệu quốc gia về đấu thầu",
  "Kế hoạch lựa chọn nhà thầu, thông báo mời thầu, kết quả lựa chọn nhà thầu và thông tin nhà thầu trên Hệ thống "
  "mạng đấu thầu quốc gia.",
  "finance;enterprise", "đấu thầu;mời thầu;nhà thầu;mua sắm công", "open", "important",
  "Luật Đấu thầu 2023", "continuous",
  "ma_tbmt! ten_goi_thau ben_moi_thau hinh_thuc_lcnt gia_goi_thau nha_thau_trung_thau gia_trung_thau ngay_phe_duyet",
  channels="portal;api;download", formats=["API", "CSV"])
D("btc", "btc-dtnn", "du-an-fdi", "Dự án đầu tư trực tiếp nước ngoài (FDI)",
  "Dự án FDI được cấp mới, điều chỉnh vốn và góp vốn, mua cổ phần của nhà đầu tư nước ngoài: quốc gia đầu tư, "
  "ngành, địa bàn và vốn đăng ký.",
  "economy;enterprise", "FDI;đầu tư nước ngoài;vốn đăng ký", "open", "important",
  "Luật Đầu tư 2020", "monthly",
  "ma_du_an! ten_du_an quoc_gia_dau_tu nganh_nghe_chinh ma_tinh von_dang_ky_usd ngay_cap_gcndkdt",
  temporal=("2015-01-01", ""))
D("btc", "btc-qlcs", "csdl-tai-san-cong", "Cơ sở dữ liệu quốc gia về tài sản công",
  "Trụ sở làm việc, cơ sở hoạt động sự nghiệp, xe ô tô và tài sản cố định khác của cơ quan, tổ chức, đơn vị thuộc "
  "khu vực nhà nước.",
  "finance;government", "tài sản công;trụ sở làm việc;xe công", "shared", "important",
  "Luật Quản lý, sử dụng tài sản công 2017 (sửa đổi 2024)", "monthly",
  "ma_tai_san! ten_tai_san loai_tai_san don_vi_quan_ly nguyen_gia gia_tri_con_lai dien_tich_dat ma_tinh",
  channels="ndxp", fo={"don_vi_quan_ly": {"example": "Sở Tài chính tỉnh Nghệ An"}})
D("btc", "btc-qlg", "csdl-gia", "Cơ sở dữ liệu quốc gia về giá",
  "Giá hàng hóa, dịch vụ thiết yếu do Nhà nước định giá, giá kê khai và giá thị trường do các sở tài chính báo cáo "
  "định kỳ.",
  "finance;trade", "giá cả;giá thị trường;bình ổn giá", "shared", "other",
  "Luật Giá 2023", "weekly",
  "ma_hang_hoa! ma_tinh! ngay! ten_hang_hoa don_vi_tinh gia_binh_quan loai_gia", channels="ndxp",
  fo={"don_vi_tinh": {"example": "kg"}})
D("btc", "btc-ubck", "cong-ty-dai-chung", "Danh sách công ty đại chúng",
  "Công ty đại chúng đã đăng ký với Ủy ban Chứng khoán Nhà nước, kèm mã chứng khoán và sàn giao dịch.",
  "finance;enterprise", "công ty đại chúng;chứng khoán;niêm yết", "open", "other",
  "Luật Chứng khoán 2019", "weekly",
  "ma_so_doanh_nghiep! ten_doanh_nghiep ma_chung_khoan von_dieu_le san_giao_dich ngay_dang_ky_cong_ty_dai_chung")
D("btc", "btc-qln", "ban-tin-no-cong", "Bản tin nợ công",
  "Số liệu nợ công, nợ Chính phủ, nợ được Chính phủ bảo lãnh, nợ chính quyền địa phương và nợ nước ngoài của quốc "
  "gia; tỷ lệ so với GDP.",
  "finance;economy", "nợ công;nợ Chính phủ;nợ nước ngoài", "open", "important",
  "Luật Quản lý nợ công 2017", "semiannual",
  "ky_bao_cao! chi_tieu! gia_tri don_vi_tinh ty_le_gdp", formats=["XLSX", "PDF"], temporal=("2016-01-01", ""),
  fo={"chi_tieu": {"example": "Nợ Chính phủ"}, "gia_tri": {"example": "3720450"},
      "don_vi_tinh": {"example": "tỷ đồng"}})

# ---- Bộ Công Thương
D("bct", "bct-xnk", "giay-chung-nhan-xuat-xu", "Dữ liệu cấp Giấy chứng nhận xuất xứ hàng hóa (C/O)",
  "Giấy chứng nhận xuất xứ hàng hóa ưu đãi và không ưu đãi đã cấp qua hệ thống eCoSys: mẫu C/O, doanh nghiệp, mặt "
  "hàng và nước nhập khẩu.",
  "trade", "C/O;xuất xứ hàng hóa;FTA;xuất khẩu", "shared", "other",
  "Nghị định 31/2018/NĐ-CP", "daily",
  "so_co! mau_co ngay_cap mst_doanh_nghiep ten_doanh_nghiep ma_hs nuoc_nhap_khau to_chuc_cap_co", channels="ndxp")
D("bct", "bct-dl", "san-luong-dien", "Sản lượng điện sản xuất và nhập khẩu",
  "Sản lượng điện sản xuất và nhập khẩu toàn hệ thống theo tháng, phân theo loại nguồn (thủy điện, nhiệt điện, "
  "điện gió, điện mặt trời...).",
  "energy", "điện năng;sản lượng điện;nguồn điện;năng lượng tái tạo", "open", "important",
  "Luật Điện lực 2024", "monthly",
  "nam! thang! loai_nguon! san_luong_dien ty_trong", temporal=("2015-01-01", ""))
D("bct", "bct-dl", "nha-may-dien", "Danh sách nhà máy điện và công suất đặt",
  "Nhà máy điện đấu nối vào hệ thống điện quốc gia: loại nguồn, công suất đặt, chủ đầu tư, năm vận hành và vị "
  "trí.",
  "energy", "nhà máy điện;công suất đặt;quy hoạch điện", "shared", "other",
  "Luật Điện lực 2024", "quarterly",
  "ma_nha_may! ten_nha_may loai_nguon cong_suat_dat chu_dau_tu ma_tinh nam_van_hanh toa_do",
  fo={"loai_nguon": {"example": "Thủy điện"}, "ma_tinh": {"example": "25"},
      "toa_do": {"example": "POINT(105.3240 20.8090)"}})
D("bct", "bct-dl", "dien-mat-troi-mai-nha", "Dữ liệu điện mặt trời mái nhà tự sản xuất, tự tiêu thụ",
  "Hệ thống điện mặt trời mái nhà tự sản xuất, tự tiêu thụ đã thông báo hoặc đăng ký: công suất lắp đặt, hình thức "
  "đấu nối và địa điểm.",
  "energy;construction", "điện mặt trời mái nhà;năng lượng tái tạo;tự sản tự tiêu", "shared", "other",
  "Luật Điện lực 2024; Nghị định 58/2025/NĐ-CP", "monthly",
  "ma_cong_trinh! ten_chu_dau_tu dia_chi ma_tinh cong_suat_lap_dat hinh_thuc_dau_noi ngay_thong_bao",
  channels="ndxp", issued="2025-05-20")
D("bct", "bct-tmdt", "website-thuong-mai-dien-tu", "Danh sách website, ứng dụng thương mại điện tử đã thông báo, đăng ký",
  "Website, ứng dụng thương mại điện tử bán hàng đã thông báo và sàn giao dịch thương mại điện tử đã đăng ký với "
  "Bộ Công Thương.",
  "trade;enterprise", "thương mại điện tử;website bán hàng;sàn giao dịch", "open", "other",
  "Nghị định 52/2013/NĐ-CP (sửa đổi bởi Nghị định 85/2021/NĐ-CP)", "daily",
  "ten_mien! ten_doanh_nghiep ma_so_thue loai_hinh_tmdt ngay_xac_nhan trang_thai",
  fo={"ma_so_thue": {"key": "false"}})
D("bct", "bct-hc", "csdl-hoa-chat", "Cơ sở dữ liệu hóa chất quốc gia",
  "Khai báo hóa chất nhập khẩu, sản xuất và sử dụng hóa chất nguy hiểm của doanh nghiệp; phục vụ quản lý an toàn "
  "hóa chất.",
  "trade;environment", "hóa chất;khai báo hóa chất;an toàn hóa chất", "shared", "other",
  "Luật Hóa chất", "daily",
  "so_to_khai_hoa_chat! ten_hoa_chat so_cas ma_hs khoi_luong mst_doanh_nghiep ngay_khai_bao", channels="ndxp",
  fo={"ma_hs": {"example": "28070000", "required": "false"}})
D("bct", "bct-ttn", "cho-sieu-thi-trung-tam-thuong-mai", "Danh mục chợ, siêu thị, trung tâm thương mại",
  "Chợ, siêu thị, trung tâm thương mại trên toàn quốc theo hạng, địa chỉ và vị trí.",
  "trade", "chợ;siêu thị;trung tâm thương mại;hạ tầng thương mại", "shared", "other",
  "Nghị định 60/2024/NĐ-CP", "annual",
  "ma_diem! ten_diem loai_hinh_ban_le hang_cho dia_chi ma_tinh toa_do",
  fo={"dia_chi": {"example": "Phố Đồng Xuân, Phường Hoàn Kiếm, Thành phố Hà Nội"}, "ma_tinh": {"example": "01"}})
D("bct", "bct-ttn", "gia-ban-le-xang-dau", "Giá bán lẻ xăng dầu theo kỳ điều hành",
  "Giá bán lẻ tối đa các mặt hàng xăng dầu theo từng kỳ điều hành giá của liên Bộ Công Thương – Bộ Tài chính.",
  "trade;energy", "giá xăng dầu;điều hành giá;xăng E5", "open", "other",
  "Nghị định 80/2023/NĐ-CP", "weekly",
  "ky_dieu_hanh! mat_hang! gia_ban_le muc_thay_doi", temporal=("2019-01-01", ""))
D("bct", "bct-ttn", "xu-ly-vi-pham-thuong-mai", "Số liệu kiểm tra, xử lý vi phạm trong lĩnh vực thương mại",
  "Số vụ kiểm tra, xử lý hàng giả, hàng nhập lậu, gian lận thương mại của lực lượng quản lý thị trường theo quý "
  "và địa phương.",
  "trade;public-security", "quản lý thị trường;hàng giả;gian lận thương mại", "shared", "other",
  "Pháp lệnh Quản lý thị trường 2016; Luật Xử lý vi phạm hành chính 2012 (sửa đổi 2020)", "quarterly",
  "nam! quy! ma_tinh! loai_vi_pham! so_vu tien_phat tri_gia_hang_vi_pham", temporal=("2020-01-01", ""))

# ---- Bộ Nông nghiệp và Môi trường
D("bnnmt", "bnnmt-qldd", "csdl-dat-dai-quoc-gia", "Cơ sở dữ liệu đất đai quốc gia",
  "Dữ liệu địa chính, quy hoạch và kế hoạch sử dụng đất, giá đất, thống kê và kiểm kê đất đai được kết nối từ các "
  "tỉnh, thành phố; là nền tảng cho giao dịch đất đai điện tử.",
  "land", "đất đai;địa chính;thửa đất;giấy chứng nhận quyền sử dụng đất", "shared", "core",
  "Luật Đất đai 2024; Nghị định 101/2024/NĐ-CP", "continuous",
  "ma_thua_dat! so_to_ban_do so_thua dien_tich muc_dich_su_dung nguoi_su_dung_dat so_dinh_danh_nguoi_sdd "
  "so_giay_chung_nhan ma_xa hinh_thua", channels="ndxp;datacenter",
  fo={"dien_tich": {"unit": "m²", "example": "152.4", "description": "Diện tích thửa đất"},
      "so_giay_chung_nhan": {"example": "DN 123456", "required": "false", "title": "Số phát hành giấy chứng nhận",
                             "description": "Số phát hành giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất"},
      "ma_thua_dat": {"example": "16690-45-128"}, "ma_xa": {"example": "16690"},
      "hinh_thua": {"example": "POLYGON((105.6813 18.6796, 105.6815 18.6796, 105.6815 18.6798, 105.6813 18.6796))"}})
D("bnnmt", "bnnmt-kttv", "luong-mua-ngay", "Lượng mưa ngày tại các trạm khí tượng bề mặt",
  "Lượng mưa ngày đo tại mạng lưới trạm khí tượng bề mặt và trạm đo mưa quốc gia, đã qua kiểm tra chất lượng; "
  "phục vụ dự báo, cảnh báo lũ và nghiên cứu khí hậu.",
  "environment;agriculture", "lượng mưa;khí tượng;trạm đo mưa;thời tiết", "shared", "important",
  "Luật Khí tượng thủy văn 2015", "daily",
  "ma_tram! ngay! ten_tram ma_tinh luong_mua toa_do", temporal=("1961-01-01", ""),
  fo={"ma_tram": {"example": "48820"}, "ten_tram": {"example": "Láng"}, "ma_tinh": {"example": "01"},
      "toa_do": {"example": "POINT(105.8167 21.0167)"}})
D("bnnmt", "bnnmt-kttv", "nhiet-do-do-am", "Nhiệt độ, độ ẩm không khí tại các trạm khí tượng",
  "Nhiệt độ trung bình, cao nhất, thấp nhất và độ ẩm tương đối trung bình ngày tại các trạm khí tượng bề mặt.",
  "environment", "nhiệt độ;độ ẩm;khí tượng;khí hậu", "shared", "other",
  "Luật Khí tượng thủy văn 2015", "daily",
  "ma_tram! ngay! nhiet_do_tb nhiet_do_max nhiet_do_min do_am_tb", temporal=("1961-01-01", ""),
  fo={"ma_tram": {"example": "48820"}})
D("bnnmt", "bnnmt-kttv", "muc-nuoc-luu-luong", "Mực nước, lưu lượng tại các trạm thủy văn trên các sông chính",
  "Mực nước, lưu lượng theo giờ và cấp báo động lũ tại các trạm thủy văn trên hệ thống sông Hồng – Thái Bình, "
  "sông Mã, sông Cả, các sông miền Trung, Tây Nguyên và sông Cửu Long.",
  "environment;agriculture", "mực nước;lũ;thủy văn;báo động lũ", "open", "important",
  "Luật Khí tượng thủy văn 2015", "continuous",
  "ma_tram! thoi_gian_do! ten_tram ten_song muc_nuoc luu_luong cap_bao_dong", temporal=("2010-01-01", ""),
  fo={"ma_tram": {"example": "69514"}, "ten_tram": {"example": "Hà Nội"}})
D("bnnmt", "bnnmt-kttv", "quy-dao-bao", "Dữ liệu quỹ đạo bão, áp thấp nhiệt đới trên Biển Đông",
  "Vị trí tâm, sức gió mạnh nhất và khí áp tâm của bão, áp thấp nhiệt đới hoạt động trên Biển Đông theo từng "
  "kỳ quan trắc 6 giờ, từ năm 1961.",
  "environment", "bão;áp thấp nhiệt đới;Biển Đông;thiên tai", "open", "important",
  "Luật Khí tượng thủy văn 2015", "irregular",
  "ma_con_bao! thoi_gian_do! ten_bao vi_do kinh_do suc_gio_max ap_suat_tam", temporal=("1961-01-01", ""),
  fo={"vi_do": {"example": "20.3"}, "kinh_do": {"example": "108.9"}})
D("bnnmt", "bnnmt-mt", "quan-trac-khong-khi-tu-dong", "Dữ liệu quan trắc chất lượng không khí tự động quốc gia",
  "Kết quả quan trắc tự động, liên tục các thông số PM2.5, PM10, NO2, SO2, CO, O3 và chỉ số VN_AQI theo giờ tại "
  "các trạm quan trắc quốc gia.",
  "environment;health", "chất lượng không khí;AQI;bụi mịn PM2.5;quan trắc", "open", "important",
  "Luật Bảo vệ môi trường 2020", "continuous",
  "ma_tram! thoi_gian_do! ten_tram ma_tinh pm25 pm10 no2 so2 co o3 vn_aqi", temporal=("2019-01-01", ""),
  channels="portal;api;download", formats=["API", "CSV"],
  fo={"ma_tram": {"example": "QG-HN-NTT"}, "ten_tram": {"example": "Nguyễn Văn Cừ"}, "ma_tinh": {"example": "01"}})
D("bnnmt", "bnnmt-mt", "co-so-nguy-co-o-nhiem", "Danh mục cơ sở sản xuất, kinh doanh có nguy cơ gây ô nhiễm môi trường",
  "Cơ sở sản xuất, kinh doanh, dịch vụ có nguy cơ gây ô nhiễm môi trường: loại hình, lưu lượng nước thải, giấy "
  "phép môi trường và việc lắp đặt quan trắc tự động.",
  "environment;enterprise", "ô nhiễm môi trường;nước thải;giấy phép môi trường", "shared", "important",
  "Luật Bảo vệ môi trường 2020", "quarterly",
  "ma_co_so! ten_co_so loai_hinh_san_xuat dia_chi ma_tinh luu_luong_nuoc_thai quan_trac_tu_dong so_giay_phep_mt",
  channels="ndxp", fo={"ten_co_so": {"example": "Công ty TNHH Dệt nhuộm Thành Công"}})
D("bnnmt", "bnnmt-tnn", "giay-phep-tai-nguyen-nuoc", "Giấy phép khai thác, sử dụng tài nguyên nước",
  "Giấy phép khai thác, sử dụng nước mặt, nước dưới đất và nước biển do Bộ và Ủy ban nhân dân cấp tỉnh cấp.",
  "environment", "tài nguyên nước;giấy phép khai thác;nước mặt;nước dưới đất", "shared", "other",
  "Luật Tài nguyên nước 2023", "monthly",
  "so_giay_phep! to_chuc_duoc_cap loai_nguon_nuoc muc_dich_khai_thac luu_luong_khai_thac ngay_cap thoi_han ma_tinh",
  fo={"so_giay_phep": {"example": "215/GP-BNNMT"}, "to_chuc_duoc_cap": {"example": "Công ty Cổ phần Cấp nước Nghệ An"}})
D("bnnmt", "bnnmt-ttbvtv", "ma-so-vung-trong", "Danh sách mã số vùng trồng phục vụ xuất khẩu",
  "Mã số vùng trồng được cấp cho vùng trồng cây ăn quả, cây công nghiệp đáp ứng yêu cầu của nước nhập khẩu (sầu "
  "riêng, thanh long, chuối, xoài, vải…), kèm diện tích, sản lượng dự kiến và thị trường.",
  "agriculture;trade", "mã số vùng trồng;xuất khẩu nông sản;truy xuất nguồn gốc", "open", "important",
  "Luật Trồng trọt 2018", "weekly",
  "ma_so_vung_trong! loai_cay dien_tich_vung_trong san_luong_du_kien thi_truong_xuat_khau ma_tinh ten_xa ngay_cap "
  "trang_thai", fo={"ma_so_vung_trong": {"example": "VN-DLDRO-0123"}, "ma_tinh": {"example": "66"},
                   "ten_xa": {"example": "Xã Krông Pắc"}})
D("bnnmt", "bnnmt-ttbvtv", "tien-do-gieo-ma-gieo-cay", "Tiến độ gieo mạ, gieo cấy lúa theo mùa vụ",
  "Diện tích gieo mạ, gieo cấy lúa vụ Đông Xuân, Hè Thu và vụ Mùa theo tuần, tổng hợp từ báo cáo của các tỉnh, "
  "thành phố.",
  "agriculture", "gieo mạ;gieo cấy;lúa;mùa vụ", "open", "other",
  "Luật Trồng trọt 2018", "weekly",
  "nam! vu_lua! tuan! ma_tinh! dien_tich_gieo_ma dien_tich_gieo_cay ty_le_so_ke_hoach", temporal=("2018-01-01", ""))
D("bnnmt", "bnnmt-cntv", "dich-benh-dong-vat", "Tình hình dịch bệnh động vật",
  "Số ổ dịch, số con mắc bệnh và tiêu hủy do dịch tả lợn châu Phi, cúm gia cầm, lở mồm long móng, bệnh dại theo "
  "địa phương; cập nhật hằng tuần.",
  "agriculture;health", "dịch bệnh động vật;dịch tả lợn châu Phi;cúm gia cầm;thú y", "open", "important",
  "Luật Thú y 2015", "weekly",
  "ngay_bao_cao! ma_tinh! loai_dich_benh! so_o_dich so_con_mac so_con_tieu_huy", temporal=("2019-02-01", ""))
D("bnnmt", "bnnmt-tsks", "csdl-tau-ca", "Cơ sở dữ liệu tàu cá quốc gia (VNFishbase)",
  "Đăng ký tàu cá, giấy phép khai thác thủy sản, chủ tàu và trạng thái giám sát hành trình; phục vụ chống khai "
  "thác bất hợp pháp, không báo cáo và không theo quy định (IUU).",
  "agriculture;transport", "tàu cá;IUU;khai thác thủy sản;giám sát hành trình", "shared", "important",
  "Luật Thủy sản 2017", "daily",
  "so_dang_ky_tau! ten_chu_tau so_dinh_danh_chu_tau chieu_dai_tau cong_suat_may nghe_khai_thac "
  "so_giay_phep_khai_thac ma_tinh trang_thai_vms", channels="ndxp;api", fo={"ma_tinh": {"example": "40"}})
D("bnnmt", "bnnmt-lnkl", "hien-trang-rung", "Hiện trạng rừng toàn quốc",
  "Diện tích rừng tự nhiên, rừng trồng và tỷ lệ che phủ rừng theo tỉnh, thành phố, công bố hằng năm.",
  "environment;agriculture", "rừng;độ che phủ rừng;lâm nghiệp", "open", "important",
  "Luật Lâm nghiệp 2017", "annual",
  "nam! ma_tinh! dien_tich_rung_tu_nhien dien_tich_rung_trong ty_le_che_phu", temporal=("2015-01-01", "2025-12-31"))
D("bnnmt", "bnnmt-ddptctt", "thiet-hai-thien-tai", "Thiệt hại do thiên tai",
  "Số người chết, mất tích; nhà ở, diện tích lúa bị thiệt hại và ước tính giá trị thiệt hại do bão, lũ, lũ quét, sạt "
  "lở đất và các loại thiên tai khác.",
  "environment;social", "thiên tai;bão lũ;sạt lở đất;thiệt hại", "open", "important",
  "Luật Phòng, chống thiên tai 2013 (sửa đổi 2020)", "irregular",
  "ma_su_kien! ma_tinh! loai_thien_tai ngay_bat_dau so_nguoi_chet_mat_tich so_nha_hu_hong dien_tich_lua_thiet_hai "
  "gia_tri_thiet_hai", temporal=("2015-01-01", ""))
D("bnnmt", "", "csdl-ho-ngheo-can-ngheo", "Cơ sở dữ liệu hộ nghèo, hộ cận nghèo",
  "Danh sách hộ nghèo, hộ cận nghèo theo chuẩn nghèo đa chiều qua các kỳ rà soát hằng năm, tổng hợp từ Ủy ban "
  "nhân dân cấp xã; dùng để thực hiện chính sách giảm nghèo, hỗ trợ nhà ở và bảo hiểm y tế cho người dân.",
  "social;population", "hộ nghèo;hộ cận nghèo;giảm nghèo;chuẩn nghèo đa chiều", "shared", "important",
  "Nghị định 07/2021/NĐ-CP; Luật Dữ liệu 2024", "annual",
  "ma_ho! ho_ten_chu_ho so_dinh_danh_chu_ho so_nhan_khau ma_xa phan_loai_ho diem_thieu_hut nam_ra_soat",
  channels="ndxp", issued="2025-04-15", temporal=("2022-01-01", ""))
D("bnnmt", "bnnmt-ddbd", "csdl-nen-dia-ly-quoc-gia", "Cơ sở dữ liệu nền địa lý quốc gia",
  "Dữ liệu nền địa lý tỷ lệ 1:2.000, 1:5.000 khu vực đô thị và 1:10.000, 1:50.000 toàn quốc: cơ sở toán học, dân "
  "cư, địa hình, thủy hệ, giao thông và phủ bề mặt.",
  "land;environment", "nền địa lý;bản đồ;GIS;dữ liệu không gian", "shared", "important",
  "Luật Đo đạc và bản đồ 2018", "annual",
  "ma_doi_tuong! lop_du_lieu ten_doi_tuong ty_le_ban_do hinh_hoc ngay_cap_nhat", channels="ndxp;download",
  formats=["SHP"])
D("bnnmt", "bnnmt-ddbd", "ban-do-dia-gioi-hanh-chinh-2025", "Bản đồ địa giới đơn vị hành chính cấp tỉnh, cấp xã năm 2025",
  "Đường địa giới và vùng đơn vị hành chính của 34 tỉnh, thành phố và 3.321 xã, phường, đặc khu sau sắp xếp từ "
  "ngày 01/7/2025.",
  "government;land", "địa giới hành chính;bản đồ hành chính;ranh giới", "open", "important",
  "Nghị quyết 202/2025/QH15", "irregular",
  "ma_dvhc! ten_dvhc cap_dvhc dien_tich_tu_nhien hinh_hoc", formats=["SHP", "JSON"], issued="2025-08-15",
  temporal=("2025-07-01", ""), fo={"ma_dvhc": {"example": "00070"}, "ten_dvhc": {"example": "Phường Hoàn Kiếm"}})
D("bnnmt", "bnnmt-bhd", "tai-nguyen-moi-truong-bien", "Dữ liệu tài nguyên, môi trường biển và hải đảo",
  "Kết quả điều tra cơ bản tài nguyên, môi trường biển và hải đảo: đảo, bãi cạn, vùng bờ, khu bảo tồn biển.",
  "environment", "biển;hải đảo;tài nguyên biển", "shared", "other",
  "Luật Tài nguyên, môi trường biển và hải đảo 2015", "annual",
  "ma_doi_tuong! loai_doi_tuong_bien ten_doi_tuong vung_bien hinh_hoc ket_qua_dieu_tra", channels="ndxp",
  fo={"ten_doi_tuong": {"example": "Đảo Cô Tô"}, "ma_doi_tuong": {"example": "BHD-D-0125"}})
D("bnnmt", "bnnmt-ttbvtv", "phan-bon-luu-hanh", "Danh mục phân bón được công nhận lưu hành tại Việt Nam",
  "Phân bón đã được cấp quyết định công nhận lưu hành: tên, loại, thành phần, hàm lượng và tổ chức đăng ký.",
  "agriculture;trade", "phân bón;lưu hành;vật tư nông nghiệp", "open", "other",
  "Luật Trồng trọt 2018", "monthly",
  "ma_so_phan_bon! ten_phan_bon loai_phan_bon thanh_phan_ham_luong to_chuc_dang_ky so_quyet_dinh ngay_het_han",
  fo={"so_quyet_dinh": {"example": "1523/QĐ-TTBVTV"}})
D("bnnmt", "bnnmt-ttbvtv", "thuoc-bao-ve-thuc-vat", "Danh mục thuốc bảo vệ thực vật được phép sử dụng tại Việt Nam",
  "Hoạt chất, tên thương phẩm, đối tượng phòng trừ và tổ chức đăng ký của thuốc bảo vệ thực vật được phép sử "
  "dụng; ban hành hằng năm.",
  "agriculture;environment", "thuốc bảo vệ thực vật;hoạt chất;danh mục", "open", "other",
  "Luật Bảo vệ và kiểm dịch thực vật 2013", "annual",
  "hoat_chat! ten_thuong_pham! doi_tuong_phong_tru to_chuc_dang_ky nhom_thuoc", formats=["XLSX", "PDF"])
D("bnnmt", "", "ket-qua-nong-thon-moi", "Kết quả xây dựng nông thôn mới",
  "Số xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao, kiểu mẫu và tỷ lệ xã đạt chuẩn theo tỉnh, thành phố.",
  "agriculture;social", "nông thôn mới;xã đạt chuẩn;phát triển nông thôn", "open", "other",
  "Quyết định 263/QĐ-TTg năm 2022", "annual",
  "nam! ma_tinh! so_xa_dat_chuan so_xa_nang_cao so_xa_kieu_mau ty_le_xa_dat_chuan", temporal=("2021-01-01", "2025-12-31"))

# ---- Bộ Xây dựng
D("bxd", "bxd-dk", "csdl-dang-kiem", "Cơ sở dữ liệu đăng kiểm phương tiện giao thông cơ giới đường bộ",
  "Kết quả kiểm định an toàn kỹ thuật và bảo vệ môi trường của xe cơ giới: số seri giấy chứng nhận, hạn kiểm định "
  "và đơn vị đăng kiểm.",
  "transport", "đăng kiểm;kiểm định xe cơ giới;hạn đăng kiểm", "shared", "important",
  "Luật Trật tự, an toàn giao thông đường bộ 2024", "continuous",
  "so_seri_kiem_dinh! bien_so so_khung loai_phuong_tien ngay_kiem_dinh han_kiem_dinh don_vi_dang_kiem "
  "ket_qua_kiem_dinh", channels="ndxp;api", fo={"bien_so": {"key": "false"}})
D("bxd", "bxd-db", "mang-luoi-duong-bo", "Dữ liệu mạng lưới đường bộ quốc gia",
  "Tuyến quốc lộ, đường cao tốc: điểm đầu, điểm cuối, cấp kỹ thuật, số làn xe, chiều dài và hình học tuyến.",
  "transport", "quốc lộ;đường cao tốc;mạng lưới đường bộ;GIS", "shared", "important",
  "Luật Đường bộ 2024", "annual",
  "ma_tuyen! ten_tuyen cap_duong diem_dau diem_cuoi chieu_dai so_lan_xe hinh_hoc", channels="ndxp;download", formats=["SHP", "CSV"],
  fo={"hinh_hoc": {"example": "LINESTRING(106.7615 21.8537, 105.8542 21.0285)",
                   "description": "Hình học tuyến dạng WKT (WGS 84)"}})
D("bxd", "bxd-db", "tram-thu-phi", "Danh sách trạm thu phí đường bộ",
  "Trạm thu phí dịch vụ sử dụng đường bộ: tuyến, lý trình, hình thức thu phí và mức phí cho xe dưới 12 chỗ.",
  "transport", "trạm thu phí;thu phí không dừng;ETC", "open", "other",
  "Luật Đường bộ 2024", "quarterly",
  "ma_tram! ten_tram tuyen_duong ly_trinh hinh_thuc_thu_phi muc_phi toa_do",
  fo={"ma_tram": {"example": "TP-QL1-015"}, "ten_tram": {"example": "Trạm thu phí Bến Thủy"}})
D("bxd", "bxd-hk", "san-luong-van-chuyen-hang-khong", "Sản lượng vận chuyển hàng không theo cảng hàng không",
  "Lượt hành khách, khối lượng hàng hóa và số chuyến bay đi, đến tại các cảng hàng không theo tháng.",
  "transport", "hàng không;hành khách;cảng hàng không;sân bay", "open", "other",
  "Luật Hàng không dân dụng Việt Nam 2006 (sửa đổi 2014)", "monthly",
  "nam! thang! cang_hang_khong! luot_hanh_khach san_luong_hang_hoa so_chuyen_bay", temporal=("2016-01-01", ""))
D("bxd", "bxd-hhdt", "cang-bien", "Danh mục cảng biển, bến cảng Việt Nam",
  "Cảng biển, bến cảng theo phân loại, cỡ tàu tiếp nhận và vị trí.",
  "transport;trade", "cảng biển;bến cảng;hàng hải", "open", "other",
  "Bộ luật Hàng hải Việt Nam 2015", "irregular",
  "ma_cang! ten_cang loai_cang ten_ben_cang co_tau_tiep_nhan ma_tinh toa_do",
  fo={"ma_tinh": {"example": "31"}, "toa_do": {"example": "POINT(106.9140 20.8020)"}})
D("bxd", "bxd-ds", "ket-cau-ha-tang-duong-sat", "Dữ liệu kết cấu hạ tầng đường sắt quốc gia",
  "Cầu, hầm, ga, đường ngang và tuyến đường sắt quốc gia: lý trình, khổ đường, năm xây dựng và tình trạng kỹ "
  "thuật.",
  "transport;construction", "đường sắt;kết cấu hạ tầng;cầu;ga", "shared", "other",
  "Luật Đường sắt 2017", "annual",
  "ma_cong_trinh! tuyen_duong_sat loai_cong_trinh ly_trinh kho_duong nam_xay_dung tinh_trang_ky_thuat",
  channels="ndxp", fo={"ma_cong_trinh": {"example": "DS-HN-SG-C-0412"}})
D("bxd", "bxd-nhbds", "nha-o-thi-truong-bat-dong-san", "Cơ sở dữ liệu về nhà ở và thị trường bất động sản",
  "Nguồn cung, giao dịch và giá bất động sản; dự án nhà ở thương mại, nhà ở xã hội đủ điều kiện bán, cho thuê mua "
  "theo tỉnh, thành phố.",
  "construction;land;economy", "nhà ở;bất động sản;nhà ở xã hội;giá nhà", "shared", "important",
  "Luật Nhà ở 2023; Luật Kinh doanh bất động sản 2023; Nghị định 94/2024/NĐ-CP", "quarterly",
  "ma_du_an! ky_bao_cao! ten_du_an loai_du_an chu_dau_tu ma_tinh so_can_du_dieu_kien so_giao_dich gia_ban_binh_quan",
  channels="ndxp", fo={"ky_bao_cao": {"example": "2026-Q3"}, "ten_du_an": {"example": "Khu nhà ở xã hội Đông Vĩnh"}})
D("bxd", "bxd-ktxd", "chi-so-gia-xay-dung", "Chỉ số giá xây dựng",
  "Chỉ số giá xây dựng theo loại công trình và tỉnh, thành phố, công bố hằng quý.",
  "construction;economy", "chỉ số giá xây dựng;giá xây dựng;định mức", "open", "other",
  "Nghị định 10/2021/NĐ-CP", "quarterly",
  "nam! quy! ma_tinh! loai_cong_trinh! chi_so_gia", temporal=("2020-01-01", ""),
  fo={"loai_cong_trinh": {"example": "Nhà ở riêng lẻ"}})
D("bxd", "bxd-ktxd", "nang-luc-hoat-dong-xay-dung", "Cơ sở dữ liệu năng lực hoạt động xây dựng",
  "Chứng chỉ năng lực hoạt động xây dựng của tổ chức và chứng chỉ hành nghề của cá nhân do Bộ Xây dựng, Sở Xây "
  "dựng và tổ chức xã hội – nghề nghiệp cấp.",
  "construction;enterprise", "chứng chỉ hành nghề;năng lực xây dựng;nhà thầu", "open", "other",
  "Luật Xây dựng 2014 (sửa đổi 2020); Nghị định 175/2024/NĐ-CP", "daily",
  "so_chung_chi! ten_to_chuc_ca_nhan loai_chung_chi linh_vuc hang_chung_chi ngay_cap ngay_het_han co_quan_cap",
  fo={"linh_vuc": {"example": "Thiết kế kết cấu công trình"}, "co_quan_cap": {"example": "Cục Kinh tế - Quản lý đầu tư xây dựng"}})

# ---- Bộ Văn hóa, Thể thao và Du lịch
D("bvhttdl", "bvhttdl-dsvh", "di-tich-quoc-gia", "Danh mục di tích quốc gia đặc biệt, di tích quốc gia",
  "Di tích đã được xếp hạng di tích quốc gia đặc biệt và di tích quốc gia: loại di tích, quyết định xếp hạng và "
  "vị trí.",
  "culture", "di tích;di sản văn hóa;xếp hạng di tích", "open", "important",
  "Luật Di sản văn hóa 2024", "irregular",
  "ma_di_tich! ten_di_tich loai_di_tich cap_xep_hang so_quyet_dinh ngay_xep_hang ma_tinh toa_do",
  fo={"ma_tinh": {"example": "40"}, "so_quyet_dinh": {"example": "1419/QĐ-TTg"},
      "toa_do": {"example": "POINT(105.5436 18.6877)"}})
D("bvhttdl", "bvhttdl-dsvh", "di-san-van-hoa-phi-vat-the", "Danh mục di sản văn hóa phi vật thể quốc gia",
  "Di sản văn hóa phi vật thể được đưa vào Danh mục quốc gia và các di sản được UNESCO ghi danh.",
  "culture", "di sản phi vật thể;UNESCO;văn hóa dân gian", "open", "other",
  "Luật Di sản văn hóa 2024", "irregular",
  "ma_di_san! ten_di_san loai_hinh_di_san dia_ban so_quyet_dinh nam_ghi_danh unesco",
  fo={"so_quyet_dinh": {"example": "5078/QĐ-BVHTTDL"}})
D("bvhttdl", "bvhttdl-dl", "co-so-luu-tru-du-lich", "Cơ sở lưu trú du lịch được công nhận hạng",
  "Khách sạn, biệt thự du lịch, căn hộ du lịch được công nhận hạng từ 1 đến 5 sao: số buồng, địa chỉ.",
  "culture;trade", "khách sạn;lưu trú du lịch;hạng sao", "open", "other",
  "Luật Du lịch 2017", "monthly",
  "ma_co_so! ten_co_so loai_co_so_luu_tru hang_sao so_buong dia_chi ma_tinh",
  fo={"ten_co_so": {"example": "Khách sạn Mường Thanh Grand"}})
D("bvhttdl", "bvhttdl-dl", "khach-quoc-te-den-viet-nam", "Số lượt khách quốc tế đến Việt Nam",
  "Số lượt khách quốc tế đến Việt Nam theo tháng, phân theo thị trường và phương tiện đến.",
  "culture;economy", "khách quốc tế;du lịch;thị trường khách", "open", "important",
  "Luật Du lịch 2017; Luật Thống kê 2015 (sửa đổi 2021)", "monthly",
  "nam! thang! thi_truong! phuong_tien! so_luot_khach", temporal=("2015-01-01", ""),
  fo={"thi_truong": {"example": "Hàn Quốc"}})
D("bvhttdl", "bvhttdl-dl", "huong-dan-vien-du-lich", "Danh sách hướng dẫn viên du lịch được cấp thẻ",
  "Hướng dẫn viên du lịch quốc tế, nội địa và tại điểm đã được cấp thẻ, kèm ngoại ngữ sử dụng và hạn thẻ; phục vụ "
  "tra cứu công khai.",
  "culture", "hướng dẫn viên du lịch;thẻ hướng dẫn viên;lữ hành", "open", "other",
  "Luật Du lịch 2017", "weekly",
  "so_the! ho_ten loai_the ngoai_ngu ngay_het_han noi_cap",
  fo={"noi_cap": {"example": "Cục Du lịch Quốc gia Việt Nam"}})
D("bvhttdl", "bvhttdl-bc", "co-quan-bao-chi", "Danh sách cơ quan báo chí được cấp giấy phép hoạt động",
  "Cơ quan báo chí in, điện tử, phát thanh, truyền hình và tạp chí được cấp giấy phép hoạt động, kèm cơ quan chủ "
  "quản.",
  "culture;government", "báo chí;giấy phép báo chí;cơ quan chủ quản", "open", "other",
  "Luật Báo chí 2016", "irregular",
  "so_giay_phep! ten_co_quan_bao_chi loai_hinh_bao_chi co_quan_chu_quan ngay_cap ten_mien",
  fo={"so_giay_phep": {"example": "481/GP-BTTTT"}, "co_quan_chu_quan": {"example": "Ban Chấp hành Trung ương Đảng"},
      "ten_mien": {"example": "nhandan.vn", "key": "false", "required": "false", "title": "Tên miền"}})
D("bvhttdl", "bvhttdl-xb", "nha-xuat-ban", "Danh sách nhà xuất bản",
  "Nhà xuất bản đang hoạt động: cơ quan chủ quản, địa chỉ và giấy phép thành lập.",
  "culture", "nhà xuất bản;xuất bản;sách", "open", "other",
  "Luật Xuất bản 2012", "irregular",
  "ma_nxb! ten_nxb co_quan_chu_quan dia_chi so_giay_phep",
  fo={"co_quan_chu_quan": {"example": "Bộ Giáo dục và Đào tạo"},
      "dia_chi": {"example": "Số 81 phố Trần Hưng Đạo, Phường Cửa Nam, Thành phố Hà Nội"},
      "so_giay_phep": {"key": "false", "example": "112/QĐ-TCCB"}})
D("bvhttdl", "bvhttdl-tdtt", "van-dong-vien-thanh-tich-cao", "Cơ sở dữ liệu vận động viên thể thao thành tích cao",
  "Vận động viên đội tuyển quốc gia, đội tuyển trẻ: môn thể thao, đẳng cấp và thành tích thi đấu.",
  "culture", "vận động viên;thể thao thành tích cao;đội tuyển", "internal", "other",
  "Luật Thể dục, thể thao 2006 (sửa đổi 2018)", "monthly",
  "so_dinh_danh! ho_ten ngay_sinh mon_the_thao don_vi_quan_ly dang_cap thanh_tich_cao_nhat", channels="",
  fo={"ngay_sinh": {"example": "2003-05-21"}, "don_vi_quan_ly": {"example": "Trung tâm Huấn luyện thể thao quốc gia Hà Nội"}})

# ---- Bộ Khoa học và Công nghệ
D("bkhcn", "bkhcn-vbc", "ma-buu-chinh-quoc-gia", "Danh mục mã bưu chính quốc gia",
  "Mã bưu chính 5 chữ số của tỉnh, thành phố, xã, phường và bưu cục, cập nhật theo địa giới hành chính mới từ "
  "ngày 01/7/2025.",
  "science;government", "mã bưu chính;postcode;bưu chính", "open", "other",
  "Luật Bưu chính 2010", "irregular",
  "ma_buu_chinh! ten_doi_tuong_gan_ma cap_doi_tuong ma_tinh dia_chi", issued="2025-09-01",
  fo={"ma_tinh": {"example": "01"}, "dia_chi": {"example": "Số 75 phố Đinh Tiên Hoàng, Phường Hoàn Kiếm, Thành phố Hà Nội"}})
D("bkhcn", "bkhcn-cds", "chi-so-chuyen-doi-so-cap-tinh", "Chỉ số chuyển đổi số cấp tỉnh (DTI)",
  "Kết quả đánh giá mức độ chuyển đổi số của các tỉnh, thành phố theo ba trụ cột chính quyền số, kinh tế số và xã "
  "hội số.",
  "science;government", "chuyển đổi số;DTI;chính quyền số;kinh tế số", "open", "other",
  "Quyết định 922/QĐ-BTTTT năm 2022", "annual",
  "nam! ma_tinh! diem_dti xep_hang chinh_quyen_so kinh_te_so xa_hoi_so", temporal=("2020-01-01", "2025-12-31"))
D("bkhcn", "bkhcn-shtt", "csdl-nhan-hieu", "Cơ sở dữ liệu nhãn hiệu",
  "Đơn đăng ký và văn bằng bảo hộ nhãn hiệu: chủ đơn, nhóm sản phẩm, dịch vụ và tình trạng xử lý đơn; tra cứu "
  "trực tuyến qua WIPO Publish.",
  "science;enterprise", "nhãn hiệu;sở hữu công nghiệp;văn bằng bảo hộ", "open", "important",
  "Luật Sở hữu trí tuệ 2005 (sửa đổi 2022)", "daily",
  "so_don! ngay_nop_don mau_nhan_hieu nhom_san_pham chu_don so_bang trang_thai_don", channels="portal;api;download")
D("bkhcn", "bkhcn-shtt", "csdl-sang-che", "Cơ sở dữ liệu sáng chế, giải pháp hữu ích",
  "Đơn và bằng độc quyền sáng chế, giải pháp hữu ích: tên, phân loại IPC, chủ đơn, tác giả.",
  "science", "sáng chế;giải pháp hữu ích;IPC;sở hữu trí tuệ", "open", "other",
  "Luật Sở hữu trí tuệ 2005 (sửa đổi 2022)", "weekly",
  "so_don! ten_sang_che phan_loai_ipc chu_don tac_gia ngay_nop_don so_bang",
  fo={"so_don": {"example": "1-2025-04512"}, "so_bang": {"example": "1-0041234-000"},
      "chu_don": {"example": "Trường Đại học Bách khoa Hà Nội"}})
D("bkhcn", "bkhcn-ts", "giay-phep-tan-so", "Dữ liệu cấp phép sử dụng tần số vô tuyến điện",
  "Giấy phép sử dụng tần số và thiết bị vô tuyến điện: loại đài, tần số, công suất và vị trí đặt đài.",
  "science", "tần số vô tuyến điện;giấy phép tần số;trạm gốc", "shared", "other",
  "Luật Tần số vô tuyến điện 2009 (sửa đổi 2022)", "daily",
  "so_giay_phep! to_chuc_duoc_cap loai_dai tan_so_phat cong_suat_phat vi_tri_dat_dai ngay_het_han",
  channels="ndxp", fo={"so_giay_phep": {"example": "GP-2026-0123456"},
                      "to_chuc_duoc_cap": {"example": "Tập đoàn Công nghiệp – Viễn thông Quân đội"}})
D("bkhcn", "bkhcn-vt", "thue-bao-vien-thong", "Số liệu thuê bao viễn thông",
  "Số thuê bao điện thoại di động, băng rộng cố định và băng rộng di động theo tỉnh, thành phố, công bố hằng quý.",
  "science", "thuê bao;viễn thông;băng rộng;di động", "shared", "other",
  "Luật Viễn thông 2023", "quarterly",
  "nam! quy! ma_tinh! loai_dich_vu! so_thue_bao", temporal=("2018-01-01", ""))
D("bkhcn", "bkhcn-ttk", "nhiem-vu-khoa-hoc-cong-nghe", "Cơ sở dữ liệu nhiệm vụ khoa học và công nghệ",
  "Nhiệm vụ khoa học và công nghệ các cấp: tên, tổ chức chủ trì, chủ nhiệm, kinh phí, thời gian thực hiện và kết "
  "quả đánh giá, nghiệm thu.",
  "science", "nhiệm vụ khoa học công nghệ;đề tài;nghiên cứu", "shared", "other",
  "Luật Khoa học, công nghệ và đổi mới sáng tạo 2025", "monthly",
  "ma_nhiem_vu! ten_nhiem_vu cap_quan_ly to_chuc_chu_tri chu_nhiem_nhiem_vu linh_vuc_khcn kinh_phi "
  "thoi_gian_thuc_hien ket_qua_danh_gia")
D("bkhcn", "bkhcn-tcdlcl", "tieu-chuan-quoc-gia", "Danh mục tiêu chuẩn quốc gia (TCVN)",
  "Tiêu chuẩn quốc gia đã công bố: số hiệu, tên, năm công bố, quyết định công bố và tiêu chuẩn quốc tế tương "
  "đương.",
  "science;trade", "tiêu chuẩn;TCVN;quy chuẩn", "open", "other",
  "Luật Tiêu chuẩn và Quy chuẩn kỹ thuật 2006", "monthly",
  "so_hieu_tcvn! ten_tieu_chuan nam_cong_bo so_quyet_dinh_cong_bo tieu_chuan_tuong_duong trang_thai")
D("bkhcn", "bkhcn-cds", "to-chuc-chung-thuc-chu-ky-so", "Danh sách tổ chức cung cấp dịch vụ chứng thực chữ ký số công cộng",
  "Tổ chức được cấp phép cung cấp dịch vụ chứng thực chữ ký số công cộng, kèm số giấy phép và thời hạn.",
  "science;enterprise", "chữ ký số;chứng thực chữ ký số;CA", "open", "other",
  "Luật Giao dịch điện tử 2023", "irregular",
  "ma_to_chuc! ten_to_chuc so_giay_phep ngay_cap ngay_het_han dia_chi_web",
  fo={"ten_to_chuc": {"example": "Công ty Cổ phần BKAV"}, "so_giay_phep": {"key": "false", "example": "12/GP-BKHCN"}})

# ---- Bộ Giáo dục và Đào tạo
D("bgddt", "bgddt-khcntt", "csdl-nganh-giao-duc", "Cơ sở dữ liệu ngành giáo dục và đào tạo",
  "Dữ liệu trường, lớp, học sinh, giáo viên của giáo dục mầm non, phổ thông và giáo dục thường xuyên; mỗi học sinh "
  "có mã định danh ngành giáo dục gắn với số định danh cá nhân.",
  "education", "cơ sở dữ liệu ngành giáo dục;học sinh;giáo viên;mã định danh", "shared", "important",
  "Luật Giáo dục 2019; Luật Dữ liệu 2024", "continuous",
  "ma_dinh_danh_hoc_sinh! so_dinh_danh ho_ten ngay_sinh gioi_tinh ma_truong lop_hoc nam_hoc ket_qua_hoc_tap",
  channels="ndxp;datacenter", fo={"ngay_sinh": {"example": "2012-10-05"}, "ma_truong": {"key": "false"}})
D("bgddt", "bgddt-qlcl", "diem-thi-tot-nghiep-thpt", "Dữ liệu điểm thi tốt nghiệp trung học phổ thông",
  "Điểm thi tốt nghiệp trung học phổ thông của thí sinh theo từng môn; dùng cho xét công nhận tốt nghiệp và xét "
  "tuyển đại học trên Hệ thống hỗ trợ tuyển sinh chung.",
  "education", "thi tốt nghiệp THPT;điểm thi;tuyển sinh", "shared", "important",
  "Luật Giáo dục 2019; Thông tư 24/2024/TT-BGDĐT", "annual",
  "so_bao_danh! nam! so_dinh_danh ho_ten ma_hoi_dong_thi diem_toan diem_ngu_van diem_mon_tu_chon_1 "
  "diem_mon_tu_chon_2", channels="ndxp", temporal=("2018-01-01", ""))
D("bgddt", "bgddt-qlcl", "pho-diem-thi-tot-nghiep", "Phổ điểm thi tốt nghiệp trung học phổ thông",
  "Số thí sinh theo từng mức điểm của mỗi môn thi tốt nghiệp trung học phổ thông, không chứa thông tin cá nhân.",
  "education", "phổ điểm;thi tốt nghiệp THPT;thống kê", "open", "other",
  "Luật Giáo dục 2019", "annual",
  "nam! mon_thi! muc_diem! so_thi_sinh", temporal=("2018-01-01", ""))
D("bgddt", "bgddt-qlcl", "csdl-van-bang-chung-chi", "Cơ sở dữ liệu văn bằng, chứng chỉ",
  "Văn bằng tốt nghiệp trung học phổ thông, đại học, thạc sĩ, tiến sĩ và chứng chỉ đã cấp; cho phép xác thực văn "
  "bằng trực tuyến.",
  "education", "văn bằng;chứng chỉ;xác thực bằng cấp", "shared", "important",
  "Luật Giáo dục 2019; Thông tư 21/2019/TT-BGDĐT", "daily",
  "so_hieu_van_bang! so_vao_so_cap ho_ten ngay_sinh loai_van_bang nganh_dao_tao co_so_cap ngay_cap",
  channels="ndxp;api")
D("bgddt", "bgddt-gddh", "co-so-giao-duc-dai-hoc", "Danh sách cơ sở giáo dục đại học",
  "Đại học, trường đại học, học viện: loại hình, cơ quan chủ quản, địa chỉ, trang thông tin và quy mô đào tạo.",
  "education", "đại học;học viện;cơ sở giáo dục đại học", "open", "other",
  "Luật Giáo dục đại học 2012 (sửa đổi 2018)", "annual",
  "ma_truong! ten_truong loai_hinh_so_huu co_quan_chu_quan dia_chi ma_tinh website quy_mo_dao_tao",
  fo={"ma_truong": {"example": "TDV"}, "ten_truong": {"example": "Trường Đại học Vinh"},
      "co_quan_chu_quan": {"example": "Bộ Giáo dục và Đào tạo"}, "ma_tinh": {"example": "40"}})
D("bgddt", "bgddt-ngcbql", "doi-ngu-nha-giao", "Thống kê đội ngũ nhà giáo và cán bộ quản lý giáo dục",
  "Số giáo viên theo cấp học, số và tỷ lệ giáo viên đạt chuẩn trình độ đào tạo theo tỉnh, thành phố.",
  "education;labour", "nhà giáo;giáo viên;đạt chuẩn;thống kê giáo dục", "shared", "other",
  "Luật Nhà giáo 2025", "annual",
  "nam_hoc! ma_tinh! cap_hoc! so_giao_vien so_giao_vien_dat_chuan ty_le_dat_chuan", temporal=("2016-09-01", ""),
  fo={"so_giao_vien": {"example": "12540"}, "so_giao_vien_dat_chuan": {"example": "11248"}})
D("bgddt", "bgddt-qlcl", "ma-truong-thpt-tuyen-sinh", "Danh mục mã trường trung học phổ thông phục vụ tuyển sinh",
  "Mã tỉnh, mã trường trung học phổ thông dùng khi đăng ký dự thi tốt nghiệp và xét tuyển đại học, kèm khu vực ưu "
  "tiên (KV1, KV2-NT, KV2, KV3).",
  "education", "mã trường;khu vực ưu tiên;tuyển sinh đại học", "open", "other",
  "Luật Giáo dục 2019", "annual",
  "ma_tinh! ma_truong! ten_truong khu_vuc_uu_tien dia_chi",
  fo={"ma_tinh": {"example": "29", "description": "Mã tỉnh dùng trong tuyển sinh (theo quy định của Bộ Giáo dục và Đào tạo)"},
      "ma_truong": {"example": "001"},
      "dia_chi": {"example": "Phường Trường Vinh, Tỉnh Nghệ An"}})

# ---- Bộ Y tế
D("byt", "byt-kcb", "co-so-kham-chua-benh", "Danh mục cơ sở khám bệnh, chữa bệnh",
  "Cơ sở khám bệnh, chữa bệnh được cấp giấy phép hoạt động trên toàn quốc: hình thức tổ chức, cấp chuyên môn kỹ "
  "thuật, số giường bệnh và vị trí.",
  "health", "cơ sở khám chữa bệnh;bệnh viện;phòng khám;giấy phép hoạt động", "open", "important",
  "Luật Khám bệnh, chữa bệnh 2023", "monthly",
  "ma_co_so_kcb! ten_co_so_kcb hinh_thuc_to_chuc cap_chuyen_mon so_giay_phep_hoat_dong so_giuong_benh dia_chi "
  "ma_tinh toa_do", formats=["CSV", "JSON"])
D("byt", "byt-kcb", "nguoi-hanh-nghe-kham-chua-benh", "Cơ sở dữ liệu người hành nghề khám bệnh, chữa bệnh",
  "Giấy phép hành nghề khám bệnh, chữa bệnh đã cấp: chức danh chuyên môn, phạm vi hành nghề và nơi đăng ký hành "
  "nghề.",
  "health;labour", "giấy phép hành nghề;bác sỹ;điều dưỡng;người hành nghề", "shared", "important",
  "Luật Khám bệnh, chữa bệnh 2023", "daily",
  "so_giay_phep_hanh_nghe! ho_ten ngay_sinh chuc_danh_chuyen_mon pham_vi_hanh_nghe noi_hanh_nghe ngay_cap "
  "co_quan_cap", channels="ndxp;api", fo={"co_quan_cap": {"example": "Sở Y tế tỉnh Nghệ An"}})
D("byt", "byt-kcb", "ho-so-suc-khoe-dien-tu", "Hồ sơ sức khỏe điện tử",
  "Hồ sơ sức khỏe điện tử của người dân gắn với số định danh cá nhân: nhóm máu, tiền sử bệnh, dị ứng và lịch sử "
  "khám, chữa bệnh; hiển thị trên ứng dụng VNeID.",
  "health;population", "hồ sơ sức khỏe;sổ sức khỏe điện tử;VNeID", "shared", "important",
  "Luật Khám bệnh, chữa bệnh 2023; Luật Bảo vệ dữ liệu cá nhân 2025", "continuous",
  "ma_ho_so_suc_khoe! so_dinh_danh ho_ten ngay_sinh nhom_mau tien_su_benh di_ung lan_kham_gan_nhat "
  "co_so_kcb_quan_ly", channels="ndxp;datacenter", issued="2024-04-01")
D("byt", "byt-pb", "giam-sat-benh-truyen-nhiem", "Dữ liệu giám sát ca bệnh truyền nhiễm",
  "Ca bệnh truyền nhiễm thuộc diện phải báo cáo (sốt xuất huyết Dengue, tay chân miệng, sởi, cúm A/H5N1…) do cơ "
  "sở y tế báo cáo qua hệ thống giám sát; dùng để phát hiện sớm và đáp ứng dịch bệnh.",
  "health", "bệnh truyền nhiễm;giám sát dịch tễ;ca bệnh", "shared", "important",
  "Luật Phòng, chống bệnh truyền nhiễm 2007; Thông tư 54/2015/TT-BYT", "continuous",
  "ma_ca_benh! so_dinh_danh ho_ten ngay_sinh gioi_tinh ma_benh ngay_khoi_phat noi_o_hien_tai co_so_bao_cao "
  "phan_loai_ca_benh", channels="ndxp")
D("byt", "byt-pb", "dich-benh-truyen-nhiem-theo-tuan", "Tình hình dịch bệnh truyền nhiễm theo tuần",
  "Số ca mắc, số ca tử vong do các bệnh truyền nhiễm theo tuần dịch tễ và tỉnh, thành phố; gồm cả bệnh quai bị "
  "(gây sưng đau vùng mang tai, má), sởi và sốt xuất huyết.",
  "health", "dịch bệnh;bệnh truyền nhiễm;sốt xuất huyết;sởi;quai bị", "open", "important",
  "Luật Phòng, chống bệnh truyền nhiễm 2007", "weekly",
  "nam! tuan! ma_tinh! ten_benh! so_ca_mac so_ca_tu_vong", temporal=("2016-01-01", ""))
D("byt", "byt-pb", "csdl-tiem-chung", "Cơ sở dữ liệu tiêm chủng quốc gia",
  "Lịch sử tiêm chủng của trẻ em, phụ nữ có thai và người dân: vắc xin, mũi tiêm, ngày tiêm, cơ sở tiêm và phản "
  "ứng sau tiêm.",
  "health", "tiêm chủng;vắc xin;tiêm chủng mở rộng", "shared", "important",
  "Luật Phòng, chống bệnh truyền nhiễm 2007; Nghị định 104/2016/NĐ-CP", "continuous",
  "ma_doi_tuong_tiem! so_dinh_danh ho_ten ngay_sinh loai_vac_xin mui_tiem ngay_tiem co_so_tiem_chung "
  "phan_ung_sau_tiem", channels="ndxp;api")
D("byt", "byt-qld", "thuoc-duoc-cap-so-dang-ky", "Danh mục thuốc được cấp giấy đăng ký lưu hành",
  "Thuốc đã được cấp, gia hạn giấy đăng ký lưu hành tại Việt Nam: hoạt chất, hàm lượng, dạng bào chế, cơ sở sản "
  "xuất.",
  "health;trade", "thuốc;số đăng ký;lưu hành thuốc;dược phẩm", "open", "important",
  "Luật Dược 2016 (sửa đổi 2024)", "weekly",
  "so_dang_ky_luu_hanh! ten_thuoc hoat_chat ham_luong dang_bao_che quy_cach_dong_goi co_so_san_xuat nuoc_san_xuat "
  "ngay_het_han", fo={"hoat_chat": {"key": "false", "example": "Paracetamol"}})
D("byt", "byt-qld", "co-so-kinh-doanh-duoc", "Danh sách cơ sở kinh doanh dược được cấp Giấy chứng nhận đủ điều kiện",
  "Cơ sở sản xuất, bán buôn, bán lẻ thuốc được cấp Giấy chứng nhận đủ điều kiện kinh doanh dược, kèm người chịu "
  "trách nhiệm chuyên môn về dược.",
  "health;trade", "kinh doanh dược;nhà thuốc;GPP", "open", "other",
  "Luật Dược 2016 (sửa đổi 2024)", "weekly",
  "so_gcn! ten_co_so loai_hinh_kinh_doanh_duoc nguoi_chiu_trach_nhiem_chuyen_mon dia_chi ma_tinh ngay_cap",
  fo={"ten_co_so": {"example": "Nhà thuốc Minh Châu"}})
D("byt", "byt-kcb", "don-thuoc-dien-tu", "Dữ liệu đơn thuốc điện tử",
  "Đơn thuốc điện tử do cơ sở khám bệnh, chữa bệnh liên thông lên Hệ thống đơn thuốc quốc gia; dùng để kiểm soát "
  "bán thuốc theo đơn.",
  "health", "đơn thuốc điện tử;kê đơn;thuốc kê đơn", "shared", "other",
  "Luật Khám bệnh, chữa bệnh 2023; Thông tư 27/2021/TT-BYT", "continuous",
  "ma_don_thuoc! so_dinh_danh ho_ten chan_doan ten_thuoc so_luong ngay_ke_don bac_si_ke_don co_so_kcb",
  channels="ndxp;api")
D("byt", "byt-bmte", "giay-chung-sinh-dien-tu", "Dữ liệu giấy chứng sinh điện tử",
  "Giấy chứng sinh điện tử do cơ sở khám bệnh, chữa bệnh cấp, liên thông với đăng ký khai sinh, đăng ký thường trú "
  "và cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi.",
  "health;population;justice", "giấy chứng sinh;khai sinh;liên thông", "shared", "important",
  "Luật Khám bệnh, chữa bệnh 2023; Nghị định 63/2024/NĐ-CP", "continuous",
  "so_dang_ky! ho_ten_me so_dinh_danh_me ngay_sinh_con gioi_tinh can_nang_so_sinh noi_sinh",
  channels="ndxp;datacenter", issued="2024-07-01",
  fo={"so_dang_ky": {"title": "Số giấy chứng sinh", "example": "GCS-40-2026-012345",
                     "description": "Số giấy chứng sinh điện tử"},
      "gioi_tinh": {"description": "Giới tính của trẻ: 1 - Nam, 2 - Nữ"}})
D("byt", "byt-attp", "co-so-du-dieu-kien-attp", "Danh sách cơ sở sản xuất thực phẩm đủ điều kiện an toàn thực phẩm",
  "Cơ sở sản xuất, kinh doanh thực phẩm được cấp Giấy chứng nhận đủ điều kiện an toàn thực phẩm thuộc thẩm quyền "
  "của Bộ Y tế.",
  "health;enterprise", "an toàn thực phẩm;giấy chứng nhận;thực phẩm", "open", "other",
  "Luật An toàn thực phẩm 2010", "monthly",
  "so_gcn! ten_co_so loai_thuc_pham dia_chi ma_tinh ngay_cap ngay_het_han co_quan_cap",
  fo={"ten_co_so": {"example": "Công ty Cổ phần Thực phẩm Hạ Long"}, "co_quan_cap": {"example": "Cục An toàn thực phẩm"}})
D("byt", "byt-btxh", "doi-tuong-bao-tro-xa-hoi", "Cơ sở dữ liệu về đối tượng bảo trợ xã hội",
  "Người cao tuổi, người khuyết tật, trẻ em mồ côi và các đối tượng hưởng trợ cấp xã hội hằng tháng tại cộng đồng; "
  "dùng để chi trả trợ cấp không dùng tiền mặt.",
  "social;health", "bảo trợ xã hội;trợ cấp xã hội;người khuyết tật;người cao tuổi", "shared", "important",
  "Nghị định 20/2021/NĐ-CP; Luật Người khuyết tật 2010", "monthly",
  "so_dinh_danh! ho_ten ngay_sinh nhom_doi_tuong_btxh muc_do_khuyet_tat muc_tro_cap ma_xa ngay_huong",
  channels="ndxp", issued="2025-04-01", fo={"muc_tro_cap": {"example": "500000"}})
D("byt", "byt-ds", "dan-so-ke-hoach-hoa-gia-dinh", "Số liệu dân số và kế hoạch hóa gia đình",
  "Tổng tỷ suất sinh, tỷ số giới tính khi sinh và tỷ lệ sử dụng biện pháp tránh thai hiện đại theo tỉnh, thành "
  "phố.",
  "population;health", "dân số;mức sinh;tỷ số giới tính khi sinh;kế hoạch hóa gia đình", "open", "other",
  "Pháp lệnh Dân số 2003 (sửa đổi 2008)", "annual",
  "nam! ma_tinh! tong_ty_suat_sinh ty_so_gioi_tinh_khi_sinh ty_le_su_dung_bptt", temporal=("2015-01-01", "2025-12-31"),
  issued="2025-05-12")
D("byt", "byt-bmte", "tre-em-hoan-canh-dac-biet", "Cơ sở dữ liệu trẻ em có hoàn cảnh đặc biệt",
  "Trẻ em có hoàn cảnh đặc biệt đang được quản lý, trợ giúp tại địa phương: nhóm hoàn cảnh và hình thức chăm sóc "
  "thay thế.",
  "social", "trẻ em;bảo vệ trẻ em;hoàn cảnh đặc biệt", "internal", "other",
  "Luật Trẻ em 2016", "quarterly",
  "ma_tre_em! ho_ten ngay_sinh gioi_tinh nhom_hoan_canh hinh_thuc_tro_giup ma_xa", channels="",
  issued="2025-04-01", fo={"ngay_sinh": {"example": "2016-06-14"}, "ma_tre_em": {"example": "TE-16690-0031"}, "ma_xa": {"example": "16690"}})

# ---- Bộ Dân tộc và Tôn giáo
D("bdttg", "bdttg-csdt", "danh-muc-dan-toc", "Danh mục các dân tộc Việt Nam",
  "Danh mục và mã số 54 dân tộc Việt Nam kèm tên gọi khác và nhóm ngôn ngữ; dùng thống nhất trong các cơ sở dữ liệu "
  "quốc gia.",
  "population;culture", "dân tộc;mã dân tộc;danh mục dùng chung", "open", "important",
  "Quyết định 121-TCTK/PPCĐ năm 1979", "never",
  "ma_dan_toc! ten_dan_toc ten_goi_khac nhom_ngon_ngu", issued="2025-03-10")
D("bdttg", "bdttg-csdt", "xa-thon-vung-dong-bao-dtts", "Danh sách xã, thôn vùng đồng bào dân tộc thiểu số và miền núi",
  "Xã khu vực I, II, III và thôn đặc biệt khó khăn vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021–2025; "
  "phục vụ chính sách hỗ trợ đất ở, nhà ở, định canh, định cư và sinh kế.",
  "social;population", "vùng đồng bào dân tộc thiểu số;xã khu vực III;thôn đặc biệt khó khăn", "open", "important",
  "Quyết định 861/QĐ-TTg năm 2021; Quyết định 612/QĐ-UBDT năm 2021", "irregular",
  "ma_xa! ten_xa ma_tinh khu_vuc so_thon_dac_biet_kho_khan ty_le_dan_so_dtts",
  temporal=("2021-01-01", "2025-12-31"), issued="2025-03-10",
  fo={"ma_xa": {"example": "03160", "description": "Mã xã (theo danh mục trước năm 2025)"},
      "ten_xa": {"example": "Xã Mường Nhé"}, "ma_tinh": {"example": "11"}})
D("bdttg", "bdttg-csdt", "kinh-te-xa-hoi-53-dtts", "Số liệu kinh tế – xã hội của 53 dân tộc thiểu số",
  "Kết quả điều tra thu thập thông tin về thực trạng kinh tế – xã hội của 53 dân tộc thiểu số: dân số, hộ, nghèo "
  "đa chiều, giáo dục, y tế, nhà ở.",
  "population;social", "dân tộc thiểu số;điều tra;kinh tế xã hội", "shared", "other",
  "Luật Thống kê 2015 (sửa đổi 2021)", "irregular",
  "nam! ma_dan_toc! chi_tieu! gia_tri don_vi_tinh", temporal=("2024-01-01", "2024-12-31"), issued="2025-06-20",
  fo={"ma_dan_toc": {"example": "04", "description": "Mã dân tộc theo Danh mục các dân tộc Việt Nam"},
      "chi_tieu": {"example": "Tỷ lệ hộ nghèo đa chiều"}, "gia_tri": {"example": "24.6"},
      "don_vi_tinh": {"example": "%"}})
D("bdttg", "bdttg-btg", "to-chuc-ton-giao", "Danh mục tổ chức tôn giáo được công nhận",
  "Tổ chức tôn giáo đã được Nhà nước công nhận: tôn giáo, ngày công nhận, trụ sở và số cơ sở thờ tự.",
  "culture;social", "tôn giáo;tổ chức tôn giáo;tín ngưỡng", "open", "other",
  "Luật Tín ngưỡng, tôn giáo 2016", "irregular",
  "ma_to_chuc! ten_to_chuc ton_giao_chinh ngay_cong_nhan tru_so so_co_so_tho_tu", issued="2025-03-10",
  fo={"ten_to_chuc": {"example": "Giáo hội Phật giáo Việt Nam"}, "ma_to_chuc": {"example": "TG-001"}})

# ---- Ngân hàng Nhà nước Việt Nam
D("nhnn", "nhnn-cic", "thong-tin-tin-dung", "Cơ sở dữ liệu thông tin tín dụng quốc gia",
  "Thông tin dư nợ, nhóm nợ và lịch sử trả nợ của khách hàng vay tại các tổ chức tín dụng; phục vụ đánh giá tín "
  "dụng và giám sát an toàn hệ thống.",
  "finance", "thông tin tín dụng;CIC;nợ xấu;dư nợ", "shared", "important",
  "Luật Các tổ chức tín dụng 2024; Nghị định 58/2021/NĐ-CP", "daily",
  "ma_khach_hang_cic! so_dinh_danh ho_ten to_chuc_tin_dung du_no nhom_no lich_su_tra_no ngay_bao_cao",
  channels="api")
D("nhnn", "nhnn-cstt", "ty-gia-trung-tam", "Tỷ giá trung tâm của đồng Việt Nam với đô la Mỹ",
  "Tỷ giá trung tâm công bố hằng ngày, biên độ và tỷ giá trần, tỷ giá sàn áp dụng cho các tổ chức tín dụng.",
  "finance;economy", "tỷ giá;tỷ giá trung tâm;USD", "open", "important",
  "Luật Ngân hàng Nhà nước Việt Nam 2010", "daily",
  "ngay! ty_gia_trung_tam bien_do ty_gia_tran ty_gia_san", temporal=("2016-01-04", ""),
  channels="portal;api;download")
D("nhnn", "nhnn-cstt", "lai-suat-dieu-hanh", "Lãi suất điều hành của Ngân hàng Nhà nước",
  "Lãi suất tái cấp vốn, tái chiết khấu, cho vay qua đêm và trần lãi suất tiền gửi qua các lần điều chỉnh.",
  "finance", "lãi suất;chính sách tiền tệ;tái cấp vốn", "open", "other",
  "Luật Ngân hàng Nhà nước Việt Nam 2010", "irregular",
  "ngay_hieu_luc! loai_lai_suat! muc_lai_suat van_ban", temporal=("2012-01-01", ""))
D("nhnn", "", "to-chuc-tin-dung", "Danh sách tổ chức tín dụng, chi nhánh ngân hàng nước ngoài",
  "Ngân hàng thương mại, công ty tài chính, quỹ tín dụng nhân dân và chi nhánh ngân hàng nước ngoài được cấp "
  "phép.",
  "finance;enterprise", "tổ chức tín dụng;ngân hàng;giấy phép", "open", "other",
  "Luật Các tổ chức tín dụng 2024", "irregular",
  "ma_to_chuc! ten_to_chuc loai_hinh_tctd so_giay_phep dia_chi_tru_so von_dieu_le",
  fo={"ten_to_chuc": {"example": "Ngân hàng TMCP Ngoại thương Việt Nam"}, "ma_to_chuc": {"example": "01203001"},
      "so_giay_phep": {"key": "false", "example": "138/GP-NHNN"},
      "dia_chi_tru_so": {"example": "Số 198 phố Trần Quang Khải, Phường Hoàn Kiếm, Thành phố Hà Nội"}})
D("nhnn", "nhnn-tt", "thanh-toan-khong-dung-tien-mat", "Số liệu thanh toán không dùng tiền mặt",
  "Số lượng và giá trị giao dịch thanh toán qua Internet, điện thoại di động, QR code, POS và ATM theo quý.",
  "finance;science", "thanh toán không dùng tiền mặt;thanh toán điện tử;QR code", "shared", "other",
  "Nghị định 52/2024/NĐ-CP", "quarterly",
  "nam! quy! kenh_thanh_toan! so_giao_dich gia_tri_giao_dich", temporal=("2019-01-01", ""),
  fo={"so_giao_dich": {"example": "3254120456", "unit": "giao dịch"}})
D("nhnn", "nhnn-tt", "tai-khoan-nghi-ngo-gian-lan", "Dữ liệu tài khoản, giao dịch nghi ngờ gian lận",
  "Tài khoản thanh toán nghi ngờ liên quan đến lừa đảo, gian lận do ngân hàng, Bộ Công an và người dân cảnh báo; "
  "dùng để ngăn chặn giao dịch trong hệ thống ngân hàng.",
  "finance;public-security", "lừa đảo;gian lận;tài khoản nghi ngờ;SIMO", "internal", "important",
  "Luật Các tổ chức tín dụng 2024; Luật Phòng, chống rửa tiền 2022", "continuous",
  "ma_canh_bao! so_tai_khoan ngan_hang chu_tai_khoan loai_canh_bao ngay_ghi_nhan nguon_canh_bao", channels="api",
  issued="2025-01-01")

# ---- Thanh tra Chính phủ
D("ttcp", "", "kiem-soat-tai-san-thu-nhap", "Cơ sở dữ liệu quốc gia về kiểm soát tài sản, thu nhập",
  "Bản kê khai tài sản, thu nhập của người có nghĩa vụ kê khai và kết quả xác minh; chỉ khai thác theo thẩm quyền "
  "của cơ quan kiểm soát tài sản, thu nhập.",
  "government;justice", "kê khai tài sản;thu nhập;phòng chống tham nhũng", "internal", "important",
  "Luật Phòng, chống tham nhũng 2018; Nghị định 130/2020/NĐ-CP", "annual",
  "so_dinh_danh! nam_ke_khai! ho_ten chuc_vu co_quan_cong_tac loai_ke_khai tong_thu_nhap bien_dong_tai_san",
  channels="")
D("ttcp", "", "khieu-nai-to-cao", "Cơ sở dữ liệu quốc gia về khiếu nại, tố cáo",
  "Đơn khiếu nại, tố cáo, kiến nghị, phản ánh tiếp nhận tại các cơ quan hành chính nhà nước và kết quả xử lý, giải "
  "quyết.",
  "government;justice", "khiếu nại;tố cáo;tiếp công dân", "shared", "important",
  "Luật Khiếu nại 2011; Luật Tố cáo 2018; Luật Tiếp công dân 2013", "daily",
  "ma_don! ngay_tiep_nhan nguoi_gui_don noi_dung_tom_tat loai_don co_quan_tham_quyen ket_qua_xu_ly",
  channels="ndxp")
D("ttcp", "", "ket-luan-thanh-tra", "Kết luận thanh tra được công khai",
  "Kết luận thanh tra của Thanh tra Chính phủ đã được công khai theo quy định, kèm kiến nghị xử lý.",
  "government;justice", "kết luận thanh tra;thanh tra;công khai", "open", "other",
  "Luật Thanh tra 2025", "irregular",
  "so_ket_luan! ngay_ket_luan doi_tuong_thanh_tra noi_dung_thanh_tra kien_nghi_xu_ly duong_dan_toan_van",
  formats=["CSV", "PDF"], fo={"doi_tuong_thanh_tra": {"example": "Ủy ban nhân dân tỉnh Quảng Ngãi"},
                              "duong_dan_toan_van": {"example": "https://data.thanhtra.gov.vn/ket-luan/125-kl-ttcp.pdf"}})

# ---- Văn phòng Chính phủ
D("vpcp", "vpcp-kstthc", "csdl-thu-tuc-hanh-chinh", "Cơ sở dữ liệu quốc gia về thủ tục hành chính",
  "Danh mục thủ tục hành chính của các bộ, ngành, địa phương: trình tự, cách thức thực hiện, thành phần hồ sơ, "
  "thời hạn giải quyết, phí, lệ phí và căn cứ pháp lý; được công khai trên Cổng Dịch vụ công quốc gia.",
  "government", "thủ tục hành chính;dịch vụ công;Cổng Dịch vụ công quốc gia", "open", "important",
  "Nghị định 63/2010/NĐ-CP (sửa đổi bởi Nghị định 92/2017/NĐ-CP)", "continuous",
  "ma_tthc! ten_tthc linh_vuc cap_thuc_hien co_quan_thuc_hien thoi_han_giai_quyet phi_le_phi muc_do_dvc "
  "can_cu_phap_ly", channels="portal;api;download", formats=["API", "CSV"],
  fo={"linh_vuc": {"example": "Hộ tịch"}, "co_quan_thuc_hien": {"example": "Ủy ban nhân dân cấp xã"}})
D("vpcp", "vpcp-kstthc", "ho-so-dich-vu-cong", "Dữ liệu hồ sơ dịch vụ công trực tuyến",
  "Hồ sơ thủ tục hành chính nộp trực tuyến qua Cổng Dịch vụ công quốc gia và hệ thống thông tin giải quyết thủ "
  "tục hành chính cấp bộ, cấp tỉnh; phục vụ theo dõi tiến độ và đánh giá chất lượng phục vụ người dân.",
  "government", "dịch vụ công trực tuyến;hồ sơ;một cửa điện tử", "shared", "important",
  "Nghị định 45/2020/NĐ-CP; Nghị định 61/2018/NĐ-CP", "continuous",
  "ma_ho_so! ma_tthc so_dinh_danh_nguoi_nop ho_ten ngay_tiep_nhan ngay_hen_tra ngay_tra_ket_qua trang_thai_ho_so "
  "co_quan_giai_quyet", channels="ndxp;datacenter",
  fo={"ma_tthc": {"key": "false"}, "ma_ho_so": {"example": "G22.99-260915-0042"}})
D("vpcp", "vpcp-kstthc", "phan-anh-kien-nghi", "Phản ánh, kiến nghị của người dân, doanh nghiệp về quy định hành chính",
  "Phản ánh, kiến nghị tiếp nhận qua Cổng Dịch vụ công quốc gia về quy định hành chính và hành vi hành chính, kèm "
  "cơ quan xử lý và kết quả trả lời.",
  "government", "phản ánh kiến nghị;người dân;doanh nghiệp;cải cách hành chính", "shared", "other",
  "Nghị định 20/2008/NĐ-CP", "daily",
  "ma_phan_anh! ngay_tiep_nhan nguoi_phan_anh noi_dung_tom_tat linh_vuc co_quan_xu_ly trang_thai_xu_ly",
  channels="ndxp", fo={"noi_dung_tom_tat": {"example": "Đề nghị hướng dẫn thủ tục cấp lại giấy phép lái xe"}})
D("vpcp", "vpcp-cttdt", "van-ban-chi-dao-dieu-hanh", "Văn bản chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ",
  "Nghị quyết, quyết định, chỉ thị, công điện và thông báo kết luận của Chính phủ, Thủ tướng Chính phủ đăng trên "
  "Cổng Thông tin điện tử Chính phủ.",
  "government", "văn bản chỉ đạo;công điện;chỉ thị;Thủ tướng", "open", "important",
  "Nghị định 42/2022/NĐ-CP", "daily",
  "so_ky_hieu! trich_yeu loai_van_ban nguoi_ky ngay_ban_hanh duong_dan_toan_van", formats=["JSON", "PDF"],
  fo={"so_ky_hieu": {"example": "112/CĐ-TTg"}, "loai_van_ban": {"example": "Công điện"},
      "duong_dan_toan_van": {"example": "https://data.vpcp.gov.vn/van-ban/112-cd-ttg.pdf"}})
D("vpcp", "", "he-thong-bao-cao-quoc-gia", "Dữ liệu Hệ thống thông tin báo cáo quốc gia",
  "Số liệu chỉ tiêu kinh tế – xã hội phục vụ chỉ đạo, điều hành do bộ, ngành, địa phương báo cáo định kỳ qua Hệ "
  "thống thông tin báo cáo quốc gia.",
  "government;economy", "báo cáo quốc gia;chỉ tiêu kinh tế xã hội;chỉ đạo điều hành", "shared", "important",
  "Nghị định 09/2019/NĐ-CP", "monthly",
  "ma_chi_tieu! ky_bao_cao! don_vi_bao_cao! ten_chi_tieu gia_tri don_vi_tinh", channels="ndxp;datacenter",
  fo={"gia_tri": {"example": "12450.6"}, "don_vi_tinh": {"example": "tỷ đồng"}, "ky_bao_cao": {"example": "2026-09"}})

# ---- Cơ quan thuộc Chính phủ
D("ttxvn", "", "kho-anh-thong-tan", "Kho ảnh tư liệu thông tấn",
  "Ảnh thời sự và ảnh tư liệu lịch sử do phóng viên Thông tấn xã Việt Nam thực hiện từ năm 1945, kèm chú thích, tác "
  "giả, thời gian và địa điểm chụp.",
  "culture", "ảnh tư liệu;thông tấn;lịch sử;báo chí", "shared", "other",
  "Luật Báo chí 2016; Luật Sở hữu trí tuệ 2005 (sửa đổi 2022)", "daily",
  "ma_anh! chu_thich tac_gia thoi_gian_chup dia_diem chu_de ban_quyen", channels="api",
  licence="Sử dụng theo điều khoản bản quyền của Thông tấn xã Việt Nam",
  fo={"tac_gia": {"personal_data": "none", "example": "Trần Mai Hưởng", "description": "Tác giả ảnh (phóng viên)"}})
D("vtv", "", "kho-luu-tru-chuong-trinh", "Kho lưu trữ chương trình truyền hình",
  "Chương trình truyền hình đã phát sóng được số hóa và lưu trữ: kênh, ngày phát sóng, thời lượng, thể loại.",
  "culture", "lưu trữ truyền hình;chương trình;tư liệu", "internal", "other",
  "Luật Lưu trữ 2024; Luật Báo chí 2016", "daily",
  "ma_chuong_trinh! ten_chuong_trinh kenh ngay_phat_song thoi_luong the_loai dinh_dang_luu_tru", channels="")
D("vov", "", "lich-phat-song", "Lịch phát sóng các kênh phát thanh",
  "Lịch phát sóng hằng ngày các kênh VOV1, VOV2, VOV3, VOV Giao thông và hệ phát thanh đối ngoại.",
  "culture", "lịch phát sóng;phát thanh;VOV", "open", "other",
  "Luật Báo chí 2016", "daily",
  "kenh! ngay! gio_bat_dau! ten_chuong_trinh the_loai",
  fo={"kenh": {"example": "VOV1"}, "ten_chuong_trinh": {"example": "Thời sự 6 giờ"}})
D("vast", "vast-vldc", "danh-muc-dong-dat", "Danh mục động đất Việt Nam và khu vực lân cận",
  "Các trận động đất ghi nhận được bởi mạng trạm địa chấn quốc gia: thời điểm phát sinh, tọa độ chấn tâm, độ sâu "
  "chấn tiêu và độ lớn.",
  "science;environment", "động đất;địa chấn;chấn tâm;cảnh báo sóng thần", "open", "important",
  "Quyết định 05/2020/QĐ-TTg", "continuous",
  "ma_su_kien! thoi_diem_phat_sinh vi_do kinh_do do_sau do_lon khu_vuc_dong_dat", temporal=("1900-01-01", ""),
  licence="CC-BY-4.0", fo={"vi_do": {"example": "14.9320"}, "kinh_do": {"example": "108.2710"},
                           "ma_su_kien": {"example": "DD-2024-0728-01"}})
D("vast", "vast-bttn", "mau-vat-da-dang-sinh-hoc", "Cơ sở dữ liệu mẫu vật đa dạng sinh học",
  "Mẫu vật động vật, thực vật lưu giữ tại Bảo tàng Thiên nhiên Việt Nam: tên khoa học, nơi và ngày thu mẫu.",
  "science;environment", "đa dạng sinh học;mẫu vật;bảo tàng thiên nhiên", "open", "other",
  "Luật Đa dạng sinh học 2008", "monthly",
  "so_hieu_mau! ten_khoa_hoc ten_tieng_viet ho_sinh_vat dia_diem_thu_mau ngay_thu_mau toa_do",
  fo={"toa_do": {"example": "POINT(105.4200 18.2800)"}})
D("vass", "vass-hn", "van-ban-han-nom", "Cơ sở dữ liệu văn bản Hán Nôm",
  "Thư mục và ảnh số các văn bản Hán Nôm, văn bia, sắc phong lưu giữ tại Viện Nghiên cứu Hán Nôm.",
  "culture;science", "Hán Nôm;văn bia;sắc phong;di sản tư liệu", "open", "other",
  "Luật Di sản văn hóa 2024", "irregular",
  "ky_hieu! ten_van_ban the_loai nien_dai so_trang noi_luu_giu anh_so",
  fo={"ten_van_ban": {"example": "Đại Nam thực lục"}, "the_loai": {"example": "Sử học"}})
D("vass", "vass-gdg", "dieu-tra-gia-dinh", "Số liệu điều tra xã hội học về gia đình Việt Nam",
  "Dữ liệu phiếu điều tra gia đình Việt Nam đã ẩn danh: quy mô hộ, vùng và các chỉ tiêu về quan hệ gia đình, bình "
  "đẳng giới.",
  "social;population", "gia đình;bình đẳng giới;điều tra xã hội học", "internal", "other",
  "Luật Thống kê 2015 (sửa đổi 2021)", "never",
  "ma_phieu! nam_dieu_tra vung quy_mo_ho chi_tieu gia_tri", temporal=("2024-01-01", "2024-12-31"), channels="",
  issued="2026-09-30", status="draft", fo={"chi_tieu": {"example": "Số giờ làm việc nhà của nữ/tuần"}, "gia_tri": {"example": "21.5"}})


# ---- internal data of central agencies
D("bca", "bca-a08", "luu-tru-nguoi-nuoc-ngoai", "Dữ liệu khai báo tạm trú của người nước ngoài tại Việt Nam",
  "Khai báo tạm trú của người nước ngoài do cơ sở lưu trú, tổ chức, cá nhân thực hiện qua trang thông tin điện tử "
  "của Cục Quản lý xuất nhập cảnh; chỉ dùng cho công tác quản lý xuất nhập cảnh.",
  "public-security;population", "người nước ngoài;tạm trú;khai báo lưu trú", "internal", "important",
  "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam 2014 (sửa đổi 2023)",
  "continuous", "so_ho_chieu! ngay_dang_ky! ho_ten quoc_tich ngay_sinh gioi_tinh noi_tam_tru cua_khau",
  channels="api", fo={"ho_ten": {"example": "KIM MIN JUN"}, "quoc_tich": {"example": "KR"},
                      "so_ho_chieu": {"example": "M12345678"}, "ngay_dang_ky": {"title": "Ngày khai báo"},
                      "cua_khau": {"title": "Cửa khẩu nhập cảnh", "example": "Cửa khẩu Cảng hàng không quốc tế Đà Nẵng"},
                      "noi_tam_tru": {"example": "Số 36 đường Bạch Đằng, Phường Hải Châu, Thành phố Đà Nẵng"}})
D("bng", "bng-ls", "bao-ho-cong-dan", "Dữ liệu bảo hộ công dân Việt Nam ở nước ngoài",
  "Vụ việc bảo hộ công dân Việt Nam ở nước ngoài do các cơ quan đại diện và Cục Lãnh sự thụ lý: nội dung hỗ trợ, "
  "quốc gia và kết quả xử lý.",
  "government;social", "bảo hộ công dân;lãnh sự;người Việt Nam ở nước ngoài", "internal", "other",
  "Luật Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài 2009 (sửa đổi 2017)", "daily",
  "so_ho_so! ho_ten so_dinh_danh quoc_gia noi_dung_bao_ho ngay_tiep_nhan co_quan_thuc_hien", channels="",
  fo={"co_quan_thuc_hien": {"example": "Đại sứ quán Việt Nam tại Nhật Bản"}, "so_dinh_danh": {"key": "false", "required": "false"}})
D("btc", "btc-hq", "quan-ly-rui-ro-hai-quan", "Dữ liệu đánh giá tuân thủ của doanh nghiệp xuất nhập khẩu",
  "Kết quả đánh giá, phân loại mức độ tuân thủ pháp luật hải quan của doanh nghiệp; dùng để phân luồng tờ khai và "
  "kiểm tra sau thông quan.",
  "trade;enterprise", "quản lý rủi ro;tuân thủ;phân luồng;hải quan", "internal", "important",
  "Luật Hải quan 2014", "daily",
  "mst_doanh_nghiep! ten_doanh_nghiep muc_do_tuan_thu so_lan_vi_pham ngay_danh_gia", channels="api",
  fo={"mst_doanh_nghiep": {"key": "true"}})
D("nhnn", "", "giam-sat-an-toan-to-chuc-tin-dung", "Dữ liệu giám sát an toàn hoạt động của tổ chức tín dụng",
  "Các chỉ tiêu an toàn vốn, chất lượng tài sản và thanh khoản của tổ chức tín dụng theo báo cáo thống kê định kỳ; "
  "chỉ sử dụng trong công tác thanh tra, giám sát ngân hàng.",
  "finance", "giám sát ngân hàng;an toàn vốn;nợ xấu", "internal", "important",
  "Luật Các tổ chức tín dụng 2024", "monthly",
  "ma_to_chuc! ky_bao_cao! ten_to_chuc ty_le_an_toan_von ty_le_no_xau ty_le_cho_vay_huy_dong", channels="",
  fo={"ten_to_chuc": {"example": "Ngân hàng TMCP Công Thương Việt Nam"}, "ma_to_chuc": {"example": "01201001"},
      "ky_bao_cao": {"example": "2026-09"}})
D("vpcp", "", "truc-lien-thong-van-ban", "Dữ liệu văn bản điện tử trên Trục liên thông văn bản quốc gia",
  "Thông tin văn bản điện tử gửi, nhận giữa các cơ quan nhà nước qua Trục liên thông văn bản quốc gia: số, ký hiệu, "
  "trích yếu, nơi nhận, độ khẩn; phục vụ theo dõi tình hình gửi, nhận văn bản.",
  "government", "văn bản điện tử;liên thông văn bản;quản lý văn bản", "internal", "other",
  "Nghị định 30/2020/NĐ-CP", "continuous",
  "so_ky_hieu! co_quan_ban_hanh ngay_ban_hanh trich_yeu noi_nhan do_khan", channels="",
  fo={"so_ky_hieu": {"example": "8123/VPCP-KSTT"}, "co_quan_ban_hanh": {"example": "Văn phòng Chính phủ"}})
D("bxd", "bxd-hk", "du-lieu-hanh-khach-chuyen-bay", "Dữ liệu thông tin hành khách trên các chuyến bay nội địa",
  "Danh sách hành khách đã làm thủ tục trên các chuyến bay nội địa, phục vụ đảm bảo an ninh hàng không và xử lý "
  "sự cố; lưu giữ có thời hạn theo quy định.",
  "transport;public-security", "hành khách;an ninh hàng không;chuyến bay", "internal", "other",
  "Luật Hàng không dân dụng Việt Nam 2006 (sửa đổi 2014)", "continuous",
  "so_ho_so! ho_ten so_dinh_danh cang_hang_khong thoi_diem_xuat_nhap_canh", channels="", status="draft",
  issued="2026-10-12",
  fo={"so_ho_so": {"title": "Mã đặt chỗ", "description": "Mã đặt chỗ (PNR)", "example": "K7QZ2M"},
      "so_dinh_danh": {"key": "false"},
      "thoi_diem_xuat_nhap_canh": {"title": "Giờ khởi hành", "description": "Ngày giờ khởi hành của chuyến bay"}})

# --------------------------------------------------------------------------
# Provincial dataset templates. Placeholders: {p} the unit as written inside a
# title ("tỉnh Nghệ An", "Thành phố Hà Nội"), {tinh} its full name, {tinh_ngan}
# the bare name, {cq} the name of the responsible department, {cap} "tỉnh" or
# "thành phố". dept: suffix of the responsible department ("culture" and
# "tourism" pick the right Sở in Hà Nội and TP. Hồ Chí Minh); None = Ủy ban nhân
# dân itself. temporal: "merger" (from 2025-07-01), "series" (a multi-year
# series), an explicit (start, end) pair, or None. only: restrict to units.
# --------------------------------------------------------------------------

CITY_CODES = [p[0] for p in PROVINCES if p[1] == "city"]
MOUNTAIN = ["lcu", "dbn", "sla", "lsn", "cbg", "tqg", "lci", "tng", "pto", "gla", "dlk", "ldg", "nan", "tha", "qng",
            "qtr", "kha", "hti"]
DELTA = ["hni", "hpg", "hyn", "nbh", "bni", "tha", "nan", "cto", "vlg", "dtp", "agg", "cmu", "tni", "hcm", "dni"]
FRUIT = ["dlk", "gla", "dtp", "tni", "vlg", "agg", "ldg", "bni", "hyn", "sla", "cto", "dni", "lci"]
INDUSTRIAL = ["hni", "hcm", "hpg", "dng", "bni", "qnh", "dni", "tng", "hyn", "tni", "pto", "nan", "tha"]

TEMPLATES: list[dict] = []


def T(key, dept, titles, descs, themes, keywords, scope, legal, freq, schema, temporal=None, importance="other",
      weight=1.0, only=None, formats=None, fo=None):
    TEMPLATES.append(dict(key=key, dept=dept, titles=titles, descs=descs, themes=themes, keywords=keywords,
                          scope=scope, legal=legal, freq=freq, schema=schema, temporal=temporal,
                          importance=importance, weight=weight, only=only, formats=formats, fo=fo or {}))


T("truong-hoc", "sgddt",
  ["Danh sách trường học {p}", "Danh mục cơ sở giáo dục mầm non, phổ thông {p}", "Mạng lưới trường, lớp học {p}"],
  ["Danh sách trường mầm non, tiểu học, trung học cơ sở, trung học phổ thông và trung tâm giáo dục thường xuyên "
   "trên địa bàn {p}, kèm loại hình, địa chỉ, số lớp, số học sinh và vị trí.",
   "Mạng lưới trường, lớp học {p} năm học 2025–2026: mã trường, cấp học, loại hình công lập hay ngoài công lập, quy "
   "mô học sinh và giáo viên; cập nhật từ Cơ sở dữ liệu ngành giáo dục."],
  "education", "trường học;cơ sở giáo dục;mạng lưới trường lớp", "open", "Luật Giáo dục 2019", "annual",
  "ma_truong! ten_truong cap_hoc loai_hinh_truong dia_chi ten_xa so_lop so_hoc_sinh so_giao_vien toa_do",
  temporal=("2025-09-05", "2026-05-31"), weight=0.8,
  fo={"ten_truong": {"example": "Trường Tiểu học {xa_bare}"}})
T("quan-trac-khong-khi", "snnmt",
  ["Số liệu quan trắc chất lượng không khí {p}", "Chất lượng không khí tại các trạm quan trắc tự động {p}"],
  ["Kết quả quan trắc tự động, liên tục bụi PM2.5, PM10, NO2, CO, O3 và chỉ số VN_AQI theo giờ tại các trạm quan "
   "trắc trên địa bàn {p}; dùng để cảnh báo ô nhiễm không khí cho người dân.",
   "Chỉ số chất lượng không khí VN_AQI và nồng độ các thông số ô nhiễm theo giờ tại các trạm quan trắc tự động do "
   "{cq} quản lý."],
  "environment;health", "chất lượng không khí;AQI;bụi mịn;quan trắc môi trường", "open",
  "Luật Bảo vệ môi trường 2020", "continuous",
  "ma_tram! thoi_gian_do! ten_tram pm25 pm10 no2 co o3 vn_aqi toa_do", temporal="series", weight=1.2,
  only=CITY_CODES + ["bni", "qnh", "dni", "tng", "hyn", "tha"], formats=["API", "CSV"])
T("bang-gia-dat", "snnmt",
  ["Bảng giá đất {p} năm 2026", "Giá đất {p} áp dụng từ ngày 01/01/2026"],
  ["Bảng giá các loại đất trên địa bàn {p} do Hội đồng nhân dân {cap} quyết định theo Luật Đất đai 2024, áp dụng "
   "từ ngày 01/01/2026: giá đất ở, đất thương mại, dịch vụ và đất nông nghiệp theo tuyến đường, vị trí.",
   "Giá đất theo từng tuyến đường, đoạn đường và vị trí tại các xã, phường của {p}; căn cứ tính tiền sử dụng đất, "
   "tiền thuê đất, thuế và lệ phí liên quan đến đất đai."],
  "land;finance", "giá đất;bảng giá đất;đất ở;tiền sử dụng đất", "open", "Luật Đất đai 2024", "annual",
  "ten_xa! ten_duong! doan_tu! doan_den loai_dat! vi_tri! gia_dat ma_xa", temporal=("2026-01-01", "2026-12-31"),
  importance="important", weight=0.7, formats=["XLSX", "PDF"])
T("cap-phep-xay-dung", "sxd",
  ["Cấp phép xây dựng {p}", "Dữ liệu giấy phép xây dựng đã cấp {p}"],
  ["Giấy phép xây dựng đã cấp trên địa bàn {p}: số giấy phép, chủ đầu tư, địa điểm, loại công trình, diện tích xây "
   "dựng và số tầng; cập nhật từ hệ thống một cửa điện tử."],
  "construction", "cấp phép xây dựng;giấy phép xây dựng;nhà ở riêng lẻ", {"shared": 0.7, "internal": 0.3},
  "Luật Xây dựng 2014 (sửa đổi 2020); Nghị định 175/2024/NĐ-CP", "monthly",
  "so_giay_phep! ngay_cap ten_chu_dau_tu dia_diem_xay_dung loai_cong_trinh dien_tich_xay_dung so_tang co_quan_cap",
  temporal="merger", weight=1.2,
  fo={"loai_cong_trinh": {"example": "Nhà ở riêng lẻ"}, "ten_chu_dau_tu": {"title": "Chủ đầu tư"}})
T("thu-tuc-hanh-chinh", None,
  ["Danh mục thủ tục hành chính thuộc thẩm quyền giải quyết {p}", "Danh mục thủ tục hành chính cấp tỉnh, cấp xã {p}"],
  ["Danh mục thủ tục hành chính được Chủ tịch Ủy ban nhân dân {p} công bố, áp dụng tại Trung tâm Phục vụ hành "
   "chính công và Ủy ban nhân dân cấp xã, kèm mức độ dịch vụ công trực tuyến.",
   "Thủ tục hành chính mà người dân, doanh nghiệp thực hiện tại {p}: lĩnh vực, cấp thực hiện, thời hạn giải quyết, "
   "phí, lệ phí; đồng bộ với Cơ sở dữ liệu quốc gia về thủ tục hành chính."],
  "government", "thủ tục hành chính;dịch vụ công;một cửa", "open",
  "Nghị định 63/2010/NĐ-CP (sửa đổi bởi Nghị định 92/2017/NĐ-CP)", "irregular",
  "ma_tthc! ten_tthc linh_vuc cap_thuc_hien thoi_han_giai_quyet phi_le_phi muc_do_dvc", weight=0.5,
  fo={"linh_vuc": {"example": "Hộ tịch"}})
T("ho-ngheo-can-ngheo", "snnmt",
  ["Danh sách hộ nghèo, hộ cận nghèo {p} năm 2025", "Hộ nghèo, hộ cận nghèo {p} theo chuẩn nghèo đa chiều"],
  ["Kết quả rà soát hộ nghèo, hộ cận nghèo năm 2025 trên địa bàn {p} theo chuẩn nghèo đa chiều giai đoạn "
   "2022–2025, tổng hợp từ Ủy ban nhân dân cấp xã. Dữ liệu phục vụ chính sách hỗ trợ người dân về y tế, giáo dục, "
   "nhà ở."],
  "social", "hộ nghèo;hộ cận nghèo;giảm nghèo", {"shared": 0.5, "internal": 0.5},
  "Nghị định 07/2021/NĐ-CP; Quyết định 24/2021/QĐ-TTg", "annual",
  "ma_ho! ho_ten_chu_ho so_dinh_danh_chu_ho so_nhan_khau ten_xa phan_loai_ho diem_thieu_hut nam_ra_soat",
  temporal=("2025-01-01", "2025-12-31"), importance="important", weight=1.2)
T("nguoi-co-cong", "snv",
  ["Danh sách người có công với cách mạng {p}", "Người có công và thân nhân đang hưởng trợ cấp ưu đãi {p}"],
  ["Người có công với cách mạng và thân nhân đang hưởng trợ cấp, phụ cấp ưu đãi hằng tháng do {cq} quản lý; dùng "
   "để chi trả trợ cấp qua tài khoản và rà soát chế độ."],
  "social", "người có công;trợ cấp ưu đãi;thương binh;liệt sĩ", {"shared": 0.6, "internal": 0.4},
  "Pháp lệnh Ưu đãi người có công với cách mạng 2020; Nghị định 131/2021/NĐ-CP", "monthly",
  "so_dinh_danh! ho_ten ngay_sinh dien_doi_tuong_nck muc_tro_cap ten_xa ngay_huong", temporal="merger", weight=1.0)
T("co-so-kham-chua-benh", "syt",
  ["Danh sách cơ sở khám bệnh, chữa bệnh {p}", "Cơ sở khám chữa bệnh trên địa bàn {p}"],
  ["Bệnh viện, phòng khám, trạm y tế xã và các cơ sở khám bệnh, chữa bệnh khác trên địa bàn {p}: hình thức tổ "
   "chức, cấp chuyên môn kỹ thuật, số giường bệnh và vị trí.",
   "Cơ sở khám bệnh, chữa bệnh do {cq} cấp phép hoạt động hoặc quản lý, kèm địa chỉ, tọa độ và số giường "
   "bệnh."],
  "health", "cơ sở khám chữa bệnh;bệnh viện;trạm y tế;phòng khám", {"open": 0.6, "shared": 0.4}, "Luật Khám bệnh, chữa bệnh 2023",
  "quarterly",
  "ma_co_so_kcb! ten_co_so_kcb hinh_thuc_to_chuc cap_chuyen_mon so_giay_phep_hoat_dong so_giuong_benh dia_chi "
  "ten_xa toa_do", weight=0.9)
T("benh-truyen-nhiem", "syt",
  ["Số ca mắc bệnh truyền nhiễm {p} theo tuần", "Tình hình dịch bệnh truyền nhiễm {p}"],
  ["Số ca mắc, tử vong do sốt xuất huyết, tay chân miệng, sởi, quai bị và các bệnh truyền nhiễm khác theo tuần "
   "dịch tễ, chi tiết đến xã, phường trên địa bàn {p}.",
   "Báo cáo tuần về dịch bệnh truyền nhiễm {p}; số liệu tổng hợp, không chứa thông tin cá nhân người bệnh."],
  "health", "dịch bệnh;bệnh truyền nhiễm;sốt xuất huyết;tay chân miệng", {"open": 0.4, "shared": 0.6},
  "Luật Phòng, chống bệnh truyền nhiễm 2007", "weekly",
  "nam! tuan! ten_xa! ten_benh! so_ca_mac so_ca_tu_vong", temporal="merger", weight=1.0)
T("nha-thuoc-gpp", "syt",
  ["Danh sách nhà thuốc, quầy thuốc đạt GPP {p}"],
  ["Nhà thuốc, quầy thuốc được cấp Giấy chứng nhận đủ điều kiện kinh doanh dược và đạt Thực hành tốt cơ sở bán lẻ "
   "thuốc (GPP) trên địa bàn {p}."],
  "health;trade", "nhà thuốc;quầy thuốc;GPP;kinh doanh dược", "open", "Luật Dược 2016 (sửa đổi 2024)", "monthly",
  "so_gcn! ten_co_so loai_hinh_kinh_doanh_duoc dia_chi ten_xa ngay_cap ngay_het_han", weight=0.5,
  fo={"ten_co_so": {"example": "Nhà thuốc Hồng Đức"}})
T("tai-nan-giao-thong", "ca",
  ["Số liệu tai nạn giao thông {p}", "Tai nạn giao thông trên địa bàn {p}"],
  ["Số vụ tai nạn giao thông, số người chết, bị thương theo tháng, loại đường và nguyên nhân chủ yếu trên địa bàn "
   "{p}; số liệu do {cq} tổng hợp."],
  "transport;public-security", "tai nạn giao thông;an toàn giao thông;thống kê", {"open": 0.3, "shared": 0.7},
  "Luật Trật tự, an toàn giao thông đường bộ 2024", "monthly",
  "nam! thang! ten_xa! loai_duong! nguyen_nhan so_vu so_nguoi_chet so_nguoi_bi_thuong", temporal="series",
  weight=1.1)
T("dang-ky-xe", "ca",
  ["Số liệu đăng ký xe {p}", "Đăng ký xe ô tô, xe mô tô {p} theo tháng"],
  ["Số lượng xe ô tô, xe mô tô, xe gắn máy đăng ký mới, sang tên và thu hồi đăng ký theo tháng tại {cq} và Công an "
   "cấp xã; không bao gồm thông tin chủ xe."],
  "transport;public-security", "đăng ký xe;biển số;phương tiện giao thông", {"shared": 0.7, "internal": 0.3}, "Thông tư 79/2024/TT-BCA",
  "monthly", "nam! thang! loai_xe! so_dang_ky_moi so_sang_ten so_thu_hoi tong_so_xe_dang_quan_ly",
  temporal="merger", weight=1.2)
T("doanh-nghiep-fdi", "stc",
  ["Danh sách doanh nghiệp FDI {p}", "Doanh nghiệp có vốn đầu tư nước ngoài trên địa bàn {p}"],
  ["Doanh nghiệp có vốn đầu tư nước ngoài đang hoạt động tại {p}: quốc gia đầu tư, ngành nghề, vốn đăng ký và khu "
   "công nghiệp nơi đặt dự án."],
  "enterprise;economy", "FDI;doanh nghiệp FDI;đầu tư nước ngoài", {"open": 0.6, "shared": 0.4}, "Luật Đầu tư 2020", "quarterly",
  "ma_so_doanh_nghiep! ten_doanh_nghiep quoc_gia_dau_tu nganh_nghe_chinh von_dang_ky_usd dia_chi_tru_so "
  "khu_cong_nghiep ngay_cap_gcndkdt", weight=1.0, only=INDUSTRIAL + ["hue", "cto", "kha", "qng", "gla", "lsn"],
  fo={"ten_doanh_nghiep": {"example": "Công ty TNHH Điện tử Hanwha Việt Nam"},
      "khu_cong_nghiep": {"example": "Khu công nghiệp {tinh_ngan}"}})
T("dau-tu-cong", "stc",
  ["Danh mục dự án đầu tư công {p}", "Kế hoạch đầu tư công trung hạn {p} giai đoạn 2026–2030"],
  ["Dự án sử dụng vốn đầu tư công do {p} quản lý: nhóm dự án, tổng mức đầu tư, kế hoạch vốn năm và tiến độ giải "
   "ngân."],
  "finance;construction", "đầu tư công;giải ngân;dự án", {"open": 0.5, "shared": 0.5}, "Luật Đầu tư công 2024", "monthly",
  "ma_du_an! ten_du_an chu_dau_tu nhom_du_an tong_muc_dau_tu von_ke_hoach_nam giai_ngan ty_le_giai_ngan",
  temporal=("2026-01-01", "2026-12-31"), weight=1.0,
  fo={"ten_du_an": {"example": "Đường ven biển đoạn qua {tinh_ngan}"},
      "chu_dau_tu": {"example": "Ban Quản lý dự án đầu tư xây dựng công trình giao thông {tinh_ngan}"}})
T("xuat-nhap-khau", "sct",
  ["Kim ngạch xuất nhập khẩu {p}", "Xuất nhập khẩu hàng hóa {p} theo tháng"],
  ["Trị giá xuất khẩu, nhập khẩu hàng hóa của doanh nghiệp trên địa bàn {p} theo tháng, nhóm hàng và thị trường."],
  "trade;economy", "xuất khẩu;nhập khẩu;kim ngạch", {"open": 0.5, "shared": 0.5}, "Luật Quản lý ngoại thương 2017", "monthly",
  "nam! thang! huong! nhom_hang! thi_truong! tri_gia_usd", temporal="series", weight=1.0,
  fo={"tri_gia_usd": {"example": "215.4"}})
T("luong-mua", "snnmt",
  ["Số liệu lượng mưa {p}", "Lượng mưa tại các trạm đo mưa tự động {p}"],
  ["Lượng mưa ngày và lượng mưa tích lũy tại các trạm đo mưa tự động do {cq} quản lý, phục vụ cảnh báo lũ quét, "
   "sạt lở đất."],
  "environment;agriculture", "lượng mưa;trạm đo mưa;lũ quét;sạt lở đất", {"open": 0.5, "shared": 0.5}, "Luật Khí tượng thủy văn 2015",
  "daily", "ma_tram! ngay! ten_tram ten_xa luong_mua luong_mua_tich_luy toa_do", temporal="series", weight=0.7,
  only=MOUNTAIN + ["hue", "dng"], fo={"ma_tram": {"example": "{ma_tinh}-DM-017"}})
T("quy-hoach-su-dung-dat", "snnmt",
  ["Quy hoạch sử dụng đất {p} thời kỳ 2021–2030", "Bản đồ quy hoạch sử dụng đất {p}"],
  ["Khoanh đất theo quy hoạch sử dụng đất {p} thời kỳ 2021–2030, điều chỉnh theo địa giới hành chính mới; dữ liệu "
   "không gian kèm loại đất và diện tích."],
  "land", "quy hoạch sử dụng đất;bản đồ quy hoạch;đất đai", {"open": 0.6, "shared": 0.4}, "Luật Đất đai 2024; Luật Quy hoạch 2017",
  "irregular", "ma_khoanh_dat! loai_dat_quy_hoach dien_tich ten_xa ky_quy_hoach hinh_hoc",
  temporal=("2021-01-01", "2030-12-31"), importance="important", weight=0.6, formats=["SHP", "PDF"])
T("hien-trang-rung", "snnmt",
  ["Hiện trạng rừng {p} năm 2025", "Diễn biến rừng {p}"],
  ["Bản đồ và số liệu hiện trạng rừng {p}: lô rừng, loại rừng, nguồn gốc, diện tích và chủ rừng; cập nhật theo "
   "kết quả theo dõi diễn biến rừng hằng năm."],
  "environment;agriculture", "rừng;diễn biến rừng;lâm nghiệp;chủ rừng", {"open": 0.5, "shared": 0.5}, "Luật Lâm nghiệp 2017", "annual",
  "ma_lo_rung! ten_xa tieu_khu loai_rung nguon_goc_rung dien_tich chu_rung hinh_hoc",
  temporal=("2025-01-01", "2025-12-31"), weight=1.0, only=MOUNTAIN, formats=["SHP", "XLSX"],
  fo={"dien_tich": {"example": "12.6"}})
T("san-xuat-lua", "snnmt",
  ["Diện tích, năng suất, sản lượng lúa {p}", "Tiến độ gieo mạ, gieo cấy lúa {p}", "Sản xuất lúa theo mùa vụ {p}"],
  ["Diện tích gieo cấy, năng suất và sản lượng lúa theo vụ và theo xã, phường trên địa bàn {p}.",
   "Số liệu sản xuất lúa {p} qua các vụ Đông Xuân, Hè Thu và vụ Mùa, từ khâu gieo mạ, gieo cấy đến thu hoạch."],
  "agriculture", "lúa;sản lượng lúa;mùa vụ;trồng trọt", {"open": 0.5, "shared": 0.5}, "Luật Trồng trọt 2018", "quarterly",
  "nam! vu_lua! ten_xa! dien_tich_gieo_cay nang_suat san_luong", temporal="series", weight=1.0, only=DELTA,
  fo={"san_luong": {"example": "30120"}, "dien_tich_gieo_cay": {"example": "4825"}})
T("hop-tac-xa", "stc",
  ["Danh sách hợp tác xã {p}"],
  ["Hợp tác xã, liên hiệp hợp tác xã đang hoạt động trên địa bàn {p}: lĩnh vực, số thành viên, vốn điều lệ."],
  "enterprise;agriculture", "hợp tác xã;kinh tế tập thể", {"open": 0.4, "shared": 0.6}, "Luật Hợp tác xã 2023", "quarterly",
  "ma_so_doanh_nghiep! ten_htx linh_vuc_hoat_dong so_thanh_vien von_dieu_le dia_chi_tru_so ngay_thanh_lap "
  "tinh_trang_hoat_dong", weight=0.8,
  fo={"ma_so_doanh_nghiep": {"title": "Mã số hợp tác xã", "description": "Mã số hợp tác xã, đồng thời là mã số thuế"},
      "von_dieu_le": {"example": "1500000000"}})
T("di-tich", "culture",
  ["Danh mục di tích lịch sử – văn hóa {p}", "Di tích được xếp hạng trên địa bàn {p}"],
  ["Di tích lịch sử – văn hóa, danh lam thắng cảnh đã được xếp hạng cấp quốc gia đặc biệt, quốc gia và cấp tỉnh "
   "trên địa bàn {p}."],
  "culture", "di tích;di sản;xếp hạng di tích;du lịch văn hóa", "open", "Luật Di sản văn hóa 2024", "irregular",
  "ma_di_tich! ten_di_tich loai_di_tich cap_xep_hang so_quyet_dinh ten_xa toa_do", weight=1.0,
  fo={"cap_xep_hang": {"example": "Cấp tỉnh"}, "ten_di_tich": {"example": "Đình {xa_bare}"}})
T("co-so-luu-tru-du-lich", "tourism",
  ["Cơ sở lưu trú du lịch {p}", "Danh sách khách sạn, homestay được công nhận {p}"],
  ["Khách sạn, nhà nghỉ, homestay và cơ sở lưu trú du lịch khác trên địa bàn {p} đã được công nhận hạng hoặc "
   "thông báo đủ điều kiện kinh doanh."],
  "culture;trade", "lưu trú du lịch;khách sạn;homestay", {"open": 0.6, "shared": 0.4}, "Luật Du lịch 2017", "monthly",
  "ma_co_so! ten_co_so loai_co_so_luu_tru hang_sao so_buong dia_chi ten_xa dien_thoai_lien_he", weight=1.0,
  fo={"ten_co_so": {"example": "Khách sạn Sài Gòn Morin"}})
T("tuyen-sinh-lop-10", "sgddt",
  ["Kết quả tuyển sinh lớp 10 {p} năm học 2026–2027"],
  ["Điểm thi và kết quả trúng tuyển vào lớp 10 trung học phổ thông công lập {p} năm học 2026–2027; chỉ chia sẻ "
   "cho nhà trường và cơ quan quản lý giáo dục."],
  "education", "tuyển sinh lớp 10;điểm thi;trung học phổ thông", {"shared": 0.5, "internal": 0.5},
  "Luật Giáo dục 2019; Thông tư 30/2024/TT-BGDĐT", "annual",
  "so_bao_danh! ho_ten ngay_sinh truong_thcs diem_ngu_van diem_toan diem_ngoai_ngu tong_diem truong_trung_tuyen",
  temporal=("2026-06-01", "2026-07-31"), weight=1.0, fo={"ngay_sinh": {"example": "2011-04-18"}})
T("thong-ke-giao-duc", "sgddt",
  ["Thống kê giáo dục {p} theo cấp học", "Số lượng trường, lớp, học sinh, giáo viên {p}"],
  ["Số trường, lớp, học sinh và giáo viên theo cấp học và theo xã, phường của {p}, tổng hợp đầu năm học."],
  "education", "thống kê giáo dục;học sinh;giáo viên", {"open": 0.4, "shared": 0.6}, "Luật Giáo dục 2019; Luật Thống kê 2015 (sửa đổi 2021)",
  "annual", "nam_hoc! cap_hoc! ten_xa! so_truong so_lop so_hoc_sinh so_giao_vien", temporal="series", weight=0.8)
T("to-chuc-hanh-nghe-cong-chung", "stp",
  ["Danh sách tổ chức hành nghề công chứng {p}"],
  ["Phòng công chứng, văn phòng công chứng đang hoạt động trên địa bàn {p}, kèm địa chỉ, điện thoại và số công "
   "chứng viên."],
  "justice", "công chứng;văn phòng công chứng", "open", "Luật Công chứng 2024", "quarterly",
  "ma_to_chuc! ten_to_chuc loai_to_chuc dia_chi ten_xa so_cong_chung_vien dien_thoai_lien_he", weight=0.7)
T("thong-ke-ho-tich", "stp",
  ["Số liệu đăng ký hộ tịch {p}", "Thống kê khai sinh, kết hôn, khai tử {p}"],
  ["Số trường hợp đăng ký khai sinh, kết hôn, khai tử và số bản sao trích lục hộ tịch đã cấp theo quý và theo xã, "
   "phường của {p}."],
  "justice;population", "hộ tịch;khai sinh;kết hôn;khai tử", {"open": 0.4, "shared": 0.6}, "Luật Hộ tịch 2014", "quarterly",
  "nam! quy! ten_xa! so_khai_sinh so_ket_hon so_khai_tu so_cap_ban_sao", temporal="merger", weight=1.0)
T("quy-hoach-do-thi", "sxd",
  ["Danh mục đồ án quy hoạch đô thị và nông thôn {p}", "Quy hoạch chi tiết xây dựng đã phê duyệt {p}"],
  ["Đồ án quy hoạch chung, quy hoạch phân khu và quy hoạch chi tiết đã được phê duyệt trên địa bàn {p}, kèm ranh "
   "giới và quyết định phê duyệt."],
  "construction;land", "quy hoạch đô thị;quy hoạch chi tiết;quy hoạch xây dựng", {"open": 0.7, "shared": 0.3},
  "Luật Quy hoạch đô thị và nông thôn 2024", "irregular",
  "ma_do_an! ten_do_an loai_quy_hoach ty_le dien_tich so_quyet_dinh ngay_quyet_dinh hinh_hoc", weight=1.0,
  formats=["SHP", "PDF"])
T("nghia-trang-mo-ma", "sxd",
  ["Danh sách nghĩa trang và kế hoạch di dời mồ mả {p}", "Quy hoạch nghĩa trang, di dời mồ mả {p}"],
  ["Nghĩa trang nhân dân, nghĩa trang liệt sĩ và kế hoạch quy tập, di dời mồ mả ra khỏi khu vực dự án trên địa bàn "
   "{p}."],
  "construction;social", "nghĩa trang;mồ mả;di dời;quy hoạch nghĩa trang", {"open": 0.5, "shared": 0.5},
  "Nghị định 23/2016/NĐ-CP", "irregular",
  "ma_nghia_trang! ten_nghia_trang loai_nghia_trang ten_xa dien_tich so_mo_du_kien_di_doi tinh_trang_quy_hoach "
  "toa_do", weight=0.6, fo={"dien_tich": {"example": "4.8"}})
T("an-toan-thuc-pham", "syt",
  ["Danh sách cơ sở sản xuất, kinh doanh thực phẩm {p}", "Cơ sở đủ điều kiện an toàn thực phẩm {p}"],
  ["Cơ sở sản xuất, kinh doanh thực phẩm trên địa bàn {p} đã được cấp Giấy chứng nhận đủ điều kiện an toàn thực "
   "phẩm, kèm thời hạn hiệu lực."],
  "health;enterprise", "an toàn thực phẩm;cơ sở thực phẩm", {"open": 0.5, "shared": 0.5}, "Luật An toàn thực phẩm 2010", "monthly",
  "so_gcn! ten_co_so loai_thuc_pham dia_chi ten_xa ngay_cap ngay_het_han", weight=0.5,
  fo={"ten_co_so": {"example": "Cơ sở sản xuất nước mắm Hưng Thịnh"}})
T("don-vi-hanh-chinh-cap-xa", "snv",
  ["Danh sách đơn vị hành chính cấp xã {p} sau sắp xếp", "Danh mục xã, phường {p} từ ngày 01/7/2025"],
  ["Xã, phường, đặc khu của {p} sau sắp xếp đơn vị hành chính năm 2025: diện tích tự nhiên, quy mô dân số và các "
   "đơn vị hành chính cũ được sắp xếp."],
  "government;population", "đơn vị hành chính;xã phường;sắp xếp đơn vị hành chính", "open",
  "Nghị quyết 202/2025/QH15", "irregular",
  "ma_xa! ten_xa loai_dvhc dien_tich_tu_nhien quy_mo_dan_so don_vi_cu", temporal="merger", importance="important",
  weight=1.0, fo={"don_vi_cu": {"example": "Nhiều phường, xã cũ (xem nghị quyết sắp xếp)"}})
T("doanh-nghiep-thanh-lap-moi", "stc",
  ["Doanh nghiệp thành lập mới {p} theo tháng", "Danh sách doanh nghiệp đăng ký thành lập mới {p}"],
  ["Doanh nghiệp được cấp Giấy chứng nhận đăng ký doanh nghiệp lần đầu tại {p} trong tháng: loại hình, ngành nghề "
   "chính và vốn điều lệ."],
  "enterprise;economy", "doanh nghiệp thành lập mới;đăng ký doanh nghiệp", {"open": 0.4, "shared": 0.6}, "Luật Doanh nghiệp 2020",
  "monthly",
  "ma_so_doanh_nghiep! ten_doanh_nghiep loai_hinh_doanh_nghiep nganh_nghe_chinh von_dieu_le ngay_thanh_lap ten_xa",
  temporal="merger", weight=1.0, fo={"ngay_thanh_lap": {"example": "2026-09-14"}})
T("thu-chi-ngan-sach", "stc",
  ["Kết quả thu, chi ngân sách {p}", "Công khai ngân sách {p}"],
  ["Số liệu dự toán và thực hiện thu, chi ngân sách địa phương {p} theo quý, công khai theo quy định của Luật Ngân "
   "sách nhà nước."],
  "finance", "ngân sách địa phương;thu ngân sách;chi ngân sách;công khai ngân sách", "open",
  "Luật Ngân sách nhà nước 2025", "quarterly",
  "nam! quy! noi_dung_thu_chi! du_toan gia_tri_thuc_hien ty_le_so_du_toan", temporal="merger", weight=0.7,
  formats=["XLSX", "PDF"], fo={"du_toan": {"example": "28500"}, "gia_tri_thuc_hien": {"example": "7215.4"}})
T("nguoi-tim-viec", "snv",
  ["Người lao động đăng ký tìm việc {p}", "Cung – cầu lao động tại Trung tâm Dịch vụ việc làm {p}"],
  ["Người lao động đăng ký tìm việc tại Trung tâm Dịch vụ việc làm {p}: trình độ, nghề nghiệp và mức lương mong "
   "muốn; dùng để kết nối với nhu cầu tuyển dụng của doanh nghiệp."],
  "labour", "tìm việc làm;người lao động;dịch vụ việc làm", {"shared": 0.5, "internal": 0.5}, "Luật Việc làm 2025", "monthly",
  "ma_ho_so! ho_ten ngay_sinh trinh_do_chuyen_mon nghe_nghiep_mong_muon muc_luong_mong_muon ten_xa ngay_dang_ky",
  temporal="merger", weight=0.9)
T("khu-cum-cong-nghiep", "sct",
  ["Danh sách khu công nghiệp, cụm công nghiệp {p}"],
  ["Khu công nghiệp, cụm công nghiệp trên địa bàn {p}: diện tích, tỷ lệ lấp đầy, số dự án và chủ đầu tư hạ tầng."],
  "enterprise;economy", "khu công nghiệp;cụm công nghiệp;tỷ lệ lấp đầy", {"open": 0.6, "shared": 0.4},
  "Nghị định 35/2022/NĐ-CP; Nghị định 32/2024/NĐ-CP", "annual",
  "ma_kcn! ten_kcn loai_kcn dien_tich ty_le_lap_day so_du_an chu_dau_tu_ha_tang toa_do", weight=1.0,
  fo={"ten_kcn": {"example": "Khu công nghiệp {tinh_ngan} I"}})
T("chat-thai-ran", "snnmt",
  ["Điểm tập kết, xử lý chất thải rắn sinh hoạt {p}"],
  ["Điểm tập kết, trạm trung chuyển và khu xử lý chất thải rắn sinh hoạt trên địa bàn {p}, kèm công suất và đơn vị "
   "vận hành."],
  "environment", "chất thải rắn;rác thải sinh hoạt;xử lý rác", {"open": 0.5, "shared": 0.5}, "Luật Bảo vệ môi trường 2020", "annual",
  "ma_diem! ten_diem loai_diem ten_xa cong_suat_xu_ly don_vi_van_hanh toa_do", weight=0.8,
  fo={"ten_diem": {"example": "Khu xử lý chất thải rắn {xa2_bare}"}})
T("tuyen-xe-buyt", "sxd",
  ["Danh mục tuyến xe buýt {p}", "Tuyến và điểm dừng xe buýt {p}"],
  ["Tuyến xe buýt đang hoạt động trên địa bàn {p}: điểm đầu, điểm cuối, cự ly, tần suất, giá vé và đơn vị khai "
   "thác."],
  "transport", "xe buýt;vận tải hành khách công cộng;giao thông", "open", "Luật Đường bộ 2024", "monthly",
  "ma_tuyen! ten_tuyen diem_dau diem_cuoi cu_ly tan_suat gia_ve don_vi_khai_thac", weight=1.0,
  only=CITY_CODES + ["qnh", "kha", "ldg", "dni", "bni", "tha", "nan"], formats=["JSON", "CSV"],
  fo={"ma_tuyen": {"example": "09"}, "ten_tuyen": {"example": "Bến xe trung tâm – {xa_bare}"},
      "diem_dau": {"example": "Bến xe trung tâm"}, "diem_cuoi": {"example": "{xa2}"}})
T("so-lieu-dan-cu", "ca",
  ["Số liệu dân cư theo xã, phường {p}", "Quy mô dân cư {p} theo đơn vị hành chính cấp xã"],
  ["Số hộ, số nhân khẩu thường trú, tạm trú theo từng xã, phường của {p}, tổng hợp từ Cơ sở dữ liệu quốc gia về dân "
   "cư; không chứa thông tin cá nhân."],
  "population;public-security", "dân cư;nhân khẩu;hộ gia đình;thống kê", {"shared": 0.7, "internal": 0.3},
  "Luật Cư trú 2020; Luật Dữ liệu 2024", "monthly",
  "ma_xa! ngay_chot_so_lieu! ten_xa so_ho so_nhan_khau_thuong_tru so_nhan_khau_tam_tru", temporal="merger",
  importance="important", weight=1.3)
T("thon-to-dan-pho", "snv",
  ["Danh sách thôn, tổ dân phố {p}"],
  ["Thôn, bản, ấp, tổ dân phố thuộc các xã, phường của {p} sau sắp xếp năm 2025, kèm số hộ và số nhân khẩu."],
  "government;population", "thôn;tổ dân phố;khu dân cư", {"open": 0.3, "shared": 0.7}, "Thông tư 05/2022/TT-BNV", "irregular",
  "ma_thon! ten_thon loai_thon ten_xa so_ho so_nhan_khau", temporal="merger", weight=0.7,
  fo={"so_ho": {"example": "312"}, "so_nhan_khau": {"example": "1185"}})
T("ket-qua-giai-quyet-tthc", None,
  ["Kết quả giải quyết hồ sơ thủ tục hành chính {p}"],
  ["Số hồ sơ thủ tục hành chính tiếp nhận, giải quyết đúng hạn, quá hạn và tỷ lệ hồ sơ trực tuyến theo tháng của "
   "các sở, ngành và Ủy ban nhân dân cấp xã {p}."],
  "government", "thủ tục hành chính;dịch vụ công trực tuyến;đúng hạn", {"open": 0.5, "shared": 0.5},
  "Nghị định 61/2018/NĐ-CP (sửa đổi bởi Nghị định 107/2021/NĐ-CP)", "monthly",
  "nam! thang! co_quan_giai_quyet! so_ho_so_tiep_nhan so_ho_so_dung_han so_ho_so_qua_han ty_le_truc_tuyen",
  temporal="merger", weight=0.6)
T("co-so-kinh-doanh-an-ninh", "ca",
  ["Cơ sở kinh doanh có điều kiện về an ninh, trật tự {p}"],
  ["Cơ sở kinh doanh dịch vụ lưu trú, cầm đồ, karaoke, vũ trường… trên địa bàn {p} đã được cấp Giấy chứng nhận đủ "
   "điều kiện về an ninh, trật tự; chỉ dùng trong lực lượng Công an."],
  "public-security;enterprise", "an ninh trật tự;kinh doanh có điều kiện;cơ sở lưu trú", "internal",
  "Nghị định 96/2016/NĐ-CP", "weekly",
  "ma_co_so! ten_co_so nganh_nghe_an_ninh dia_chi ten_xa so_giay_chung_nhan ngay_cap trang_thai", weight=1.5,
  fo={"ten_co_so": {"example": "Nhà nghỉ Hoa Sen"}})
T("giay-phep-moi-truong", "snnmt",
  ["Giấy phép môi trường đã cấp {p}"],
  ["Giấy phép môi trường do Ủy ban nhân dân {p} cấp cho dự án, cơ sở sản xuất, kinh doanh, dịch vụ trên địa bàn."],
  "environment;enterprise", "giấy phép môi trường;bảo vệ môi trường", {"open": 0.4, "shared": 0.6}, "Luật Bảo vệ môi trường 2020",
  "monthly", "so_giay_phep! ten_co_so loai_hinh_san_xuat dia_chi ten_xa ngay_cap thoi_han", temporal="merger",
  weight=0.8, fo={"so_giay_phep": {"example": "58/GPMT-UBND"}, "ten_co_so": {"example": "Nhà máy chế biến gỗ {xa2_bare}"}})
T("ma-so-vung-trong", "snnmt",
  ["Mã số vùng trồng {p}", "Danh sách mã số vùng trồng, cơ sở đóng gói {p}"],
  ["Mã số vùng trồng và mã số cơ sở đóng gói nông sản xuất khẩu đã được cấp trên địa bàn {p}, kèm loại cây, diện "
   "tích và thị trường."],
  "agriculture;trade", "mã số vùng trồng;cơ sở đóng gói;xuất khẩu nông sản", {"open": 0.6, "shared": 0.4}, "Luật Trồng trọt 2018",
  "monthly",
  "ma_so_vung_trong! loai_cay dien_tich_vung_trong san_luong_du_kien thi_truong_xuat_khau ten_xa ngay_cap trang_thai",
  weight=1.0, only=FRUIT)
T("nha-o-xa-hoi", "sxd",
  ["Dự án nhà ở xã hội {p}", "Danh sách dự án nhà ở xã hội đủ điều kiện bán, cho thuê mua {p}"],
  ["Dự án nhà ở xã hội trên địa bàn {p}: chủ đầu tư, số căn, giá bán dự kiến và thời gian tiếp nhận hồ sơ đăng ký "
   "mua, thuê mua."],
  "construction;social", "nhà ở xã hội;thuê mua;an sinh", "open", "Luật Nhà ở 2023; Nghị định 100/2024/NĐ-CP",
  "monthly",
  "ma_du_an! ten_du_an chu_dau_tu dia_chi tong_so_can so_can_mo_ban gia_ban_du_kien thoi_gian_nhan_ho_so",
  weight=0.9, only=CITY_CODES + INDUSTRIAL + ["kha", "ldg", "dlk"],
  fo={"ten_du_an": {"example": "Nhà ở xã hội {xa_bare}"},
      "chu_dau_tu": {"example": "Công ty Cổ phần Đầu tư Phát triển Nhà {tinh_ngan}"}})


T("csdl-dat-dai", "snnmt",
  ["Cơ sở dữ liệu đất đai {p}", "Hồ sơ địa chính điện tử {p}"],
  ["Dữ liệu địa chính các thửa đất trên địa bàn {p}: người sử dụng đất, diện tích, mục đích sử dụng và giấy chứng "
   "nhận; được đồng bộ với Cơ sở dữ liệu đất đai quốc gia.",
   "Bản đồ địa chính, sổ địa chính và dữ liệu đăng ký đất đai của {p}, vận hành tại Văn phòng đăng ký đất đai; "
   "phục vụ giải quyết thủ tục đất đai cho người dân, doanh nghiệp."],
  "land", "địa chính;thửa đất;đăng ký đất đai;giấy chứng nhận", {"shared": 0.8, "internal": 0.2},
  "Luật Đất đai 2024; Nghị định 101/2024/NĐ-CP", "continuous",
  "ma_thua_dat! so_to_ban_do so_thua dien_tich muc_dich_su_dung nguoi_su_dung_dat so_dinh_danh_nguoi_sdd "
  "so_giay_chung_nhan ten_xa hinh_thua", importance="important", weight=1.6,
  fo={"dien_tich": {"unit": "m²", "example": "186.5", "description": "Diện tích thửa đất"},
      "so_giay_chung_nhan": {"required": "false", "example": "DP 215478", "title": "Số phát hành giấy chứng nhận",
                             "description": "Số phát hành giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất"}})
T("ho-so-can-bo", "snv",
  ["Hồ sơ cán bộ, công chức, viên chức {p}", "Dữ liệu đội ngũ cán bộ, công chức, viên chức {p}"],
  ["Hồ sơ điện tử cán bộ, công chức, viên chức các cơ quan, đơn vị thuộc {p} và Ủy ban nhân dân cấp xã; đồng bộ "
   "với Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức."],
  "government;labour", "cán bộ;công chức;viên chức;hồ sơ điện tử", "internal",
  "Luật Cán bộ, công chức 2025; Luật Viên chức 2010 (sửa đổi 2019)", "continuous",
  "so_dinh_danh! ho_ten ngay_sinh gioi_tinh dan_toc co_quan_cong_tac chuc_vu ngach_chuc_danh bac_luong "
  "trinh_do_chuyen_mon", weight=1.8, fo={"co_quan_cong_tac": {"example": "Ủy ban nhân dân {xa}"}})
T("tiep-cong-dan-khieu-nai", None,
  ["Hồ sơ tiếp công dân, giải quyết khiếu nại, tố cáo {p}"],
  ["Đơn khiếu nại, tố cáo, kiến nghị, phản ánh tiếp nhận tại Ban Tiếp công dân và các cơ quan thuộc {p}, kèm kết "
   "quả xử lý; đồng bộ với Cơ sở dữ liệu quốc gia về khiếu nại, tố cáo."],
  "government;justice", "tiếp công dân;khiếu nại;tố cáo;đơn thư", {"internal": 0.6, "shared": 0.4},
  "Luật Khiếu nại 2011; Luật Tố cáo 2018; Luật Tiếp công dân 2013", "daily",
  "ma_don! ngay_tiep_nhan nguoi_gui_don noi_dung_tom_tat loai_don co_quan_tham_quyen ket_qua_xu_ly", weight=1.4)
T("ho-so-mot-cua", None,
  ["Dữ liệu hồ sơ thủ tục hành chính {p}", "Hồ sơ một cửa điện tử {p}"],
  ["Hồ sơ thủ tục hành chính tiếp nhận và giải quyết trên Hệ thống thông tin giải quyết thủ tục hành chính {p}: "
   "người nộp, ngày hẹn trả, trạng thái và cơ quan giải quyết."],
  "government", "một cửa điện tử;hồ sơ thủ tục hành chính;dịch vụ công", "shared",
  "Nghị định 61/2018/NĐ-CP; Nghị định 45/2020/NĐ-CP", "continuous",
  "ma_ho_so! ma_tthc so_dinh_danh_nguoi_nop ho_ten ngay_tiep_nhan ngay_hen_tra trang_thai_ho_so co_quan_giai_quyet",
  weight=1.5, fo={"ma_tthc": {"key": "false"}, "ma_ho_so": {"example": "H{ma_tinh}.22-260915-0042"}})
T("tro-cap-xa-hoi", "syt",
  ["Danh sách đối tượng hưởng trợ cấp xã hội hằng tháng {p}", "Đối tượng bảo trợ xã hội {p}"],
  ["Người cao tuổi, người khuyết tật, trẻ em mồ côi và đối tượng bảo trợ xã hội khác đang hưởng trợ cấp hằng tháng "
   "tại các xã, phường của {p}; dùng để chi trả trợ cấp qua tài khoản."],
  "social", "bảo trợ xã hội;trợ cấp xã hội;người khuyết tật;người cao tuổi", {"shared": 0.5, "internal": 0.5},
  "Nghị định 20/2021/NĐ-CP; Luật Người khuyết tật 2010", "monthly",
  "so_dinh_danh! ho_ten ngay_sinh nhom_doi_tuong_btxh muc_do_khuyet_tat muc_tro_cap ten_xa ngay_huong",
  temporal="merger", weight=1.4, fo={"muc_tro_cap": {"example": "500000"}})
T("ho-kinh-doanh", "stc",
  ["Dữ liệu đăng ký hộ kinh doanh {p}", "Danh sách hộ kinh doanh đã đăng ký {p}"],
  ["Hộ kinh doanh đăng ký tại các xã, phường của {p}: chủ hộ, ngành nghề, vốn kinh doanh và địa điểm kinh doanh."],
  "enterprise;economy", "hộ kinh doanh;đăng ký kinh doanh;kinh tế tư nhân", "shared",
  "Nghị định 168/2025/NĐ-CP", "daily",
  "ma_so_ho_kinh_doanh! ten_ho_kinh_doanh chu_ho_kinh_doanh so_dinh_danh nganh_nghe_chinh von_kinh_doanh dia_chi "
  "ten_xa ngay_dang_ky", temporal="merger", weight=1.3,
  fo={"so_dinh_danh": {"key": "false", "title": "Số định danh chủ hộ"}, "nganh_nghe_chinh": {"example": "4711"}})
T("tai-san-cong", "stc",
  ["Dữ liệu tài sản công của cơ quan, đơn vị {p}"],
  ["Trụ sở làm việc, cơ sở hoạt động sự nghiệp, xe ô tô và tài sản cố định khác của các cơ quan, đơn vị thuộc {p}; "
   "cập nhật lên Cơ sở dữ liệu quốc gia về tài sản công."],
  "finance;government", "tài sản công;trụ sở làm việc;xe công", "internal",
  "Luật Quản lý, sử dụng tài sản công 2017 (sửa đổi 2024)", "quarterly",
  "ma_tai_san! ten_tai_san loai_tai_san don_vi_quan_ly nguyen_gia gia_tri_con_lai dien_tich_dat", weight=1.6,
  fo={"ten_tai_san": {"example": "Trụ sở Ủy ban nhân dân {xa}"}, "don_vi_quan_ly": {"example": "Ủy ban nhân dân {xa}"}})
T("ho-so-hoc-sinh", "sgddt",
  ["Dữ liệu hồ sơ học sinh {p}", "Hồ sơ học sinh phổ thông {p}"],
  ["Thông tin học sinh mầm non, phổ thông trên địa bàn {p}: mã định danh ngành giáo dục, lớp, kết quả học tập; "
   "đồng bộ với Cơ sở dữ liệu ngành giáo dục và đào tạo."],
  "education", "học sinh;hồ sơ học sinh;học bạ số", {"internal": 0.5, "shared": 0.5},
  "Luật Giáo dục 2019; Luật Dữ liệu 2024", "continuous",
  "ma_dinh_danh_hoc_sinh! so_dinh_danh ho_ten ngay_sinh gioi_tinh ma_truong lop_hoc nam_hoc ket_qua_hoc_tap",
  weight=1.3, fo={"ngay_sinh": {"example": "2014-09-02"}, "ma_truong": {"key": "false"}, "ma_dinh_danh_hoc_sinh": {"example": "{ma_tinh}01234567"}})
T("tiem-chung-mo-rong", "syt",
  ["Kết quả tiêm chủng mở rộng {p}", "Tỷ lệ tiêm chủng cho trẻ em {p}"],
  ["Số trẻ được tiêm và tỷ lệ tiêm chủng đầy đủ các vắc xin trong Chương trình tiêm chủng mở rộng theo tháng và "
   "theo xã, phường của {p}."],
  "health", "tiêm chủng mở rộng;vắc xin;trẻ em", {"open": 0.5, "shared": 0.5},
  "Luật Phòng, chống bệnh truyền nhiễm 2007; Nghị định 104/2016/NĐ-CP", "monthly",
  "nam! thang! ten_xa! loai_vac_xin! so_tre_duoc_tiem ty_le_tiem_chung", temporal="merger", weight=0.9)

# --------------------------------------------------------------------------
# Generation
# --------------------------------------------------------------------------

AGENCY_HEADER = ["code", "name_vi", "name_en", "kind", "parent"]
DATASET_HEADER = ["identifier", "title", "description", "owner", "custodian", "themes", "keywords", "sharing_scope",
                  "importance", "personal_data", "legal_basis", "channels", "licence", "update_frequency",
                  "temporal_start", "temporal_end", "spatial", "contact_name", "contact_email", "contact_phone",
                  "issued", "modified", "status"]
FIELD_HEADER = ["dataset", "name", "title", "type", "unit", "required", "key", "personal_data", "description",
                "example"]
DISTRIBUTION_HEADER = ["dataset", "title", "format", "media_type", "url", "byte_size", "channel"]

OPEN_LICENCES = ["CC-BY-4.0", "Giấy phép dữ liệu mở Việt Nam"]
SHARED_LICENCE = "Chỉ sử dụng cho mục đích thực thi công vụ"
DATACENTER_HOST = "dulieuquocgia.gov.vn"


def parse_library() -> dict[str, dict]:
    lib: dict[str, dict] = {}
    for line in FIELD_LIBRARY.strip().splitlines():
        parts = line.split("|")
        if len(parts) != 9:
            raise SystemExit(f"bad column library line: {line!r}")
        name, title, typ, unit, req, key, pd, desc, ex = parts
        if name in lib:
            raise SystemExit(f"duplicate column in library: {name}")
        lib[name] = dict(name=name, title=title, type=typ, unit=unit, required="true" if req == "1" else "false",
                         key="true" if key == "1" else "false", personal_data=pd, description=desc, example=ex)
    return lib


def weighted_sample(rng: random.Random, items: list, weights: list[float], k: int) -> list:
    items, weights, out = list(items), list(weights), []
    while items and len(out) < k:
        r = rng.random() * sum(weights)
        for i, w in enumerate(weights):
            r -= w
            if r <= 0:
                break
        out.append(items.pop(i))
        weights.pop(i)
    return out


def random_date(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    if end <= start:
        return start
    return start + dt.timedelta(days=rng.randint(0, (end - start).days))


class Builder:
    def __init__(self) -> None:
        self.rng = random.Random(SEED)
        self.lib = parse_library()
        self.agencies: list[dict] = []
        self.agency_by_code: dict[str, dict] = {}
        self.domain: dict[str, str] = {}
        self.area: dict[str, str] = {}
        self.province: dict[str, tuple] = {p[0]: p for p in PROVINCES}
        self.province_depts: dict[str, list[str]] = {}
        self.datasets: list[dict] = []
        self.fields: list[dict] = []
        self.distributions: list[dict] = []

    # ---------------------------------------------------------------- agencies
    def add_agency(self, code, name_vi, name_en, kind, parent="", domain="", area="024"):
        row = dict(code=code, name_vi=name_vi, name_en=name_en, kind=kind, parent=parent)
        self.agencies.append(row)
        self.agency_by_code[code] = row
        self.domain[code] = domain or self.domain[parent]
        self.area[code] = area if not parent else self.area[parent]

    def build_agencies(self) -> None:
        for group, kind in ((MINISTRIES, "ministry"), (MINISTERIAL_AGENCIES, "ministerial_agency"),
                            (GOVERNMENT_AGENCIES, "government_agency")):
            for code, vi, en, domain in group:
                self.add_agency(code, vi, en, kind, domain=domain)
                for suffix, dvi, den in CENTRAL_DEPARTMENTS.get(code, []):
                    self.add_agency(f"{code}-{suffix}", dvi, den, "department", code)
        rng = self.rng
        for (code, kind, name_vi, name_en, en_form, domain, area, *_rest) in PROVINCES:
            self.add_agency(code, name_vi, name_en, kind, domain=domain, area=area)
            if kind == "city":
                extra = list(CITY_EXTRA_DEPARTMENTS)
                if code in ("hni", "hcm"):  # these two have separate culture/sports and tourism departments
                    extra[extra.index("svhttdl"):extra.index("svhttdl") + 1] = ["svhtt", "sdl"]
            else:
                extra = [rng.choice(PROVINCE_EXTRA_POOL)]
                if rng.random() < 0.35:
                    second = rng.choice(PROVINCE_EXTRA_POOL)
                    if second not in extra:
                        extra.append(second)
            depts = BASE_DEPARTMENTS[:4] + [d for d in PROVINCIAL_DEPARTMENTS if d in extra] + ["ca"]
            self.province_depts[code] = depts
            in_title = self.in_title(code)
            for suffix in depts:
                stem_vi, stem_en = PROVINCIAL_DEPARTMENTS[suffix]
                if suffix == "ca":
                    if kind == "city":
                        en = f"{name_en} Police" if name_en.endswith("City") else f"{name_en} City Police"
                    else:
                        en = f"{name_en} Provincial Police"
                else:
                    en = f"{stem_en} of {en_form}"
                self.add_agency(f"{code}-{suffix}", f"{stem_vi} {in_title}", en, "department", code)

    def in_title(self, code: str) -> str:
        """How the unit is written inside a title: 'tỉnh Nghệ An', 'Thành phố Hà Nội'."""
        name = self.province[code][2]
        return "tỉnh " + name[len("Tỉnh "):] if name.startswith("Tỉnh ") else name

    def context(self, code: str) -> dict[str, str]:
        (_c, kind, name_vi, _en, _enf, _dom, area, ma_tinh, ward, commune, lat, lon) = self.province[code]
        bare = name_vi.split(" ", 1)[1] if name_vi.startswith("Tỉnh ") else name_vi[len("Thành phố "):]
        return {"tinh": name_vi, "tinh_ngan": bare, "p": self.in_title(code), "ma_tinh": ma_tinh,
                "xa": ward[1], "ma_xa": ward[0], "xa2": commune[1], "ma_xa2": commune[0],
                "xa_bare": ward[1].split(" ", 1)[1], "xa2_bare": commune[1].split(" ", 1)[1],
                "lat": f"{lat:.4f}", "lon": f"{lon:.4f}", "lat2": f"{lat + 0.005:.4f}", "lon2": f"{lon + 0.005:.4f}",
                "lat_s": f"{lat + 0.0002:.4f}", "lon_s": f"{lon + 0.0002:.4f}",
                "area": area,
                "cap": "tỉnh" if kind == "province" else "thành phố"}

    # ---------------------------------------------------------------- helpers
    def contact(self, owner: str, custodian: str) -> tuple[str, str, str]:
        rng = self.rng
        unit = custodian or owner
        domain = self.domain[unit]
        if "-" in unit:
            local_unit = unit.split("-", 1)[1].replace("-", "")
        else:
            local_unit = "dulieu"
        if rng.random() < 0.6:
            name, local = person_name(rng)
            email = f"{local}.{local_unit}@{domain}" if "-" in unit and rng.random() < 0.5 else f"{local}@{domain}"
        else:
            name = f"Bộ phận đầu mối dữ liệu, {self.agency_by_code[unit]['name_vi']}"
            email = f"{local_unit}@{domain}" if "-" in unit else f"dulieu@{domain}"
        return name, email, phone_number(rng, self.area[unit])

    def channels_for(self, scope: str, provincial: bool, importance: str) -> str:
        rng = self.rng
        if scope == "open":
            ch = ["portal", "download"]
            if provincial and rng.random() < 0.5:
                ch.insert(0, "lgsp")
            if rng.random() < 0.25:
                ch.append("api")
        elif scope == "shared":
            if provincial:
                ch = ["lgsp"] + (["ndxp"] if rng.random() < 0.3 else [])
            elif importance == "core":
                ch = ["ndxp", "datacenter"]
            else:
                ch = ["ndxp"] + (["api"] if rng.random() < 0.3 else [])
        else:
            ch = ["lgsp"] if provincial and rng.random() < 0.6 else []
        return ";".join(c for c in CHANNELS if c in ch)

    def dates(self, freq: str, issued: dt.date, status: str, modified: dt.date | None) -> tuple[dt.date, dt.date]:
        rng = self.rng
        if modified is not None:
            return issued, modified
        if status == "draft":
            return issued, issued
        last = TODAY - dt.timedelta(days=1)
        recent = {"continuous": 20, "daily": 20, "weekly": 30, "monthly": 75, "quarterly": 150, "semiannual": 200,
                  "annual": 420}.get(freq)
        start = max(issued, last - dt.timedelta(days=recent)) if recent else issued
        return issued, random_date(rng, start, last)

    def temporal(self, spec) -> tuple[str, str]:
        if spec is None:
            return "", ""
        if spec == "merger":
            return "2025-07-01", ""
        if spec == "series":
            return f"{self.rng.randint(2015, 2021)}-01-01", ""
        return spec

    # ---------------------------------------------------------------- datasets
    def add_dataset(self, *, owner, custodian, slug_, title, description, themes, keywords, scope, importance,
                    legal, freq, schema, ctx, provincial, channels=None, temporal=None, spatial="Toàn quốc",
                    issued=None, modified=None, status="published", licence=None, formats=None, fo=None):
        rng = self.rng
        identifier = f"{owner}-{slug_}"
        fields = self.make_fields(identifier, schema, ctx, fo or {})
        levels = [f["personal_data"] for f in fields]
        personal = max(levels, key=PERSONAL.index)
        if channels is None:
            channels = self.channels_for(scope, provincial, importance)
        formats = self.pick_formats(scope, fields, channels, formats)
        if "API" in formats and scope == "open" and "api" not in channels.split(";"):
            channels = ";".join(c for c in CHANNELS if c in channels.split(";") + ["api"])
        if licence is None:
            if scope == "open":
                licence = rng.choice(OPEN_LICENCES)
            elif scope == "shared" and rng.random() < 0.3:
                licence = SHARED_LICENCE
            else:
                licence = ""
        if issued is None:
            lo = dt.date(2025, 7, 1) if provincial else dt.date(2016, 1, 1)
            issued_d = random_date(rng, lo, dt.date(2026, 9, 30))
        else:
            issued_d = dt.date.fromisoformat(issued)
        issued_d, modified_d = self.dates(freq, issued_d, status,
                                          dt.date.fromisoformat(modified) if modified else None)
        t_start, t_end = self.temporal(temporal)
        name, email, phone = self.contact(owner, custodian)
        row = dict(identifier=identifier, title=title, description=description, owner=owner, custodian=custodian,
                   themes=themes, keywords=keywords, sharing_scope=scope, importance=importance,
                   personal_data=personal, legal_basis=legal, channels=channels, licence=licence,
                   update_frequency=freq, temporal_start=t_start, temporal_end=t_end, spatial=spatial,
                   contact_name=name, contact_email=email, contact_phone=phone, issued=issued_d.isoformat(),
                   modified=modified_d.isoformat(), status=status)
        self.datasets.append(row)
        self.fields.extend(fields)
        if status != "draft":
            self.make_distributions(row, formats)

    def make_fields(self, identifier: str, schema: str, ctx: dict, fo: dict) -> list[dict]:
        out = []
        names = []
        for item in schema.split():
            flag = ""
            if item[-1] in "!~":
                item, flag = item[:-1], item[-1]
            if item not in self.lib:
                raise SystemExit(f"{identifier}: column {item!r} is not in the column library")
            f = dict(self.lib[item])
            if flag == "!":
                f["key"] = f["required"] = "true"
            elif flag == "~":
                f["key"] = "false"
            f.update(fo.get(item, {}))
            f["example"] = f["example"].format(**ctx)
            f["dataset"] = identifier
            names.append(item)
            out.append(f)
        unknown = set(fo) - set(names)
        if unknown:
            raise SystemExit(f"{identifier}: overrides for columns not in the schema: {sorted(unknown)}")
        return out

    def pick_formats(self, scope, fields, channels, formats) -> list[str]:
        rng = self.rng
        if formats is not None:
            return list(formats)
        has_geo = any(f["type"] == "geometry" and f["name"] != "toa_do" for f in fields)
        if scope == "open":
            if has_geo:
                return ["SHP", "CSV"]
            second = rng.choice(["XLSX", "JSON", "XLSX", None])
            return ["CSV"] + ([second] if second else [])
        if not channels:
            return []
        if scope == "shared":
            return ["API"] + (["XML"] if rng.random() < 0.15 else [])
        return ["API"] if rng.random() < 0.7 else ["CSV"]

    def make_distributions(self, ds: dict, formats: list[str]) -> None:
        rng = self.rng
        chans = [c for c in ds["channels"].split(";") if c]
        if not chans:
            return
        ident = ds["identifier"]
        host = "data." + self.domain[ds["owner"]]
        ext = {"CSV": "csv", "JSON": "json", "XML": "xml", "XLSX": "xlsx", "SHP": "zip", "PDF": "pdf"}
        titles = {"CSV": "Toàn bộ dữ liệu (CSV)", "JSON": "Toàn bộ dữ liệu (JSON)", "XML": "Dữ liệu dạng XML",
                  "XLSX": "Bảng tính Excel (XLSX)", "SHP": "Dữ liệu không gian (Shapefile, nén ZIP)",
                  "PDF": "Văn bản gốc (PDF)"}
        sizes = {"CSV": (20_000, 60_000_000), "JSON": (40_000, 90_000_000), "XML": (50_000, 80_000_000),
                 "XLSX": (15_000, 25_000_000), "SHP": (1_500_000, 250_000_000), "PDF": (150_000, 18_000_000)}
        used = set()
        for fmt in formats:
            if fmt == "API":
                pref = [c for c in ("ndxp", "datacenter", "lgsp", "api") if c in chans]
                if not pref:
                    continue
                ch = pref[0]
                if ds["sharing_scope"] == "open" and "api" in chans:
                    ch = "api"  # open data: the public API rather than a state-only platform
                url = {"ndxp": f"https://{host}/ndxp/{ident}/v1",
                       "datacenter": f"https://data.{DATACENTER_HOST}/api/{ident}/v1",
                       "lgsp": f"https://{host}/lgsp/{ident}/v1",
                       "api": f"https://{host}/api/v1/{ident}"}[ch]
                title = {"ndxp": "Dịch vụ chia sẻ dữ liệu qua NDXP",
                         "datacenter": "Dịch vụ chia sẻ qua Nền tảng của Trung tâm dữ liệu quốc gia",
                         "lgsp": "Dịch vụ chia sẻ dữ liệu qua LGSP",
                         "api": "API tra cứu dữ liệu"}[ch]
                self.distributions.append(dict(dataset=ident, title=title, format="API", media_type=FORMATS["API"],
                                               url=url, byte_size="", channel=ch))
                used.add(ch)
                # a core database shared on both national platforms gets a second endpoint
                if ch == "ndxp" and "datacenter" in chans and "datacenter" not in used:
                    self.distributions.append(dict(
                        dataset=ident, title="Dịch vụ chia sẻ qua Nền tảng của Trung tâm dữ liệu quốc gia",
                        format="API", media_type=FORMATS["API"],
                        url=f"https://data.{DATACENTER_HOST}/api/{ident}/v1", byte_size="", channel="datacenter"))
                    used.add("datacenter")
                continue
            ch = next((c for c in ("download", "portal", "lgsp", "api", "ndxp") if c in chans), None)
            if ch is None:
                continue
            if ch == "download" and "portal" in chans and rng.random() < 0.3:
                ch = "portal"
            lo, hi = sizes[fmt]
            size = str(int(math.exp(rng.uniform(math.log(lo), math.log(hi))))) if rng.random() < 0.9 else ""
            url = f"https://{host}/dataset/{ident}/resource/{ident}.{ext[fmt]}"
            self.distributions.append(dict(dataset=ident, title=titles[fmt], format=fmt, media_type=FORMATS[fmt],
                                           url=url, byte_size=size, channel=ch))

    def build_national(self) -> None:
        ctx = self.context("nan")
        for spec in NATIONAL:
            spec = dict(spec)
            self.add_dataset(owner=spec.pop("owner"), custodian=spec.pop("custodian"), slug_=spec.pop("slug"),
                             title=spec.pop("title"), description=spec.pop("description"),
                             themes=spec.pop("themes"), keywords=spec.pop("keywords"), scope=spec.pop("scope"),
                             importance=spec.pop("importance"), legal=spec.pop("legal"), freq=spec.pop("freq"),
                             schema=spec.pop("schema"), ctx=ctx, provincial=False, **spec)

    # Templates that must appear for some units (title variant index after ':').
    FORCED = {
        "hni": ["quan-trac-khong-khi:0", "truong-hoc:0", "so-lieu-dan-cu:0"],
        "hcm": ["quan-trac-khong-khi", "nghia-trang-mo-ma:0"],
        "nan": ["truong-hoc:0", "san-xuat-lua:1", "ho-ngheo-can-ngheo"],
        "dng": ["nghia-trang-mo-ma:1"],
        "dlk": ["ma-so-vung-trong:0"],
        "tha": ["san-xuat-lua:1"],
    }

    def dept_for(self, template: dict, code: str) -> str | None:
        dept = template["dept"]
        depts = self.province_depts[code]
        if dept is None:
            return ""
        if dept == "culture":
            dept = next((d for d in ("svhttdl", "svhtt") if d in depts), None)
        elif dept == "tourism":
            dept = next((d for d in ("svhttdl", "sdl") if d in depts), None)
        return f"{code}-{dept}" if dept in depts else None

    def build_provincial(self) -> None:
        rng = self.rng
        by_key = {t["key"]: t for t in TEMPLATES}
        for (code, kind, *_rest) in PROVINCES:
            eligible = [t for t in TEMPLATES
                        if (t["only"] is None or code in t["only"]) and self.dept_for(t, code) is not None]
            if code in ("hni", "hcm"):
                n = 11
            elif kind == "city":
                n = 8
            else:
                n = rng.choice([5, 6, 6, 6, 7, 7])
            chosen: list[tuple[dict, int | None]] = []
            for item in self.FORCED.get(code, []):
                key, _, idx = item.partition(":")
                t = by_key[key]
                if t not in eligible:
                    raise SystemExit(f"forced template {key} is not available for {code}")
                chosen.append((t, int(idx) if idx else None))
            rest = [t for t in eligible if t not in [c[0] for c in chosen]]
            for t in weighted_sample(rng, rest, [t["weight"] for t in rest], n - len(chosen)):
                chosen.append((t, None))
            ctx = self.context(code)
            for t, idx in chosen:
                self.add_template_dataset(code, t, idx, ctx)
        self.add_special_provincial()

    def add_template_dataset(self, code: str, t: dict, idx: int | None, ctx: dict) -> None:
        rng = self.rng
        dept = self.dept_for(t, code)
        if t["dept"] == "ca" or (dept and rng.random() < 0.3):
            owner, custodian = dept, ""
        else:
            owner, custodian = code, dept
        responsible = self.agency_by_code[dept or code]["name_vi"]
        fmt = dict(ctx, cq=responsible)
        title = (t["titles"][idx] if idx is not None else rng.choice(t["titles"])).format(**fmt)
        description = rng.choice(t["descs"]).format(**fmt)
        keywords = t["keywords"].split(";")
        keywords = ";".join(keywords[:5] + [ctx["tinh_ngan"]])
        scope = t["scope"]
        if isinstance(scope, dict):  # the same kind of data is opened by some units, shared or kept by others
            scope = weighted_sample(rng, list(scope), list(scope.values()), 1)[0]
        status = "draft" if rng.random() < 0.04 else "published"
        issued = None
        if status == "draft":
            issued = random_date(rng, dt.date(2026, 8, 1), dt.date(2026, 10, 25)).isoformat()
        self.add_dataset(owner=owner, custodian=custodian, slug_=t["key"], title=title, description=description,
                         themes=t["themes"], keywords=keywords, scope=scope, importance=t["importance"],
                         legal=t["legal"], freq=t["freq"], schema=t["schema"], ctx=ctx, provincial=True,
                         temporal=t["temporal"], spatial=ctx["tinh"], issued=issued, status=status,
                         formats=t["formats"] if scope == "open" else None, fo=t["fo"])

    def add_special_provincial(self) -> None:
        """A few hand-written provincial records (retired tables, regional data)."""
        for code in ("hni", "hcm"):
            ctx = self.context(code)
            p = ctx["p"]
            self.add_dataset(
                owner=code, custodian=f"{code}-snnmt", slug_="bang-gia-dat-2020-2024",
                title=f"Bảng giá đất {p} giai đoạn 2020–2024",
                description=f"Bảng giá đất {p} áp dụng giai đoạn 2020–2024 theo Luật Đất đai 2013. Đã được thay thế "
                            f"bởi bảng giá đất mới theo Luật Đất đai 2024; giữ lại để tra cứu hồ sơ cũ.",
                themes="land;finance", keywords=f"giá đất;bảng giá đất;dữ liệu lịch sử;{ctx['tinh_ngan']}",
                scope="open", importance="other", legal="Luật Đất đai 2013", freq="never",
                schema="ten_xa! ten_duong! doan_tu! doan_den loai_dat! vi_tri! gia_dat", ctx=ctx, provincial=True,
                temporal=("2020-01-01", "2024-12-31"), spatial=ctx["tinh"], issued="2020-01-15",
                modified="2025-01-10", status="retired", formats=["XLSX", "PDF"],
                fo={"ten_xa": {"title": "Quận, huyện, thị xã", "description": "Đơn vị hành chính cấp huyện (trước 2025)",
                               "example": "Quận Hoàn Kiếm" if code == "hni" else "Quận 1"}})
        mekong = ["cto", "vlg", "dtp", "cmu", "agg"]
        ctx = self.context("cto")
        self.add_dataset(
            owner="cto", custodian="cto-snnmt", slug_="xam-nhap-man-dbscl",
            title="Số liệu xâm nhập mặn vùng Đồng bằng sông Cửu Long",
            description="Độ mặn đo tại các trạm trên sông Tiền, sông Hậu và các cửa sông vùng Đồng bằng sông Cửu "
                        "Long trong mùa khô; Thành phố Cần Thơ làm đầu mối tổng hợp cho các tỉnh trong vùng.",
            themes="environment;agriculture", keywords="xâm nhập mặn;độ mặn;Đồng bằng sông Cửu Long;mùa khô",
            scope="open", importance="important", legal="Luật Tài nguyên nước 2023", freq="daily",
            schema="ma_tram! thoi_gian_do! ten_tram ten_song ma_tinh do_man toa_do", ctx=ctx, provincial=True,
            temporal=("2016-01-01", ""), spatial=";".join(self.province[c][2] for c in mekong), formats=["CSV", "API"],
            fo={"ten_song": {"example": "Sông Hậu"}, "ma_tram": {"example": "92-MAN-03"}})


def build() -> Builder:
    b = Builder()
    b.build_agencies()
    b.build_national()
    b.build_provincial()
    return b


# --------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------


def write_csv(path: Path, header: list[str], rows: list[dict]) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow([nfc(str(r.get(h, ""))) for h in header])
    path.write_bytes(buf.getvalue().encode("utf-8"))


README = """\
# Seed data

Synthetic but realistic inventory of Vietnamese state agencies and their datasets,
used to populate a fresh ndc instance, for demos and for tests (search, import, facets).

| file | rows | content |
| --- | ---: | --- |
| `agencies.csv` | {agencies} | ministries, ministerial-level and government agencies, the 34 provincial-level units and their departments (Cục, Vụ, Sở, Công an tỉnh…) |
| `datasets.csv` | {datasets} | dataset records: national databases and ordinary provincial datasets |
| `fields.csv` | {fields} | column-level schema of every dataset (at least 3 columns each) |
| `distributions.csv` | {distributions} | downloads and API endpoints (some datasets have none) |

The files follow the CSV inventory format in [`docs/inventory-format.md`](../docs/inventory-format.md)
(UTF-8 in NFC, no BOM, `\\n` line ends, RFC 4180 quoting, codes for every enumeration).

They are generated by [`tools/gen_seed.py`](../tools/gen_seed.py) (Python 3, standard library
only, fixed random seed — the same run always writes the same bytes); edit the script, not the
CSV files, then run `python3 tools/gen_seed.py`, which also checks the result.

Agency names come from the government structure after Resolution 176/2025/QH15 (14 ministries,
3 ministerial-level agencies) and Resolution 202/2025/QH15 (34 provincial-level units from
1 July 2025). Departments, datasets, people, phone numbers, e-mail addresses and URLs are
invented for illustration: they look plausible but are not official and need not exist.
"""


# --------------------------------------------------------------------------
# Checks
# --------------------------------------------------------------------------

CODE_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SNAKE_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@([a-z0-9-]+\.)+gov\.vn$")
PHONE_RE = re.compile(r"^0\d{2,3} \d{3,4} \d{3,4}$")
URL_RE = re.compile(r"^https://data\.([a-z0-9-]+\.)+gov\.vn/\S+$")


def read_back(path: Path) -> tuple[list[str], list[dict]]:
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), f"{path.name}: BOM"
    assert b"\r" not in raw, f"{path.name}: CR in file"
    assert raw.endswith(b"\n"), f"{path.name}: no final newline"
    text = raw.decode("utf-8")
    assert unicodedata.is_normalized("NFC", text), f"{path.name}: not NFC"
    rows = list(csv.reader(io.StringIO(text, newline="")))
    header, body = rows[0], rows[1:]
    for i, r in enumerate(body, start=2):
        assert len(r) == len(header), f"{path.name}:{i}: {len(r)} cells, expected {len(header)}"
    return header, [dict(zip(header, r)) for r in body]


def valid_example(typ: str, value: str) -> bool:
    if value == "":
        return True
    try:
        if typ == "integer":
            int(value)
        elif typ == "decimal":
            float(value)
        elif typ == "boolean":
            return value in ("true", "false")
        elif typ == "date":
            dt.date.fromisoformat(value)
        elif typ == "datetime":
            dt.datetime.fromisoformat(value)
        elif typ == "geometry":
            return re.match(r"^(POINT|LINESTRING|POLYGON|MULTIPOLYGON)\s*\(", value) is not None
    except ValueError:
        return False
    return True


def check_reference() -> None:
    """Compare the embedded structure and vocabularies with the shared reference, when present."""
    gov = REFERENCE / "government-structure-2025.csv"
    voc = REFERENCE / "vocabularies.csv"
    if gov.exists():
        with gov.open(encoding="utf-8", newline="") as f:
            ref = [(r["kind"], r["name_vi"], r["name_en"]) for r in csv.DictReader(f)]
        mine = ([("ministry", m[1], m[2]) for m in MINISTRIES]
                + [("ministerial_agency", m[1], m[2]) for m in MINISTERIAL_AGENCIES]
                + [(p[1], p[2], p[3]) for p in PROVINCES])
        assert sorted(ref) == sorted(mine), f"structure differs from {gov}: {set(ref) ^ set(mine)}"
    if voc.exists():
        with voc.open(encoding="utf-8", newline="") as f:
            codes: dict[str, list[str]] = {}
            for r in csv.DictReader(f):
                codes.setdefault(r["vocabulary"], []).append(r["code"])
        expected = {"agency_kind": AGENCY_KINDS, "sharing_scope": SHARING, "importance": IMPORTANCE,
                    "personal_data": PERSONAL, "channel": CHANNELS, "update_frequency": FREQUENCIES,
                    "status": STATUSES, "field_type": FIELD_TYPES}
        for vocab, want in expected.items():
            assert codes.get(vocab) == want, f"vocabulary {vocab} differs: {codes.get(vocab)} != {want}"


def check(out: Path) -> dict[str, int]:
    check_reference()
    h, agencies = read_back(out / "agencies.csv")
    assert h == AGENCY_HEADER, h
    seen: dict[str, dict] = {}
    for a in agencies:
        c = a["code"]
        assert CODE_RE.match(c), f"bad agency code {c!r}"
        assert c not in seen, f"duplicate agency code {c}"
        assert a["name_vi"] and a["name_en"] and a["kind"] in AGENCY_KINDS, a
        if a["kind"] == "department":
            assert a["parent"] in seen, f"{c}: parent {a['parent']!r} missing or listed after the child"
        else:
            assert a["parent"] == "", f"{c}: top-level agency with a parent"
        seen[c] = a
    kinds = [a["kind"] for a in agencies]
    assert kinds.count("ministry") == 14 and kinds.count("ministerial_agency") == 3, "ministries"
    assert kinds.count("city") + kinds.count("province") == 34, "provincial-level units"
    assert kinds.count("government_agency") >= 5
    assert 250 <= len(agencies) <= 400, f"{len(agencies)} agencies"
    names = [a["name_vi"] for a in agencies]
    assert len(set(names)) == len(names), "duplicate agency names"
    for code in [p[0] for p in PROVINCES]:
        assert sum(1 for a in agencies if a["parent"] == code) >= 3, f"{code}: fewer than 3 departments"

    h, datasets = read_back(out / "datasets.csv")
    assert h == DATASET_HEADER, h
    ids: dict[str, dict] = {}
    lo, hi = dt.date(2015, 1, 1), TODAY
    for d in datasets:
        i = d["identifier"]
        assert CODE_RE.match(i) and i not in ids, f"bad or duplicate identifier {i!r}"
        assert d["title"] and d["owner"], i
        assert d["owner"] in seen, f"{i}: unknown owner {d['owner']}"
        assert i.startswith(d["owner"] + "-"), f"{i}: not prefixed by owner"
        assert d["custodian"] == "" or d["custodian"] in seen, f"{i}: unknown custodian"
        themes = d["themes"].split(";")
        assert 1 <= len(themes) <= 3 and all(t in THEMES for t in themes), f"{i}: themes {themes}"
        assert len(set(themes)) == len(themes), i
        kws = d["keywords"].split(";")
        assert 2 <= len(kws) <= 6 and all(k.strip() == k and k for k in kws), f"{i}: keywords {kws}"
        assert d["sharing_scope"] in SHARING and d["importance"] in IMPORTANCE, i
        assert d["personal_data"] in PERSONAL, i
        if d["personal_data"] != "none":
            assert d["legal_basis"], f"{i}: personal data without legal basis"
        chans = [c for c in d["channels"].split(";") if c]
        assert all(c in CHANNELS for c in chans) and len(set(chans)) == len(chans), f"{i}: channels {chans}"
        if d["sharing_scope"] == "open":
            assert {"portal", "download"} & set(chans), f"{i}: open data without portal/download"
            assert d["licence"], f"{i}: open data without licence"
        else:
            assert "portal" not in chans, f"{i}: non-open data on the open data portal"
        assert d["update_frequency"] in FREQUENCIES and d["status"] in STATUSES, i
        issued, modified = dt.date.fromisoformat(d["issued"]), dt.date.fromisoformat(d["modified"])
        assert lo <= issued <= modified <= hi, f"{i}: dates {issued} {modified}"
        ts, te = d["temporal_start"], d["temporal_end"]
        if ts and te:
            assert dt.date.fromisoformat(ts) <= dt.date.fromisoformat(te), i
        for v in (ts, te):
            if v:
                dt.date.fromisoformat(v)
        assert d["spatial"], i
        assert EMAIL_RE.match(d["contact_email"]), f"{i}: email {d['contact_email']}"
        assert PHONE_RE.match(d["contact_phone"]), f"{i}: phone {d['contact_phone']}"
        assert d["contact_name"], i
        ids[i] = d
    assert len(datasets) >= 320, f"only {len(datasets)} datasets"
    top_owner = {i: (seen[d["owner"]]["parent"] or d["owner"]) for i, d in ids.items()}
    for m in MINISTRIES:
        assert m[0] in top_owner.values(), f"ministry {m[0]} has no dataset"
    provinces_with = {top_owner[i] for i in ids if top_owner[i] in {p[0] for p in PROVINCES}}
    assert len(provinces_with) == 34, "some provinces have no dataset"

    h, fields = read_back(out / "fields.csv")
    assert h == FIELD_HEADER, h
    per: dict[str, list[dict]] = {}
    order: list[str] = []
    for f in fields:
        ds = f["dataset"]
        assert ds in ids, f"field of unknown dataset {ds}"
        if ds not in per:
            per[ds] = []
            order.append(ds)
        else:
            assert order[-1] == ds, f"fields of {ds} are not consecutive"
        assert SNAKE_RE.match(f["name"]), f"{ds}: column name {f['name']!r}"
        assert f["name"] not in [g["name"] for g in per[ds]], f"{ds}: duplicate column {f['name']}"
        assert f["title"] and f["type"] in FIELD_TYPES, f
        assert f["required"] in ("true", "false") and f["key"] in ("true", "false"), f
        assert f["personal_data"] in PERSONAL, f
        assert "{" not in f["example"] and valid_example(f["type"], f["example"]), \
            f"{ds}.{f['name']}: example {f['example']!r} does not fit type {f['type']}"
        per[ds].append(f)
    for i, d in ids.items():
        cols = per.get(i, [])
        assert len(cols) >= 3, f"{i}: fewer than 3 columns"
        assert any(c["key"] == "true" for c in cols), f"{i}: no key column"
        level = max((c["personal_data"] for c in cols), key=PERSONAL.index)
        assert level == d["personal_data"], f"{i}: dataset says {d['personal_data']}, columns say {level}"

    h, dists = read_back(out / "distributions.csv")
    assert h == DISTRIBUTION_HEADER, h
    urls = set()
    per_ds: dict[str, int] = {}
    for x in dists:
        ds = x["dataset"]
        assert ds in ids, f"distribution of unknown dataset {ds}"
        assert x["format"] in FORMATS and x["media_type"] == FORMATS[x["format"]], x
        assert URL_RE.match(x["url"]) and x["url"] not in urls, x["url"]
        urls.add(x["url"])
        assert x["byte_size"] == "" or (x["byte_size"].isdigit() and int(x["byte_size"]) > 0), x
        assert x["format"] != "API" or x["byte_size"] == "", x
        assert x["channel"] in ids[ds]["channels"].split(";"), f"{ds}: channel {x['channel']} not offered"
        assert x["title"], x
        per_ds[ds] = per_ds.get(ds, 0) + 1
    assert all(1 <= n <= 3 for n in per_ds.values()), "1–3 distributions per dataset"
    assert len(per_ds) < len(ids), "some datasets should have no distribution"

    # Material for search tests: words that differ only by diacritics, and phrases.
    titles = [d["title"] for d in datasets]
    words = {w for t in titles for w in re.findall(r"\w+", t.lower())}
    for w in ("mã", "mả", "mạ"):
        assert w in words, f"no title with {w!r}"
    all_text = " ".join(d["title"] + " " + d["description"] for d in datasets).lower()
    assert re.search(r"\bmá\b", all_text) and re.search(r"\bma\b", all_text), "ma/má missing"
    assert sum("dân cư" in t.lower() for t in titles) >= 3, "too few titles with 'dân cư'"
    descs = [d["description"].lower() for d in datasets]
    assert any(re.search(r"\bdân\b", s) and re.search(r"\bcư\b", s) and "dân cư" not in s for s in descs)
    return dict(agencies=len(agencies), datasets=len(datasets), fields=len(fields), distributions=len(dists))


def summary(out: Path) -> None:
    _, datasets = read_back(out / "datasets.csv")
    _, agencies = read_back(out / "agencies.csv")
    n = len(datasets)

    def dist(col):
        counts: dict[str, int] = {}
        for d in datasets:
            for v in d[col].split(";") if col in ("themes", "channels") else [d[col]]:
                counts[v or "(none)"] = counts.get(v or "(none)", 0) + 1
        return ", ".join(f"{k} {v} ({100 * v / n:.0f}%)" for k, v in sorted(counts.items(), key=lambda kv: -kv[1]))

    kinds: dict[str, int] = {}
    for a in agencies:
        kinds[a["kind"]] = kinds.get(a["kind"], 0) + 1
    print("agency kinds:", ", ".join(f"{k} {v}" for k, v in kinds.items()))
    for col in ("sharing_scope", "importance", "personal_data", "status", "update_frequency", "channels", "themes"):
        print(f"{col}: {dist(col)}")


def main() -> int:
    b = build()
    OUT.mkdir(parents=True, exist_ok=True)
    write_csv(OUT / "agencies.csv", AGENCY_HEADER, b.agencies)
    write_csv(OUT / "datasets.csv", DATASET_HEADER, b.datasets)
    write_csv(OUT / "fields.csv", FIELD_HEADER, b.fields)
    write_csv(OUT / "distributions.csv", DISTRIBUTION_HEADER, b.distributions)
    counts = dict(agencies=len(b.agencies), datasets=len(b.datasets), fields=len(b.fields),
                  distributions=len(b.distributions))
    (OUT / "README.md").write_bytes(README.format(**counts).encode("utf-8"))
    try:
        checked = check(OUT)
    except AssertionError as e:
        print(f"CHECK FAILED: {e}", file=sys.stderr)
        return 1
    assert checked == counts
    for k, v in counts.items():
        print(f"{k}: {v}")
    summary(OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())
