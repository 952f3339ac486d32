#!/usr/bin/env bash
# Counted run of `deal update <deal> --stage S` end to end (a new process each time, so the suggest step's cache is
# cold), waiting for the asynchronous suggest step as the command does by default. The stage alternates between
# Close and Develop so every run changes the deal and queues the step.
#   bench/console/deal-update.sh [runs] [practices]     (build first: dotnet build -c Release Integration)
# Environment: ORG (the org file; created with init --demo --practices N when missing), EXTRA (more options for
# deal update, e.g. --no-wait), DLL (the console). Prints each run and the medians of wall and user+sys CPU time.
set -euo pipefail
runs=${1:-9}
practices=${2:-10000}
here=$(cd "$(dirname "$0")" && pwd)
dll=${DLL:-$here/../../Integration/bin/Release/net10.0/dataverse-sharing.dll}
org=${ORG:-${TMPDIR:-/tmp}/dvs-bench-$practices.db}
deal="Northwind Traders - Supply Chain Planning rollout"
if [ ! -f "$org" ]; then
  dotnet "$dll" init --demo --practices "$practices" --org "$org" --force >/dev/null
fi
# One warm-up run: the first process after a build pays for the OS file cache.
dotnet "$dll" deal update "$deal" --stage Develop --org "$org" >/dev/null
stage=Close
walls=(); cpus=()
for ((i = 1; i <= runs; i++)); do
  out=$( { /usr/bin/time -f "%e %U %S" dotnet "$dll" deal update "$deal" --stage "$stage" --org "$org" ${EXTRA:-} >/dev/null; } 2>&1 | tail -1)
  read -r wall user sys <<<"$out"
  cpu=$(echo "$user + $sys" | bc)
  echo "run $i: --stage $stage  wall $wall s  cpu $cpu s (user $user, sys $sys)"
  walls+=("$wall"); cpus+=("$cpu")
  if [ "$stage" = Close ]; then stage=Develop; else stage=Close; fi
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median of $runs: wall $(median "${walls[@]}") s, cpu $(median "${cpus[@]}") s; load: $(cut -d' ' -f1-3 /proc/loadavg)"
