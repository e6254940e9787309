#!/bin/sh
# html_whole: a story libxml2 would stop reading part-way comes out whole:
# paragraphs nested deeper than its 256 levels, a paragraph of 12 MB (its
# text nodes stop at 10 MB), and a script of 11 MB before the last
# paragraph.  What a page hides stays hidden when its nesting is made
# shallow.  Speaks TAP.
KANBAO=${KANBAO:-src/kanbao}
PYTHON3=${PYTHON3:-python3}
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp" XDG_CONFIG_HOME="$tmp/c" XDG_CACHE_HOME="$tmp/cache" XDG_DATA_HOME="$tmp/d"
n=0
ok() { n=$((n + 1)); if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi; }

"$PYTHON3" - "$tmp" <<'EOF'
import sys
d = sys.argv[1]
head = ("<html><head><title>The ferry to Larkfield runs again</title></head><body>"
        "<h1>The ferry to Larkfield runs again</h1><div class=content>")
p1 = ("<p>After a winter in the yard, the old ferry crossed the bay at dawn with forty "
      "passengers, three bicycles and the mayor, who rang its bell twice.</p>")
p2 = ("<p>The harbour master said the crossing took eleven minutes, two fewer than before "
      "the engine was rebuilt by the apprentices of the town school.</p>")
p3 = ("<p>Tickets stay at two coins for children and four for adults until the summer "
      "fair, when the council will look at the timetable again.</p>")
tail = "</div></body></html>"
hidden = ("<select><option>Choose a harbour</option></select>"
          "<div style='display: none'>A note for the printers only.</div>"
          "<span hidden>Subscribe to the gazette.</span>")
open(d + "/deep.html", "w").write(head + p1 + "<div>" * 300 + hidden + p2 + p3 +
                                  "</div>" * 300 + tail)
open(d + "/inline.html", "w").write(head + p1 + "<span><b>" * 200 + p2 + p3 + tail)
big = "The ferry crossed the bay and came back again. " * (12 * 1024 * 1024 // 47)
open(d + "/long.html", "w").write(head + p1 + "<p>" + big + "</p>" + p2 + tail)
open(d + "/script.html", "w").write(head + p1 + "<script>" + "var ferry = 1;\n" * (11 * 1024 * 1024 // 15) +
                                    "</script>" + p2 + tail)
EOF

# body.py FILE: the body paragraphs' lengths and first words, one a line
cat > "$tmp/body.py" <<'EOF'
import json, sys
o = json.load(sys.stdin)
for p in o["body"]:
    print(len(p), " ".join(p.split()[:3]))
EOF
body() { "$KANBAO" --dump "$tmp/$1" 2> "$tmp/err" | "$PYTHON3" "$tmp/body.py"; }

body deep.html > "$tmp/out"
[ "$(cut -d' ' -f2- "$tmp/out" | tr '\n' '|')" = "After a winter|The harbour master|Tickets stay at|" ]
ok $? "paragraphs nested 300 deep: all three, in order"
sed 's/^/# /' "$tmp/out"
! "$KANBAO" --dump "$tmp/deep.html" | grep -q 'Choose a harbour\|printers only\|Subscribe'
ok $? "what the deep page hides stays hidden (an option, display: none, hidden)"
"$KANBAO" --dump --format=text --width=80 "$tmp/deep.html" > "$tmp/text"
grep -q '^Tickets stay at two coins' "$tmp/text" && grep -q '^The harbour master' "$tmp/text"
ok $? "the text dump of the deep page holds them too"

body inline.html > "$tmp/out"
[ "$(cut -d' ' -f2- "$tmp/out" | tr '\n' '|')" = "After a winter|The harbour master|Tickets stay at|" ]
ok $? "paragraphs inside 400 unclosed inline elements: all three"

body long.html > "$tmp/out"
sed 's/^/# /' "$tmp/out"
big=$((12 * 1024 * 1024 / 47 * 47 - 1))
[ "$(sed -n 2p "$tmp/out" | cut -d' ' -f1)" = "$big" ]
ok $? "a paragraph of 12 MB comes out whole ($big characters)"
[ "$(sed -n 3p "$tmp/out" | cut -d' ' -f2-)" = "The harbour master" ]
ok $? "and the paragraph after it too"

body script.html > "$tmp/out"
[ "$(cut -d' ' -f2- "$tmp/out" | tr '\n' '|')" = "After a winter|The harbour master|" ]
ok $? "the paragraph after a script of 11 MB comes out, the script does not"
echo "1..$n"
