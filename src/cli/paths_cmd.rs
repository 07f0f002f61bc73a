//! `awsdrill paths`: where the config, the store and the user's packs live.

use super::{Cli, EXIT_CANNOT_RUN, EXIT_OK, print_error};
use crate::i18n::tr;
use crate::paths::Paths;
use unicode_width::UnicodeWidthStr;

pub(super) fn run(cli: &Cli, json: bool) -> u8 {
    let lang = cli.open_options().ui_lang();
    let paths = match Paths::resolve(lang, cli.data_dir.as_deref(), cli.config.as_deref()) {
        Ok(p) => p,
        Err(e) => {
            print_error(crate::context::error_words(lang, e.as_ref()));
            return EXIT_CANNOT_RUN;
        }
    };
    if json {
        match serde_json::to_string_pretty(&paths) {
            Ok(s) => crate::exit::say_json(&s),
            Err(e) => {
                print_error(e);
                return EXIT_CANNOT_RUN;
            }
        }
    } else {
        let rows = [
            ("data-path-config", &paths.config),
            ("data-path-data", &paths.data_dir),
            ("data-path-store", &paths.store),
            ("data-path-packs", &paths.packs_dir),
            ("data-path-backups", &paths.backups_dir),
            ("data-path-cache", &paths.cache_dir),
        ];
        let labels: Vec<String> = rows.iter().map(|(key, _)| tr!(lang, *key)).collect();
        let width = labels.iter().map(|l| l.width()).max().unwrap_or(0);
        for (label, (_, path)) in labels.iter().zip(rows) {
            let fill = " ".repeat(width - label.width());
            say!("{label}{fill} {}", path.display());
        }
    }
    EXIT_OK
}
