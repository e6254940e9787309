#!/bin/sh
# dump_screen: `kanbao --dump --format=text --width=N` prints the lines the
# reader shows on a screen N columns wide, word for word: both are
# layout_page's lines.  For a story (meta line, image, 上一篇 / 下一篇,
# related), a list page, a story full of East Asian ambiguous characters
# and one with links in its text and a table (inline.html), at several
# widths, the reader runs in a tmux pane exactly as tall as the dump's
# story plus the status line, and the pane (capture-pane -p) must come to
# hold the dump's lines, those before its References list.  Each reader
# has a memory of its own, so no page is read and no read mark (✓) is
# drawn.  Ambiguous width 1 only: tmux draws those characters one column
# wide, so at --ambi-width=2 the reader pads each with a space that the
# dump, with no terminal to fill, has not.
# Speaks TAP; without tmux the plan says skip.
KANBAO=${KANBAO:-src/kanbao}
SITE=$(cd "${SRCDIR:-.}/tests/site" && pwd) || exit 99
. "${SRCDIR:-.}/tests/tmux.sh"
tmux_begin dumpscreen

# story FILE: the dump's lines before "References" (and the blank line
# that parts them), trailing blank lines dropped, as capture-pane does.
story() {
	sed '/^References$/,$d' "$1" | awk '
		/^$/ { blank++; next }
		{ while (blank > 0) { print ""; blank-- } print }'
}
# shows SESSION FILE: the pane but its status line, trailing blank lines
# dropped, is FILE.
shows() {
	screen "$1" | sed '$d' | awk '
		/^$/ { blank++; next }
		{ while (blank > 0) { print ""; blank-- } print }' > "$tmp/$1.screen"
	cmp -s "$2" "$tmp/$1.screen"
}

ENV0=$ENV k=0
for c in "a1.html 80" "a1.html 41" "a1.html 20" "index.html 80" "index.html 33" \
    "quotes.html 60" "quotes.html 27" "inline.html 100" "inline.html 40"; do
	set -- $c
	page=$1 w=$2
	k=$((k + 1))
	s=d$k
	mkdir -p "$tmp/data$k"
	ENV="$ENV0 XDG_DATA_HOME=$tmp/data$k"
	env $ENV "$KANBAO" --dump --format=text --width="$w" "$SITE/$page" > "$tmp/$s.dump" 2> "$tmp/$s.err"
	st=$?
	story "$tmp/$s.dump" > "$tmp/$s.want"
	rows=$(wc -l < "$tmp/$s.want")
	[ $st -eq 0 ] && [ ! -s "$tmp/$s.err" ] && [ "$rows" -gt 3 ] &&
	    grep -q '^References$' "$tmp/$s.dump"
	ok $? "$page at $w columns: the dump prints the story, then References"
	start $s "$w" $((rows + 1)) -- "$SITE/$page"
	if ! poll $s "the dump's lines" shows $s "$tmp/$s.want"; then
		diff "$tmp/$s.want" "$tmp/$s.screen" | sed 's/^/#   /'
		false
	fi
	ok $? "... and the reader's screen, $w by $((rows + 1)), shows those lines"
	keys $s q
	wait_dead $s
done

echo "1..$n"
[ $failed -eq 0 ]
