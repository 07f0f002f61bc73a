//! `awsdrill study`: custom study from the command line. Opens the app in a custom session of the
//! chosen cards, or with `--list` prints them (the same selection as the app's, `core::custom`).

use super::{Cli, EXIT_CANNOT_RUN, EXIT_OK, Outcome, print_error};
use crate::context::Context;
use crate::core::browse::ItemState;
use crate::core::config::Lang;
use crate::core::custom::Filter;
use crate::pack_cache::Detail;
use serde::Serialize;

/// Which cards to drill (exactly one), and whether to list them instead.
#[derive(Debug, clap::Args)]
#[command(group(
    clap::ArgGroup::new("filter")
        .required(true)
        .args(["pack", "domain", "task", "tag", "leeches", "missed", "search"])
))]
pub struct StudyArgs {
    /// The cards of this pack (its id, such as lambda; --pack loads a pack file)
    #[arg(long = "pack-id", value_name = "ID")]
    pub pack: Option<String>,
    /// The cards of this exam domain: development, security, deployment, troubleshooting (or 1-4)
    #[arg(long, value_name = "NAME")]
    pub domain: Option<String>,
    /// The cards linked to the exam questions of this task statement, such as 1.2
    #[arg(long, value_name = "CODE")]
    pub task: Option<String>,
    /// The cards with this tag
    #[arg(long, value_name = "TAG")]
    pub tag: Option<String>,
    /// Your leeches, suspended ones too
    #[arg(long)]
    pub leeches: bool,
    /// The cards of the questions answered wrongly in the last mock exam
    #[arg(long)]
    pub missed: bool,
    /// The cards a Browse search finds (words and pack: kind: state: domain: service: tag:)
    #[arg(long, value_name = "QUERY")]
    pub search: Option<String>,
    /// Print the cards instead of opening the app
    #[arg(long)]
    pub list: bool,
    /// With --list: print JSON
    #[arg(long, requires = "list")]
    pub json: bool,
}

impl StudyArgs {
    /// The filter the options give, or what is wrong with it (naming the option), in `lang`.
    fn filter(&self, lang: Lang) -> Result<Filter, String> {
        let read = |flag: &str, key: &str, v: &str| {
            Filter::parse(&format!("{key}:{v}"))
                .map_err(|e| format!("--{flag}: {}", crate::content_text::filter_error(lang, &e)))
        };
        if let Some(p) = &self.pack {
            return Ok(Filter::Pack(p.to_lowercase()));
        }
        if let Some(d) = &self.domain {
            return read("domain", "domain", d);
        }
        if let Some(t) = &self.task {
            return read("task", "task", t);
        }
        if let Some(t) = &self.tag {
            return Ok(Filter::Tag(t.to_lowercase()));
        }
        if self.leeches {
            return Ok(Filter::Leeches);
        }
        if self.missed {
            return Ok(Filter::MissedLastExam);
        }
        Ok(Filter::Search(crate::content_text::canonical_query(
            self.search.as_deref().unwrap_or_default(),
        )))
    }
}

/// One card of `--list --json`.
#[derive(Serialize)]
struct Row<'a> {
    id: &'a str,
    state: &'static str,
}

/// What `--list --json` prints.
#[derive(Serialize)]
struct Listing<'a> {
    filter: String,
    count: usize,
    cards: Vec<Row<'a>>,
}

pub(super) fn run(cli: &Cli, args: &StudyArgs) -> Outcome {
    let lang = cli.open_options().ui_lang();
    let filter = match args.filter(lang) {
        Ok(f) => f,
        Err(e) => {
            print_error(e);
            return Outcome::Exit(EXIT_CANNOT_RUN);
        }
    };
    if !args.list {
        let mut launch = cli.launch();
        launch.custom = Some(filter);
        return Outcome::OpenApp(Box::new(launch));
    }
    match list(cli, &filter, args.json, lang, crate::clock::now_ms()) {
        Ok(()) => Outcome::Exit(EXIT_OK),
        Err(e) => Outcome::Exit(super::fail(cli, e)),
    }
}

fn list(cli: &Cli, filter: &Filter, json: bool, lang: Lang, now: i64) -> anyhow::Result<()> {
    // Tags and text are needed (a pack outline has neither).
    let study = Context::open_reading(&cli.open_options(), Detail::Full)?.into_study(0)?;
    let chosen = study.custom_select(filter, now)?;
    let cal = study.calendar();
    let tomorrow = cal.day_start(cal.day(now) + 1);
    let rows: Vec<Row> = chosen
        .iter()
        .map(|&i| Row {
            id: study.cards().id(i),
            state: ItemState::of(study.state_at(i).as_ref(), now, tomorrow).key(),
        })
        .collect();
    if json {
        // JSON stays English: a machine reads it.
        let out = Listing {
            filter: crate::content_text::custom_title(Lang::En, filter),
            count: rows.len(),
            cards: rows,
        };
        crate::exit::say_json(&serde_json::to_string_pretty(&out)?);
    } else {
        let title = crate::content_text::custom_title(lang, filter);
        say!(
            "{}",
            crate::i18n::tr!(lang, "study-list-title", n = rows.len(), filter = title)
        );
        for r in &rows {
            say!("  {:<48} {}", r.id, r.state);
        }
    }
    Ok(())
}
