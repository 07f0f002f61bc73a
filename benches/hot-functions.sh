#!/usr/bin/env bash
# Writes linker/hot-functions.txt: the functions a release build runs when it starts, draws Home,
# Browse with a search, Stats and a drill, and answers `due` and `stats`, in the order those paths
# first need them (the first frame's first). build.rs hands the list to the linker (LLD) in release
# builds, which lays those functions out side by side at the start of the code: the kernel maps a
# program's code in blocks around each page it runs, so spread out they cost most of the 8 MB of
# code in memory. Run it again after large changes of the code (a function whose name changed
# goes back to its place in the crate's code: a stale list costs memory, never correctness).
#
#   benches/hot-functions.sh [WORK_DIR]      (default /tmp/awsdrill-hot; needs valgrind and tmux)
set -euo pipefail

cd "$(dirname "$0")/.."
WORK=${1:-/tmp/awsdrill-hot}
STEP=${STEP_SECONDS:-8}
TARGET=${CARGO_TARGET_DIR:-target}
# Two builds: building the example with the program would turn on the dev-dependencies' features,
# and the program's function names (their hashes) would not be those of `cargo build --release`.
cargo build --release --quiet --bin awsdrill
cargo build --release --quiet --example synth
BIN=$(realpath "$TARGET/release/awsdrill")
rm -rf "$WORK"
mkdir -p "$WORK"
STORE=$WORK/store
# Over 2,048 cards: Browse's search then splits over the cores, as on a large store.
"$TARGET/release/examples/synth" --cards 5000 --reviews 100000 --seed 1 --data-dir "$STORE" >/dev/null
"$BIN" --data-dir "$STORE" due >/dev/null
"$BIN" --data-dir "$STORE" backup >/dev/null

cg() { # OUT COMMAND...
    valgrind --tool=callgrind --demangle=no --callgrind-out-file="$WORK/$1" "${@:2}" >/dev/null 2>&1
}
cg 1.cg "$BIN" --data-dir "$STORE" --first-frame-and-exit
cg 2.cg "$BIN" --data-dir "$STORE" due --json
cg 3.cg "$BIN" --data-dir "$STORE" stats --json

# The app as benches/compare.sh drives it, slowed down for valgrind.
S=awsdrill-hot-$$
tmux new-session -d -s "$S" -x 120 -y 40 \
    "valgrind --tool=callgrind --demangle=no --callgrind-out-file=$WORK/4.cg $BIN --data-dir $STORE 2>/dev/null"
sleep $((STEP * 4))
step() { tmux send-keys -t "$S" "$@"; sleep "$STEP"; }
step b
for c in s e r v i c e ' ' 4 2; do step -l "$c"; done
step Escape
step s
sleep $((STEP * 2))
step Escape
step d
step Space
step 3
step Space
step 3
tmux send-keys -t "$S" q q q
for _ in $(seq 60); do tmux has-session -t "$S" 2>/dev/null || break; sleep 1; done
tmux kill-session -t "$S" 2>/dev/null || true

mkdir -p linker
python3 - "$BIN" "$WORK" linker/hot-functions.txt <<'PY'
import re, subprocess, sys
binary, work, out = sys.argv[1:]
nm = subprocess.run(["nm", "--defined-only", binary], capture_output=True, text=True, check=True)
code = {f[2] for f in (l.split() for l in nm.stdout.splitlines()) if len(f) == 3 and f[1] in "tTwW"}
seen, names = set(), []
for n in ("1.cg", "2.cg", "3.cg", "4.cg"):
    for line in open(f"{work}/{n}"):
        m = re.match(r"c?fn=\(\d+\) (\S+)", line)
        if m and m.group(1) in code and m.group(1) not in seen:
            seen.add(m.group(1))
            names.append(m.group(1))
open(out, "w").write("".join(f"{s}\n" for s in names))
print(f"{out}: {len(names)} functions")
PY
