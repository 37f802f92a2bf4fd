//! From bytes to CSV records: the input (a file on disk or bytes in memory), its encoding (UTF-8 with
//! or without BOM, UTF-16 LE/BE with BOM, Windows-1258 when asked for or when the file is not UTF-8),
//! its delimiter (`,` `;` or tab, from the header line) and a guard that stops any single record at
//! [`MAX_RECORD_BYTES`], so a 1 GB line or a million-column row cannot exhaust memory.

use std::io::{self, Read};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use encoding_rs::Encoding;

use super::report::Problem;

/// The longest record read; longer ones are an error naming the line.
pub const MAX_RECORD_BYTES: u64 = 1 << 20;
/// The most header columns accepted (the widest kind has 23).
pub const MAX_COLUMNS: usize = 1_000;

/// One file given to an import.
#[derive(Clone)]
pub struct Input {
    pub name: String,
    source: Source,
}

#[derive(Clone)]
enum Source {
    File(PathBuf),
    Bytes(Arc<[u8]>),
}

impl Input {
    pub fn file(path: PathBuf) -> Input {
        Input {
            name: path.display().to_string(),
            source: Source::File(path),
        }
    }

    /// A file on disk shown under another name (an upload spooled to a temporary file).
    pub fn file_named(name: String, path: PathBuf) -> Input {
        Input {
            name,
            source: Source::File(path),
        }
    }

    pub fn bytes(name: impl Into<String>, bytes: impl Into<Arc<[u8]>>) -> Input {
        Input {
            name: name.into(),
            source: Source::Bytes(bytes.into()),
        }
    }

    pub fn open(&self) -> io::Result<Box<dyn Read + Send>> {
        Ok(match &self.source {
            Source::File(p) => Box::new(io::BufReader::with_capacity(
                256 * 1024,
                std::fs::File::open(p)?,
            )),
            Source::Bytes(b) => Box::new(io::Cursor::new(b.clone())),
        })
    }

    pub fn len(&self) -> u64 {
        match &self.source {
            Source::File(p) => std::fs::metadata(p).map(|m| m.len()).unwrap_or(0),
            Source::Bytes(b) => b.len() as u64,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The first bytes, for sniffing.
    pub fn head(&self, n: usize) -> io::Result<Vec<u8>> {
        let mut buf = Vec::with_capacity(n);
        self.open()?.take(n as u64).read_to_end(&mut buf)?;
        Ok(buf)
    }
}

/// What the first bytes say the file is.
pub enum Sniffed {
    Empty,
    /// A zip container: an Excel workbook (or something else zipped).
    Zip,
    Text(&'static Encoding, Option<Problem>),
}

/// Finds the encoding. A BOM wins; then `explicit`; then UTF-8 if the whole file is valid UTF-8;
/// otherwise Windows-1258 with a warning. Files with NUL bytes that are not UTF-16 are binary.
pub fn sniff(input: &Input, explicit: Option<&'static Encoding>) -> Result<Sniffed, Problem> {
    let unreadable = |e: io::Error| {
        Problem::file(
            &input.name,
            format!("Không đọc được tệp: {e}."),
            format!("The file cannot be read: {e}."),
        )
    };
    let head = input.head(4).map_err(unreadable)?;
    if head.is_empty() {
        return Ok(Sniffed::Empty);
    }
    if head.starts_with(b"PK\x03\x04") {
        return Ok(Sniffed::Zip);
    }
    if let Some((enc, _)) = Encoding::for_bom(&head) {
        return Ok(Sniffed::Text(enc, None));
    }
    if let Some(enc) = explicit {
        return Ok(Sniffed::Text(enc, None));
    }
    match scan_utf8(input.open().map_err(unreadable)?).map_err(unreadable)? {
        Scan::Utf8 => Ok(Sniffed::Text(encoding_rs::UTF_8, None)),
        Scan::Binary => Err(Problem::file(
            &input.name,
            "Tệp không phải là văn bản CSV (có byte nhị phân). Hãy xuất bảng tính dưới dạng “CSV UTF-8” hoặc gửi tệp .xlsx.",
            "The file is not CSV text (it holds binary bytes). Export the spreadsheet as “CSV UTF-8”, or send the .xlsx file.",
        )),
        Scan::NotUtf8 { line } => Ok(Sniffed::Text(
            encoding_rs::WINDOWS_1258,
            Some(
                Problem::file(
                    &input.name,
                    format!("Tệp không được mã hóa UTF-8 (byte đầu tiên không hợp lệ ở dòng {line}); đã đọc theo bảng mã Windows-1258. Hãy kiểm tra chữ tiếng Việt, hoặc lưu lại dưới dạng “CSV UTF-8”."),
                    format!("The file is not UTF-8 (first invalid byte on line {line}); it was read as Windows-1258. Check the Vietnamese text, or save it again as “CSV UTF-8”."),
                )
                .warning(),
            ),
        )),
    }
}

enum Scan {
    Utf8,
    NotUtf8 { line: u64 },
    Binary,
}

/// Streams the file once, checking UTF-8 validity across chunk boundaries.
fn scan_utf8(mut reader: impl Read) -> io::Result<Scan> {
    let mut buf = vec![0u8; 256 * 1024];
    let mut carry = 0usize;
    let mut lines = 1u64;
    loop {
        let n = reader.read(&mut buf[carry..])?;
        if n == 0 {
            return Ok(if carry == 0 {
                Scan::Utf8
            } else {
                Scan::NotUtf8 { line: lines }
            });
        }
        let filled = carry + n;
        if memchr0(&buf[carry..filled]) {
            return Ok(Scan::Binary);
        }
        match simdutf8::compat::from_utf8(&buf[..filled]) {
            Ok(_) => {
                lines += count_newlines(&buf[..filled]);
                carry = 0;
            }
            Err(e) if e.error_len().is_none() => {
                // An incomplete sequence at the end of the chunk: keep it for the next one.
                let valid = e.valid_up_to();
                lines += count_newlines(&buf[..valid]);
                buf.copy_within(valid..filled, 0);
                carry = filled - valid;
            }
            Err(e) => {
                return Ok(Scan::NotUtf8 {
                    line: lines + count_newlines(&buf[..e.valid_up_to()]),
                })
            }
        }
    }
}

fn memchr0(bytes: &[u8]) -> bool {
    bytes.contains(&0)
}

fn count_newlines(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b == b'\n').count() as u64
}

/// Counts the raw bytes read, for progress.
pub struct Counted<R> {
    inner: R,
    pub read: Arc<AtomicU64>,
}

impl<R: Read> Read for Counted<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// Line numbers as an editor shows them, whatever the line ends (`\n`, `\r\n`) and however many
/// empty lines the CSV reader skipped: the guard notes where each `\n` is, and a record's line is one
/// more than the newlines before its first byte. Only newlines after the last record asked about
/// are kept, so memory stays within one record.
#[derive(Clone, Default)]
pub struct LineIndex(Arc<std::sync::Mutex<Lines>>);

#[derive(Default)]
struct Lines {
    before: u64,
    /// Offsets of the newlines not yet passed, and whether each ends a `\r\n`.
    pending: std::collections::VecDeque<(u64, bool)>,
    last_byte: u8,
}

impl LineIndex {
    fn note(&self, offset: u64, bytes: &[u8]) {
        let mut lines = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let mut previous = lines.last_byte;
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' {
                lines
                    .pending
                    .push_back((offset + i as u64, previous == b'\r'));
            }
            previous = b;
        }
        lines.last_byte = previous;
    }

    /// The line of the record the CSV reader says starts at `offset` (offsets asked must not
    /// decrease). The reader's offset can be just before the empty lines it skipped, or before the
    /// `\n` of a `\r\n`: those line ends are passed first.
    pub fn line_at(&self, offset: u64) -> u64 {
        let mut lines = self.0.lock().unwrap_or_else(|e| e.into_inner());
        while lines.pending.front().is_some_and(|&(n, _)| n < offset) {
            lines.pending.pop_front();
            lines.before += 1;
        }
        let mut cursor = offset;
        while let Some(&(n, crlf)) = lines.pending.front() {
            if n == cursor || (crlf && n == cursor + 1) {
                lines.pending.pop_front();
                lines.before += 1;
                cursor = n + 1;
            } else {
                break;
            }
        }
        lines.before + 1
    }
}

/// Fails the read when one record grows past [`MAX_RECORD_BYTES`]. The CSV reader tells it where
/// each record ended (`record_end`); the reader's own buffering adds at most one buffer of slack.
pub struct Guarded<R> {
    inner: R,
    consumed: u64,
    pub record_end: Arc<AtomicU64>,
    pub lines: LineIndex,
}

/// The error kind a guard trips with, so callers can tell it from real I/O errors.
pub const RECORD_TOO_LONG: &str = "record too long";

impl<R: Read> Read for Guarded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let end = self.record_end.load(Ordering::Relaxed);
        if self.consumed.saturating_sub(end) > MAX_RECORD_BYTES {
            return Err(io::Error::new(io::ErrorKind::InvalidData, RECORD_TOO_LONG));
        }
        let n = self.inner.read(buf)?;
        self.lines.note(self.consumed, &buf[..n]);
        self.consumed += n as u64;
        Ok(n)
    }
}

/// A decoded, guarded text stream and the delimiter found on its first line.
pub struct TextStream {
    pub reader: Guarded<Box<dyn Read + Send>>,
    pub delimiter: u8,
    pub bytes_read: Arc<AtomicU64>,
}

/// Opens `input` as UTF-8 text in `encoding` (BOM stripped) and detects the delimiter.
pub fn open_text(input: &Input, encoding: &'static Encoding) -> io::Result<TextStream> {
    let bytes_read = Arc::new(AtomicU64::new(0));
    let raw = Counted {
        inner: input.open()?,
        read: bytes_read.clone(),
    };
    let mut decoded: Box<dyn Read + Send> = if encoding == encoding_rs::UTF_8 {
        // Already checked to be UTF-8 (or declared so): pass it through, without its BOM.
        let mut raw = io::BufReader::with_capacity(256 * 1024, raw);
        let bom = io::BufRead::fill_buf(&mut raw)?.starts_with(b"\xEF\xBB\xBF");
        if bom {
            io::BufRead::consume(&mut raw, 3);
        }
        Box::new(raw)
    } else {
        Box::new(
            encoding_rs_io::DecodeReaderBytesBuilder::new()
                .encoding(Some(encoding))
                .bom_override(true)
                .strip_bom(true)
                .build(raw),
        )
    };
    // The header line decides the delimiter; read up to 64 kB of it, then put it back in front.
    let mut head = Vec::with_capacity(64 * 1024);
    (&mut decoded).take(64 * 1024).read_to_end(&mut head)?;
    let first_line = head.split(|&b| b == b'\n').next().unwrap_or(&[]);
    let delimiter = detect_delimiter(first_line);
    let chained: Box<dyn Read + Send> = Box::new(io::Cursor::new(head).chain(decoded));
    Ok(TextStream {
        reader: Guarded {
            inner: chained,
            consumed: 0,
            record_end: Arc::new(AtomicU64::new(0)),
            lines: LineIndex::default(),
        },
        delimiter,
        bytes_read,
    })
}

/// The most frequent of `,` `;` and tab outside quotes on the header line (comma on a tie).
fn detect_delimiter(line: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in line {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    [b',', b';', b'\t'][best]
}

/// Parses an `--encoding` value.
pub fn encoding_named(name: &str) -> Option<&'static Encoding> {
    let lower = name.trim().to_ascii_lowercase();
    let label = match lower.as_str() {
        "cp1258" | "1258" => "windows-1258",
        "utf16le" => "utf-16le",
        "utf16be" => "utf-16be",
        "utf8" => "utf-8",
        other => other,
    };
    Encoding::for_label(label.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text_of(bytes: &[u8], enc: Option<&'static Encoding>) -> (String, u8) {
        let input = Input::bytes("t.csv", bytes.to_vec());
        let enc = match sniff(&input, enc) {
            Ok(Sniffed::Text(e, _)) => e,
            _ => panic!("not text"),
        };
        let mut s = open_text(&input, enc).unwrap();
        let mut out = String::new();
        s.reader.read_to_string(&mut out).unwrap();
        (out, s.delimiter)
    }

    #[test]
    fn decodes_boms_and_legacy_vietnamese() {
        assert_eq!(text_of("\u{feff}a,b\n".as_bytes(), None).0, "a,b\n");
        let mut le = vec![0xFF, 0xFE];
        for u in "mã;số\n".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(text_of(&le, None), ("mã;số\n".to_string(), b';'));
        let mut be = vec![0xFE, 0xFF];
        for u in "a\tb\n".encode_utf16() {
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(text_of(&be, None), ("a\tb\n".to_string(), b'\t'));
        // "Hà Nội" in Windows-1258: a + combining grave (0xCC), N, ô (0xF4) + combining dot below (0xF2).
        let cp1258 = b"H\x61\xCC N\xF4\xF2i\n";
        let (text, _) = text_of(cp1258, None);
        assert_eq!(crate::text::normalize(&text), "Hà Nội\n");
    }

    #[test]
    fn detects_delimiters_outside_quotes() {
        assert_eq!(detect_delimiter(b"\"a,b\";c;d"), b';');
        assert_eq!(detect_delimiter(b"a,b,c"), b',');
        assert_eq!(detect_delimiter(b"abc"), b',');
    }

    #[test]
    fn binary_is_not_text() {
        let input = Input::bytes("x.bin", vec![1u8, 0, 2, 3, 0, 0, 7]);
        assert!(sniff(&input, None).is_err());
    }
}
