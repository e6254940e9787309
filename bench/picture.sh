#!/bin/sh
# picture: a story's picture in the reader (issue 19), in figures.
#  1. From the key that opens a story (]) to its text on screen and to its
#     picture on screen, for a 1 MB JPEG (bench/bench_jpeg makes it) over
#     a link that adds 300 ms to every request (bench/story_httpd.py
#     --delay 0.3 --picture), bandwidth unlimited; with the stories
#     fetched ahead (the reader sits READ seconds on each, as a reader
#     reads) and without (KANBAO_NO_PREFETCH=1).  The times are the
#     reader's own (KANBAO_TRACE, src/ui.c): from reading the key to the
#     first frame of the story, and to the first frame after the line
#     saying its picture came.
#  2. The reader's peak memory (RSS, /usr/bin/time) for a story whose
#     picture is the decompression bomb (a PNG of 3956 bytes claiming
#     20000x20000 pixels, fuzz/seeds/picture/bomb-20000.png), against the
#     same story with a tiny PNG, with the 1 MB JPEG, and with pictures
#     off; the bomb over the tiny picture is the ratio that tells.
#   bench/picture.sh [KANBAO] [BENCH_JPEG]     (make bench runs it)
# STEPS, READ (seconds on a story before ]) and KEEP=1 (the traces are
# kept in the temporary folder) from the environment.
KANBAO=${1:-${KANBAO:-src/kanbao}}
JPEG_MAKER=${2:-bench/bench_jpeg}
HERE=$(cd "$(dirname "$0")" && pwd)
SEEDS=$HERE/../fuzz/seeds/picture
STEPS=${STEPS:-5}
READ=${READ:-2}
command -v tmux >/dev/null 2>&1 || { echo "picture: tmux is not installed; skipped"; exit 0; }
[ -x "$JPEG_MAKER" ] || { echo "picture: $JPEG_MAKER is not built (make bench/bench_jpeg); skipped"; exit 0; }
tmp=$(mktemp -d) || exit 1
sock=bench-picture-$$
srv=
tm() { tmux -f /dev/null -L "$sock" "$@"; }
trap 'tm kill-server 2>/dev/null; [ -n "$srv" ] && kill $srv 2>/dev/null; [ -n "$KEEP" ] || rm -rf "$tmp"' EXIT
ms() { echo $(( $(date +%s%N) / 1000000 )); }
set -- $("$JPEG_MAKER" "$tmp/photo.jpg" 1024) || exit 1
photo="$(($1 / 1024)) KiB, $2x$3"

# serve DELAY PICTURE: story_httpd.py with PICTURE in every story; sets port
serve() {
	[ -n "$srv" ] && kill $srv 2>/dev/null
	rm -f "$tmp/port"; mkfifo "$tmp/port"
	python3 "$HERE/story_httpd.py" --delay "$1" --picture "$2" --lifetime 600 > "$tmp/port" &
	srv=$!
	read -r port < "$tmp/port"
}

# reader SESSION TRACE [VAR=value...] COMMAND...: COMMAND (kanbao, or
# something running it) in a new session, on story 1
reader() {
	s=$1 trace=$2
	shift 2
	rm -rf "$tmp/home"; mkdir -p "$tmp/home"
	: > "$trace"
	tm new-session -d -s "$s" -x 100 -y 40 env TERM=screen-256color LC_ALL=C.UTF-8 \
	    HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/config" XDG_CACHE_HOME="$tmp/home/cache" \
	    XDG_DATA_HOME="$tmp/home/data" KANBAO_TRACE="$trace" "$@" \
	    "http://127.0.0.1:$port/s/1.html"
}

# wait_trace TRACE ERE LIMIT_MS: until a line of TRACE matches ERE
wait_trace() {
	end=$(( $(ms) + $3 ))
	while [ "$(ms)" -lt "$end" ]; do
		grep -Eq -- "$2" "$1" && return 0
		sleep 0.01
	done
	return 1
}

# key_times TRACE FROM N: "TEXT PICTURE" in ms, by the reader's clock, from
# the first key read after line FROM to the first frame of story N, and
# to the first frame after the line saying its picture came
key_times() {
	tail -n +"$2" "$1" | awk -v want="/s/$3.html" '
		function is(u) { return substr(u, length(u) - length(want) + 1) == want }
		$1 == "key" && k == "" { k = $2 }
		$1 == "picture" && is($4) { p = 1 }
		$1 == "draw" && $3 == "full" && k != "" && is($4) {
			if (t == "") t = $2
			if (p && pic == "") pic = $2
		}
		END { if (t == "" || pic == "") exit 1
			printf "%.0f %.0f\n", (t - k) / 1000, (pic - k) / 1000 }'
}

# run NAME ENV...: STEPS steps of ], a line of "TEXT PICTURE" each
run() {
	name=$1
	shift
	trace="$tmp/$name.trace"
	reader "$name" "$trace" "$@" "$KANBAO"
	wait_trace "$trace" "^picture [0-9]+ (ok|failed) .*/s/1.html$" 15000 ||
	    { echo "picture: story 1's picture never came" >&2; return 1; }
	n=1
	while [ $n -le "$STEPS" ]; do
		sleep "$READ"
		from=$(($(wc -l < "$trace") + 1))
		tm send-keys -t "$name" ']'
		n=$((n + 1))
		end=$(( $(ms) + 15000 ))
		until key_times "$trace" "$from" $n; do
			[ "$(ms)" -lt "$end" ] && ! grep -Eq "^picture [0-9]+ failed .*/s/$n.html$" "$trace" ||
			    { echo "picture: story $n's picture never showed" >&2; return 1; }
			sleep 0.01
		done
	done
	tm kill-session -t "$name"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
report() {
	text=$(echo "$2" | cut -d' ' -f1) pic=$(echo "$2" | cut -d' ' -f2)
	echo "  $1 text $(echo "$text" | median) ms ($(echo $text)); picture $(echo "$pic" | median) ms ($(echo $pic))"
}

serve 0.3 "$tmp/photo.jpg"
on=$(run ahead) || exit 1
off=$(run cold KANBAO_NO_PREFETCH=1) || exit 1
echo "picture: ] to the story's text and to its picture on screen, by the reader's clock;"
echo "  a JPEG of $photo, 300 ms added to every request, $STEPS steps, median ms (steps)"
report "fetched ahead:" "$on"
report "not ahead:    " "$off"

# ---- peak memory ----
if [ ! -x /usr/bin/time ]; then
	echo "picture: /usr/bin/time is not installed: no memory figures"
	exit 0
fi
# rss NAME PICTURE [ARGS...]: the reader's peak RSS in KiB on story 1
# with PICTURE, once the picture came (or, pictures off, the text)
rss() {
	name=$1 pic=$2
	shift 2
	serve 0 "$pic"
	trace="$tmp/$name.trace"
	rm -f "$tmp/$name.rss"
	reader "$name" "$trace" KANBAO_NO_PREFETCH=1 /usr/bin/time -f %M -o "$tmp/$name.rss" \
	    "$KANBAO" "$@"
	if [ $# -gt 0 ]; then want="^draw [0-9]+ full .*/s/1.html$"; else want="^picture [0-9]+ (ok|failed) .*/s/1.html$"; fi
	wait_trace "$trace" "$want" 15000 || { echo "picture: $name: story 1 never showed" >&2; return 1; }
	tm send-keys -t "$name" q
	end=$(( $(ms) + 10000 ))
	while [ ! -s "$tmp/$name.rss" ] && [ "$(ms)" -lt "$end" ]; do sleep 0.05; done
	cat "$tmp/$name.rss"
}
none=$(rss none "$SEEDS/tiny.png" --images=none) || exit 1
tiny=$(rss tiny "$SEEDS/tiny.png") || exit 1
bomb=$(rss bomb "$SEEDS/bomb-20000.png") || exit 1
jpeg=$(rss jpeg "$tmp/photo.jpg") || exit 1
echo "picture: the reader's peak memory (RSS) on a story whose picture is ..."
echo "  pictures off:                  $none KiB"
echo "  a tiny PNG (12x9):             $tiny KiB"
echo "  the bomb (3956 B, 20000x20000): $bomb KiB  (an unchecked decode would take 1,600,000 KiB)"
echo "  the $photo JPEG: $jpeg KiB"
awk -v b="$bomb" -v t="$tiny" 'BEGIN { printf "  the bomb over the tiny picture: %.2f\n", b / t }'
