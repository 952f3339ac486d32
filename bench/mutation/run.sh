#!/usr/bin/env bash
# Mutation testing with Stryker.NET for one area of the code.
#
# Usage (from anywhere in the repository):
#   bench/mutation/run.sh practices       # mutates Domain/Practices/**,          tests tests/DataverseSharing.Domain.Tests
#   bench/mutation/run.sh ranking         # mutates Domain/Ranking/**,            tests tests/DataverseSharing.Domain.Tests
#   bench/mutation/run.sh practicefiles   # mutates Integration/PracticeFiles/**, tests tests/DataverseSharing.Integration.Tests
#   bench/mutation/run.sh security        # mutates LocalDataverse/Security/**,   tests tests/DataverseSharing.LocalDataverse.Tests (score 69.35%, 421 mutants tested, 49 min)
#   bench/mutation/run.sh query           # mutates LocalDataverse/Query/**,      tests tests/DataverseSharing.LocalDataverse.Tests
#   bench/mutation/run.sh servicequery    # mutates LocalDataverse/Service/Query/**, tests tests/DataverseSharing.LocalDataverse.Tests
#   bench/mutation/run.sh ranking --since:main   # any further arguments go to dotnet-stryker unchanged
#
# Scores and how to run one file group quickly: docs/mutation.md.
#
# Environment: STRYKER_CONCURRENCY (default 1: the test runs share the machine's cores with everything else;
# 2 is fine on an otherwise idle machine).
#
# The settings of each area (project, tests, files to mutate, per-test coverage, target framework net10.0) live
# in bench/mutation/<area>.json. Reports (HTML, JSON, and the score table on the console) go to
# bench/mutation/out/<area>/, which git ignores. dotnet-stryker is the version pinned in .config/dotnet-tools.json;
# `dotnet tool restore` installs it.
#
# Stryker replaces the product assembly in the test project's bin folder while it runs, so do not build or test
# that test project in the same checkout until the run ends. A full area takes tens of minutes on 2 cores.
# The progress bar needs a terminal; the LocalDataverse areas also use the "dots" reporter (one mark per mutant
# tested), so a run whose output goes to a file still shows how far it is.
set -euo pipefail

usage() {
  echo "usage: bench/mutation/run.sh practices|ranking|practicefiles|security|query|servicequery [dotnet-stryker options...]" >&2
  exit 2
}

[ $# -ge 1 ] || usage
area=$1
shift

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
config="$here/$area.json"
# Stryker runs in the test project's folder: from the repository root it would take the whole solution.
case "$area" in
  practices|ranking) tests=tests/DataverseSharing.Domain.Tests ;;
  practicefiles) tests=tests/DataverseSharing.Integration.Tests ;;
  security|query|servicequery) tests=tests/DataverseSharing.LocalDataverse.Tests ;;
  *) echo "error: unknown area '$area' (expected practices, ranking, practicefiles, security, query or servicequery)" >&2; exit 2 ;;
esac

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
cd "$root"
dotnet tool restore >/dev/null
cd "$root/$tests"

out="$here/out/$area"
mkdir -p "$out"
exec dotnet stryker \
  --config-file "$config" \
  --concurrency "${STRYKER_CONCURRENCY:-1}" \
  --output "$out" \
  --skip-version-check \
  "$@"
