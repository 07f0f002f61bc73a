# The app's frame: the tab bar, the status line, the message when the terminal is too small or
# missing, and counts shared by several screens.

## The tab bar (one message per screen: tab-<field of the screens! list>)

tab-home = Home
tab-drill = Drill
tab-exam = Exam
tab-calc = Calculators
tab-browse = Browse
tab-stats = Stats
tab-settings = Settings
tab-iam = IAM

## Hint words shared by screens (after a key: `? help`, `Esc back`)

hint-help = help
hint-back = back
hint-quit = quit

## The terminal

too-small-title = Terminal too small
too-small-size = This window is { $width }x{ $height }; awsdrill needs at least { $min_width }x{ $min_height }.
too-small-do = Enlarge the window, or press { $key } to quit.
no-terminal = the app needs a terminal (standard input and output are not one: a script, a pipe, or ssh without -t). These commands work without one: { $commands } (awsdrill --help lists them all)

## Problems the app tells on Home or in the message line

backup-failed = today's backup was not made: { $error }
backup-stopped = the backup stopped unexpectedly
refresh-counts-failed = could not count today's cards
load-text-failed = could not load the cards' text
terminal-error = terminal: { $error }
