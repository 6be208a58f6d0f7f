#!/usr/bin/env bash
# Whole-process timings of the packed Release tool, the baseline the performance work starts from:
#   1. `roadmap-git hook run pre-commit` on the demo repository, median of 10 runs;
#   2. `roadmap-git update` on a generated repository of 10,000 commits over the sample roadmap
#      (one note commit in 40, the rest churn elsewhere), median of 3 runs.
# Usage: bash bench/measure.sh   (needs the .NET SDK, git and python3)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A version no NuGet cache has seen, so the tool measured is this very build.
version="0.0.0-bench.$(date +%Y%m%d%H%M%S)"
export NUGET_PACKAGES="$work/nuget"
dotnet pack "$root/src/RoadmapGit" -c Release -o "$work/packages" -p:PackageVersion="$version" >/dev/null
dotnet tool install RoadmapGit --tool-path "$work/tools" --add-source "$work/packages" --version "$version" >/dev/null
tool="$work/tools/roadmap-git"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
ms() { local start; start=$(date +%s%N); "$@" >/dev/null 2>&1; echo $(( ($(date +%s%N) - start) / 1000000 )); }

"$tool" demo --directory "$work/demo" >/dev/null 2>&1
hook=$(cd "$work/demo" && for _ in $(seq 10); do ms "$tool" hook run pre-commit; done | median)
echo "hook run pre-commit on the demo repository: ${hook} ms (median of 10)"

git init -q -b main "$work/big"
python3 "$root/bench/generate-history.py" "$root/src/RoadmapGit.Core/Demo/backend-roadmap.md" 10000 \
  | (cd "$work/big" && git fast-import --quiet && git reset -q --hard main)
commits=$(git -C "$work/big" rev-list --count HEAD)
update=$(cd "$work/big" && for _ in 1 2 3; do git checkout -q -- README.md; ms "$tool" update; done | median)
echo "update on a repository of ${commits} commits: ${update} ms (median of 3)"
