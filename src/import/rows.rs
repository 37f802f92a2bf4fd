//! One CSV record seen through its header: typed cell accessors (text, enumerations, dates, booleans)
//! that NFC-normalise every value and record each problem with its column and offending value.

use chrono::NaiveDate;

use super::header::Header;
use super::report::Problem;
use crate::text::{fold, normalize, normalize_line};

/// The cells of one record, looked up by canonical column name.
pub struct Row<'a> {
    pub file: &'a str,
    pub line: u64,
    pub header: &'a Header,
    pub record: &'a csv::StringRecord,
    pub problems: Vec<Problem>,
}

impl Row<'_> {
    /// Records a problem with `column`, quoting the cell's value.
    pub fn problem(&mut self, column: &str, vi: String, en: String) {
        let value = self.raw(column).to_string();
        self.problems
            .push(Problem::error(self.file, self.line, column, &value, vi, en));
    }

    /// The cell as written, or "" if the column is absent.
    pub fn raw(&self, column: &str) -> &str {
        self.header
            .positions
            .get(column)
            .and_then(|&i| self.record.get(i))
            .unwrap_or("")
    }

    /// A one-line text cell, NFC, whitespace collapsed; empty if the column is absent.
    pub fn text(&self, column: &str) -> String {
        normalize_line(self.raw(column))
    }

    /// A multi-line text cell (descriptions).
    pub fn long_text(&self, column: &str) -> String {
        normalize(self.raw(column)).trim().to_string()
    }

    pub fn required(&mut self, column: &str) -> Option<String> {
        let value = self.text(column);
        if value.is_empty() {
            self.problem(
                column,
                format!("Thiếu giá trị bắt buộc ở cột «{column}»."),
                format!("The required column “{column}” is empty."),
            );
            None
        } else {
            Some(value)
        }
    }

    pub fn limited(&mut self, column: &str, value: String, max_chars: usize) -> String {
        if value.chars().count() > max_chars {
            self.problem(
                column,
                format!("Giá trị ở cột «{column}» dài quá {max_chars} ký tự."),
                format!("The value of “{column}” is longer than {max_chars} characters."),
            );
        }
        value
    }

    /// An enumeration cell: empty gives `default`, an unknown value is a problem naming the accepted ones.
    pub fn choice<T: Copy>(
        &mut self,
        column: &str,
        default: T,
        parse: fn(&str) -> Option<T>,
        accepted: impl Fn() -> Vec<String>,
    ) -> T {
        let raw = self.text(column);
        if raw.is_empty() {
            return default;
        }
        match parse(&raw) {
            Some(v) => v,
            None => {
                let list = accepted().join(", ");
                self.problem(
                    column,
                    format!("Giá trị «{raw}» không hợp lệ ở cột «{column}». Giá trị được chấp nhận: {list}."),
                    format!("“{raw}” is not a valid value for “{column}”. Accepted values: {list}."),
                );
                default
            }
        }
    }

    pub fn date(&mut self, column: &str) -> Option<NaiveDate> {
        let raw = self.text(column);
        if raw.is_empty() {
            return None;
        }
        let parsed = NaiveDate::parse_from_str(&raw, "%Y-%m-%d")
            .or_else(|_| NaiveDate::parse_from_str(&raw, "%d/%m/%Y"));
        match parsed {
            Ok(d) => Some(d),
            Err(_) => {
                self.problem(
                    column,
                    format!("Ngày «{raw}» không hợp lệ ở cột «{column}»: dùng dạng NNNN-TT-NN (ví dụ 2025-07-01) hoặc NN/TT/NNNN."),
                    format!("“{raw}” in “{column}” is not a date: use YYYY-MM-DD (e.g. 2025-07-01) or DD/MM/YYYY."),
                );
                None
            }
        }
    }

    pub fn boolean(&mut self, column: &str) -> bool {
        let raw = self.text(column);
        match fold(&raw).as_str() {
            "" | "false" | "no" | "0" | "khong" | "sai" => false,
            "true" | "yes" | "1" | "co" | "dung" | "x" => true,
            _ => {
                self.problem(
                    column,
                    format!("Giá trị «{raw}» ở cột «{column}» phải là có/không (true/false, 1/0)."),
                    format!("“{raw}” in “{column}” must be yes/no (true/false, 1/0)."),
                );
                false
            }
        }
    }
}

pub fn codes<T: Copy>(
    all: &[T],
    code: fn(T) -> &'static str,
    vi: fn(T) -> &'static str,
) -> Vec<String> {
    all.iter()
        .map(|&v| format!("{} ({})", code(v), vi(v)))
        .collect()
}
