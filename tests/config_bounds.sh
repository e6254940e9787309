#!/bin/sh
# config_bounds: no config file can stop, freeze or flood kanbao.  Thousands
# of bad lines give ten messages and a count, on stderr and on the reader's
# status line; a device (/dev/zero), a FIFO and a directory are refused at
# once with a message; a line too long is named by file:line.  `timeout 60`
# only guards against a regression hanging the suite: the assertions are
# the messages.  Speaks TAP.
KANBAO=${KANBAO:-src/kanbao}
PAGE=${SRCDIR:-.}/tests/site/a1.html
TITLE=白鹭大桥今日正式通车
# shellcheck source=tests/tmux.sh
. "${SRCDIR:-.}/tests/tmux.sh"
tmux_begin config
LIMIT=$([ "${SANITIZED:-no}" = yes ] && echo 1200 || echo 300)	# tenths of a second

# dump ARGS...: a guarded dump of the page; stdout in $tmp/out, stderr in
# $tmp/err, the exit status in $rc (124 if it hung).
dump() {
	# shellcheck disable=SC2086
	env $ENV timeout 60 "$KANBAO" --dump "$@" "$PAGE" > "$tmp/out" 2> "$tmp/err"
	rc=$?
}
# has FILE STRING: FILE holds the fixed STRING, else show FILE.
has() {
	grep -qF -- "$2" "$1" && return 0
	echo "# no \"$2\" in:"
	head -n 20 "$1" | sed 's/^/#   |/'
	return 1
}
dumped() { [ "$rc" -eq 0 ] && has "$tmp/out" "$TITLE"; }

i=0
while [ $i -lt 16000 ]; do
	i=$((i + 1))
	echo "bogus line $i"
done > "$tmp/bad"

# --- the dump: warnings on stderr
dump --config="$tmp/bad"
dumped; ok $? "16,000 bad lines: the dump still prints the page"
[ "$(grep -c 'unknown keyword' "$tmp/err")" -eq 10 ] && [ "$(wc -l < "$tmp/err")" -eq 11 ]
ok $? "... with the first ten messages and one more line ($(wc -l < "$tmp/err") lines)"
[ "$(tail -n 1 "$tmp/err")" = "kanbao: warning: … and 15990 more problems in $tmp/bad" ]
ok $? "... that counts the others and names the file"

dump --config=/dev/zero
dumped && has "$tmp/err" "/dev/zero: not a regular file"
ok $? "--config=/dev/zero: refused at once with a message (exit $rc)"

mkfifo "$tmp/fifo"
dump --config="$tmp/fifo"
dumped && has "$tmp/err" "$tmp/fifo: not a regular file"
ok $? "a FIFO without a writer: refused at once with a message (exit $rc)"

dump --config="$tmp"
dumped && has "$tmp/err" "$tmp: is a directory, not a config file"
ok $? "a directory: says it is one"

{
	echo "# a line too long, then a good one"
	printf 'source long http://long.example/%05000d\n' 0
	echo "bogus"
} > "$tmp/long"
dump --config="$tmp/long"
dumped && has "$tmp/err" "$tmp/long:2: line too long (over 4096 bytes); skipped" &&
    has "$tmp/err" "$tmp/long:3: unknown keyword 'bogus'"
ok $? "a line too long is named by file:line; the next line still reads"

dump
dumped && [ ! -s "$tmp/err" ]; ok $? "no config file at the default path: not a word"
mkdir -p "$tmp/config/kanbao/config"
dump
dumped && has "$tmp/err" "$tmp/config/kanbao/config: is a directory"
ok $? "a directory at the default path: says so"
rmdir "$tmp/config/kanbao/config"

# --- the reader: the same messages on its status line, the page below
# (in $tmp, so the config's name is short: the whole message fits)
cd "$tmp" || exit 99
start flood 100 30 -- --config=bad "$PAGE"
wait_for flood "… and 15990 more problems in bad$"
ok $? "the reader: 16,000 bad lines end in the count of those not shown"
# the messages and the page come in more than one frame: wait for the ten,
# not one look at whichever frame tmux holds
ten_messages() {
	[ "$(screen "$1" | grep -o 'unknown keyword' | wc -l)" -eq 10 ] &&
	    screen_has "$1" "^bad:1: unknown keyword"
}
poll flood "ten messages, the first of line 1" ten_messages flood
ok $? "... after the first ten messages"
wait_for flood "$TITLE"; ok $? "... over the page"
keys flood q
wait_dead flood && [ "$(cat "$tmp/flood.status")" = 0 ]; ok $? "... and q quits"

# status_flood NAME FORMAT SHOWN WHAT: 16,000 config lines printf FORMAT of
# 0..15999 that the reader itself finds bad: twelve messages on the status
# line (the regexp SHOWN counts them, lines joined), then the count, over
# the page; q quits
status_flood() {
	i=0
	while [ $i -lt 16000 ]; do printf "$2\n" $i; i=$((i + 1)); done > "$tmp/$1"
	start "$1" 100 30 -- --config="$1" "$PAGE"
	wait_for "$1" "(… and |^)15988 more$"
	ok $? "the reader: 16,000 bad $4 lines end in the count of those not shown"
	[ "$(screen "$1" | tr '\n' ' ' | grep -o "$3" | wc -l)" -eq 12 ]; ok $? "... after the first twelve"
	wait_for "$1" "$TITLE"; ok $? "... over the page"
	keys "$1" q
	wait_dead "$1" && [ "$(cat "$tmp/$1.status")" = 0 ]; ok $? "... and q quits"
}
# bad colour and bind lines are the reader's own messages: capped the same way
status_flood colours 'color nosuchpart%d red' "element 'nosuchpart[0-9]*'" colour
status_flood binds 'bind F%d quit' "unknown key 'F[0-9]*'" bind

start zero 100 30 -- --config=/dev/zero "$PAGE"
wait_status zero "^/dev/zero: not a regular file"
ok $? "the reader: --config=/dev/zero is a message on the status line"
wait_for zero "$TITLE"; ok $? "... over the page"
keys zero q
wait_dead zero && [ "$(cat "$tmp/zero.status")" = 0 ]; ok $? "... and q quits"

echo "1..$n"
[ $failed -eq 0 ]
