#!/bin/sh
# ui_flags: flags (pairs of regional indicators, such as 🇨🇳) in a page, a
# feed, a source's name and the history.  Debian 12's libunibreak aborts
# on a regional indicator after another character; kanbao must read such
# text at both ambiguous widths and in every screen it can reach.
# Speaks TAP; without tmux the plan says skip.
KANBAO=${KANBAO:-src/kanbao}
SITE=$(cd "${SRCDIR:-.}/tests/site" && pwd) || exit 99
. "${SRCDIR:-.}/tests/tmux.sh"
tmux_begin flags
mkdir -p "$tmp/config/kanbao"
TITLE="友好城市代表团来访 🇨🇳🇫🇷"

# the text dump, narrow and wide
for w in 12 80; do
	out=$(env $ENV "$KANBAO" --dump --format=text --width=$w "$SITE/flags.html")
	st=$?
	# the sentence whole, wherever the width breaks its lines
	[ $st -eq 0 ] && printf '%s\n' "$out" | tr -d '\n' | grep -q "展示青禾茶叶出口的去向" ; ok $? "the text dump at width $w reads the page whole"
done

# a source named with a flag, its feed of flagged titles, the story, H
cat > "$tmp/config/kanbao/config" <<CONF
source 🇨🇳青禾外事 file://$SITE/flags.xml
source 本地 file://$SITE/index.html
CONF
for ambi in 1 2; do
	s=f$ambi
	start $s 60 20 -- --ambi-width=$ambi
	wait_row $s 1 "Sources"; ok $? "ambiguous width $ambi: the sources screen shows"
	wait_for $s "🇨🇳青禾外事"; ok $? "... with the source named with a flag"
	keys $s Enter
	wait_for $s "🇯🇵🇰🇷 邻国茶商"; ok $? "... its feed lists headlines with flags"
	keys $s Enter
	wait_row $s 1 "$TITLE"; ok $? "... the story with flags opens"
	wait_for $s "会场外的展板上排着"; ok $? "... with its body"
	keys $s H
	wait_row $s 1 "History"; ok $? "... H shows the history"
	wait_for $s "$TITLE"; ok $? "... holding the flagged title"
	keys $s q; keys $s q; keys $s q; keys $s q
	wait_dead $s && [ "$(cat "$tmp/$s.status")" = 0 ]; ok $? "... and q quits cleanly"
done

# the next start reads the flagged title back from the history
start h 60 20 -- "file://$SITE/a1.html"
wait_for h "白鹭大桥"
keys h H
wait_for h "$TITLE"; ok $? "a new session's history holds the flagged title"
keys h q; keys h q
wait_dead h && [ "$(cat "$tmp/h.status")" = 0 ]; ok $? "... and quits cleanly"

echo "1..$n"
[ "$failed" -eq 0 ]
