#!/bin/sh
# dump_cli: the command line of `kanbao --dump`: exit statuses, errors
# named on stderr, several inputs, --help and --version.  Speaks TAP.
KANBAO=${KANBAO:-src/kanbao}
DATA=${SRCDIR:-.}/tests/data
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
ok() { n=$((n + 1)); if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=$((failed + 1)); fi; }

cat > "$tmp/a.html" <<'HTML'
<html><head><title>一篇文章_测试站</title></head><body>
<h1>一篇文章</h1><div class="info">来源：测试站 发布时间：2024-03-06 09:30</div>
<div class="content"><p>第一段正文，内容足够长，用来让抽取器认出这是一篇文章的正文部分，而不是菜单或者页脚。</p>
<p>第二段正文。这里还有更多的文字，句子之间有逗号，有句号，像真正的新闻那样。</p></div>
</body></html>
HTML
printf '<p>\033]0;pwned\007title\033[2J <b>x</b>\302\233 31m</p>' > "$tmp/esc.html"

"$KANBAO" --dump "$tmp/a.html" > "$tmp/out" 2> "$tmp/err"; rc=$?
[ $rc -eq 0 ] && [ "$(wc -l < "$tmp/out")" -eq 1 ] && [ ! -s "$tmp/err" ]; ok $? "one input: exit 0, one line, quiet stderr"
grep -q '"url": "file://' "$tmp/out"; ok $? "a path dumps with its file:// URL"

"$KANBAO" --dump "$tmp/a.html" "$tmp/missing.html" "$tmp/a.html" > "$tmp/out" 2> "$tmp/err"; rc=$?
[ $rc -eq 2 ]; ok $? "a missing input makes exit status 2"
[ "$(wc -l < "$tmp/out")" -eq 2 ]; ok $? "the other inputs still print"
[ "$(wc -l < "$tmp/err")" -eq 1 ] && grep -q 'missing.html' "$tmp/err"; ok $? "one line on stderr naming the input"

"$KANBAO" --dump "file://$tmp/a.html" > "$tmp/out"; ok $? "a file:// URL reads"
"$KANBAO" --dump --base-url=http://x.test/a/b.html "$tmp/a.html" | grep -q '"url": "http://x.test/a/b.html"'; ok $? "--base-url sets the url"

"$KANBAO" --dump --format=text --width=30 "$tmp/a.html" > "$tmp/out"; rc=$?
[ $rc -eq 0 ] && head -1 "$tmp/out" | grep -q '^一篇文章$'; ok $? "text output starts with the title"
[ "$(LC_ALL=C.UTF-8 wc -L < "$tmp/out")" -le 30 ]; ok $? "text output keeps to --width (in columns)"
# under the C locale wcwidth knows no Chinese; kanbao measures in UTF-8 all the same:
# each paragraph (42 and 37 characters, 84 and 74 columns) takes three lines of at
# most 30 columns, so with the title and the meta line eight lines are not blank
LC_ALL=C "$KANBAO" --dump --format=text --width=30 "$tmp/a.html" > "$tmp/out.c"; rc=$?
[ $rc -eq 0 ] && [ "$(LC_ALL=C.UTF-8 wc -L < "$tmp/out.c")" -le 30 ] &&
    [ "$(grep -c . "$tmp/out.c")" -ge 8 ] && cmp -s "$tmp/out" "$tmp/out.c"
ok $? "--width holds for Chinese under LC_ALL=C, the same lines as under C.UTF-8"

"$KANBAO" --dump --format=xml "$tmp/a.html" > /dev/null 2>&1; [ $? -eq 1 ]; ok $? "an unknown format is a usage error (1)"
"$KANBAO" --dump --width=0 "$tmp/a.html" > /dev/null 2>&1; [ $? -eq 1 ]; ok $? "width 0 is a usage error (1)"
"$KANBAO" --dump > /dev/null 2>&1; [ $? -eq 1 ]; ok $? "--dump without input is a usage error (1)"
"$KANBAO" --bogus > /dev/null 2>&1; [ $? -eq 1 ]; ok $? "an unknown option is a usage error (1)"

"$KANBAO" --help > "$tmp/out"; rc=$?
[ $rc -eq 0 ] && grep -q -- '--dump' "$tmp/out" && grep -q -- '--base-url' "$tmp/out"; ok $? "--help lists the options, exit 0"
"$KANBAO" --version | head -1 | grep -q '^kanbao [0-9]'; ok $? "--version prints name and version"

for f in json text; do
  "$KANBAO" --dump --format=$f "$tmp/esc.html" > "$tmp/out" 2>&1
  ! LC_ALL=C grep -q "$(printf '[\033\007\302\233]')" "$tmp/out"; ok $? "no ESC, BEL or C1 in $f output"
done
"$KANBAO" --dump "$(printf '%s/no\033]0;x\007such' "$tmp")" 2> "$tmp/err" >/dev/null
! LC_ALL=C grep -q "$(printf '[\033\007]')" "$tmp/err"; ok $? "an error message quoting a name carries no ESC"

: > "$tmp/empty.html"
"$KANBAO" --dump "$tmp/empty.html" > "$tmp/out"; rc=$?
[ $rc -eq 0 ] && grep -q '"body": \[\]' "$tmp/out"; ok $? "an empty file is an empty page, not an error"

# a binary file named on the command line is no page: exit 2, one line
printf '\211PNG\r\n\032\n\000\000\000\rIHDR\000\000\000\001' > "$tmp/picture.png"
printf '%%PDF-1.4\n%%\342\343\317\323\n1 0 obj\n' > "$tmp/paper.pdf"
printf '\177ELF\002\001\001\000\000\000\000\000' > "$tmp/program"
printf 'x\000\001\002\003\377\376\000\000' > "$tmp/blob.bin"
for f in picture.png:image/png paper.pdf:application/pdf program:application/x-executable "blob.bin:binary content"; do
  name=${f%%:*} type=${f#*:}
  "$KANBAO" --dump "$tmp/$name" > "$tmp/out" 2> "$tmp/err"; rc=$?
  [ $rc -eq 2 ] && [ ! -s "$tmp/out" ] && [ "$(wc -l < "$tmp/err")" -eq 1 ] &&
      grep -qF "kanbao: $tmp/$name: not a web page ($type)" "$tmp/err"
  ok $? "a local $name is not a web page ($type): exit 2, no output"
done
# a saved page with a stray NUL is still a page
{ printf '<html><head><title>NUL\000</title></head><body>'; sed -n '/<h1>/,$p' "$tmp/a.html"; } > "$tmp/nul.html"
"$KANBAO" --dump "$tmp/nul.html" > "$tmp/out" 2> "$tmp/err"; rc=$?
[ $rc -eq 0 ] && [ ! -s "$tmp/err" ] && grep -q '第二段正文' "$tmp/out"; ok $? "a saved page with a NUL byte reads, exit 0"

# a saved page's relative time reads against when it was saved (its mtime),
# so it dumps the same on any day
cat > "$tmp/rel.html" <<'HTML'
<html><head><title>老街灯会今晚开幕_测试站</title></head><body>
<h1>老街灯会今晚开幕</h1><div class="info">来源：测试站 发布时间：3小时前</div>
<div class="content"><p>第一段正文，内容足够长，用来让抽取器认出这是一篇文章的正文部分，而不是菜单或者页脚。</p>
<p>第二段正文。这里还有更多的文字，句子之间有逗号，有句号，像真正的新闻那样。</p></div>
</body></html>
HTML
touch -d '2024-03-06 12:00:00 UTC' "$tmp/rel.html"
TZ=UTC "$KANBAO" --dump "$tmp/rel.html" | grep -q '"published": "2024-03-06T09:00"'
ok $? "a saved page's 3小时前 is three hours before the file was saved"
echo "1..$n"
[ $failed -eq 0 ]
