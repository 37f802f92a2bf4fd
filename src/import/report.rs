//! What an import tells its caller: counts per kind of file (created / updated / unchanged / rejected)
//! and every problem with its file, line, column and offending value, in Vietnamese and English.
//! The same report feeds the CLI summary, `--report FILE.csv` and the JSON answer of the API.

use serde::Serialize;
use utoipa::ToSchema;

use super::header::FileKind;

/// How many problems a report keeps in memory; the rest are counted, so a file with a million bad
/// rows cannot exhaust memory.
pub const MAX_KEPT_PROBLEMS: usize = 100_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "lowercase")]
#[schema(as = ImportSeverity)]
pub enum Severity {
    /// The row (or file) is rejected.
    Error,
    /// Reported, nothing rejected (an unknown column, a legacy encoding that was guessed).
    Warning,
}

/// One problem found in an inventory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
#[schema(as = ImportProblem)]
pub struct Problem {
    pub severity: Severity,
    pub file: String,
    /// Line in the file as a spreadsheet or editor shows it (a quoted cell spanning lines counts all
    /// of them); 0 when the problem is about the whole file.
    pub line: u64,
    pub column: String,
    /// The offending value, shortened to 80 characters.
    pub value: String,
    pub message_vi: String,
    pub message_en: String,
}

impl Problem {
    pub fn error(file: &str, line: u64, column: &str, value: &str, vi: String, en: String) -> Self {
        Problem {
            severity: Severity::Error,
            file: file.to_string(),
            line,
            column: column.to_string(),
            value: shorten(value),
            message_vi: vi,
            message_en: en,
        }
    }

    /// A problem with a whole file (line 0).
    pub fn file(file: &str, vi: impl Into<String>, en: impl Into<String>) -> Self {
        Problem::error(file, 0, "", "", vi.into(), en.into())
    }

    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Values in reports are cut so one 1 MB cell does not make a 1 MB report line.
pub fn shorten(value: &str) -> String {
    const MAX: usize = 80;
    if value.chars().count() <= MAX {
        value.to_string()
    } else {
        let cut: String = value.chars().take(MAX - 1).collect();
        format!("{cut}…")
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.file)?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
        }
        if !self.column.is_empty() {
            write!(f, " [{}]", self.column)?;
        }
        if self.severity == Severity::Warning {
            write!(f, " cảnh báo/warning")?;
        }
        write!(f, ": {} ({})", self.message_vi, self.message_en)
    }
}

/// Rows of one kind of file, by outcome.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ToSchema)]
#[schema(as = ImportCounts)]
pub struct KindCounts {
    pub created: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub rejected: u64,
}

impl KindCounts {
    pub fn total(&self) -> u64 {
        self.created + self.updated + self.unchanged + self.rejected
    }
}

/// The outcome of one import.
// `POST /api/v1/imports` answers with this report as it is: its `ToSchema` derive (and its parts')
// is that answer's schema in the OpenAPI document, and its doc comments are the descriptions there.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
#[schema(as = ImportReport)]
pub struct Report {
    pub agencies: KindCounts,
    pub datasets: KindCounts,
    pub fields: KindCounts,
    pub distributions: KindCounts,
    /// Errors and warnings, in file order (at most [`MAX_KEPT_PROBLEMS`]).
    pub problems: Vec<Problem>,
    /// Problems found beyond those kept.
    pub problems_not_kept: u64,
    pub errors: u64,
    pub warnings: u64,
    /// A whole file could not be used (unreadable, unrecognised, not allowed): nothing is written.
    pub unusable: bool,
    pub dry_run: bool,
    /// Whether the changes were written. False for a dry run and for a rejected all-or-nothing import.
    pub committed: bool,
    pub elapsed_ms: u64,
}

impl Report {
    pub fn counts_mut(&mut self, kind: FileKind) -> &mut KindCounts {
        match kind {
            FileKind::Agencies => &mut self.agencies,
            FileKind::Datasets => &mut self.datasets,
            FileKind::Fields => &mut self.fields,
            FileKind::Distributions => &mut self.distributions,
        }
    }

    pub fn push(&mut self, problem: Problem) {
        if problem.is_error() {
            self.errors += 1;
            if problem.line == 0 {
                self.unusable = true;
            }
        } else {
            self.warnings += 1;
        }
        if self.problems.len() < MAX_KEPT_PROBLEMS {
            self.problems.push(problem);
        } else {
            self.problems_not_kept += 1;
        }
    }

    /// A problem that makes a whole file unusable (wherever it was found): nothing is written.
    pub fn push_fatal(&mut self, problem: Problem) {
        self.unusable = true;
        self.push(problem);
    }

    /// Rows written or that would be written (a dry run counts what it would do).
    pub fn changed_rows(&self) -> u64 {
        [
            self.agencies,
            self.datasets,
            self.fields,
            self.distributions,
        ]
        .iter()
        .map(|c| c.created + c.updated)
        .sum()
    }

    /// One line per kind, for the terminal and logs.
    pub fn summary_lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        for (label, c) in [
            ("agencies", self.agencies),
            ("datasets", self.datasets),
            ("fields", self.fields),
            ("distributions", self.distributions),
        ] {
            if c.total() > 0 {
                lines.push(format!(
                    "{label:<14} {:>9} created {:>9} updated {:>9} unchanged {:>9} rejected",
                    c.created, c.updated, c.unchanged, c.rejected
                ));
            }
        }
        lines
    }

    /// Every problem kept, as CSV (`--report FILE.csv`): one row per problem, UTF-8 with a header.
    pub fn write_csv(&self, out: impl std::io::Write) -> std::io::Result<()> {
        let mut w = csv::Writer::from_writer(out);
        w.write_record([
            "severity",
            "file",
            "line",
            "column",
            "value",
            "message_vi",
            "message_en",
        ])?;
        for p in &self.problems {
            w.write_record([
                match p.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                },
                &p.file,
                &p.line.to_string(),
                &p.column,
                &p.value,
                &p.message_vi,
                &p.message_en,
            ])?;
        }
        w.flush()
    }
}
