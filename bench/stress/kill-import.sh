#!/usr/bin/env bash
# Stress test of the console's import guarantee: kill -9 a `practices import` of 10,000 records at 20 random
# moments and check after each kill that the org passes PRAGMA integrity_check and holds either the library from
# before the import or the whole import, never part of it (docs/console.md, "Guarantees").
#
# Run from anywhere:   bench/stress/kill-import.sh [kills] [records] [seed]
#   kills    how many runs to kill (default 20)
#   records  records in the imported file (default 10000)
#   seed     seed of the kill moments (default: random, printed; pass it again to replay the same moments)
# Needs the .NET 10 SDK and the sqlite3 shell. Takes a few minutes. It is not part of `dotnet test` and CI does not
# run it; the test suite holds the short version (5 kills on 2,000 records, tests/.../PracticeFiles/ImportKillTests.cs).
set -euo pipefail

kills=${1:-20}
records=${2:-10000}
seed=${3:-$(( (RANDOM << 15) | RANDOM ))}
root=$(cd "$(dirname "$0")/../.." && pwd)
command -v sqlite3 >/dev/null || { echo "kill-import: the sqlite3 shell is needed (apt-get install sqlite3)" >&2; exit 2; }

echo "kill-import: $kills kills of a $records-record import, seed $seed"
dotnet build -c Release "$root/Integration" -v quiet -nologo >/dev/null
console=(dotnet "$root/Integration/bin/Release/net10.0/dataverse-sharing.dll")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The file: new keys, plus the 50 first demo keys with changed titles, so the import both creates and updates.
{
  echo "["
  for ((i = 0; i < records; i++)); do
    if ((i < 50)); then key=$(printf 'DEMO-%05d' $((i + 1))); else key=$(printf 'STRESS-%05d' "$i"); fi
    printf '{"key":"%s","title":"Stress practice %d","topic":"Negotiation","body":"Body of stress practice %d, long enough to fill pages like a real one does."}' "$key" "$i" "$i"
    if ((i < records - 1)); then echo ","; else echo; fi
  done
  echo "]"
} > "$work/import.json"

# What an org holds: its integrity, the rows of every table, and each practice's key, title and body.
content() {
  local org=$1 check
  check=$(sqlite3 "$org" 'PRAGMA integrity_check;' 2>&1 | tr '\n' ' ' || true)
  if [ "$check" != "ok " ]; then echo "integrity: $check"; return; fi
  {
    for table in $(sqlite3 "$org" "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__localdataverse_%' ORDER BY name;"); do
      echo "$table $(sqlite3 "$org" "SELECT count(*) FROM \"$table\";")"
    done
    sqlite3 "$org" "SELECT dvs_practicekey || '|' || dvs_name || '|' || coalesce(dvs_body, '') FROM dvs_bestpractice ORDER BY dvs_practicekey;"
  } | sha256sum | cut -c1-16 || true
}
practices() { sqlite3 "$1" 'SELECT count(*) FROM dvs_bestpractice;' 2>/dev/null || echo "?"; }

"${console[@]}" init --demo --org "$work/before.db" >/dev/null 2>&1
before=$(content "$work/before.db")
# Kill moments are aimed at the work: counted from when the import opens the org (SQLite creates its -wal then).
opened() { while [ ! -e "$1-wal" ] && kill -0 "$2" 2>/dev/null; do sleep 0.005; done; }

cp "$work/before.db" "$work/after.db"
"${console[@]}" practices import "$work/import.json" --org "$work/after.db" >/dev/null &
pid=$!
opened "$work/after.db" "$pid"
start=$(date +%s%N)
wait "$pid"
window=$(( ($(date +%s%N) - start) / 1000000 ))
after=$(content "$work/after.db")
echo "kill-import: before $(practices "$work/before.db") practices, after $(practices "$work/after.db"); a whole import ran $window ms after opening the org"

RANDOM=$seed
nothing=0; all=0; failed=0
for ((k = 1; k <= kills; k++)); do
  org="$work/kill-$k.db"
  cp "$work/before.db" "$org"
  delay=$(( ((RANDOM << 15) | RANDOM) % window ))
  "${console[@]}" practices import "$work/import.json" --org "$org" >/dev/null 2>&1 &
  pid=$!
  opened "$org" "$pid"
  sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
  kill -9 "$pid" 2>/dev/null || true
  rc=0; wait "$pid" 2>/dev/null || rc=$?
  if [ "$rc" -eq 137 ]; then how="killed $delay ms after it opened the org"; else how="ended (exit $rc) before $delay ms"; fi
  now=$(content "$org")
  if [ "$now" = "$before" ]; then nothing=$((nothing + 1)); verdict="nothing imported ($(practices "$org") practices)"
  elif [ "$now" = "$after" ]; then all=$((all + 1)); verdict="all imported ($(practices "$org") practices)"
  else failed=$((failed + 1)); verdict="FAILED: $now, $(practices "$org") practices"
  fi
  echo "kill $k: $how: $verdict"
  rm -f "$org" "$org-wal" "$org-shm"
done

echo "kill-import: $kills kills: $nothing left nothing imported, $all left all imported, $failed failed (seed $seed)"
[ "$failed" -eq 0 ]
