//! A pack's roster: the ids of its cards (with their sibling groups and which are generated) and
//! of its questions, each list in one string, without any text. It is all that the due counts
//! need of a pack (`awsdrill due` reads only this part of the pack cache), with each card's domain
//! and each question without its text, which the Stats report needs (`awsdrill stats`).

use super::{CardBody, Pack, Question};
use crate::core::domain::Domain;
use serde::{Deserialize, Serialize};

/// The ids of one pack's cards and questions, in file order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Roster {
    /// Every card's id, one after another.
    pub ids: String,
    /// Where each card's id ends in `ids`.
    pub ends: Vec<u32>,
    /// (card, sibling key) of the cards in a sibling group, by card: the key is `pack/group`
    /// (siblings are cards of one pack with one group), as the queue compares them.
    pub groups: Vec<(u32, String)>,
    /// The cards that are generated exercises, by card.
    pub generated: Vec<u32>,
    /// Every question's id, one after another.
    pub question_ids: String,
    /// Where each question's id ends in `question_ids`.
    pub question_ends: Vec<u32>,
    /// Each card's domain (`Domain::number`, 0 for none), by card.
    #[serde(default)]
    pub domains: Vec<u8>,
    /// Every question without its text (`Question::without_text`), in file order.
    #[serde(default)]
    pub questions: Vec<Question>,
}

/// One card of a roster.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RosterCard<'a> {
    /// Its full id.
    pub id: &'a str,
    /// Its sibling key (`pack/group`), when it is in a group.
    pub group: Option<&'a str>,
    /// Whether it is a generated exercise.
    pub generated: bool,
    /// Its DVA-C02 domain, when it has one.
    pub domain: Option<Domain>,
}

impl Roster {
    /// The roster of `pack`; `None` when it has more than `u32` can count.
    pub fn of(pack: &Pack) -> Option<Roster> {
        let mut r = Roster::default();
        for (i, c) in pack.cards.iter().enumerate() {
            let i = u32::try_from(i).ok()?;
            r.ids.push_str(&c.id);
            r.ends.push(u32::try_from(r.ids.len()).ok()?);
            if let Some(g) = &c.group {
                r.groups.push((i, sibling_key(&c.id, g)));
            }
            if matches!(c.body, CardBody::Generated { .. }) {
                r.generated.push(i);
            }
            r.domains.push(c.domain.map_or(0, Domain::number));
        }
        for q in &pack.questions {
            r.question_ids.push_str(&q.id);
            r.question_ends
                .push(u32::try_from(r.question_ids.len()).ok()?);
        }
        r.questions = pack.questions.iter().map(Question::without_text).collect();
        Some(r)
    }

    /// Whether the columns agree with each other (ends rising within the strings, on character
    /// boundaries; groups and generated cards in order and in range; a domain for every card and
    /// every question's id in `questions`, each domain known).
    pub fn is_sound(&self) -> bool {
        let rising = |s: &str, ends: &[u32]| {
            let mut start = 0u32;
            ends.iter().all(|&e| {
                let ok = e >= start && s.is_char_boundary(e as usize) && (e as usize) <= s.len();
                start = e;
                ok
            }) && ends.last().map_or(s.is_empty(), |&e| e as usize == s.len())
        };
        let n = self.ends.len() as u32;
        rising(&self.ids, &self.ends)
            && rising(&self.question_ids, &self.question_ends)
            && self.groups.windows(2).all(|w| w[0].0 < w[1].0)
            && self.groups.last().is_none_or(|g| g.0 < n)
            && self.generated.windows(2).all(|w| w[0] < w[1])
            && self.generated.last().is_none_or(|&g| g < n)
            && self.domains.len() == self.ends.len()
            && self
                .domains
                .iter()
                .all(|&d| usize::from(d) <= Domain::ALL.len())
            && self.questions.len() == self.question_ends.len()
            && self
                .questions
                .iter()
                .zip(self.question_ids())
                .all(|(q, id)| q.id == id)
    }

    /// How many cards.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether it has no card.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The card ids in file order.
    pub fn card_ids(&self) -> impl ExactSizeIterator<Item = &str> {
        slices(&self.ids, &self.ends)
    }

    /// The cards in file order.
    pub fn cards(&self) -> impl ExactSizeIterator<Item = RosterCard<'_>> {
        let mut groups = self.groups.iter().peekable();
        let mut generated = self.generated.iter().peekable();
        self.card_ids().enumerate().map(move |(i, id)| {
            let group = groups.next_if(|g| g.0 == i as u32).map(|g| g.1.as_str());
            let generated = generated.next_if(|&&g| g == i as u32).is_some();
            RosterCard {
                id,
                group,
                generated,
                domain: domain(self.domains.get(i).copied().unwrap_or(0)),
            }
        })
    }

    /// The question ids in file order.
    pub fn question_ids(&self) -> impl Iterator<Item = &str> {
        slices(&self.question_ids, &self.question_ends)
    }
}

/// The domain of `Domain::number` `n` (0, or a number no domain has: none).
pub fn domain(n: u8) -> Option<Domain> {
    Domain::ALL.get(usize::from(n).checked_sub(1)?).copied()
}

/// The sibling key of a card in a group: `pack/group`.
pub fn sibling_key(card_id: &str, group: &str) -> String {
    format!("{}/{}", super::pack_of(card_id), group)
}

fn slices<'a>(s: &'a str, ends: &'a [u32]) -> impl ExactSizeIterator<Item = &'a str> {
    let mut start = 0usize;
    ends.iter().map(move |&e| {
        let id = s.get(start..e as usize).unwrap_or("");
        start = e as usize;
        id
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn question(id: &str) -> crate::core::content::Question {
        crate::core::content::Question::bare(id)
    }

    #[test]
    fn a_roster_lists_every_card_and_question_of_its_pack() {
        for (name, text) in super::super::bundled::BUNDLED {
            let Some(pack) = super::super::parse_pack_with(name, text.as_bytes(), false).pack
            else {
                continue;
            };
            let r = Roster::of(&pack).unwrap();
            assert!(r.is_sound(), "{name}");
            let cards: Vec<RosterCard> = r.cards().collect();
            assert_eq!(cards.len(), pack.cards.len());
            for (rc, c) in cards.iter().zip(&pack.cards) {
                assert_eq!(rc.id, c.id);
                assert_eq!(
                    rc.group.map(str::to_string),
                    c.group.as_ref().map(|g| sibling_key(&c.id, g))
                );
                assert_eq!(rc.generated, matches!(c.body, CardBody::Generated { .. }));
                assert_eq!(rc.domain, c.domain);
            }
            let q: Vec<&str> = r.question_ids().collect();
            let want: Vec<&str> = pack.questions.iter().map(|q| q.id.as_str()).collect();
            assert_eq!(q, want);
            // Each question without its text: what scoring reads of it is kept.
            assert_eq!(r.questions.len(), pack.questions.len());
            for (o, q) in r.questions.iter().zip(&pack.questions) {
                assert_eq!(
                    (&o.id, o.domain, &o.task, o.difficulty, o.choose),
                    (&q.id, q.domain, &q.task, q.difficulty, q.choose)
                );
                let right = |q: &Question| q.choices.iter().map(|c| c.correct).collect::<Vec<_>>();
                assert_eq!(right(o), right(q));
                assert!(o.stem.is_empty() && o.choices.iter().all(|c| c.text.is_empty()));
            }
        }
        let mut r = Roster {
            ids: "a/1a/2".into(),
            ends: vec![3, 6],
            domains: vec![0, 4],
            ..Roster::default()
        };
        assert!(r.is_sound());
        r.ends = vec![4, 3];
        assert!(!r.is_sound(), "ends that fall");
        r.ends = vec![3, 5];
        assert!(!r.is_sound(), "ends short of the string");
        r.ends = vec![3, 6];
        r.groups = vec![(2, "g".into())];
        assert!(!r.is_sound(), "a group out of range");
        r.groups = Vec::new();
        r.domains = vec![0, 5];
        assert!(!r.is_sound(), "a domain that is none");
        r.domains = vec![0];
        assert!(!r.is_sound(), "a card without its domain");
        r.domains = vec![0, 4];
        r.question_ids = "a/q".into();
        r.question_ends = vec![3];
        assert!(!r.is_sound(), "a question id without its question");
        r.questions = vec![question("a/q")];
        assert!(r.is_sound());
        r.questions = vec![question("a/x")];
        assert!(!r.is_sound(), "another question");
    }
}
