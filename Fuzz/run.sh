#!/usr/bin/env bash
# Fuzz/run.sh TARGET [SECONDS]
#
# Builds the libFuzzer harness for TARGET and runs it for SECONDS (default 60). Targets:
#   reader     ReportReader.read on any bytes: a report, or an InputError naming the input
#   dates      DateParser.parse on any text: valid, ordered ranges
#   gazetteer  a gazetteer file parsed and loaded: a gazetteer, or an InputError with file and line
#   linker     a report read, linked and reduced for the graph: mentions inside their fields
#
# Fuzz/Seeds/reader holds the encodings (KOI8-R, Windows-1251, UTF-16 without a byte-order mark, UTF-8 with
# a bad byte) and a long cell of clauses; Fuzz/Seeds/linker the long cell.
#
# The harness is compiled with the library's sources (Sources/Entities and Sources/Graph) into one module,
# with the address sanitizer, so internal functions can be called and memory errors are caught. New
# inputs go to Fuzz/.build/corpus-TARGET, crashes to Fuzz/.build/crashes-TARGET. Seeds: the example
# reports (reader, linker), Fuzz/Seeds/TARGET. Not run in CI: it needs time, and finds what it finds.
#
# Extra libFuzzer options can follow: Fuzz/run.sh reader 300 -jobs=2
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

target=${1:?"usage: Fuzz/run.sh reader|dates|gazetteer|linker [seconds] [libFuzzer options]"}
seconds=${2:-60}
shift $(( $# >= 2 ? 2 : 1 ))
case $target in reader|dates|gazetteer|linker) ;; *) echo "no fuzz target '$target'" >&2; exit 2 ;; esac

build=Fuzz/.build
mkdir -p "$build/module" "$build/corpus-$target" "$build/crashes-$target"

# One module: the library's sources, Graph's without its `import Entities`, and the harness.
rm -f "$build/module"/*.swift
for file in Sources/Graph/*/*.swift; do
    sed '/^import Entities$/d' "$file" > "$build/module/Graph-$(basename "$file")"
done
binary="$build/fuzz-$target"
echo "fuzz: building $binary"
swiftc -sanitize=fuzzer,address -parse-as-library -O -g -module-name LinkgraphFuzz -package-name linkgraph \
    $(find Sources/Entities -name '*.swift') "$build"/module/*.swift \
    Fuzz/Harness/Support.swift "Fuzz/Harness/$target.swift" -o "$binary"

seeds=("Fuzz/Seeds/$target")
case $target in
    reader) seeds+=(Examples Examples/docx) ;;
    linker) seeds+=(Examples) ;;
esac
mkdir -p "${seeds[0]}"
echo "fuzz: running $target for $seconds s"
exec "$binary" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=4096 -max_len=400000 \
    -artifact_prefix="$build/crashes-$target/" "$@" "$build/corpus-$target" "${seeds[@]}"
