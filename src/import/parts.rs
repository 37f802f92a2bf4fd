//! Inputs to parts: a CSV file is one part, an Excel workbook one part per recognised sheet. A part
//! knows its kind, its header and streams its records with their line numbers (as a spreadsheet
//! shows them; a quoted cell spanning several lines counts all of them).

use std::io::Read;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use super::decode::{self, Input, Sniffed, MAX_COLUMNS, RECORD_TOO_LONG};
use super::header::{recognise_as, FileKind, Header};
use super::report::{Problem, Report};
use super::Options;
use crate::text::normalize_line;

/// The largest workbook read (it is read whole: xlsx is a zip).
pub const MAX_XLSX_BYTES: u64 = 200 << 20;

pub enum RowItem {
    Record(u64, csv::StringRecord),
    /// The rest of the part cannot be read.
    Fatal(Problem),
}

pub struct Part {
    pub name: String,
    pub kind: FileKind,
    pub header: Header,
    pub rows: Box<dyn Iterator<Item = RowItem> + Send>,
    /// Raw bytes read so far and the size of the input, for progress.
    pub bytes_read: Arc<AtomicU64>,
    pub input_len: u64,
    /// Cells after this many may only be empty (trailing empty columns are ignored).
    width: usize,
}

impl Part {
    /// A row with fewer cells than the header, or with values beyond its last column.
    pub fn check_width(&self, record: &csv::StringRecord, line: u64) -> Option<Problem> {
        let extra = record.iter().skip(self.width).any(|c| !c.trim().is_empty());
        if record.len() >= self.width && !extra {
            return None;
        }
        let (n, w) = (record.len(), self.width);
        Some(Problem::error(
            &self.name,
            line,
            "",
            "",
            format!("Dòng có {n} ô nhưng dòng tiêu đề có {w} cột: kiểm tra dấu phân cách và dấu ngoặc kép."),
            format!("The row has {n} cells but the header has {w} columns: check delimiters and quotes."),
        ))
    }
}

/// Opens every input; a problem with a whole file goes to the report and the file is skipped.
pub fn open_parts(inputs: &[Input], options: &Options, report: &mut Report) -> Vec<Part> {
    let mut parts = Vec::new();
    for input in inputs {
        match open_input(input, options, report) {
            Ok(mut p) => parts.append(&mut p),
            Err(problem) => report.push_fatal(problem),
        }
    }
    parts
}

fn open_input(input: &Input, options: &Options, report: &mut Report) -> Result<Vec<Part>, Problem> {
    let empty = || Problem::file(&input.name, "Tệp rỗng.", "The file is empty.");
    match decode::sniff(input, options.encoding)? {
        Sniffed::Empty => Err(empty()),
        Sniffed::Zip => xlsx_parts(input, options, report),
        Sniffed::Text(encoding, warning) => {
            if let Some(w) = warning {
                report.push(w);
            }
            let unreadable = |e: std::io::Error| {
                Problem::file(
                    &input.name,
                    format!("Không đọc được tệp: {e}."),
                    format!("The file cannot be read: {e}."),
                )
            };
            let stream = decode::open_text(input, encoding).map_err(unreadable)?;
            let record_end = stream.reader.record_end.clone();
            let lines = stream.reader.lines.clone();
            let reader = csv::ReaderBuilder::new()
                .delimiter(stream.delimiter)
                .flexible(true)
                .has_headers(false)
                .from_reader(stream.reader);
            let mut rows = CsvRows {
                reader,
                record_end,
                lines,
                name: input.name.clone(),
                done: false,
            };
            let (line, header_record) = match rows.next() {
                None => return Err(empty()),
                Some(RowItem::Fatal(p)) => return Err(p),
                Some(RowItem::Record(line, r)) => (line, r),
            };
            let cells: Vec<String> = header_record.iter().map(normalize_line).collect();
            let (header, width) = header_of(&input.name, line, &cells, options, report)?;
            Ok(vec![Part {
                name: input.name.clone(),
                kind: header.kind,
                header,
                rows: Box::new(read_ahead(rows)),
                bytes_read: stream.bytes_read,
                input_len: input.len(),
                width,
            }])
        }
    }
}

/// Recognises a header row; unknown columns become warnings.
fn header_of(
    name: &str,
    line: u64,
    cells: &[String],
    options: &Options,
    report: &mut Report,
) -> Result<(Header, usize), Problem> {
    if cells.len() > MAX_COLUMNS {
        return Err(Problem::file(
            name,
            format!("Dòng tiêu đề có {} cột (tối đa {MAX_COLUMNS}): đây không phải là tệp danh mục dữ liệu.", cells.len()),
            format!("The header row has {} columns (at most {MAX_COLUMNS}): this is not an inventory file.", cells.len()),
        ));
    }
    let Some(header) = recognise_as(cells, options.kind) else {
        let found: Vec<&str> = cells
            .iter()
            .map(|c| c.as_str())
            .filter(|c| !c.is_empty())
            .take(30)
            .collect();
        let found = super::report::shorten(&found.join(", "));
        return Err(Problem::file(
            name,
            format!("Không nhận ra loại tệp từ dòng tiêu đề (các cột: {found}). Tệp dữ liệu cần các cột identifier, title, owner; tệp trường dữ liệu: dataset, name; tệp bản phân phối: dataset, url; tệp cơ quan: code, name_vi, kind (xem docs/inventory-format.md)."),
            format!("The header row matches no inventory kind (columns: {found}). A datasets file needs identifier, title, owner; fields: dataset, name; distributions: dataset, url; agencies: code, name_vi, kind (see docs/inventory-format.md)."),
        ));
    };
    for column in &header.unknown {
        report.push(
            Problem::error(
                name,
                line,
                column,
                "",
                format!(
                    "Cột «{column}» không thuộc định dạng tệp {}: bị bỏ qua.",
                    header.kind.name()
                ),
                format!(
                    "The column “{column}” is not part of the {} format: it is ignored.",
                    header.kind.name()
                ),
            )
            .warning(),
        );
    }
    let width = cells
        .iter()
        .rposition(|c| !c.trim().is_empty())
        .map_or(0, |i| i + 1);
    Ok((header, width))
}

/// Reads records on a thread of their own (CSV parsing, UTF-8 checks and line counting are a fifth
/// of an import's work), handing them over in batches; stops when the engine stops asking.
fn read_ahead(rows: CsvRows) -> impl Iterator<Item = RowItem> + Send {
    const BATCH: usize = 512;
    let (batches, receiver) = std::sync::mpsc::sync_channel::<Vec<RowItem>>(8);
    let span = tracing::Span::current();
    std::thread::spawn(move || {
        let _entered = span.enter();
        let mut batch = Vec::with_capacity(BATCH);
        for item in rows {
            batch.push(item);
            if batch.len() == BATCH {
                let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH));
                if batches.send(full).is_err() {
                    return;
                }
            }
        }
        let _ = batches.send(batch);
    });
    receiver.into_iter().flatten()
}

struct CsvRows {
    reader: csv::Reader<decode::Guarded<Box<dyn Read + Send>>>,
    record_end: Arc<AtomicU64>,
    lines: decode::LineIndex,
    name: String,
    done: bool,
}

impl Iterator for CsvRows {
    type Item = RowItem;

    fn next(&mut self) -> Option<RowItem> {
        loop {
            if self.done {
                return None;
            }
            let mut record = csv::StringRecord::new();
            match self.reader.read_record(&mut record) {
                Ok(false) => return None,
                Ok(true) => {
                    self.record_end
                        .store(self.reader.position().byte(), Ordering::Relaxed);
                    if record.iter().all(|c| c.trim().is_empty()) {
                        continue;
                    }
                    let start = record.position().map_or(0, |p| p.byte());
                    let line = self.lines.line_at(start);
                    return Some(RowItem::Record(line, record));
                }
                Err(e) => {
                    self.done = true;
                    let line = self.lines.line_at(self.reader.position().byte());
                    let too_long = matches!(e.kind(), csv::ErrorKind::Io(io) if io.to_string() == RECORD_TOO_LONG);
                    let (vi, en) = if too_long {
                        (
                            format!("Dòng {line} dài quá {} MB (có thể thiếu dấu ngoặc kép đóng): phần còn lại của tệp không được đọc.", decode::MAX_RECORD_BYTES >> 20),
                            format!("Line {line} is longer than {} MB (perhaps a closing quote is missing): the rest of the file is not read.", decode::MAX_RECORD_BYTES >> 20),
                        )
                    } else {
                        (
                            format!("Không đọc được tệp từ dòng {line}: {e}."),
                            format!("The file cannot be read from line {line}: {e}."),
                        )
                    };
                    return Some(RowItem::Fatal(Problem::error(
                        &self.name, line, "", "", vi, en,
                    )));
                }
            }
        }
    }
}

/// An Excel workbook: each sheet whose header is recognised is a part; others are reported.
fn xlsx_parts(input: &Input, options: &Options, report: &mut Report) -> Result<Vec<Part>, Problem> {
    use calamine::Reader as _;
    let not_workbook = |why: String| {
        Problem::file(
            &input.name,
            format!("Tệp nén không phải là bảng tính Excel (.xlsx) đọc được: {why}."),
            format!("The zip file is not a readable Excel workbook (.xlsx): {why}."),
        )
    };
    if input.len() > MAX_XLSX_BYTES {
        return Err(Problem::file(
            &input.name,
            format!(
                "Bảng tính lớn quá {} MB: hãy xuất từng trang ra tệp CSV.",
                MAX_XLSX_BYTES >> 20
            ),
            format!(
                "The workbook is larger than {} MB: export each sheet as CSV.",
                MAX_XLSX_BYTES >> 20
            ),
        ));
    }
    let mut bytes = Vec::new();
    input
        .open()
        .and_then(|mut r| r.read_to_end(&mut bytes))
        .map_err(|e| not_workbook(e.to_string()))?;
    let len = bytes.len() as u64;
    let mut workbook = calamine::Xlsx::new(std::io::Cursor::new(bytes))
        .map_err(|e| not_workbook(e.to_string()))?;
    let mut parts = Vec::new();
    for sheet in workbook.sheet_names() {
        let name = format!("{} [{sheet}]", input.name);
        let range = workbook
            .worksheet_range(&sheet)
            .map_err(|e| not_workbook(e.to_string()))?;
        let first_row = range.start().map_or(0, |(r, _)| r as u64);
        let mut rows: Vec<(u64, csv::StringRecord)> = range
            .rows()
            .enumerate()
            .map(|(i, cells)| {
                let record: csv::StringRecord = cells.iter().map(cell_text).collect();
                (first_row + i as u64 + 1, record)
            })
            .filter(|(_, r)| r.iter().any(|c| !c.trim().is_empty()))
            .collect();
        if rows.is_empty() {
            continue;
        }
        let (line, header_record) = rows.remove(0);
        let cells: Vec<String> = header_record.iter().map(normalize_line).collect();
        match header_of(&name, line, &cells, options, report) {
            Ok((header, width)) => parts.push(Part {
                name,
                kind: header.kind,
                header,
                rows: Box::new(rows.into_iter().map(|(l, r)| RowItem::Record(l, r))),
                bytes_read: Arc::new(AtomicU64::new(len)),
                input_len: 0,
                width,
            }),
            Err(_) => report.push(
                Problem::file(
                    &name,
                    "Trang tính không có dòng tiêu đề của định dạng danh mục: bị bỏ qua.",
                    "The sheet has no inventory header row: it is ignored.",
                )
                .warning(),
            ),
        }
    }
    if parts.is_empty() {
        return Err(Problem::file(
            &input.name,
            "Không trang tính nào có dòng tiêu đề của định dạng danh mục (xem docs/inventory-format.md).",
            "No sheet has an inventory header row (see docs/inventory-format.md).",
        ));
    }
    if let Some(first) = parts.first_mut() {
        first.input_len = len;
    }
    Ok(parts)
}

/// A cell as the CSV format would write it: whole numbers without `.0`, dates as ISO dates.
fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Int(i) => i.to_string(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => excel_date(d.as_f64()),
        Data::DateTimeIso(s) => s.split('T').next().unwrap_or("").to_string(),
        Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

/// Excel's serial day number (days since 1899-12-30) as `YYYY-MM-DD`.
fn excel_date(serial: f64) -> String {
    let base = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).expect("valid date");
    base.checked_add_days(chrono::Days::new(serial.max(0.0).floor() as u64))
        .map(|d| d.to_string())
        .unwrap_or_default()
}
