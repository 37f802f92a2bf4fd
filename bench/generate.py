#!/usr/bin/env python3
"""Synthetic inventory for benchmarking ndc, in the CSV inventory format.

    python3 bench/generate.py --datasets 100000 --out bench-data/inventory-100000

writes agencies.csv (~420 agencies: ministries, ministerial-level and government agencies with their
Cục/Vụ, the 34 provinces and cities with their Sở), datasets.csv (N datasets with Vietnamese titles and
descriptions built from templates and word lists), fields.csv (~10 columns per dataset) and
distributions.csv (0-3 per dataset). With --urls DIR it also writes the URL lists the load test picks
from: urls-dataset.txt (dataset pages of visible datasets) and urls-list.txt (filtered list pages).

Standard library only; the output depends only on --datasets and --seed (not on the machine, the
Python hash seed or the time), so two runs with the same arguments give identical files. All text is NFC.
"""

import argparse
import bisect
import csv
import io
import datetime
import os
import random
import sys
import time
import unicodedata

# --------------------------------------------------------------------------------------------------
# Government structure (shared/reference/government-structure-2025.csv) and a few wards/communes of
# each province (shared/external/vietnamese/vn_admin_units_2025.csv), embedded so the generator has
# no input files.

# (name_vi, name_en, code, e-mail domain, themes, [(subunit name_vi, name_en, themes)])
MINISTRIES = [
    ("Bộ Quốc phòng", "Ministry of National Defence", "bo-quoc-phong", "mod.gov.vn", ["public-security", "government"], [
        ("Cục Bản đồ", "Department of Mapping", ["land"]),
        ("Cục Cứu hộ - Cứu nạn", "Department of Rescue", ["public-security"]),
        ("Bộ Tư lệnh Bộ đội Biên phòng", "Border Guard Command", ["public-security", "population"]),
    ]),
    ("Bộ Công an", "Ministry of Public Security", "bo-cong-an", "bocongan.gov.vn", ["public-security", "population", "justice"], [
        ("Cục Cảnh sát quản lý hành chính về trật tự xã hội", "Police Department for Administrative Management of Social Order", ["population", "public-security"]),
        ("Cục Cảnh sát giao thông", "Traffic Police Department", ["transport", "public-security"]),
        ("Cục Quản lý xuất nhập cảnh", "Immigration Department", ["population", "public-security"]),
        ("Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", "Fire Prevention, Fighting and Rescue Police Department", ["public-security"]),
        ("Cục Hồ sơ nghiệp vụ", "Department of Professional Records", ["justice", "public-security"]),
    ]),
    ("Bộ Ngoại giao", "Ministry of Foreign Affairs", "bo-ngoai-giao", "mofa.gov.vn", ["government"], [
        ("Cục Lãnh sự", "Consular Department", ["population", "government"]),
        ("Cục Lễ tân Nhà nước", "State Protocol Department", ["government"]),
    ]),
    ("Bộ Nội vụ", "Ministry of Home Affairs", "bo-noi-vu", "moha.gov.vn", ["government", "labour", "social"], [
        ("Cục Việc làm", "Department of Employment", ["labour"]),
        ("Cục Bảo trợ xã hội", "Department of Social Protection", ["social"]),
        ("Cục Người có công", "Department of Meritorious People", ["social"]),
        ("Cục Văn thư và Lưu trữ nhà nước", "State Records and Archives Department", ["government"]),
        ("Cục An toàn lao động", "Department of Occupational Safety", ["labour"]),
        ("Cục Quản lý lao động ngoài nước", "Department of Overseas Labour", ["labour"]),
    ]),
    ("Bộ Tư pháp", "Ministry of Justice", "bo-tu-phap", "moj.gov.vn", ["justice"], [
        ("Cục Hộ tịch, quốc tịch, chứng thực", "Department of Civil Status, Nationality and Authentication", ["justice", "population"]),
        ("Cục Đăng ký quốc gia giao dịch bảo đảm", "National Registration Agency for Secured Transactions", ["justice", "finance"]),
        ("Cục Bổ trợ tư pháp", "Department of Judicial Support", ["justice"]),
        ("Cục Quản lý thi hành án dân sự", "Department of Civil Judgment Enforcement", ["justice"]),
        ("Trung tâm Lý lịch tư pháp quốc gia", "National Centre for Judicial Records", ["justice", "population"]),
    ]),
    ("Bộ Tài chính", "Ministry of Finance", "bo-tai-chinh", "mof.gov.vn", ["finance", "economy", "enterprise"], [
        ("Cục Thuế", "Tax Department", ["finance", "enterprise"]),
        ("Cục Hải quan", "Customs Department", ["trade", "finance"]),
        ("Kho bạc Nhà nước", "State Treasury", ["finance"]),
        ("Cục Thống kê", "Statistics Office", ["economy", "population"]),
        ("Bảo hiểm xã hội Việt Nam", "Vietnam Social Security", ["social", "health", "labour"]),
        ("Cục Quản lý đăng ký kinh doanh", "Business Registration Management Agency", ["enterprise"]),
        ("Cục Quản lý công sản", "Public Asset Management Department", ["finance", "land"]),
        ("Cục Đầu tư nước ngoài", "Foreign Investment Agency", ["economy", "enterprise"]),
    ]),
    ("Bộ Công Thương", "Ministry of Industry and Trade", "bo-cong-thuong", "moit.gov.vn", ["trade", "energy", "enterprise"], [
        ("Cục Điện lực", "Electricity Authority", ["energy"]),
        ("Cục Xuất nhập khẩu", "Agency of Foreign Trade", ["trade"]),
        ("Cục Quản lý và Phát triển thị trường trong nước", "Domestic Market Management and Development Department", ["trade"]),
        ("Cục Hóa chất", "Chemicals Agency", ["enterprise", "environment"]),
        ("Cục Thương mại điện tử và Kinh tế số", "E-commerce and Digital Economy Agency", ["trade", "enterprise"]),
    ]),
    ("Bộ Nông nghiệp và Môi trường", "Ministry of Agriculture and Environment", "bo-nong-nghiep-va-moi-truong", "mae.gov.vn", ["agriculture", "environment", "land"], [
        ("Cục Quản lý đất đai", "Department of Land Management", ["land"]),
        ("Cục Trồng trọt và Bảo vệ thực vật", "Department of Crop Production and Plant Protection", ["agriculture"]),
        ("Cục Chăn nuôi và Thú y", "Department of Livestock Production and Animal Health", ["agriculture"]),
        ("Cục Thủy sản và Kiểm ngư", "Department of Fisheries and Fisheries Surveillance", ["agriculture"]),
        ("Cục Lâm nghiệp và Kiểm lâm", "Department of Forestry and Forest Protection", ["agriculture", "environment"]),
        ("Cục Môi trường", "Department of Environment", ["environment"]),
        ("Cục Khí tượng Thủy văn", "Department of Hydro-Meteorology", ["environment"]),
        ("Cục Quản lý tài nguyên nước", "Department of Water Resources Management", ["environment"]),
        ("Cục Địa chất và Khoáng sản Việt Nam", "Vietnam Department of Geology and Minerals", ["environment", "land"]),
    ]),
    ("Bộ Xây dựng", "Ministry of Construction", "bo-xay-dung", "moc.gov.vn", ["construction", "transport"], [
        ("Cục Đường bộ Việt Nam", "Vietnam Road Administration", ["transport"]),
        ("Cục Hàng không Việt Nam", "Civil Aviation Authority of Vietnam", ["transport"]),
        ("Cục Hàng hải và Đường thủy Việt Nam", "Vietnam Maritime and Waterway Administration", ["transport"]),
        ("Cục Đường sắt Việt Nam", "Vietnam Railway Authority", ["transport"]),
        ("Cục Kinh tế - Quản lý đầu tư xây dựng", "Agency for Construction Economics and Investment Management", ["construction"]),
        ("Cục Quản lý nhà và thị trường bất động sản", "Agency for Housing and Real Estate Market Management", ["construction", "land"]),
        ("Cục Đăng kiểm Việt Nam", "Vietnam Register", ["transport"]),
    ]),
    ("Bộ Văn hóa, Thể thao và Du lịch", "Ministry of Culture, Sports and Tourism", "bo-van-hoa-the-thao-va-du-lich", "bvhttdl.gov.vn", ["culture"], [
        ("Cục Di sản văn hóa", "Department of Cultural Heritage", ["culture"]),
        ("Cục Du lịch Quốc gia Việt Nam", "Vietnam National Authority of Tourism", ["culture"]),
        ("Cục Thể dục thể thao Việt Nam", "Vietnam Sports Administration", ["culture"]),
        ("Cục Báo chí", "Press Department", ["culture"]),
        ("Cục Xuất bản, In và Phát hành", "Department of Publishing, Printing and Distribution", ["culture"]),
    ]),
    ("Bộ Khoa học và Công nghệ", "Ministry of Science and Technology", "bo-khoa-hoc-va-cong-nghe", "mst.gov.vn", ["science", "government"], [
        ("Cục Sở hữu trí tuệ", "Intellectual Property Office", ["science", "enterprise"]),
        ("Cục Chuyển đổi số quốc gia", "National Digital Transformation Agency", ["science", "government"]),
        ("Cục Tần số vô tuyến điện", "Authority of Radio Frequency Management", ["science"]),
        ("Cục Viễn thông", "Telecommunications Authority", ["science"]),
        ("Ủy ban Tiêu chuẩn Đo lường Chất lượng Quốc gia", "National Committee for Standards, Metrology and Quality", ["science", "trade"]),
        ("Cục Bưu điện Trung ương", "Central Post Office", ["government"]),
    ]),
    ("Bộ Giáo dục và Đào tạo", "Ministry of Education and Training", "bo-giao-duc-va-dao-tao", "moet.gov.vn", ["education"], [
        ("Cục Quản lý chất lượng", "Quality Management Department", ["education"]),
        ("Cục Nhà giáo và Cán bộ quản lý giáo dục", "Department of Teachers and Education Managers", ["education"]),
        ("Vụ Giáo dục Đại học", "Department of Higher Education", ["education"]),
        ("Cục Giáo dục nghề nghiệp và Giáo dục thường xuyên", "Department of Vocational and Continuing Education", ["education", "labour"]),
    ]),
    ("Bộ Y tế", "Ministry of Health", "bo-y-te", "moh.gov.vn", ["health"], [
        ("Cục Quản lý Khám, chữa bệnh", "Medical Services Administration", ["health"]),
        ("Cục Quản lý Dược", "Drug Administration of Vietnam", ["health"]),
        ("Cục Phòng bệnh", "Department of Disease Prevention", ["health"]),
        ("Cục An toàn thực phẩm", "Vietnam Food Administration", ["health"]),
        ("Cục Bà mẹ và Trẻ em", "Department of Maternal and Child Health", ["health", "population"]),
        ("Cục Quản lý Y, Dược cổ truyền", "Administration of Traditional Medicine", ["health"]),
    ]),
    ("Bộ Dân tộc và Tôn giáo", "Ministry of Ethnic Minorities and Religions", "bo-dan-toc-va-ton-giao", "ubdt.gov.vn", ["social", "culture", "population"], [
        ("Ban Tôn giáo Chính phủ", "Government Committee for Religious Affairs", ["culture"]),
        ("Vụ Chính sách dân tộc", "Department of Ethnic Policies", ["social", "population"]),
    ]),
]

MINISTERIAL_AGENCIES = [
    ("Ngân hàng Nhà nước Việt Nam", "State Bank of Vietnam", "ngan-hang-nha-nuoc", "sbv.gov.vn", ["finance", "economy"], [
        ("Cục Quản lý ngoại hối", "Foreign Exchange Management Department", ["finance"]),
        ("Trung tâm Thông tin tín dụng Quốc gia Việt Nam", "National Credit Information Centre of Vietnam", ["finance", "enterprise"]),
        ("Cục Thanh toán", "Payment Department", ["finance"]),
    ]),
    ("Thanh tra Chính phủ", "Government Inspectorate", "thanh-tra-chinh-phu", "thanhtra.gov.vn", ["government", "justice"], [
        ("Cục Kiểm soát tài sản, thu nhập", "Department of Asset and Income Control", ["government"]),
        ("Cục Giải quyết khiếu nại, tố cáo", "Department of Complaints and Denunciations", ["government", "justice"]),
    ]),
    ("Văn phòng Chính phủ", "Government Office", "van-phong-chinh-phu", "chinhphu.vn", ["government"], [
        ("Cục Kiểm soát thủ tục hành chính", "Administrative Procedure Control Agency", ["government"]),
        ("Cổng Thông tin điện tử Chính phủ", "Government Web Portal", ["government"]),
    ]),
]

GOVERNMENT_AGENCIES = [
    ("Đài Truyền hình Việt Nam", "Vietnam Television", "dai-truyen-hinh-viet-nam", "vtv.gov.vn", ["culture"]),
    ("Đài Tiếng nói Việt Nam", "Voice of Vietnam", "dai-tieng-noi-viet-nam", "vov.gov.vn", ["culture"]),
    ("Thông tấn xã Việt Nam", "Vietnam News Agency", "thong-tan-xa-viet-nam", "vnanet.gov.vn", ["culture", "government"]),
    ("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Vietnam Academy of Science and Technology", "vien-han-lam-khcn", "vast.gov.vn", ["science", "environment"]),
    ("Viện Hàn lâm Khoa học xã hội Việt Nam", "Vietnam Academy of Social Sciences", "vien-han-lam-khxh", "vass.gov.vn", ["science", "social"]),
    ("Học viện Chính trị quốc gia Hồ Chí Minh", "Ho Chi Minh National Academy of Politics", "hoc-vien-ctqg", "hcma.gov.vn", ["education", "government"]),
]

# (kind, name_vi, name_en, [wards and communes])
PROVINCES = [
    ("city", "Thành phố Hà Nội", "Hanoi", ["Phường Ba Đình", "Phường Ô Chợ Dừa", "Phường Phương Liệt", "Xã Gia Lâm", "Xã Nam Phù", "Xã Minh Châu", "Xã An Khánh", "Xã Hoà Phú"]),
    ("city", "Thành phố Huế", "Hue", ["Phường Phú Xuân", "Phường Thuỷ Xuân", "Phường Phong Thái", "Phường Dương Nỗ", "Phường Phú Bài", "Phường Kim Trà", "Xã A Lưới 3", "Xã Chân Mây - Lăng Cô"]),
    ("city", "Thành phố Hải Phòng", "Hai Phong", ["Phường Thành Đông", "Xã Thái Tân", "Xã Thanh Hà", "Xã Thượng Hồng", "Xã Ninh Giang", "Phường Hải An", "Phường Hồng An", "Xã Kiến Hải"]),
    ("city", "Thành phố Đà Nẵng", "Da Nang", ["Phường Hải Vân", "Xã Bà Nà", "Xã Phú Ninh", "Xã Bến Hiên", "Xã Gò Nổi", "Xã La Êê", "Xã Phước Trà", "Xã Thạnh Bình"]),
    ("city", "Thành phố Hồ Chí Minh", "Ho Chi Minh City", ["Phường Thủ Dầu Một", "Phường Tân Uyên", "Phường Long Hương", "Phường Tân Thành", "Phường An Nhơn", "Phường Tân Phú", "Phường An Đông", "Xã Thái Mỹ"]),
    ("city", "Thành phố Cần Thơ", "Can Tho", ["Phường Cái Khế", "Phường Thốt Nốt", "Xã Thới Hưng", "Xã Tân Hoà", "Xã Phương Bình", "Phường Sóc Trăng", "Xã Thuận Hoà", "Xã Lịch Hội Thượng"]),
    ("province", "Tỉnh Lai Châu", "Lai Chau", ["Phường Đoàn Kết", "Phường Tân Phong", "Xã Nậm Hàng", "Xã Mù Cả", "Xã Mường Mô", "Xã Hồng Thu", "Xã Nậm Mạ", "Xã Dào San"]),
    ("province", "Tỉnh Điện Biên", "Dien Bien", ["Phường Điện Biên Phủ", "Xã Mường Toong", "Xã Chà Tở", "Xã Si Pa Phìn", "Xã Tủa Chùa", "Xã Tuần Giáo", "Xã Quài Tở", "Xã Thanh Nưa"]),
    ("province", "Tỉnh Sơn La", "Son La", ["Phường Tô Hiệu", "Xã Bình Thuận", "Xã Mường La", "Xã Tạ Khoa", "Xã Tân Phong", "Phường Vân Sơn", "Xã Mai Sơn", "Xã Bó Sinh"]),
    ("province", "Tỉnh Lạng Sơn", "Lang Son", ["Phường Đông Kinh", "Xã Tràng Định", "Xã Bình Gia", "Phường Kỳ Lừa", "Xã Tri Lễ", "Xã Hữu Lũng", "Xã Chi Lăng", "Xã Mẫu Sơn"]),
    ("province", "Tỉnh Quảng Ninh", "Quang Ninh", ["Phường Hà Tu", "Phường Hạ Long", "Phường Móng Cái 3", "Xã Hải Hoà", "Xã Lục Hồn", "Xã Quảng Tân", "Xã Kỳ Thượng", "Phường Mạo Khê"]),
    ("province", "Tỉnh Thanh Hóa", "Thanh Hoa", ["Phường Hàm Rồng", "Xã Bá Thước", "Xã Linh Sơn", "Xã Hà Long", "Xã Xuân Tín", "Xã Thiệu Tiến", "Xã Tân Tiến", "Xã Thăng Bình"]),
    ("province", "Tỉnh Nghệ An", "Nghe An", ["Xã Vân Tụ", "Xã Mỹ Lý", "Xã Yên Hoà", "Xã Châu Lộc", "Xã Mậu Thạch", "Xã Anh Sơn Đông", "Xã Quan Thành", "Xã Bích Hào"]),
    ("province", "Tỉnh Hà Tĩnh", "Ha Tinh", ["Phường Thành Sen", "Xã Sơn Giang", "Xã Đức Thịnh", "Xã Cổ Đạm", "Xã Hương Khê", "Xã Lộc Hà", "Phường Hà Huy Tập", "Xã Cẩm Trung"]),
    ("province", "Tỉnh Cao Bằng", "Cao Bang", ["Phường Thục Phán", "Xã Yên Thổ", "Xã Huy Giáp", "Xã Tổng Cọt", "Xã Đàm Thuỷ", "Xã Độc Lập", "Xã Bạch Đằng", "Xã Thành Công"]),
    ("province", "Tỉnh Tuyên Quang", "Tuyen Quang", ["Phường Hà Giang 2", "Xã Yên Minh", "Xã Tùng Bá", "Xã Bản Máy", "Xã Đồng Tâm", "Xã Nà Hang", "Xã Kim Bình", "Xã Hùng Lợi"]),
    ("province", "Tỉnh Lào Cai", "Lao Cai", ["Phường Lào Cai", "Xã Mường Khương", "Xã Bảo Thắng", "Xã Tả Phìn", "Phường Yên Bái", "Xã Châu Quế", "Xã Púng Luông", "Xã Gia Hội"]),
    ("province", "Tỉnh Thái Nguyên", "Thai Nguyen", ["Phường Đức Xuân", "Xã Nà Phặc", "Xã Quảng Bạch", "Xã Na Rì", "Phường Sông Công", "Xã Phú Lương", "Xã Võ Nhai", "Xã An Khánh"]),
    ("province", "Tỉnh Phú Thọ", "Phu Tho", ["Xã Tân Lạc", "Xã Hợp Kim", "Xã Yên Phú", "Xã Bằng Luân", "Xã Trạm Thản", "Xã Thọ Văn", "Xã Yên Sơn", "Xã Tam Dương"]),
    ("province", "Tỉnh Bắc Ninh", "Bac Ninh", ["Phường Bắc Giang", "Xã Lạng Giang", "Xã Cẩm Lý", "Xã Sơn Động", "Xã Đồng Việt", "Phường Võ Cường", "Phường Đào Viên", "Phường Thuận Thành"]),
    ("province", "Tỉnh Hưng Yên", "Hung Yen", ["Xã Diên Hà", "Xã Hoàn Long", "Xã Việt Tiến", "Xã Tống Trân", "Xã Hưng Hà", "Xã Nam Tiên Hưng", "Xã Đông Thái Ninh", "Xã Lê Lợi"]),
    ("province", "Tỉnh Ninh Bình", "Ninh Binh", ["Phường Phủ Lý", "Xã Liêm Hà", "Xã Nam Lý", "Xã Yên Cường", "Xã Cổ Lễ", "Xã Giao Phúc", "Xã Gia Tường", "Phường Đông Hoa Lư"]),
    ("province", "Tỉnh Quảng Trị", "Quang Tri", ["Phường Đồng Thuận", "Xã Tuyên Sơn", "Xã Tân Gianh", "Xã Thượng Trạch", "Xã Cam Hồng", "Xã Bến Quan", "Xã A Dơi", "Xã Tà Rụt"]),
    ("province", "Tỉnh Quảng Ngãi", "Quang Ngai", ["Phường Kon Tum", "Xã Cà Đam", "Xã Nghĩa Giang", "Xã Phước Giang", "Xã Ba Tơ", "Xã Ia Chim", "Xã Đăk Sao", "Xã Đăk Hà"]),
    ("province", "Tỉnh Gia Lai", "Gia Lai", ["Phường Quy Nhơn Bắc", "Phường Hoài Nhơn Nam", "Xã Vĩnh Quang", "Phường An Nhơn Đông", "Xã Gào", "Xã Ia Khươl", "Xã SRó", "Xã Ia Mơ"]),
    ("province", "Tỉnh Khánh Hòa", "Khanh Hoa", ["Phường Bắc Nha Trang", "Xã Cam Hiệp", "Xã Vạn Hưng", "Xã Nam Ninh Hoà", "Xã Diên Lâm", "Đặc khu Trường Sa", "Xã Ninh Sơn", "Xã Ninh Hải"]),
    ("province", "Tỉnh Lâm Đồng", "Lam Dong", ["Phường Mũi Né", "Xã Lương Sơn", "Xã Bắc Ruộng", "Phường Bắc Gia Nghĩa", "Xã Nam Đà", "Phường Cam Ly - Đà Lạt", "Xã Phú Sơn Lâm Hà", "Xã Gia Hiệp"]),
    ("province", "Tỉnh Đắk Lắk", "Dak Lak", ["Phường Tuy Hoà", "Xã Tuy An Đông", "Phường Phú Yên", "Phường Thành Nhất", "Xã Ia Rvê", "Xã Krông Búk", "Xã Ea Ô", "Xã Yang Mao"]),
    ("province", "Tỉnh Đồng Nai", "Dong Nai", ["Phường Bình Phước", "Xã Phú Nghĩa", "Phường An Lộc", "Xã Thọ Sơn", "Phường Trấn Biên", "Xã Phú Lâm", "Xã Bàu Hàm", "Xã Sông Ray"]),
    ("province", "Tỉnh Tây Ninh", "Tay Ninh", ["Phường Tân Ninh", "Xã Dương Minh Châu", "Phường Gò Dầu", "Phường Long An", "Xã Bình Hoà", "Xã Mỹ Quý", "Xã Bình Đức", "Xã Mỹ Lệ"]),
    ("province", "Tỉnh Vĩnh Long", "Vinh Long", ["Phường Phú Khương", "Xã Tân Thành Bình", "Xã Lộc Thuận", "Xã Thạnh Hải", "Xã Tiểu Cần", "Xã Trà Cú", "Phường Phước Hậu", "Xã Trung Ngãi"]),
    ("province", "Tỉnh Đồng Tháp", "Dong Thap", ["Phường Đạo Thạnh", "Xã Cái Bè", "Xã Mỹ Thành", "Xã Vĩnh Kim", "Xã Long Bình", "Phường Sa Đéc", "Xã Tam Nông", "Xã Ba Sao"]),
    ("province", "Tỉnh Cà Mau", "Ca Mau", ["Phường Bạc Liêu", "Xã Vĩnh Phước", "Xã Vĩnh Hậu", "Xã Định Thành", "Xã Khánh Lâm", "Xã Đá Bạc", "Xã Tạ An Khương", "Xã Tam Giang"]),
    ("province", "Tỉnh An Giang", "An Giang", ["Phường Bình Đức", "Phường Long Phú", "Xã Vĩnh Thạnh Trung", "Xã Cô Tô", "Xã Thoại Sơn", "Xã Hoà Điền", "Xã Thạnh Đông", "Xã Vĩnh Hoà Hưng"]),
]

# Departments of a province: (name_vi, name_en, code, mail prefix, themes). Every province has the core
# ones; cities have all the extras, provinces one of them.
PROVINCE_CORE = [
    ("Sở Y tế", "Department of Health", "so-y-te", "soyte", ["health"]),
    ("Sở Giáo dục và Đào tạo", "Department of Education and Training", "so-gddt", "sgddt", ["education"]),
    ("Sở Tài chính", "Department of Finance", "so-tai-chinh", "stc", ["finance", "economy", "enterprise"]),
    ("Sở Nông nghiệp và Môi trường", "Department of Agriculture and Environment", "so-nnmt", "snnmt", ["agriculture", "environment", "land"]),
    ("Sở Xây dựng", "Department of Construction", "so-xay-dung", "sxd", ["construction", "transport"]),
    ("Sở Nội vụ", "Department of Home Affairs", "so-noi-vu", "snv", ["government", "labour", "social"]),
    ("Sở Tư pháp", "Department of Justice", "so-tu-phap", "stp", ["justice", "population"]),
]
PROVINCE_EXTRA = [
    ("Sở Công Thương", "Department of Industry and Trade", "so-cong-thuong", "sct", ["trade", "energy", "enterprise"]),
    ("Sở Khoa học và Công nghệ", "Department of Science and Technology", "so-khcn", "skhcn", ["science", "government"]),
    ("Sở Văn hóa, Thể thao và Du lịch", "Department of Culture, Sports and Tourism", "so-vhttdl", "svhttdl", ["culture"]),
    ("Văn phòng Ủy ban nhân dân", "Office of the People's Committee", "van-phong-ubnd", "vpubnd", ["government"]),
]

REGIONS = [
    "vùng Đồng bằng sông Hồng", "vùng Trung du và miền núi phía Bắc", "vùng Bắc Trung Bộ và Duyên hải miền Trung",
    "vùng Tây Nguyên", "vùng Đông Nam Bộ", "vùng Đồng bằng sông Cửu Long",
]

THEME_LABELS = {
    "population": "dân cư", "economy": "kinh tế", "finance": "tài chính", "health": "y tế",
    "education": "giáo dục", "environment": "môi trường", "agriculture": "nông nghiệp", "land": "đất đai",
    "transport": "giao thông", "justice": "tư pháp", "public-security": "an ninh trật tự", "social": "xã hội",
    "labour": "lao động, việc làm", "culture": "văn hóa, thể thao, du lịch", "science": "khoa học, công nghệ",
    "government": "hành chính nhà nước", "enterprise": "doanh nghiệp", "construction": "xây dựng",
    "energy": "năng lượng", "trade": "thương mại",
}
THEMES = list(THEME_LABELS)

# What datasets are about, by theme: "subject|entity" where the entity decides the schema (person,
# enterprise, facility, stat, land, doc, vehicle); "!" marks subjects likely to hold sensitive data.
SUBJECTS = {
    "population": ["công dân thường trú|person", "người tạm trú|person", "hộ gia đình|person", "biến động dân cư|stat",
                   "dân số theo độ tuổi và giới tính|stat", "người nước ngoài tạm trú|person", "người cao tuổi|person",
                   "trẻ em dưới 6 tuổi|person", "di cư lao động|stat"],
    "economy": ["tổng sản phẩm trên địa bàn (GRDP)|stat", "chỉ số giá tiêu dùng|stat", "vốn đầu tư thực hiện từ ngân sách|stat",
                "chỉ số sản xuất công nghiệp|stat", "khu công nghiệp, cụm công nghiệp|facility", "hợp tác xã|enterprise",
                "dự án đầu tư trực tiếp nước ngoài|enterprise", "dự án đầu tư công|doc"],
    "finance": ["thu ngân sách nhà nước|stat", "chi ngân sách nhà nước|stat", "người nộp thuế|enterprise", "hóa đơn điện tử|doc",
                "tài sản công|facility", "nợ thuế|enterprise", "đơn vị sử dụng ngân sách|facility", "dự toán ngân sách|stat",
                "tài khoản thanh toán|person!"],
    "health": ["cơ sở khám bệnh, chữa bệnh|facility", "người hành nghề khám bệnh, chữa bệnh|person", "hồ sơ sức khỏe điện tử|person!",
               "tiêm chủng mở rộng|person!", "ca bệnh truyền nhiễm|person!", "nhà thuốc và quầy thuốc|facility",
               "giấy phép lưu hành thuốc|doc", "khám sức khỏe người lái xe|person!", "cơ sở sản xuất thực phẩm|facility",
               "giường bệnh và nhân lực y tế|stat"],
    "education": ["trường mầm non|facility", "trường trung học phổ thông|facility", "học sinh|person", "giáo viên và cán bộ quản lý giáo dục|person",
                  "kết quả thi tốt nghiệp trung học phổ thông|person", "văn bằng, chứng chỉ|person", "cơ sở giáo dục nghề nghiệp|facility",
                  "tỷ lệ học sinh đi học đúng độ tuổi|stat", "phổ cập giáo dục|stat"],
    "environment": ["quan trắc chất lượng không khí|stat", "quan trắc nước mặt|stat", "nguồn thải|facility", "giấy phép môi trường|doc",
                    "chất thải rắn sinh hoạt|stat", "khu bảo tồn thiên nhiên|land", "lượng mưa|stat", "giấy phép khai thác khoáng sản|doc",
                    "mỏ khoáng sản|land", "trạm quan trắc khí tượng thủy văn|facility"],
    "agriculture": ["diện tích gieo trồng lúa|stat", "vùng trồng được cấp mã số|land", "trang trại chăn nuôi|facility", "tàu cá|vehicle",
                    "dịch bệnh động vật|stat", "rừng phòng hộ|land", "giống cây trồng được công nhận|doc", "sản lượng thủy sản|stat",
                    "hợp tác xã nông nghiệp|enterprise", "công trình thủy lợi|facility"],
    "land": ["thửa đất|land", "giá đất|land", "quy hoạch sử dụng đất|land", "giấy chứng nhận quyền sử dụng đất|land",
             "đăng ký biến động đất đai|doc", "thu hồi đất|land", "bản đồ địa chính|land", "kiểm kê đất đai|stat"],
    "transport": ["phương tiện giao thông đường bộ|vehicle", "giấy phép lái xe|person", "tai nạn giao thông|stat", "tuyến xe buýt|facility",
                  "cầu, đường bộ|facility", "bến xe khách|facility", "phương tiện thủy nội địa|vehicle", "đăng kiểm xe cơ giới|vehicle",
                  "lưu lượng giao thông|stat"],
    "justice": ["hộ tịch|person", "khai sinh|person", "kết hôn|person", "lý lịch tư pháp|person!", "giao dịch bảo đảm|doc",
                "văn bản quy phạm pháp luật|doc", "công chứng viên và tổ chức hành nghề công chứng|person", "thi hành án dân sự|doc",
                "trợ giúp pháp lý|person", "xử lý vi phạm hành chính|doc"],
    "public-security": ["cư trú|person", "căn cước|person!", "cơ sở kinh doanh có điều kiện về an ninh, trật tự|facility", "vụ cháy, nổ|stat",
                        "xuất nhập cảnh|person", "cơ sở phải phòng cháy, chữa cháy|facility", "vi phạm trật tự an toàn giao thông|doc",
                        "tội phạm và vi phạm pháp luật|stat", "đối tượng chấp hành án phạt tù|person!"],
    "social": ["người có công với cách mạng|person", "đối tượng bảo trợ xã hội|person", "người khuyết tật|person!",
               "trẻ em có hoàn cảnh đặc biệt|person!", "cơ sở trợ giúp xã hội|facility", "người tham gia bảo hiểm xã hội|person",
               "chi trả trợ cấp xã hội|person", "hộ nghèo và hộ cận nghèo|person"],
    "labour": ["người lao động nước ngoài|person", "người tìm việc|person", "người hưởng trợ cấp thất nghiệp|person",
               "thị trường lao động|stat", "doanh nghiệp sử dụng lao động|enterprise", "tai nạn lao động|stat",
               "chứng chỉ kỹ năng nghề|person", "lao động đi làm việc ở nước ngoài|person"],
    "culture": ["di tích lịch sử - văn hóa|facility", "di sản văn hóa phi vật thể|doc", "cơ sở lưu trú du lịch|facility",
                "lượt khách du lịch|stat", "hướng dẫn viên du lịch|person", "vận động viên|person", "thư viện công cộng|facility",
                "cơ quan báo chí|enterprise", "hiện vật bảo tàng|doc", "lễ hội truyền thống|doc"],
    "science": ["nhiệm vụ khoa học và công nghệ|doc", "doanh nghiệp khoa học và công nghệ|enterprise", "văn bằng bảo hộ sở hữu công nghiệp|doc",
                "tiêu chuẩn quốc gia|doc", "giấy phép tần số vô tuyến điện|doc", "thuê bao di động|stat", "dịch vụ công trực tuyến|stat",
                "chuyên gia khoa học|person", "trạm thu phát sóng di động|facility"],
    "government": ["cán bộ, công chức, viên chức|person", "thủ tục hành chính|doc", "hồ sơ giải quyết thủ tục hành chính|doc",
                   "đơn vị hành chính|land", "văn bản đi, đến|doc", "phản ánh, kiến nghị|doc", "biên chế|stat",
                   "khiếu nại, tố cáo|doc", "kê khai tài sản, thu nhập|person!"],
    "enterprise": ["doanh nghiệp|enterprise", "hộ kinh doanh|enterprise", "đăng ký doanh nghiệp|enterprise", "doanh nghiệp nhà nước|enterprise",
                   "chi nhánh, văn phòng đại diện|enterprise", "doanh nghiệp giải thể|enterprise", "doanh nghiệp nhỏ và vừa|enterprise"],
    "construction": ["giấy phép xây dựng|doc", "công trình xây dựng|facility", "dự án nhà ở thương mại|facility", "nhà ở xã hội|facility",
                     "quy hoạch xây dựng|land", "năng lực hoạt động xây dựng|enterprise", "chứng chỉ hành nghề hoạt động xây dựng|person",
                     "giá vật liệu xây dựng|stat"],
    "energy": ["nhà máy điện|facility", "lưới điện phân phối|facility", "tiêu thụ điện năng|stat", "điện mặt trời mái nhà|facility",
               "cửa hàng bán lẻ xăng dầu|facility", "cơ sở sử dụng năng lượng trọng điểm|enterprise", "giá bán điện|stat"],
    "trade": ["chợ, siêu thị, trung tâm thương mại|facility", "kim ngạch xuất khẩu|stat", "kim ngạch nhập khẩu|stat",
              "giấy chứng nhận xuất xứ hàng hóa|doc", "thương nhân kinh doanh xăng dầu|enterprise", "sàn giao dịch thương mại điện tử|enterprise",
              "chỉ dẫn địa lý|doc", "tờ khai hải quan|doc"],
}

# Title templates by entity; {s} subject, {p} place, {y} year, {y0} first year, {q} quarter, {m} month.
TITLES = {
    "person": ["Danh sách {s} {p} năm {y}", "Cơ sở dữ liệu {s} {p}", "Sổ quản lý {s} {p}", "Hồ sơ {s} {p} năm {y}",
               "Dữ liệu {s} {p} giai đoạn {y0}–{y}", "Danh sách {s} {p} cập nhật tháng {m}/{y}"],
    "enterprise": ["Danh mục {s} {p}", "Cơ sở dữ liệu {s} {p}", "Danh sách {s} {p} năm {y}", "Thông tin {s} {p} năm {y}",
                   "Dữ liệu {s} {p} giai đoạn {y0}–{y}"],
    "facility": ["Danh mục {s} {p}", "Cơ sở dữ liệu {s} {p}", "Danh sách {s} {p} năm {y}", "Bản đồ {s} {p}",
                 "Hiện trạng {s} {p} năm {y}"],
    "stat": ["Thống kê {s} {p} năm {y}", "Số liệu {s} {p} giai đoạn {y0}–{y}", "Báo cáo {s} {p} quý {q}/{y}",
             "Chỉ tiêu {s} {p} năm {y}", "Tổng hợp {s} {p} tháng {m}/{y}"],
    "land": ["Bản đồ {s} {p}", "Cơ sở dữ liệu {s} {p}", "Hồ sơ {s} {p} năm {y}", "Dữ liệu không gian {s} {p}",
             "Danh mục {s} {p} năm {y}"],
    "doc": ["Sổ theo dõi {s} {p} năm {y}", "Cơ sở dữ liệu {s} {p}", "Danh sách {s} {p} tháng {m}/{y}", "Hồ sơ {s} {p} năm {y}",
            "Danh mục {s} {p}"],
    "vehicle": ["Cơ sở dữ liệu {s} {p}", "Danh sách {s} {p} năm {y}", "Sổ đăng ký {s} {p}", "Dữ liệu {s} {p} năm {y}"],
}

SOURCES = [
    "hệ thống thông tin giải quyết thủ tục hành chính", "báo cáo định kỳ của các đơn vị trực thuộc",
    "Cơ sở dữ liệu quốc gia về dân cư", "phần mềm quản lý chuyên ngành", "kết quả điều tra, khảo sát",
    "hồ sơ giấy đã được số hóa", "Cổng dịch vụ công quốc gia", "báo cáo của Ủy ban nhân dân cấp xã",
]
PURPOSES = [
    "công tác quản lý nhà nước và hoạch định chính sách", "việc giải quyết thủ tục hành chính trên môi trường điện tử",
    "chia sẻ với các bộ, ngành và địa phương qua Nền tảng tích hợp, chia sẻ dữ liệu quốc gia",
    "báo cáo thống kê định kỳ", "công tác thanh tra, kiểm tra", "người dân và doanh nghiệp tra cứu",
    "xây dựng Chính phủ số và chính quyền số", "theo dõi, đánh giá việc thực hiện các chương trình mục tiêu",
]
FREQUENCIES = [("continuous", "liên tục", 6), ("daily", "hằng ngày", 8), ("weekly", "hằng tuần", 5),
               ("monthly", "hằng tháng", 20), ("quarterly", "hằng quý", 15), ("semiannual", "6 tháng một lần", 6),
               ("annual", "hằng năm", 25), ("irregular", "không định kỳ", 12), ("never", "", 3)]
LEGAL = {
    "population": "Luật Cư trú 68/2020/QH14; Luật Căn cước 26/2023/QH15",
    "health": "Luật Khám bệnh, chữa bệnh 15/2023/QH15",
    "education": "Luật Giáo dục 43/2019/QH14",
    "land": "Luật Đất đai 31/2024/QH15",
    "social": "Luật Bảo hiểm xã hội 41/2024/QH15",
    "labour": "Bộ luật Lao động 45/2019/QH14; Luật Việc làm 74/2025/QH15",
    "justice": "Luật Hộ tịch 60/2014/QH13; Luật Lý lịch tư pháp 28/2009/QH12",
    "transport": "Luật Trật tự, an toàn giao thông đường bộ 36/2024/QH15",
    "enterprise": "Luật Doanh nghiệp 59/2020/QH14",
    "finance": "Luật Quản lý thuế 38/2019/QH14",
    "public-security": "Luật Cư trú 68/2020/QH14; Luật Xuất cảnh, nhập cảnh của công dân Việt Nam 49/2019/QH14",
    "government": "Luật Cán bộ, công chức 80/2025/QH15",
}
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
# (middle names, given names) of men and of women
NAMES = [
    (["Văn", "Đức", "Minh", "Quốc", "Hữu", "Công", "Xuân", "Thanh", "Anh"],
     ["An", "Bình", "Cường", "Dũng", "Hải", "Hiếu", "Hùng", "Khánh", "Long", "Minh", "Nam", "Phong", "Quân", "Sơn",
      "Thắng", "Trung", "Tuấn", "Việt", "Đạt", "Hoàng", "Kiên", "Toàn"]),
    (["Thị", "Thu", "Ngọc", "Thị Thu", "Hoài", "Bảo", "Thanh", "Thùy", "Minh"],
     ["Giang", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Phương", "Quỳnh", "Tâm", "Thảo", "Trang",
      "Vân", "Yến", "Nhung", "Huyền", "Thủy", "Ngân", "Oanh"]),
]

# Distribution formats: (format, weight, media type, title, file extension or None for an API)
FORMATS = [
    ("CSV", 30, "text/csv", "Tệp CSV", "csv"),
    ("XLSX", 22, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Bảng tính Excel", "xlsx"),
    ("JSON", 14, "application/json", "Tệp JSON", "json"),
    ("PDF", 10, "application/pdf", "Báo cáo PDF", "pdf"),
    ("XML", 7, "application/xml", "Tệp XML", "xml"),
    ("API", 9, "application/json", "Dịch vụ API tra cứu", None),
    ("DOCX", 4, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Văn bản DOCX", "docx"),
    ("SHP", 2, "application/zip", "Lớp bản đồ Shapefile", "zip"),
    ("GEOJSON", 2, "application/geo+json", "Lớp bản đồ GeoJSON", "geojson"),
]
GEO_FORMATS = [f for f in FORMATS if f[0] in ("SHP", "GEOJSON", "CSV", "PDF")]

# Schema columns by entity: name|title|type|unit|required|key|personal|description|example
FIELD_POOLS = {
    "person": """
ma_dinh_danh_ca_nhan|Số định danh cá nhân|string||true|true|basic|Số định danh cá nhân 12 chữ số theo Luật Căn cước.|001204012345
ho_ten|Họ và tên|string||true|false|basic|Họ, chữ đệm và tên theo giấy khai sinh.|Nguyễn Thị Hồng Nhung
ngay_sinh|Ngày sinh|date||true|false|basic||1990-05-17
gioi_tinh|Giới tính|code||false|false|basic|Mã giới tính: 1 nam, 2 nữ.|2
so_dien_thoai|Số điện thoại|string||false|false|basic|Số điện thoại di động liên hệ.|0912345678
email|Thư điện tử|string||false|false|basic||nhung.nth@gmail.com
dia_chi|Địa chỉ thường trú|string||false|false|basic|Số nhà, đường phố, thôn, tổ dân phố.|Số 12 ngõ 34 phố Hào Nam
ma_xa|Mã đơn vị hành chính cấp xã|code||true|false|none|Mã theo Quyết định 19/2025/QĐ-TTg.|00004
ma_tinh|Mã tỉnh|code||false|false|none|Mã tỉnh, thành phố trực thuộc trung ương.|01
quoc_tich|Quốc tịch|code||false|false|basic|Mã quốc gia ISO 3166-1.|VN
nghe_nghiep|Nghề nghiệp|string||false|false|basic||Giáo viên
ma_so_bhxh|Mã số bảo hiểm xã hội|string||false|false|basic||0123456789
dan_toc|Dân tộc|code||false|false|sensitive|Mã dân tộc theo danh mục các dân tộc Việt Nam.|01
ton_giao|Tôn giáo|code||false|false|sensitive|Mã tôn giáo theo danh mục của Ban Tôn giáo Chính phủ.|00
tinh_trang_suc_khoe|Tình trạng sức khỏe|string||false|false|sensitive|Ghi nhận của cơ sở y tế.|Bình thường
""",
    "enterprise": """
ma_so_thue|Mã số thuế|string||true|true|none|Mã số doanh nghiệp, đồng thời là mã số thuế.|0101234567
ten_doanh_nghiep|Tên doanh nghiệp|string||true|false|none|Tên đầy đủ bằng tiếng Việt.|Công ty TNHH Thương mại Minh Phát
ten_tieng_anh|Tên tiếng nước ngoài|string||false|false|none||Minh Phat Trading Co., Ltd
loai_hinh|Loại hình doanh nghiệp|code||true|false|none|Mã loại hình theo Luật Doanh nghiệp.|TNHH2TV
nganh_nghe_chinh|Ngành nghề kinh doanh chính|code||false|false|none|Mã ngành cấp 4 theo Hệ thống ngành kinh tế Việt Nam.|4711
von_dieu_le|Vốn điều lệ|decimal|đồng|false|false|none||5000000000
ngay_thanh_lap|Ngày thành lập|date||true|false|none||2018-03-12
nguoi_dai_dien|Người đại diện theo pháp luật|string||false|false|basic|Họ và tên người đại diện theo pháp luật.|Trần Văn Hùng
so_dinh_danh_nguoi_dai_dien|Số định danh người đại diện|string||false|false|basic||001088004321
dia_chi_tru_so|Địa chỉ trụ sở chính|string||false|false|none||Số 5 đường Lê Lợi
ma_xa|Mã đơn vị hành chính cấp xã|code||false|false|none|Mã theo Quyết định 19/2025/QĐ-TTg.|00070
so_lao_dong|Số lao động|integer|người|false|false|none||45
doanh_thu|Doanh thu|decimal|triệu đồng|false|false|none|Doanh thu thuần năm gần nhất.|12500
tinh_trang_hoat_dong|Tình trạng hoạt động|code||true|false|none|Đang hoạt động, tạm ngừng, giải thể.|dang_hoat_dong
""",
    "facility": """
ma_co_so|Mã cơ sở|string||true|true|none|Mã do cơ quan quản lý cấp.|CS-01-000123
ten_co_so|Tên cơ sở|string||true|false|none||Trạm Y tế xã Minh Châu
loai_hinh|Loại hình|code||true|false|none||tram_y_te
dia_chi|Địa chỉ|string||false|false|none||Thôn Đông, xã Minh Châu
ma_xa|Mã đơn vị hành chính cấp xã|code||true|false|none|Mã theo Quyết định 19/2025/QĐ-TTg.|00004
toa_do|Tọa độ|geometry||false|false|none|Điểm theo hệ VN-2000 hoặc WGS 84.|POINT(105.8342 21.0278)
so_giay_phep|Số giấy phép|string||false|false|none||125/GP-SYT
ngay_cap_phep|Ngày cấp phép|date||false|false|none||2021-09-30
quy_mo|Quy mô|integer||false|false|none|Số giường, số phòng hoặc công suất tùy loại hình.|50
dien_tich|Diện tích|decimal|m²|false|false|none||1250.5
nguoi_phu_trach|Người phụ trách|string||false|false|basic||Lê Thị Mai
so_dien_thoai_nguoi_phu_trach|Điện thoại người phụ trách|string||false|false|basic||0987654321
trang_thai|Trạng thái|code||false|false|none||dang_hoat_dong
""",
    "stat": """
nam|Năm|integer||true|true|none|Năm của số liệu.|2024
ky_bao_cao|Kỳ báo cáo|code||true|true|none|Tháng, quý, 6 tháng hoặc năm.|Q3
ma_chi_tieu|Mã chỉ tiêu|code||true|true|none|Mã trong Hệ thống chỉ tiêu thống kê quốc gia.|0101
ten_chi_tieu|Tên chỉ tiêu|string||true|false|none||Dân số trung bình
ma_tinh|Mã tỉnh|code||false|false|none||01
ma_xa|Mã đơn vị hành chính cấp xã|code||false|false|none||00004
phan_to|Phân tổ|string||false|false|none|Giới tính, nhóm tuổi, thành thị/nông thôn…|Nữ
gia_tri|Giá trị|decimal||true|false|none||1254.7
don_vi_tinh|Đơn vị tính|string||true|false|none||nghìn người
ty_le_tang_truong|Tỷ lệ tăng so với cùng kỳ|decimal|%|false|false|none||3.25
nguon_so_lieu|Nguồn số liệu|string||false|false|none||Báo cáo của Ủy ban nhân dân cấp xã
ngay_cong_bo|Ngày công bố|date||false|false|none||2025-01-15
""",
    "land": """
ma_thua_dat|Mã thửa đất|string||true|true|none|Mã xã, số tờ bản đồ và số thửa.|00004-12-345
so_to_ban_do|Số tờ bản đồ|integer||true|false|none||12
so_thua|Số thửa|integer||true|false|none||345
dien_tich|Diện tích|decimal|m²|true|false|none||156.8
muc_dich_su_dung|Mục đích sử dụng|code||true|false|none|Mã loại đất theo Luật Đất đai.|ODT
ma_xa|Mã đơn vị hành chính cấp xã|code||true|false|none||00004
hinh_the|Hình thể|geometry||false|false|none|Đa giác ranh giới theo hệ VN-2000.|POLYGON((0 0,10 0,10 15,0 15,0 0))
chu_su_dung|Người sử dụng đất|string||false|false|basic||Phạm Văn Nam
so_dinh_danh_chu_su_dung|Số định danh người sử dụng đất|string||false|false|basic||036085001122
so_giay_chung_nhan|Số giấy chứng nhận|string||false|false|none||DA 123456
ngay_cap|Ngày cấp|date||false|false|none||2019-11-20
thoi_han_su_dung|Thời hạn sử dụng|string||false|false|none||Lâu dài
gia_dat|Giá đất|decimal|đồng/m²|false|false|none||45000000
""",
    "doc": """
so_ho_so|Số hồ sơ|string||true|true|none|Mã hồ sơ trên hệ thống thông tin giải quyết thủ tục hành chính.|000.00.12.H40-250704-0001
ngay_tiep_nhan|Ngày tiếp nhận|date||true|false|none||2025-07-04
ngay_hen_tra|Ngày hẹn trả kết quả|date||false|false|none||2025-07-11
ma_thu_tuc|Mã thủ tục hành chính|code||false|false|none|Mã trên Cơ sở dữ liệu quốc gia về thủ tục hành chính.|1.001612
ten_thu_tuc|Tên thủ tục|string||false|false|none||Cấp giấy phép xây dựng nhà ở riêng lẻ
co_quan_giai_quyet|Cơ quan giải quyết|string||false|false|none||Ủy ban nhân dân xã Minh Châu
trang_thai_xu_ly|Trạng thái xử lý|code||true|false|none|Mới tiếp nhận, đang xử lý, đã trả kết quả.|da_tra_ket_qua
nguoi_nop|Người nộp hồ sơ|string||false|false|basic||Vũ Thị Lan
so_dinh_danh_nguoi_nop|Số định danh người nộp|string||false|false|basic||001190012345
so_van_ban|Số văn bản|string||false|false|none||125/QĐ-UBND
trich_yeu|Trích yếu|string||false|false|none||Về việc cấp phép
ngay_ban_hanh|Ngày ban hành|date||false|false|none||2025-06-30
ket_qua|Kết quả|string||false|false|none||Đã cấp
""",
    "vehicle": """
bien_so|Biển số|string||true|true|none||29A-123.45
loai_phuong_tien|Loại phương tiện|code||true|false|none||oto_con
nhan_hieu|Nhãn hiệu|string||false|false|none||VinFast
so_khung|Số khung|string||false|false|none||RLLV1234567890123
so_may|Số máy|string||false|false|none||VF123456
nam_san_xuat|Năm sản xuất|integer||false|false|none||2022
mau_son|Màu sơn|string||false|false|none||Trắng
trong_tai|Trọng tải|decimal|tấn|false|false|none||1.5
chu_phuong_tien|Chủ phương tiện|string||false|false|basic||Đỗ Minh Tuấn
so_dinh_danh_chu_phuong_tien|Số định danh chủ phương tiện|string||false|false|basic||001092003344
ngay_dang_ky|Ngày đăng ký|date||true|false|none||2023-02-14
ngay_het_han_kiem_dinh|Ngày hết hạn kiểm định|date||false|false|none||2026-02-13
""",
}
SENSITIVE_EXTRA = """
chan_doan|Chẩn đoán|code||false|false|sensitive|Mã bệnh theo ICD-10.|J18.9
tien_an_tien_su|Tiền án, tiền sự|string||false|false|sensitive||Không
"""
TAIL_FIELDS = """
ngay_cap_nhat|Thời điểm cập nhật|datetime||true|false|none|Thời điểm bản ghi được cập nhật lần cuối.|2025-07-01T08:30:00
ghi_chu|Ghi chú|string||false|false|none||
"""

LEVELS = {"none": 0, "basic": 1, "sensitive": 2}
LEVEL_NAMES = ["none", "basic", "sensitive"]
# Probability of each personal-data level by entity (none, basic, sensitive); "person!" for "!" subjects.
PERSONAL_MIX = {
    "person": (0, 80, 20), "person!": (0, 25, 75), "enterprise": (75, 25, 0), "facility": (80, 20, 0),
    "stat": (100, 0, 0), "land": (45, 55, 0), "doc": (55, 45, 0), "vehicle": (35, 65, 0),
}


def nfc(s):
    return unicodedata.normalize("NFC", s)


def fold(s):
    s = unicodedata.normalize("NFD", s.lower().replace("đ", "d"))
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s, sep="-"):
    out, prev = [], sep
    for c in fold(s):
        if c.isascii() and c.isalnum():
            out.append(c)
            prev = c
        elif prev != sep:
            out.append(sep)
            prev = sep
    return "".join(out).strip(sep)


def initials(s):
    return "".join(w[0] for w in slug(s, " ").split())


def parse_fields(block):
    return [tuple(line.split("|")) for line in block.strip().splitlines()]


def lower_first(s):
    return s[0].lower() + s[1:] if s else s


class Agency:
    __slots__ = ("code", "name_vi", "name_en", "kind", "parent", "themes", "domain", "place", "place_short",
                 "spatial", "wards", "province", "weight", "children")

    def __init__(self, code, name_vi, name_en, kind, parent, themes, domain):
        self.code, self.name_vi, self.name_en, self.kind = code, nfc(name_vi), name_en, kind
        self.parent, self.themes, self.domain = parent, themes, domain
        self.place = self.place_short = self.spatial = None
        self.wards, self.province, self.weight, self.children = [], None, 1.0, []


def build_agencies(rng):
    agencies = []

    def add(a):
        agencies.append(a)
        if a.parent:
            a.parent.children.append(a)
        return a

    for group, kind in ((MINISTRIES, "ministry"), (MINISTERIAL_AGENCIES, "ministerial_agency")):
        for name_vi, name_en, code, domain, themes, subs in group:
            m = add(Agency(code, name_vi, name_en, kind, None, themes, domain))
            m.weight = 3.0
            for sub_vi, sub_en, sub_themes in subs:
                sub_slug = slug(sub_vi)[:48].strip("-")
                d = add(Agency(f"{code}.{sub_slug}", sub_vi, sub_en, "department", m, sub_themes,
                               f"{initials(sub_vi)}.{domain}"))
                d.weight = 4.0
    for name_vi, name_en, code, domain, themes in GOVERNMENT_AGENCIES:
        add(Agency(code, name_vi, name_en, "government_agency", None, themes, domain)).weight = 2.0
    for kind, name_vi, name_en, wards in PROVINCES:
        short = name_vi.split(" ", 2)[-1] if name_vi.startswith("Thành phố ") else name_vi[len("Tỉnh "):]
        code = slug(short)
        domain = f"{code.replace('-', '')}.gov.vn"
        p = add(Agency(code, name_vi, name_en, kind, None, ["government", "economy", "population"], domain))
        p.weight = 3.0 if kind == "city" else 2.0
        prefix = "thành phố" if kind == "city" else "tỉnh"
        p.place, p.place_short, p.spatial = f"{prefix} {short}", short, name_vi
        p.wards = [nfc(w) for w in wards]
        p.province = p
        extras = PROVINCE_EXTRA if kind == "city" else [PROVINCE_EXTRA[rng.randrange(len(PROVINCE_EXTRA))]]
        for dep_vi, dep_en, dep_code, mail, themes in PROVINCE_CORE + extras:
            d = add(Agency(f"{code}.{dep_code}", f"{dep_vi} {prefix} {short}", f"{name_en} {dep_en}", "department",
                           p, themes, f"{mail}.{domain}"))
            d.place, d.place_short, d.spatial, d.wards, d.province = p.place, short, p.spatial, p.wards, p
            d.weight = 2.5 if kind == "city" else 1.6
    # Some agencies publish far more than others.
    for a in agencies:
        a.weight *= rng.lognormvariate(0, 0.6)
    return agencies


def write_csv(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def cumulative(weights):
    total, out = 0.0, []
    for w in weights:
        total += w
        out.append(total)
    return out


def generate(n, out_dir, seed, urls_dir=None):
    rng = random.Random(seed)
    started = time.time()
    agencies = build_agencies(rng)
    provinces = [a for a in agencies if a.kind in ("city", "province")]
    os.makedirs(out_dir, exist_ok=True)
    write_csv(os.path.join(out_dir, "agencies.csv"), ["code", "name_vi", "name_en", "kind", "parent"],
              [(a.code, a.name_vi, a.name_en, a.kind, a.parent.code if a.parent else "") for a in agencies])

    subjects = {t: [] for t in THEMES}
    for theme, items in SUBJECTS.items():
        for item in items:
            phrase, entity = item.split("|")
            phrase = nfc(phrase)
            subjects[theme].append((phrase, entity.rstrip("!"), entity, initials(phrase)[:8]))
    titles = {k: [nfc(t) for t in v] for k, v in TITLES.items()}

    # Field pools per entity and personal-data level: (key fields, optional fields, fields of that level).
    tail = [tuple(nfc(x) for x in f) for f in parse_fields(TAIL_FIELDS)]
    sensitive_extra = [tuple(nfc(x) for x in f) for f in parse_fields(SENSITIVE_EXTRA)]
    pools = {}
    encoded = {}  # column template → ",name,title,…\n" as CSV

    def encode(f):
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerow(("",) + f)
        encoded[f] = buf.getvalue()
        return f

    for f in tail + sensitive_extra:
        encode(f)
    for entity, block in FIELD_POOLS.items():
        fields = [encode(tuple(nfc(x) for x in f)) for f in parse_fields(block)]
        for variant in (entity, entity + "!"):
            allf = fields + (sensitive_extra if variant.endswith("!") else [])
            for level in range(3):
                ok = [f for f in allf if LEVELS[f[6]] <= level]
                keys = [f for f in ok if f[5] == "true"]
                rest = [f for f in ok if f[5] != "true"]
                at_level = [f for f in rest if LEVELS[f[6]] == level]
                pools[(variant, level)] = (keys, rest, at_level)

    weights_cum = cumulative([a.weight for a in agencies])
    freq_codes = [f[0] for f in FREQUENCIES]
    freq_phrase = {f[0]: f[1] for f in FREQUENCIES}
    freq_cum = cumulative([f[2] for f in FREQUENCIES])
    fmt_cum = cumulative([f[1] for f in FORMATS])
    geo_cum = cumulative([f[1] for f in GEO_FORMATS])
    today = datetime.date(2025, 11, 27).toordinal()
    first = datetime.date(2016, 1, 1).toordinal()
    iso = {}  # ordinal → ISO date, memoised

    def date_str(o):
        s = iso.get(o)
        if s is None:
            s = iso[o] = datetime.date.fromordinal(o).isoformat()
        return s

    # Rows are written as they are made, in chunks, so memory stays flat even for millions of datasets.
    files = {name: open(os.path.join(out_dir, f"{name}.csv"), "w", newline="", encoding="utf-8")
             for name in ("datasets", "fields", "distributions")}
    datasets_out = csv.writer(files["datasets"], lineterminator="\n")
    dist_out = csv.writer(files["distributions"], lineterminator="\n")
    datasets_out.writerow(["identifier", "title", "description", "owner", "custodian", "themes", "keywords",
                           "sharing_scope", "importance", "personal_data", "legal_basis", "channels", "licence",
                           "update_frequency", "temporal_start", "temporal_end", "spatial", "contact_name",
                           "contact_email", "contact_phone", "issued", "modified", "status"])
    # Fields are the bulk of the output: each column template is CSV-encoded once, and a row is the
    # dataset identifier (never needs quoting) followed by the encoded template.
    files["fields"].write("dataset,name,title,type,unit,required,key,personal_data,description,example\n")
    dist_out.writerow(["dataset", "title", "format", "media_type", "url", "byte_size", "channel"])
    datasets_rows, field_rows, dist_rows = [], [], []
    n_datasets = n_fields = n_dist = 0

    def flush():
        nonlocal n_datasets, n_fields, n_dist
        datasets_out.writerows(datasets_rows)
        files["fields"].write("".join(field_rows))
        dist_out.writerows(dist_rows)
        n_datasets += len(datasets_rows)
        n_fields += len(field_rows) // 2
        n_dist += len(dist_rows)
        datasets_rows.clear()
        field_rows.clear()
        dist_rows.clear()

    visible = []
    counts = {"status": {}, "scope": {}, "personal": {}}
    rand = rng.random

    def choice(seq):
        return seq[int(rand() * len(seq))]

    def randint(a, b):
        return a + int(rand() * (b - a + 1))

    def weighted(seq, cum):
        return seq[bisect.bisect(cum, rand() * cum[-1])]

    email_local = {}  # (given, surname, middle) → ASCII local part, memoised
    for i in range(1, n + 1):
        owner = weighted(agencies, weights_cum)
        # Theme: mostly the owner's first theme, else one of its others, sometimes anything.
        r = rand()
        if r < 0.55:
            theme = owner.themes[0]
        elif r < 0.9:
            theme = choice(owner.themes)
        else:
            theme = choice(THEMES)
        phrase, entity, variant, abbr = choice(subjects[theme])
        themes = [theme]
        r = rand()
        if r < 0.35 and len(owner.themes) > 1:
            other = choice(owner.themes)
            if other not in themes:
                themes.append(other)
        if rand() < 0.25:
            other = choice(THEMES)
            if other not in themes:
                themes.append(other)

        # Place: provincial agencies write about their province or one of its wards; central ones
        # about the country, a region or a province.
        if owner.province is not None:
            if rand() < 0.25:
                ward = choice(owner.wards)
                kind_word, rest = ward.split(" ", 1) if not ward.startswith("Đặc khu") else ("đặc khu", ward[8:])
                place = f"{kind_word.lower()} {rest}, {owner.place}"
                spatial = f"{ward};{owner.spatial}"
            else:
                place, spatial = owner.place, owner.spatial
            place_kw = owner.place_short
        else:
            r = rand()
            if r < 0.55:
                place, spatial, place_kw = "toàn quốc", "Việt Nam", "toàn quốc"
            elif r < 0.7:
                place = choice(REGIONS)
                spatial = "V" + place[1:]
                place_kw = place[4:]
            else:
                p = choice(provinces)
                place, spatial, place_kw = p.place, p.spatial, p.place_short

        issued = randint(first, today - 30)
        modified = issued + int((today - issued) * rand() ** 0.7)
        year = int(date_str(issued)[:4])
        title = choice(titles[entity]).format(
            s=phrase, p=place, y=year, y0=year - randint(3, 5), q=randint(1, 4), m=randint(1, 12))

        level_mix = PERSONAL_MIX[variant if variant.endswith("!") and entity == "person" else entity]
        r = rand() * 100
        level = 0 if r < level_mix[0] else (1 if r < level_mix[0] + level_mix[1] else 2)
        keys, rest, at_level = pools[(variant, level)]
        k = randint(6, 10) - len(keys)
        chosen = rng.sample(rest, min(max(k, 3), len(rest)))
        if level and not any(LEVELS[f[6]] == level for f in chosen):
            chosen[0] = choice(at_level)
            if len(set(chosen)) != len(chosen):
                chosen = list(dict.fromkeys(chosen))
        order = {f: j for j, f in enumerate(rest)}
        chosen.sort(key=order.__getitem__)
        fields = keys + chosen + (tail if rand() < 0.7 else tail[:1])
        personal = LEVEL_NAMES[level]

        r = rand()
        scope = "shared" if r < 0.55 else ("internal" if r < 0.83 else "open")
        if personal == "sensitive" and scope == "open":
            scope = "internal"
        r = rand()
        importance = "core" if r < 0.1 else ("important" if r < 0.38 else "other")
        r = rand()
        status = "published" if r < 0.9 else ("retired" if r < 0.96 else "draft")
        freq = weighted(freq_codes, freq_cum)

        if scope == "shared":
            channels = rng.sample(["ndxp", "lgsp", "datacenter", "api"], randint(1, 3))
        elif scope == "open":
            channels = ["portal", "download"] if rand() < 0.6 else ["portal", "api", "download"]
        else:
            channels = ["api"] if rand() < 0.3 else []
        legal = ""
        if personal != "none":
            sector = LEGAL.get(theme) or LEGAL.get(themes[-1]) or ""
            legal = "Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15" + (f"; {sector}" if sector else "")
        elif rand() < 0.3:
            legal = "Luật Dữ liệu 60/2024/QH15"

        identifier = f"{owner.code}.{abbr}-{i:06d}"
        field_titles = [lower_first(f[1]) for f in fields[1:4]]
        s1 = f"{title} do {owner.name_vi} quản lý, gồm {len(fields)} trường thông tin như {field_titles[0]}, {field_titles[1]} và {field_titles[2]}."
        if freq == "never":
            s2 = f"Dữ liệu được tổng hợp một lần từ {choice(SOURCES)} và không cập nhật thêm."
        else:
            s2 = f"Dữ liệu được cập nhật {freq_phrase[freq]} từ {choice(SOURCES)}."
        description = f"{s1} {s2} Dữ liệu phục vụ {choice(PURPOSES)}." if rand() < 0.6 else f"{s1} {s2}"
        keywords = [phrase, place_kw] + [THEME_LABELS[t] for t in themes[:2]]
        if rand() < 0.5:
            keywords.append(lower_first(fields[1][1]))
        middles, givens = NAMES[int(rand() * 2)]
        given, sur, mid = choice(givens), choice(SURNAMES), choice(middles)
        contact = f"{sur} {mid} {given}"
        local = email_local.get((given, sur, mid))
        if local is None:
            local = email_local[(given, sur, mid)] = slug(given, "") + initials(f"{sur} {mid}")
        email = f"{local}@{owner.domain}"
        phone = f"0{choice(('24', '28', '236', '238', '251', '292', '203', '212'))} {randint(3500, 3999)} {randint(1000, 9999)}"
        temporal_start = f"{year - randint(0, 5)}-01-01"
        temporal_end = "" if rand() < 0.5 else f"{min(year + randint(0, 2), 2025)}-12-31"
        custodian = ""
        if rand() < 0.2 and owner.parent is not None:
            custodian = owner.parent.code
        datasets_rows.append((
            identifier, title, description, owner.code, custodian, ";".join(themes), ";".join(keywords),
            scope, importance, personal, legal, ";".join(channels), "CC BY 4.0" if scope == "open" else "",
            freq, temporal_start, temporal_end, spatial, contact, email, phone,
            date_str(issued), date_str(modified), status,
        ))
        for f in fields:
            field_rows.append(identifier)
            field_rows.append(encoded[f])

        r = rand()
        ndist = 0 if r < 0.15 else (1 if r < 0.55 else (2 if r < 0.85 else 3))
        used = []
        for j in range(ndist):
            if entity == "land":
                fmt = weighted(GEO_FORMATS, geo_cum)
            else:
                fmt = weighted(FORMATS, fmt_cum)
            if fmt[0] in used:
                continue
            used.append(fmt[0])
            name, _, media, dtitle, ext = fmt
            if ext is None:
                url = f"https://api.{owner.domain}/v1/{identifier}"
                size = ""
                channel = choice(channels) if channels else "api"
            else:
                url = f"https://data.{owner.domain}/{identifier}/{year}.{ext}"
                size = str(int(10 ** (3.5 + rand() * 5)))
                channel = "download" if "download" in channels or not channels else choice(channels)
            dist_rows.append((identifier, f"{dtitle} năm {year}", name, media, url, size, channel))

        if urls_dir and status != "draft":
            visible.append(identifier)
        counts["status"][status] = counts["status"].get(status, 0) + 1
        counts["scope"][scope] = counts["scope"].get(scope, 0) + 1
        counts["personal"][personal] = counts["personal"].get(personal, 0) + 1
        if len(datasets_rows) >= 10000:
            flush()

    flush()
    for f in files.values():
        f.close()

    if urls_dir:
        write_urls(rng, urls_dir, agencies, visible)
    return {
        "agencies": len(agencies), "datasets": n_datasets, "fields": n_fields,
        "distributions": n_dist, "seconds": round(time.time() - started, 1), **counts,
    }


def write_urls(rng, urls_dir, agencies, visible):
    """URL lists for the load test: dataset pages of visible datasets, and list pages with filters."""
    os.makedirs(urls_dir, exist_ok=True)
    picks = [rng.choice(visible) for _ in range(20000)]
    with open(os.path.join(urls_dir, "urls-dataset.txt"), "w", encoding="utf-8") as f:
        f.writelines(f"/datasets/{ident}\n" for ident in picks)

    top = [a for a in agencies if a.parent is None and a.children]
    leaf = [a for a in agencies if a.parent is not None]
    generators = {
        "agency": lambda: "agency=" + (rng.choice(top).code if rng.random() < 0.8 else rng.choice(leaf).code),
        "theme": lambda: "theme=" + rng.choice(THEMES),
        "scope": lambda: "scope=" + rng.choice(["shared", "internal", "open"]),
        "importance": lambda: "importance=" + rng.choice(["core", "important", "other"]),
        "personal": lambda: "personal=" + rng.choice(["none", "basic", "sensitive"]),
        "format": lambda: "format=" + rng.choices(["CSV", "XLSX", "JSON", "PDF", "API", "XML", "SHP"],
                                                  weights=[30, 22, 14, 10, 9, 7, 2])[0],
        "status": lambda: "status=" + rng.choice(["published", "retired"]),
    }
    kinds = list(generators)
    weights = [30, 20, 12, 10, 10, 10, 8]
    urls = []
    for _ in range(5000):
        k = rng.choices([1, 2, 3], weights=[45, 35, 20])[0]
        chosen = []
        while len(chosen) < k:
            kind = rng.choices(kinds, weights=weights)[0]
            if kind not in chosen:
                chosen.append(kind)
        params = [generators[kind]() for kind in chosen]
        if rng.random() < 0.25:
            params.append("sort=modified")
        r = rng.random()
        if k == 1 and r < 0.12:
            params.append("page=50")
        elif r < 0.3:
            params.append(f"page={rng.randint(2, 5)}")
        urls.append("/datasets?" + "&".join(params))
    with open(os.path.join(urls_dir, "urls-list.txt"), "w", encoding="utf-8") as f:
        f.writelines(u + "\n" for u in urls)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--datasets", "-n", type=int, default=100000, help="number of datasets (default 100000)")
    ap.add_argument("--out", "-o", required=True, help="output directory for the CSV files")
    ap.add_argument("--seed", type=int, default=20251128, help="random seed (default 20251128)")
    ap.add_argument("--urls", help="also write the load-test URL lists to this directory (not the CSV directory)")
    args = ap.parse_args()
    if args.urls and os.path.abspath(args.urls) == os.path.abspath(args.out):
        ap.error("--urls must not be the CSV directory (the server loads every *.csv there; keep them apart)")
    summary = generate(args.datasets, args.out, args.seed, args.urls)
    print(" ".join(f"{k}={v}" for k, v in summary.items()), file=sys.stderr)


if __name__ == "__main__":
    main()
