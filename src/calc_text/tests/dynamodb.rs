//! Worked examples from the AWS documentation, properties over many sizes, and every input error,
//! with the working and the errors as the user reads them.

use super::en::dynamodb::{note, step};
use super::en::error_line;
use crate::core::calc::dynamodb::*;

fn lines(steps: &[Step]) -> Vec<String> {
    steps.iter().map(step).collect()
}

fn form(item: &str) -> Form {
    Form {
        item_size: item.into(),
        ..Form::default()
    }
}

fn forward(f: &Form) -> Estimate {
    match evaluate(f) {
        Ok(Outcome::Forward(e)) => e,
        other => panic!("expected a forward estimate, got {other:?}"),
    }
}

fn reverse(f: &Form) -> ReverseEstimate {
    match evaluate(f) {
        Ok(Outcome::Reverse(r)) => r,
        other => panic!("expected a reverse estimate, got {other:?}"),
    }
}

fn errors(f: &Form) -> Vec<String> {
    match evaluate(f) {
        Err(e) => e.iter().map(error_line).collect(),
        Ok(o) => panic!("expected errors, got {o:?}"),
    }
}

/// Read units per request, as a number of halves.
fn read_halves(op: &str, consistency: &str, items: &str) -> u64 {
    let f = Form {
        operation: op.into(),
        consistency: consistency.into(),
        items: items.into(),
        ..Form::default()
    };
    forward(&f).read.unwrap().per_operation.in_halves()
}

/// Worked examples of the DynamoDB developer guide ("DynamoDB read and write operations") and the
/// provisioned / on-demand pricing pages. Read units are given in halves (2 = one unit).
#[test]
fn read_examples_from_the_aws_docs() {
    for (what, op, consistency, items, halves) in [
        // Pricing pages: an 8 KB item is 2 RCU strong, 1 RCU eventual, 4 RCU transactional.
        ("8 KB strong", "get-item", "strong", "8KB", 4),
        ("8 KB eventual", "get-item", "eventual", "8KB", 2),
        ("8 KB transactional", "get-item", "transactional", "8KB", 8),
        // Developer guide: a 3,500-byte item reads like a 4 KB item.
        ("3,500 bytes", "get-item", "strong", "3500B", 2),
        // Developer guide: 3.5 KB rounds to 4 KB, 10 KB to 12 KB.
        ("3.5 KB", "get-item", "strong", "3.5KB", 2),
        ("10 KB", "get-item", "strong", "10KB", 6),
        ("10 KB eventual", "get-item", "eventual", "10KB", 3),
        // Developer guide: BatchGetItem of 1.5 KB and 6.5 KB is 12 KB (4 + 8), not 8 KB.
        (
            "batch 1.5+6.5",
            "batch-get-item",
            "strong",
            "1.5KB,6.5KB",
            6,
        ),
        // Developer guide: a Query of 10 items totalling 40.8 KB rounds to 44 KB.
        ("query 40.8 KB", "query", "strong", "10x4.08KB", 22),
        // Developer guide: a Query of 1,500 items of 64 bytes is 96 KB.
        ("query 1500x64B", "query", "strong", "1500x64B", 48),
        (
            "query 1500x64B eventual",
            "query",
            "eventual",
            "1500x64B",
            24,
        ),
        // A query of the same two items as the batch: 8 KB, once.
        ("query 1.5+6.5", "query", "strong", "1.5KB,6.5KB", 4),
        (
            "transact get 1.5+6.5",
            "transact-get-items",
            "",
            "1.5KB,6.5KB",
            12,
        ),
    ] {
        assert_eq!(read_halves(op, consistency, items), halves, "{what}");
    }
}

#[test]
fn write_examples_from_the_aws_docs() {
    for (what, op, items, units) in [
        // One WCU writes an item up to 1 KB; larger items need more; transactional writes double.
        ("1 KB put", "put-item", "1KB", 1),
        ("1,025 B put", "put-item", "1025B", 2),
        ("3 KB put", "put-item", "3KB", 3),
        ("3 KB transactional", "transact-write-items", "3KB", 6),
        ("6.5 KB delete", "delete-item", "6.5KB", 7),
        // BatchWriteItem rounds each item to 1 KB: 500 B + 1.5 KB = 1 + 2, not ceil(2 KB) = 2.
        ("batch 500B+1.5KB", "batch-write-item", "500B,1.5KB", 3),
    ] {
        let f = Form {
            operation: op.into(),
            items: items.into(),
            ..Form::default()
        };
        assert_eq!(forward(&f).write.unwrap().per_operation.0, units, "{what}");
    }
}

/// The issue's example, line by line.
#[test]
fn the_issue_example_shows_its_working() {
    let f = Form {
        reads: "80".into(),
        consistency: "eventual".into(),
        ..form("6.5KB")
    };
    let e = forward(&f);
    let r = e.read.clone().unwrap();
    assert_eq!(r.operation, Operation::GetItem);
    assert_eq!(
        (r.per_operation.to_string(), r.capacity),
        ("1".into(), Some(80))
    );
    assert_eq!(
        lines(&e.working),
        [
            "item size: 6.5KB read as 6.5 x 1,024 = 6,656 bytes (DynamoDB's KB is 1,024 bytes)",
            "GetItem: a read unit covers up to 4 KB and the size rounds up: ceil(6,656 B / 4,096 B) = 2 units",
            "eventually consistent: half a unit per 4 KB: 2 / 2 = 1 RCU per read",
            "x 80 reads/s = 80 RCU/s",
            "provisioned RCU is a whole number (rounded up once, at the end): 80 RCU",
        ]
    );
    let json = serde_json::to_value(Outcome::Forward(e)).unwrap();
    assert_eq!(json["direction"], "forward");
    assert_eq!(json["read"]["unit"], "RCU");
    assert_eq!(json["read"]["per_operation"], 1);
    assert_eq!(json["read"]["capacity"], 80);
    assert_eq!(json["items"][0]["bytes"], 6656);
}

#[test]
fn half_units_round_up_once_at_the_end() {
    let f = Form {
        reads: "3".into(),
        ..form("4KB")
    };
    let e = forward(&f);
    let r = e.read.unwrap();
    assert_eq!(r.per_operation.to_string(), "0.5");
    assert_eq!(r.per_second.to_string(), "1.5");
    assert_eq!(r.capacity, Some(2));
    assert!(lines(&e.working).iter().any(|l| l.contains("1.5 -> 2 RCU")));
    let json = serde_json::to_value(&r).unwrap();
    assert_eq!(json["per_second"], 1.5);
}

#[test]
fn on_demand_names_request_units_and_does_not_round() {
    let f = Form {
        reads: "3".into(),
        writes: "2".into(),
        mode: "on-demand".into(),
        regions: "3".into(),
        ..form("4KB")
    };
    let e = forward(&f);
    let r = e.read.unwrap();
    assert_eq!(
        (r.unit, r.capacity, r.per_second.to_string()),
        ("RRU", None, "1.5".into())
    );
    let w = e.write.unwrap();
    assert_eq!((w.unit, w.per_second.0, w.capacity), ("WRU", 8, None));
    assert_eq!(e.replication.unwrap().unit, "rWRU");
}

#[test]
fn reads_and_writes_together_default_to_getitem_and_putitem() {
    let f = Form {
        reads: "10".into(),
        writes: "5".into(),
        consistency: "strong".into(),
        ..form("2.5KB")
    };
    let e = forward(&f);
    let (r, w) = (e.read.unwrap(), e.write.unwrap());
    assert_eq!((r.operation, r.capacity), (Operation::GetItem, Some(10)));
    assert_eq!((w.operation, w.capacity), (Operation::PutItem, Some(15)));
    let t = Form {
        consistency: "transactional".into(),
        ..f
    };
    let e = forward(&t);
    assert_eq!(e.read.unwrap().operation, Operation::TransactGetItems);
    let w = e.write.unwrap();
    assert_eq!(
        (w.operation, w.per_operation.0),
        (Operation::TransactWriteItems, 6)
    );
}

#[test]
fn updates_count_the_larger_of_before_and_after() {
    let f = Form {
        operation: "update-item".into(),
        previous_size: "3KB".into(),
        writes: "10".into(),
        ..form("1KB")
    };
    let e = forward(&f);
    assert_eq!(e.write.unwrap().capacity, Some(30));
    assert!(
        lines(&e.working)
            .iter()
            .any(|l| l.contains("the larger of the item before"))
    );
    let d = Form {
        operation: "delete-item".into(),
        ..f
    };
    assert_eq!(
        errors(&d),
        ["previous-size: only PutItem and UpdateItem count the item's size before the write"]
    );
}

#[test]
fn gsis_and_global_tables() {
    let f = Form {
        writes: "10".into(),
        gsi: "1.2KB,200B".into(),
        regions: "3".into(),
        ..form("6.5KB")
    };
    let e = forward(&f);
    let w = e.write.unwrap();
    assert_eq!(w.per_second.0, 70);
    let g: Vec<(u64, u64)> = e
        .gsis
        .iter()
        .map(|g| (g.per_operation.0, g.per_second.0))
        .collect();
    assert_eq!(g, [(2, 20), (1, 10)]);
    let r = e.replication.unwrap();
    assert_eq!(
        (
            r.regions,
            r.unit,
            r.per_region_per_second.0,
            r.replicated_per_second.0,
            r.gsi_per_region_per_second.0
        ),
        (3, "rWCU", 70, 140, 30)
    );
    let k = Form {
        gsi_key_change: true,
        operation: "update-item".into(),
        ..f.clone()
    };
    let e = forward(&k);
    assert_eq!(e.gsis[0].writes_per_item, 2);
    assert_eq!(e.gsis[0].per_second.0, 40);
    let reads_only = Form {
        writes: String::new(),
        reads: "5".into(),
        ..f
    };
    assert_eq!(
        errors(&reads_only),
        ["gsi: GSI writes come from table writes; give --writes or a write operation"]
    );
}

#[test]
fn batch_writes_write_every_gsi_for_every_item() {
    let f = Form {
        operation: "batch-write-item".into(),
        items: "25x1KB".into(),
        writes: "2".into(),
        gsi: "1KB".into(),
        ..Form::default()
    };
    let e = forward(&f);
    assert_eq!(e.write.unwrap().per_second.0, 50);
    assert_eq!(e.gsis[0].per_second.0, 50);
}

#[test]
fn reverse_mode_gives_the_most_requests_per_second() {
    // The EC2 API docs: 50 RCU serve 100 eventually consistent reads of up to 4 KB per second.
    let f = Form {
        rcu: "50".into(),
        ..form("4KB")
    };
    let r = reverse(&f);
    assert_eq!(r.read.unwrap().max_per_second, 100);
    let f = Form {
        rcu: "80".into(),
        wcu: "10".into(),
        consistency: "strong".into(),
        ..form("6.5KB")
    };
    let r = reverse(&f);
    assert_eq!(r.read.unwrap().max_per_second, 40);
    let w = r.write.unwrap();
    assert_eq!((w.per_operation.0, w.max_per_second), (7, 1));
    assert!(lines(&r.working).iter().any(|l| l.contains("rounded down")));
}

#[test]
fn limits_of_each_operation_are_errors_on_the_items() {
    for (op, items, wanted) in [
        (
            "batch-get-item",
            "101x1KB",
            "items: BatchGetItem takes at most 100 items per request, but 101 were given",
        ),
        (
            "batch-get-item",
            "50x400KB",
            "items: BatchGetItem takes at most 16 MB per request",
        ),
        (
            "batch-write-item",
            "26x1KB",
            "items: BatchWriteItem takes at most 25 items per request",
        ),
        (
            "transact-write-items",
            "101x1KB",
            "items: TransactWriteItems takes at most 100 items",
        ),
        (
            "transact-get-items",
            "11x400KB",
            "items: TransactGetItems takes at most 4 MB per request",
        ),
        (
            "get-item",
            "1KB,2KB",
            "items: GetItem touches one item, but 2 were given",
        ),
    ] {
        let f = Form {
            operation: op.into(),
            items: items.into(),
            ..Form::default()
        };
        let e = errors(&f);
        assert!(e[0].starts_with(wanted), "{op} {items}: {e:?}");
    }
}

#[test]
fn every_bad_field_is_named_and_all_are_reported() {
    let f = Form {
        operation: "fetch".into(),
        item_size: "-2KB".into(),
        reads: "ten".into(),
        consistency: "maybe".into(),
        regions: "0".into(),
        mode: "free".into(),
        ..Form::default()
    };
    let fields: Vec<String> = errors(&f)
        .iter()
        .map(|e| e.split(':').next().unwrap().to_string())
        .collect();
    assert_eq!(
        fields,
        [
            "operation",
            "item-size",
            "reads",
            "consistency",
            "regions",
            "mode"
        ]
    );
    for (f, wanted) in [
        (form(""), "item-size: missing"),
        (
            form("401KB"),
            "item-size: 401KB (410,624 bytes) is over DynamoDB's 400 KB item limit",
        ),
        (form("0B"), "item-size: `0B` is zero"),
        (form("5 parsecs"), "item-size: unknown unit `parsecs`"),
        (
            Form {
                items: "1KB".into(),
                ..form("1KB")
            },
            "items: give either --item-size (one item) or --items (a list), not both",
        ),
        (
            Form {
                reads: "5".into(),
                rcu: "5".into(),
                ..form("1KB")
            },
            "reads: give rates (--reads or --writes) to get units, or capacity (--rcu or --wcu) to get rates, not both",
        ),
        (
            Form {
                rcu: "5".into(),
                mode: "on-demand".into(),
                ..form("1KB")
            },
            "rcu: reverse mode is for provisioned capacity",
        ),
        (
            Form {
                operation: "query".into(),
                writes: "5".into(),
                ..form("1KB")
            },
            "writes: query only reads",
        ),
        (
            Form {
                operation: "put".into(),
                reads: "5".into(),
                ..form("1KB")
            },
            "reads: put-item only writes",
        ),
        (
            Form {
                operation: "scan".into(),
                consistency: "transactional".into(),
                ..form("1KB")
            },
            "consistency: Scan cannot be transactional; only TransactGetItems reads are",
        ),
        (
            Form {
                operation: "transact-get-items".into(),
                consistency: "strong".into(),
                ..form("1KB")
            },
            "consistency: TransactGetItems reads are always transactional, not strongly consistent",
        ),
        (
            Form {
                operation: "batch-write".into(),
                consistency: "tx".into(),
                ..form("1KB")
            },
            "consistency: BatchWriteItem cannot be transactional",
        ),
        (
            Form {
                reads: "18446744073709551615".into(),
                ..form("400KB")
            },
            "reads: the numbers are too large to compute with",
        ),
        (
            Form {
                writes: "1".into(),
                gsi: "21x1KB".into(),
                ..form("1KB")
            },
            "gsi: 21 indexes given; a table has at most 20 GSIs by default",
        ),
    ] {
        let e = errors(&f);
        assert!(e[0].starts_with(wanted), "{f:?}: {e:?}");
    }
}

#[test]
fn operations_and_words_accept_common_spellings() {
    for (text, op) in [
        ("GetItem", Operation::GetItem),
        ("get-item", Operation::GetItem),
        ("batch_get_item", Operation::BatchGetItem),
        ("BatchWrite", Operation::BatchWriteItem),
        ("Query", Operation::Query),
        ("transact-write-items", Operation::TransactWriteItems),
    ] {
        assert_eq!(Operation::parse(text), Ok(Some(op)), "{text}");
    }
    for op in Operation::ALL {
        assert_eq!(Operation::parse(op.cli_name()), Ok(Some(op)));
        assert_eq!(Operation::parse(op.api_name()), Ok(Some(op)));
    }
}

/// Deterministic pseudo-random sizes (no extra crates): a linear congruential generator.
fn sizes(seed: u64, n: usize) -> Vec<u64> {
    let mut x = seed;
    (0..n)
        .map(|_| {
            x = x
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            1 + (x >> 33) % 409_600
        })
        .collect()
}

#[test]
fn a_bigger_item_never_costs_fewer_units() {
    let mut last = [0u64; 6];
    let mut size = 1u64;
    while size <= 409_600 {
        let items = format!("{size}B");
        let now = [
            read_halves("get-item", "eventual", &items),
            read_halves("get-item", "strong", &items),
            read_halves("get-item", "transactional", &items),
            read_halves("query", "eventual", &items),
            forward(&Form {
                operation: "put".into(),
                items: items.clone(),
                ..Form::default()
            })
            .write
            .unwrap()
            .per_operation
            .0,
            forward(&Form {
                operation: "transact-write".into(),
                items: items.clone(),
                ..Form::default()
            })
            .write
            .unwrap()
            .per_operation
            .0,
        ];
        for (a, b) in last.iter().zip(now) {
            assert!(b >= *a, "{size} B costs less than a smaller item");
        }
        last = now;
        // Every byte around the unit boundaries, then bigger steps.
        size += if size % 1024 < 3 || size % 1024 > 1021 {
            1
        } else {
            97
        };
    }
}

#[test]
fn eventual_is_exactly_half_of_strong_rounded_up_at_the_end() {
    for (i, bytes) in sizes(7, 300).into_iter().enumerate() {
        let rate = 1 + (i as u64 % 17);
        let capacity = |c: &str| {
            let f = Form {
                reads: rate.to_string(),
                consistency: c.into(),
                ..form(&format!("{bytes}B"))
            };
            forward(&f).read.unwrap()
        };
        let (strong, eventual) = (capacity("strong"), capacity("eventual"));
        assert_eq!(
            eventual.per_second.in_halves() * 2,
            strong.per_second.in_halves()
        );
        let s = strong.capacity.unwrap();
        assert_eq!(
            eventual.capacity.unwrap(),
            s.div_ceil(2),
            "{bytes} B x {rate}/s"
        );
        assert_eq!(capacity("transactional").capacity.unwrap(), 2 * s);
    }
}

#[test]
fn query_never_costs_more_than_batchgetitem_for_the_same_items() {
    for seed in 1..60 {
        let n = 1 + (seed as usize * 7) % 100;
        let list: Vec<String> = sizes(seed, n)
            .into_iter()
            .map(|b| format!("{}B", b / (1 + seed % 40)))
            .map(|s| if s == "0B" { "1B".into() } else { s })
            .collect();
        let items = list.join(",");
        let total: u64 = list
            .iter()
            .map(|s| s.trim_end_matches('B').parse::<u64>().unwrap())
            .sum();
        if total > 16 * 1024 * 1024 {
            continue;
        }
        for c in ["eventual", "strong"] {
            let q = read_halves("query", c, &items);
            let b = read_halves("batch-get-item", c, &items);
            assert!(q <= b, "seed {seed} {c}: query {q} > batch {b}");
        }
    }
}

#[test]
fn big_queries_note_the_1_mb_page() {
    let f = Form {
        operation: "scan".into(),
        items: "3000x400B".into(),
        ..Form::default()
    };
    let e = forward(&f);
    assert!(
        e.notes
            .iter()
            .map(note)
            .any(|n| n.contains("over the 1 MB")),
        "{:?}",
        e.notes
    );
    assert!(step(&e.working[1]).starts_with("Scan: every item the scan evaluates counts"));
}
