//! The full-screen app: terminal set-up and tear-down around `App::run`.
//!
//! `ratatui::init` installs a panic hook that restores the terminal, and `restore` runs before any
//! error is printed, so the shell is always left usable.

pub mod action;
pub mod app;
pub mod clipboard;
pub mod keys;
pub mod screen;
pub mod screens;
pub mod theme;
pub mod widgets;

#[cfg(test)]
mod custom_tests;
#[cfg(test)]
mod drill_tests;
#[cfg(test)]
mod exam_tests;
#[cfg(test)]
mod help_tests;
#[cfg(test)]
mod i18n_tests;
#[cfg(test)]
mod korean_walk_tests;
#[cfg(test)]
mod test_support;

use crate::context::{Context, Launch};
use crate::exit::{EXIT_CANNOT_RUN, EXIT_OK, print_error};
use app::{App, AppState, PackRow};
use theme::Theme;

/// The subcommands that work without a terminal (command names stay English in every language).
const NO_TERMINAL_COMMANDS: &str =
    "due, stats, exam history, exam report, exam draw, lint, calc, decode, export, backup, paths";

/// Builds the state the screens show from an opened context.
pub fn app_state(ctx: &Context) -> anyhow::Result<AppState> {
    Ok(AppState {
        packs: ctx
            .pack_infos()
            .iter()
            .map(|p| PackRow {
                id: p.id.clone(),
                title: p.title.clone(),
                cards: p.cards,
                generators: p.generators,
                questions: p.questions,
                checked: p.checked.clone(),
            })
            .collect(),
        summary: ctx.store.summary()?,
        store_path: ctx.paths.store.display().to_string(),
        notices: ctx.notices(),
        ..AppState::default()
    })
}

/// Opens the app as `launch` says (optionally with an exam started at once); returns the process
/// exit status.
pub fn main(launch: Launch) -> u8 {
    let opening = crate::clock::now_ms();
    let prepared = Context::open_exclusive_without_backup(&launch.open, opening).and_then(|ctx| {
        let state = app_state(&ctx)?;
        Ok((ctx, state))
    });
    let (ctx, mut state) = match prepared {
        Ok(v) => v,
        Err(e) => {
            print_error(format!("{:#}", crate::context::explain(e, &launch.open)));
            return EXIT_CANNOT_RUN;
        }
    };
    let theme = Theme::new(ctx.config.theme, Theme::no_color_requested());
    let lang = ctx.config.language.resolve(|k| std::env::var(k).ok());
    let config_path = ctx.paths.config.clone();
    let paths = ctx.paths.clone();
    let now = crate::clock::now_ms();
    let study = match ctx.into_study(now as u64) {
        Ok(s) => s,
        Err(e) => {
            print_error(format!("{:#}", crate::context::explain(e, &launch.open)));
            return EXIT_CANNOT_RUN;
        }
    };
    state.notices.extend(study.orphan_notice());
    let mut app = App::with_study(state, theme, study, now);
    app.set_config_path(config_path);
    app.set_lang(lang);
    app.set_ui_lang(lang);
    app.back_up_after_first_frame(paths, now);
    // An exam or a custom session asked for on the command line holds positions in the whole
    // deck: it is loaded first (only a plain start draws from the rosters).
    if launch.exam.is_some() || launch.custom.is_some() {
        app.load_text();
    }
    if let Some((bp, mode, seed)) = launch.exam {
        app.start_exam_of(bp, mode, seed, now);
    }
    if let Some(filter) = launch.custom {
        app.start_custom(filter, now);
    }
    if launch.first_frame_and_exit {
        // The measurement ends with the frame; the store's check is left running (it only reads).
        return app.first_frame_off_screen(now);
    }
    // Without a terminal (ssh without -t, a script, a pipe) the app cannot draw: say so instead of
    // panicking in the terminal set-up (after the data was checked, so its errors come first).
    use std::io::IsTerminal;
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        if let Some(Err(e)) = app.store_check(true) {
            print_error(format!(
                "{:#}",
                crate::context::explain(e.into(), &launch.open)
            ));
            return EXIT_CANNOT_RUN;
        }
        print_error(crate::i18n::tr!(
            lang,
            "no-terminal",
            commands = NO_TERMINAL_COMMANDS
        ));
        return EXIT_CANNOT_RUN;
    }
    let mut terminal = ratatui::init();
    // Mouse reports are turned off again on every way out, panics included.
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = crossterm::execute!(std::io::stdout(), crossterm::event::DisableMouseCapture);
        previous(info);
    }));
    let _ = crossterm::execute!(std::io::stdout(), crossterm::event::EnableMouseCapture);
    let result = app.run(&mut terminal);
    let _ = crossterm::execute!(std::io::stdout(), crossterm::event::DisableMouseCapture);
    ratatui::restore();
    match result {
        Ok(app::Ended::Quit(None)) => EXIT_OK,
        // The app said so on Home; the terminal is restored, so say it where it stays visible.
        Ok(app::Ended::Quit(Some(failed))) => {
            print_error(failed);
            EXIT_OK
        }
        Ok(app::Ended::Damaged(e)) => {
            print_error(format!(
                "{:#}",
                crate::context::explain(e.into(), &launch.open)
            ));
            EXIT_CANNOT_RUN
        }
        Err(e) => {
            print_error(crate::i18n::tr!(
                lang,
                "terminal-error",
                error = e.to_string()
            ));
            EXIT_CANNOT_RUN
        }
    }
}
