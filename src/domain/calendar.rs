//! Working days and the clock of deadlines: an access request must be answered within N working
//! days (Decree 47/2020 Art. 35(3) as amended by Decree 194/2025), counted in Vietnam time, skipping
//! weekends and public holidays. The holiday list is data (built in, or a file given at start), and
//! the clock can be set, so deadlines are testable.

use std::collections::BTreeSet;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Weekday};

/// The built-in holidays (`holidays-vn.csv`, beside this file).
const BUILT_IN: &str = include_str!("holidays-vn.csv");

/// Vietnam has one time zone, UTC+7, without daylight saving.
pub const VIETNAM_OFFSET_HOURS: i64 = 7;

/// The date in Vietnam at a UTC instant.
pub fn vietnam_date(utc: NaiveDateTime) -> NaiveDate {
    (utc + Duration::hours(VIETNAM_OFFSET_HOURS)).date()
}

/// Which days state agencies work.
#[derive(Debug, Clone)]
pub struct Calendar {
    holidays: BTreeSet<NaiveDate>,
}

impl Default for Calendar {
    fn default() -> Calendar {
        Calendar::parse(BUILT_IN).expect("the built-in holiday list parses")
    }
}

impl Calendar {
    /// A calendar with these holidays (weekends are always off).
    pub fn with_holidays(days: impl IntoIterator<Item = NaiveDate>) -> Calendar {
        Calendar {
            holidays: days.into_iter().collect(),
        }
    }

    /// Reads a holiday list: one `YYYY-MM-DD[,name]` per line; `#` comments, blank lines and a
    /// `date,name` header are skipped. A bad line is an error naming the line.
    pub fn parse(text: &str) -> Result<Calendar, String> {
        let mut holidays = BTreeSet::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim().trim_start_matches('\u{feff}');
            if line.is_empty() || line.starts_with('#') || line.starts_with("date") {
                continue;
            }
            let date = line.split(',').next().unwrap_or_default().trim();
            let day = NaiveDate::parse_from_str(date, "%Y-%m-%d").map_err(|_| {
                format!(
                    "line {}: \"{date}\" is not a date as YYYY-MM-DD / dòng {}: \"{date}\" không phải ngày dạng YYYY-MM-DD",
                    i + 1,
                    i + 1
                )
            })?;
            holidays.insert(day);
        }
        Ok(Calendar { holidays })
    }

    pub fn from_file(path: &std::path::Path) -> Result<Calendar, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read the holiday list {}: {e}", path.display()))?;
        Calendar::parse(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    pub fn is_working_day(&self, day: NaiveDate) -> bool {
        !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) && !self.holidays.contains(&day)
    }

    /// The day by which something received on `start` must be done within `n` working days: the
    /// n-th working day after `start` (the day of receipt does not count, Civil Code Art. 147).
    pub fn add_working_days(&self, start: NaiveDate, n: u32) -> NaiveDate {
        let mut day = start;
        let mut left = n.max(1);
        while left > 0 {
            day = day.succ_opt().unwrap_or(day);
            if self.is_working_day(day) {
                left -= 1;
            }
        }
        day
    }

    /// Working days after `from` up to and including `to` (0 when `to` is not after `from`).
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> i64 {
        let mut count = 0;
        let mut day = from;
        while day < to {
            day = day.succ_opt().unwrap_or(to);
            if self.is_working_day(day) {
                count += 1;
            }
        }
        count
    }
}

/// The time as ndc sees it: the system clock, or a set instant (tests, demonstrations).
#[derive(Debug, Clone, Default)]
pub struct Clock {
    fixed: Option<Arc<AtomicI64>>,
}

impl Clock {
    pub fn system() -> Clock {
        Clock::default()
    }

    /// A clock standing at `utc` until moved with [`Clock::set`].
    pub fn fixed(utc: NaiveDateTime) -> Clock {
        Clock {
            fixed: Some(Arc::new(AtomicI64::new(utc.and_utc().timestamp()))),
        }
    }

    /// Moves a fixed clock (no effect on the system clock).
    pub fn set(&self, utc: NaiveDateTime) {
        if let Some(f) = &self.fixed {
            f.store(utc.and_utc().timestamp(), Ordering::SeqCst);
        }
    }

    /// Now, in UTC.
    pub fn now(&self) -> NaiveDateTime {
        match &self.fixed {
            Some(f) => chrono::DateTime::from_timestamp(f.load(Ordering::SeqCst), 0)
                .map(|t| t.naive_utc())
                .unwrap_or_else(|| chrono::Utc::now().naive_utc()),
            None => chrono::Utc::now().naive_utc(),
        }
    }

    /// Today in Vietnam.
    pub fn today(&self) -> NaiveDate {
        vietnam_date(self.now())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn weekends_are_skipped() {
        let cal = Calendar::with_holidays([]);
        // Thursday + 2 → Monday; Friday + 2 → Tuesday; Saturday + 2 → Tuesday.
        assert_eq!(cal.add_working_days(d("2026-11-26"), 2), d("2026-11-30"));
        assert_eq!(cal.add_working_days(d("2026-11-27"), 2), d("2026-12-01"));
        assert_eq!(cal.add_working_days(d("2026-11-28"), 2), d("2026-12-01"));
        assert_eq!(cal.add_working_days(d("2026-11-30"), 2), d("2026-12-02"));
    }

    #[test]
    fn tet_and_year_end_are_skipped() {
        let cal = Calendar::default();
        // Received Friday 13 Feb 2026, the last working day before Tết (16–20 Feb off).
        assert_eq!(cal.add_working_days(d("2026-02-13"), 2), d("2026-02-24"));
        // Received Wednesday 31 Dec 2025: 1 Jan is a holiday, 3–4 Jan a weekend.
        assert_eq!(cal.add_working_days(d("2025-12-31"), 2), d("2026-01-05"));
        assert!(!cal.is_working_day(d("2026-09-02")));
        assert!(cal.is_working_day(d("2026-09-03")));
    }

    #[test]
    fn counting_between_days() {
        let cal = Calendar::default();
        assert_eq!(
            cal.working_days_between(d("2026-02-13"), d("2026-02-24")),
            2
        );
        assert_eq!(
            cal.working_days_between(d("2026-11-30"), d("2026-11-30")),
            0
        );
        assert_eq!(
            cal.working_days_between(d("2026-12-01"), d("2026-11-30")),
            0
        );
    }

    #[test]
    fn holiday_files_say_which_line_is_wrong() {
        let err = Calendar::parse("date,name\n2026-01-01,New Year\n2026-13-01,?\n").unwrap_err();
        assert!(err.contains("line 3"), "{err}");
        let cal = Calendar::parse("# ours\n2026-12-02\n").unwrap();
        assert!(!cal.is_working_day(d("2026-12-02")));
    }

    #[test]
    fn vietnam_dates_turn_at_17_utc() {
        let t = NaiveDateTime::parse_from_str("2026-11-30 16:59:00", "%Y-%m-%d %H:%M:%S").unwrap();
        assert_eq!(vietnam_date(t), d("2026-11-30"));
        assert_eq!(vietnam_date(t + Duration::minutes(1)), d("2026-12-01"));
        let clock = Clock::fixed(t);
        assert_eq!(clock.now(), t);
        clock.set(t + Duration::days(1));
        assert_eq!(clock.today(), d("2026-12-01"));
    }
}
