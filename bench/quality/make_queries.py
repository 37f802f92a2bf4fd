#!/usr/bin/env python3
"""Source of the relevance judgments in queries.tsv (run once: python3 make_queries.py > queries.tsv).

The judgments were written by reading seed-data/datasets.csv and seed-data/fields.csv (titles,
descriptions, keywords, owner, spatial coverage, column names/titles) BEFORE running ndc or the
PostgreSQL baseline, and were not tuned afterwards. Only published datasets are judged (drafts and
retired datasets are never listed by /datasets, so they cannot be expected).

Grades: 3 = the answer, 2 = highly relevant, 1 = relevant. Unlisted = not relevant.
Groups below are families of per-province datasets with the same structure; they are listed by
hand (not by string matching) so that a family member with an unusual title is not missed.
"""
import csv
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = os.path.join(HERE, '..', '..', 'seed-data')

# --- families of local datasets (published only) -------------------------------------------
DANCU_LOCAL = ['hni-ca-so-lieu-dan-cu', 'hti-ca-so-lieu-dan-cu', 'tng-ca-so-lieu-dan-cu',
               'pto-ca-so-lieu-dan-cu', 'tni-ca-so-lieu-dan-cu', 'cmu-ca-so-lieu-dan-cu']
DKX_LOCAL = ['hni-ca-dang-ky-xe', 'hue-ca-dang-ky-xe', 'hcm-ca-dang-ky-xe', 'lcu-ca-dang-ky-xe',
             'lsn-ca-dang-ky-xe', 'lci-ca-dang-ky-xe', 'bni-ca-dang-ky-xe', 'qng-ca-dang-ky-xe',
             'gla-ca-dang-ky-xe', 'cmu-ca-dang-ky-xe']
AIR_LOCAL = ['hni-snnmt-quan-trac-khong-khi', 'hpg-snnmt-quan-trac-khong-khi',
             'hcm-snnmt-quan-trac-khong-khi', 'qnh-snnmt-quan-trac-khong-khi',
             'bni-quan-trac-khong-khi', 'hyn-snnmt-quan-trac-khong-khi']
GIADAT = ['sla-bang-gia-dat', 'hti-bang-gia-dat', 'hyn-bang-gia-dat']
KCB_LOCAL = ['hue-syt-co-so-kham-chua-benh', 'hcm-co-so-kham-chua-benh', 'cto-co-so-kham-chua-benh',
             'dbn-co-so-kham-chua-benh', 'dni-co-so-kham-chua-benh', 'tni-co-so-kham-chua-benh']
HONGHEO_LOCAL = ['hpg-snnmt-ho-ngheo-can-ngheo', 'dbn-ho-ngheo-can-ngheo', 'tng-ho-ngheo-can-ngheo',
                 'kha-ho-ngheo-can-ngheo']
TIEMCHUNG_LOCAL = ['hcm-tiem-chung-mo-rong', 'cto-tiem-chung-mo-rong', 'sla-tiem-chung-mo-rong',
                   'hti-tiem-chung-mo-rong', 'dni-tiem-chung-mo-rong', 'dtp-syt-tiem-chung-mo-rong']
HKD = ['hni-ho-kinh-doanh', 'hpg-ho-kinh-doanh', 'qnh-stc-ho-kinh-doanh', 'tha-ho-kinh-doanh',
       'nan-stc-ho-kinh-doanh', 'tng-ho-kinh-doanh', 'dtp-ho-kinh-doanh']
TROCAP_LOCAL = ['dng-tro-cap-xa-hoi', 'cto-tro-cap-xa-hoi', 'sla-tro-cap-xa-hoi', 'lsn-tro-cap-xa-hoi',
                'tqg-tro-cap-xa-hoi', 'pto-tro-cap-xa-hoi', 'dlk-tro-cap-xa-hoi', 'tni-tro-cap-xa-hoi',
                'vlg-tro-cap-xa-hoi', 'dtp-tro-cap-xa-hoi']
NCC_LOCAL = ['hni-nguoi-co-cong', 'dng-nguoi-co-cong', 'nbh-snv-nguoi-co-cong']
TTHC_KETQUA = ['cto-ket-qua-giai-quyet-tthc', 'tqg-ket-qua-giai-quyet-tthc', 'tng-ket-qua-giai-quyet-tthc',
               'qtr-ket-qua-giai-quyet-tthc', 'qng-ket-qua-giai-quyet-tthc', 'agg-ket-qua-giai-quyet-tthc']
MOTCUA = ['hni-ho-so-mot-cua', 'hpg-ho-so-mot-cua', 'tha-ho-so-mot-cua', 'bni-ho-so-mot-cua',
          'gla-ho-so-mot-cua', 'kha-ho-so-mot-cua', 'ldg-ho-so-mot-cua']
KHIEUNAI_LOCAL = ['hni-tiep-cong-dan-khieu-nai', 'hue-tiep-cong-dan-khieu-nai', 'cto-tiep-cong-dan-khieu-nai',
                  'lci-tiep-cong-dan-khieu-nai', 'pto-tiep-cong-dan-khieu-nai', 'nbh-tiep-cong-dan-khieu-nai',
                  'qng-tiep-cong-dan-khieu-nai', 'dlk-tiep-cong-dan-khieu-nai', 'dni-tiep-cong-dan-khieu-nai']
ATTP_LOCAL = ['dng-an-toan-thuc-pham', 'dbn-an-toan-thuc-pham', 'nan-an-toan-thuc-pham',
              'ldg-syt-an-toan-thuc-pham', 'dlk-an-toan-thuc-pham']
TSC_LOCAL = ['dng-tai-san-cong', 'sla-tai-san-cong', 'lsn-tai-san-cong', 'tha-tai-san-cong', 'hti-tai-san-cong',
             'kha-tai-san-cong', 'tni-tai-san-cong', 'vlg-stc-tai-san-cong', 'dtp-stc-tai-san-cong',
             'cmu-tai-san-cong']
DATDAI_LOCAL = ['qnh-csdl-dat-dai', 'tha-csdl-dat-dai', 'tqg-csdl-dat-dai', 'bni-snnmt-csdl-dat-dai',
                'nbh-snnmt-csdl-dat-dai', 'gla-csdl-dat-dai', 'dni-csdl-dat-dai']
QHSDD = ['cbg-quy-hoach-su-dung-dat', 'tqg-quy-hoach-su-dung-dat', 'qng-quy-hoach-su-dung-dat',
         'vlg-snnmt-quy-hoach-su-dung-dat']
QHDT = ['hcm-quy-hoach-do-thi', 'lci-quy-hoach-do-thi', 'ldg-quy-hoach-do-thi', 'dlk-quy-hoach-do-thi']
HOCSINH = ['hpg-sgddt-ho-so-hoc-sinh', 'hcm-sgddt-ho-so-hoc-sinh', 'dbn-sgddt-ho-so-hoc-sinh',
           'sla-ho-so-hoc-sinh', 'bni-ho-so-hoc-sinh', 'qng-ho-so-hoc-sinh', 'ldg-ho-so-hoc-sinh',
           'tni-ho-so-hoc-sinh', 'vlg-ho-so-hoc-sinh', 'cmu-ho-so-hoc-sinh']
TKGD = ['tqg-thong-ke-giao-duc', 'kha-thong-ke-giao-duc', 'agg-sgddt-thong-ke-giao-duc']
TRUONGHOC = ['hni-truong-hoc', 'nan-truong-hoc', 'tqg-truong-hoc', 'bni-sgddt-truong-hoc', 'dni-truong-hoc']
LOP10 = ['lcu-tuyen-sinh-lop-10', 'lsn-tuyen-sinh-lop-10', 'cbg-tuyen-sinh-lop-10', 'kha-tuyen-sinh-lop-10']
DITICH_LOCAL = ['hpg-svhttdl-di-tich', 'hcm-di-tich', 'hti-di-tich']
FDI_LOCAL = ['dng-stc-doanh-nghiep-fdi', 'hcm-doanh-nghiep-fdi', 'qnh-doanh-nghiep-fdi']
NGANSACH_LOCAL = ['hpg-thu-chi-ngan-sach', 'dng-thu-chi-ngan-sach', 'lcu-thu-chi-ngan-sach',
                  'cbg-thu-chi-ngan-sach', 'tng-stc-thu-chi-ngan-sach', 'qng-thu-chi-ngan-sach',
                  'tni-stc-thu-chi-ngan-sach']
BTN_LOCAL = ['hyn-benh-truyen-nhiem', 'nbh-syt-benh-truyen-nhiem', 'gla-benh-truyen-nhiem',
             'kha-benh-truyen-nhiem', 'ldg-benh-truyen-nhiem', 'tni-syt-benh-truyen-nhiem']
VUNGTRONG_LOCAL = ['cto-ma-so-vung-trong', 'dlk-ma-so-vung-trong']
GPMT = ['hue-snnmt-giay-phep-moi-truong', 'lcu-snnmt-giay-phep-moi-truong', 'qnh-giay-phep-moi-truong',
        'cbg-giay-phep-moi-truong', 'qtr-giay-phep-moi-truong', 'agg-giay-phep-moi-truong']
HTX = ['sla-hop-tac-xa', 'lci-hop-tac-xa', 'nbh-hop-tac-xa', 'agg-hop-tac-xa']
CTR = ['dbn-chat-thai-ran', 'nan-chat-thai-ran', 'lci-snnmt-chat-thai-ran', 'bni-snnmt-chat-thai-ran',
       'dni-snnmt-chat-thai-ran', 'dtp-snnmt-chat-thai-ran']
DIENBIENRUNG = ['lsn-hien-trang-rung', 'tha-hien-trang-rung', 'nan-hien-trang-rung', 'lci-hien-trang-rung']
CPXD = ['hni-sxd-cap-phep-xay-dung', 'lsn-sxd-cap-phep-xay-dung', 'tng-sxd-cap-phep-xay-dung']
DNTLM = ['hpg-doanh-nghiep-thanh-lap-moi', 'dng-stc-doanh-nghiep-thanh-lap-moi',
         'hcm-stc-doanh-nghiep-thanh-lap-moi', 'qtr-stc-doanh-nghiep-thanh-lap-moi']
NHATHUOC_LOCAL = ['cto-nha-thuoc-gpp', 'sla-nha-thuoc-gpp']
LUA_LOCAL_TIENDO = ['tha-san-xuat-lua', 'nan-snnmt-san-xuat-lua', 'vlg-san-xuat-lua']
TNGT_LOCAL = ['lcu-ca-tai-nan-giao-thong', 'lsn-ca-tai-nan-giao-thong', 'gla-ca-tai-nan-giao-thong',
              'ldg-ca-tai-nan-giao-thong']
KCN = ['hcm-sct-khu-cum-cong-nghiep', 'pto-khu-cum-cong-nghiep']
MST_COLUMN = ['btc-hoa-don-dien-tu', 'btc-to-khai-hai-quan', 'bct-giay-chung-nhan-xuat-xu',
              'bct-csdl-hoa-chat', 'btc-quan-ly-rui-ro-hai-quan']  # columns titled "Mã số thuế ..." (mst_*)


def columns(name, exact=True):
    """Published datasets having a column `name` (exact) -- used for column-name queries."""
    ds = {d['identifier']: d for d in csv.DictReader(open(os.path.join(SEED, 'datasets.csv'), encoding='utf-8'))}
    out = []
    for f in csv.DictReader(open(os.path.join(SEED, 'fields.csv'), encoding='utf-8')):
        if ds[f['dataset']]['status'] != 'published':
            continue
        if (f['name'] == name) if exact else (name in f['name']):
            if f['dataset'] not in out:
                out.append(f['dataset'])
    return out


def g(grade, ids):
    return [(i, grade) for i in ids]


def rel(*parts):
    """Merge (identifier, grade) lists; the first grade given to an identifier wins."""
    out = {}
    for p in parts:
        if isinstance(p, tuple):
            p = [p]
        for i, gr in p:
            out.setdefault(i, gr)
    return out


SO_DINH_DANH = columns('so_dinh_danh')
NGAY_SINH = columns('ngay_sinh')

# --- shared judgment sets -----------------------------------------------------------------------
R_DANCU = rel(('bca-csdl-dan-cu', 3), g(2, DANCU_LOCAL),
              g(1, ['bca-csdl-cu-tru', 'bca-csdl-can-cuoc', 'btc-dan-so-trung-binh',
                    'btc-tong-dieu-tra-dan-so-2019', 'qtr-thon-to-dan-pho']))
R_MST = rel(('btc-danh-muc-ma-so-thue', 3), ('btc-csdl-nguoi-nop-thue', 2),
            g(1, ['bct-website-thuong-mai-dien-tu', 'btc-csdl-dang-ky-doanh-nghiep'] + MST_COLUMN))
R_MST_DN = rel(('btc-danh-muc-ma-so-thue', 3), ('btc-csdl-nguoi-nop-thue', 2),
               ('btc-csdl-dang-ky-doanh-nghiep', 2),
               g(1, ['bct-website-thuong-mai-dien-tu'] + MST_COLUMN))
R_DKX = rel(('bca-csdl-dang-ky-xe', 3), g(2, DKX_LOCAL), ('bxd-csdl-dang-kiem', 1))
R_GIADAT = rel(g(3, GIADAT), ('bnnmt-csdl-dat-dai-quoc-gia', 2), ('bxd-nha-o-thi-truong-bat-dong-san', 1))
R_BENHVIEN = rel(('byt-co-so-kham-chua-benh', 3), g(2, KCB_LOCAL), ('btc-bhxh-co-so-kcb-bhyt', 2),
                 ('byt-nguoi-hanh-nghe-kham-chua-benh', 1))
R_HONGHEO = rel(('bnnmt-csdl-ho-ngheo-can-ngheo', 3), g(2, HONGHEO_LOCAL))
R_TIEMCHUNG = rel(('byt-csdl-tiem-chung', 3), g(2, TIEMCHUNG_LOCAL))
R_TNGT = rel(('bca-tai-nan-giao-thong', 3), g(2, TNGT_LOCAL), ('bca-vi-pham-giao-thong-camera', 1))
R_BTN = rel(('byt-giam-sat-benh-truyen-nhiem', 3), ('byt-dich-benh-truyen-nhiem-theo-tuan', 3), g(2, BTN_LOCAL))
R_NGAYSINH = rel(g(2, NGAY_SINH), ('byt-giay-chung-sinh-dien-tu', 1))
R_TRUONGHOC = rel(g(3, TRUONGHOC), ('bgddt-ma-truong-thpt-tuyen-sinh', 2),
                  ('bgddt-co-so-giao-duc-dai-hoc', 1), g(1, TKGD))
R_HOADON = rel(('btc-hoa-don-dien-tu', 3))

Q = []  # (query, judgments)

# ======================= typed WITHOUT diacritics =======================
Q += [
    ('du lieu dan cu', R_DANCU),
    ('ma so thue doanh nghiep', R_MST_DN),
    ('dang ky xe', R_DKX),
    ('quan trac khong khi ha noi', rel(('hni-snnmt-quan-trac-khong-khi', 3),
                                       ('bnnmt-quan-trac-khong-khi-tu-dong', 2))),
    ('gia dat', R_GIADAT),
    ('benh vien', R_BENHVIEN),
    ('ho ngheo can ngheo', R_HONGHEO),
    ('tiem chung', R_TIEMCHUNG),
    ('bao hiem xa hoi', rel(('btc-bhxh-csdl-quoc-gia-ve-bao-hiem', 3), ('bnv-bao-hiem-that-nghiep', 1),
                            ('btc-bhxh-co-so-kcb-bhyt', 1))),
    ('dang ky doanh nghiep', rel(('btc-csdl-dang-ky-doanh-nghiep', 3), g(2, DNTLM),
                                 ('btc-danh-muc-ma-so-thue', 1), g(1, HKD))),
    ('giay phep lai xe', rel(('bca-csdl-giay-phep-lai-xe', 3))),
    ('can cuoc cong dan', rel(('bca-csdl-can-cuoc', 3), ('bca-csdl-dan-cu', 2))),
    ('tai nan giao thong', R_TNGT),
    ('ho kinh doanh', rel(g(3, HKD), ('btc-csdl-nguoi-nop-thue', 1))),
    ('tro cap xa hoi', rel(('byt-doi-tuong-bao-tro-xa-hoi', 3), g(2, TROCAP_LOCAL),
                           ('bnv-csdl-nguoi-co-cong', 1), g(1, NCC_LOCAL), ('bnv-bao-hiem-that-nghiep', 1))),
    ('nguoi co cong', rel(('bnv-csdl-nguoi-co-cong', 3), g(2, NCC_LOCAL))),
    ('thu tuc hanh chinh', rel(('vpcp-csdl-thu-tuc-hanh-chinh', 3), ('hyn-thu-tuc-hanh-chinh', 2),
                               ('vpcp-ho-so-dich-vu-cong', 2), g(1, TTHC_KETQUA), g(1, MOTCUA))),
    ('khieu nai to cao', rel(('ttcp-khieu-nai-to-cao', 3), g(2, KHIEUNAI_LOCAL), ('vpcp-phan-anh-kien-nghi', 1))),
    ('an toan thuc pham', rel(('byt-co-so-du-dieu-kien-attp', 3), g(2, ATTP_LOCAL))),
    ('tai san cong', rel(('btc-csdl-tai-san-cong', 3), g(2, TSC_LOCAL))),
    ('dia chinh thua dat', rel(('bnnmt-csdl-dat-dai-quoc-gia', 3), g(2, DATDAI_LOCAL))),
    ('ho so hoc sinh', rel(g(3, HOCSINH), ('bgddt-csdl-nganh-giao-duc', 2))),
    ('diem thi tot nghiep thpt', rel(('bgddt-diem-thi-tot-nghiep-thpt', 3), ('bgddt-pho-diem-thi-tot-nghiep', 2),
                                     g(1, LOP10))),
    ('chi so gia tieu dung', rel(('btc-chi-so-gia-tieu-dung', 3), ('btc-csdl-gia', 1),
                                 ('bxd-chi-so-gia-xay-dung', 1))),
    ('ty gia usd', rel(('nhnn-ty-gia-trung-tam', 3))),
    ('luong mua', rel(('bnnmt-luong-mua-ngay', 3), ('dbn-luong-mua', 2), ('pto-luong-mua', 2),
                      ('bnnmt-nhiet-do-do-am', 1))),
    ('di tich lich su', rel(('bvhttdl-di-tich-quoc-gia', 3), g(3, DITICH_LOCAL),
                            ('bvhttdl-di-san-van-hoa-phi-vat-the', 1))),
    ('kim ngach xuat nhap khau', rel(('btc-thong-ke-xuat-nhap-khau', 3), ('hue-xuat-nhap-khau', 2),
                                     ('btc-to-khai-hai-quan', 1))),
    ('doanh nghiep fdi', rel(g(3, FDI_LOCAL), ('btc-du-an-fdi', 2))),
    ('ngan sach nha nuoc', rel(('btc-thu-chi-ngan-sach', 3), g(2, NGANSACH_LOCAL),
                               ('btc-ma-don-vi-quan-he-ngan-sach', 1))),
    ('cong chuc vien chuc', rel(('bnv-csdl-can-bo-cong-chuc', 3), ('qnh-snv-ho-so-can-bo', 2))),
    ('benh truyen nhiem', R_BTN),
    ('muc nuoc song', rel(('bnnmt-muc-nuoc-luu-luong', 3), ('cto-xam-nhap-man-dbscl', 1))),
    ('dich ta lon chau phi', rel(('bnnmt-dich-benh-dong-vat', 3))),
    ('ma so vung trong', rel(('bnnmt-ma-so-vung-trong', 3), g(2, VUNGTRONG_LOCAL))),
    ('phat nguoi', rel(('bca-vi-pham-giao-thong-camera', 3))),
    ('bien so xe', rel(('bca-csdl-dang-ky-xe', 3), ('bca-vi-pham-giao-thong-camera', 2),
                       ('bxd-csdl-dang-kiem', 2), g(1, DKX_LOCAL))),
    ('nha o xa hoi', rel(('bxd-nha-o-thi-truong-bat-dong-san', 3))),
    ('khu cong nghiep', rel(g(3, KCN), g(1, FDI_LOCAL))),
    ('chat luong khong khi', rel(('bnnmt-quan-trac-khong-khi-tu-dong', 3), g(2, AIR_LOCAL))),
    # column-name queries (snake_case as typed by a data engineer)
    ('so_cccd', rel(('bca-csdl-can-cuoc', 3), ('bca-csdl-dan-cu', 3), g(1, SO_DINH_DANH))),
    ('ngay_sinh', R_NGAYSINH),
    ('ma_so_thue', rel(g(3, columns('ma_so_thue')), g(1, MST_COLUMN))),
    ('so_ho_chieu', rel(('bca-csdl-xuat-nhap-canh', 3), ('bng-ho-chieu-ngoai-giao-cong-vu', 3),
                        ('bca-luu-tru-nguoi-nuoc-ngoai', 2))),
    # quoted phrase
    ('"ma so thue"', R_MST),
    # misspellings (no diacritics)
    ('tai nan giao thogn', R_TNGT),
    ('hoa donn dien tu', R_HOADON),
    ('truong hocj', R_TRUONGHOC),
    ('tiem chunng', R_TIEMCHUNG),
]

# ======================= typed WITH diacritics =======================
Q += [
    ('dân cư', R_DANCU),
    ('Dân Cư Hà Nội', rel(('hni-ca-so-lieu-dan-cu', 3), ('bca-csdl-dan-cu', 2), g(1, DANCU_LOCAL),
                          ('hni-don-vi-hanh-chinh-cap-xa', 1))),
    ('hộ tịch', rel(('btp-csdl-ho-tich-dien-tu', 3), ('hue-stp-thong-ke-ho-tich', 2),
                    ('byt-giay-chung-sinh-dien-tu', 1))),
    ('giá đất', R_GIADAT),
    ('đăng ký khai sinh', rel(('btp-csdl-ho-tich-dien-tu', 3), ('byt-giay-chung-sinh-dien-tu', 2),
                              ('hue-stp-thong-ke-ho-tich', 2))),
    ('mã số thuế', R_MST),
    ('số định danh cá nhân', rel(('bca-csdl-dan-cu', 3), ('bca-csdl-can-cuoc', 2), g(1, SO_DINH_DANH))),
    ('ngày sinh', R_NGAYSINH),
    ('bảo hiểm y tế', rel(('btc-bhxh-csdl-quoc-gia-ve-bao-hiem', 3), ('btc-bhxh-co-so-kcb-bhyt', 3))),
    ('cơ sở khám chữa bệnh', R_BENHVIEN),
    ('giấy phép môi trường', rel(g(3, GPMT), ('bnnmt-co-so-nguy-co-o-nhiem', 2))),
    ('hợp tác xã', rel(g(3, HTX))),
    ('chất thải rắn', rel(g(3, CTR), ('bnnmt-co-so-nguy-co-o-nhiem', 1))),
    ('hiện trạng rừng', rel(('bnnmt-hien-trang-rung', 3), ('ldg-snnmt-hien-trang-rung', 3), g(2, DIENBIENRUNG))),
    ('quy hoạch sử dụng đất', rel(g(3, QHSDD), g(1, QHDT), ('bnnmt-csdl-dat-dai-quoc-gia', 1))),
    ('thuê bao viễn thông', rel(('bkhcn-thue-bao-vien-thong', 3))),
    ('tờ khai hải quan', rel(('btc-to-khai-hai-quan', 3), ('btc-thong-ke-xuat-nhap-khau', 1),
                             ('btc-quan-ly-rui-ro-hai-quan', 1))),
    ('đấu thầu', rel(('btc-csdl-dau-thau', 3), ('bxd-nang-luc-hoat-dong-xay-dung', 1))),
    ('văn bản pháp luật', rel(('btp-csdl-van-ban-phap-luat', 3), ('vpcp-van-ban-chi-dao-dieu-hanh', 2),
                              ('vpcp-truc-lien-thong-van-ban', 1), ('bng-dieu-uoc-quoc-te', 1))),
    ('lý lịch tư pháp', rel(('btp-csdl-ly-lich-tu-phap', 3))),
    ('xuất nhập cảnh', rel(('bca-csdl-xuat-nhap-canh', 3), ('bqp-cua-khau-bien-gioi', 1),
                           ('bca-luu-tru-nguoi-nuoc-ngoai', 1), ('bng-ho-chieu-ngoai-giao-cong-vu', 1))),
    ('hộ chiếu', rel(('bca-csdl-xuat-nhap-canh', 3), ('bng-ho-chieu-ngoai-giao-cong-vu', 3),
                     ('bca-luu-tru-nguoi-nuoc-ngoai', 1))),
    ('nhà thuốc GPP', rel(g(3, NHATHUOC_LOCAL), ('byt-co-so-kinh-doanh-duoc', 3))),
    ('thuốc bảo vệ thực vật', rel(('bnnmt-thuoc-bao-ve-thuc-vat', 3), ('bnnmt-phan-bon-luu-hanh', 1))),
    ('động đất', rel(('vast-danh-muc-dong-dat', 3))),
    ('bão lũ', rel(('bnnmt-thiet-hai-thien-tai', 3), ('bnnmt-quy-dao-bao', 2), ('bnnmt-muc-nuoc-luu-luong', 2),
                   ('dbn-luong-mua', 1), ('pto-luong-mua', 1))),
    ('tuyển sinh lớp 10', rel(g(3, LOP10), ('bgddt-ma-truong-thpt-tuyen-sinh', 1))),
    ('đơn vị hành chính cấp xã', rel(('bnv-dvhc-cap-xa-2025', 3), ('hni-don-vi-hanh-chinh-cap-xa', 2),
                                     ('agg-don-vi-hanh-chinh-cap-xa', 2), ('btc-danh-muc-don-vi-hanh-chinh', 2),
                                     ('bnnmt-ban-do-dia-gioi-hanh-chinh-2025', 1), ('qtr-thon-to-dan-pho', 1))),
    ('Người có công Đà Nẵng', rel(('dng-nguoi-co-cong', 3), ('bnv-csdl-nguoi-co-cong', 2),
                                  ('dng-tro-cap-xa-hoi', 1))),
    ('xâm nhập mặn', rel(('cto-xam-nhap-man-dbscl', 3))),
    ('trạm thu phí', rel(('bxd-tram-thu-phi', 3))),
    ('cảng biển', rel(('bxd-cang-bien', 3))),
    ('sân bay', rel(('bxd-san-luong-van-chuyen-hang-khong', 3))),
    ('Khám Chữa Bệnh Cần Thơ', rel(('cto-co-so-kham-chua-benh', 3), ('byt-co-so-kham-chua-benh', 1),
                                   ('btc-bhxh-co-so-kcb-bhyt', 1))),
    ('lãi suất', rel(('nhnn-lai-suat-dieu-hanh', 3))),
    ('nợ xấu', rel(('nhnn-thong-tin-tin-dung', 3), ('nhnn-giam-sat-an-toan-to-chuc-tin-dung', 3))),
    ('tiêm chủng trẻ em Hồ Chí Minh', rel(('hcm-tiem-chung-mo-rong', 3), ('byt-csdl-tiem-chung', 1))),
    ('cháy nổ', rel(('bca-thong-ke-chay-no', 3), ('bca-co-so-pccc', 2))),
    ('đăng kiểm xe', rel(('bxd-csdl-dang-kiem', 3), ('bca-csdl-dang-ky-xe', 1))),
    ('điện mặt trời', rel(('bct-dien-mat-troi-mai-nha', 3), ('bct-nha-may-dien', 1), ('bct-san-luong-dien', 1))),
    ('khiếu nại tố cáo Hà Nội', rel(('hni-tiep-cong-dan-khieu-nai', 3), ('ttcp-khieu-nai-to-cao', 2))),
    ('sản lượng lúa', rel(('dni-san-xuat-lua', 3), g(2, LUA_LOCAL_TIENDO), ('bnnmt-tien-do-gieo-ma-gieo-cay', 1))),
    ('dân tộc thiểu số', rel(('bdttg-kinh-te-xa-hoi-53-dtts', 3), ('bdttg-xa-thon-vung-dong-bao-dtts', 2),
                             ('bdttg-danh-muc-dan-toc', 2))),
    ('HỘ NGHÈO', R_HONGHEO),
    # quoted phrases
    ('"giấy phép xây dựng"', rel(g(3, CPXD))),
    ('"an toàn thực phẩm" Đà Nẵng', rel(('dng-an-toan-thuc-pham', 3), ('byt-co-so-du-dieu-kien-attp', 1))),
    ('"hộ kinh doanh" Thanh Hóa', rel(('tha-ho-kinh-doanh', 3))),
    # exclusions
    ('dịch bệnh -động -vật', R_BTN),
    ('giá -đất', rel(('btc-csdl-gia', 3), ('btc-chi-so-gia-tieu-dung', 2), ('bct-gia-ban-le-xang-dau', 2),
                     ('bxd-chi-so-gia-xay-dung', 2), ('bxd-nha-o-thi-truong-bat-dong-san', 1))),
    # misspellings / wrong or partial diacritics
    ('giao thôgn', rel(g(2, ['bca-tai-nan-giao-thong', 'bca-vi-pham-giao-thong-camera', 'bxd-mang-luoi-duong-bo',
                             'bxd-csdl-dang-kiem']),
                       g(1, TNGT_LOCAL + ['bca-csdl-dang-ky-xe', 'bca-csdl-giay-phep-lai-xe', 'bxd-tram-thu-phi']
                         + DKX_LOCAL))),
    ('bảo hiểm thất nghiêp', rel(('bnv-bao-hiem-that-nghiep', 3), ('btc-bhxh-csdl-quoc-gia-ve-bao-hiem', 2))),
    ('thuế bao viễn thông', rel(('bkhcn-thue-bao-vien-thong', 3))),
    ('bệnh việnn', R_BENHVIEN),
]


def main():
    ds = {d['identifier']: d for d in csv.DictReader(open(os.path.join(SEED, 'datasets.csv'), encoding='utf-8'))}
    seen = set()
    w = sys.stdout
    w.write('# query\trelevant (identifier=grade; 3 answer, 2 highly relevant, 1 relevant)\n')
    w.write('# generated by make_queries.py from hand-written judgments; see README.md\n')
    for q, r in Q:
        assert q not in seen, q
        seen.add(q)
        for i in r:
            assert i in ds, (q, i)
            assert ds[i]['status'] == 'published', (q, i)
        items = sorted(r.items(), key=lambda kv: (-kv[1], kv[0]))
        w.write(q + '\t' + ';'.join(f'{i}={gr}' for i, gr in items) + '\n')


if __name__ == '__main__':
    main()
