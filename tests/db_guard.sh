#!/bin/sh
# db_guard: the reader and a kanbao.db or cache.db that is not its own or
# not free.  Runs the real binary in a private tmux server over tests/site
# (file:// URLs) and tests/httpd.py (http, which is cached), with its XDG
# directories in a temporary one:
#   another program's SQLite file and a newer kanbao's kanbao.db are
#   reported on the status line and left byte for byte as they were;
#   with kanbao.db locked by another connection (a Python sqlite3 one that
#   holds BEGIN EXCLUSIVE while the test says so), stories open, the status
#   line says what happens, the history lands in the file once the lock is
#   let go with no key pressed, and quitting while it is still held says on
#   stderr what was lost;
#   with cache.db locked the same way, pages open from the network, their
#   writes are skipped and stderr says so once; with it locked even against
#   readers when the reader starts, pages open, and once the lock is let go
#   the next page is cached (caching was not switched off for the run).
# Speaks TAP; without tmux the plan says skip.
KANBAO=${KANBAO:-src/kanbao}
PYTHON3=${PYTHON3:-python3}
SITE=$(cd "${SRCDIR:-.}/tests/site" && pwd) || exit 99
. "${SRCDIR:-.}/tests/tmux.sh"
tmux_begin dbguard
DB=$tmp/data/kanbao/kanbao.db
T1="白鹭大桥今日正式通车 两岸居民出行时间缩短一半"
T2="青禾县春季茶叶开采 茶农忙碌采摘新茶"

# sql FILE STATEMENTS: runs them on FILE with Python's sqlite3.
sql() {
	"$PYTHON3" -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1]); c.executescript(sys.argv[2]); c.close()' "$1" "$2"
}
# count FILE QUERY: the number the query gives.
count() {
	"$PYTHON3" -c 'import sqlite3, sys
c = sqlite3.connect(sys.argv[1], timeout=30); print(c.execute(sys.argv[2]).fetchone()[0])' "$1" "$2"
}
visits() { count "$DB" "SELECT count(*) FROM history WHERE url = 'file://$SITE/$1'"; }
visited() { [ "$(visits "$1")" -ge 1 ]; }

# ---- files that are not kanbao's ----
# not_ours SESSION WHAT SAYS: kanbao.db under $tmp/SESSION is not ours.
not_ours() {
	cp "$tmp/$1/kanbao/kanbao.db" "$tmp/$1.orig"
	start "$1" 80 24 "XDG_DATA_HOME=$tmp/$1" -- "file://$SITE/a1.html"
	wait_for "$1" "$3"; ok $? "$2 at kanbao.db: the status line says \"$3\""
	keys "$1" q
	wait_dead "$1"
	cmp -s "$tmp/$1/kanbao/kanbao.db" "$tmp/$1.orig" && [ "$(ls "$tmp/$1/kanbao")" = kanbao.db ]
	ok $? "... and the file is byte for byte as it was, with nothing beside it"
}
mkdir -p "$tmp/f1/kanbao" "$tmp/n1/kanbao"
sql "$tmp/f1/kanbao/kanbao.db" "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine');"
not_ours f1 "another program's SQLite file" "not a kanbao database"
start n0 80 24 "XDG_DATA_HOME=$tmp/n1" -- "file://$SITE/a1.html"
wait_row n0 1 "$T1"
keys n0 q
wait_dead n0
sql "$tmp/n1/kanbao/kanbao.db" "PRAGMA user_version = 3; CREATE TABLE tags (url TEXT, tag TEXT);"
not_ours n1 "a newer kanbao's file" "made by a newer kanbao"

# ---- a locked kanbao.db ----
start r1 80 24 -- "file://$SITE/a3.html"	# makes kanbao.db
wait_for r1 "^县图书馆新馆开放"
keys r1 q
wait_dead r1

# holder FILE: a Python connection to FILE that takes and lets go of its
# lock when told on a FIFO, and says each time it did on its stdout, one
# line a command: lock (BEGIN EXCLUSIVE: in WAL mode, readers still read)
# and free (COMMIT); lock-all (in exclusive locking mode: readers wait
# too) and free-all (the connection closed, and opened again).
holder() {
	rm -f "$tmp/ctl"
	mkfifo "$tmp/ctl"
	"$PYTHON3" -c 'import sqlite3, sys
def connect():
    return sqlite3.connect(sys.argv[1], isolation_level=None, timeout=30)
con = connect()
for line in open(sys.argv[2]):
    cmd = line.strip()
    if cmd == "lock-all":
        con.executescript("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;")
    elif cmd == "free-all":
        con.close()
        con = connect()
    else:
        con.execute("BEGIN EXCLUSIVE" if cmd == "lock" else "COMMIT")
    print(cmd, flush=True)' "$1" "$tmp/ctl" > "$tmp/holder.log" &
	held_by=$!
	exec 3> "$tmp/ctl"
	told=0
}
holder_end() {
	exec 3>&-
	wait "$held_by"
}
done_telling() { [ "$(wc -l < "$tmp/holder.log")" -ge "$1" ]; }
# hold lock|free|lock-all|free-all: the holder does it, and the test
# waits until it has.
hold() {
	echo "$1" >&3
	told=$((told + 1))
	poll r2 "the holder to $1" done_telling "$told"
}
# start_err SESSION WIDTH HEIGHT -- ARGS...: start, with kanbao's stderr
# in $tmp/SESSION.err: tmux may drop what a pane prints as it ends.
start_err() {
	printf '#!/bin/sh\nexec "%s" "$@" 2>"%s"\n' "$KANBAO" "$tmp/$1.err" > "$tmp/kanbao-$1"
	chmod +x "$tmp/kanbao-$1"
	real=$KANBAO KANBAO=$tmp/kanbao-$1
	start "$@"
	KANBAO=$real
}

holder "$DB"
hold lock
start_err r2 200 24 -- "file://$SITE/index.html"	# wide: the status line says it all
wait_row r2 1 "本地新闻"; ok $? "kanbao.db locked by another program: the headlines open"
wait_status r2 "kanbao.db: it is locked by another program; what you open and save is kept"
ok $? "... and the status line says kanbao.db is locked and what is opened is kept"
keys r2 j; keys r2 Enter
wait_row r2 1 "$T2"; ok $? "... a story opens"
[ "$(visits a2.html)" = 0 ]; ok $? "... its visit is not in the file while the lock is held"
hold free
poll r2 "the visit in kanbao.db" visited a2.html
ok $? "the lock let go, the visit lands in kanbao.db with no key pressed"

hold lock
keys r2 q
wait_row r2 1 "本地新闻"
keys r2 k; keys r2 Enter
wait_row r2 1 "$T1"; ok $? "locked again: another story opens"
keys r2 q; keys r2 q
wait_dead r2 && [ "$(cat "$tmp/r2.status")" = 0 ]; ok $? "q q quits, exit 0"
grep -q "^kanbao: warning: memory $DB: still locked by another program at the end; not written: 1 page opened" "$tmp/r2.err"
ok $? "... and stderr says kanbao.db was still locked at the end, and what was lost"
sed 's/^/#   stderr: /' "$tmp/r2.err"
hold free
[ "$(visits a1.html)" = 0 ] && [ "$(visits a2.html)" = 1 ] && [ "$(visits a3.html)" = 1 ]
ok $? "... which is not in the file; the rest is, once each"
holder_end

# ---- a locked cache.db ----
# Over http, since only http(s) is cached.
start_httpd
CDB=$tmp/cache/kanbao/cache.db
PLAIN="没有验证信息的页面"
GBK="县城新闻：春耕备耕忙"
SAYS_LOCKED="cache.db: it is locked"
# cached PAGE [N]: cache.db holds PAGE of the server N times (1).
cached() { [ "$(count "$CDB" "SELECT count(*) FROM pages WHERE url = '$BASE/$1'")" = "${2:-1}" ]; }
# open_url SESSION PAGE TITLE: U, the URL of PAGE, Enter; waits for TITLE.
open_url() {
	keys "$1" U
	tm send-keys -t "$1" -l "$BASE/$2"
	keys "$1" Enter
	wait_for "$1" "$3"
}

start c0 80 24 -- "$BASE/plain.html"	# makes cache.db
wait_for c0 "$PLAIN"
keys c0 q
wait_dead c0
poll c0 "plain.html in cache.db" cached plain.html; ok $? "a page over http is cached in cache.db"

holder "$CDB"
hold lock
start_err c1 80 24 -- "$BASE/gbk.html"
wait_for c1 "$GBK"; ok $? "cache.db locked by another program: a page opens, from the network"
wait_for c1 "$SAYS_LOCKED"; ok $? "... and the status line says the cache is locked"
open_url c1 plain.html "$PLAIN"; ok $? "... and another (U)"
! screen_has c1 "$SAYS_LOCKED"; ok $? "... which it says once, not for the second page"
keys c1 q; keys c1 q
wait_dead c1 && [ "$(cat "$tmp/c1.status")" = 0 ]; ok $? "q q quits, exit 0"
! grep -q "locked" "$tmp/c1.err"
ok $? "... and stderr does not say it again"
sed 's/^/#   stderr: /' "$tmp/c1.err"
hold free
cached gbk.html 0; ok $? "... whose writes were skipped: the page is not in cache.db"

hold lock-all
start_err c2 80 24 -- "$BASE/plain.html"
wait_for c2 "$PLAIN"; ok $? "cache.db locked even for reading from the start: the page opens"
wait_for c2 "$SAYS_LOCKED"; ok $? "... and the status line says the cache is locked"
hold free-all
open_url c2 gbk.html "$GBK"; ok $? "the lock let go: another page opens (U)"
poll c2 "gbk.html in cache.db" cached gbk.html
ok $? "... and is cached: the locked cache was not switched off for the run"
keys c2 q; keys c2 q
wait_dead c2
[ ! -s "$tmp/c2.err" ]
ok $? "... and stderr says nothing more"
sed 's/^/#   stderr: /' "$tmp/c2.err"
holder_end

echo "1..$n"
[ "$failed" -eq 0 ]
