mod common;
#[test]
fn timing() {
    let t = std::time::Instant::now();
    let dir = std::env::temp_dir().join(format!("ndc_scratch_{}", std::process::id()));
    let db = ndc::app::open(&common::config(dir.clone(), None)).unwrap();
    eprintln!("open+seed {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let _s = common::ready_index(&db, &dir);
    eprintln!("index {:?}", t.elapsed());
    let _ = std::fs::remove_dir_all(&dir);
}
