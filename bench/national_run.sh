#!/usr/bin/env bash
# The whole pipeline at national scale, then one month later. Not part of CI; the full run takes minutes.
#   bench/national_run.sh NAT HOME [maand]   NAT: a national set from bench/national.sh; HOME: a new folder
#                                            (with `maand`: an existing home of NAT, only step 2)
#   DEKKEND_JAVA_OPTS (default -Xmx8g): the heap of both runs
# 1. `dekkend run --inbox NAT --home HOME`: wall time, peak RSS, models computed, SWV homes published;
# 2. one month later: every SWV delivers its thuiszitters and tlv files again, each with one new row dated in the
#    month after the set's last one (a full replacement, as the contracts say: the file holds the whole history),
#    into a copy of the inbox (symlinks plus the new files); the same run on the same home, timed the same way.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
[ $# -ge 2 ] || { echo "gebruik: bench/national_run.sh LANDELIJKE_INBOX NIEUWE_HOME [maand]" >&2; exit 2; }
nat="$(cd "$1" && pwd)"
home="$2"
only_month="${3:-}"
if [ -z "$only_month" ] && [ -e "$home" ]; then echo "$home bestaat al; kies een nieuwe map" >&2; exit 2; fi
export DEKKEND_JAVA_OPTS="${DEKKEND_JAVA_OPTS:--Xmx8g}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

timed_run() { # label inbox
  local log="$work/$1.log" t="$work/$1.time" status=0
  /usr/bin/time -v -o "$t" "$root/dekkend" run --inbox "$2" --home "$home" 2>&1 \
    | while IFS= read -r line; do printf '%(%s)T %s\n' -1 "$line"; done >"$log" || true
  status="$(sed -n 's/.*Exit status: //p' "$t")"
  cp "$log" "$home.$1.log"
  local wall rss
  wall="$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$t")"
  rss="$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$t")"
  echo "$1: exit $status, wall $wall, peak RSS $((rss / 1024)) MB ($DEKKEND_JAVA_OPTS), load $(cut -d' ' -f1-3 /proc/loadavg)"
  # seconds per stage, from the time each progress line arrived
  awk '$2 ~ /^[123]\/3$/ { if (t) printf "  %s %d s\n", name, $1 - t; t = $1; name = $3 } END { printf "  %s %d s\n", name, $1 - t }' "$log"
  cut -d' ' -f2- "$log" | grep -E "^  [0-9]+ modellen|datatests|gepubliceerd:|per SWV|mislukt|Fout|fout" | head -8 | sed 's/^/  /' || true
  echo "  bestanden: $(grep -c ': [0-9.]* rij\(en\)\? geladen' "$log" || true) geladen, $(grep -c '/.*: ongewijzigd' "$log" || true) ongewijzigd"
}

"$root/dekkend" --help >/dev/null # builds when needed, outside the timing
echo "landelijke inbox: $(find "$nat" -mindepth 1 -maxdepth 1 -type d | wc -l) SWV's, $(find "$nat" -type f | wc -l) bestanden, $(du -sh "$nat" | cut -f1); $(nproc) cores"
[ -n "$only_month" ] || timed_run volledig "$nat"

month="$work/inbox"
tag="$(date -u +%Y%m%d%H%M%S)" # each call delivers a new month: new bytes, so the files load again
for swv_dir in "$nat"/*/; do
  swv="$(basename "$swv_dir")"
  for bron in $(ls "$swv_dir"); do
    mkdir -p "$month/$swv/$bron"
    for f in "$swv_dir$bron"/*; do ln -s "$f" "$month/$swv/$bron/"; done
  done
  # thuiszitters: one new melding in the month after the newest begindatum
  tz="$(ls "$swv_dir"thuiszitters/*.csv | head -1)"
  python3 - "$tz" "$month/$swv/thuiszitters/thuiszitters_$tag.csv" "$swv" "$tag" <<'PY'
import sys, datetime
src, out, swv, tag = sys.argv[1:]
lines = open(src, encoding="utf-8-sig").read().splitlines()
header, rows = lines[0], [l for l in lines[1:] if l]
cols = header.split(";")
newest = max(datetime.date.fromisoformat(r.split(";")[cols.index("begindatum")]) for r in rows)
nxt = (newest.replace(day=1) + datetime.timedelta(days=32)).replace(day=3)
first = rows[0].split(";")
new = dict(zip(cols, first))
new.update(melding_id="TZ-%s-%s" % (tag, swv), leerling_id="L%s9999999" % swv[2:], begindatum=nxt.isoformat(), einddatum="", oplossing="")
open(out, "w", encoding="utf-8").write("\n".join([header] + rows + [";".join(new[c] for c in cols)]) + "\n")
PY
  rm -f "$month/$swv/thuiszitters/$(basename "$tz")"
  # tlv: one new request, decided a week later, in the same month
  tlv="$(ls "$swv_dir"tlv/*.csv | head -1)"
  python3 - "$tlv" "$month/$swv/tlv/tlv_$tag.csv" "$swv" "$tag" <<'PY'
import sys, datetime
src, out, swv, tag = sys.argv[1:]
lines = open(src, encoding="utf-8-sig").read().splitlines()
header, rows = lines[0], [l for l in lines[1:] if l]
cols = header.split(";")
def d(s): return datetime.datetime.strptime(s, "%d-%m-%Y").date()
newest = max(d(r.split(";")[cols.index("aanvraagdatum")]) for r in rows)
nxt = (newest.replace(day=1) + datetime.timedelta(days=32)).replace(day=2)
new = dict(zip(cols, rows[0].split(";")))
fmt = lambda x: "%d-%d-%d" % (x.day, x.month, x.year)
start = datetime.date(nxt.year if nxt.month < 8 else nxt.year + 1, 8, 1)
new.update(tlv_nummer="TLV-%s-%s" % (tag, swv), leerling_id="L%s9999998" % swv[2:], soort="SBO", aanvraagdatum=fmt(nxt),
           besluitdatum=fmt(nxt + datetime.timedelta(days=7)), besluit="toegekend", ingangsdatum=fmt(start),
           einddatum=fmt(start.replace(year=start.year + 1) - datetime.timedelta(days=1)), geplande_terugplaatsing="",
           eenzijdig="nee", bezwaar="nee", bezwaar_uitkomst="", uitkomst="lopend")
open(out, "w", encoding="utf-8").write("\n".join([header] + rows + [";".join(new[c] for c in cols)]) + "\n")
PY
  rm -f "$month/$swv/tlv/$(basename "$tlv")"
done
timed_run maand_later "$month"
echo "logboeken: $home.volledig.log, $home.maand_later.log"
