//! `awsdrill paths`: where the config, the store and the user's packs live.

use super::{Cli, EXIT_CANNOT_RUN, EXIT_OK, print_error};
use crate::paths::Paths;

pub(super) fn run(cli: &Cli, json: bool) -> u8 {
    let paths = match Paths::resolve(cli.data_dir.as_deref(), cli.config.as_deref()) {
        Ok(p) => p,
        Err(e) => {
            print_error(format!("{e:#}"));
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
        say!("config     {}", paths.config.display());
        say!("data       {}", paths.data_dir.display());
        say!("store      {}", paths.store.display());
        say!("your packs {}", paths.packs_dir.display());
        say!("backups    {}", paths.backups_dir.display());
        say!("pack cache {}", paths.cache_dir.display());
    }
    EXIT_OK
}
