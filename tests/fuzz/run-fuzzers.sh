#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the libFuzzer targets built by the "fuzz" preset (docs/fuzzing.md), one after the other,
# gently: one job, at lower priority. Findings go to <build>/tests/fuzz/findings/<target>/.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Environment: BUILD_DIR (default build/fuzz), SHARED_DIR (default ../shared): when
# SHARED_DIR/als-corpus exists, its smaller sets join the reader's seeds (inflated, and as they are),
# in the build folder only.
set -eu

seconds=${1:-600}
[ $# -gt 0 ] && shift
targets=${*:-"als_reader midi_reader"}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${BUILD_DIR:-$source_dir/build/fuzz}
shared_dir=${SHARED_DIR:-$source_dir/../shared}
fuzz_dir=$build_dir/tests/fuzz

cmake --build "$build_dir" --target fuzz_als_reader fuzz_midi_reader fuzz_seeds

corpus_seeds=$fuzz_dir/seeds/corpus
mkdir -p "$corpus_seeds"
if [ -d "$shared_dir/als-corpus" ]; then
    for set in "$shared_dir"/als-corpus/*.als; do
        # Small sets only: big inputs make each run slow, and the writer's seeds cover the rest.
        [ "$(wc -c < "$set")" -le 40000 ] || continue
        name=$(basename "$set" .als)
        cp "$set" "$corpus_seeds/$name.als"
        gzip -dc "$set" > "$corpus_seeds/$name.xml" 2>/dev/null || rm -f "$corpus_seeds/$name.xml"
    done
fi

for target in $targets; do
    case $target in
        als_reader) seeds="$fuzz_dir/seeds/als $corpus_seeds"; max_len=131072 ;;
        midi_reader) seeds="$fuzz_dir/seeds/midi"; max_len=16384 ;;
        *) echo "unknown target: $target" >&2; exit 2 ;;
    esac
    corpus=$fuzz_dir/corpus/$target
    findings=$fuzz_dir/findings/$target
    mkdir -p "$corpus" "$findings"
    echo "== fuzz_$target for ${seconds}s (log: $fuzz_dir/fuzz_$target.log)"
    # shellcheck disable=SC2086  # $seeds is a list of folders
    (cd "$fuzz_dir" && nice -n 10 "./fuzz_$target" -max_total_time="$seconds" -jobs=1 -workers=1 \
        -max_len="$max_len" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -dict="$source_dir/tests/fuzz/$target.dict" -artifact_prefix="$findings/" \
        "$corpus" $seeds > "fuzz_$target.log" 2>&1) || true
    mv -f "$fuzz_dir/fuzz-0.log" "$fuzz_dir/fuzz_$target.worker.log" 2>/dev/null || true
    tail -n 12 "$fuzz_dir/fuzz_$target.worker.log" 2>/dev/null || tail -n 12 "$fuzz_dir/fuzz_$target.log"
    ls "$findings"
done
