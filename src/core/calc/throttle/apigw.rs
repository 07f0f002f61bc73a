//! API Gateway: an arrival pattern through the token buckets millisecond by millisecond, or a
//! steady rate against them.

use super::plan::{ApigwResult, Arrival, Load, Plan, SteadyResult};
use super::{Headline, Level, Limit, Note, Step, data};

/// Requests of `a` arriving at millisecond `t`: all at once, or spread evenly (the first slots
/// get the remainder last).
fn arriving(a: &Arrival, t: u64) -> u64 {
    if t < a.from_ms || t > a.to_ms {
        return 0;
    }
    let slots = u128::from(a.to_ms - a.from_ms + 1);
    let i = u128::from(t - a.from_ms);
    let n = u128::from(a.count);
    ((i + 1) * n / slots - i * n / slots) as u64
}

fn level_key(l: Level) -> &'static str {
    match l {
        Level::UsagePlan => "usage-plan",
        Level::Method => "method",
        Level::Stage => "stage",
        Level::Account => "account",
    }
}

pub(super) fn run(
    p: &Plan,
    w: &mut Vec<Step>,
    headlines: &mut Vec<Headline>,
    notes: &mut Vec<Note>,
) -> ApigwResult {
    for (i, l) in p.limits.iter().enumerate() {
        w.push(Step::Limit {
            order: i + 1,
            limit: *l,
            replaces: (l.level == Level::Method)
                .then_some(p.stage_replaced)
                .flatten(),
        });
    }
    w.push(Step::TokenBucket);
    let account = p.limits.iter().find(|l| l.level == Level::Account);
    if account.is_some_and(|a| a.default) {
        notes.push(Note::AccountDefault {
            region: p.region.clone(),
            small: data::APIGW_SMALL_REGIONS.contains(&p.region.as_str()),
        });
    }
    notes.push(Note::RegionalThrottling);
    notes.push(Note::BestEffort);
    match &p.load {
        Load::Pattern(arrivals) => pattern(&p.limits, arrivals, w, headlines),
        Load::Rate(rate) => steady(&p.limits, *rate, w, headlines),
    }
}

/// Every bucket starts full (burst tokens) and refills at its rate; each request takes a token from
/// every bucket, or is throttled by the first bucket, in the order the limits apply, that has none.
fn pattern(
    limits: &[Limit],
    arrivals: &[Arrival],
    w: &mut Vec<Step>,
    headlines: &mut Vec<Headline>,
) -> ApigwResult {
    // Tokens in thousandths: a bucket refills `rate` thousandths a millisecond.
    let mut tokens: Vec<u128> = limits.iter().map(|l| u128::from(l.burst) * 1000).collect();
    let last = arrivals.iter().map(|a| a.to_ms).max().unwrap_or(0);
    let mut per_entry = vec![(0u64, 0u64, None::<u64>, None::<Level>); arrivals.len()];
    let mut by_level = vec![0u64; limits.len()];
    let mut first_throttled = None;
    for t in 0..=last {
        if t > 0 {
            for (tok, l) in tokens.iter_mut().zip(limits) {
                *tok = (*tok + u128::from(l.rate)).min(u128::from(l.burst) * 1000);
            }
        }
        for (e, a) in arrivals.iter().enumerate() {
            let n = arriving(a, t);
            let available = tokens.iter().map(|t| t / 1000).min().unwrap_or(0);
            if t == a.from_ms {
                per_entry[e].2 = Some(u64::try_from(available).unwrap_or(u64::MAX));
            }
            if n == 0 {
                continue;
            }
            let served = u128::from(n).min(available);
            for tok in &mut tokens {
                *tok -= served * 1000;
            }
            let served = served as u64;
            let throttled = n - served;
            per_entry[e].0 = per_entry[e].0.saturating_add(served);
            per_entry[e].1 = per_entry[e].1.saturating_add(throttled);
            if throttled > 0 {
                // The first bucket, in order, left without a whole token.
                let i = tokens.iter().position(|t| *t < 1000).unwrap_or(0);
                by_level[i] = by_level[i].saturating_add(throttled);
                per_entry[e].3.get_or_insert(limits[i].level);
                first_throttled.get_or_insert(t);
            }
        }
    }
    for (a, (served, throttled, available, by)) in arrivals.iter().zip(&per_entry) {
        w.push(Step::Entry {
            arrival: *a,
            available: available.unwrap_or(0),
            served: *served,
            throttled: *throttled,
            by: *by,
        });
    }
    let served = per_entry.iter().fold(0u64, |a, e| a.saturating_add(e.0));
    let throttled = per_entry.iter().fold(0u64, |a, e| a.saturating_add(e.1));
    let total = served.saturating_add(throttled);
    w.push(Step::PatternTotal {
        total,
        served,
        throttled,
    });
    let worst = by_level
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .max_by_key(|(i, n)| (**n, std::cmp::Reverse(*i)))
        .map(|(i, _)| limits[i]);
    headlines.push(Headline::Pattern {
        total,
        served,
        throttled,
        by: worst,
    });
    let throttled_by = limits
        .iter()
        .zip(&by_level)
        .filter(|(_, n)| **n > 0)
        .map(|(l, n)| (level_key(l.level).to_string(), (*n).into()))
        .collect();
    ApigwResult {
        limits: limits.to_vec(),
        requests: Some(total),
        served: Some(served),
        throttled: Some(throttled),
        throttled_by,
        first_throttled_ms: first_throttled,
        steady: None,
    }
}

/// A steady rate: each bucket over its rate drains at (rate - its rate) a second, so its burst
/// lasts burst / (rate - its rate) seconds; after that the lowest rate is what is served.
fn steady(
    limits: &[Limit],
    rate: u64,
    w: &mut Vec<Step>,
    headlines: &mut Vec<Headline>,
) -> ApigwResult {
    let drain_ms = |l: &Limit| {
        (rate > l.rate).then(|| (u128::from(l.burst) * 1000 / u128::from(rate - l.rate)) as u64)
    };
    for l in limits {
        w.push(Step::SteadyLevel {
            limit: *l,
            rate,
            burst_ms: drain_ms(l),
        });
    }
    // The lowest steady rate limits; on a tie, the first in order.
    let lowest = limits
        .iter()
        .enumerate()
        .min_by_key(|(i, l)| (l.rate, *i))
        .map(|(_, l)| *l)
        .unwrap_or(Limit {
            level: Level::Account,
            rate: data::APIGW_RATE.value,
            burst: data::APIGW_BURST.value,
            default: true,
        });
    // The first bucket to empty is the one whose burst lasts least.
    let burst_ms = limits.iter().filter_map(drain_ms).min();
    let throttled_per_second = rate.saturating_sub(lowest.rate);
    headlines.push(Headline::Steady {
        rate,
        limit: lowest,
        throttled_per_second,
        burst_ms,
    });
    let mut throttled_by = serde_json::Map::new();
    if throttled_per_second > 0 {
        throttled_by.insert(level_key(lowest.level).into(), throttled_per_second.into());
    }
    ApigwResult {
        limits: limits.to_vec(),
        requests: None,
        served: None,
        throttled: None,
        throttled_by,
        first_throttled_ms: burst_ms,
        steady: Some(SteadyResult {
            requests_per_second: rate,
            limit_per_second: lowest.rate,
            limiting_level: lowest.level,
            throttled_per_second,
            burst_lasts_seconds: burst_ms.map(|ms| ms as f64 / 1000.0),
        }),
    }
}
