#!/usr/bin/env bash
# Runs every test: installs the Debian packages the tests use if missing, builds, runs the xunit suites
# against the real engines and encoders, and ends with one line of totals: "N passed, N failed, N skipped".
set -uo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$root"
scripts/install-packages.sh --test || exit 1

log=$(mktemp)
trap 'rm -f "$log"' EXIT
dotnet test Aloud.slnx -c Release --nologo 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Add up the per-assembly summaries ("Passed!  - Failed: 0, Passed: 42, Skipped: 0, Total: 42 ...").
read -r passed failed skipped assemblies < <(grep -E '(Passed|Failed)! +- +Failed: ' "$log" | awk '
  { for (i = 1; i <= NF; i++) { v = $(i+1); gsub(",", "", v)
      if ($i == "Failed:") f += v; else if ($i == "Passed:") p += v; else if ($i == "Skipped:") s += v } n++ }
  END { printf "%d %d %d %d\n", p, f, s, n }')
expected=$(find tests -name '*.Tests.csproj' | wc -l)
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1   # the build or a test host failed before reporting: count it, never report green
fi
if [ "$assemblies" -lt "$expected" ] && [ "$failed" -eq 0 ]; then
  failed=1
  echo "only $assemblies of $expected test projects reported results" >&2
fi
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
