#!/bin/sh
# startup: what a text dump of a small page costs, start-up included.
#  1. CPU time (user + sys, from the kernel's accounting of the children)
#     of `kanbao --dump --format=text` on an 86-byte page and on a 14 KB
#     fixture, against `w3m -dump` of the same page when w3m is installed,
#     and against a program that does nothing but load kanbao's libraries:
#     the floor that no code of kanbao's can go under.  Rounds alternate
#     the commands (A B A B ...) so that a drift of the machine's speed
#     falls on both; the median of the rounds is printed, and of the
#     per-round ratios.
#  2. With valgrind, the instructions of the small dump split by where
#     they go: the dynamic loader, the libraries' constructors, kanbao's
#     main (by callee: locale, config, fetch, extraction, output) and exit;
#     then the loader's part by library.  libcurl is not among them: it is
#     opened on the first fetch of a URL (src/curl_lazy.c).
#   bench/startup.sh [KANBAO]        (make bench runs it)
KANBAO=${1:-${KANBAO:-src/kanbao}}
HERE=$(cd "$(dirname "$0")" && pwd)
ROUNDS=${ROUNDS:-9}
RUNS=${RUNS:-20}		# runs of each command in one round
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 HOME="$tmp" XDG_CONFIG_HOME="$tmp/c" XDG_CACHE_HOME="$tmp/cache" \
	XDG_DATA_HOME="$tmp/d"
printf '<html><head><title>Tiny</title></head><body><p>A small page, short.</p></body></html>\n' \
	> "$tmp/tiny.html"
page="$HERE/../tests/data/wordpress-utf8.html"

# libs_only: a main() that returns, linked to every library kanbao names
libs=$(readelf -d "$KANBAO" 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\]/-l:\1/p' | tr '\n' ' ')
if [ -n "$libs" ] && echo 'int main(void) { return 0; }' |
    ${CC:-cc} -x c - -o "$tmp/libs_only" -Wl,--no-as-needed $libs 2>/dev/null; then
	floor="$tmp/libs_only"
else
	floor=
	echo "startup: cannot build a program of kanbao's libraries (no cc or readelf); no floor"
fi
command -v w3m > /dev/null 2>&1 || echo "startup: w3m is not installed; no comparison with it"

# cpu NAME PAGE: the CPU-time table for one page
cpu() {
	python3 - "$ROUNDS" "$RUNS" "$1" "$KANBAO --dump --format=text --width=80 $2" \
	    "$(command -v w3m > /dev/null 2>&1 && echo "w3m -dump -cols 80 $2")" "$floor" <<'EOF'
import resource, statistics, subprocess, sys
rounds, runs, name = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
cmds = [("kanbao", sys.argv[4]), ("w3m -dump", sys.argv[5]), ("libraries only", sys.argv[6])]
cmds = [(n, c.split()) for n, c in cmds if c]
def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime
per = {n: [] for n, _ in cmds}
for _ in range(rounds + 1):		# the first round warms the caches and is dropped
    for n, c in cmds:
        t = children_cpu()
        for _ in range(runs):
            subprocess.run(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        per[n].append((children_cpu() - t) / runs)
for n in per:
    per[n] = per[n][1:]
print("startup: %s, CPU ms a run (median of %d rounds of %d runs):" % (name, rounds, runs))
for n, v in per.items():
    line = "  %-15s %6.2f ms" % (n, statistics.median(v) * 1000)
    if n != "kanbao":
        ratios = [a / b for a, b in zip(per["kanbao"], v) if b > 0]
        if ratios:
            line += "   kanbao / %s: %.2f" % (n, statistics.median(ratios))
    print(line)
EOF
}
cpu "an 86-byte page" "$tmp/tiny.html"
cpu "tests/data/wordpress-utf8.html (14 KB)" "$page"

command -v valgrind > /dev/null 2>&1 || { echo "startup: no valgrind; no instruction split"; exit 0; }
count() {
	valgrind -q --tool=callgrind --callgrind-out-file="$tmp/cg" "$@" > /dev/null 2>&1
	sed -n 's/^summary: //p' "$tmp/cg"
}
# the loader's part by library: a program linked to one library alone
# (with what that one pulls in, so libstdc++ counts under both libxml2,
# through ICU, and uchardet), less a program linked to none
lib_split() {
	echo 'int main(void) { return 0; }' > "$tmp/empty.c"
	${CC:-cc} "$tmp/empty.c" -o "$tmp/none" 2>/dev/null || return
	none=$(count "$tmp/none")
	echo "startup: instructions of loading each library alone, with its own dependencies:"
	for l in $libs; do
		case $l in -l:libc.so*) continue ;; esac
		${CC:-cc} "$tmp/empty.c" -o "$tmp/one" -Wl,--no-as-needed "$l" 2>/dev/null || continue
		printf '  %-24s %6.2f M\n' "${l#-l:}" "$(( $(count "$tmp/one") - none ))e-6"
	done
}
total=$(count "$KANBAO" --dump --format=text --width=80 "$tmp/tiny.html")
cp "$tmp/cg" "$tmp/kanbao.cg"
libs_total=$([ -n "$floor" ] && count "$floor")
w3m_total=$(command -v w3m > /dev/null 2>&1 && count w3m -dump -cols 80 "$tmp/tiny.html")
callgrind_annotate --inclusive=yes --tree=calling "$tmp/kanbao.cg" 2>/dev/null |
    awk -v total="$total" -v libs="$libs_total" -v w3m="$w3m_total" '
	function n(s) { gsub(",", "", s); return s + 0 }
	function pr(what, v) { printf "  %-34s %6.2f M  %5.1f%%\n", what, v / 1e6, 100 * v / total }
	/^ *[0-9,]+ .*\* .*:_dl_start \[/ { loader = n($1) }
	/^ *[0-9,]+ .*\* .*:_dl_init \[/ { ctors = n($1) }
	/^ *[0-9,]+ .*stdlib\/exit\.c:exit [[(]/ { ex = n($1) }
	/^ *[0-9,]+ .*\* .*extract\.c:extract_bytes \[/ { ext = n($1) }
	/^ *[0-9,]+ .*\* .*main\.c:main \[/ { inmain = 1; mainv = n($1); next }
	inmain && /^$/ { inmain = 0 }
	inmain && />/ {
		v = n($1); f = $0; sub(/ \([0-9]+x\).*/, "", f); sub(/.*[:>] */, "", f)
		if (f ~ /setlocale|bindtextdomain|textdomain/) loc += v
		else if (f ~ /sites_|config_|load_config/) cfg += v
		else if (f ~ /store_/) st += v
		else if (f ~ /fetch/) fe += v
		else if (f ~ /extract/) exv += v
		else if (f ~ /page_write/) out += v
		else rest += v
	}
	END {
		# extraction called inside the fetch (fetched_page) counts apart
		if (exv == 0 && ext > 0 && fe >= ext) { exv = ext; fe -= ext }
		printf "startup: instructions of the text dump of the 86-byte page: %.2f M\n", total / 1e6
		pr("dynamic loader (libraries)", loader)
		pr("libraries'"'"' constructors", ctors)
		pr("main: locale and gettext", loc)
		pr("main: config and site rules", cfg)
		pr("main: cache (opened on first use)", st)
		pr("main: fetch (reading the file)", fe)
		pr("main: extraction", exv)
		pr("main: text output", out)
		pr("main: the rest", mainv - loc - cfg - st - fe - exv - out)
		pr("exit handlers", ex)
		if (libs) printf "  a program that only loads the same libraries: %.2f M (kanbao adds %.2f M)\n", libs / 1e6, (total - libs) / 1e6
		if (w3m) printf "  w3m -dump of the same page: %.2f M (kanbao / w3m %.2f)\n", w3m / 1e6, total / w3m
	}'
lib_split
