#!/bin/sh
# bench/hostile.sh: CPU time and peak memory of `kanbao --dump` on each
# hostile page of tests/hostile_inputs.py, and on pages of 16 MiB of one
# shape each (one paragraph, links, small tables, small paragraphs, <br>
# lines), beside the CPU time and peak memory of bare libxml2 parsing of
# the same page (xmllint --html), and the ratios of the two, so the figures
# read on any machine.  The issue's bound: under 1 s of CPU and at most 10
# times the page in memory (peak/page).  xmllint's peak is libxml2's DOM,
# 11 to 18 times a 16 MiB page of links, paragraphs or tables; kanbao
# builds its own, smaller tree from the same parser (src/html_tree.c), so
# peak/xml may be well under 1.
# kanbao runs ROUNDS times (3) and its median CPU time and largest peak are
# printed; xmllint runs once.  CPU time moves with the machine's load:
# INSTRUCTIONS=1 adds the instructions each of the two executes (valgrind's
# callgrind, the same on any load; ins/xml is their ratio) on the pages
# of one shape, best made of a few MiB (MIB=2): callgrind is slow.
#   [ROUNDS=N] [MIB=N] [INSTRUCTIONS=1] bench/hostile.sh [KANBAO]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
kanbao=${1:-$top/src/kanbao}
rounds=${ROUNDS:-3}	# runs of kanbao on each page; the median is printed
mib=${MIB:-16}	# the size of the pages of one shape
instructions=${INSTRUCTIONS:-0}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 "$top/tests/hostile_inputs.py" "$tmp"
python3 - "$tmp" "$mib" <<'PY'
import sys
MIB = float(sys.argv[2])
LIMIT = int(MIB * 1024 * 1024) - 4096	# kanbao reads up to 16 MiB
def fill(head, unit, tail=""):
    parts, size, i = [head], len((head + tail).encode()), 0
    while True:
        u = unit(str(i))
        size += len(u.encode())
        if size > LIMIT:
            return "".join(parts) + tail
        parts.append(u)
        i += 1
shapes = {
    "m-paragraph": fill("<p>", lambda i: "渡船在清晨开过海湾，船上有四十位乘客。", "</p>"),
    "m-links": fill("<ul>", lambda i: '<li><a href="/n/%s.html">第%s条新闻</a></li>' % (i, i), "</ul>"),
    "m-tables": fill("", lambda i: "<table><tr><td>镇%s</td><td>桥</td></tr></table>" % i),
    "m-paragraphs": fill("<div>", lambda i: "<p>短段落，第%s段。</p>" % i, "</div>"),
}
for name, text in shapes.items():
    with open("%s/%g%s.html" % (sys.argv[1], MIB, name), "w", encoding="utf-8") as f:
        f.write(text)
PY
# the instructions (millions) PROGRAM executes on its arguments, or -
count() {
  timeout 600 valgrind -q --tool=callgrind --callgrind-out-file="$tmp/cg" "$@" > /dev/null 2>&1 || true
  callgrind_annotate "$tmp/cg" 2>/dev/null |
    sed -n 's/^ *\([0-9,]*\) .*PROGRAM TOTALS.*/\1/p' | tr -d , | awk '{ printf "%.0f", $1 / 1e6 }'
}
if [ "$instructions" = 1 ] && ! command -v valgrind > /dev/null; then
  echo "hostile: no valgrind; no instruction counts" >&2
  instructions=0
fi
printf '%-20s %7s %9s %9s %8s %10s %9s %8s %8s' case page_MiB kanbao_s peak_MiB peak/page \
  xmllint_s xml_MiB cpu/xml peak/xml
[ "$instructions" = 1 ] && printf ' %9s %9s %8s' ins_M xml_ins_M ins/xml
echo
for f in "$tmp"/*.html; do
  : > "$tmp/runs"
  for _ in $(seq "$rounds"); do
    /usr/bin/time -o "$tmp/t" -f '%U %S %M' "$kanbao" --dump "$f" > /dev/null 2>&1 || true
    tail -1 "$tmp/t" >> "$tmp/runs"
  done
  size=$(wc -c < "$f")
  # the median run's CPU seconds, the largest peak
  cpu=$(awk '{ printf "%.2f\n", $1 + $2 }' "$tmp/runs" | sort -n | sed -n "$(( (rounds + 1) / 2 ))p")
  peak=$(awk '$3 > p { p = $3 } END { print p + 0 }' "$tmp/runs")
  k=$(echo "$cpu $peak $size" | awk '{ printf "%9.2f %9d %8.1f", $1, $2 / 1024, $3 ? $2 * 1024 / $3 : 0 }')
  x='- - - -'
  if command -v xmllint > /dev/null; then
    /usr/bin/time -o "$tmp/t" -f '%U %S %M' timeout 60 xmllint --html --noout --nowarning "$f" > /dev/null 2>&1 || true
    x=$(tail -1 "$tmp/t" | awk -v c="$cpu" -v p="$peak" '{ x = $1 + $2
      r = x > 0 ? sprintf("%.1f", c / x) : "-"
      m = $3 > 0 ? p / $3 : 0
      printf "%10.2f %9d %8s %8.2f", x, $3 / 1024, r, m }')
  fi
  printf '%-20s %7.1f %s %s' "$(basename "$f" .html)" "$(echo "$size" | awk '{ print $1 / 1048576 }')" "$k" "$x"
  case $f in */"$mib"m-*) ;; *) echo; continue ;; esac	# counted: the pages of one shape
  if [ "$instructions" = 1 ]; then
    ki=$(count "$kanbao" --dump "$f")
    xi=$(command -v xmllint > /dev/null && count xmllint --html --noout --nowarning "$f")
    echo "${ki:--} ${xi:--}" | awk '{ r = $1 > 0 && $2 > 0 ? sprintf("%.2f", $1 / $2) : "-"
      printf " %9s %9s %8s", $1, $2, r }'
  fi
  echo
done
