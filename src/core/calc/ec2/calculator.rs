//! The EC2 decoder and builder in the registry: a name to decode, a requirement to build names.

use super::{Said as Ec2Said, build, decode, parse_requirement};
use crate::core::calc::CalcError;
use crate::core::calc::registry::{Calculator, Field, Inputs, Report, Said, input};

/// Decodes an instance type name and builds names from a requirement.
pub struct Ec2Calculator;

const FIELDS: &[Field] = &[
    Field {
        key: "name",
        example: "c7i-flex.large",
    },
    Field {
        key: "build",
        example: "",
    },
];

impl Calculator for Ec2Calculator {
    fn id(&self) -> &'static str {
        "ec2"
    }

    fn fields(&self) -> &'static [Field] {
        FIELDS
    }

    /// The decoded name's status is the summary and its pieces the steps; the builder's steps
    /// follow under `build:`.
    fn evaluate(&self, inputs: &Inputs) -> Result<Report, Vec<CalcError>> {
        let mut errors = Vec::new();
        let mut report = Report::default();
        let name = input(inputs, "name");
        if !name.trim().is_empty() {
            match decode(name) {
                Ok(d) => {
                    let mut said = d.said().into_iter().map(Said::Ec2);
                    report.summary.extend(said.next());
                    report.steps.extend(said);
                }
                Err(e) => errors.push(e),
            }
        }
        let requirement = input(inputs, "build");
        if !requirement.trim().is_empty() {
            match parse_requirement(requirement) {
                Ok(req) => {
                    report.steps.push(Said::Ec2(Ec2Said::BuildHeading));
                    report.steps.extend(
                        build(&req)
                            .steps
                            .into_iter()
                            .map(|s| Said::Ec2(Ec2Said::Build(s))),
                    );
                }
                Err(e) => errors.push(e),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        if report.summary.is_empty() && report.steps.is_empty() {
            report.prompt = Some(Said::Ec2(Ec2Said::Prompt));
        }
        Ok(report)
    }

    fn numbered(&self) -> bool {
        false
    }
}
