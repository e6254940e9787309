#!/bin/sh
# i18n: the Simplified Chinese catalogue, end to end.  Checks po/zh_CN.po
# with msgfmt (formats, no untranslated or fuzzy entries), compiles it into
# a private locale tree and runs the built kanbao against it through
# KANBAO_LOCALEDIR (main.c binds the text domain there when it is set):
# --help, a text dump with a previous-story link, a notice's attachment
# marks, an error message, and the reader in tmux (the story's navigation
# label, the same lines as the text dump, and the help screen).
# Speaks TAP.  Needs the zh_CN.UTF-8 locale (tools/setup generates it) and
# msgfmt; without them the plan says skip.
KANBAO=${KANBAO:-src/kanbao}
SRCDIR=${SRCDIR:-.}
PO=$SRCDIR/po/zh_CN.po
STORY=$SRCDIR/demo/stories/16.html

if ! locale -a 2>/dev/null | grep -qi '^zh_CN\.utf-\?8$'; then
	echo "1..0 # SKIP no zh_CN.UTF-8 locale"
	exit 0
fi
if ! command -v msgfmt >/dev/null 2>&1; then
	echo "1..0 # SKIP msgfmt is not installed"
	exit 0
fi
if [ ! -f "$PO" ] || [ ! -f "$STORY" ]; then
	echo "Bail out! missing $PO or $STORY"
	exit 99
fi

tmp=$(mktemp -d) || exit 99
sock=i18n-$$
tm() { tmux -f /dev/null -L "$sock" "$@"; }
trap 'command -v tmux >/dev/null 2>&1 && tm kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
unset LANGUAGE LANG TMUX NO_COLOR
LOCALEDIR=$tmp/locale
mkdir -p "$LOCALEDIR/zh_CN/LC_MESSAGES" "$tmp/config" "$tmp/cache" "$tmp/data"
XDG="HOME=$tmp XDG_CONFIG_HOME=$tmp/config XDG_CACHE_HOME=$tmp/cache XDG_DATA_HOME=$tmp/data"

n=0 failed=0
ok() {
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=$((failed + 1)); fi
}
# has FILE STRING: FILE contains STRING (fixed), else show FILE.
has() {
	grep -qF -- "$2" "$1" && return 0
	echo "# no \"$2\" in:"
	sed 's/^/#   |/' "$1"
	return 1
}
# zh ARGS...: kanbao in Chinese with the private catalogue.
zh() {
	# shellcheck disable=SC2086
	env $XDG LC_ALL=zh_CN.UTF-8 KANBAO_LOCALEDIR="$LOCALEDIR" "$KANBAO" "$@"
}
en() {
	# shellcheck disable=SC2086
	env $XDG LC_ALL=C.UTF-8 KANBAO_LOCALEDIR="$LOCALEDIR" "$KANBAO" "$@"
}

# --- the catalogue itself
msgfmt -c --check-format -o "$LOCALEDIR/zh_CN/LC_MESSAGES/kanbao.mo" "$PO" 2>"$tmp/msgfmt.err"
ok $? "msgfmt -c --check-format accepts po/zh_CN.po"
[ -s "$tmp/msgfmt.err" ] && sed 's/^/#   |/' "$tmp/msgfmt.err"

LC_ALL=C msgfmt --statistics -o /dev/null "$PO" 2>"$tmp/stats"
grep -Eq '^[0-9]+ translated messages?\.$' "$tmp/stats"
r=$?
[ $r -ne 0 ] && sed 's/^/#   |/' "$tmp/stats"
ok $r "every message translated, none fuzzy ($(cat "$tmp/stats"))"

grep -q '^"Plural-Forms: nplurals=1; plural=0;\\n"$' "$PO" &&
    grep -q '^"Language: zh_CN\\n"$' "$PO" &&
    grep -q '^"Content-Type: text/plain; charset=UTF-8\\n"$' "$PO"
ok $? "header: Language zh_CN, UTF-8, nplurals=1"

grep -qx 'zh_CN' "$SRCDIR/po/LINGUAS"
ok $? "po/LINGUAS lists zh_CN"

# --- --help
zh --help >"$tmp/help.zh" 2>&1
r=$?
has "$tmp/help.zh" "用法：" && has "$tmp/help.zh" "显示此帮助并退出" &&
    has "$tmp/help.zh" "在终端中阅读地方新闻网站。" && [ $r -eq 0 ]
ok $? "--help is Chinese under zh_CN.UTF-8"

en --help >"$tmp/help.en" 2>&1
has "$tmp/help.en" "Usage: " && has "$tmp/help.en" "display this help and exit" &&
    ! grep -q '用法' "$tmp/help.en"
ok $? "--help is English under C.UTF-8"

# --- a text dump with a previous story (15.html), no next one, related stories
PREV="应对雨雪冰冻天气 全县连夜清扫撒布保畅通"
zh --dump --format=text --width=80 "$STORY" >"$tmp/dump.zh" 2>&1
r=$?
grep -qx "上一篇：$PREV" "$tmp/dump.zh" && grep -qx "下一篇：（无）" "$tmp/dump.zh" &&
    grep -qx "相关阅读" "$tmp/dump.zh" && grep -qx "参考链接" "$tmp/dump.zh" &&
    ! grep -q '^Previous:' "$tmp/dump.zh" && [ $r -eq 0 ]
ok $? "--dump --format=text labels the story's navigation in Chinese"

en --dump --format=text --width=80 "$STORY" >"$tmp/dump.en" 2>&1
grep -qx "Previous: $PREV" "$tmp/dump.en" && grep -qx "Next: (none)" "$tmp/dump.en" &&
    grep -qx "References" "$tmp/dump.en" && ! grep -q '上一篇：' "$tmp/dump.en"
ok $? "--dump --format=text stays English under C.UTF-8"

# --- a notice with documents linked in its text: the mark after each
zh --dump --format=text --width=100 "$SRCDIR/tests/data/blocks-notice-gbk.html" >"$tmp/notice.zh" 2>&1
grep -qx "附件：1.培训报名表 \[附件 .doc\] 2.教材清单 \[附件 .xlsx\]" "$tmp/notice.zh"
ok $? "--dump --format=text marks an attachment in Chinese"

# --- error messages: a missing config file, a usage error
zh --config="$tmp/missing.conf" --dump --format=text "$STORY" >/dev/null 2>"$tmp/err.zh"
has "$tmp/err.zh" "警告：" && has "$tmp/err.zh" "无法读取："
ok $? "a missing config file is reported in Chinese"

zh --dump >/dev/null 2>"$tmp/usage.zh"
r=$?
has "$tmp/usage.zh" "--dump 至少需要一个输入" && has "$tmp/usage.zh" '请尝试执行“kanbao --help”来获取更多信息。' && [ $r -eq 1 ]
ok $? "a usage error is Chinese and exits 1"

zh --dump "$tmp/no-such-page.html" >/dev/null 2>"$tmp/missing.zh"
r=$?
has "$tmp/missing.zh" "no-such-page.html" && [ $r -eq 2 ]
ok $? "a missing input still fails with status 2 under zh_CN"

# --- the reader in tmux
if ! command -v tmux >/dev/null 2>&1; then
	for t in "reader navigation label" "reader help screen"; do
		n=$((n + 1)); echo "ok $n # SKIP tmux is not installed ($t)"
	done
else
	screen() { tm capture-pane -p -t i18n 2>/dev/null; }
	# wait_for STRING: poll the screen up to 5 s for the fixed STRING.
	wait_for() {
		i=0
		while [ $i -lt 50 ]; do
			screen | grep -qF -- "$1" && return 0
			sleep 0.1
			i=$((i + 1))
		done
		echo "# timed out waiting for: $1"
		screen | sed 's/^/#   |/'
		return 1
	}
	tm new-session -d -s i18n -x 80 -y 24 \
	    "env TERM=screen-256color LC_ALL=zh_CN.UTF-8 KANBAO_LOCALEDIR=$LOCALEDIR $XDG $KANBAO $STORY"
	# the story opens at the top; its navigation is at the bottom
	wait_for "file://" >/dev/null
	tm send-keys -t i18n G
	wait_for "上一篇："
	ok $? "reader: the story's navigation reads 上一篇："
	# G shows the story's last 23 lines: the dump's last 23 before 参考链接
	sed '/^参考链接$/,$d' "$tmp/dump.zh" | sed '$d' | tail -n 23 >"$tmp/tail.zh"
	i=0
	until screen | sed '$d' >"$tmp/screen.zh" && cmp -s "$tmp/tail.zh" "$tmp/screen.zh"; do
		i=$((i + 1))
		[ $i -lt 50 ] || break
		sleep 0.1
	done
	cmp -s "$tmp/tail.zh" "$tmp/screen.zh" || diff "$tmp/tail.zh" "$tmp/screen.zh" | sed 's/^/#   /'
	cmp -s "$tmp/tail.zh" "$tmp/screen.zh"
	ok $? "reader: the story's last screen is the Chinese dump's lines, labels and all"
	tm send-keys -t i18n '?'
	wait_for "向下翻页" && wait_for "kanbao 按键" && wait_for "帮助：按 q 关闭"
	ok $? "reader: ? shows the help in Chinese"
	tm send-keys -t i18n q q q
	tm kill-server 2>/dev/null
fi

echo "1..$n"
[ $failed -eq 0 ]
