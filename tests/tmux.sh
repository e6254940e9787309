# tests/tmux.sh: the helpers the reader's screen tests share, sourced by
# them.  The sourcing test sets sock (its tmux server), tmp, ENV (the
# environment kanbao runs with), LIMIT (tenths of a second to wait),
# KANBAO, and n=0 failed=0; EXEC=1 makes kanbao the pane's process.
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

# Polls until the screen of $1 has a line matching the extended regexp $2.
wait_for() {
	i=0
	while [ $i -lt "$LIMIT" ]; do
		screen "$1" | grep -Eq -- "$2" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	echo "# timed out waiting for: $2"
	screen "$1" | sed 's/^/#   |/'
	return 1
}

# Polls until row $2 of $1 is exactly $3.
wait_row() {
	i=0
	while [ $i -lt "$LIMIT" ]; do
		[ "$(row "$1" "$2")" = "$3" ] && return 0
		sleep 0.1
		i=$((i + 1))
	done
	echo "# timed out waiting for row $2: $3"
	screen "$1" | sed 's/^/#   |/'
	return 1
}

# Polls until the status line (the last line) of $1 matches the extended
# regexp $2.
wait_status() {
	i=0
	while [ $i -lt "$LIMIT" ]; do
		status "$1" | grep -Eq -- "$2" && return 0
		sleep 0.1
		i=$((i + 1))
	done
	echo "# timed out waiting for the status line: $2"
	screen "$1" | sed 's/^/#   |/'
	return 1
}

# Polls until the program in $1 has ended.
wait_dead() {
	i=0
	while [ $i -lt "$LIMIT" ]; do
		[ "$(info "$1" '#{pane_dead}')" = 1 ] && return 0
		sleep 0.1
		i=$((i + 1))
	done
	return 1
}

