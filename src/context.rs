//! What a command needs before it starts: paths, settings, the store and the packs, with errors that
//! say what to do. Shared by the TUI and the subcommands.

use crate::config_file::load_config;
use crate::core::config::Config;
use crate::i18n::tr;
use crate::pack_cache::Detail;
use crate::packs::{self, LoadedPacks};
use crate::paths::Paths;
use crate::store::{StartCheck, StateRows, Store};
use crate::study::Deck;
use anyhow::{Result, bail};
use std::path::PathBuf;

/// Where a command finds its data: the global options of the command line, without the command
/// line itself (so that the app and every subcommand open the same way).
#[derive(Debug, Clone, Default)]
pub struct OpenOptions {
    /// The data directory instead of the default.
    pub data_dir: Option<PathBuf>,
    /// The settings file instead of the default.
    pub config: Option<PathBuf>,
    /// More pack files or folders to load.
    pub packs: Vec<PathBuf>,
    /// Start with a new store although the store is missing or empty and backups exist.
    pub new_store: bool,
    /// The content language instead of the settings' `language` (`--lang`).
    pub lang: Option<crate::core::config::Language>,
}

/// How to open the full-screen app (the binary's `main` runs it).
#[derive(Debug, Clone, Default)]
pub struct Launch {
    /// Where the data is.
    pub open: OpenOptions,
    /// An exam to start at once: the blueprint, the mode and the draw's seed.
    pub exam: Option<(
        crate::core::exam::blueprint::Blueprint,
        crate::exam_run::Mode,
        u64,
    )>,
    /// A custom study to start at once (`awsdrill study`).
    pub custom: Option<crate::core::custom::Filter>,
    /// Draw the first frame off screen and exit (the start-up measurement).
    pub first_frame_and_exit: bool,
}

/// Everything opened.
pub struct Context {
    /// Locations.
    pub paths: Paths,
    /// Settings.
    pub config: Config,
    /// The open store.
    pub store: Store,
    /// The reports of every pack file read. The valid packs themselves have gone into `deck`.
    pub packs: LoadedPacks,
    /// The valid packs' cards in study order, indexed (built while the card states were read).
    pub deck: Deck,
    /// The data directory's lock, when this command writes (the app, import, restore).
    pub lock: Option<crate::paths::DataLock>,
    /// A command that only reads found no store yet (no file, or an empty one): `store` is an
    /// empty store in memory, and nothing was created on disk (`open_reading`).
    pub no_store_yet: bool,
    /// Every card state, read from the store while the packs loaded (for `into_study`), and the
    /// store's change count then: a write through `store` in between makes them stale.
    states: Option<(StateRows, u64)>,
    /// Loads the whole deck, when the app's first frame is drawn from the packs' rosters
    /// (`Study::from_roster`).
    text_later: Option<crate::study::LoadDeck>,
    /// Home's streak being read on a connection of its own, and for which study day
    /// (`open_exclusive_without_backup`).
    streak_ahead: Option<crate::study::StreakAhead>,
    /// How much of the packs was loaded: with `Detail::Ids` the valid packs and their rosters
    /// stay in `packs` (no deck is built).
    detail: Detail,
}

/// How much of the packs a command loads.
#[derive(Debug, Clone, Copy)]
enum Want {
    /// This much, always.
    Packs(Detail),
    /// What the app's first frame needs: the rosters (`Detail::Ids`: ids, groups, domains, so
    /// also the readiness Home shows with an exam date); the catalog of the app's words is read on
    /// a thread meanwhile.
    FirstFrame,
}

impl OpenOptions {
    /// The language of the app's own words for a command: `--lang`, else the settings'
    /// `language` (when the settings file can be read), else `auto` (the environment's locale).
    /// Commands that open no store (`calc`, `decode`, `lint`) use it; a settings file that cannot
    /// be read is reported by the commands that need it, not here.
    pub fn ui_lang(&self) -> crate::core::config::Lang {
        let language = self.lang.unwrap_or_else(|| {
            Paths::resolve(
                crate::core::config::Lang::En,
                self.data_dir.as_deref(),
                self.config.as_deref(),
            )
            .ok()
            .and_then(|p| load_config(crate::core::config::Lang::En, &p).ok())
            .map(|c| c.language)
            .unwrap_or(crate::core::config::Language::Auto)
        });
        language.resolve(|k| std::env::var(k).ok())
    }
}

impl Context {
    /// The language of the app's own words: the settings' `language` (after `--lang`), resolved
    /// with the environment's locale when it is `auto`.
    pub fn ui_lang(&self) -> crate::core::config::Lang {
        self.config.language.resolve(|k| std::env::var(k).ok())
    }

    /// Resolves paths, reads settings, opens the store and loads the packs.
    pub fn open(opts: &OpenOptions) -> Result<Context> {
        Self::open_with(opts, Detail::Full)
    }

    /// `open`, loading only the packs' outlines when `detail` says so (commands that count and
    /// schedule but show no card text).
    pub fn open_with(opts: &OpenOptions, detail: Detail) -> Result<Context> {
        Self::open_inner(opts, Want::Packs(detail), StartCheck::Now, true, &|_, _| {})
    }

    /// `open_with` for commands that never write the store (`due`, `stats`, `exam draw`, `exam
    /// history`): the store's quick check at start is skipped (see `Store::open_for_reading`), and
    /// on a data directory with no store yet nothing is created (`no_store_yet`).
    pub fn open_reading(opts: &OpenOptions, detail: Detail) -> Result<Context> {
        Self::open_inner(
            opts,
            Want::Packs(detail),
            StartCheck::Skip,
            false,
            &|_, _| {},
        )
    }

    /// `open_reading`, calling `ahead` with the store and the settings as soon as the store is
    /// open, before the packs and states load (to start reading something else meanwhile, as
    /// `stats` reads its window of answers).
    pub fn open_reading_ahead(
        opts: &OpenOptions,
        detail: Detail,
        ahead: &dyn Fn(&Store, &Config),
    ) -> Result<Context> {
        Self::open_inner(opts, Want::Packs(detail), StartCheck::Skip, false, ahead)
    }

    /// `open_reading` with the store's quick check at start (`export`, which reads every row).
    pub fn open_reading_checked(opts: &OpenOptions) -> Result<Context> {
        Self::open_inner(
            opts,
            Want::Packs(Detail::Outline),
            StartCheck::Now,
            false,
            &|_, _| {},
        )
    }

    fn open_inner(
        opts: &OpenOptions,
        want: Want,
        check: StartCheck,
        create: bool,
        ahead: &dyn Fn(&Store, &Config),
    ) -> Result<Context> {
        // The settings are not read yet: their errors are said in `--lang`'s language, else the
        // environment's.
        let lang = opts
            .lang
            .unwrap_or(crate::core::config::Language::Auto)
            .resolve(|k| std::env::var(k).ok());
        let paths = Paths::resolve(lang, opts.data_dir.as_deref(), opts.config.as_deref())?;
        if !opts.new_store {
            refuse_lost_store(lang, &paths)?;
        }
        // A command that only reads creates nothing: without a store it answers for an empty one,
        // kept in memory, and neither the store, the data directory nor the pack cache is written.
        // `--new-store` asks for a store, so it is made.
        let no_store_yet = !create && !opts.new_store && store_is_absent(&paths);
        if !no_store_yet {
            paths.ensure_dirs(lang)?;
        }
        let mut config = load_config(lang, &paths)?;
        if let Some(lang) = opts.lang {
            config.language = lang;
        }
        let lang = config.language.resolve(|k| std::env::var(k).ok());
        let detail = match want {
            Want::Packs(detail) => detail,
            Want::FirstFrame => {
                // The app's first frame needs the catalog: it is read while the store and packs
                // open.
                crate::i18n::prepare(lang);
                Detail::Ids
            }
        };
        let opened = if no_store_yet {
            Store::open_in_memory()
        } else {
            Store::open_with(&paths.store, check)
        };
        let mut store = opened.map_err(|e| crate::backup::with_restore_hint(lang, e, &paths))?;
        if !no_store_yet {
            store.keep_state_snapshot(&paths.cache_dir);
        }
        ahead(&store, &config);
        // The packs folder is made with the data directory; until then there are none of its packs.
        let mut user = Vec::new();
        if !no_store_yet || paths.packs_dir.exists() {
            user.push(paths.packs_dir.clone());
        }
        user.extend(opts.packs.iter().cloned());
        let cache = if no_store_yet {
            crate::pack_cache::PackCache::reading(&paths.cache_dir)
        } else {
            crate::pack_cache::PackCache::new(&paths.cache_dir)
        };
        // The card states are read on one thread while the packs load on the others and are put
        // in study order: on a large collection the two take about as long.
        let (store, states, packs, deck) = std::thread::scope(|s| {
            let reader = s.spawn(move || {
                let states = store.card_states().map(|st| (st, store.total_changes()));
                (store, states)
            });
            let mut packs = match detail {
                Detail::Full => packs::load_deck(lang, true, &user, Some(&cache)),
                _ => packs::load(lang, true, &user, Some(&cache), detail),
            };
            // With only the ids the packs stay in `packs` for a `DueDeck` (no cards to order).
            let deck = packs
                .as_mut()
                .ok()
                .filter(|_| detail != Detail::Ids)
                .map(|p| {
                    Deck::of_tables(std::mem::take(&mut p.packs), std::mem::take(&mut p.tables))
                })
                .unwrap_or_default();
            let (store, states) = reader
                .join()
                .map_err(|_| anyhow::anyhow!(tr!(lang, "errors-states-failed")))?;
            anyhow::Ok((store, states?, packs.map_err(anyhow::Error::msg)?, deck))
        })?;
        Ok(Context {
            paths,
            config,
            store,
            packs,
            deck,
            lock: None,
            no_store_yet,
            states: Some(states),
            text_later: None,
            streak_ahead: None,
            detail,
        })
    }

    /// Like `open`, but first takes the data directory's lock, so that a second copy of the app
    /// says clearly that another is running instead of writing the same store. Also makes the
    /// day's automatic backup.
    pub fn open_exclusive(opts: &OpenOptions, now: i64) -> Result<Context> {
        let ctx = Self::exclusive(opts, StartCheck::Now, Want::Packs(Detail::Full), &|_, _| {})?;
        crate::backup::daily(ctx.ui_lang(), &ctx.paths, &ctx.store, now)?;
        Ok(ctx)
    }

    /// `open_exclusive` for the app, which draws its first frame as soon as it can: without the
    /// day's backup, which the app makes after its first frame (see
    /// `backup::daily_in_background`); with the store's start-up check running in the background
    /// while the app reads and draws (`StartCheck::Background`: every write waits for it, and the
    /// app closes with the error if it fails); and from the packs' rosters, the whole deck loaded
    /// after the first frame (`Study::from_roster`).
    /// Home's streak at `now` is read on a connection of its own while the packs and states load
    /// (`Store::streak_ahead`).
    pub fn open_exclusive_without_backup(opts: &OpenOptions, now: i64) -> Result<Context> {
        let streak = std::cell::RefCell::new(None);
        let ahead = |store: &Store, config: &Config| {
            let cal = crate::core::scheduler::StudyDays::new(chrono::Local, config.rollover_hour);
            let today = crate::core::scheduler::Calendar::day(&cal, now);
            *streak.borrow_mut() = store.streak_ahead(Box::new(cal), today).map(|h| (today, h));
        };
        let mut ctx = Self::exclusive(opts, StartCheck::Background, Want::FirstFrame, &ahead)?;
        ctx.streak_ahead = streak.into_inner();
        let mut user = vec![ctx.paths.packs_dir.clone()];
        user.extend(opts.packs.iter().cloned());
        let cache = crate::pack_cache::PackCache::new(&ctx.paths.cache_dir);
        let lang = ctx.ui_lang();
        ctx.text_later = Some(Box::new(move || {
            // The rosters were just dropped: their memory goes back to the system before the whole
            // deck takes its place, so the two do not add up at the app's peak.
            give_back_freed_memory();
            let packs =
                packs::load_deck(lang, true, &user, Some(&cache)).map_err(anyhow::Error::msg)?;
            Ok(Deck::of_tables(packs.packs, packs.tables))
        }));
        Ok(ctx)
    }

    fn exclusive(
        opts: &OpenOptions,
        check: StartCheck,
        want: Want,
        ahead: &dyn Fn(&Store, &Config),
    ) -> Result<Context> {
        let lang = opts.ui_lang();
        let paths = Paths::resolve(lang, opts.data_dir.as_deref(), opts.config.as_deref())?;
        paths.ensure_dirs(lang)?;
        let lock = paths.lock(lang)?;
        crate::backup::clean_leftovers(&paths);
        let mut ctx = Context::open_inner(opts, want, check, true, ahead)?;
        ctx.lock = Some(lock);
        Ok(ctx)
    }

    /// Sentences about packs that failed to load (history of items no pack has any more is told by
    /// `Study::orphan_notice`, which knows every loaded item).
    pub fn notices(&self) -> Vec<String> {
        let failed: Vec<&str> = self.packs.failed().map(|r| r.file.as_str()).collect();
        if failed.is_empty() {
            return Vec::new();
        }
        vec![tr!(
            self.ui_lang(),
            "errors-packs-not-loaded",
            n = failed.len(),
            files = failed.join(", ")
        )]
    }
}

/// An error that stops a command, explained for the user: a store error found inside a query (which
/// knows no path) names the store, and a damaged store the newest good backup, as at start.
pub fn explain(e: anyhow::Error, opts: &OpenOptions) -> anyhow::Error {
    let Some(store_error) = e.downcast_ref::<crate::store::StoreError>() else {
        return e;
    };
    let Ok(paths) = Paths::resolve(
        opts.ui_lang(),
        opts.data_dir.as_deref(),
        opts.config.as_deref(),
    ) else {
        return e;
    };
    // A file other than the store (a backup given to `restore`) is named already, with no hint.
    if store_error.path().is_some_and(|p| p != paths.store) {
        return e;
    }
    match e.downcast::<crate::store::StoreError>() {
        Ok(se) => crate::backup::with_restore_hint(opts.ui_lang(), se.at(&paths.store), &paths),
        Err(e) => e,
    }
}

/// Returns memory freed by the program to the system (glibc keeps it for reuse otherwise).
fn give_back_freed_memory() {
    // SAFETY: malloc_trim only releases free memory; any thread may call it at any time.
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    unsafe {
        libc::malloc_trim(0);
    }
}

/// Whether there is no store yet: no file at the store path, or an empty one (what a new user
/// has; `refuse_lost_store` tells a lost store apart).
fn store_is_absent(paths: &Paths) -> bool {
    match std::fs::metadata(&paths.store) {
        Ok(m) => m.is_file() && m.len() == 0,
        Err(e) => e.kind() == std::io::ErrorKind::NotFound,
    }
}

/// A missing or empty store is a new user, unless there are backups: then the store was lost
/// (deleted, or emptied by a failing disk or a sync tool), and starting afresh would hide that.
fn refuse_lost_store(lang: crate::core::config::Lang, paths: &Paths) -> Result<()> {
    let empty = match std::fs::metadata(&paths.store) {
        Ok(m) => m.len() == 0,
        Err(e) => e.kind() == std::io::ErrorKind::NotFound,
    };
    if !empty {
        return Ok(());
    }
    match crate::backup::newest_good(paths) {
        Some(b) => bail!(tr!(
            lang,
            "errors-lost-store",
            store = paths.store.display().to_string(),
            backups = paths.backups_dir.display().to_string(),
            backup = b.display().to_string()
        )),
        None => Ok(()),
    }
}

impl Context {
    /// The store, the settings, the loaded packs (with their rosters when opened with
    /// `Detail::Ids`) and every card state, for a command that needs no study session
    /// (`awsdrill due`, through `study::DueDeck`).
    pub fn into_parts(self) -> Result<(Store, Config, LoadedPacks, StateRows)> {
        let states = match self.states {
            Some((s, changes)) if changes == self.store.total_changes() => s,
            _ => self.store.card_states()?,
        };
        Ok((self.store, self.config, self.packs, states))
    }

    /// What Home lists of each loaded pack: the deck's, or the rosters' when the packs were
    /// loaded by id only (the app's first frame).
    pub fn pack_infos(&self) -> std::borrow::Cow<'_, [crate::study::PackInfo]> {
        if self.detail == Detail::Ids {
            crate::study::pack_infos(&self.packs.packs, &self.packs.rosters).into()
        } else {
            self.deck.packs().into()
        }
    }

    /// Turns the context into a study session in local time (the store moves into it).
    pub fn into_study(self, seed: u64) -> Result<crate::study::Study> {
        let cal = crate::core::scheduler::StudyDays::new(chrono::Local, self.config.rollover_hour);
        let states = match self.states {
            Some((s, changes)) if changes == self.store.total_changes() => s,
            _ => self.store.card_states()?,
        };
        let mut study = match self.text_later {
            // The app's first frame from the rosters: the whole deck comes after it.
            Some(load) => crate::study::Study::from_roster(
                self.store,
                states,
                self.packs.packs,
                self.packs.rosters,
                self.config,
                Box::new(cal),
                seed,
                load,
            )?,
            None => crate::study::Study::from_deck(
                self.store,
                states,
                self.deck,
                self.config,
                Box::new(cal),
                seed,
            )?,
        };
        study.hold_lock(self.lock);
        study.streak_ahead = self.streak_ahead;
        // Started from the rosters (no card, no question): a missed question studied as a card, or an exam to resume, needs the whole deck before
        // the first frame (`needs_questions_now` is false once it is loaded).
        if study.needs_questions_now()? {
            study.load_text()?;
        }
        Ok(study)
    }
}

/// An error and its causes in `lang`, joined as `{:#}` joins them (`outer: cause`): the store's
/// errors, the operating system's and a package's are said in `lang` (`store::words`,
/// `i18n::io_reason`, `PackageError::words`); the app's own messages already are.
pub fn error_words(
    lang: crate::core::config::Lang,
    e: &(dyn std::error::Error + 'static),
) -> String {
    let mut parts = Vec::new();
    let mut next = Some(e);
    while let Some(c) = next {
        parts.push(
            if let Some(s) = c.downcast_ref::<crate::store::StoreError>() {
                crate::store::words(lang, s)
            } else if let Some(io) = c.downcast_ref::<std::io::Error>() {
                crate::i18n::io_reason(lang, io)
            } else if let Some(p) = c.downcast_ref::<crate::interchange::package::PackageError>() {
                p.words(lang)
            } else {
                c.to_string()
            },
        );
        next = c.source();
    }
    parts.join(": ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_drills_and_missed_questions_are_not_reported_as_orphans() {
        let dir = tempfile::tempdir().unwrap();
        let opts = OpenOptions {
            data_dir: Some(dir.path().to_path_buf()),
            ..OpenOptions::default()
        };
        let ctx = Context::open(&opts).unwrap();
        let question = ctx.deck.questions()[0].id.clone();
        for id in [question.as_str(), "dynamodb/gen-read-capacity", "gone/card"] {
            ctx.store.save_state_for_tests(id).unwrap();
        }
        assert!(ctx.notices().is_empty());
        let study = ctx.into_study(0).unwrap();
        let notice = study.orphan_notice().expect("one orphan");
        assert!(
            notice.starts_with("1 studied item(s) are in no loaded pack"),
            "{notice}"
        );
        assert!(notice.contains("gone/card"), "{notice}");
    }
}
