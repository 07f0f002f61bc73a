//! The DynamoDB capacity calculator in the registry: the screen's fields, and a form from them.

use super::{Form, evaluate};
use crate::core::calc::CalcError;
use crate::core::calc::registry::{Calculator, Field, Inputs, Report, input};

/// DynamoDB capacity units (forward) or the most requests per second (reverse).
pub struct DynamodbCalculator;

const FIELDS: &[Field] = &[
    Field {
        key: "operation",
        example: "",
    },
    Field {
        key: "items",
        example: "6.5KB",
    },
    Field {
        key: "reads",
        example: "80",
    },
    Field {
        key: "writes",
        example: "",
    },
    Field {
        key: "consistency",
        example: "eventual",
    },
    Field {
        key: "gsi",
        example: "",
    },
    Field {
        key: "regions",
        example: "",
    },
    Field {
        key: "mode",
        example: "",
    },
    Field {
        key: "rcu",
        example: "",
    },
    Field {
        key: "wcu",
        example: "",
    },
];

/// The form from the fields. `items` holds one size or a list: a comma or a `COUNTx` makes it a
/// list (`--items`), else it is one item (`--item-size`).
pub fn form(inputs: &Inputs) -> Form {
    let v = |k: &str| input(inputs, k).to_string();
    let items = v("items");
    let list = items.contains(',')
        || items
            .trim_start()
            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '_')
            .trim_start()
            .starts_with(['x', 'X', '*', '×']);
    Form {
        operation: v("operation"),
        item_size: if list { String::new() } else { items.clone() },
        items: if list { items } else { String::new() },
        reads: v("reads"),
        writes: v("writes"),
        consistency: v("consistency"),
        gsi: v("gsi"),
        regions: v("regions"),
        mode: v("mode"),
        rcu: v("rcu"),
        wcu: v("wcu"),
        ..Form::default()
    }
}

impl Calculator for DynamodbCalculator {
    fn id(&self) -> &'static str {
        "dynamodb"
    }

    fn fields(&self) -> &'static [Field] {
        FIELDS
    }

    fn evaluate(&self, inputs: &Inputs) -> Result<Report, Vec<CalcError>> {
        evaluate(&form(inputs)).map(|o| o.report())
    }

    fn field_for(&self, field: &str) -> &'static str {
        match field {
            "item-size" | "items" => "items",
            other => FIELDS
                .iter()
                .map(|f| f.key)
                .find(|k| *k == other)
                .unwrap_or("operation"),
        }
    }
}
