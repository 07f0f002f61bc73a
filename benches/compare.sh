#!/usr/bin/env bash
# The whole-process measurements of README's Performance table, side by side in one run:
# `awsdrill due --json` against Anki's due count on the same collection shape, the first frame on a
# large and an ordinary store, `stats --json`, peak memory of each, and the app's peak memory after
# Home, Browse with a search, Stats and a drill (driven in tmux).
#
#   benches/compare.sh [WORK_DIR] [RUNS]      (defaults: /tmp/awsdrill-bench, 40 runs)
#
# Needs: hyperfine, tmux and GNU time (Debian packages), and for the Anki side a Python with the PyPI
# package `anki` (ANKI_PYTHON, default WORK_DIR/anki-venv/bin/python, made with
# `python3 -m venv WORK_DIR/anki-venv && WORK_DIR/anki-venv/bin/pip install anki==26.9.3`).
# Without it the Anki rows are left out and the script says so. The stores are built once and kept.
# Set AWSDRILL to time another build of the binary (by default it is built in release mode here).
set -euo pipefail

cd "$(dirname "$0")/.."
WORK=${1:-/tmp/awsdrill-bench}
RUNS=${2:-40}
mkdir -p "$WORK"
TARGET=${CARGO_TARGET_DIR:-target}
if [ -z "${AWSDRILL:-}" ]; then
    # Alone: built with the example, the dev-dependencies' features would make another program
    # than `cargo build --release` (other function names, so linker/hot-functions.txt would miss).
    cargo build --release --quiet --bin awsdrill
    AWSDRILL="$TARGET/release/awsdrill"
fi
SYNTH="$TARGET/release/examples/synth"
[ -x "$SYNTH" ] || cargo build --release --quiet --example synth
ANKI_PYTHON=${ANKI_PYTHON:-$WORK/anki-venv/bin/python}
ANKI_SCRIPT=${ANKI_SCRIPT:-../shared/bench/anki_due.py}

LARGE=$WORK/large
SMALL=$WORK/small
[ -f "$LARGE/awsdrill.sqlite3" ] || "$SYNTH" --cards 50000 --reviews 1000000 --seed 1 --data-dir "$LARGE"
[ -f "$SMALL/awsdrill.sqlite3" ] || "$SYNTH" --cards 500 --reviews 20000 --seed 1 --data-dir "$SMALL"
ANKI=""
if [ -x "$ANKI_PYTHON" ] && "$ANKI_PYTHON" -c 'import anki' 2>/dev/null && [ -f "$ANKI_SCRIPT" ]; then
    ANKI=$WORK/anki
    [ -f "$ANKI/collection.anki2" ] ||
        "$ANKI_PYTHON" "$ANKI_SCRIPT" build "$ANKI" --cards 50000 --reviews 1000000
    echo "anki: $("$ANKI_PYTHON" -c 'import anki.buildinfo as b; print(b.version)')"
else
    echo "anki: not measured ($ANKI_PYTHON has no 'anki' module or $ANKI_SCRIPT is missing)"
fi

# One run of each fills the pack cache (and makes the day's backup, which is then not in the way).
for d in "$LARGE" "$SMALL"; do
    "$AWSDRILL" --data-dir "$d" due >/dev/null
    "$AWSDRILL" --data-dir "$d" backup >/dev/null
done
if [ -n "${BEFORE:-}" ]; then
    for d in "$BEFORE_LARGE" "$BEFORE_SMALL"; do
        "$BEFORE" --data-dir "$d" due >/dev/null
        "$BEFORE" --data-dir "$d" backup >/dev/null
    done
fi

cmds=(
    "$AWSDRILL --data-dir $LARGE due --json"
    "$AWSDRILL --data-dir $LARGE stats --json"
    "$AWSDRILL --data-dir $LARGE --first-frame-and-exit"
    "$AWSDRILL --data-dir $SMALL --first-frame-and-exit"
    "$AWSDRILL --data-dir $SMALL due --json"
)
names=(due-large stats-large first-frame-large first-frame-small due-small)
if [ -n "$ANKI" ]; then
    cmds+=("$ANKI_PYTHON $ANKI_SCRIPT due $ANKI")
    names+=(anki-due)
fi
# An earlier build in the same run (before/after): BEFORE=binary, with copies of the stores it can
# open (a newer build migrates them): BEFORE_LARGE and BEFORE_SMALL.
if [ -n "${BEFORE:-}" ]; then
    cmds+=(
        "$BEFORE --data-dir $BEFORE_LARGE due --json"
        "$BEFORE --data-dir $BEFORE_LARGE stats --json"
        "$BEFORE --data-dir $BEFORE_LARGE --first-frame-and-exit"
        "$BEFORE --data-dir $BEFORE_SMALL --first-frame-and-exit"
        "$BEFORE --data-dir $BEFORE_SMALL due --json"
    )
    names+=(before-due-large before-stats-large before-ff-large before-ff-small before-due-small)
fi
hyperfine -N -w 3 -r "$RUNS" --export-json "$WORK/times.json" "${cmds[@]}" >"$WORK/hyperfine.txt"

# Peak memory (maximum resident set, GNU time) of each command: the median of 5 runs.
: >"$WORK/peaks.txt"
for ((r = 0; r < 5; r++)); do
    for i in "${!cmds[@]}"; do
        read -r -a cmd <<<"${cmds[$i]}"
        /usr/bin/time -f "${names[$i]} %M" "${cmd[@]}" 2>>"$WORK/peaks.txt" >/dev/null
    done
done
echo
python3 - "$WORK/times.json" "$WORK/peaks.txt" "${names[@]}" <<'EOF2'
import json, statistics as st, sys
hf = {n: x for n, x in zip(sys.argv[3:], json.load(open(sys.argv[1]))["results"])}
peaks = {}
for line in open(sys.argv[2]):
    f = line.split()
    if len(f) == 2 and f[0] in hf:
        peaks.setdefault(f[0], []).append(int(f[1]))
print(f"{'what':20} {'median ms':>10} {'mean ms':>8} {'user+sys ms':>12} {'peak MiB':>9}")
med = {}
for n in sys.argv[3:]:
    x = hf[n]
    med[n] = x["median"] * 1000
    cpu = (x["user"] + x["system"]) * 1000
    print(f"{n:20} {med[n]:10.1f} {x['mean'] * 1000:8.1f} {cpu:12.1f} {st.median(peaks[n]) / 1024:9.1f}")
if "anki-due" in med:
    print(f"Anki / awsdrill, due on the large store: {med['anki-due'] / med['due-large']:.1f}x (medians)")
EOF2
echo

# The app in tmux: Home, Browse with a search, Stats, a drill (reveal and answer), then its peak
# (VmHWM): the median of 3 runs.
if command -v tmux >/dev/null; then
    one_run() { # BINARY DATA_DIR
        local S=awsdrill-bench-$$ pid hwm c
        tmux new-session -d -s "$S" -x 120 -y 40 "$1 --data-dir $2"
        sleep 2
        pid=$(tmux list-panes -t "$S" -F '#{pane_pid}')
        step() { tmux send-keys -t "$S" "$@"; sleep 1.5; }
        step b
        for c in s e r v i c e ' ' 4 2; do step -l "$c"; done
        step Escape
        step s
        step Escape
        step d
        step Space
        step 3
        step Space
        step 3
        hwm=$(awk '/VmHWM/ { print $2 }' "/proc/$pid/status")
        tmux capture-pane -p -t "$S" >"$WORK/tui-last-screen.txt"
        tmux send-keys -t "$S" q q q
        sleep 2
        tmux kill-session -t "$S" 2>/dev/null || true
        echo "$hwm"
    }
    peak_app() { # BINARY DATA_DIR LABEL
        local hwm
        hwm=$(for i in 1 2 3; do one_run "$1" "$2"; done | sort -n | sed -n 2p)
        printf '%s: app peak memory after Home, Browse with a search, Stats and a drill: %.1f MB (VmHWM %s KiB)\n' \
            "$3" "$(echo "$hwm * 1024 / 1000000" | bc -l)" "$hwm"
    }
    peak_app "$AWSDRILL" "$LARGE" this
    if [ -n "${BEFORE:-}" ]; then peak_app "$BEFORE" "$BEFORE_LARGE" before; fi
fi
