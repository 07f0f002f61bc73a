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

/// Which card or question a Browse row shows: a position in the lists of its `Library`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemOf {
    /// A card (generated drills and missed questions studied as cards included).
    Card(u32),
    /// An exam question that is not a card.
    Question(u32),
}

/// One row of Browse. The words (id, text, tags, services) stay in the cards and questions and
/// are read through the `Library`: a row is small, so a list of every item costs little memory.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Where its words are.
    pub of: ItemOf,
    /// `basic`, `cloze`, `numeric`, `generated` or `question`.
    pub kind: &'static str,
    /// The domain, when known.
    pub domain: Option<Domain>,
    /// The state (questions that are not cards count as new).
    pub state: ItemState,
    /// When due (for sorting), 0 when new.
    pub due: i64,
    /// The text on one line, kept only when it differs from the source text (line breaks or
    /// runs of spaces in the pack, or a generated drill's description).
    line: Option<Box<str>>,
}

/// The cards and questions Browse rows point into, and the services each pack covers.
#[derive(Debug, Clone, Copy)]
pub struct Library<'a> {
    /// Cards, as the rows' `ItemOf::Card` positions count them.
    pub cards: &'a [Box<Card>],
    /// Questions, as `ItemOf::Question` positions count them.
    pub questions: &'a [Question],
    /// Pack id to the services it covers (`"Lambda, API Gateway"`).
    pub services: &'a std::collections::HashMap<String, String>,
}

/// No services: the library of an app without a study session.
static NO_SERVICES: std::sync::LazyLock<std::collections::HashMap<String, String>> =
    std::sync::LazyLock::new(std::collections::HashMap::new);

impl Library<'static> {
    /// A library without cards or questions.
    pub fn empty() -> Library<'static> {
        Library {
            cards: &[],
            questions: &[],
            services: &NO_SERVICES,
        }
    }
}

impl<'a> Library<'a> {
    /// The item's full id.
    pub fn id(&self, item: &Item) -> &'a str {
        match item.of {
            ItemOf::Card(i) => &self.cards[i as usize].id,
            ItemOf::Question(i) => &self.questions[i as usize].id,
        }
    }

    /// The one-line text that is searched and shown.
    pub fn text<'b>(&self, item: &'b Item) -> &'b str
    where
        'a: 'b,
    {
        if let Some(l) = &item.line {
            return l;
        }
        match item.of {
            ItemOf::Card(i) => source_text(&self.cards[i as usize]).unwrap_or(""),
            ItemOf::Question(i) => &self.questions[i as usize].stem,
        }
    }

    /// Its tags.
    pub fn tags(&self, item: &Item) -> &'a [String] {
        match item.of {
            ItemOf::Card(i) => &self.cards[i as usize].tags,
            ItemOf::Question(i) => &self.questions[i as usize].tags,
        }
    }

    /// The AWS service: a question's own, or the services its card's pack covers.
    pub fn service(&self, item: &Item) -> &'a str {
        match item.of {
            ItemOf::Card(i) => self
                .services
                .get(crate::core::content::pack_of(&self.cards[i as usize].id))
                .map_or("", String::as_str),
            ItemOf::Question(i) => &self.questions[i as usize].service,
        }
    }

    /// The pack id.
    pub fn pack(&self, item: &Item) -> &'a str {
        crate::core::content::pack_of(self.id(item))
    }
}

/// The card text a row shows, as written in the pack (`None` for a generated drill).
fn source_text(c: &Card) -> Option<&str> {
    match &c.body {
        CardBody::Basic { front, .. } | CardBody::Numeric { front, .. } => Some(front),
        CardBody::Cloze { text } => Some(text),
        CardBody::Generated { .. } => None,
    }
}

/// The one-line form of `s`, when it is not already one line with single spaces.
fn collapsed(s: &str) -> Option<Box<str>> {
    let single = !s.starts_with(' ')
        && !s.ends_with(' ')
        && !s.contains("  ")
        && !s.contains(|c: char| c.is_whitespace() && c != ' ');
    (!single).then(|| one_line(s).into_boxed_str())
}

/// A Browse row for the card at `pos` of the library's cards.
pub fn card_item(pos: usize, c: &Card, state: Option<&CardState>, now: i64, tomorrow: i64) -> Item {
    let line = match (&c.body, source_text(c)) {
        (CardBody::Generated { generator }, _) => {
            Some(format!("generated drill: {}", generator.key()).into_boxed_str())
        }
        (_, Some(t)) => collapsed(t),
        (_, None) => None,
    };
    Item {
        of: ItemOf::Card(pos as u32),
        kind: c.body.kind(),
        domain: c.domain,
        state: ItemState::of(state, now, tomorrow),
        due: state.map_or(0, |s| s.due),
        line,
    }
}

/// A Browse row for the question at `pos` of the library's questions.
pub fn question_item(
    pos: usize,
    q: &Question,
    state: Option<&CardState>,
    now: i64,
    tomorrow: i64,
) -> Item {
    Item {
        of: ItemOf::Question(pos as u32),
        kind: "question",
        domain: Some(q.domain),
        state: ItemState::of(state, now, tomorrow),
        due: state.map_or(0, |s| s.due),
        line: collapsed(&q.stem),
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
pub fn search(
    items: &[Item],
    lib: &Library,
    query: &str,
    sort: Sort,
    within: Option<&[usize]>,
) -> Vec<Hit> {
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
        match_all(items, lib, &q, &candidates)
    } else {
        let chunk = candidates.len().div_ceil(threads);
        std::thread::scope(|s| {
            let handles: Vec<_> = candidates
                .chunks(chunk)
                .map(|part| {
                    let q = &q;
                    s.spawn(move || match_all(items, lib, q, part))
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
        Sort::Id => hits.sort_by(|a, b| lib.id(&items[a.index]).cmp(lib.id(&items[b.index]))),
        Sort::Due => hits.sort_by_key(|h| {
            let d = items[h.index].due;
            (d == 0, d)
        }),
    }
    hits
}

fn match_all(items: &[Item], lib: &Library, q: &Query, candidates: &[usize]) -> Vec<Hit> {
    let matcher = SkimMatcherV2::default().ignore_case();
    let starts =
        |v: &Option<String>, have: &str| v.as_ref().is_none_or(|v| have.starts_with(v.as_str()));
    let keep = |it: &Item| {
        starts(&q.pack, lib.pack(it))
            && starts(&q.kind, it.kind)
            && starts(&q.state, it.state.key())
            && q.domain
                .as_ref()
                .is_none_or(|d| it.domain.is_some_and(|x| x.key().starts_with(d.as_str())))
            && q.tag.as_ref().is_none_or(|t| {
                lib.tags(it)
                    .iter()
                    .any(|x| x.to_lowercase().starts_with(t.as_str()))
            })
            && q.service.as_ref().is_none_or(|v| {
                lib.service(it)
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
        } else if let Some((score, positions)) = matcher.fuzzy_indices(lib.text(it), &q.words) {
            hits.push(Hit {
                index: i,
                score,
                positions,
            });
        } else if let Some(score) = matcher.fuzzy_match(lib.id(it), &q.words) {
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
    use std::collections::HashMap;

    fn card(id: &str, kind: &str, text: &str) -> Box<Card> {
        let body = match kind {
            "numeric" => CardBody::Numeric {
                front: text.into(),
                answer: 1.0,
                unit: "seconds".into(),
                tolerance: 0.0,
            },
            "cloze" => CardBody::Cloze { text: text.into() },
            _ => CardBody::Basic {
                front: text.into(),
                back: "b".into(),
            },
        };
        Box::new(Card {
            id: id.into(),
            body,
            tags: vec!["limits".into()],
            source: String::new(),
            domain: Some(Domain::Development),
            group: None,
            note: None,
            ko: None,
        })
    }

    fn services() -> HashMap<String, String> {
        [("lambda", "Lambda"), ("s3", "S3"), ("p", "Lambda")]
            .into_iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    fn items(cards: &[Box<Card>], states: &[Option<CardState>]) -> Vec<Item> {
        cards
            .iter()
            .enumerate()
            .map(|(i, c)| card_item(i, c, states.get(i).and_then(|s| s.as_ref()), 0, 1))
            .collect()
    }

    #[test]
    fn filters_and_fuzzy_words_narrow_the_list() {
        let cards = vec![
            card(
                "lambda/timeout",
                "numeric",
                "Longest timeout of a Lambda function?",
            ),
            card("lambda/memory", "cloze", "Memory goes up\nto {{10,240 MB}}"),
            card("s3/size", "numeric", "Largest object size in S3?"),
        ];
        let mut due = CardState::new_card();
        due.phase = Phase::Review;
        let svc = services();
        let lib = Library {
            cards: &cards,
            questions: &[],
            services: &svc,
        };
        let items = items(&cards, &[None, Some(due)]);
        let ids = |q: &str| -> Vec<String> {
            search(&items, &lib, q, Sort::Id, None)
                .iter()
                .map(|h| lib.id(&items[h.index]).to_string())
                .collect()
        };
        assert_eq!(ids("pack:lambda"), vec!["lambda/memory", "lambda/timeout"]);
        assert_eq!(ids("kind:num tmout"), vec!["lambda/timeout"]);
        assert_eq!(ids("state:due"), vec!["lambda/memory"]);
        assert_eq!(ids("tag:lim domain:dev"), ids(""));
        assert_eq!(ids("service:s3"), vec!["s3/size"]);
        let hit = &search(&items, &lib, "lngst", Sort::Relevance, None)[0];
        assert_eq!(lib.id(&items[hit.index]), "lambda/timeout");
        assert_eq!(
            hit.positions.len(),
            5,
            "matched characters are reported for highlighting"
        );
        assert_eq!(
            lib.text(&items[1]),
            "Memory goes up to {{10,240 MB}}",
            "text from a multi-line string is shown on one line"
        );
        assert_eq!(lib.text(&items[0]), "Longest timeout of a Lambda function?");
        assert!(items[0].line.is_none(), "one-line text is not copied");
    }

    #[test]
    fn narrowing_reuses_the_last_hits() {
        assert!(narrows("lam", "lamb"));
        assert!(!narrows("lamb", "lam"));
        assert!(!narrows("", "x"));
        assert!(!narrows("pack", "pack:"));
        let cards: Vec<Box<Card>> = (0..1000)
            .map(|i| card(&format!("p/c{i}"), "basic", &format!("card number {i}")))
            .collect();
        let svc = services();
        let lib = Library {
            cards: &cards,
            questions: &[],
            services: &svc,
        };
        let items = items(&cards, &[]);
        let first = search(&items, &lib, "number 1", Sort::Relevance, None);
        let prev: Vec<usize> = first.iter().map(|h| h.index).collect();
        let narrowed = search(&items, &lib, "number 12", Sort::Relevance, Some(&prev));
        assert_eq!(
            narrowed,
            search(&items, &lib, "number 12", Sort::Relevance, None)
        );
    }
}
