//! A quick look at a pack file's shape before the TOML parser reads it: nesting depth and the
//! number of values are bounded, so that a hostile or broken file (8 MiB of `[[[[`) is refused in one
//! pass with a located error instead of costing hundreds of megabytes to parse. Pure.
//!
//! The scan knows just enough TOML to skip strings and comments; the parser still does the real
//! work, so a file that passes may still be refused by it.

use crate::core::content::kind::FindingKind;
use std::ops::Range;

/// The deepest nesting of arrays and tables accepted (headers count: `[[question.choice]]` is 2).
/// Packs need 3 at most.
pub const MAX_NESTING: usize = 32;

/// The most values (keys, array elements, tables) a file may hold. The largest real pack of 8 MiB
/// would hold about 100,000.
pub const MAX_VALUES: usize = 400_000;

/// Why the file is refused, where: (code, span, what is wrong).
pub type Problem = (&'static str, Range<usize>, Box<FindingKind>);

/// Checks the nesting depth and the number of values of `src` in one pass.
pub fn check(src: &str) -> Result<(), Problem> {
    let b = src.as_bytes();
    let mut i = 0;
    let mut depth = 0usize;
    let mut values = 0usize;
    while i < b.len() {
        match b[i] {
            b'#' => i = find(b, i, b"\n"),
            b'"' if b[i..].starts_with(b"\"\"\"") => i = skip_basic(b, i + 3, true),
            b'"' => i = skip_basic(b, i + 1, false),
            b'\'' if b[i..].starts_with(b"'''") => i = find(b, i + 3, b"'''") + 2,
            b'\'' => i = find_either(b, i + 1, b'\'', b'\n'),
            b'[' | b'{' => {
                depth += 1;
                values += 1;
                if depth > MAX_NESTING {
                    return Err((
                        "too-deep",
                        i..i + 1,
                        Box::new(FindingKind::TooDeep { max: MAX_NESTING }),
                    ));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'=' | b',' => values += 1,
            _ => {}
        }
        if values > MAX_VALUES {
            return Err((
                "too-many-values",
                i..i + 1,
                Box::new(FindingKind::TooManyValues { max: MAX_VALUES }),
            ));
        }
        i += 1;
    }
    Ok(())
}

/// The index of the first byte of `pat` at or after `from` (the end of the text when there is none).
fn find(b: &[u8], from: usize, pat: &[u8]) -> usize {
    b.get(from..)
        .and_then(|rest| rest.windows(pat.len()).position(|w| w == pat))
        .map_or(b.len(), |p| from + p)
}

fn find_either(b: &[u8], from: usize, x: u8, y: u8) -> usize {
    b.get(from..)
        .and_then(|rest| rest.iter().position(|&c| c == x || c == y))
        .map_or(b.len(), |p| from + p)
}

/// Skips a basic string (escapes honoured) that starts at `from`; returns the index of its last byte.
fn skip_basic(b: &[u8], mut from: usize, multi: bool) -> usize {
    while from < b.len() {
        match b[from] {
            b'\\' => from += 1,
            b'"' if !multi => return from,
            b'"' if b[from..].starts_with(b"\"\"\"") => {
                // Up to two more quotes may end the content: """a""""" is `a""`.
                let mut end = from + 2;
                while end + 1 < b.len() && b[end + 1] == b'"' && end < from + 4 {
                    end += 1;
                }
                return end;
            }
            b'\n' if !multi => return from,
            _ => {}
        }
        from += 1;
    }
    b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_packs_pass_and_pathological_ones_are_refused_where_they_go_wrong() {
        for (_, text) in crate::core::content::bundled::BUNDLED {
            assert_eq!(check(text), Ok(()));
        }
        let ok = "[[question.choice]]\na = [[1, [2]], {b = \"[[[[[[\"}]\n# [[[[[[[[[[\nc = '''[[[[[[''' \nd = \"\"\"\n\\\"\"\" [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ \"\"\"\n";
        assert_eq!(check(ok), Ok(()));
        let deep = "a = 1\nb = ".to_string() + &"[".repeat(8 * 1024 * 1024);
        let (code, span, _) = check(&deep).unwrap_err();
        assert_eq!(
            (code, span),
            ("too-deep", 10 + MAX_NESTING..11 + MAX_NESTING)
        );
        let (code, ..) = check(&"[[[[".repeat(1000)).unwrap_err();
        assert_eq!(code, "too-deep");
        let (code, ..) = check(&"a=1\n".repeat(MAX_VALUES + 10)).unwrap_err();
        assert_eq!(code, "too-many-values");
    }
}
