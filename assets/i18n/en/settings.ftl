# Settings: what each setting means, the screen's words, and why a value was not saved.
# Setting names are the keys of config.toml (the file uses them), in every language.

settings-title = Settings, saved in { $path }
settings-path-none = (not saved)
settings-hint-choose = choose
settings-hint-edit = edit
settings-hint-switch = switch on/off
settings-hint-save = save
settings-hint-cancel = cancel
settings-hint-apply = (changes apply at once)
settings-saved = Saved { $key }.
settings-no-file = Settings cannot be saved here (no settings file).
settings-not-applied = saved, but could not apply
settings-not-saved = Not saved: { $error }

## What each setting is (setting-<config key>)

setting-desired_retention = target recall when a card is due, 0.70 to 0.97
setting-new_cards_per_day = new cards introduced per day
setting-max_reviews_per_day = most reviews shown per day
setting-learning_steps = learning steps, such as 1m 10m
setting-relearning_steps = relearning steps, such as 10m
setting-rollover_hour = hour (0-23, local) at which a study day starts
setting-leech_threshold = lapses after which a card is a leech
setting-exam_date = exam date, YYYY-MM-DD (empty: none)
setting-theme = dark, light or high-contrast
setting-language = screens, cards, questions: auto, en or ko
setting-type_cloze_answers = on: type cloze answers before they show

## Why a value was not saved (core::config::SetError)

set-error-not-toml = { $file } is not valid TOML: { $error }
set-error-not-a-date = exam_date: `{ $typed }` is not a date such as 2027-01-15
set-error-not-a-number = { $key }: `{ $typed }` is not a number
set-error-not-a-whole-number = { $key }: `{ $typed }` is not a whole number
set-error-not-on-off = { $key }: `{ $typed }` is not on or off

## Problems of the settings file (the findings of core::config; lint writes the same English)

config-toml-syntax = invalid TOML: { $error }
config-out-of-range = { $key } is { $value }; it must be between { $lo } and { $hi }
config-fraction-out-of-range = { $key } is { $value }; it must be between { NUMBER($lo, minimumFractionDigits: 2, maximumFractionDigits: 2) } and { NUMBER($hi, minimumFractionDigits: 2, maximumFractionDigits: 2) }
config-bad-step = step `{ $step }` in { $key } is not a duration such as 30s, 10m, 1h or 1d
config-bad-language = language `{ $name }` is not auto, en or ko
config-bad-theme = theme `{ $name }` is not dark, light or high-contrast
