//! Throttling of failed logins, per account and per client address: after a few failures in a
//! window, further attempts wait, and the wait doubles with every failure (capped). Kept in memory:
//! each ndc process throttles on its own, which bounds guessing to (processes × limit).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

#[derive(Debug, Clone, Copy)]
pub struct Policy {
    /// Failures allowed before waiting starts.
    pub free_failures: u32,
    /// The first wait; doubled for each further failure.
    pub first_wait: Duration,
    pub max_wait: Duration,
    /// Failures older than this are forgotten.
    pub window: Duration,
}

pub const PER_ACCOUNT: Policy = Policy {
    free_failures: 5,
    first_wait: Duration::from_secs(30),
    max_wait: Duration::from_secs(15 * 60),
    window: Duration::from_secs(15 * 60),
};

/// An office behind one NAT address has many users: more room, same doubling.
pub const PER_ADDRESS: Policy = Policy {
    free_failures: 20,
    first_wait: Duration::from_secs(30),
    max_wait: Duration::from_secs(15 * 60),
    window: Duration::from_secs(15 * 60),
};

#[derive(Debug, Clone, Copy)]
struct Failures {
    count: u32,
    last: Instant,
    blocked_until: Option<Instant>,
}

#[derive(Default)]
pub struct Throttle {
    seen: Mutex<HashMap<String, Failures>>,
}

impl Throttle {
    /// How long `key` must still wait, if at all.
    pub fn wait(&self, key: &str, now: Instant) -> Option<Duration> {
        let seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        let f = seen.get(key)?;
        f.blocked_until
            .and_then(|until| until.checked_duration_since(now))
            .filter(|d| !d.is_zero())
    }

    pub fn fail(&self, key: &str, policy: Policy, now: Instant) {
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        if seen.len() > 100_000 {
            // A flood of distinct keys: forget the old ones rather than grow without bound.
            seen.retain(|_, f| now.duration_since(f.last) < policy.window);
        }
        let f = seen.entry(key.to_string()).or_insert(Failures {
            count: 0,
            last: now,
            blocked_until: None,
        });
        if now.duration_since(f.last) > policy.window {
            f.count = 0;
        }
        f.count += 1;
        f.last = now;
        if f.count > policy.free_failures {
            let doublings = (f.count - policy.free_failures - 1).min(16);
            let wait = policy
                .first_wait
                .saturating_mul(1 << doublings)
                .min(policy.max_wait);
            f.blocked_until = Some(now + wait);
        }
    }

    pub fn succeed(&self, key: &str) {
        self.seen
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(key);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_start_after_free_failures_and_double() {
        let t = Throttle::default();
        let now = Instant::now();
        for _ in 0..5 {
            t.fail("a", PER_ACCOUNT, now);
        }
        assert_eq!(t.wait("a", now), None);
        t.fail("a", PER_ACCOUNT, now);
        assert_eq!(t.wait("a", now), Some(Duration::from_secs(30)));
        t.fail("a", PER_ACCOUNT, now);
        assert_eq!(t.wait("a", now), Some(Duration::from_secs(60)));
        assert_eq!(t.wait("a", now + Duration::from_secs(61)), None);
        assert_eq!(t.wait("b", now), None);
        t.succeed("a");
        assert_eq!(t.wait("a", now), None);
    }
}
