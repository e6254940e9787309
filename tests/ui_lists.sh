#!/bin/sh
# ui_lists: a list page in several pages reads as one list (issue 16).
# A loopback site (tests/news/serve.py) serves the three GBK pages of
# tests/data/list-pages-gbk*.html (20 headlines each, a page-number
# pager, a pinned headline repeated on top of page 2) and one story; the
# reader in tmux, 80x24 (23 rows of page):
#   page 1 fits the screen, so its next page is fetched at once, with
#   the selection on the first headline, and appended: "2 pages"; page 3
#   is not asked for until the selection comes within a screen of the
#   end (j 20 times: headline 21 of 40), then fetched ahead and appended:
#   "3 pages", 60 headlines (the doc's 62 lines: title, blank line and one
#   line each), the pinned one once; G shows the 60th; a story opened
#   from the list and q back find the three pages kept (and it is marked
#   read: ✓); a next page that fails is a message on the status line, and
#   the list stays usable; two pages whose pagers lead to each other are
#   read once each.
# Waits on the server's log and on the screen, never on a clock.  Speaks
# TAP; skips without tmux.
KANBAO=${KANBAO:-src/kanbao}
SRC=$(cd "${SRCDIR:-.}" && pwd) || exit 99
# shellcheck source=tests/tmux.sh
. "$SRC/tests/tmux.sh"
tmux_begin lists

# the site: a/ holds the three pages, b/ the first two only (its page 3
# fails), qnyw/ the pinned story
mkdir -p "$tmp/site/a" "$tmp/site/b" "$tmp/site/c" "$tmp/site/qnyw/2024/0531"
cp "$SRC"/tests/data/list-pages-gbk.html "$SRC"/tests/data/list-pages-gbk-[23].html "$tmp/site/a/"
cp "$SRC"/tests/data/list-pages-gbk.html "$SRC"/tests/data/list-pages-gbk-2.html "$tmp/site/b/"
STORY="临川区2024年为民办实事项目进展情况"
cat > "$tmp/site/qnyw/2024/0531/6000.html" <<EOF
<html><head><meta charset="utf-8"><title>$STORY</title></head><body>
<h1>$STORY</h1><div class="content"><p>今年以来，临川区十项为民办实事项目稳步推进，城区老旧小区改造已完成八个，新建的两所幼儿园将于秋季开学前投入使用。</p>
<p>区政府表示，各项目牵头单位要倒排工期，按月公示进展，接受群众监督。</p></div></body></html>
EOF
# c/: two pages whose pagers lead to each other (a loop)
for pg in 1 2; do
	other=$((3 - pg))
	{
		echo "<html><head><meta charset=\"utf-8\"><title>便民信息_梅岭镇</title></head><body><ul class=\"list\">"
		for k in 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24; do
			echo "<li><a href=\"/bm/$pg$k.html\">梅岭镇第${pg}页第${k}条便民服务信息发布</a><span>2024-06-$k</span></li>"
		done
		echo "</ul><div class=\"pages\"><a href=\"p$other.html\">下一页</a></div></body></html>"
	} > "$tmp/site/c/p$pg.html"
done
start_news "$tmp/site"
PINNED="【置顶】临川区2024年为民办实事项目进展情况公示"
H21="城关镇推进高标准农田建设项目"		# page 2's first new headline
H60="云台乡推进高标准农田建设项目"		# page 3's last

start main 80 24 -- "$BASE/a/list-pages-gbk.html"
wait_row main 3 "  2024-05-31  $PINNED"
ok $? "page 1 opens, its pinned headline first"
wait_news_log main "GET /a/list-pages-gbk-2.html"
ok $? "page 1 fits the screen: page 2 is fetched ahead, the selection on headline 1"
wait_status main "2 pages +1/42 "
ok $? "page 2 appended: 2 pages, 40 headlines (its repeat of the pinned one left out)"
log_has "GET /a/list-pages-gbk-3.html"
ok $((!$?)) "page 3 is not asked for while the selection is a screen from the end"
keys main jjjjjjjjjjjjjjjjjjjj
wait_news_log main "GET /a/list-pages-gbk-3.html"
ok $? "j to headline 21 of 40: page 3 is fetched ahead of the end"
wait_status main "3 pages +[0-9]+/62 "
ok $? "page 3 appended: 3 pages, 60 headlines, the pinned one once"
keys main G
wait_row main 23 "  2024-05-02  $H60"
ok $? "G: the 60th headline, last"
keys main b
wait_for main "^  2024-05-21  $H21\$"
ok $? "b: page 2's headlines among them"
keys main g
wait_row main 3 "  2024-05-31  $PINNED"
keys main Enter
wait_row main 1 "$STORY"
ok $? "Enter on the first headline opens its story"
keys main q
wait_status main "3 pages +1/62 "
ok $? "q back to the list: its three pages are kept"
keys main q
wait_dead main; ok $? "q on the list quits"

start fail 80 24 -- "$BASE/b/list-pages-gbk.html"
wait_status fail "2 pages +1/42 "
keys fail G
wait_news_log fail "GET /b/list-pages-gbk-3.html"
wait_for fail "^The next page of the list did not load: .*/b/list-pages-"
ok $? "a next page that fails: a message on the status line (over two rows: it names the URL)"
keys fail k
wait_status fail "2 pages +[0-9]+/42 "
ok $? "... and the list stays as it was, and answers keys"
keys fail g
wait_row_match fail 3 "^. 2024-05-31  $PINNED\$"
ok $? "... g: back to its first headline"

# a loop: p1's next page is p2, whose next page is p1 again.  p1 (15
# headlines) fits the screen, so p2 comes at once; G then brings the
# selection to the end, and the frame that shows it says still 2 pages
# (the prefetch runs after each key, before the next frame is drawn)
start loop 80 24 -- "$BASE/c/p1.html"
wait_status loop "2 pages +1/32 "
ok $? "a pager that leads back: two pages, thirty headlines"
keys loop G
wait_status loop "2 pages +10/32 "
ok $? "... G to the end: no third page"
keys loop q
wait_dead loop
[ "$(grep -c "^GET /c/p1.html" "$LOG")" = 1 ] && [ "$(grep -c "^GET /c/p2.html" "$LOG")" = 1 ]
ok $? "... each page asked for once: the loop stops"

echo "1..$n"
[ "$failed" -eq 0 ]
