//! Browse's query words in every language: the filters' names (`kind`, `종류`), the kinds and
//! states as the list shows them, and a typed query with them put back into the filter language
//! the core reads (`canonical_query`). Browse, custom study's prompt and `awsdrill study --search`
//! all read queries through here, so `상태:새` means `state:new` wherever a query is typed.

use crate::core::browse::{Aliases, Filter, ItemState, KINDS, canonical};
use crate::core::config::Lang;
use crate::i18n::tr;

/// `q` with the filters' names and values of any language put as the core reads them
/// (`종류:문제` -> `kind:question`); everything else as typed.
pub fn canonical_query(q: &str) -> String {
    canonical(q, aliases())
}

/// The other names a query may use, in every language of the catalog: the filters' names
/// (`종류:`) and the kinds and states as the list shows them (`문제`, `새 카드`).
fn aliases() -> &'static Aliases {
    static ALIASES: std::sync::OnceLock<Aliases> = std::sync::OnceLock::new();
    ALIASES.get_or_init(|| {
        let mut a = Aliases::default();
        for lang in crate::i18n::LANGS {
            for f in Filter::ALL {
                a.filters.push((filter_label(lang, f), f));
            }
            for k in KINDS {
                a.kinds.push((kind_label(lang, k), k));
            }
            for st in ItemState::ALL {
                a.states.push((state_label(lang, st), st));
            }
        }
        a
    })
}

/// A filter's name as `lang` writes it in a query (`kind`, `종류`).
fn filter_label(lang: Lang, f: Filter) -> String {
    tr!(
        lang,
        match f {
            Filter::Pack => "browse-filter-pack",
            Filter::Kind => "browse-filter-kind",
            Filter::State => "browse-filter-state",
            Filter::Domain => "browse-filter-domain",
            Filter::Tag => "browse-filter-tag",
            Filter::Service => "browse-filter-service",
        }
    )
}

/// What an item is (`Item::kind`, the word a query's `kind:` takes) in `lang`.
pub fn kind_label(lang: Lang, kind: &str) -> String {
    let key = match kind {
        "basic" => "browse-kind-basic",
        "cloze" => "browse-kind-cloze",
        "numeric" => "browse-kind-numeric",
        "generated" => "browse-kind-generated",
        "question" => "browse-kind-question",
        _ => return kind.to_string(),
    };
    tr!(lang, key)
}

/// An item's state in `lang` (English: the word a query's `state:` takes).
pub fn state_label(lang: Lang, state: ItemState) -> String {
    tr!(
        lang,
        match state {
            ItemState::New => "browse-state-new",
            ItemState::Learning => "browse-state-learning",
            ItemState::Review => "browse-state-review",
            ItemState::Due => "browse-state-due",
            ItemState::Suspended => "browse-state-suspended",
            ItemState::Leech => "browse-state-leech",
        }
    )
}
