//! The results as headlines, for the CLI's text output and the TUI's result box, and the whole
//! outcome as a `Report`.

use super::{Headline, Mode, Note, Outcome, Said, Step};
use crate::core::calc::registry::{Report, Said as AnySaid};

impl Outcome {
    /// One headline per result: reads, writes, each GSI, replication (or the reverse rates).
    pub fn headlines(&self) -> Vec<Headline> {
        let mut out = Vec::new();
        match self {
            Outcome::Forward(e) => {
                out.extend(e.read.clone().map(Headline::Reads));
                out.extend(e.write.clone().map(Headline::Writes));
                out.extend(e.gsis.iter().cloned().map(Headline::Gsi));
                if let Some(r) = &e.replication {
                    let unit = e.write.as_ref().map_or("WCU", |w| w.unit);
                    out.push(Headline::Replication(r.clone(), unit));
                }
                if e.mode == Mode::OnDemand {
                    out.push(Headline::OnDemand);
                }
            }
            Outcome::Reverse(r) => {
                out.extend(r.read.clone().map(Headline::ReverseReads));
                out.extend(r.write.clone().map(Headline::ReverseWrites));
            }
        }
        out
    }

    /// The outcome as a calculator report: headlines, steps, notes.
    pub fn report(&self) -> Report {
        let wrap = |s: Said| AnySaid::Dynamodb(s);
        Report {
            summary: self
                .headlines()
                .into_iter()
                .map(|h| wrap(Said::Headline(h)))
                .collect(),
            steps: self
                .working()
                .iter()
                .cloned()
                .map(|s: Step| wrap(Said::Step(s)))
                .collect(),
            notes: self
                .notes()
                .iter()
                .cloned()
                .map(|n: Note| wrap(Said::Note(n)))
                .collect(),
            ..Report::default()
        }
    }
}
