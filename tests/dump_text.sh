#!/bin/sh
# dump_text: `kanbao --dump --format=text` lays a story out from its
# blocks as the reader does: a link mid-sentence stays in its sentence,
# an attachment is marked after its link, a picture stands between its
# paragraphs, and every one of them is a numbered reference, in reading
# order, with 上一篇 after them; a data table is aligned by display width
# (CJK two columns) under a rule, wrapped within its columns at 40
# columns, and "header: value" lines at 20.  The expected lines were
# written from the fixtures (tests/data/story-inline-utf8.html and
# blocks-notice-gbk.html), not from kanbao's output.  Speaks TAP.
KANBAO=${KANBAO:-src/kanbao}
DATA=${SRCDIR:-.}/tests/data
BASE=http://fixture.test/news/a/page.html
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
ok() { n=$((n + 1)); if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=$((failed + 1)); fi; }
LC_ALL=C.UTF-8
export LC_ALL
unset LANGUAGE LANG

# has FILE WANT: the lines of WANT stand in FILE one after the other
has() {
	if grep -qF -x -f "$2" "$1" && awk 'NR == FNR { want[n++] = $0; next }
	    $0 == want[i] { i++; if (i == n) found = 1; next }
	    { i = ($0 == want[0]) ? 1 : 0 }
	    END { exit found ? 0 : 1 }' "$2" "$1"; then
		return 0
	fi
	echo "# wanted, in a row:"; sed 's/^/#   /' "$2"
	echo "# got:"; sed 's/^/#   |/' "$1"
	return 1
}

dump() { "$KANBAO" --dump --format=text --width="$1" --base-url=$BASE "$DATA/$2" > "$tmp/out" 2> "$tmp/err"; }

# ---- a story with a link mid-sentence, a picture, a table ----
dump 100 story-inline-utf8.html
[ $? -eq 0 ] && [ ! -s "$tmp/err" ]; ok $? "the story dumps at 100 columns"
cat > "$tmp/want" <<'EOF'
镇交通服务站负责人介绍，新线路由县公交公司上月招标确定的运营方承运，票价统一为两元，持老年卡的乘客免
费。

[Image: 首班车从镇客运站发车]

线路和时刻

EOF
has "$tmp/out" "$tmp/want"; ok $? "the link stays in its sentence, the picture stands after it, then the heading"
cat > "$tmp/want" <<'EOF'
线路     起讫站点            首末班时间  途经村庄
-------  ------------------  ----------  --------------------------------
松溪1路  镇客运站至竹坑村    6:30-18:00  上塘村、下塘村、枫树湾村、竹坑村
松溪2路  镇客运站至石门岭    6:45-17:30  溪口村、石门村、石门岭
松溪3路  镇客运站至县汽车站  7:00-19:00  茶园村、新桥村、县汽车站
EOF
has "$tmp/out" "$tmp/want"; ok $? "100 columns: the table in columns aligned by display width"
grep -qx "详细的站点和时刻可下载松溪乡村公交时刻表.xlsx \[attachment .xlsx\]查看，也可拨打服务热线0599-7654321咨" "$tmp/out"
ok $? "the attachment is marked after its link, in its sentence"
grep -qx "    “以前去县城要先走四十分钟山路到公路边拦车，现在公交开到村口了。”竹坑村村民老周说。" "$tmp/out"
ok $? "the quote is indented"
cat > "$tmp/want" <<'EOF'
References

   1. http://fixture.test/news/2024/0320.html
   2. http://fixture.test/img/2024/bus.jpg
   3. http://fixture.test/uploads/2024/bus-timetable.xlsx
   4. http://fixture.test/news/2024/0401.html
EOF
has "$tmp/out" "$tmp/want"; ok $? "references: the inline link, the picture, the attachment, then 上一篇"
[ "$(grep -c '^\[Image' "$tmp/out")" -eq 1 ]; ok $? "the picture is not listed again after the story"

dump 40 story-inline-utf8.html
[ "$(sed "/^References$/,\$d" "$tmp/out" | wc -L)" -le 40 ]; ok $? "40 columns: no line of the story is wider"
# 34 columns for four columns: 线路 keeps its 7, 6:30-18:00 its 10 (a word
# is not cut when that can be helped), the two others share 17
cat > "$tmp/want" <<'EOF'
线路     起讫站   首末班时间  途经村庄
         点
-------  -------  ----------  ----------
松溪1路  镇客运   6:30-18:00  上塘村、下
         站至竹               塘村、枫树
         坑村                 湾村、竹坑
                              村
松溪2路  镇客运   6:45-17:30  溪口村、石
         站至石               门村、石门
         门岭                 岭
EOF
has "$tmp/out" "$tmp/want"; ok $? "40 columns: cells wrap within their columns"

# ---- the GBK notice: attachments in the text, a table of dates and places ----
dump 100 blocks-notice-gbk.html
cat > "$tmp/want" <<'EOF'
日期     地点            培训内容
-------  --------------  --------------
3月12日  城关镇农技站    水稻育秧技术
3月14日  白鹭镇文化礼堂  春茶病虫害防治
3月16日  沙洲村村委会    柑橘修剪与施肥
EOF
has "$tmp/out" "$tmp/want"; ok $? "the GBK notice: its table aligned"
grep -qx "附件：1.培训报名表 \[attachment .doc\] 2.教材清单 \[attachment .xlsx\]" "$tmp/out"
ok $? "the GBK notice: its attachments marked where they stand"
sed -n '/^References$/,$p' "$tmp/out" > "$tmp/refs"
[ "$(grep -c '^ *[0-9]*\. http' "$tmp/refs")" -eq 5 ] &&
    grep -qx "   3. http://fixture.test/tzgg/2023/1015.html" "$tmp/refs"
ok $? "the GBK notice: five links in the text, numbered in order"
dump 20 blocks-notice-gbk.html
cat > "$tmp/want" <<'EOF'
日期: 3月12日
地点: 城关镇农技站
培训内容: 水稻育秧技
  术

日期: 3月14日
EOF
has "$tmp/out" "$tmp/want"; ok $? "20 columns: a row is \"header: value\" lines, a blank line between rows"

echo "1..$n"
[ $failed -eq 0 ]
