/* unit_extract_unseen46mix: the kinds of layout the forty-sixth mixed
 * blind round (unseen46mix-*) found wanting: a WordPress theme
 * (GeneratePress) printing the update's <time class="updated"> before the
 * entry's <time class="entry-date published">, its stylesheet hiding the
 * first; a Taiwanese dateline's credit (記者NAME／PLACE報導) set as a
 * paragraph of its own over the text; a portal's ►延伸閱讀 and its links
 * set between the story's paragraphs. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>夜市</title></head><body>"
#define H1 "<h1>亚逸马尼斯夜市下月迁址 小贩盼新场地增设雨棚</h1>"
#define P1 "<p>经营了二十多年的亚逸马尼斯夜市将于4月起迁往两公里外的新巴士总站旁空地，市议会昨日与夜市小贩公会举行对话会。</p>"
#define P2 "<p>市议员黄振发在对话会上表示，原址所在的停车场将改建为多层停车楼，工程为期两年，新场地可容纳一百二十个摊位。</p>"
#define P3 "<p>小贩公会主席许金兰说，小贩大致接受迁址，但希望市议会在新场地增设雨棚和公共厕所，以免雨季无法做生意。</p>"
#define BODY "<div class=\"entry-content\">" P1 P2 P3 "</div>"
static void
updated_first(void)
{
	test_published_is(HEAD "<article><header class=\"entry-header\">" H1 "<div class=\"entry-meta\">"
	    "<span class=\"posted-on\"><time class=\"updated\" datetime=\"2026-03-06T11:02:44+08:00\">2026年3月6日"
	    "</time><time class=\"entry-date published\" datetime=\"2026-03-05T09:40:12+08:00\">2026年3月5日</time>"
	    "</span> <span class=\"byline\">作者 林美玲</span></div></header>" BODY "</article></body></html>",
	    "2026-03-05T09:40:12+08:00",
	    "an update's <time> printed before the entry's gives way to the published one");
	test_published_is(HEAD "<article><header class=\"entry-header\">" H1 "<div class=\"entry-meta\">"
	    "<span class=\"posted-on\"><time class=\"updated\" datetime=\"2026-03-06T11:02:44+08:00\">2026年3月6日"
	    "</time></span> <span class=\"byline\">作者 林美玲</span></div></header>" BODY "</article></body></html>",
	    "2026-03-06",
	    "... an update's <time> with no entry's <time> beside it still dates the page as printed");
}

#define TW(first) HEAD "<h1>蘭溪鎮老街騎樓整修完工 百年洋樓重現紅磚拱廊</h1><div class=\"story\"><p>" first "</p>" \
	"<p>鎮公所指出，這批街屋多建於1920年代，過去因違建鐵皮與招牌遮蔽，立面損毀嚴重，部分拱廊甚至出現裂縫。</p>" \
	"<p>整修工程總經費新台幣4,800萬元，由文化部補助六成、縣府與鎮公所分擔其餘，施工團隊以傳統工法修補紅磚。</p>" \
	"<p>老街商圈發展協會理事長葉秀琴說，騎樓打通後，遊客可以從街頭一路走到媽祖廟，不必再走到車道上。</p></div></body></html>"

static void
credit_paragraph(void)
{
	test_body_count(TW("記者陳冠廷／蘭溪報導"), 3,
	    "a dateline's credit alone in its paragraph is the byline, no line of the story");
	test_body_count(TW("〔記者陳冠廷／蘭溪報導〕"), 3,
	    "... and so in brackets");
	test_body_count(TW("記者陳冠廷／蘭溪報導 蘭溪鎮中正路老街騎樓整修工程歷時十個月，4日上午舉行完工典禮。"), 4,
	    "... a credit the story's text runs on after stays its first line");
}

#define INTEXT(label) HEAD "<h1>蘭溪鎮老街騎樓整修完工 百年洋樓重現紅磚拱廊</h1><div class=\"story\">" \
	"<p>蘭溪鎮中正路老街騎樓整修工程歷時十個月，4日上午舉行完工典禮，二十三棟街屋的紅磚拱廊重新亮相。</p>" \
	"<p>鎮公所指出，這批街屋多建於1920年代，過去因違建鐵皮與招牌遮蔽，立面損毀嚴重，部分拱廊甚至出現裂縫。</p>" \
	"<p><strong>" label "</strong></p>" \
	"<p><a href=\"/news/20260212/2701133.htm\">蘭溪媽祖廟三百年建醮　萬人湧入老街</a></p>" \
	"<p><a href=\"/news/20260120/2688790.htm\">老屋再生補助開跑　每戶最高補助200萬</a></p>" \
	"<p>整修工程總經費新台幣4,800萬元，由文化部補助六成、縣府與鎮公所分擔其餘，施工團隊以傳統工法修補紅磚。</p>" \
	"<p>老街商圈發展協會理事長葉秀琴說，騎樓打通後，遊客可以從街頭一路走到媽祖廟，不必再走到車道上。</p>" \
	"</div></body></html>"

static void
marked_heading(void)
{
	test_page_related_count(INTEXT("►延伸閱讀"), TEST_URL, 2,
	    "a ► before 延伸閱讀 inside the text still heads its links");
	test_page_body_is(INTEXT("►延伸閱讀"), TEST_URL, 4, NULL, NULL,
	    "... and the heading is no line of the story");
	test_page_body_is(INTEXT("►老街導覽每週六上午十時出發，由文史工作者帶領民眾認識街屋的歷史。"), TEST_URL, 5, NULL, NULL,
	    "... a story's line opening on ► stays one");
}

int
main(void)
{
	updated_first();
	credit_paragraph();
	marked_heading();
	return tap_done();
}
