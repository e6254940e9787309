#!/bin/sh
# security: what a hostile page cannot do through `kanbao --dump`: carry
# escape sequences, C1 controls or bidi overrides to the terminal (in text
# or JSON, in titles, body, link text, URLs and error messages), hand out
# javascript:, data: or file: links from a web page, or make kanbao read a
# local file through an entity.  Speaks TAP.  See doc/security.md.
KANBAO=${KANBAO:-src/kanbao}
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
ok() { n=$((n + 1)); if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=$((failed + 1)); fi; }
# ESC, BEL, DEL; C1 (U+0080..U+009F as UTF-8); U+200B..U+200F and
# U+202A..U+202E (zero width, bidi marks and overrides); U+2060..U+206F
# (isolates); U+FEFF
bad=$(printf '[\033\007\177]|\302[\200-\237]|\342\200[\213-\217\252-\256]|\342\201[\240-\257]|\357\273\277')
clean() { ! LC_ALL=C grep -E -q "$bad" "$1"; }

{
  printf '<html><head><title>\033]0;owned\007 hijack</title></head><body>\n'
  printf '<h1>Title \033[2J\033[H cleared \342\200\256reversed</h1>\n'
  printf '<div class="content"><p>Body with &#27;[31m red &#x1b;]2;t&#7; and &#155;31m and &#x202e;rlo &#x2066;iso &#xFEFF;bom\n'
  printf 'and a surrogate &#xD800; and &#x110000; past the end, and &#0; nul. Enough text, here, to be a body, with commas, and more words.</p>\n'
  printf '<p>Second paragraph, also long enough, with punctuation, so that it reads as prose, not as a menu.</p>\n'
  printf '<img src="javascript:alert(1)" alt="x\033[8mhidden"><img src="data:image/png;base64,AAAA" alt="d"></div>\n'
  printf '<p>上一篇：<a href="javascript:alert(1)">脚本链接</a></p>\n'
  printf '<p>下一篇：<a href="file:///etc/passwd">本地文件</a></p>\n'
  printf '<div>相关新闻<ul><li><a href="data:text/html,x">数据链接的新闻标题</a></li>\n'
  printf '<li><a href="  /ok/1.html">正常的相对链接新闻</a></li><li><a href="\033[31m/x.html">带转义的链接地址</a></li></ul></div>\n'
  printf '</body></html>\n'
} > "$tmp/hostile.html"

for fmt in json text; do
  "$KANBAO" --dump --format=$fmt --base-url=http://site.example/a/b.html "$tmp/hostile.html" > "$tmp/out.$fmt" 2> "$tmp/err"
  ok $? "$fmt: the hostile page dumps (exit 0)"
  clean "$tmp/out.$fmt"; ok $? "$fmt: no ESC, BEL, C1, DEL, bidi or zero-width character in the output"
done
grep -q 'javascript:' "$tmp/out.json"; [ $? -ne 0 ]; ok $? "no javascript: URL in the output"
grep -q '"data:' "$tmp/out.json"; [ $? -ne 0 ]; ok $? "no data: URL in the output"
grep -q 'file:' "$tmp/out.json"; [ $? -ne 0 ]; ok $? "a web page's file: link is dropped"
grep -q '"prev": null' "$tmp/out.json" && grep -q '"next": null' "$tmp/out.json"; ok $? "script and file links are no 上一篇 / 下一篇"
grep -q '"url": "http://site.example/ok/1.html"' "$tmp/out.json"; ok $? "a relative link resolves against the base URL"
python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$tmp/out.json"; ok $? "the JSON stays valid"

# an error message that quotes a hostile name
"$KANBAO" --dump "$(printf '%s/\033]0;x\007\342\200\256name' "$tmp")" > /dev/null 2> "$tmp/err"
clean "$tmp/err"; ok $? "an error message quoting a hostile file name is clean"
[ "$(wc -l < "$tmp/err")" -eq 1 ]; ok $? "and is one line"

# entities cannot read local files: the entity names a file of our own,
# whose text is a word no output could hold by chance (the machine's
# hostname, used before, can be two letters that a temporary path holds)
echo "entity-secret-1f8e3c" > "$tmp/secret.txt"
printf '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file://%s/secret.txt">]>\n<html><body><p>&x;</p><p>正文，正文，正文，正文，正文，正文，正文，正文，正文，正文，正文，正文。</p></body></html>\n' "$tmp" > "$tmp/xxe.html"
"$KANBAO" --dump "$tmp/xxe.html" > "$tmp/out" 2>&1
! grep -q "entity-secret" "$tmp/out" && grep -q "正文" "$tmp/out"; ok $? "an external entity is not read"

# UTF-16 with a BOM, invalid UTF-8, GBK labelled UTF-8
printf '\377\376<\000p\000>\000-N\207e\000\000' > "$tmp/utf16.html"
"$KANBAO" --dump "$tmp/utf16.html" > "$tmp/out"; ok $? "UTF-16 with a BOM dumps"
printf '<meta charset=utf-8><p>\300\257\355\240\200\364\220\200\200\377 text</p>' > "$tmp/invalid.html"
"$KANBAO" --dump "$tmp/invalid.html" > "$tmp/out" && python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$tmp/out"
ok $? "overlong, surrogate and out-of-range UTF-8 give valid JSON"

echo "1..$n"
[ $failed -eq 0 ]
