//! Item sizes as a user types them (`6.5KB`, `4097B`, `2KiB`, `1500x64B`), read exactly, with how
//! each was read kept as data (the number, the unit, the exact bytes before rounding).
//!
//! DynamoDB's KB is 1,024 bytes (its docs write "KB" for what is strictly a KiB), so `KB` and `KiB`
//! mean the same here, and the reading says so. Decimal numbers are read exactly as fractions; a
//! size that falls between two bytes is rounded up to the next whole byte, and the reading says that
//! too. Nothing here panics or overflows: every bad input is a `CalcError` naming the field.

use super::{CalcError, ErrorKind};

/// One KB as DynamoDB counts it.
pub const KB: u64 = 1024;
/// DynamoDB's maximum item size, 400 KB (attribute names and values together).
pub const MAX_ITEM_BYTES: u64 = 400 * KB;

/// The unit a size was typed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SizeUnit {
    /// Bytes.
    Bytes,
    /// DynamoDB's KB (1,024 bytes).
    Kb,
    /// KiB.
    Kib,
    /// DynamoDB's MB (1,048,576 bytes).
    Mb,
    /// MiB.
    Mib,
}

impl SizeUnit {
    /// Bytes in one unit.
    pub fn bytes(self) -> u64 {
        match self {
            SizeUnit::Bytes => 1,
            SizeUnit::Kb | SizeUnit::Kib => KB,
            SizeUnit::Mb | SizeUnit::Mib => KB * KB,
        }
    }

    fn parse(lower: &str) -> Option<SizeUnit> {
        Some(match lower {
            "b" | "byte" | "bytes" => SizeUnit::Bytes,
            "kb" => SizeUnit::Kb,
            "kib" => SizeUnit::Kib,
            "mb" => SizeUnit::Mb,
            "mib" => SizeUnit::Mib,
            _ => return None,
        })
    }
}

/// An item size read from text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemSize {
    /// Whole bytes.
    pub bytes: u64,
    /// The text as typed (trimmed).
    pub text: String,
    /// The number as typed (`6.5`).
    pub number: String,
    /// The unit it was typed in.
    pub unit: SizeUnit,
    /// When the size falls between two bytes: the exact size (whole bytes and the decimal digits
    /// after them, without trailing zeros) before it was rounded up to `bytes`.
    pub fraction: Option<(u64, String)>,
}

/// Items of one size, `count` times (`1500x64B`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SizeGroup {
    /// How many items have this size (at least 1).
    pub count: u64,
    /// Their size.
    pub size: ItemSize,
}

/// Reads one item size for `field`; it must be between 1 byte and 400 KB.
///
/// ```
/// use awsdrill::core::calc::size::{parse_size, SizeUnit};
/// let s = parse_size("item-size", "6.5KB").unwrap();
/// assert_eq!((s.bytes, s.unit, s.number.as_str()), (6656, SizeUnit::Kb, "6.5"));
/// ```
pub fn parse_size(field: &'static str, text: &str) -> Result<ItemSize, CalcError> {
    let t = text.trim();
    let fail = |kind| Err(CalcError::new(field, kind));
    if t.is_empty() {
        return fail(ErrorKind::SizeMissing);
    }
    let owned = || t.to_string();
    if t.starts_with('-') {
        return fail(ErrorKind::SizeNegative { text: owned() });
    }
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, unit_text) = (&t[..split], t[split..].trim());
    let (int, frac) = match num.split_once('.') {
        Some((i, f)) => (i, f),
        None => (num, ""),
    };
    if num.is_empty() || (int.is_empty() && frac.is_empty()) || frac.contains('.') {
        return fail(ErrorKind::NoNumber { text: owned() });
    }
    if int.len() > 12 || frac.len() > 6 {
        return fail(ErrorKind::TooManyDigits { text: owned() });
    }
    if unit_text.is_empty() {
        return fail(ErrorKind::NoUnit { text: owned() });
    }
    let Some(unit) = SizeUnit::parse(&unit_text.to_ascii_lowercase()) else {
        return fail(ErrorKind::UnknownUnit {
            unit: unit_text.to_string(),
            text: owned(),
        });
    };
    // value = mantissa / scale, exactly; both fit easily in u128 with the digit limits above.
    let scale = 10u128.pow(frac.len() as u32);
    let mantissa: u128 = format!("{int}{frac}").parse().unwrap_or(0);
    let exact = mantissa * u128::from(unit.bytes());
    if exact == 0 {
        return fail(ErrorKind::ZeroSize { text: owned() });
    }
    if unit == SizeUnit::Bytes && !exact.is_multiple_of(scale) {
        return fail(ErrorKind::FractionalBytes { text: owned() });
    }
    let whole = exact / scale + u128::from(!exact.is_multiple_of(scale));
    if whole > u128::from(MAX_ITEM_BYTES) {
        return fail(ErrorKind::OverItemLimit {
            text: owned(),
            bytes: u64::try_from(whole).ok(),
        });
    }
    let fraction = (!exact.is_multiple_of(scale)).then(|| {
        let digits = format!("{:0width$}", exact % scale, width = frac.len());
        (
            (exact / scale) as u64,
            digits.trim_end_matches('0').to_string(),
        )
    });
    Ok(ItemSize {
        bytes: whole as u64,
        text: owned(),
        number: num.to_string(),
        unit,
        fraction,
    })
}

/// Reads a comma-separated list of sizes for `field`; `COUNTxSIZE` stands for COUNT items of SIZE.
///
/// ```
/// use awsdrill::core::calc::size::parse_list;
/// let l = parse_list("items", "1.5KB, 6.5KB, 1500x64B").unwrap();
/// assert_eq!(l.len(), 3);
/// assert_eq!((l[2].count, l[2].size.bytes), (1500, 64));
/// ```
pub fn parse_list(field: &'static str, text: &str) -> Result<Vec<SizeGroup>, CalcError> {
    let fail = |kind| Err(CalcError::new(field, kind));
    if text.trim().is_empty() {
        return fail(ErrorKind::ListMissing);
    }
    let mut out = Vec::new();
    for (i, entry) in text.split(',').enumerate() {
        let e = entry.trim();
        let entry = i + 1;
        if e.is_empty() {
            return fail(ErrorKind::EmptyEntry { entry });
        }
        let (count, size_text) = split_count(e);
        let count = match count {
            None => 1,
            Some(c) => {
                let digits: String = c.chars().filter(|ch| *ch != '_').collect();
                match digits.parse::<u64>() {
                    Ok(0) => {
                        return fail(ErrorKind::ZeroCount {
                            entry,
                            text: e.to_string(),
                        });
                    }
                    Ok(n) => n,
                    Err(_) => {
                        return fail(ErrorKind::CountTooLarge {
                            entry,
                            text: e.to_string(),
                        });
                    }
                }
            }
        };
        let size = parse_size(field, size_text).map_err(|err| {
            CalcError::new(
                field,
                ErrorKind::InEntry {
                    entry,
                    kind: Box::new(err.kind),
                },
            )
        })?;
        out.push(SizeGroup { count, size });
    }
    Ok(out)
}

/// Splits `1500x64B` (or `1500 x 64B`, `1500*64B`) into the count and the size.
fn split_count(entry: &str) -> (Option<&str>, &str) {
    let digits = entry
        .find(|c: char| !(c.is_ascii_digit() || c == '_'))
        .unwrap_or(entry.len());
    if digits == 0 {
        return (None, entry);
    }
    let rest = entry[digits..].trim_start();
    for sep in ['x', 'X', '*', '×'] {
        if let Some(size) = rest.strip_prefix(sep) {
            let size = size.trim_start();
            if size.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
                return (Some(&entry[..digits]), size);
            }
        }
    }
    (None, entry)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_read_exactly() {
        for (text, bytes, fraction) in [
            ("4097B", 4097, None),
            ("2KiB", 2048, None),
            ("400KB", 409_600, None),
            ("1.3KB", 1332, Some((1331, "2"))),
            (" 3.5 kb ", 3584, None),
            ("0.25MiB", 262_144, None),
        ] {
            let s = parse_size("item-size", text).unwrap();
            let f = s.fraction.as_ref().map(|(w, d)| (*w, d.as_str()));
            assert_eq!((s.bytes, f), (bytes, fraction), "{text}");
        }
        assert_eq!(parse_size("x", "409600B").unwrap().bytes, MAX_ITEM_BYTES);
    }

    #[test]
    fn lists_take_counts() {
        let l = parse_list("items", "1.5KB,6.5KB, 10 x 4KB,3*1B").unwrap();
        let got: Vec<(u64, u64)> = l.iter().map(|g| (g.count, g.size.bytes)).collect();
        assert_eq!(got, [(1, 1536), (1, 6656), (10, 4096), (3, 1)]);
        assert!(parse_list("items", " ").is_err());
    }
}
