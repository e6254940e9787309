#!/bin/sh
# opml_cli: kanbao --import-opml adds the feeds of an OPML file (newsboat's
# export: nested outlines) to the config after what it holds, every line and
# comment kept, URLs already there skipped, and says how many; a bad or
# hostile file (not XML, no outlines, entities, javascript: and file: URLs,
# 16 MiB, deep nesting, a FIFO) is an error and the config is byte for byte
# as it was; --export-opml writes the sources as OPML that imports back to
# the same sources.  Speaks TAP.
KANBAO=${KANBAO:-src/kanbao}
DATA=${SRCDIR:-.}/tests/data
PY=${PYTHON3:-python3}
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
n=0 failed=0
ok() { n=$((n + 1)); if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=$((failed + 1)); fi; }
export LC_ALL=C.UTF-8 HOME="$tmp" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" XDG_DATA_HOME="$tmp/data"

conf=$tmp/config/kanbao/config
mkdir -p "$tmp/config/kanbao"
cat > "$conf" <<'CONF'
# my sources
source 柳溪 http://willow.example/rss.xml
bind x quit
source 青禾 http://news.qinghe.example/rss/index.xml
CONF
printf 'timeout 20' >> "$conf"		# a last line without its newline
cp "$conf" "$tmp/before"

"$KANBAO" --import-opml "$DATA/opml-newsboat.opml" > "$tmp/out" 2> "$tmp/err"
rc=$?
[ $rc = 0 ] && [ ! -s "$tmp/err" ]; ok $? "a newsboat export imports (exit 0, nothing on stderr)"
grep -q "^Added 2 feeds to $conf (1 already there, 0 skipped)\$" "$tmp/out"
ok $? "it says how many were added and how many were there: $(cat "$tmp/out")"
{ cat "$tmp/before"; echo; printf '%s\n' 'source 稻香村_通讯 https://daoxiang.example/feed.xml' \
    'source Fern_Hill_&_Co http://fern.example/atom.xml?a=1&b=2'; } > "$tmp/want"
cmp -s "$conf" "$tmp/want"; ok $? "the config keeps every line and comment and gains the two new feeds, nested ones too"
diff "$tmp/want" "$conf" | sed 's/^/# /'

"$KANBAO" --import-opml "$DATA/opml-newsboat.opml" > "$tmp/out" 2>&1
grep -q "^Added 0 feeds to .* (3 already there, 0 skipped)\$" "$tmp/out" && cmp -s "$conf" "$tmp/want"
ok $? "importing again adds nothing: no source twice"

"$KANBAO" --import-opml "$DATA/opml-hostile.opml" > "$tmp/out" 2>&1
grep -q "^Added 1 feed to .* (0 already there, 4 skipped)\$" "$tmp/out" &&
    [ "$(tail -n 1 "$conf")" = "source bell_31mmarks_here http://willow.example/town.xml" ] || false
ok $? "javascript:, file:, data: and spaced URLs are skipped; a title loses its control characters"
"$KANBAO" --export-opml > /dev/null 2>&1	# the config still reads
cp "$conf" "$tmp/before"

bad() {	# bad FILE WHAT: an error naming the file, and the config unchanged
	"$KANBAO" --import-opml "$1" > "$tmp/out" 2> "$tmp/err"
	rc=$?
	[ $rc = 2 ] && grep -q "the config is not changed" "$tmp/err" && [ ! -s "$tmp/out" ] &&
	    cmp -s "$conf" "$tmp/before" && [ -z "$(ls "$tmp/config/kanbao" | grep -v '^config$')" ]
	ok $? "$2: exit 2, a message, the config as it was, no file left beside it"
	sed 's/^/# /' "$tmp/err"
}
printf 'not xml at all <<<' > "$tmp/notxml"; bad "$tmp/notxml" "not XML"
printf '<opml version="2.0"><body></body></opml>' > "$tmp/empty"; bad "$tmp/empty" "no outlines"
printf '<rss><channel/></rss>' > "$tmp/rss"; bad "$tmp/rss" "not OPML"
bad "$DATA/opml-laughs.opml" "billion laughs"
printf '<opml><body><outline text="a&#7;b" xmlUrl="http://x.example/"/></body></opml>' > "$tmp/ctl"
bad "$tmp/ctl" "a control character XML forbids"
printf '<opml><body><outline xmlUrl="javascript:alert(1)"/><outline xmlUrl="file:///etc/passwd"/></body></opml>' > "$tmp/js"
bad "$tmp/js" "only javascript: and file: URLs"
printf '<!DOCTYPE opml SYSTEM "http://127.0.0.1:9/x.dtd"><opml><body><outline xmlUrl="http://x.example/"/></body></opml>' > "$tmp/dtd"
"$KANBAO" --import-opml "$tmp/dtd" > /dev/null 2>&1; cp "$conf" "$tmp/before"	# a DTD is not loaded
"$PY" -c "import sys; sys.stdout.write('<opml><body>' + ' ' * (16 << 20) + '</body></opml>')" > "$tmp/big"
bad "$tmp/big" "a 16 MiB file"
"$PY" -c "import sys; sys.stdout.write('<opml><body>' + '<outline text=\"f\">' * 5000 + '<outline xmlUrl=\"http://deep.example/\"/>' + '</outline>' * 5000 + '</body></opml>')" > "$tmp/deep"
bad "$tmp/deep" "5000 folders deep"
mkfifo "$tmp/fifo"; bad "$tmp/fifo" "a FIFO"
bad "$tmp/missing" "a missing file"
chmod 555 "$tmp/config/kanbao"
if [ ! -w "$tmp/config/kanbao" ]; then	# root writes anyway
	printf '<opml><body><outline xmlUrl="http://new.example/"/></body></opml>' > "$tmp/one"
	bad "$tmp/one" "a config directory that cannot be written"
fi
chmod 755 "$tmp/config/kanbao"

"$KANBAO" --export-opml > "$tmp/export.opml" 2> "$tmp/err"
[ $? = 0 ] && [ ! -s "$tmp/err" ] && "$PY" -c "
import sys, xml.dom.minidom as m
d = m.parse(sys.argv[1])
got = [(o.getAttribute('title'), o.getAttribute('xmlUrl')) for o in d.getElementsByTagName('outline')]
assert d.documentElement.getAttribute('version') == '2.0', 'version'
assert ('Fern_Hill_&_Co', 'http://fern.example/atom.xml?a=1&b=2') in got, got
assert len(got) == 6, got
" "$tmp/export.opml"
ok $? "--export-opml: well-formed OPML 2.0, escaped, every source"
mkdir -p "$tmp/c2/kanbao"
XDG_CONFIG_HOME=$tmp/c2 "$KANBAO" --import-opml "$tmp/export.opml" > /dev/null &&
    grep '^source ' "$conf" > "$tmp/src1" && cmp -s "$tmp/src1" "$tmp/c2/kanbao/config"
ok $? "round trip: the export imported into an empty config gives the same sources"
XDG_CONFIG_HOME=$tmp/c3 "$KANBAO" --import-opml "$tmp/export.opml" > /dev/null &&
    [ "$(grep -c "^source " "$tmp/c3/kanbao/config")" = 6 ]
ok $? "a config that does not exist yet is made, its directory too"
ln -s "$tmp/c2/kanbao/config" "$tmp/link"
printf '<opml><body><outline text="新" xmlUrl="http://new.example/"/></body></opml>' > "$tmp/one"
"$KANBAO" -c "$tmp/link" --import-opml "$tmp/one" > /dev/null &&
    [ -L "$tmp/link" ] && tail -n 1 "$tmp/c2/kanbao/config" | grep -q '^source 新 http://new.example/$'
ok $? "a config that is a symbolic link: the file it names changes, the link stays"

"$KANBAO" --import-opml "$DATA/opml-newsboat.opml" http://x.example/ > /dev/null 2>&1
[ $? = 1 ]; ok $? "--import-opml with an INPUT is a usage error"
"$KANBAO" --help | grep -q -- "--import-opml=FILE" && "$KANBAO" --help | grep -q -- "--export-opml"
ok $? "--help lists both"

echo "1..$n"
[ "$failed" -eq 0 ]
