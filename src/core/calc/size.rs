//! Item sizes as a user types them (`6.5KB`, `4097B`, `2KiB`, `1500x64B`), read exactly, with a
//! sentence that says how each was read.
//!
//! DynamoDB's KB is 1,024 bytes (its docs write "KB" for what is strictly a KiB), so `KB` and `KiB`
//! mean the same here, and the reading says so. Decimal numbers are read exactly as fractions; a
//! size that falls between two bytes is rounded up to the next whole byte, and the reading says that
//! too. Nothing here panics or overflows: every bad input is a `CalcError` naming the field.

use super::number::group;
use super::{CalcError, shown};

/// One KB as DynamoDB counts it.
pub const KB: u64 = 1024;
/// DynamoDB's maximum item size, 400 KB (attribute names and values together).
pub const MAX_ITEM_BYTES: u64 = 400 * KB;

/// An item size read from text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemSize {
    /// Whole bytes.
    pub bytes: u64,
    /// The text as typed (trimmed).
    pub text: String,
    /// How the text was read: "6.5KB read as 6.5 x 1,024 = 6,656 bytes".
    pub reading: String,
}

/// Items of one size, `count` times (`1500x64B`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SizeGroup {
    /// How many items have this size (at least 1).
    pub count: u64,
    /// Their size.
    pub size: ItemSize,
}

struct Unit {
    names: &'static [&'static str],
    bytes: u64,
    label: &'static str,
}

const UNITS: &[Unit] = &[
    Unit {
        names: &["b", "byte", "bytes"],
        bytes: 1,
        label: "",
    },
    Unit {
        names: &["kb"],
        bytes: KB,
        label: " (DynamoDB's KB is 1,024 bytes)",
    },
    Unit {
        names: &["kib"],
        bytes: KB,
        label: " (KiB = 1,024 bytes)",
    },
    Unit {
        names: &["mb"],
        bytes: KB * KB,
        label: " (DynamoDB's MB is 1,048,576 bytes)",
    },
    Unit {
        names: &["mib"],
        bytes: KB * KB,
        label: " (MiB = 1,048,576 bytes)",
    },
];

const HOW: &str = "write a size such as 6.5KB, 4097B or 2KiB";

/// Reads one item size for `field`; it must be between 1 byte and 400 KB.
///
/// ```
/// use awsdrill::core::calc::size::parse_size;
/// let s = parse_size("item-size", "6.5KB").unwrap();
/// assert_eq!(s.bytes, 6656);
/// assert_eq!(s.reading, "6.5KB read as 6.5 x 1,024 = 6,656 bytes (DynamoDB's KB is 1,024 bytes)");
/// ```
pub fn parse_size(field: &'static str, text: &str) -> Result<ItemSize, CalcError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(CalcError::new(field, format!("missing; {HOW}")));
    }
    if t.starts_with('-') {
        return Err(CalcError::new(
            field,
            format!("`{}` is negative; an item is at least 1 byte", shown(t)),
        ));
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
        return Err(CalcError::new(
            field,
            format!("`{}` does not start with a number; {HOW}", shown(t)),
        ));
    }
    if int.len() > 12 || frac.len() > 6 {
        return Err(CalcError::new(
            field,
            format!("`{}` has too many digits", shown(t)),
        ));
    }
    if unit_text.is_empty() {
        return Err(CalcError::new(
            field,
            format!(
                "`{}` has no unit; write B, KB or KiB (for example 6.5KB)",
                shown(t)
            ),
        ));
    }
    let lower = unit_text.to_ascii_lowercase();
    let Some(unit) = UNITS.iter().find(|u| u.names.contains(&lower.as_str())) else {
        return Err(CalcError::new(
            field,
            format!(
                "unknown unit `{}` in `{}`; use B, KB (1,024 bytes), KiB, MB or MiB",
                shown(unit_text),
                shown(t)
            ),
        ));
    };
    // value = mantissa / scale, exactly; both fit easily in u128 with the digit limits above.
    let scale = 10u128.pow(frac.len() as u32);
    let mantissa: u128 = format!("{int}{frac}").parse().unwrap_or(0);
    let exact = mantissa * u128::from(unit.bytes);
    if exact == 0 {
        return Err(CalcError::new(
            field,
            format!("`{}` is zero; an item is at least 1 byte", shown(t)),
        ));
    }
    if unit.bytes == 1 && !exact.is_multiple_of(scale) {
        return Err(CalcError::new(
            field,
            format!("`{}`: a count of bytes is a whole number", shown(t)),
        ));
    }
    let whole = exact / scale + u128::from(!exact.is_multiple_of(scale));
    if whole > u128::from(MAX_ITEM_BYTES) {
        let shown_bytes = u64::try_from(whole).map_or_else(|_| "too many".into(), group);
        return Err(CalcError::new(
            field,
            format!(
                "{} ({shown_bytes} bytes) is over DynamoDB's 400 KB item limit (409,600 bytes)",
                shown(t)
            ),
        ));
    }
    let bytes = whole as u64;
    let reading = if unit.bytes == 1 {
        let plural = if bytes == 1 { "" } else { "s" };
        format!("{t} read as {} byte{plural}", group(bytes))
    } else if exact.is_multiple_of(scale) {
        format!(
            "{t} read as {num} x {} = {} bytes{}",
            group(unit.bytes),
            group(bytes),
            unit.label
        )
    } else {
        let int_part = (exact / scale) as u64;
        let rest = exact % scale;
        let digits = format!("{rest:0width$}", width = frac.len());
        format!(
            "{t} read as {num} x {} = {}.{} bytes, rounded up to {} bytes{}",
            group(unit.bytes),
            group(int_part),
            digits.trim_end_matches('0'),
            group(bytes),
            unit.label
        )
    };
    Ok(ItemSize {
        bytes,
        text: t.to_string(),
        reading,
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
    if text.trim().is_empty() {
        return Err(CalcError::new(
            field,
            "missing; give sizes separated by commas, such as 1.5KB,6.5KB or 1500x64B",
        ));
    }
    let mut out = Vec::new();
    for (i, entry) in text.split(',').enumerate() {
        let e = entry.trim();
        if e.is_empty() {
            return Err(CalcError::new(
                field,
                format!(
                    "entry {} is empty; separate sizes with single commas",
                    i + 1
                ),
            ));
        }
        let (count, size_text) = split_count(e);
        let count = match count {
            None => 1,
            Some(c) => {
                let digits: String = c.chars().filter(|ch| *ch != '_').collect();
                match digits.parse::<u64>() {
                    Ok(0) => {
                        return Err(CalcError::new(
                            field,
                            format!("entry {} (`{}`) repeats an item 0 times", i + 1, shown(e)),
                        ));
                    }
                    Ok(n) => n,
                    Err(_) => {
                        return Err(CalcError::new(
                            field,
                            format!(
                                "entry {} (`{}`) has a count that is too large",
                                i + 1,
                                shown(e)
                            ),
                        ));
                    }
                }
            }
        };
        let size = parse_size(field, size_text)
            .map_err(|err| CalcError::new(field, format!("entry {}: {}", i + 1, err.message)))?;
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
    fn sizes_are_read_exactly_and_say_how() {
        for (text, bytes, reading) in [
            ("4097B", 4097, "4097B read as 4,097 bytes"),
            ("1 byte", 1, "1 byte read as 1 byte"),
            (
                "2KiB",
                2048,
                "2KiB read as 2 x 1,024 = 2,048 bytes (KiB = 1,024 bytes)",
            ),
            (
                "400KB",
                409_600,
                "400KB read as 400 x 1,024 = 409,600 bytes (DynamoDB's KB is 1,024 bytes)",
            ),
            (
                "1.3KB",
                1332,
                "1.3KB read as 1.3 x 1,024 = 1,331.2 bytes, rounded up to 1,332 bytes (DynamoDB's KB is 1,024 bytes)",
            ),
            (
                " 3.5 kb ",
                3584,
                "3.5 kb read as 3.5 x 1,024 = 3,584 bytes (DynamoDB's KB is 1,024 bytes)",
            ),
            (
                "0.25MiB",
                262_144,
                "0.25MiB read as 0.25 x 1,048,576 = 262,144 bytes (MiB = 1,048,576 bytes)",
            ),
        ] {
            let s = parse_size("item-size", text).unwrap();
            assert_eq!((s.bytes, s.reading.as_str()), (bytes, reading), "{text}");
        }
    }

    #[test]
    fn bad_sizes_are_errors_that_name_the_field() {
        for (text, wanted) in [
            ("", "item-size: missing"),
            ("-1KB", "item-size: `-1KB` is negative"),
            ("0KB", "item-size: `0KB` is zero"),
            ("0.0B", "item-size: `0.0B` is zero"),
            ("6.5", "item-size: `6.5` has no unit"),
            ("3GB", "item-size: unknown unit `GB` in `3GB`"),
            ("KB", "item-size: `KB` does not start with a number"),
            (".KB", "item-size: `.KB` does not start with a number"),
            (
                "1.2.3KB",
                "item-size: `1.2.3KB` does not start with a number",
            ),
            (
                "1.5B",
                "item-size: `1.5B`: a count of bytes is a whole number",
            ),
            (
                "401KB",
                "item-size: 401KB (410,624 bytes) is over DynamoDB's 400 KB item limit",
            ),
            ("409601B", "over DynamoDB's 400 KB item limit"),
            ("1MB", "over DynamoDB's 400 KB"),
            ("9999999999999KB", "too many digits"),
            ("1.1234567KB", "too many digits"),
            ("12\u{1b}[31mKB", "\\u{1b}"),
        ] {
            let e = parse_size("item-size", text).unwrap_err().to_string();
            assert!(e.contains(wanted), "{text:?}: {e}");
        }
        assert_eq!(parse_size("x", "409600B").unwrap().bytes, MAX_ITEM_BYTES);
    }

    #[test]
    fn lists_take_counts_and_name_the_entry() {
        let l = parse_list("items", "1.5KB,6.5KB, 10 x 4KB,3*1B").unwrap();
        let got: Vec<(u64, u64)> = l.iter().map(|g| (g.count, g.size.bytes)).collect();
        assert_eq!(got, [(1, 1536), (1, 6656), (10, 4096), (3, 1)]);
        let e = parse_list("items", "1KB,,2KB").unwrap_err().to_string();
        assert_eq!(
            e,
            "items: entry 2 is empty; separate sizes with single commas"
        );
        let e = parse_list("items", "1KB,0x2KB").unwrap_err().to_string();
        assert!(
            e.contains("entry 2 (`0x2KB`) repeats an item 0 times"),
            "{e}"
        );
        let e = parse_list("items", "1KB,2XB").unwrap_err().to_string();
        assert!(e.starts_with("items: entry 2: unknown unit `XB`"), "{e}");
        let e = parse_list("items", "99999999999999999999999x1KB").unwrap_err();
        assert!(e.to_string().contains("too large"));
        assert!(parse_list("items", " ").is_err());
    }
}
