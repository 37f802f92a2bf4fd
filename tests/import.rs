//! The inventory import (docs/inventory-format.md) through the library and the API, on SQLite and
//! PostgreSQL: re-importing is an upsert that changes nothing the second time, one rejected row
//! rejects the whole import unless `partial`, every problem is reported with the line a spreadsheet
//! shows and its column, encodings and delimiters give the same catalog, unusable files write
//! nothing, workbooks import like CSV, and the API checks tokens, what a steward may write and the
//! upload limit. Fixtures are in tests/fixtures/import/.

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use common::TestApp;
use ndc::import::{self, Input, KindCounts, Options, Problem, Report, Severity};
use ndc::storage::models::DatasetDetail;
use ndc::storage::tokens::{self, Role};

// ---------------------------------------------------------------------------------------------
// Helpers

fn fixture(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/import")
        .join(path)
}

fn fixture_text(path: &str) -> String {
    std::fs::read_to_string(fixture(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A CSV file given as text, named as an agency would name it.
fn csv(name: &str, text: &str) -> Input {
    Input::bytes(name, text.as_bytes().to_vec())
}

/// The three files of tests/fixtures/import/<dir>/, by their plain names.
fn inventory(dir: &str) -> Vec<Input> {
    ["datasets.csv", "fields.csv", "distributions.csv"]
        .iter()
        .map(|f| csv(f, &fixture_text(&format!("{dir}/{f}"))))
        .collect()
}

/// Identifiers of tests/fixtures/import/valid/datasets.csv.
const VALID: [&str; 3] = [
    "nan-thu-nghiem-benh-vien",
    "nan-thu-nghiem-tiem-chung",
    "nan-thu-nghiem-giong-cay",
];

fn run(app: &TestApp, inputs: &[Input], options: &Options) -> Report {
    let mut conn = app.db.conn().expect("a connection");
    import::run(&mut conn, inputs, options, &|_| {}).expect("the import runs")
}

fn partial() -> Options {
    Options {
        partial: true,
        ..Options::default()
    }
}

fn dry_run() -> Options {
    Options {
        dry_run: true,
        ..Options::default()
    }
}

fn counts(created: u64, updated: u64, unchanged: u64, rejected: u64) -> KindCounts {
    KindCounts {
        created,
        updated,
        unchanged,
        rejected,
    }
}

fn errors(report: &Report) -> Vec<&Problem> {
    report.problems.iter().filter(|p| p.is_error()).collect()
}

fn warnings(report: &Report) -> Vec<&Problem> {
    report
        .problems
        .iter()
        .filter(|p| p.severity == Severity::Warning)
        .collect()
}

/// No error, committed, not a dry run.
fn assert_clean(report: &Report) {
    assert_eq!(errors(report), Vec::<&Problem>::new(), "no error expected");
    assert!(report.committed && !report.unusable && !report.dry_run);
}

/// The one error of `report` at `file`:`line` in `column`; its messages must say something.
fn problem_at<'r>(report: &'r Report, file: &str, line: u64, column: &str) -> &'r Problem {
    let found: Vec<&Problem> = errors(report)
        .into_iter()
        .filter(|p| p.file == file && p.line == line && p.column == column)
        .collect();
    assert_eq!(
        found.len(),
        1,
        "one error at {file}:{line} [{column}] expected; the report has {:#?}",
        report.problems
    );
    let p = found[0];
    assert!(!p.message_vi.trim().is_empty(), "Vietnamese message: {p:?}");
    assert!(!p.message_en.trim().is_empty(), "English message: {p:?}");
    assert_ne!(p.message_vi, p.message_en, "two languages: {p:?}");
    p
}

fn detail(app: &TestApp, identifier: &str) -> Option<DatasetDetail> {
    let mut conn = app.db.conn().unwrap();
    ndc::storage::datasets::detail(&mut conn, identifier, &common::admin_viewer()).unwrap()
}

fn field_names(app: &TestApp, identifier: &str) -> Vec<String> {
    let d = detail(app, identifier).unwrap_or_else(|| panic!("{identifier} is in the catalog"));
    let ordinals: Vec<i32> = d.fields.iter().map(|f| f.ordinal).collect();
    assert_eq!(
        ordinals,
        (1..=d.fields.len() as i32).collect::<Vec<_>>(),
        "ordinals 1…n"
    );
    d.fields.into_iter().map(|f| f.name).collect()
}

fn title(app: &TestApp, identifier: &str) -> String {
    detail(app, identifier)
        .unwrap_or_else(|| panic!("{identifier} is in the catalog"))
        .dataset
        .title
}

fn agency_id(app: &TestApp, code: &str) -> i32 {
    let mut conn = app.db.conn().unwrap();
    ndc::storage::agencies::all(&mut conn)
        .unwrap()
        .into_iter()
        .find(|a| a.code == code)
        .unwrap_or_else(|| panic!("agency {code} in the seed"))
        .id
}

fn table_diff(
    before: &BTreeMap<&'static str, i64>,
    after: &BTreeMap<&'static str, i64>,
) -> BTreeMap<&'static str, i64> {
    after
        .iter()
        .map(|(t, n)| (*t, n - before[t]))
        .filter(|(_, d)| *d != 0)
        .collect()
}

fn diff(pairs: &[(&'static str, i64)]) -> BTreeMap<&'static str, i64> {
    pairs.iter().copied().collect()
}

/// Text as a Windows-1258 file holds it: base letters with their vowel marks (â ê ô ơ ư ă) composed,
/// tone marks as separate combining characters, as that code page requires.
fn windows_1258_form(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    for c in text.nfc() {
        let parts: Vec<char> = std::iter::once(c).nfd().collect();
        let (base, marks) = parts.split_first().expect("a character");
        let (vowel, tone): (Vec<char>, Vec<char>) = marks
            .iter()
            .partition(|m| matches!(m, '\u{302}' | '\u{306}' | '\u{31B}'));
        out.extend(std::iter::once(*base).chain(vowel).nfc());
        out.extend(tone);
    }
    out
}

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut out = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for unit in text.encode_utf16() {
        out.extend_from_slice(&if big_endian {
            unit.to_be_bytes()
        } else {
            unit.to_le_bytes()
        });
    }
    out
}

/// The same records with another delimiter (quoting what needs it).
fn with_delimiter(text: &str, delimiter: u8) -> String {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes());
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new());
    for record in reader.records() {
        writer.write_record(&record.unwrap()).unwrap();
    }
    String::from_utf8(writer.into_inner().unwrap()).unwrap()
}

on_both_databases!(
    reimport_that_reclassifies_a_dataset_moves_its_access_rule,
    |app| {
        let header = "identifier,title,owner,sharing_scope,personal_data,legal_basis";
        let import = |scope: &str, personal: &str| {
            let text = format!("{header}\nnan-phan-loai,Dữ liệu phân loại lại,nan,{scope},{personal},Luật Phòng bệnh 2025\n");
            let report = run(&app, &[csv("datasets.csv", &text)], &Options::default());
            assert_clean(&report);
            let d = detail(&app, "nan-phan-loai").unwrap();
            assert_eq!(d.access_rules.len(), 1, "one rule, rewritten in place");
            let rule = d.access_rules[0].0.clone();
            (rule.audience, rule.default_sharing, rule.legal_basis)
        };
        let (audience, by_default, basis) = import("shared", "basic");
        assert_eq!((audience.as_str(), by_default), ("state_agencies", true));
        assert!(basis.contains("47/2020"), "{basis}");
        // Sensitive personal data: requests are decided one by one.
        assert_eq!(import("shared", "sensitive").1, false);
        // Back to basic: loosening is a steward's decision, the rule stays on request.
        assert_eq!(import("shared", "basic").1, false);
        // Internal: other agencies can no longer request it.
        let (audience, by_default, _) = import("internal", "basic");
        assert_eq!((audience.as_str(), by_default), ("owner_agency", false));
        // Open: everyone, and the legal basis follows (it was never written by hand).
        let (audience, by_default, basis) = import("open", "none");
        assert_eq!((audience.as_str(), by_default), ("public", false));
        assert!(basis.contains("60/2024"), "{basis}");
        // The same file again changes nothing.
        let before = app.counts();
        let (audience, _, _) = import("open", "none");
        assert_eq!(audience, "public");
        assert_eq!(app.counts(), before);
    }
);

// ---------------------------------------------------------------------------------------------
// 1. Upsert and idempotence

on_both_databases!(
    reimport_is_an_upsert_that_changes_only_what_changed,
    |app| {
        let seed = app.counts();
        let first = run(&app, &inventory("valid"), &Options::default());
        assert_clean(&first);
        assert_eq!(first.datasets, counts(3, 0, 0, 0));
        assert_eq!(first.fields, counts(5, 0, 0, 0));
        assert_eq!(first.distributions, counts(3, 0, 0, 0));
        let imported = app.counts();
        assert_eq!(
            table_diff(&seed, &imported),
            diff(&[
                ("datasets", 3),
                ("dataset_themes", 4),
                ("schema_fields", 5),
                ("distributions", 3),
                ("access_rules", 3),
                ("changes", 3),
            ]),
            "rows written by the first import"
        );
        let stored: Vec<DatasetDetail> = VALID.iter().map(|i| detail(&app, i).unwrap()).collect();
        assert_eq!(
            stored[0].dataset.modified,
            chrono::NaiveDate::from_ymd_opt(2024, 1, 15),
            "no modified column: the date of publication"
        );
        assert_eq!(
            field_names(&app, VALID[0]),
            ["ma_benh_vien", "ten_benh_vien", "so_giuong"]
        );

        // The same files again: all unchanged, nothing written, no change logged, dates untouched.
        std::thread::sleep(std::time::Duration::from_millis(20));
        let again = run(&app, &inventory("valid"), &Options::default());
        assert_eq!(errors(&again), Vec::<&Problem>::new());
        assert_eq!(again.datasets, counts(0, 0, 3, 0));
        assert_eq!(again.fields, counts(0, 0, 5, 0));
        assert_eq!(again.distributions, counts(0, 0, 3, 0));
        assert_eq!(app.counts(), imported, "a second import writes nothing");
        for (identifier, before) in VALID.iter().zip(&stored) {
            let now = detail(&app, identifier).unwrap();
            assert_eq!(
                now.dataset.modified, before.dataset.modified,
                "{identifier}"
            );
            assert_eq!(
                now.dataset.updated_at, before.dataset.updated_at,
                "{identifier}"
            );
            assert_eq!(
                now.dataset.created_at, before.dataset.created_at,
                "{identifier}"
            );
        }

        // One title changed: that dataset only is updated, one change logged.
        let datasets = fixture_text("valid/datasets.csv").replace(
            "Giống cây trồng đặc sản xứ Nghệ",
            "Giống cây trồng đặc sản xứ Nghệ (bản cập nhật)",
        );
        let mut files = inventory("valid");
        files[0] = csv("datasets.csv", &datasets);
        let changed = run(&app, &files, &Options::default());
        assert_clean(&changed);
        assert_eq!(changed.datasets, counts(0, 1, 2, 0));
        assert_eq!(changed.fields, counts(0, 0, 5, 0));
        assert_eq!(changed.distributions, counts(0, 0, 3, 0));
        assert_eq!(
            table_diff(&imported, &app.counts()),
            diff(&[("changes", 1)]),
            "one dataset updated in place, one change logged"
        );
        assert_eq!(
            title(&app, VALID[2]),
            "Giống cây trồng đặc sản xứ Nghệ (bản cập nhật)"
        );
        let updated = detail(&app, VALID[2]).unwrap();
        assert_eq!(
            updated.dataset.modified,
            Some(chrono::Utc::now().date_naive()),
            "a change without a modified date is dated the day of the import"
        );
        assert_eq!(updated.dataset.created_at, stored[2].dataset.created_at);
        for (identifier, before) in VALID.iter().zip(&stored).take(2) {
            let now = detail(&app, identifier).unwrap();
            assert_eq!(
                now.dataset.updated_at, before.dataset.updated_at,
                "{identifier}"
            );
            assert_eq!(
                now.dataset.modified, before.dataset.modified,
                "{identifier}"
            );
        }

        // A fields file replaces a dataset's column list whole: a column removed is gone, the order
        // is the file's; a dataset without rows in the file keeps its list.
        let before_fields = app.counts();
        let fields = "dataset,name,title,type\n\
                  nan-thu-nghiem-benh-vien,so_giuong,Số giường bệnh,integer\n\
                  nan-thu-nghiem-benh-vien,ma_benh_vien,Mã bệnh viện,code\n";
        let replaced = run(&app, &[csv("fields.csv", fields)], &Options::default());
        assert_clean(&replaced);
        assert_eq!(replaced.fields, counts(0, 2, 0, 0));
        assert_eq!(field_names(&app, VALID[0]), ["so_giuong", "ma_benh_vien"]);
        assert_eq!(field_names(&app, VALID[1]), ["ma_tre", "ngay_tiem"]);
        assert_eq!(
            table_diff(&before_fields, &app.counts()),
            diff(&[("schema_fields", -1), ("changes", 1)])
        );
        let same = run(&app, &[csv("fields.csv", fields)], &Options::default());
        assert_eq!(same.fields, counts(0, 0, 2, 0));
        assert_eq!(
            table_diff(&before_fields, &app.counts()),
            diff(&[("schema_fields", -1), ("changes", 1)]),
            "the new list imported again changes nothing"
        );
    }
);

// ---------------------------------------------------------------------------------------------
// 2. All or nothing, partial, dry run

/// Every error of tests/fixtures/import/problems/, in file order: (file, line, column).
const PROBLEMS: [(&str, u64, &str); 13] = [
    ("datasets.csv", 3, "owner"),
    ("datasets.csv", 4, "sharing_scope"),
    ("datasets.csv", 5, "identifier"),
    ("datasets.csv", 6, "title"),
    ("datasets.csv", 7, "issued"),
    ("datasets.csv", 8, "contact_email"),
    ("datasets.csv", 9, "title"),
    ("datasets.csv", 10, ""),
    ("datasets.csv", 11, "legal_basis"),
    ("fields.csv", 4, "dataset"),
    ("fields.csv", 5, "type"),
    ("fields.csv", 6, "dataset"),
    ("distributions.csv", 3, "url"),
];

/// Datasets of the problems fixture that have no problem.
const GOOD_ROWS: [&str; 4] = [
    "nan-tn-hop-le",
    "nan-tn-dung-chung-1",
    "nan-tn-dung-chung-2",
    "nan-tn-dung-chung-3",
];

const BAD_ROWS: [&str; 8] = [
    "nan-tn-sai-chu-so-huu",
    "nan-tn-sai-pham-vi",
    "nan-tn-thieu-ten",
    "nan-tn-sai-ngay",
    "nan-tn-sai-thu",
    "nan-tn-ten-dai",
    "nan-tn-thieu-o",
    "nan-tn-ca-nhan",
];

on_both_databases!(
    one_bad_row_rejects_the_import_and_every_problem_is_listed,
    |app| {
        let before = app.counts();
        // One bad row after three good ones, and good fields and distributions: nothing written.
        let mut files = inventory("valid");
        let datasets = fixture_text("valid/datasets.csv")
            + "nan-thu-nghiem-sai,Dữ liệu có chủ sở hữu sai,,nan-khong-co,,,,,,,,,,,,,,,\n";
        files[0] = csv("datasets.csv", &datasets);
        let report = run(&app, &files, &Options::default());
        assert!(!report.committed && !report.unusable);
        assert_eq!(app.counts(), before, "one bad row: not one row written");
        let p = problem_at(&report, "datasets.csv", 5, "owner");
        assert_eq!(p.value, "nan-khong-co");
        assert_eq!(report.errors, 1);
        assert_eq!(report.datasets.rejected, 1);
        assert!(detail(&app, VALID[0]).is_none());

        let report = run(&app, &inventory("problems"), &Options::default());
        assert!(!report.committed, "nothing committed");
        assert!(!report.unusable, "the files themselves are usable");
        assert_eq!(app.counts(), before, "not one row written");
        for identifier in GOOD_ROWS {
            assert!(
                detail(&app, identifier).is_none(),
                "{identifier} not written"
            );
        }
        let found: Vec<(&str, u64, &str)> = errors(&report)
            .iter()
            .map(|p| (p.file.as_str(), p.line, p.column.as_str()))
            .collect();
        assert_eq!(found, PROBLEMS, "every problem, in file order");
        assert_eq!(report.errors, PROBLEMS.len() as u64);
        assert_eq!(report.datasets.rejected, 9);
        for p in errors(&report) {
            assert!(
                !p.message_vi.is_empty() && !p.message_en.is_empty(),
                "{p:?}"
            );
        }

        // Partial: the valid rows are written, the rejected ones reported the same way.
        let report = run(&app, &inventory("problems"), &partial());
        assert!(report.committed);
        let found: Vec<(&str, u64, &str)> = errors(&report)
            .iter()
            .map(|p| (p.file.as_str(), p.line, p.column.as_str()))
            .collect();
        assert_eq!(found, PROBLEMS);
        assert_eq!(report.datasets, counts(4, 0, 0, 9));
        assert_eq!(report.fields.created, 2);
        assert_eq!(report.distributions, counts(1, 0, 0, 1));
        assert_eq!(
            table_diff(&before, &app.counts()),
            diff(&[
                ("datasets", 4),
                ("schema_fields", 2),
                ("distributions", 1),
                ("access_rules", 4),
                ("changes", 4),
            ])
        );
        for identifier in GOOD_ROWS {
            assert!(detail(&app, identifier).is_some(), "{identifier} written");
        }
        for identifier in BAD_ROWS {
            assert!(detail(&app, identifier).is_none(), "{identifier} rejected");
        }
        assert_eq!(
            title(&app, "nan-tn-hop-le"),
            "Dữ liệu hợp lệ",
            "the first of two rows with one identifier"
        );
        assert_eq!(
            field_names(&app, "nan-tn-dung-chung-1"),
            ["ma_so", "ten_goi"]
        );
        assert_eq!(
            field_names(&app, "nan-tn-dung-chung-2"),
            Vec::<String>::new(),
            "a list with a rejected row is rejected whole"
        );
    }
);

on_both_databases!(dry_run_says_what_it_would_write_and_writes_nothing, |app| {
    let before = app.counts();
    let report = run(&app, &inventory("valid"), &dry_run());
    assert!(report.dry_run && !report.committed);
    assert_eq!(errors(&report), Vec::<&Problem>::new());
    assert_eq!(report.datasets, counts(3, 0, 0, 0));
    assert_eq!(report.fields, counts(5, 0, 0, 0));
    assert_eq!(report.distributions, counts(3, 0, 0, 0));
    assert_eq!(app.counts(), before, "a dry run writes nothing");
    assert!(detail(&app, VALID[0]).is_none());

    // After the real import, a dry run of a change counts one update and leaves the title alone.
    assert_clean(&run(&app, &inventory("valid"), &Options::default()));
    let imported = app.counts();
    let changed =
        fixture_text("valid/datasets.csv").replace("Sổ tiêm chủng thử nghiệm", "Sổ tiêm chủng mới");
    let report = run(&app, &[csv("datasets.csv", &changed)], &dry_run());
    assert_eq!(report.datasets, counts(0, 1, 2, 0));
    assert_eq!(app.counts(), imported);
    assert_eq!(title(&app, VALID[1]), "Sổ tiêm chủng thử nghiệm");

    // A dry run with a bad row reports it like a real one.
    let report = run(&app, &inventory("problems"), &dry_run());
    assert_eq!(report.errors, PROBLEMS.len() as u64);
    assert_eq!(app.counts(), imported);
});

// ---------------------------------------------------------------------------------------------
// 3. Line numbers as a spreadsheet shows them

on_both_databases!(lines_count_quoted_line_breaks_and_crlf, |app| {
    let datasets = "identifier,title,description,owner\n\
                    nan-tn-nhieu-dong,Mô tả nhiều dòng,\"Dòng một của mô tả\nDòng hai\nDòng ba\",nan\n\
                    nan-tn-dong-sau,Chủ sở hữu sai,,khong-ton-tai\n";
    let fields = "dataset,name,description,required\n\
                  nan-tn-nhieu-dong,ma_so,\"Mã số\ngồm 12 chữ số\",true\n\
                  nan-tn-nhieu-dong,ten_goi,Tên,có lẽ\n";
    for (ending, label) in [("\n", "LF"), ("\r\n", "CRLF")] {
        let files = [
            csv("datasets.csv", &datasets.replace('\n', ending)),
            csv("fields.csv", &fields.replace('\n', ending)),
        ];
        let before = app.counts();
        let report = run(&app, &files, &Options::default());
        assert_eq!(app.counts(), before, "{label}");
        let found: Vec<(&str, u64, &str)> = errors(&report)
            .iter()
            .map(|p| (p.file.as_str(), p.line, p.column.as_str()))
            .collect();
        assert_eq!(
            found,
            [("datasets.csv", 5, "owner"), ("fields.csv", 4, "required")],
            "{label}: lines 2–4 are one record"
        );
    }
    // The description keeps its line breaks (as \n).
    let ok = datasets.replace("khong-ton-tai", "nan");
    assert_clean(&run(&app, &[csv("datasets.csv", &ok)], &Options::default()));
    assert_eq!(
        detail(&app, "nan-tn-nhieu-dong")
            .unwrap()
            .dataset
            .description,
        "Dòng một của mô tả\nDòng hai\nDòng ba"
    );
});

// Empty rows are ignored (docs/inventory-format.md, section 1) but a spreadsheet still shows their
// lines, so the rows after them keep their own line numbers.
on_both_databases!(empty_lines_still_count_in_line_numbers, |app| {
    let datasets = "identifier,title,owner\n\
                    \n\
                    nan-tn-sau-dong-trong,Sau một dòng trống,khong-ton-tai\n\
                    \n\
                    \n\
                    nan-tn-sau-hai-dong-trong,Sau hai dòng trống,khong-ton-tai\n";
    for (ending, label) in [("\n", "LF"), ("\r\n", "CRLF")] {
        let report = run(
            &app,
            &[csv("datasets.csv", &datasets.replace('\n', ending))],
            &Options::default(),
        );
        let lines: Vec<u64> = errors(&report).iter().map(|p| p.line).collect();
        assert_eq!(lines, [3, 6], "{label}: lines 2, 4 and 5 are empty");
    }
});

// ---------------------------------------------------------------------------------------------
// 4. What each problem says

on_both_databases!(each_problem_says_what_is_wrong_where, |app| {
    let r = run(&app, &inventory("problems"), &Options::default());
    let d = "datasets.csv";

    let p = problem_at(&r, d, 3, "owner");
    assert_eq!(p.value, "khong-ton-tai");
    assert!(
        p.message_en.contains("khong-ton-tai") && p.message_vi.contains("khong-ton-tai"),
        "{p:?}"
    );

    let p = problem_at(&r, d, 4, "sharing_scope");
    assert_eq!(p.value, "bí mật");
    for accepted in ["shared", "internal", "open"] {
        assert!(p.message_en.contains(accepted), "lists {accepted}: {p:?}");
        assert!(p.message_vi.contains(accepted), "lists {accepted}: {p:?}");
    }
    assert!(
        p.message_vi.contains("Dùng chung"),
        "lists the labels too: {p:?}"
    );

    let p = problem_at(&r, d, 5, "identifier");
    assert_eq!(p.value, "nan-tn-hop-le");
    assert!(
        p.message_en.contains("line 2") && p.message_vi.contains("dòng 2"),
        "names the first line: {p:?}"
    );

    let p = problem_at(&r, d, 6, "title");
    assert!(
        p.message_en.contains("title") && p.message_en.contains("empty"),
        "{p:?}"
    );

    let p = problem_at(&r, d, 7, "issued");
    assert_eq!(p.value, "31/02/2024");
    assert!(p.message_en.contains("YYYY-MM-DD"), "{p:?}");

    let p = problem_at(&r, d, 8, "contact_email");
    assert_eq!(p.value, "hongnt at nghean.gov.vn");
    assert!(p.message_en.contains("e-mail"), "{p:?}");

    let p = problem_at(&r, d, 9, "title");
    assert!(
        p.message_en.contains("500") && p.message_vi.contains("500"),
        "{p:?}"
    );
    assert_eq!(
        p.value.chars().count(),
        80,
        "the value is cut to 80 characters: {p:?}"
    );

    let p = problem_at(&r, d, 10, "");
    assert!(
        p.message_en.contains("4 cells") && p.message_en.contains("10 columns"),
        "{p:?}"
    );

    let p = problem_at(&r, d, 11, "legal_basis");
    assert!(p.message_en.contains("legal basis"), "{p:?}");

    let p = problem_at(&r, "fields.csv", 4, "dataset");
    assert_eq!(p.value, "khong-co-du-lieu");
    assert!(p.message_en.contains("khong-co-du-lieu"), "{p:?}");

    let p = problem_at(&r, "fields.csv", 5, "type");
    assert_eq!(p.value, "kiểu lạ");
    for accepted in ["string", "integer", "date", "geometry"] {
        assert!(p.message_en.contains(accepted), "lists {accepted}: {p:?}");
    }

    let p = problem_at(&r, "fields.csv", 6, "dataset");
    assert!(
        p.message_en.contains("consecutive") && p.message_en.contains("line 3"),
        "says where the dataset's earlier rows end: {p:?}"
    );

    let p = problem_at(&r, "distributions.csv", 3, "url");
    assert!(p.message_en.contains("https://"), "{p:?}");

    // The Vietnamese labels of an enumeration are accepted with or without diacritics, any case.
    let labels = "identifier,title,owner,sharing_scope,importance,personal_data,legal_basis,update_frequency,status\n\
                  nan-tn-nhan-1,Nhãn có dấu,nan,Dùng chung,Cốt lõi,Cơ bản,Luật Dữ liệu 2024,Hằng năm,Đã công bố\n\
                  nan-tn-nhan-2,Nhãn không dấu,nan,dung chung,cot loi,co ban,Luật Dữ liệu 2024,hang nam,da cong bo\n\
                  nan-tn-nhan-3,Nhãn chữ hoa,nan,DÙNG CHUNG,CỐT LÕI,CƠ BẢN,Luật Dữ liệu 2024,HẰNG NĂM,ĐÃ CÔNG BỐ\n";
    assert_clean(&run(
        &app,
        &[csv("datasets.csv", labels)],
        &Options::default(),
    ));
    for identifier in ["nan-tn-nhan-1", "nan-tn-nhan-2", "nan-tn-nhan-3"] {
        let d = detail(&app, identifier).unwrap().dataset;
        assert_eq!(
            (
                d.sharing_scope.as_str(),
                d.importance.as_str(),
                d.personal_data.as_str(),
                d.update_frequency.as_str(),
                d.status.as_str()
            ),
            ("shared", "core", "basic", "annual", "published"),
            "{identifier}: stored as codes"
        );
    }
});

// Section 6 of docs/inventory-format.md: "`temporal_end` is before `temporal_start`, or `modified`
// is before `issued`" rejects the row.
on_both_databases!(dates_in_the_wrong_order_are_rejected, |app| {
    let before = app.counts();
    let datasets = "identifier,title,owner,temporal_start,temporal_end,issued,modified\n\
                    nan-tn-thu-tu-1,Khoảng thời gian ngược,nan,2025-01-01,2024-01-01,,\n\
                    nan-tn-thu-tu-2,Cập nhật trước khi công bố,nan,,,2025-06-01,2025-01-01\n";
    let r = run(&app, &[csv("datasets.csv", datasets)], &Options::default());
    assert_eq!(app.counts(), before, "nothing written");
    problem_at(&r, "datasets.csv", 2, "temporal_end");
    problem_at(&r, "datasets.csv", 3, "modified");
});

// ---------------------------------------------------------------------------------------------
// 5. Encodings, delimiters, headers

on_both_databases!(every_encoding_and_delimiter_gives_the_same_catalog, |app| {
    let text = fixture_text("valid/datasets.csv");
    let reference = run(&app, &[csv("datasets.csv", &text)], &Options::default());
    assert_clean(&reference);
    assert_eq!(reference.datasets, counts(3, 0, 0, 0));
    let titles: Vec<String> = VALID.iter().map(|i| title(&app, i)).collect();
    assert_eq!(
        titles,
        [
            "Danh sách bệnh viện thử nghiệm tỉnh Nghệ An",
            "Sổ tiêm chủng thử nghiệm",
            "Giống cây trồng đặc sản xứ Nghệ"
        ]
    );
    let imported = app.counts();

    let nfd: String = {
        use unicode_normalization::UnicodeNormalization;
        text.nfd().collect()
    };
    assert_ne!(nfd, text);
    let cp1258_text = windows_1258_form(&text);
    let (cp1258, _, unmappable) = encoding_rs::WINDOWS_1258.encode(&cp1258_text);
    assert!(!unmappable, "every character has a Windows-1258 form");
    assert!(
        std::str::from_utf8(&cp1258).is_err(),
        "not UTF-8 by accident"
    );
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend_from_slice(text.as_bytes());

    let variants: Vec<(&str, Vec<u8>, Options)> = vec![
        ("UTF-8 with BOM", bom, Options::default()),
        ("UTF-16LE with BOM", utf16(&text, false), Options::default()),
        ("UTF-16BE with BOM", utf16(&text, true), Options::default()),
        (
            "UTF-16LE CRLF",
            utf16(&text.replace('\n', "\r\n"), false),
            Options::default(),
        ),
        ("NFD", nfd.into_bytes(), Options::default()),
        (
            "Windows-1258, detected",
            cp1258.to_vec(),
            Options::default(),
        ),
        (
            "Windows-1258, named",
            cp1258.to_vec(),
            Options {
                encoding: import::encoding_named("windows-1258"),
                ..Options::default()
            },
        ),
        (
            "semicolons",
            with_delimiter(&text, b';').into_bytes(),
            Options::default(),
        ),
        (
            "tabs",
            with_delimiter(&text, b'\t').into_bytes(),
            Options::default(),
        ),
        (
            "semicolons in UTF-16LE",
            utf16(&with_delimiter(&text, b';'), false),
            Options::default(),
        ),
    ];
    for (label, bytes, options) in variants {
        let report = run(&app, &[Input::bytes("datasets.csv", bytes)], &options);
        assert_eq!(errors(&report), Vec::<&Problem>::new(), "{label}");
        assert_eq!(
            report.datasets,
            counts(0, 0, 3, 0),
            "{label}: the same records as the UTF-8 file"
        );
        let warned: Vec<&Problem> = warnings(&report);
        if label == "Windows-1258, detected" {
            assert_eq!(warned.len(), 1, "{label}: {warned:?}");
            assert!(
                warned[0].message_en.contains("Windows-1258"),
                "{:?}",
                warned[0]
            );
        } else {
            assert_eq!(warned, Vec::<&Problem>::new(), "{label}");
        }
        assert_eq!(app.counts(), imported, "{label}");
    }
    let again: Vec<String> = VALID.iter().map(|i| title(&app, i)).collect();
    assert_eq!(again, titles, "stored titles are NFC and identical");
});

on_both_databases!(vietnamese_headers_and_unknown_columns, |app| {
    let text = "Mã định danh,Tên dữ liệu,Chủ sở hữu,Cơ quan chủ quản,Phạm vi chia sẻ,Ghi chú nội bộ,Chủ đề\n\
                nan-tn-tieu-de-viet,Tiêu đề tiếng Việt,nan,nan-syt,Mở,chỉ dùng trong Sở,Y tế\n";
    let report = run(&app, &[csv("du-lieu.csv", text)], &Options::default());
    assert_clean(&report);
    assert_eq!(report.datasets, counts(1, 0, 0, 0));
    let warned = warnings(&report);
    assert_eq!(warned.len(), 1, "{warned:?}");
    assert_eq!(
        (
            warned[0].file.as_str(),
            warned[0].line,
            warned[0].column.as_str()
        ),
        ("du-lieu.csv", 1, "Ghi chú nội bộ")
    );
    assert!(
        warned[0].message_vi.contains("Ghi chú nội bộ")
            && warned[0].message_en.contains("Ghi chú nội bộ")
    );
    let d = detail(&app, "nan-tn-tieu-de-viet").unwrap();
    assert_eq!(d.dataset.title, "Tiêu đề tiếng Việt");
    assert_eq!(d.owner.code, "nan");
    assert_eq!(d.custodian.map(|c| c.code).as_deref(), Some("nan-syt"));
    assert_eq!(d.dataset.sharing_scope, "open");
    assert_eq!(
        d.themes.iter().map(|t| t.code()).collect::<Vec<_>>(),
        ["health"]
    );
});

// ---------------------------------------------------------------------------------------------
// 6. Unusable input

on_both_databases!(unusable_input_writes_nothing_and_says_why, |app| {
    let before = app.counts();
    let mut huge_row = String::from("identifier,title,description,owner\nnan-tn-dai,Dài,");
    huge_row.push_str(&"x".repeat(3 << 20));
    huge_row.push_str(",nan\n");
    let mut wide = (0..100_000)
        .map(|i| format!("c{i}"))
        .collect::<Vec<_>>()
        .join(",");
    wide.push_str("\n1,2\n");
    let mut garbage: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    garbage[100] = 0;
    let cases: Vec<(&str, Vec<u8>, u64, &str)> = vec![
        ("rac.csv", garbage, 0, "binary"),
        ("trong.csv", Vec::new(), 0, "empty"),
        (
            "chi-tieu-de.csv",
            b"identifier,title,owner\n".to_vec(),
            0,
            "no data rows",
        ),
        ("dong-dai.csv", huge_row.into_bytes(), 2, "longer than 1 MB"),
        ("rong.csv", wide.into_bytes(), 0, "100000 columns"),
        ("la.csv", b"foo,bar\n1,2\n".to_vec(), 0, "foo, bar"),
        (
            "mot-dong.csv",
            "x".repeat(3 << 20).into_bytes(),
            1,
            "longer than 1 MB",
        ),
    ];
    for ((name, bytes, line, says), options) in cases
        .into_iter()
        .flat_map(|case| [(case.clone(), partial()), (case, Options::default())])
    {
        // With a valid file beside it: the valid file is not written either, even with `partial`.
        let inputs = [
            csv("datasets.csv", &fixture_text("valid/datasets.csv")),
            Input::bytes(name, bytes),
        ];
        let report = run(&app, &inputs, &options);
        let name = if options.partial {
            format!("{name} (partial)")
        } else {
            name.to_string()
        };
        assert_eq!(app.counts(), before, "{name}: nothing written");
        assert!(!report.committed, "{name}: not committed");
        assert!(report.unusable, "{name}: unusable");
        let name = name.trim_end_matches(" (partial)");
        let about: Vec<&Problem> = errors(&report)
            .into_iter()
            .filter(|p| p.file == name)
            .collect();
        assert_eq!(
            about.len(),
            1,
            "{name}: one problem: {:#?}",
            report.problems
        );
        let p = about[0];
        assert_eq!(p.line, line, "{name}: {p:?}");
        assert!(p.message_en.contains(says), "{name}: {p:?}");
        assert!(!p.message_vi.is_empty(), "{name}");
        assert!(
            p.message_en.len() < 2_000,
            "{name}: a short message: {} bytes",
            p.message_en.len()
        );
        assert_eq!(
            errors(&report).len(),
            1,
            "{name}: the valid file has no problem: {:#?}",
            report.problems
        );
    }
    assert!(detail(&app, VALID[0]).is_none());
});

// ---------------------------------------------------------------------------------------------
// 7. Excel workbooks

on_both_databases!(a_workbook_imports_like_its_csv_files, |app| {
    let bytes = std::fs::read(fixture("workbook.xlsx")).unwrap();
    let report = run(
        &app,
        &[Input::bytes("danh-muc.xlsx", bytes)],
        &Options::default(),
    );
    assert_clean(&report);
    assert_eq!(report.datasets, counts(3, 0, 0, 0));
    assert_eq!(report.fields, counts(5, 0, 0, 0));
    let warned = warnings(&report);
    assert_eq!(warned.len(), 1, "the notes sheet is skipped: {warned:?}");
    assert_eq!(warned[0].file, "danh-muc.xlsx [Ghi chú]");
    assert_eq!(
        field_names(&app, VALID[0]),
        ["ma_benh_vien", "ten_benh_vien", "so_giuong"]
    );
    let d = detail(&app, VALID[0]).unwrap();
    assert_eq!(
        d.dataset.title,
        "Danh sách bệnh viện thử nghiệm tỉnh Nghệ An"
    );
    assert_eq!(
        d.fields[2].example, "1200",
        "a number cell reads as the CSV would write it"
    );
    assert_eq!(
        detail(&app, VALID[1]).unwrap().fields[0].example,
        "040223001234",
        "a text cell keeps its leading zero"
    );
    assert_eq!(
        d.dataset.issued,
        chrono::NaiveDate::from_ymd_opt(2024, 1, 15),
        "a date cell reads as its date"
    );
    assert_eq!(
        detail(&app, VALID[1]).unwrap().fields[1].example,
        "2025-03-12"
    );
    // The CSV files of the same inventory find everything unchanged.
    let csv_files = &inventory("valid")[..2];
    let again = run(&app, csv_files, &Options::default());
    assert_eq!(again.datasets, counts(0, 0, 3, 0));
    assert_eq!(again.fields, counts(0, 0, 5, 0));
});

// ---------------------------------------------------------------------------------------------
// 8. The API

const IMPORTS: &str = "/api/v1/imports";

fn bearer(secret: &str) -> String {
    format!("Bearer {secret}")
}

fn token(app: &TestApp, role: Role) -> String {
    let mut conn = app.db.conn().unwrap();
    tokens::create(&mut conn, "kiểm thử", &role).unwrap()
}

fn steward(app: &TestApp, code: &str) -> String {
    token(
        app,
        Role::Steward {
            agency_id: agency_id(app, code),
        },
    )
}

fn multipart(boundary: &str, files: &[(&str, &str)]) -> Vec<u8> {
    let mut body = Vec::new();
    for (name, content) in files {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n\
                 Content-Type: text/csv\r\n\r\n{content}\r\n"
            )
            .as_bytes(),
        );
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    body
}

on_both_databases!(api_needs_a_valid_token_and_limits_uploads, |app| {
    let client = app.client();
    // Other methods and unknown API paths answer in JSON too.
    let get = client.get(IMPORTS).await;
    assert_eq!(get.status, 405);
    assert_eq!(get.json()["error"]["code"], "method_not_allowed");
    let unknown = client.get("/api/v1/nothing-here").await;
    assert_eq!(unknown.status, 404);
    assert_eq!(unknown.json()["error"]["code"], "not_found");
    let before = app.counts();
    let body = fixture_text("valid/datasets.csv").into_bytes();

    let res = client
        .post(IMPORTS, &[("Content-Type", "text/csv")], body.clone())
        .await;
    assert_eq!(res.status, 401);
    assert_eq!(res.header("www-authenticate").as_deref(), Some("Bearer"));
    assert!(res
        .header("content-type")
        .unwrap()
        .starts_with("application/json"));
    let json = res.json();
    assert_eq!(json["error"]["code"], "unauthorized");
    assert!(json["error"]["message_vi"]
        .as_str()
        .is_some_and(|m| !m.is_empty()));
    assert!(json["error"]["message_en"]
        .as_str()
        .is_some_and(|m| !m.is_empty()));

    let res = client
        .post(
            IMPORTS,
            &[("Authorization", "Bearer ndc_khong_phai_ma_that")],
            body.clone(),
        )
        .await;
    assert_eq!(res.status, 401);
    assert_eq!(res.json()["error"]["code"], "unauthorized");
    let res = client
        .post(
            IMPORTS,
            &[("Authorization", "Basic YWRtaW46YWRtaW4=")],
            body.clone(),
        )
        .await;
    assert_eq!(res.status, 401);
    assert_eq!(app.counts(), before, "nothing written without a token");

    let admin = bearer(&token(&app, Role::Admin));
    let mut big = fixture_text("valid/datasets.csv").into_bytes();
    big.resize(9 << 20, b'\n');
    let res = client
        .post(
            IMPORTS,
            &[
                ("Authorization", admin.as_str()),
                ("Content-Type", "text/csv"),
            ],
            big,
        )
        .await;
    assert_eq!(res.status, 413);
    assert!(res
        .header("content-type")
        .unwrap()
        .starts_with("application/json"));
    assert_eq!(res.json()["error"]["code"], "payload_too_large");
    assert_eq!(app.counts(), before, "nothing written over the limit");

    // The same token, a body within the limit: written.
    let res = client
        .post(
            IMPORTS,
            &[
                ("Authorization", admin.as_str()),
                ("Content-Type", "text/csv"),
            ],
            body,
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.body);
    let json = res.json();
    assert_eq!(json["datasets"]["created"], 3);
    assert_eq!(json["committed"], true);
    assert!(detail(&app, VALID[0]).is_some());
});

on_both_databases!(api_stewards_write_only_for_their_agencies, |app| {
    let client = app.client();
    let before = app.counts();
    let syt = bearer(&steward(&app, "nan-syt"));

    // Another agency's new dataset, and a seed dataset of another agency claimed for this one.
    for body in [
        "identifier,title,owner\nbca-tn-api,Dữ liệu của Bộ Công an,bca\n",
        "identifier,title,owner\nbca-csdl-dan-cu,Cơ sở dữ liệu quốc gia về dân cư,nan-syt\n",
    ] {
        let res = client
            .post(
                IMPORTS,
                &[
                    ("Authorization", syt.as_str()),
                    ("Content-Type", "text/csv"),
                ],
                body.as_bytes().to_vec(),
            )
            .await;
        assert_eq!(res.status, 422, "{body}: {}", res.body);
        let json = res.json();
        assert_eq!(json["committed"], false);
        let problems = json["problems"].as_array().unwrap();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0]["line"], 2);
        assert_eq!(problems[0]["column"], "owner");
        assert_eq!(problems[0]["file"], "request.csv");
        assert!(problems[0]["message_en"]
            .as_str()
            .unwrap()
            .contains("own agency"));
        assert_eq!(app.counts(), before, "{body}: nothing written");
    }
    assert!(detail(&app, "bca-tn-api").is_none());
    assert_eq!(
        detail(&app, "bca-csdl-dan-cu").unwrap().owner.code,
        "bca",
        "the seed dataset keeps its owner"
    );

    // A steward of the province writes for itself and for its departments.
    let province = bearer(&steward(&app, "nan"));
    let body = "identifier,title,owner,custodian\n\
                nan-tn-api-tinh,Dữ liệu của tỉnh,nan,\n\
                nan-tn-api-so,Dữ liệu của Sở Y tế,nan-syt,nan-syt\n";
    let res = client
        .post(
            IMPORTS,
            &[
                ("Authorization", province.as_str()),
                ("Content-Type", "text/csv"),
            ],
            body.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.body);
    assert_eq!(res.json()["datasets"]["created"], 2);
    assert_eq!(detail(&app, "nan-tn-api-tinh").unwrap().owner.code, "nan");
    assert_eq!(detail(&app, "nan-tn-api-so").unwrap().owner.code, "nan-syt");
    // Internal by default (the safe default): its page is served to the province's officials.
    let official = app.logged_in("official", Some("nan")).await;
    let page = official.get("/datasets/nan-tn-api-so").await;
    assert_eq!(page.status, 200, "its page is served");

    // Agencies: refused to a steward, written by an administrator.
    let agencies = "code,name_vi,name_en,kind,parent\n\
                    nan-tn-sbd,Sở Thử nghiệm tỉnh Nghệ An,Test Department of Nghe An,department,nan\n";
    let written = app.counts();
    let res = client
        .post(
            IMPORTS,
            &[
                ("Authorization", province.as_str()),
                ("Content-Type", "text/csv"),
            ],
            agencies.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(res.status, 422, "{}", res.body);
    let json = res.json();
    assert!(
        json["problems"][0]["message_en"]
            .as_str()
            .unwrap()
            .contains("administrators"),
        "{json}"
    );
    assert_eq!(app.counts(), written, "no agency written by a steward");
    let admin = bearer(&token(&app, Role::Admin));
    let res = client
        .post(
            IMPORTS,
            &[
                ("Authorization", admin.as_str()),
                ("Content-Type", "text/csv"),
            ],
            agencies.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.body);
    assert_eq!(res.json()["agencies"]["created"], 1);
    assert_eq!(
        table_diff(&written, &app.counts()),
        diff(&[("agencies", 1)])
    );
    // The new department is one of the province's: its steward may now write its datasets.
    let body = "identifier,title,owner\nnan-tn-api-sbd,Dữ liệu của Sở mới,nan-tn-sbd\n";
    let res = client
        .post(
            IMPORTS,
            &[("Authorization", province.as_str())],
            body.as_bytes().to_vec(),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.body);
});

on_both_databases!(api_dry_run_partial_and_multipart, |app| {
    let client = app.client();
    let admin = bearer(&token(&app, Role::Admin));
    let auth = [
        ("Authorization", admin.as_str()),
        ("Content-Type", "text/csv"),
    ];
    let before = app.counts();

    let res = client
        .post(
            &format!("{IMPORTS}?dry_run=true"),
            &auth,
            fixture_text("valid/datasets.csv").into_bytes(),
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.body);
    let json = res.json();
    assert_eq!(json["dry_run"], true);
    assert_eq!(json["committed"], false);
    assert_eq!(json["datasets"]["created"], 3);
    assert_eq!(app.counts(), before, "a dry run writes nothing");

    let res = client
        .post(
            &format!("{IMPORTS}?dry_run=perhaps"),
            &auth,
            fixture_text("valid/datasets.csv").into_bytes(),
        )
        .await;
    assert_eq!(res.status, 400, "{}", res.body);
    assert_eq!(res.json()["error"]["code"], "bad_request");
    assert_eq!(app.counts(), before);

    let res = client
        .post(
            &format!("{IMPORTS}?dry_run=true"),
            &auth,
            fixture_text("problems/datasets.csv").into_bytes(),
        )
        .await;
    assert_eq!(res.status, 422);
    assert_eq!(res.json()["errors"], 9);

    let res = client
        .post(
            &format!("{IMPORTS}?partial=true"),
            &auth,
            fixture_text("problems/datasets.csv").into_bytes(),
        )
        .await;
    assert_eq!(
        res.status, 200,
        "partial writes the valid rows: {}",
        res.body
    );
    let json = res.json();
    assert_eq!(json["committed"], true);
    assert_eq!(json["datasets"]["created"], 4);
    assert_eq!(json["datasets"]["rejected"], 9);
    assert_eq!(json["problems"].as_array().unwrap().len(), 9);
    assert_eq!(table_diff(&before, &app.counts())["datasets"], 4);

    // Several files in one multipart body: one import.
    let written = app.counts();
    let boundary = "ndc-kiem-thu-7d1c";
    let body = multipart(
        boundary,
        &[
            ("fields.csv", &fixture_text("valid/fields.csv")),
            ("datasets.csv", &fixture_text("valid/datasets.csv")),
        ],
    );
    let content_type = format!("multipart/form-data; boundary={boundary}");
    let res = client
        .post(
            IMPORTS,
            &[
                ("Authorization", admin.as_str()),
                ("Content-Type", content_type.as_str()),
            ],
            body,
        )
        .await;
    assert_eq!(res.status, 200, "{}", res.body);
    let json = res.json();
    assert_eq!(json["datasets"]["created"], 3);
    assert_eq!(json["fields"]["created"], 5);
    assert_eq!(
        table_diff(&written, &app.counts()),
        diff(&[
            ("datasets", 3),
            ("dataset_themes", 4),
            ("schema_fields", 5),
            ("access_rules", 3),
            ("changes", 3),
        ])
    );
    assert_eq!(field_names(&app, VALID[1]), ["ma_tre", "ngay_tiem"]);

    // A multipart file with a bad row is named in the report by its file name.
    let body = multipart(
        boundary,
        &[("truong.csv", "dataset,name\nkhong-co-du-lieu,ma_so\n")],
    );
    let res = client
        .post(
            IMPORTS,
            &[
                ("Authorization", admin.as_str()),
                ("Content-Type", content_type.as_str()),
            ],
            body,
        )
        .await;
    assert_eq!(res.status, 422);
    let json = res.json();
    assert_eq!(json["problems"][0]["file"], "truong.csv");
    assert_eq!(json["problems"][0]["line"], 2);
    assert_eq!(json["problems"][0]["column"], "dataset");
});
