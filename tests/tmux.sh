# tests/tmux.sh: the helpers the reader's screen tests share, sourced by
# them.  A test sets KANBAO, sources this and calls tmux_begin NAME, which
# sets what the helpers read: sock (its tmux server), tmp, ENV (the
# environment kanbao runs with: a home in $tmp), LIMIT (tenths of a second
# to wait), n=0 failed=0 and EXEC=0 (EXEC=1 makes kanbao the pane's
# process).  A test may change ENV and LIMIT after, and sets srv to the
# pid of a server it starts, for the exit to kill.

# tmux_begin NAME: skips the test (TAP plan 1..0) without tmux; else the
# above, and at exit the tmux server, srv and $tmp go.
tmux_begin() {
	if ! command -v tmux >/dev/null 2>&1; then
		echo "1..0 # SKIP tmux is not installed"
		exit 0
	fi
	tmp=$(mktemp -d) || exit 99
	sock=kanbao-$1-$$
	srv=
	LC_ALL=C.UTF-8
	export LC_ALL
	unset TMUX LANG LANGUAGE NO_COLOR
	trap 'tm kill-server 2>/dev/null; [ -n "$srv" ] && kill "$srv" 2>/dev/null; rm -rf "$tmp"' EXIT
	mkdir -p "$tmp/config" "$tmp/cache" "$tmp/data"
	ENV="TERM=screen-256color LC_ALL=C.UTF-8 HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache XDG_DATA_HOME=$tmp/data"
	LIMIT=${UI_TEST_WAIT:-200}
	n=0 failed=0 EXEC=0
}

tm() { tmux -f /dev/null -L "$sock" "$@"; }
keys() { tm send-keys -t "$1" "$2"; }

ok() {
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=$((failed + 1)); fi
}

# start SESSION WIDTH HEIGHT [VAR=value...] -- ARGS...: kanbao in a new
# session; its exit status goes to $tmp/SESSION.status (tmux may lose it).
# A VAR=value stays one word, spaces and all (BROWSER="cmd --flag").
# With EXEC=1 kanbao is the pane's process itself, for kill.  The server
# is told to outlive its last session (exit-empty off; the test's trap
# kills it): else a test that kills its only session and starts the next
# can reach the server while it exits ("server exited unexpectedly").
start() {
	s=$1 w=$2 h=$3
	shift 3
	# "$@" becomes the VAR=value words, then "$KANBAO" in place of "--"
	past=
	for word; do
		shift
		if [ -z "$past" ] && [ "$word" = "--" ]; then
			past=1
			set -- "$@" "$KANBAO"
		else
			set -- "$@" "$word"
		fi
	done
	if [ "$EXEC" = 1 ]; then
		# shellcheck disable=SC2086
		tm new-session -d -s "$s" -x "$w" -y "$h" env $ENV "$@" \; \
		    set-option -t "$s" remain-on-exit on \; set-option -s exit-empty off
	else
		# shellcheck disable=SC2086
		tm new-session -d -s "$s" -x "$w" -y "$h" sh -c \
		    '"$@"; echo $? > "$0"' "$tmp/$s.status" env $ENV "$@" \; \
		    set-option -t "$s" remain-on-exit on \; set-option -s exit-empty off
	fi
}

screen() { tm capture-pane -p -t "$1"; }
row() { screen "$1" | sed -n "$2p"; }
status() { screen "$1" | tail -n 1; }
info() { tm display-message -p -t "$1" "$2"; }

# poll SESSION WHAT COMMAND...: runs COMMAND every tenth of a second until
# it succeeds, at most LIMIT times; on a time-out says what it waited for
# and shows the screen of SESSION.
poll() {
	p_s=$1 p_what=$2
	shift 2
	i=0
	while [ $i -lt "$LIMIT" ]; do
		"$@" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	echo "# timed out waiting for $p_what"
	screen "$p_s" | sed 's/^/#   |/'
	return 1
}

screen_has() { screen "$1" | grep -Eq -- "$2"; }
row_is() { [ "$(row "$1" "$2")" = "$3" ]; }
status_has() { status "$1" | grep -Eq -- "$2"; }
pane_dead() { [ "$(info "$1" '#{pane_dead}')" = 1 ]; }

# Until the screen of $1 has a line matching the extended regexp $2.
wait_for() { poll "$1" ": $2" screen_has "$1" "$2"; }
# Until row $2 of $1 is exactly $3.
wait_row() { poll "$1" "row $2: $3" row_is "$1" "$2" "$3"; }
row_matches() { row "$1" "$2" | grep -Eq -- "$3"; }
# Until row $2 of $1 matches the extended regexp $3.
wait_row_match() { poll "$1" "row $2 to match $3" row_matches "$1" "$2" "$3"; }
# Until the status line (the last line) of $1 matches the regexp $2.
wait_status() { poll "$1" "the status line: $2" status_has "$1" "$2"; }
# Until the program in $1 has ended.
wait_dead() { poll "$1" "the program to end" pane_dead "$1"; }


# write_config LINE...: the config file of the home in $tmp, a line an
# argument.
write_config() {
	mkdir -p "$tmp/config/kanbao"
	printf '%s\n' "$@" > "$tmp/config/kanbao/config"
}

# ---- loopback servers ----
# Each runs in the background for the test's life (srv, which the exit
# kills, or stop_server) on an ephemeral port of 127.0.0.1, and sets port
# and BASE once it is known, or bails out.

# serve NAME OUT EXPR COMMAND...: COMMAND, its output in the file OUT,
# polled until the sed script EXPR finds the port there.
serve() {
	s_name=$1 s_out=$2 s_expr=$3
	shift 3
	: > "$s_out"
	"$@" > "$s_out" &
	srv=$!
	i=0 port=
	while [ -z "$port" ] && [ $i -lt "$LIMIT" ]; do
		port=$(sed -n "$s_expr" "$s_out" | head -n 1)
		[ -n "$port" ] || sleep 0.1
		i=$((i + 1))
	done
	[ -n "$port" ] || { echo "Bail out! $s_name did not start"; exit 1; }
	BASE="http://127.0.0.1:$port"
}

# start_news ROOT [ARGS...]: tests/news/serve.py serving the directory
# ROOT (ARGS: --hold PATH), its log in LOG: the port, then a line
# "GET PATH" a request (log_has, wait_news_log).
start_news() {
	s_root=$1
	shift
	LOG=$tmp/log
	serve tests/news/serve.py "$LOG" 1p \
	    "${PYTHON3:-python3}" "${SRCDIR:-.}/tests/news/serve.py" "$s_root" --lifetime 600 "$@"
}
log_has() { grep -q -- "$1" "$LOG"; }
# Until start_news's log has a line matching $2 (SESSION $1 shown if not).
wait_news_log() { poll "$1" "the server's log: $2" log_has "$2"; }

# start_static DIR: Python's http.server serving the files of DIR.
start_static() {
	serve "the loopback server" "$tmp/static.out" 's/.* port \([0-9][0-9]*\).*/\1/p' \
	    "${PYTHON3:-python3}" -u -m http.server --bind 127.0.0.1 --directory "$1" 0 2>/dev/null
}

# start_stories ARGS...: bench/story_httpd.py's chain of stories (ARGS:
# its --delay, --count, --pad, --hold ...).
start_stories() {
	serve bench/story_httpd.py "$tmp/stories.out" 1p \
	    "${PYTHON3:-python3}" "${SRCDIR:-.}/bench/story_httpd.py" "$@"
}

# stop_server: the server goes, as a site that went away.
stop_server() {
	kill "$srv" 2>/dev/null
	wait "$srv" 2>/dev/null
	srv=
}

# start_httpd: tests/httpd.py in the background for the test's life (srv,
# which the exit kills); sets port and BASE, or bails out.  The server
# prints "PORT REFUSED TLS" first.
start_httpd() {
	mkfifo "$tmp/port"
	"${PYTHON3:-python3}" "${SRCDIR:-.}/tests/httpd.py" --lifetime 600 > "$tmp/port" &
	srv=$!
	read -r port _ < "$tmp/port"
	[ -n "$port" ] || { echo "Bail out! tests/httpd.py did not start"; exit 1; }
	BASE="http://127.0.0.1:$port"
}

# srvlog: the log of start_httpd's server, a line a request: its path, or
# "gone PATH" when the client closed the connection before the answer was
# done.
srvlog() {
	"${PYTHON3:-python3}" -c 'import json, sys, urllib.request
opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
for e in json.load(opener.open(sys.argv[1])):
    print(("gone " if e.get("gone") else "") + e["path"])' "$BASE/_log"
}
# Polls until the server's log has the line $1 (grep reads it all: with
# -q python could be left writing to a closed pipe).
wait_log() {
	i=0
	while [ $i -lt "$LIMIT" ]; do
		srvlog | grep -xF -- "$1" >/dev/null && return 0
		sleep 0.1
		i=$((i + 1))
	done
	echo "# timed out waiting for the server's log line: $1"
	srvlog | sed 's/^/#   /'
	return 1
}
