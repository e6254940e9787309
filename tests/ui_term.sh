#!/bin/sh
# ui_term: the terminal comes back on every way out, and a terminal that
# cannot show the reader gets one clear line.  In tmux:
#   - the reader on a story is killed with SIGSEGV, SIGABRT, SIGBUS,
#     SIGFPE, SIGQUIT, SIGTERM, SIGHUP and SIGINT; after each, tmux's own
#     view of the pane says the alternate screen is left, the cursor shows,
#     mouse reporting and the keypad mode are off, and stty -a says what it
#     said before the reader started; the reader died of the signal (its
#     status is 128 + the signal's number; under a sanitizer a fault is its
#     report, status 1);
#   - TERM=dumb, a TERM terminfo does not know and no TERM at all: one line
#     naming the problem and --dump, exit status 1.
# Speaks TAP; skips without tmux.
KANBAO=${KANBAO:-src/kanbao}
SITE=$(cd "${SRCDIR:-.}/tests/site" && pwd) || exit 99
# shellcheck source=tests/tmux.sh
. "${SRCDIR:-.}/tests/tmux.sh"
tmux_begin term
T1="白鹭大桥今日正式通车 两岸居民出行时间缩短一半"

# modes SESSION: what tmux knows of the pane's terminal modes
modes() {
	info "$1" 'alt=#{alternate_on} cursor=#{cursor_flag} mouse=#{mouse_any_flag}#{mouse_standard_flag}#{mouse_button_flag}#{mouse_all_flag} keypad=#{keypad_flag}#{keypad_cursor_flag}'
}
RESTORED="alt=0 cursor=1 mouse=0000 keypad=00"
# The reader runs under a wrapper that notes the tty's modes (stty -a)
# before it and after it, passes its exit status on, and then waits for a
# line: tmux's view of a dead pane's modes is not the terminal's (it may
# hide the cursor of a pane that has ended), so they are read while the
# wrapper waits.
mkdir -p "$tmp/bin"
cat > "$tmp/bin/wrap" <<EOS
#!/bin/sh
stty -a > "$tmp/stty.before"
saved=\$(stty -g)
"$KANBAO" "\$@"
st=\$?
stty -a > "$tmp/stty.after"
stty "\$saved"	# so that the line below is read, whatever the reader left
echo "reader ended"
read -r line
exit \$st
EOS
chmod +x "$tmp/bin/wrap"
# reader_pid SESSION: the reader, child of the wrapper, child of the pane's sh
reader_pid() {
	w=$(ps -o pid= --ppid "$(info "$1" '#{pane_pid}')" | tr -d ' ')
	[ -n "$w" ] && ps -o pid= --ppid "$w" | tr -d ' '
}
signum() { "${PYTHON3:-python3}" -c "import signal, sys; print(int(getattr(signal, 'SIG' + sys.argv[1])))" "$1"; }

for sig in SEGV ABRT BUS FPE QUIT TERM HUP INT; do
	s=sig$sig
	rm -f "$tmp/stty.before" "$tmp/stty.after"
	K=$KANBAO KANBAO=$tmp/bin/wrap
	start "$s" 80 24 -- "$SITE/a1.html"
	KANBAO=$K
	wait_row "$s" 1 "$T1" >/dev/null
	m=$(modes "$s")
	pid=$(reader_pid "$s")
	if [ "$m" = "$RESTORED" ] || [ -z "$pid" ]; then
		ok 1 "SIG$sig: the reader runs and has the terminal (got '$m', pid '$pid')"
		continue
	fi
	kill -s "$sig" "$pid"
	wait_for "$s" "^reader ended" >/dev/null
	m=$(modes "$s")
	[ "$m" = "$RESTORED" ]; ok $? "SIG$sig: the terminal's modes come back (got '$m')"
	[ -s "$tmp/stty.before" ] && cmp -s "$tmp/stty.before" "$tmp/stty.after"
	ok $? "SIG$sig: the tty's modes (stty -a) are as before"
	want=$((128 + $(signum "$sig")))
	case $sig in SEGV | BUS | FPE) [ "${SANITIZED:-no}" = yes ] && want=1 ;; esac
	keys "$s" Enter
	wait_dead "$s"
	st=$(cat "$tmp/$s.status" 2>/dev/null)
	[ "$st" = "$want" ]; ok $? "SIG$sig: the reader dies of it (status $st, want $want)"
	tm kill-session -t "$s"
done

# the pane's whole text, its history too (a line may have scrolled off)
alltext() { tm capture-pane -p -J -S -100 -t "$1"; }
for t in dumb kanbao-no-such-terminal unset; do
	s=t$t
	case $t in
	unset) ENV="LC_ALL=C.UTF-8 HOME=$tmp"
	       want="TERM is not set, so the reader cannot draw; set it, or try --dump" ;;
	dumb) ENV="TERM=$t LC_ALL=C.UTF-8 HOME=$tmp"
	      want="the terminal 'dumb' cannot show the reader \(it lacks cursor addressing\); try --dump" ;;
	*) ENV="TERM=$t LC_ALL=C.UTF-8 HOME=$tmp"
	   want="the terminal '$t' is not known here \(no terminfo entry\); set TERM, or try --dump" ;;
	esac
	# env -u: tmux gives the pane its own TERM otherwise
	[ "$t" = unset ] && ENV="-u TERM $ENV"
	start "$s" 100 24 -- "$SITE/a1.html"
	wait_dead "$s"
	[ "$(alltext "$s" | grep -c "^kanbao: ")" = 1 ] &&
	    alltext "$s" | grep -Eq "^kanbao: $want$" &&
	    [ "$(cat "$tmp/$s.status")" = 1 ]
	ok $? "TERM=$t: one line that says why, exit status 1"
	alltext "$s" | grep "^kanbao" | sed 's/^/#   /'
	tm kill-session -t "$s"
done

echo "1..$n"
[ "$failed" -eq 0 ]
