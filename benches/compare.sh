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
    cargo build --release --quiet --bin awsdrill --example synth
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
hyperfine -N -w 3 -r "$RUNS" --export-json "$WORK/times.json" "${cmds[@]}" >"$WORK/hyperfine.txt"

# Peak memory (maximum resident set) of each command: the median of 5 runs.
peak() {
    local i
    for i in 1 2 3 4 5; do
        /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1
    done | sort -n | sed -n 3p
}
echo
printf '%-18s %10s %10s %10s\n' what median_ms mean_ms peak_MiB
python3 - "$WORK/times.json" "${names[@]}" <<'EOF' >"$WORK/medians.txt"
import json, sys
r = json.load(open(sys.argv[1]))["results"]
for name, x in zip(sys.argv[2:], r):
    print(name, x["median"] * 1000, x["mean"] * 1000)
EOF
i=0
while read -r name median mean; do
    read -r -a cmd <<<"${cmds[$i]}"
    kib=$(peak "${cmd[@]}")
    printf '%-18s %10.1f %10.1f %10.1f\n' "$name" "$median" "$mean" "$(echo "$kib / 1024" | bc -l)"
    i=$((i + 1))
done <"$WORK/medians.txt"
if [ -n "$ANKI" ]; then
    awk '$1 == "due-large" { a = $2 } $1 == "anki-due" { b = $2 }
         END { printf "Anki / awsdrill, due on the large store: %.1fx\n", b / a }' "$WORK/medians.txt"
fi

# The app in tmux: Home, Browse with a search, Stats, a drill (reveal and answer), then its peak
# (VmHWM): the median of 3 runs.
if command -v tmux >/dev/null; then
    one_run() {
        local S=awsdrill-bench-$$ pid hwm c
        tmux new-session -d -s "$S" -x 120 -y 40 "$AWSDRILL --data-dir $LARGE"
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
    hwm=$(for i in 1 2 3; do one_run; done | sort -n | sed -n 2p)
    printf 'app peak memory after Home, Browse with a search, Stats and a drill: %.1f MB (VmHWM %s KiB)\n' \
        "$(echo "$hwm * 1024 / 1000000" | bc -l)" "$hwm"
fi
