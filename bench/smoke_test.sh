#!/usr/bin/env bash
# CTest bench/smoke: the bench on a tiny generated database must print a complete table.
# It asserts no timings (speed is measured by bench/run, never by a timed test).
#   smoke_test.sh CERTDESKCTL CERTDESK_BENCH WORKDIR
set -euo pipefail
ctl=$1 bench=$2 work=$3
rm -rf "$work" && mkdir -p "$work"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" HOME="$work"
"$ctl" --db "$work/demo.db" demo --cases 300 --seed 1 >/dev/null
"$bench" --db "$work/demo.db" --reps 3 --warmup 1 --scratch "$work/scratch" \
    --out "$work/table.md" --max-scroll-seconds 30 >"$work/stdout.md" 2>"$work/stderr.txt" || {
    echo "certdesk-bench failed:"; cat "$work/stderr.txt"; exit 1; }
cat "$work/table.md"
fail() { echo "SMOKE FAILED: $*"; exit 1; }
cmp -s "$work/table.md" "$work/stdout.md" || fail "the table file differs from what was printed"
for field in "CPU:" "RAM:" "disk:" "Qt " "load average" "database:"; do
    grep -q -- "$field" "$work/table.md" || fail "machine field '$field' missing"
done
rows=$(grep '^| ' "$work/table.md" | grep -vc '^| operation |' || true)
[ "$rows" -eq 14 ] || fail "expected 14 operation rows, found $rows"
for op in "search by receipt number" "search by IIN" "search by surname prefix" "open a case" \
          "supervisor board |" "supervisor board as the screen reads it" "intake commit" "projection rebuild" "certificate rendered to PDF" \
          "sign-in check" "GUI resident memory"; do
    line=$(grep -F "| $op" "$work/table.md") || fail "row '$op' missing"
    # Measured on both sides: a median for ours and for the limit, and a ratio.
    cols=$(awk -F' \\| ' '{print $3 "|" $8 "|" $9}' <<<"$line")
    grep -Eq '^[0-9.]+ [a-zA-Z/]+\|[0-9.]+ [a-zA-Z/]+\|[0-9.]+$' <<<"$cols" \
        || fail "row '$op' lacks a figure: $line"
done
grep -q "GUI cold start to sign-in dialog" "$work/table.md" || fail "GUI start rows missing"
echo "smoke: complete table"
