# tests/news/serve.sh: sourced by the reader's tests of the loopback news
# site, after tests/tmux.sh and tmux_begin.
# start_news [ARGS...]: tests/news/serve.py (ARGS: --hold PATH) in the
# background for the test's life (srv, which the exit kills), its log in
# LOG (a line per request); sets BASE once the port is known, or bails out.
start_news() {
	LOG=$tmp/log
	: > "$LOG"
	"${PYTHON3:-python3}" "$SRC/tests/news/serve.py" "$SRC/tests/news" --lifetime 600 "$@" > "$LOG" &
	srv=$!
	i=0
	while [ -z "$(sed -n 1p "$LOG")" ] && [ $i -lt "$LIMIT" ]; do sleep 0.1; i=$((i + 1)); done
	port=$(sed -n 1p "$LOG")
	[ -n "$port" ] || { echo "Bail out! tests/news/serve.py did not start"; exit 1; }
	BASE="http://127.0.0.1:$port"
}
