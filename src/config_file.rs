//! The settings file on disk: reading it (a missing file means the defaults) and changing one
//! setting in place. The rules of the settings themselves are in `core::config`.

use crate::core::config::{Config, Lang, parse_config};
use crate::core::content::Severity;
use crate::i18n::tr;
use crate::paths::Paths;
use anyhow::{Context as _, Result, bail};

/// Reads the settings file; a missing file means the defaults, an invalid one is an error that shows
/// every located problem (in `lang`).
pub fn load_config(lang: Lang, paths: &Paths) -> Result<Config> {
    let file = paths.config.display().to_string();
    if paths.config.exists() {
        crate::paths::require_regular_file(
            lang,
            &paths.config,
            &tr!(lang, "errors-what-settings"),
        )?;
    }
    let text = match std::fs::read_to_string(&paths.config) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && paths.config_given => {
            bail!(tr!(lang, "errors-settings-missing", file = file))
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        Err(e) => {
            return Err(e).with_context(|| tr!(lang, "errors-cannot-read", path = file));
        }
    };
    let (config, findings) = parse_config(&file, &text);
    let errors: Vec<String> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| crate::content_text::render(lang, f))
        .collect();
    if !errors.is_empty() {
        bail!(tr!(
            lang,
            "errors-settings-invalid",
            findings = errors.join("\n")
        ));
    }
    Ok(config)
}

/// A value the settings' rules refused: English on the command line (`Display`); the app finds it
/// in the error (`downcast_ref`) and says it in its language.
#[derive(Debug)]
pub struct Refused(pub crate::core::config::SetError);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::content_text::set_error(&self.0))
    }
}

impl std::error::Error for Refused {}

/// Sets one setting in the settings file (keeping its comments and layout), after checking the
/// result; the file is replaced atomically. Returns the new settings; errors are in `lang` (a
/// refused value is a `Refused`, which the caller words).
pub fn write_setting(
    lang: Lang,
    path: &std::path::Path,
    setting: crate::core::config::Setting,
    typed: &str,
) -> Result<Config> {
    let at = |p: &std::path::Path| p.display().to_string();
    if path.exists() {
        crate::paths::require_regular_file(lang, path, &tr!(lang, "errors-what-settings"))?;
    }
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e).with_context(|| tr!(lang, "errors-cannot-read", path = at(path))),
    };
    let (new_text, cfg) =
        crate::core::config::set_value(&path.display().to_string(), &text, setting, typed)
            .map_err(|e| anyhow::Error::new(Refused(e)))?;
    let tmp = path.with_extension("toml.tmp");
    std::fs::write(&tmp, new_text)
        .with_context(|| tr!(lang, "errors-cannot-write", path = at(&tmp)))?;
    std::fs::rename(&tmp, path)
        .with_context(|| tr!(lang, "errors-cannot-replace", path = at(path)))?;
    Ok(cfg)
}
