//! Browse: every card and question in one list, narrowed by a query of fuzzy words and filters
//! (`pack:lambda kind:numeric state:due domain:security tag:limits`), sorted by relevance or id.
//! The words are looked for in an item's English text and in its Korean text, Korean also by
//! initial consonants (`ㄹㄷ` finds `람다`: see `hangul`).
//!
//! Pure: the caller passes the items and the time. Narrowing a longer version of the last query
//! only looks at the last matches, which keeps typing fast on large collections.

use crate::core::config::Lang;
use crate::core::content::{BodyView, CardView, Question};
use crate::core::domain::Domain;
use crate::core::scheduler::{CardState, Phase};
use fuzzy_matcher::FuzzyMatcher;
use fuzzy_matcher::skim::SkimMatcherV2;
use hangul::View;

mod hangul;

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
    /// Every state, in the order of the enum.
    pub const ALL: [ItemState; 6] = [
        ItemState::New,
        ItemState::Learning,
        ItemState::Review,
        ItemState::Due,
        ItemState::Suspended,
        ItemState::Leech,
    ];

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

/// One row of Browse. The words (id, texts, tags, services) stay in the cards and questions and
/// are read through the `Library`: a row is small (56 bytes), so a list of every item costs
/// little memory.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Where its words are.
    pub of: ItemOf,
    /// Its position in `KINDS` (`kind`): one byte, not a `&str`'s sixteen.
    kind: u8,
    /// The domain, when known.
    pub domain: Option<Domain>,
    /// The state (questions that are not cards count as new).
    pub state: ItemState,
    /// When due (for sorting), 0 when new.
    pub due: i64,
    /// The texts on one line, kept only where they differ from the source texts (line breaks or
    /// runs of spaces in the pack, or a generated drill's description).
    lines: Option<Box<Lines>>,
    /// The ASCII letters and digits and the Hangul initial consonants in the English text, the
    /// Korean text and the id (`char_mask`): a query with a letter the text lacks cannot match
    /// it, and is rejected without reading the text.
    text_mask: u64,
    ko_mask: u64,
    id_mask: u64,
}

/// An item's texts where they differ from the source texts.
#[derive(Debug, Clone, PartialEq, Default)]
struct Lines {
    en: Option<Box<str>>,
    ko: Option<Box<str>>,
}

/// The bits of `char_mask` for Hangul initial consonants.
const HANGUL_BITS: u64 = ((1 << 19) - 1) << 36;

/// One bit per ASCII letter (either case) and digit that `s` contains, and one per initial
/// consonant of its Hangul syllables and of the consonants written alone (`ㄹ`).
fn char_mask(s: &str) -> u64 {
    s.chars().fold(0, |m, c| match c {
        'a'..='z' => m | 1 << (c as u32 - 'a' as u32),
        'A'..='Z' => m | 1 << (c as u32 - 'A' as u32),
        '0'..='9' => m | 1 << (26 + c as u32 - '0' as u32),
        _ if c.is_ascii() => m,
        _ => hangul::initial(c).map_or(m, |i| m | 1 << (36 + i)),
    })
}

/// The cards and questions Browse rows point into, and the services each pack covers.
#[derive(Debug, Clone, Copy)]
pub struct Library<'a> {
    /// Cards, as the rows' `ItemOf::Card` positions count them.
    pub cards: &'a crate::core::content::CardTable,
    /// Questions, as `ItemOf::Question` positions count them.
    pub questions: &'a [Question],
    /// Pack id to the services it covers (`"Lambda, API Gateway"`).
    pub services: &'a std::collections::HashMap<String, String>,
}

/// No services: the library of an app without a study session.
static NO_SERVICES: std::sync::LazyLock<std::collections::HashMap<String, String>> =
    std::sync::LazyLock::new(std::collections::HashMap::new);

/// No cards: the library of an app without a study session.
static NO_CARDS: std::sync::LazyLock<crate::core::content::CardTable> =
    std::sync::LazyLock::new(crate::core::content::CardTable::default);

impl Library<'static> {
    /// A library without cards or questions.
    pub fn empty() -> Library<'static> {
        Library {
            cards: &NO_CARDS,
            questions: &[],
            services: &NO_SERVICES,
        }
    }
}

impl<'a> Library<'a> {
    /// The item's full id.
    pub fn id(&self, item: &Item) -> &'a str {
        match item.of {
            ItemOf::Card(i) => self.cards.id(i as usize),
            ItemOf::Question(i) => &self.questions[i as usize].id,
        }
    }

    /// The one-line English text that is searched and shown.
    pub fn text<'b>(&self, item: &'b Item) -> &'b str
    where
        'a: 'b,
    {
        if let Some(l) = item.lines.as_ref().and_then(|l| l.en.as_deref()) {
            return l;
        }
        match item.of {
            ItemOf::Card(i) => source_text(self.cards.get(i as usize)).unwrap_or(""),
            ItemOf::Question(i) => &self.questions[i as usize].stem,
        }
    }

    /// The one-line Korean text that is searched and shown, if the item has one.
    pub fn ko_text<'b>(&self, item: &'b Item) -> Option<&'b str>
    where
        'a: 'b,
    {
        if let Some(l) = item.lines.as_ref().and_then(|l| l.ko.as_deref()) {
            return Some(l);
        }
        match item.of {
            ItemOf::Card(i) => ko_source_text(self.cards.get(i as usize)),
            ItemOf::Question(i) => self.questions[i as usize].ko_stem.as_deref(),
        }
    }

    /// The text in `lang`, when the item has it.
    pub fn text_in<'b>(&self, item: &'b Item, lang: Lang) -> Option<&'b str>
    where
        'a: 'b,
    {
        match lang {
            Lang::En => Some(self.text(item)),
            Lang::Ko => self.ko_text(item),
        }
    }

    /// Its tags.
    pub fn tags(&self, item: &Item) -> Vec<&'a str> {
        match item.of {
            ItemOf::Card(i) => self
                .cards
                .get(i as usize)
                .tags
                .iter()
                .map(|t| t.as_str())
                .collect(),
            ItemOf::Question(i) => self.questions[i as usize]
                .tags
                .iter()
                .map(String::as_str)
                .collect(),
        }
    }

    /// The AWS service: a question's own, or the services its card's pack covers.
    pub fn service(&self, item: &Item) -> &'a str {
        match item.of {
            ItemOf::Card(i) => self
                .services
                .get(crate::core::content::pack_of(self.cards.id(i as usize)))
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
fn source_text(c: CardView<'_>) -> Option<&str> {
    match c.body {
        BodyView::Basic { front, .. } | BodyView::Numeric { front, .. } => Some(front),
        BodyView::Cloze { text } => Some(text),
        BodyView::Generated { .. } => None,
    }
}

/// The card's Korean text a row shows, as written in the pack, if it has one.
fn ko_source_text(c: CardView<'_>) -> Option<&str> {
    let ko = c.ko?;
    match c.body {
        BodyView::Basic { .. } | BodyView::Numeric { .. } => ko.front.as_deref(),
        BodyView::Cloze { .. } => ko.text.as_deref(),
        BodyView::Generated { .. } => None,
    }
}

/// The lines of an item whose English text is `en` (`Err`: a line made for the row, always kept)
/// and Korean text `ko`; none when both are one line as written.
fn lines(en: Result<&str, Box<str>>, ko: Option<&str>) -> Option<Box<Lines>> {
    let l = Lines {
        en: en.map_or_else(Some, collapsed),
        ko: ko.and_then(collapsed),
    };
    (l != Lines::default()).then(|| Box::new(l))
}

/// The one-line form of `s`, when it is not already one line with single spaces.
fn collapsed(s: &str) -> Option<Box<str>> {
    let single = !s.starts_with(' ')
        && !s.ends_with(' ')
        && !s.contains("  ")
        && !s.contains(|c: char| c.is_whitespace() && c != ' ');
    (!single).then(|| one_line(s).into_boxed_str())
}

/// The words of a generated drill's Browse row (made at the edge: `calc_text::drills::row`).
pub type GeneratedRow =
    fn(crate::core::config::Lang, crate::core::calc::drills::GeneratorKind) -> String;

/// A Browse row for the card at `pos` of the library's cards; a generated drill's row says
/// `generated` of its kind.
pub fn card_item(
    pos: usize,
    c: CardView<'_>,
    state: Option<&CardState>,
    (now, tomorrow): (i64, i64),
    generated: GeneratedRow,
) -> Item {
    let en = match c.body {
        // The row is found by its English words, as the cards' own text is.
        BodyView::Generated { generator } => {
            Err(generated(crate::core::config::Lang::En, generator).into_boxed_str())
        }
        _ => Ok(source_text(c).unwrap_or("")),
    };
    let text_mask = char_mask(match &en {
        Ok(t) => t,
        Err(l) => l,
    });
    let ko = ko_source_text(c);
    Item {
        of: ItemOf::Card(pos as u32),
        kind: match c.body {
            BodyView::Basic { .. } => 0,
            BodyView::Cloze { .. } => 1,
            BodyView::Numeric { .. } => 2,
            BodyView::Generated { .. } => 3,
        },
        domain: c.domain,
        state: ItemState::of(state, now, tomorrow),
        due: state.map_or(0, |s| s.due),
        lines: lines(en, ko),
        text_mask,
        ko_mask: ko.map_or(0, char_mask),
        id_mask: char_mask(c.id),
    }
}

impl Item {
    /// `basic`, `cloze`, `numeric`, `generated` or `question`.
    pub fn kind(&self) -> &'static str {
        KINDS[usize::from(self.kind)]
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
        kind: 4,
        domain: Some(q.domain),
        state: ItemState::of(state, now, tomorrow),
        due: state.map_or(0, |s| s.due),
        lines: lines(Ok(&q.stem), q.ko_stem.as_deref()),
        text_mask: char_mask(&q.stem),
        ko_mask: q.ko_stem.as_deref().map_or(0, char_mask),
        id_mask: char_mask(&q.id),
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

/// A filter a query can hold (`kind:numeric`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    /// `pack:`.
    Pack,
    /// `kind:`.
    Kind,
    /// `state:`.
    State,
    /// `domain:`.
    Domain,
    /// `tag:`.
    Tag,
    /// `service:`.
    Service,
}

impl Filter {
    /// Every filter, in the order the hint lists them.
    pub const ALL: [Filter; 6] = [
        Filter::Pack,
        Filter::Kind,
        Filter::State,
        Filter::Domain,
        Filter::Service,
        Filter::Tag,
    ];

    /// Its name in a query, as the parser reads it (`kind`).
    pub fn key(self) -> &'static str {
        match self {
            Filter::Pack => "pack",
            Filter::Kind => "kind",
            Filter::State => "state",
            Filter::Domain => "domain",
            Filter::Tag => "tag",
            Filter::Service => "service",
        }
    }
}

/// The kinds of item as a query names them (`kind:`): a card's body or an exam question.
pub const KINDS: [&str; 5] = ["basic", "cloze", "numeric", "generated", "question"];

/// Other names a query may use: the names of the filters and the words the list shows for kinds
/// and states in another language (`종류:문제`, `상태:새`). The edge gives them, from the catalog.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Aliases {
    /// Another name of a filter.
    pub filters: Vec<(String, Filter)>,
    /// A kind as the list shows it, and the kind (one of `KINDS`).
    pub kinds: Vec<(String, &'static str)>,
    /// A state as the list shows it, and the state.
    pub states: Vec<(String, ItemState)>,
}

/// The query with its aliases written as the parser reads them (`종류:문제 람다` becomes
/// `kind:question 람다`): the search, the highlighting and `narrows` then read one form. A value
/// is the start of what the list shows (spaces left out: `상태:새카드`); when it starts the names of
/// several kinds or states, it becomes the start their keys share. Other words stay as typed.
pub fn canonical(q: &str, aliases: &Aliases) -> String {
    let squeeze = |s: &str| s.split_whitespace().collect::<String>().to_lowercase();
    let value_of = |names: &mut dyn Iterator<Item = (&String, &'static str)>, v: &str| {
        let v = squeeze(v);
        let keys: Vec<&str> = names
            .filter(|(name, _)| squeeze(name).starts_with(&v))
            .map(|(_, key)| key)
            .collect();
        let first = keys.first()?;
        let shared = keys.iter().fold(first.len(), |n, k| {
            first
                .bytes()
                .zip(k.bytes())
                .take(n)
                .take_while(|(a, b)| a == b)
                .count()
        });
        Some(first[..shared].to_string())
    };
    q.split_whitespace()
        .map(|w| {
            let Some((name, v)) = w.split_once(':') else {
                return w.to_string();
            };
            let lower = name.to_lowercase();
            let filter = Filter::ALL
                .into_iter()
                .find(|f| f.key() == lower)
                .or_else(|| {
                    aliases
                        .filters
                        .iter()
                        .find(|(a, _)| a.to_lowercase() == lower)
                        .map(|(_, f)| *f)
                });
            let Some(filter) = filter else {
                return w.to_string();
            };
            let lower_v = v.to_lowercase();
            let english = |keys: &[&str]| keys.iter().any(|k| k.starts_with(&lower_v));
            let states = ItemState::ALL.map(ItemState::key);
            let value = match filter {
                Filter::Kind if !english(&KINDS) => {
                    value_of(&mut aliases.kinds.iter().map(|(n, k)| (n, *k)), v)
                }
                Filter::State if !english(&states) => {
                    value_of(&mut aliases.states.iter().map(|(n, s)| (n, s.key())), v)
                }
                _ => None,
            };
            format!("{}:{}", filter.key(), value.as_deref().unwrap_or(v))
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Splits a query into filters and fuzzy words (aliases are read by `canonical` first).
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

/// A match: the item's index and its score. Which characters matched is worked out only for
/// the rows on screen (`matched_positions`): the search itself needs only the score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// Index into the items (`u32`: a hit is 8 bytes, and a search over 50,000 items that all
    /// match keeps two lists of them at once, the last hits and the new ones).
    pub index: u32,
    /// Fuzzy score (0 without words).
    pub score: i32,
}

impl Hit {
    /// The index into the items, as an index.
    pub fn at(self) -> usize {
        self.index as usize
    }
}

/// The text a row shows and the characters the query's words match in it (for highlighting).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shown<'b> {
    /// The text, on one line.
    pub text: &'b str,
    /// Its language.
    pub lang: Lang,
    /// The character positions the words match (empty when only the id matched or there are no
    /// words).
    pub positions: Vec<usize>,
}

/// What the row of `item` shows for `query` when the content is shown in `lang`: the text in
/// `lang` (English where the item has no Korean), unless the words match only the text in the
/// other language, which is then shown with what they matched in it. So a Korean query shows the
/// Korean line, and an English query shows the English line unless the content is Korean.
pub fn shown<'a: 'b, 'b>(lib: &Library<'a>, item: &'b Item, query: &str, lang: Lang) -> Shown<'b> {
    let words = parse_query(query).words;
    let first = match lib.text_in(item, lang) {
        Some(_) => lang,
        None => Lang::En,
    };
    if !words.is_empty() {
        let view = View::of(&words);
        let matcher = SkimMatcherV2::default().ignore_case();
        let mut buf = String::new();
        let other = match first {
            Lang::En => Lang::Ko,
            Lang::Ko => Lang::En,
        };
        for l in [first, other] {
            let Some(text) = lib.text_in(item, l) else {
                continue;
            };
            if let Some((_, p)) = matcher.fuzzy_indices(view.read(text, true, &mut buf), &words) {
                return Shown {
                    text,
                    lang: l,
                    positions: view.text_positions(text, p),
                };
            }
        }
    }
    Shown {
        text: lib.text_in(item, first).unwrap_or_default(),
        lang: first,
        positions: Vec::new(),
    }
}

/// Filters, matches and sorts. `within` limits the search to earlier hits (when the new query
/// only narrows the old one). Large searches are split over the machine's cores.
pub fn search(
    items: &[Item],
    lib: &Library,
    query: &str,
    sort: Sort,
    within: Option<&[u32]>,
) -> Vec<Hit> {
    let mut s = Search::new(items, query, sort, within.map(<[u32]>::to_vec));
    while !s.step(items, lib, usize::MAX) {}
    s.finish(items, lib)
}

/// A search done a slice at a time, so that a screen can draw between slices: with tens of
/// thousands of items that all match a long query, matching takes longer than a frame.
#[derive(Debug, Clone)]
pub struct Search {
    query: Query,
    sort: Sort,
    /// The earlier hits searched within, or `None` for all items (`0..all`).
    candidates: Option<Vec<u32>>,
    all: usize,
    next: usize,
    hits: Vec<Hit>,
}

impl Search {
    /// A search of `query` over `items` (or over the `within` earlier hits' indices).
    pub fn new(items: &[Item], query: &str, sort: Sort, within: Option<Vec<u32>>) -> Search {
        Search {
            query: parse_query(query),
            sort,
            candidates: within,
            all: items.len(),
            next: 0,
            hits: Vec::new(),
        }
    }

    /// How many candidates there are.
    fn len(&self) -> usize {
        self.candidates.as_ref().map_or(self.all, Vec::len)
    }

    /// How many candidates are looked at, and how many of them so far.
    pub fn progress(&self) -> (usize, usize) {
        (self.next, self.len())
    }

    /// Looks at up to `max` more candidates (on every core when there are more than 2,048); true
    /// when all have been looked at.
    pub fn step(&mut self, items: &[Item], lib: &Library, max: usize) -> bool {
        let end = self.len().min(self.next.saturating_add(max));
        let part = match &self.candidates {
            Some(c) => Candidates::Some(&c[self.next..end]),
            None => Candidates::All(self.next as u32..end as u32),
        };
        let threads = if part.len() > 2_048 {
            std::thread::available_parallelism()
                .map_or(1, |n| n.get())
                .min(8)
        } else {
            1
        };
        let q = &self.query;
        if threads == 1 {
            self.hits.extend(match_all(items, lib, q, part));
        } else {
            let chunk = part.len().div_ceil(threads);
            let found: Vec<Vec<Hit>> = std::thread::scope(|s| {
                let handles: Vec<_> = part
                    .chunks(chunk)
                    .into_iter()
                    .map(|c| s.spawn(move || match_all(items, lib, q, c)))
                    .collect();
                handles
                    .into_iter()
                    .map(|h| h.join().unwrap_or_default())
                    .collect()
            });
            // Reserved at once: extending from the flattened parts would grow the list by
            // doubling, up to twice the memory of the hits.
            self.hits.reserve(found.iter().map(Vec::len).sum());
            for f in found {
                self.hits.extend(f);
            }
        }
        self.next = end;
        self.next == self.len()
    }

    /// The hits, sorted.
    pub fn finish(mut self, items: &[Item], lib: &Library) -> Vec<Hit> {
        match self.sort {
            Sort::Relevance => self
                .hits
                .sort_by(|a, b| b.score.cmp(&a.score).then(a.index.cmp(&b.index))),
            Sort::Id => self
                .hits
                .sort_by(|a, b| lib.id(&items[a.at()]).cmp(lib.id(&items[b.at()]))),
            Sort::Due => self.hits.sort_by_key(|h| {
                let d = items[h.at()].due;
                (d == 0, d)
            }),
        }
        self.hits
    }
}

/// The candidates of one slice of a search: a run of all the items, or earlier hits.
#[derive(Debug, Clone)]
enum Candidates<'a> {
    All(std::ops::Range<u32>),
    Some(&'a [u32]),
}

impl Candidates<'_> {
    fn len(&self) -> usize {
        match self {
            Candidates::All(r) => r.len(),
            Candidates::Some(s) => s.len(),
        }
    }

    /// The candidates in parts of `n`.
    fn chunks(&self, n: usize) -> Vec<Candidates<'_>> {
        match self {
            Candidates::All(r) => (r.start..r.end)
                .step_by(n)
                .map(|s| Candidates::All(s..(s + n as u32).min(r.end)))
                .collect(),
            Candidates::Some(s) => s.chunks(n).map(Candidates::Some).collect(),
        }
    }

    fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        let (all, some) = match self {
            Candidates::All(r) => (Some(r.clone()), None),
            Candidates::Some(s) => (None, Some(s.iter().copied())),
        };
        all.into_iter().flatten().chain(some.into_iter().flatten())
    }
}

fn match_all(items: &[Item], lib: &Library, q: &Query, candidates: Candidates) -> Vec<Hit> {
    let matcher = SkimMatcherV2::default().ignore_case();
    let starts =
        |v: &Option<String>, have: &str| v.as_ref().is_none_or(|v| have.starts_with(v.as_str()));
    let keep = |it: &Item| {
        starts(&q.pack, lib.pack(it))
            && starts(&q.kind, it.kind())
            && starts(&q.state, it.state.key())
            && q.domain
                .as_ref()
                .is_none_or(|d| it.domain.is_some_and(|x| x.key().starts_with(d.as_str())))
            && q.tag.as_ref().is_none_or(|t| {
                lib.tags(it)
                    .into_iter()
                    .any(|x| x.to_lowercase().starts_with(t.as_str()))
            })
            && q.service.as_ref().is_none_or(|v| {
                lib.service(it)
                    .to_lowercase()
                    .split([' ', ',', '/'])
                    .any(|w| w.starts_with(v.as_str()))
            })
    };
    let need = char_mask(&q.words);
    let view = View::of(&q.words);
    // The view of the text being matched (one buffer for all, written only for Hangul texts).
    let mut buf = String::new();
    let mut score = |text: &str, mask: u64| {
        matcher.fuzzy_match(view.read(text, mask & HANGUL_BITS != 0, &mut buf), &q.words)
    };
    // A text is read only when its letters pass the filter.
    let passes = |mask: u64| mask & need == need;
    let mut hits = Vec::new();
    for i in candidates.iter() {
        let it = &items[i as usize];
        if !keep(it) {
            continue;
        }
        if q.words.is_empty() {
            hits.push(Hit { index: i, score: 0 });
            continue;
        }
        // Ranked by the English text when it matches (English queries rank as they did before
        // Korean was searched), else by the Korean text, else at half score by the id.
        let mut found = None;
        if passes(it.text_mask) {
            found = score(lib.text(it), it.text_mask);
        }
        if found.is_none()
            && passes(it.ko_mask)
            && let Some(ko) = lib.ko_text(it)
        {
            found = score(ko, it.ko_mask);
        }
        if found.is_none() && passes(it.id_mask) {
            found = score(lib.id(it), it.id_mask).map(|s| s / 2);
        }
        if let Some(score) = found {
            // Scores are a few hundred at most; clamped rather than wrapped if ever larger.
            let score = score.clamp(i32::MIN.into(), i32::MAX.into()) as i32;
            hits.push(Hit { index: i, score });
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
mod tests;
