//! Number helpers for the calculators: thousands separators, ceiling division, whole numbers typed
//! by a user.

use super::{CalcError, shown};

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
pub fn parse_whole(
    field: &'static str,
    text: &str,
    min: u64,
    what: &str,
) -> Result<u64, CalcError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(CalcError::new(field, format!("missing; give {what}")));
    }
    if t.starts_with('-') {
        return Err(CalcError::new(
            field,
            format!("`{}` is negative; give {what}", shown(t)),
        ));
    }
    let digits: String = t.chars().filter(|c| *c != ',' && *c != '_').collect();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(CalcError::new(
            field,
            format!("`{}` is not a whole number; give {what}", shown(t)),
        ));
    }
    let n: u64 = digits.parse().map_err(|_| {
        CalcError::new(
            field,
            format!("`{}` is too large to compute with", shown(t)),
        )
    })?;
    if n < min {
        return Err(CalcError::new(
            field,
            format!("{n} is too small; give {what} (at least {min})"),
        ));
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
        assert_eq!(
            parse_whole("reads", " 1,000 ", 1, "reads per second"),
            Ok(1000)
        );
        let e = parse_whole("reads", "-3", 1, "reads per second").unwrap_err();
        assert_eq!(
            e.to_string(),
            "reads: `-3` is negative; give reads per second"
        );
        let e = parse_whole("reads", "2.5", 1, "reads per second").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("reads: `2.5` is not a whole number")
        );
        let e = parse_whole("reads", "0", 1, "reads per second").unwrap_err();
        assert!(e.to_string().contains("at least 1"));
        let e = parse_whole("reads", "99999999999999999999999", 1, "x").unwrap_err();
        assert!(e.to_string().contains("too large"));
        assert!(parse_whole("reads", "", 1, "x").is_err());
    }
}
