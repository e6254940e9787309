/* unit_extract_unseen46mix: the kinds of layout the forty-sixth mixed
 * blind round (unseen46mix-*) found wanting: a WordPress theme
 * (GeneratePress) printing the update's <time class="updated"> before the
 * entry's <time class="entry-date published">, its stylesheet hiding the
 * first; a Taiwanese dateline's credit (記者NAME／PLACE報導) set as a
 * paragraph of its own over the text; a portal's ►延伸閱讀 and its links
 * set between the story's paragraphs; a Hong Kong district council's
 * Drupal labels in two tongues (標籤 Tags, 相關消息 Related News). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_tongue.h"
#include "extract_words.h"
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
	test_published_is(HEAD "<article><header class=\"entry-header\">" H1 "<div class=\"entry-meta\">"
	    "<span class=\"posted-on\"><time class=\"entry-date published\" datetime=\"2026-03-06T09:15:00+08:00\">"
	    "2026年3月6日</time><time class=\"updated\" datetime=\"2026-03-06T11:02:44+08:00\">2026年3月6日</time>"
	    "</span></div></header>" BODY "</article><div class=\"related\"><h3>相关文章</h3><div class=\"card\">"
	    "<a href=\"/2026/02/20/a/\">日落洞观音亭元宵灯会吸引万人</a><time class=\"entry-date published\" "
	    "datetime=\"2026-02-20T10:00:00+08:00\">2026年2月20日</time></div></div></body></html>",
	    "2026-03-06T09:15:00+08:00",
	    "... an update of the entry's own day keeps it, though a related card's <time> says another");
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

#define DRUPAL(label) HEAD "<h1>石灣海濱清潔日 四百居民合力清走兩噸垃圾</h1><article class=\"node\">" \
	"<div class=\"field--name-body\"><p>石灣區議會與區內十二個屋苑業主立案法團於3月1日早上合辦海濱清潔日，約四百名居民參與。</p>" \
	"<p>是次活動由區議會環境及衞生委員會統籌，參加者分為二十組，清理範圍包括長廊花槽、防波堤石縫及泳灘沙面。</p>" \
	"<p>區議會計劃於今年6月及10月再舉辦兩次清潔日，並會在長廊增設分類回收桶，歡迎團體於網頁登記參與。</p></div>" \
	"<div class=\"field--name-field-tags\"><div class=\"field__label\">" label "</div><div class=\"field__items\">" \
	"<div class=\"field__item\"><a href=\"/taxonomy/term/14\">環境保護</a></div>" \
	"<div class=\"field__item\"><a href=\"/taxonomy/term/22\">義工活動</a></div></div></div></article></body></html>"

static void
two_tongues(void)
{
	char *j = NULL;

	test_story_tags(DRUPAL("標籤 Tags"), ",", &j);
	tap_str(j, "環境保護,義工活動", "a field's label in two tongues (標籤 Tags) heads its tags");
	free(j);
	test_story_tags(DRUPAL("Tags 標籤"), ",", &j);
	tap_str(j, "環境保護,義工活動", "... English first as well");
	free(j);
	test_story_tags(DRUPAL("標籤設計 Label Design"), ",", &j);
	tap_str(j, "", "... a pair whose halves are no tag label heads none");
	free(j);
	tap_int(is_related_heading("相關消息 Related News"), 1,
	    "a box heading in two tongues (相關消息 Related News) heads related items");
	tap_int(is_related_heading("最新消息 Latest News"), 0, "... one whose halves name no related box does not");
	tap_int(tongue_gap("香港特區政府於今日宣布 new rules for 2026") == NULL, 0,
	    "... a Han run then Latin words splits at the space");
	tap_int(tongue_gap("石灣區議會 Shek Wan District Council，今日") == NULL, 1,
	    "... a line going on in Han after the Latin is no pair");
}

int
main(void)
{
	updated_first();
	credit_paragraph();
	marked_heading();
	two_tongues();
	return tap_done();
}
