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
}
