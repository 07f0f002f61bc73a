//! Browse: every card and question in one list, narrowed by a query of fuzzy words and filters
//! (`pack:lambda kind:numeric state:due domain:security tag:limits`), sorted by relevance or id.
//!
//! Pure: the caller passes the items and the time. Narrowing a longer version of the last query
//! only looks at the last matches, which keeps typing fast on large collections.

use crate::core::content::{Card, CardBody, Question};
use crate::core::domain::Domain;
use crate::core::scheduler::{CardState, Phase};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;

/// The scheduling state of an item, as Browse filters it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemState {
    /// Never studied (and every exam question that is not a card).
    New,
    /// In learning or relearning steps.
    Learning,
    /// In review, not due today.
    Review,
    /// Due now or today.
    Due,
    /// Suspended.
    Suspended,
    /// A leech (also suspended, unless the user unsuspended it).
    Leech,
}

impl ItemState {
    /// The word used in queries and shown in the list.
    pub fn key(self) -> &'static str {
        match self {
            ItemState::New => "new",
            ItemState::Learning => "learning",
            ItemState::Review => "review",
            ItemState::Due => "due",
            ItemState::Suspended => "suspended",
            ItemState::Leech => "leech",
        }
    }

    /// The state of a card at `now`, when the next study day starts at `tomorrow`.
    pub fn of(state: Option<&CardState>, now: i64, tomorrow: i64) -> ItemState {
        match state {
            None => ItemState::New,
            Some(s) if s.leech => ItemState::Leech,
            Some(s) if s.suspended => ItemState::Suspended,
            Some(s) => match s.phase {
                Phase::New => ItemState::New,
                _ if s.due <= now || (s.phase == Phase::Review && s.due < tomorrow) => {
                    ItemState::Due
                }
                Phase::Learning | Phase::Relearning => ItemState::Learning,
                Phase::Review => ItemState::Review,
            },
        }
    }
}

/// One row of Browse.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Full id.
    pub id: String,
    /// The pack id.
    pub pack: String,
    /// `basic`, `cloze`, `numeric`, `generated` or `question`.
    pub kind: &'static str,
    /// The domain, when known.
    pub domain: Option<Domain>,
    /// The AWS service: a question's own, or the services its card's pack covers.
    pub service: String,
    /// Tags.
    pub tags: Vec<String>,
    /// The one-line text that is searched and shown.
    pub text: String,
    /// The state (questions that are not cards count as new).
    pub state: ItemState,
    /// When due (for sorting), 0 when new.
    pub due: i64,
}

/// A Browse row for a card of a pack that covers `services`.
pub fn card_item(
    c: &Card,
    services: &str,
    state: Option<&CardState>,
    now: i64,
    tomorrow: i64,
) -> Item {
    let text = match &c.body {
        CardBody::Basic { front, .. } | CardBody::Numeric { front, .. } => front.clone(),
        CardBody::Cloze { text } => text.clone(),
        CardBody::Generated { generator } => format!("generated drill: {}", generator.key()),
    };
    Item {
        id: c.id.clone(),
        pack: crate::core::content::pack_of(&c.id).to_string(),
        kind: c.body.kind(),
        domain: c.domain,
        service: services.to_string(),
        tags: c.tags.clone(),
        text: one_line(&text),
        state: ItemState::of(state, now, tomorrow),
        due: state.map_or(0, |s| s.due),
    }
}

/// A Browse row for an exam question.
pub fn question_item(q: &Question, state: Option<&CardState>, now: i64, tomorrow: i64) -> Item {
    Item {
        id: q.id.clone(),
        pack: crate::core::content::pack_of(&q.id).to_string(),
        kind: "question",
        domain: Some(q.domain),
        service: q.service.clone(),
        tags: q.tags.clone(),
        text: one_line(&q.stem),
        state: ItemState::of(state, now, tomorrow),
        due: state.map_or(0, |s| s.due),
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How the list is sorted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Best match first (file order without a query).
    #[default]
    Relevance,
    /// By id.
    Id,
    /// Soonest due first (new last).
    Due,
}

impl Sort {
    /// The next sort order.
    pub fn next(self) -> Sort {
        match self {
            Sort::Relevance => Sort::Id,
            Sort::Id => Sort::Due,
            Sort::Due => Sort::Relevance,
        }
    }

    /// Its name.
    pub fn label(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Id => "id",
            Sort::Due => "due date",
        }
    }
}

/// A parsed query: filters and the fuzzy words.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    /// `pack:` values.
    pub pack: Option<String>,
    /// `kind:`.
    pub kind: Option<String>,
    /// `state:`.
    pub state: Option<String>,
    /// `domain:`.
    pub domain: Option<String>,
    /// `tag:`.
    pub tag: Option<String>,
    /// `service:`.
    pub service: Option<String>,
    /// Everything else, matched fuzzily.
    pub words: String,
}

/// Splits a query into filters and fuzzy words.
pub fn parse_query(q: &str) -> Query {
    let mut out = Query::default();
    let mut words = Vec::new();
    for w in q.split_whitespace() {
        match w.split_once(':') {
            Some(("pack", v)) => out.pack = Some(v.to_lowercase()),
            Some(("kind", v)) => out.kind = Some(v.to_lowercase()),
            Some(("state", v)) => out.state = Some(v.to_lowercase()),
            Some(("domain", v)) => out.domain = Some(v.to_lowercase()),
            Some(("tag", v)) => out.tag = Some(v.to_lowercase()),
            Some(("service", v)) => out.service = Some(v.to_lowercase()),
            _ => words.push(w),
        }
    }
    out.words = words.join(" ");
    out
}

/// A match: the item's index, its score and the matched character positions in its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// Index into the items.
    pub index: usize,
    /// Fuzzy score (0 without words).
    pub score: i64,
    /// Character positions of `text` that matched.
    pub positions: Vec<usize>,
}

/// Filters, matches and sorts. `within` limits the search to earlier hits (when the new query
/// only narrows the old one). Large searches are split over the machine's cores.
pub fn search(items: &[Item], query: &str, sort: Sort, within: Option<&[usize]>) -> Vec<Hit> {
    let q = parse_query(query);
    let candidates: Vec<usize> = match within {
        Some(prev) => prev.to_vec(),
        None => (0..items.len()).collect(),
    };
    let threads = if candidates.len() > 8_000 {
        std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(8)
    } else {
        1
    };
    let mut hits: Vec<Hit> = if threads == 1 {
        match_all(items, &q, &candidates)
    } else {
        let chunk = candidates.len().div_ceil(threads);
        std::thread::scope(|s| {
            let handles: Vec<_> = candidates
                .chunks(chunk)
                .map(|part| {
                    let q = &q;
                    s.spawn(move || match_all(items, q, part))
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_default())
                .collect()
        })
    };
    match sort {
        Sort::Relevance => hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.index.cmp(&b.index))),
        Sort::Id => hits.sort_by(|a, b| items[a.index].id.cmp(&items[b.index].id)),
        Sort::Due => hits.sort_by_key(|h| {
            let d = items[h.index].due;
            (d == 0, d)
        }),
    }
    hits
}

fn match_all(items: &[Item], q: &Query, candidates: &[usize]) -> Vec<Hit> {
    let matcher = SkimMatcherV2::default().ignore_case();
    let starts =
        |v: &Option<String>, have: &str| v.as_ref().is_none_or(|v| have.starts_with(v.as_str()));
    let keep = |it: &Item| {
        starts(&q.pack, &it.pack)
            && starts(&q.kind, it.kind)
            && starts(&q.state, it.state.key())
            && q.domain
                .as_ref()
                .is_none_or(|d| it.domain.is_some_and(|x| x.key().starts_with(d.as_str())))
            && q.tag.as_ref().is_none_or(|t| {
                it.tags
                    .iter()
                    .any(|x| x.to_lowercase().starts_with(t.as_str()))
            })
            && q.service.as_ref().is_none_or(|v| {
                it.service
                    .to_lowercase()
                    .split([' ', ',', '/'])
                    .any(|w| w.starts_with(v.as_str()))
            })
    };
    let mut hits = Vec::new();
    for &i in candidates {
        let it = &items[i];
        if !keep(it) {
            continue;
        }
        if q.words.is_empty() {
            hits.push(Hit {
                index: i,
                score: 0,
                positions: Vec::new(),
            });
        } else if let Some((score, positions)) = matcher.fuzzy_indices(&it.text, &q.words) {
            hits.push(Hit {
                index: i,
                score,
                positions,
            });
        } else if let Some(score) = matcher.fuzzy_match(&it.id, &q.words) {
            hits.push(Hit {
                index: i,
                score: score / 2,
                positions: Vec::new(),
            });
        }
    }
    hits
}

/// Whether `new` only narrows `old` (so the old hits can be searched instead of everything).
pub fn narrows(old: &str, new: &str) -> bool {
    !old.is_empty()
        && new.starts_with(old)
        && !new[old.len()..].contains(':')
        && !old.ends_with(':')
        && parse_query(old).words.split_whitespace().count()
            <= parse_query(new).words.split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: &str, kind: &'static str, text: &str, state: ItemState) -> Item {
        Item {
            id: id.into(),
            pack: id.split('/').next().unwrap().into(),
            kind,
            domain: Some(Domain::Development),
            service: if id.starts_with("s3") {
                "S3".into()
            } else {
                "Lambda".into()
            },
            tags: vec!["limits".into()],
            text: text.into(),
            state,
            due: 0,
        }
    }

    #[test]
    fn filters_and_fuzzy_words_narrow_the_list() {
        let items = vec![
            item(
                "lambda/timeout",
                "numeric",
                "Longest timeout of a Lambda function?",
                ItemState::New,
            ),
            item(
                "lambda/memory",
                "cloze",
                "Memory goes up to 10,240 MB",
                ItemState::Due,
            ),
            item(
                "s3/size",
                "numeric",
                "Largest object size in S3?",
                ItemState::Review,
            ),
        ];
        let ids = |q: &str| -> Vec<String> {
            search(&items, q, Sort::Id, None)
                .iter()
                .map(|h| items[h.index].id.clone())
                .collect()
        };
        assert_eq!(ids("pack:lambda"), vec!["lambda/memory", "lambda/timeout"]);
        assert_eq!(ids("kind:num tmout"), vec!["lambda/timeout"]);
        assert_eq!(ids("state:due"), vec!["lambda/memory"]);
        assert_eq!(ids("tag:lim domain:dev"), ids(""));
        assert_eq!(ids("service:s3"), vec!["s3/size"]);
        let hit = &search(&items, "lngst", Sort::Relevance, None)[0];
        assert_eq!(items[hit.index].id, "lambda/timeout");
        assert_eq!(
            hit.positions.len(),
            5,
            "matched characters are reported for highlighting"
        );
    }

    #[test]
    fn narrowing_reuses_the_last_hits() {
        assert!(narrows("lam", "lamb"));
        assert!(!narrows("lamb", "lam"));
        assert!(!narrows("", "x"));
        assert!(!narrows("pack", "pack:"));
        let items: Vec<Item> = (0..1000)
            .map(|i| {
                item(
                    &format!("p/c{i}"),
                    "basic",
                    &format!("card number {i}"),
                    ItemState::New,
                )
            })
            .collect();
        let first = search(&items, "number 1", Sort::Relevance, None);
        let prev: Vec<usize> = first.iter().map(|h| h.index).collect();
        let narrowed = search(&items, "number 12", Sort::Relevance, Some(&prev));
        assert_eq!(narrowed, search(&items, "number 12", Sort::Relevance, None));
    }
}
