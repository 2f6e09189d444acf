#!/usr/bin/env bash
# Builds and runs one libFuzzer target against the package's modules.
#
#   Tests/Fuzz/run.sh NAME [SECONDS] [extra libFuzzer flags…]
#
# NAME is a folder of Tests/Fuzz (xml, csv, date, xes, workbook). The package's library targets are built
# once with `-sanitize=fuzzer,address` into .build-fuzz (release, so that the fuzzer is fast),
# then Tests/Fuzz/NAME/main.swift is compiled with `-parse-as-library` and linked against their
# object files and libxml2. The binary sits beside the resource bundles, so Bundle.module finds
# the schema. Seeds come from Tests/Fuzz/corpus/NAME (read only); inputs the fuzzer finds go to
# .build-fuzz/corpus/NAME; a crash, leak or timeout is written to Tests/Fuzz/artifacts/NAME/ and
# the script exits non-zero. Turn each into a regression test, then delete the artifact.
set -euo pipefail

name=${1:?usage: Tests/Fuzz/run.sh NAME [SECONDS] [libFuzzer flags…]}
seconds=${2:-60}
shift $(( $# >= 2 ? 2 : 1 ))
root=$(cd "$(dirname "$0")/../.." && pwd)
scratch=${FUZZ_SCRATCH:-$root/.build-fuzz}
main=$root/Tests/Fuzz/$name/main.swift
[ -f "$main" ] || { echo "no fuzz target $main" >&2; exit 2; }

# 1. The libraries, instrumented (the test and executable products are not linked here).
for target in PlanreisModel PlanreisXML PlanreisFormats; do
    swift build --package-path "$root" --scratch-path "$scratch" -c release --target "$target" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -g >&2
done
bin=$(swift build --package-path "$root" --scratch-path "$scratch" -c release --show-bin-path)

# 2. The target, linked against the libraries' objects.
objects=()
for target in ZIPFoundation PlanreisModel PlanreisXML PlanreisFormats; do
    while IFS= read -r -d '' object; do objects+=("$object"); done < <(find "$bin/$target.build" -name '*.o' -print0)
done
swiftc -parse-as-library -sanitize=fuzzer,address -O -g -module-name "Fuzz_$name" \
    -I "$bin/Modules" -I "$bin" -I "$root/Sources/CLibXML2" -Xcc -I/usr/include/libxml2 \
    "$main" "${objects[@]}" -lxml2 -lz -o "$bin/fuzz-$name" 2> >(grep -v "Cannot export local symbol" >&2)

# 3. Run. The Swift backtracer is switched off: libFuzzer reports the crash itself.
mkdir -p "$scratch/corpus/$name" "$root/Tests/Fuzz/artifacts/$name"
cd "$bin"
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0} \
    "./fuzz-$name" -max_total_time="$seconds" -timeout=10 -max_len=${FUZZ_MAX_LEN:-16384} -print_final_stats=1 \
    -artifact_prefix="$root/Tests/Fuzz/artifacts/$name/" "$@" "$scratch/corpus/$name" "$root/Tests/Fuzz/corpus/$name"
