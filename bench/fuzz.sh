#!/usr/bin/env bash
# The long fuzz run: every fuzz target of the test suites (the readers in tests/Aloud.Core.Tests/Fuzzing, the
# API's JSON bodies in tests/Aloud.Server.Tests/Fuzzing) with INPUTS generated and mutated inputs each instead
# of the suite's short run, then a table of inputs, refusals, failures, time and memory per target.
#   bench/fuzz.sh [INPUTS] [SEED]      (default 100000 inputs per target, the suite's seed)
#   ONLY=core bench/fuzz.sh 20000      (just the readers; ONLY=server for just the API bodies)
#   SKIP_BUILD=1 bench/fuzz.sh         (use the Release build already there)
#   TARGETS=html,rss bench/fuzz.sh     (some targets: html normaliser script ssml rss atom jsonfeed lexicon clip-timings,
#                                       api-articles api-lexicon api-preview api-feeds api-speech)
# Every failing input is saved under FAILURES (default .build/fuzz-failures/); copy it into the test project's
# Fuzzing/Regressions/ folder to replay it in every run of the suite. A failure is any exception other than the
# reader's documented error, a refusal that is not one line, over a second of CPU for one input, or an
# allocation far past the input's size.
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
inputs=${1:-100000}
seed=${2:-20261206}
only=${ONLY:-all}
failures=${FAILURES:-$root/.build/fuzz-failures}
work=$(mktemp -d)
report=$work/report.tsv
trap 'rm -rf "$work"' EXIT
mkdir -p "$failures"

if [ -z "${SKIP_BUILD:-}" ]; then   # SKIP_BUILD=1: use the Release build already there
  dotnet build Aloud.slnx -c Release --nologo -v quiet >/dev/null || { echo "fuzz: build failed" >&2; exit 1; }
fi
# Run from a copy of the test builds, so a rebuild during a long run cannot rewrite the assemblies under it.
for p in Aloud.Core.Tests Aloud.Server.Tests; do cp -r "tests/$p/bin/Release/net10.0" "$work/$p"; done
export ALOUD_FUZZ_TARGETS=${TARGETS:-} ALOUD_FUZZ_INPUTS=$inputs ALOUD_FUZZ_SEED=$seed ALOUD_FUZZ_REPORT=$report ALOUD_FUZZ_FAILURES=$failures
started=$(date +%s)
status=0
if [ "$only" = all ] || [ "$only" = core ]; then
  dotnet test "$work/Aloud.Core.Tests/Aloud.Core.Tests.dll" --nologo --filter "FullyQualifiedName~Fuzzing.FuzzTargetTests" >"$work/core.log" 2>&1 \
    || { status=1; grep -E '^\s+(Failed|Error Message)|failed:' "$work/core.log" | head -20; }
fi
if [ "$only" = all ] || [ "$only" = server ]; then
  dotnet test "$work/Aloud.Server.Tests/Aloud.Server.Tests.dll" --nologo --filter "FullyQualifiedName~Fuzzing" >"$work/server.log" 2>&1 \
    || { status=1; grep -E '^\s+(Failed|Error Message)|failed:' "$work/server.log" | head -20; }
fi

echo "fuzz: $inputs inputs per target, seed $seed, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(( $(date +%s) - started )) s"
printf '%-14s %9s %9s %8s %8s %12s %12s %12s\n' target inputs refused failed seconds "slowest ms" "most MB/in" "retained MB"
sort "$report" | awk -F'\t' '{ printf "%-14s %9d %9d %8d %8.1f %12d %12.1f %12.1f\n", $1, $2, $3, $4, $5, $6, $7, $8; n += $2; f += $4 }
  END { printf "total: %d inputs, %d failed\n", n, f }'
[ "$(ls -A "$failures")" ] && echo "failing inputs saved in $failures"
exit $status
