//! Study days: which day a moment belongs to, with the day starting at a set local hour.
//!
//! Local time comes from a `chrono::TimeZone` passed in (the shell passes `chrono::Local`; tests pass a
//! fixed zone or one with daylight saving). Days are counted on local wall-clock dates, so a day
//! with a DST change is still one day.

use chrono::{Duration, LocalResult, NaiveDate, NaiveTime, TimeZone};

/// Milliseconds in a day (for elapsed-time arithmetic, not for day boundaries).
pub const DAY_MS: i64 = 86_400_000;

/// Maps moments (Unix milliseconds) to study days and back.
pub trait Calendar {
    /// The study day of a moment: days since 1970-01-01 of the local date, shifted by the rollover.
    fn day(&self, ts_ms: i64) -> i64;
    /// The moment a study day starts (Unix milliseconds).
    fn day_start(&self, day: i64) -> i64;
}

/// Study days in a time zone, starting at `rollover_hour` local time.
#[derive(Debug, Clone)]
pub struct StudyDays<Tz: TimeZone> {
    tz: Tz,
    rollover_hour: u32,
}

impl<Tz: TimeZone> StudyDays<Tz> {
    /// Days in `tz` that start at `rollover_hour` (0 to 23; larger values are clamped to 23).
    pub fn new(tz: Tz, rollover_hour: u32) -> Self {
        StudyDays {
            tz,
            rollover_hour: rollover_hour.min(23),
        }
    }
}

fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid date")
}

impl<Tz: TimeZone> Calendar for StudyDays<Tz> {
    fn day(&self, ts_ms: i64) -> i64 {
        let Some(utc) = chrono::DateTime::from_timestamp_millis(ts_ms) else {
            return ts_ms.div_euclid(DAY_MS);
        };
        let local = utc.with_timezone(&self.tz).naive_local();
        let shifted = local - Duration::hours(i64::from(self.rollover_hour));
        (shifted.date() - epoch()).num_days()
    }

    fn day_start(&self, day: i64) -> i64 {
        let Some(date) = epoch().checked_add_signed(Duration::days(day)) else {
            return day.saturating_mul(DAY_MS);
        };
        let time = NaiveTime::from_hms_opt(self.rollover_hour, 0, 0).expect("hour below 24");
        let naive = date.and_time(time);
        match self.tz.from_local_datetime(&naive) {
            LocalResult::Single(t) => t.timestamp_millis(),
            // Clocks went back: the hour happens twice; the day starts at the first.
            LocalResult::Ambiguous(a, _) => a.timestamp_millis(),
            // Clocks went forward over the rollover hour: start at the first moment after the gap.
            LocalResult::None => {
                let later = naive + Duration::hours(1);
                match self.tz.from_local_datetime(&later) {
                    LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.timestamp_millis(),
                    LocalResult::None => naive.and_utc().timestamp_millis(),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{FixedOffset, Utc};
    use chrono_tz::America::New_York;

    fn ms(y: i32, m: u32, d: u32, h: u32, min: u32, tz: &impl TimeZone) -> i64 {
        tz.with_ymd_and_hms(y, m, d, h, min, 0)
            .earliest()
            .unwrap()
            .timestamp_millis()
    }

    #[test]
    fn the_day_turns_at_the_rollover_hour() {
        let cal = StudyDays::new(Utc, 4);
        let before = ms(2026, 11, 24, 3, 59, &Utc);
        let after = ms(2026, 11, 24, 4, 0, &Utc);
        assert_eq!(cal.day(after) - cal.day(before), 1);
        assert_eq!(cal.day_start(cal.day(after)), after);
    }

    #[test]
    fn local_offsets_are_respected() {
        let seoul = FixedOffset::east_opt(9 * 3600).unwrap();
        let cal = StudyDays::new(seoul, 4);
        // 03:30 in Seoul on the 25th still belongs to the 24th's study day.
        let t = ms(2026, 11, 25, 3, 30, &seoul);
        let start = cal.day_start(cal.day(t));
        assert_eq!(start, ms(2026, 11, 24, 4, 0, &seoul));
    }

    #[test]
    fn daylight_saving_days_are_single_days() {
        let cal = StudyDays::new(New_York, 4);
        // 2026-03-08: clocks go forward at 02:00 (a 23-hour day).
        let sat = cal.day(ms(2026, 3, 7, 12, 0, &New_York));
        let sun = cal.day(ms(2026, 3, 8, 12, 0, &New_York));
        let mon = cal.day(ms(2026, 3, 9, 12, 0, &New_York));
        assert_eq!((sun - sat, mon - sun), (1, 1));
        // The study day from Saturday 04:00 to Sunday 04:00 holds the jump: 23 hours.
        assert_eq!(cal.day_start(sun) - cal.day_start(sat), 23 * 3_600_000);
        assert_eq!(cal.day_start(mon) - cal.day_start(sun), 24 * 3_600_000);
        // 2026-11-01: clocks go back at 02:00; the study day holding it lasts 25 hours.
        let d = cal.day(ms(2026, 11, 1, 12, 0, &New_York));
        assert_eq!(cal.day_start(d) - cal.day_start(d - 1), 25 * 3_600_000);
        // Every start maps back to its own day.
        for day in sat - 3..d + 3 {
            assert_eq!(cal.day(cal.day_start(day)), day);
        }
    }

    #[test]
    fn a_rollover_inside_the_dst_gap_starts_after_the_gap() {
        let cal = StudyDays::new(New_York, 2);
        let sun = cal.day(ms(2026, 3, 8, 12, 0, &New_York));
        assert_eq!(cal.day_start(sun), ms(2026, 3, 8, 3, 0, &New_York));
    }
}
