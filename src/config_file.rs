//! The settings file on disk: reading it (a missing file means the defaults) and changing one
//! setting in place. The rules of the settings themselves are in `core::config`.

use crate::core::config::{Config, parse_config};
use crate::core::content::Severity;
use crate::paths::Paths;
use anyhow::{Context as _, Result, bail};

/// Reads the settings file; a missing file means the defaults, an invalid one is an error that shows
/// every located problem.
pub fn load_config(paths: &Paths) -> Result<Config> {
    if paths.config.exists() {
        crate::paths::require_regular_file(&paths.config, "the settings file")?;
    }
    let text = match std::fs::read_to_string(&paths.config) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && paths.config_given => bail!(
            "{}: the settings file named with --config (or AWSDRILL_CONFIG) does not exist",
            paths.config.display()
        ),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        Err(e) => {
            return Err(e).with_context(|| format!("cannot read {}", paths.config.display()));
        }
    };
    let (config, findings) = parse_config(&paths.config.display().to_string(), &text);
    let errors: Vec<String> = findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(crate::content_text::render)
        .collect();
    if !errors.is_empty() {
        bail!(
            "the settings file has errors; fix them or move the file away:\n\n{}",
            errors.join("\n")
        );
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
/// result; the file is replaced atomically. Returns the new settings.
pub fn write_setting(
    path: &std::path::Path,
    setting: crate::core::config::Setting,
    typed: &str,
) -> Result<Config> {
    if path.exists() {
        crate::paths::require_regular_file(path, "the settings file")?;
    }
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    let (new_text, cfg) =
        crate::core::config::set_value(&path.display().to_string(), &text, setting, typed)
            .map_err(|e| anyhow::Error::new(Refused(e)))?;
    let tmp = path.with_extension("toml.tmp");
    std::fs::write(&tmp, new_text).with_context(|| format!("cannot write {}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("cannot replace {}", path.display()))?;
    Ok(cfg)
}
