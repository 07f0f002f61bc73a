//! Number helpers for the calculators: thousands separators, ceiling division, whole numbers typed
//! by a user.

use super::{CalcError, ErrorKind};

/// `n` with a comma every three digits: `6656` -> `6,656`.
pub fn group(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `ceil(a / b)` for `b > 0`.
pub fn ceil_div(a: u64, b: u64) -> u64 {
    a / b + u64::from(!a.is_multiple_of(b))
}

/// A whole number typed into `field`, at least `min`. Thousands separators (`1,000`) and `_` are
/// accepted; signs, fractions and exponents are not.
pub fn parse_whole(field: &'static str, text: &str, min: u64) -> Result<u64, CalcError> {
    let t = text.trim();
    let fail = |kind| Err(CalcError::new(field, kind));
    if t.is_empty() {
        return fail(ErrorKind::Missing);
    }
    let text = t.to_string();
    if t.starts_with('-') {
        return fail(ErrorKind::Negative { text });
    }
    let digits: String = t.chars().filter(|c| *c != ',' && *c != '_').collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return fail(ErrorKind::NotAWholeNumber { text });
    }
    let Ok(n) = digits.parse::<u64>() else {
        return fail(ErrorKind::NumberTooLarge { text });
    };
    if n < min {
        return fail(ErrorKind::TooSmall { n, min });
    }
    Ok(n)
}

/// A decimal number typed into `field`, kept exactly as a whole number of `10^-decimals` units
/// (`2.5` with 3 decimals is 2,500). Thousands separators (`1,000`) and `_` are accepted; signs,
/// exponents and more digits after the point than `decimals` are not. Zero is refused unless
/// `zero_ok`.
pub fn parse_fixed(
    field: &'static str,
    text: &str,
    decimals: u32,
    zero_ok: bool,
) -> Result<u64, CalcError> {
    let t = text.trim();
    let fail = |kind| Err(CalcError::new(field, kind));
    if t.is_empty() {
        return fail(ErrorKind::Missing);
    }
    let owned = || t.to_string();
    if t.starts_with('-') {
        return fail(ErrorKind::Negative { text: owned() });
    }
    let digits: String = t.chars().filter(|c| *c != ',' && *c != '_').collect();
    let (int, frac) = digits.split_once('.').unwrap_or((&digits, ""));
    let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if (int.is_empty() && frac.is_empty()) || !all_digits(int) || !all_digits(frac) {
        return fail(ErrorKind::NotANumber { text: owned() });
    }
    let frac = frac.trim_end_matches('0');
    if frac.len() > decimals as usize {
        return fail(ErrorKind::TooPrecise {
            text: owned(),
            decimals,
        });
    }
    let padded = format!("{int}{frac:0<width$}", width = decimals as usize);
    let n = if padded.is_empty() {
        Ok(0)
    } else {
        padded.parse::<u64>()
    };
    let Ok(n) = n else {
        return fail(ErrorKind::NumberTooLarge { text: owned() });
    };
    if n == 0 && !zero_ok {
        return fail(ErrorKind::NotPositive { text: owned() });
    }
    Ok(n)
}

/// A fixed-point value (`value` units of `10^-decimals`) written with thousands separators and
/// without trailing zeros: `fixed(2500, 3)` is `2.5`, `fixed(5_000_000, 3)` is `5,000`.
pub fn fixed(value: u128, decimals: u32) -> String {
    let scale = 10u128.pow(decimals);
    let whole = value / scale;
    let whole = u64::try_from(whole).map_or_else(|_| whole.to_string(), group);
    let frac = value % scale;
    if frac == 0 {
        return whole;
    }
    let digits = format!("{frac:0width$}", width = decimals as usize);
    format!("{whole}.{}", digits.trim_end_matches('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands() {
        for (n, s) in [
            (0, "0"),
            (999, "999"),
            (1000, "1,000"),
            (6656, "6,656"),
            (409_600, "409,600"),
            (1_048_576, "1,048,576"),
            (u64::MAX, "18,446,744,073,709,551,615"),
        ] {
            assert_eq!(group(n), s);
        }
    }

    #[test]
    fn ceiling_division() {
        assert_eq!(ceil_div(0, 4096), 0);
        assert_eq!(ceil_div(1, 4096), 1);
        assert_eq!(ceil_div(4096, 4096), 1);
        assert_eq!(ceil_div(4097, 4096), 2);
        assert_eq!(ceil_div(u64::MAX, 1), u64::MAX);
        assert_eq!(ceil_div(u64::MAX, 2), u64::MAX / 2 + 1);
    }

    #[test]
    fn whole_numbers_name_the_field() {
        assert_eq!(parse_whole("reads", " 1,000 ", 1), Ok(1000));
        let kind = |t: &str| parse_whole("reads", t, 1).unwrap_err();
        assert_eq!(
            kind("-3"),
            CalcError::new("reads", ErrorKind::Negative { text: "-3".into() })
        );
        assert!(matches!(
            kind("2.5").kind,
            ErrorKind::NotAWholeNumber { .. }
        ));
        assert_eq!(kind("0").kind, ErrorKind::TooSmall { n: 0, min: 1 });
        assert!(matches!(
            kind("99999999999999999999999").kind,
            ErrorKind::NumberTooLarge { .. }
        ));
        assert_eq!(kind("").kind, ErrorKind::Missing);
    }

    #[test]
    fn decimals_are_read_exactly() {
        let read = |t: &str| parse_fixed("write-mb-per-second", t, 3, false);
        assert_eq!(read("5"), Ok(5000));
        assert_eq!(read(" 2.5 "), Ok(2500));
        assert_eq!(read("0.001"), Ok(1));
        assert_eq!(read("1,000.250"), Ok(1_000_250));
        assert_eq!(read(".5"), Ok(500));
        assert!(matches!(
            read("0.0001").unwrap_err().kind,
            ErrorKind::TooPrecise { .. }
        ));
        assert!(matches!(
            read("0").unwrap_err().kind,
            ErrorKind::NotPositive { .. }
        ));
        assert_eq!(parse_fixed("x", "0.0", 3, true), Ok(0));
        assert!(matches!(
            read("-1").unwrap_err().kind,
            ErrorKind::Negative { .. }
        ));
        assert!(matches!(
            read("1e3").unwrap_err().kind,
            ErrorKind::NotANumber { .. }
        ));
        assert!(matches!(
            read("1.2.3").unwrap_err().kind,
            ErrorKind::NotANumber { .. }
        ));
        assert!(matches!(
            read(".").unwrap_err().kind,
            ErrorKind::NotANumber { .. }
        ));
        assert!(matches!(
            read("99999999999999999999").unwrap_err().kind,
            ErrorKind::NumberTooLarge { .. }
        ));
        assert_eq!(read("").unwrap_err().kind, ErrorKind::Missing);
    }

    #[test]
    fn fixed_values_are_written_without_trailing_zeros() {
        assert_eq!(fixed(2500, 3), "2.5");
        assert_eq!(fixed(5_000_000, 3), "5,000");
        assert_eq!(fixed(1, 3), "0.001");
        assert_eq!(fixed(0, 2), "0");
        assert_eq!(fixed(123_456, 0), "123,456");
    }
}
