#!/bin/sh
# ui_stale: a stale copy beats an error, in the reader.  Runs
# tests/httpd.py on loopback and the reader in tmux on its /flaky.html:
# once while the server is well (the page is cached), then while it
# answers 503, then when the server is gone (connection refused).  Each
# time the page is on screen and, the second and third time, the status
# line says that this is the copy cached N s ago, and why.
# Speaks TAP; skips without tmux.
KANBAO=${KANBAO:-src/kanbao}
SRC=$(cd "${SRCDIR:-.}" && pwd) || exit 99
PY=${PYTHON3:-python3}
# shellcheck source=tests/tmux.sh
. "$SRC/tests/tmux.sh"
tmux_begin stale

start_httpd
URL="$BASE/flaky.html"
TITLE="脾气不好的服务器"

mood() {
	"$PY" -c 'import sys, urllib.request
urllib.request.build_opener(urllib.request.ProxyHandler({})).open(sys.argv[1]).read()' "$BASE/_flaky?$1"
}

start a 80 24 -- "$URL"
wait_for a "$TITLE" && wait_status a "^$URL "
ok $? "the page opens while the server is well, the status line shows its URL"
keys a q
wait_dead a; ok $? "q quits"

mood 503
start b 80 24 -- "$URL"
wait_for b "$TITLE"; ok $? "the server answers 503: the cached page is on screen"
wait_status b "^showing the copy cached [0-9]+ s ago: HTTP status 503"
ok $? "... and the status line says it is the copy cached N s ago, and why"
keys b q
wait_dead b

stop_server
start c 80 24 -- "$URL"
wait_for c "$TITLE"; ok $? "the server is gone: the cached page is on screen"
# (curl's reason is long: the notice may take a second line)
wait_for c "^showing the copy cached [0-9]+ s ago: .*(connect|refused)"
ok $? "... with the same notice, and curl's reason"
keys c q
wait_dead c; ok $? "q quits"

echo "1..$n"
[ $failed -eq 0 ]
