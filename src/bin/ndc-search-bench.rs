//! Search benchmark: rebuilds the search index of a data directory from its database (timed), then runs
//! 1-, 2- and 3-word queries with every facet counted, in-process (server-side latency, no HTTP), and
//! reports medians, p99, index size and peak memory. See BENCHMARKS.md.
//!
//!     ndc-search-bench --data-dir DIR [--database-url URL] [--queries FILE] [--repeat 5] [--no-rebuild]
//!         [--as-admin]   (search as an admin, who sees every published dataset; default anonymous)

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use ndc::domain::{UserRole, Viewer};
use ndc::search::{self, SearchIndex, SearchRequest, SearchSort};
use ndc::storage::Db;

struct Args {
    data_dir: PathBuf,
    database_url: Option<String>,
    queries: Option<PathBuf>,
    repeat: usize,
    rebuild: bool,
    as_admin: bool,
}

fn args() -> Args {
    let mut a = Args {
        data_dir: "data".into(),
        database_url: None,
        queries: None,
        repeat: 5,
        rebuild: true,
        as_admin: false,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--data-dir" => a.data_dir = it.next().expect("--data-dir DIR").into(),
            "--database-url" => a.database_url = it.next(),
            "--queries" => a.queries = it.next().map(PathBuf::from),
            "--repeat" => a.repeat = it.next().and_then(|n| n.parse().ok()).expect("--repeat N"),
            "--no-rebuild" => a.rebuild = false,
            "--as-admin" => a.as_admin = true,
            other => panic!("unknown argument {other}"),
        }
    }
    a
}

/// A line of /proc/self/status in MB (`VmHWM:`, `RssAnon:`…).
fn status_mb(key: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
        })
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

/// Peak resident memory: all of it (VmHWM), which counts the index files tantivy maps while it
/// merges, and the process's own memory (anonymous pages, sampled every 50 ms).
fn peak_rss_mb() -> String {
    format!(
        "{:.0} MB (anonymous memory {:.0} MB)",
        status_mb("VmHWM:"),
        PEAK_ANON_MB.load(std::sync::atomic::Ordering::Relaxed)
    )
}

static PEAK_ANON_MB: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

fn sample_anonymous_memory() {
    std::thread::spawn(|| loop {
        let mb = status_mb("RssAnon:") as u64;
        PEAK_ANON_MB.fetch_max(mb, std::sync::atomic::Ordering::Relaxed);
        std::thread::sleep(Duration::from_millis(50));
    });
}

fn dir_size(path: &Path) -> u64 {
    std::fs::read_dir(path)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| match e.metadata() {
                    Ok(m) if m.is_dir() => dir_size(&e.path()),
                    Ok(m) => m.len(),
                    Err(_) => 0,
                })
                .sum()
        })
        .unwrap_or(0)
}

/// Tokens per indexed field of the index in `dir`: where the build time goes.
fn token_counts(dir: &Path) {
    let Ok(index) = tantivy::Index::open_in_dir(dir) else {
        return;
    };
    let Ok(reader) = index.reader() else { return };
    let searcher = reader.searcher();
    let mut line = Vec::new();
    for (field, entry) in index.schema().fields() {
        let tokens: u64 = searcher
            .segment_readers()
            .iter()
            .filter_map(|s| s.inverted_index(field).ok())
            .map(|i| i.total_num_tokens())
            .sum();
        if tokens > 0 && entry.field_type().is_indexed() && !entry.is_fast() {
            line.push(format!("{} {:.1} M", entry.name(), tokens as f64 / 1e6));
        }
    }
    println!("tokens per field: {}", line.join(", "));
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i].as_secs_f64() * 1000.0
}

/// Queries typed by officials, by number of words; half without diacritics.
const DEFAULT_QUERIES: &[&str] = &[
    "thuế",
    "thue",
    "đất",
    "dat",
    "rừng",
    "rung",
    "nước",
    "nuoc",
    "điện",
    "dien",
    "xe",
    "trường",
    "truong",
    "bệnh",
    "benh",
    "hộ",
    "ho",
    "dân",
    "dan",
    "dân cư",
    "dan cu",
    "thuế",
    "thue",
    "đất đai",
    "dat dai",
    "giáo dục",
    "giao duc",
    "y tế",
    "y te",
    "doanh nghiệp",
    "doanh nghiep",
    "giao thông",
    "giao thong",
    "môi trường",
    "moi truong",
    "dữ liệu dân cư",
    "du lieu dan cu",
    "mã số thuế",
    "ma so thue",
    "danh sách trường học",
    "danh sach truong hoc",
    "quan trắc không khí",
    "quan trac khong khi",
    "hộ tịch",
    "ho tich",
    "bệnh viện",
    "benh vien",
    "số liệu dân cư hà nội",
    "so lieu dan cu ha noi",
    "đăng ký xe",
    "dang ky xe",
    "giá đất",
    "gia dat",
    "cơ sở dữ liệu quốc gia",
    "co so du lieu quoc gia",
    "hộ nghèo",
    "ho ngheo",
    "thủ tục hành chính",
    "thu tuc hanh chinh",
    "so_cccd",
    "ngay_sinh",
    "ma_tinh",
];

fn main() {
    let args = args();
    sample_anonymous_memory();
    let url = args.database_url.clone().unwrap_or_else(|| {
        args.data_dir
            .join("ndc.sqlite3")
            .to_string_lossy()
            .into_owned()
    });
    let db = Db::open(&url, 4).expect("open the database");
    let index = SearchIndex::new(&args.data_dir);
    if args.rebuild {
        let started = Instant::now();
        let progress = |done: u64, total: u64| {
            if done % 100_000 < 5_000 {
                eprintln!(
                    "  {done}/{total} datasets after {:.1} s",
                    started.elapsed().as_secs_f64()
                );
            }
        };
        let name = index.rebuild(&db, &progress).expect("rebuild");
        let elapsed = started.elapsed();
        println!(
            "full rebuild: {:.1} s, index {} on disk {:.0} MB, peak RSS so far {}",
            elapsed.as_secs_f64(),
            name,
            dir_size(&args.data_dir.join("search").join(&name)) as f64 / 1e6,
            peak_rss_mb()
        );
        token_counts(&args.data_dir.join("search").join(&name));
    }
    index.open_or_rebuild(&db).expect("open the index");
    index.follow(&db).expect("catch up");
    let viewer = if args.as_admin {
        Viewer::User {
            id: 0,
            role: UserRole::Admin,
            agency_id: None,
            agency_subtree: Vec::new(),
        }
    } else {
        Viewer::Anonymous
    };
    println!(
        "searching as {}",
        if args.as_admin {
            "an admin (every published dataset)"
        } else {
            "anonymous (open data only)"
        }
    );
    let queries: Vec<String> = match &args.queries {
        Some(f) => std::fs::read_to_string(f)
            .expect("queries file")
            .lines()
            .map(str::to_string)
            .collect(),
        None => DEFAULT_QUERIES.iter().map(|s| s.to_string()).collect(),
    };
    let mut by_words: std::collections::BTreeMap<usize, Vec<Duration>> = Default::default();
    let mut totals = Vec::new();
    let mut cached: Vec<Duration> = Vec::new();
    for q in &queries {
        let parsed = search::parse(q);
        let words = parsed.words.len().clamp(1, 3);
        let request = SearchRequest {
            viewer: viewer.clone(),
            ..SearchRequest::new(parsed, SearchSort::Relevance)
        };
        let warm = index.search(&request).expect("search");
        totals.push((q.clone(), warm.total));
        for _ in 0..args.repeat {
            // The full cost: ranking plus every facet counted over all matches (no cached counts).
            index.clear_facet_cache();
            let started = Instant::now();
            let _ = index.search(&request).expect("search");
            by_words.entry(words).or_default().push(started.elapsed());
            // The same result set again (paging, re-sorting): facet counts come from the cache.
            let started = Instant::now();
            let _ = index
                .search(&SearchRequest {
                    page: 2,
                    ..request.clone()
                })
                .expect("search");
            cached.push(started.elapsed());
        }
    }
    println!("| words | queries×repeats | p50 ms | p99 ms | max ms |");
    println!("|---:|---:|---:|---:|---:|");
    for (words, mut times) in by_words {
        times.sort();
        println!(
            "| {}{} | {} | {:.2} | {:.2} | {:.2} |",
            words,
            if words == 3 { "+" } else { "" },
            times.len(),
            percentile(&times, 0.5),
            percentile(&times, 0.99),
            percentile(&times, 1.0)
        );
    }
    cached.sort();
    println!(
        "next page of the same result set (facet counts cached): p50 {:.2} ms, p99 {:.2} ms",
        percentile(&cached, 0.5),
        percentile(&cached, 0.99)
    );
    // The unfiltered list (every published dataset, by title), as /datasets without a query.
    let mut list = Vec::new();
    for _ in 0..args.repeat {
        index.clear_facet_cache();
        let started = Instant::now();
        let _ = index
            .search(&SearchRequest {
                viewer: viewer.clone(),
                ..SearchRequest::new(search::parse(""), SearchSort::Title)
            })
            .expect("list");
        list.push(started.elapsed());
    }
    list.sort();
    println!(
        "unfiltered list by title with all facets: p50 {:.2} ms, max {:.2} ms",
        percentile(&list, 0.5),
        percentile(&list, 1.0)
    );
    let mut hits: Vec<_> = totals.iter().collect();
    hits.sort_by(|a, b| b.1.cmp(&a.1));
    println!("largest result sets: {:?}", &hits[..hits.len().min(5)]);
    println!("peak RSS: {}", peak_rss_mb());
}
