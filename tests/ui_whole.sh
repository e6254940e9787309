#!/bin/sh
# ui_whole: v, the whole page, on a town portal's front page that
# extraction takes for a list of headlines (tests/data/whole-portal-utf8.html,
# served on loopback beside a page its menu links to): v shows the whole
# page in the same history entry, the status line says so, the sidebar
# and the menus are on screen and the scripts are not; Tab reaches the
# menu's links and Enter follows one; v again gives the headlines back
# with the selection where it was, and a story comes back at its place.
# Speaks TAP.
KANBAO=${KANBAO:-src/kanbao}
DATA=${SRCDIR:-.}/tests/data
. "${SRCDIR:-.}/tests/tmux.sh"
tmux_begin whole
ESC=$(printf '\033')

mkdir -p "$tmp/site/zwgk"
cp "$DATA/whole-portal-utf8.html" "$tmp/site/index.html"
P1="柳塘镇镇务公开目录收录镇政府各部门依法公开的信息，居民可以按类别查阅，也可以到镇便民服务中心查询纸质档案。"
P2="本目录每月更新一次，最近一次更新在三月初，新增了河道清淤和春耕补贴两类信息，欢迎居民监督。"
cat > "$tmp/site/zwgk/index.html" <<HTML
<html><head><title>镇务公开目录_柳塘镇</title></head><body><ul class="nav"><li><a href="/index.html">首页</a></li></ul>
<h1>镇务公开目录</h1><div class="content"><p>$P1</p><p>$P2</p><p>$P1</p><p>$P2</p></div>
<div class="side"><p>侧栏：柳塘镇便民服务中心每周一至周五开放，节假日另行通知。</p></div></body></html>
HTML
start_static "$tmp/site"
SIDE="^今日晴转多云，气温8至18摄氏度，东南风二级。$"
# the line of the selected headline is drawn in reverse video
selected() { tm capture-pane -e -p -t "$1" | grep "$2" | grep -q "${ESC}\[7m"; }

# ---- a list page: v and back ----
start main 80 70 -- "$BASE/index.html"
wait_for main "^  2024-03-09  柳塘镇荷花节筹备工作启动$"; ok $? "the portal opens as a list of headlines"
! screen main | grep -Eq "今日晴转多云|whole page"; ok $? "... without its sidebar; the status line says no whole page"
keys main j; keys main j
poll main "the third headline selected" selected main "柳塘小学新建食堂投入使用"; ok $? "j j selects the third headline"
keys main v
wait_status main "whole page"; ok $? "v: the status line says whole page"
wait_for main "$SIDE"; ok $? "the sidebar's text is on screen"
# a menu item may be drawn as one ("• 首页"): its text ends the line
screen main | grep -Eq "(^|• )首页$" && screen main | grep -Eq "(^|• )办事服务$" && screen main | grep -q "^通知公告$"
ok $? "the menu and the notice's heading too"
! screen main | grep -Eq "统计脚本|脚本写的字|内部备注|隐藏的段落|请启用"; ok $? "no script, noscript or hidden text"
[ "$(row main 1)" = "柳塘镇人民政府门户网站" ]; ok $? "the whole page is titled by <title>"
# its links: the name of the town (a link home), then the menu
keys main Tab; keys main Tab; keys main Tab
poll main "the menu's 镇务公开 focused" selected main "镇务公开"; ok $? "Tab reaches the menu's links"
keys main Enter
wait_row main 1 "镇务公开目录"; ok $? "Enter follows the menu link"
! status main | grep -q "whole page"; ok $? "... to a page that shows its story"
keys main h
wait_status main "whole page" && wait_for main "$SIDE"; ok $? "h: back to the whole page, as it was left"
keys main h
wait_for main "This is the first page"; ok $? "the whole page is the portal's history entry (h: the first page)"
keys main v
wait_for main "^  2024-03-01  柳塘镇召开春季河道清淤动员会$"; ok $? "v again: the headlines"
! status main | grep -q "whole page"; ok $? "... and the status line no longer says whole page"
poll main "the third headline selected again" selected main "柳塘小学新建食堂投入使用"
ok $? "... with the selection where it was"

# ---- a story: v and back at its place ----
start story 40 8 -- "$BASE/zwgk/index.html"
wait_row story 1 "镇务公开目录"; ok $? "a story opens"
! screen story | grep -q "侧栏"; ok $? "... without its sidebar"
keys story j; keys story j; keys story j
wait_status story " 4/[0-9]+ "; ok $? "j j j scrolls the story to its fourth line"
top=$(row story 1)
keys story v
wait_status story "whole page"
keys story G
wait_for story "^侧栏"; ok $? "v on a story: its whole page has the sidebar"
keys story v
wait_row story 1 "$top" && status_has story " 4/[0-9]+ "; ok $? "v again: the story at the place it was left"
! status story | grep -q "whole page"; ok $? "... and the status line says no whole page"

echo "1..$n"
[ "$failed" -eq 0 ]
