#!/bin/sh
# site_rules: per-host XPath rules from the built-in table and from the
# config file override the generic extraction.  Speaks TAP.
KANBAO=${KANBAO:-src/kanbao}
tmp=$(mktemp -d) || exit 99
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config"
n=0 failed=0
ok() { n=$((n + 1)); if [ "$1" -eq 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; failed=$((failed + 1)); fi; }
json() { python3 -c "import json,sys; o=json.loads(sys.stdin.read()); print($1)"; }

# A page the generic rules misread: the headline is a span, the story is
# in divs that look like a promo, and a promo box is denser than the story.
cat > "$tmp/page.html" <<'HTML'
<html><head><title>站点首页</title></head><body>
<h1>欢迎来到青禾县新闻网</h1>
<div id="headline-box"><span class="t">渡口新桥今日合龙</span></div>
<div id="story"><div class="para">青禾县渡口新桥今天上午完成合龙。</div>
<div class="para">大桥预计明年春天通车。</div></div>
<div class="promo"><p>促销，促销，全场商品，一律八折，欢迎选购，先到先得，售完即止，绝不后悔，快来快来。</p>
<p>更多优惠，请关注，本店公众号，每天都有，新品上架，期待，您的光临，谢谢，再见。</p></div>
<div class="pn"><a href="/n/2.html">下一条新闻的地址</a></div>
</body></html>
HTML

"$KANBAO" --dump --base-url=http://rules.fixture.test/n/1.html "$tmp/page.html" > "$tmp/out"
[ "$(json "o['title']" < "$tmp/out")" = "渡口新桥今日合龙" ]; ok $? "the built-in rule picks the headline"
[ "$(json "'|'.join(o['body'])" < "$tmp/out")" = "青禾县渡口新桥今天上午完成合龙。|大桥预计明年春天通车。" ]; ok $? "the built-in rule picks the body paragraphs"
! grep -q '促销' "$tmp/out"; ok $? "the built-in rule removes the promo"

"$KANBAO" --dump --base-url=http://other.fixture.test/n/1.html "$tmp/page.html" > "$tmp/out"
[ "$(json "o['title']" < "$tmp/out")" != "渡口新桥今日合龙" ]; ok $? "without a rule the generic extraction runs"

# A rule's body brings the story's pictures in their places: one inside a
# paragraph the rule names, one in a box of its own between two of them;
# the promo's picture and the linked banner stay out.
cat > "$tmp/pics.html" <<'HTML'
<html><head><title>站点首页</title></head><body>
<div id="headline-box"><span class="t">渡口新桥今日合龙</span></div>
<div id="story"><div class="para"><img src="/pic/he.jpg" alt="合龙现场"></div>
<div class="para">青禾县渡口新桥今天上午完成合龙。</div>
<div class="pic"><img src="/pic/qiao.gif" alt="桥面"></div>
<div class="para">大桥预计明年春天通车。<a href="/ad"><img src="/pic/ad.png"></a></div></div>
<div class="promo"><img src="/pic/promo.png" alt="促销"><p>促销，促销，全场商品，一律八折，欢迎选购，先到先得，售完即止。</p></div>
</body></html>
HTML
"$KANBAO" --dump --base-url=http://rules.fixture.test/n/1.html "$tmp/pics.html" > "$tmp/out"
[ "$(json "'|'.join(b['type'] + ':' + b.get('text', b.get('src', '')) for b in o['blocks'])" < "$tmp/out")" = \
    "img:http://rules.fixture.test/pic/he.jpg|p:青禾县渡口新桥今天上午完成合龙。|img:http://rules.fixture.test/pic/qiao.gif|p:大桥预计明年春天通车。" ]
ok $? "a rule's body keeps its pictures in place among its paragraphs"
[ "$(json "'|'.join(str(i['alt']) for i in o['images'])" < "$tmp/out")" = "合龙现场|桥面" ]
ok $? "... and the images list is the same two, captions and all"
[ "$(json "'|'.join(o['body'])" < "$tmp/out")" = "青禾县渡口新桥今天上午完成合龙。|大桥预计明年春天通车。" ]
ok $? "... while body stays the paragraphs alone"
"$KANBAO" --dump --format=text --base-url=http://rules.fixture.test/n/1.html "$tmp/pics.html" > "$tmp/out"
grep -qxF "[Image: 桥面]" "$tmp/out"; ok $? "the text dump shows the caption in its place"

mkdir -p "$tmp/config/kanbao"
cat > "$tmp/config/kanbao/config" <<'CONF'
# rules for a site of our own
site other.fixture.test next //div[@class='pn']/a
site other.fixture.test title //div[@id='headline-box']
site other.fixture.test bogus //x
CONF
"$KANBAO" --dump --base-url=http://www.other.fixture.test/n/1.html "$tmp/page.html" > "$tmp/out" 2> "$tmp/err"; rc=$?
[ $rc -eq 0 ]; ok $? "a bad config line does not stop the dump"
[ "$(json "o['next']['url']" < "$tmp/out")" = "http://www.other.fixture.test/n/2.html" ]; ok $? "a config rule sets next"
[ "$(json "o['title']" < "$tmp/out")" = "渡口新桥今日合龙" ]; ok $? "a config rule sets the title"
grep -q 'config:4: unknown field' "$tmp/err"; ok $? "the bad line is named by file:line"
"$KANBAO" --dump --config="$tmp/none" "$tmp/page.html" > /dev/null 2> "$tmp/err"
grep -q 'none' "$tmp/err"; ok $? "a missing --config file is a warning naming it"

echo "1..$n"
[ $failed -eq 0 ]
