//! Sizes and whole numbers as the user reads them: how each size was read, and every error.

use super::en::dynamodb::size_reading;
use super::en::error_line;
use crate::core::calc::number::parse_whole;
use crate::core::calc::size::{MAX_ITEM_BYTES, parse_list, parse_size};

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
        assert_eq!(
            (s.bytes, size_reading(&s).as_str()),
            (bytes, reading),
            "{text}"
        );
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
        let e = parse_size("item-size", text)
            .map_err(|e| error_line(&e))
            .unwrap_err();
        assert!(e.contains(wanted), "{text:?}: {e}");
    }
    assert_eq!(parse_size("x", "409600B").unwrap().bytes, MAX_ITEM_BYTES);
}

#[test]
fn lists_take_counts_and_name_the_entry() {
    let l = parse_list("items", "1.5KB,6.5KB, 10 x 4KB,3*1B").unwrap();
    let got: Vec<(u64, u64)> = l.iter().map(|g| (g.count, g.size.bytes)).collect();
    assert_eq!(got, [(1, 1536), (1, 6656), (10, 4096), (3, 1)]);
    let e = parse_list("items", "1KB,,2KB")
        .map_err(|e| error_line(&e))
        .unwrap_err();
    assert_eq!(
        e,
        "items: entry 2 is empty; separate sizes with single commas"
    );
    let e = parse_list("items", "1KB,0x2KB")
        .map_err(|e| error_line(&e))
        .unwrap_err();
    assert!(
        e.contains("entry 2 (`0x2KB`) repeats an item 0 times"),
        "{e}"
    );
    let e = parse_list("items", "1KB,2XB")
        .map_err(|e| error_line(&e))
        .unwrap_err();
    assert!(e.starts_with("items: entry 2: unknown unit `XB`"), "{e}");
    let e = parse_list("items", "99999999999999999999999x1KB").unwrap_err();
    assert!(error_line(&e).contains("too large"));
    assert!(parse_list("items", " ").is_err());
}

#[test]
fn whole_numbers_name_the_field() {
    assert_eq!(parse_whole("reads", " 1,000 ", 1), Ok(1000));
    let e = parse_whole("reads", "-3", 1).unwrap_err();
    assert_eq!(
        error_line(&e),
        "reads: `-3` is negative; give reads per second"
    );
    let e = parse_whole("reads", "2.5", 1).unwrap_err();
    assert!(error_line(&e).starts_with("reads: `2.5` is not a whole number"));
    let e = parse_whole("reads", "0", 1).unwrap_err();
    assert!(error_line(&e).contains("at least 1"));
    let e = parse_whole("reads", "99999999999999999999999", 1).unwrap_err();
    assert!(error_line(&e).contains("too large"));
    assert!(parse_whole("reads", "", 1).is_err());
}
