/* unit_extract_unseen32mix: the kinds of layout the thirty-second mixed
 * blind round (unseen32mix-*) found wanting: an old council site's
 * 其他會務新聞 rows after the story (其他, the site's kind of item, a
 * story noun; 更多活动新闻 stays none); a
 * newsletter's byline spans run together in 繁体 (撰文：NAME發佈日期：…);
 * a desk named before its writer (會訊編輯小組 梁嘉欣). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_kinhead.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define URL "https://www.cc.example/news/2026/01/bazaar/"
#define HEAD "<html><head><meta charset=\"utf-8\"><title>新春嘉年华</title></head><body>"
#define H1 "<h1>榕园新春嘉年华热闹登场 逾三千居民同乐迎马年</h1>"
#define P1 "<p>由榕园民众俱乐部主办的新春嘉年华于1月10日在俱乐部前广场热闹举行，吸引逾三千名居民扶老携幼前来参与。</p>"
#define P2 "<p>嘉年华从上午十时开始，场内设有四十多个年货摊位，售卖年饼、腊味、春联及盆栽等，义工亲手制作的凤梨挞不到中午便已售罄。</p>"
#define P3 "<p>俱乐部将于2月14日举办元宵猜灯谜晚会，欢迎居民届时参与，报名详情请浏览网站或致电俱乐部查询。</p>"
#define CARD(u, t, x) "<article class=\"card\"><div class=\"card-body\"><span class=\"card-date\">2026年1月6日</span>" \
	"<h3><a href=\"/news/" u "/\">" t "</a></h3><p>" x "</p></div></article>"
#define CARDS CARD("chingay", "妆艺大游行义工招募 即日起报名", "俱乐部招募五十名义工参与今年的妆艺大游行，协助道具制作。") \
	CARD("fun-run", "年终亲子慈善跑筹得两万元", "两百多个家庭参与年终亲子慈善跑，所得款项捐给乐龄活动中心。") \
	CARD("tangyuan", "冬至包汤圆 邻里共聚一堂", "乐龄执行委员会与居民一同包汤圆，并把汤圆送到独居长者家中。")
#define PAGE(head) HEAD H1 "<div class=\"page-content\">" P1 P2 P3 "</div><section class=\"more-news\"><h2>" head \
	"</h2><div class=\"cards\">" CARDS "</div></section></body></html>"

static void
other_kind_heading(void)
{
	tap_int(is_other_kind_heading("其他會務新聞", strlen("其他會務新聞")), 1,
	    "其他, a kind of item and 新聞 is a related heading");
	tap_int(is_other_kind_heading("其它社区新闻", strlen("其它社区新闻")), 1,
	    "其它, a kind of item and 新闻 is a related heading");
	tap_int(is_other_kind_heading("其他熱門新聞", strlen("其他熱門新聞")), 0,
	    "... a hot list's 其他熱門新聞 is none");
	tap_int(is_other_kind_heading("其他新闻请关注", strlen("其他新闻请关注")), 0,
	    "... a sentence opening 其他新闻 is none");
	test_page_related_count(PAGE("其他活動新聞"), URL, 3,
	    "rows under 其他活動新聞 after the story are related");
	test_page_related_count(PAGE("更多活动新闻"), URL, 0,
	    "... cards under 更多活动新闻 (more of the section's news) stay none");
	test_page_related_count(PAGE("其他熱門活動"), URL, 0,
	    "... rows under 其他熱門活動 (no story noun) stay none");
}

#define BYLINE(who) BYLINE_GAP(who, "")
#define BYLINE_GAP(who, gap) HEAD "<h1>村屋渠務改善工程完成 十二條村受惠</h1><div class=\"nl-meta\"><span>撰文：" who \
	"</span>" gap "<span>發佈日期：2026年1月12日</span><span>瀏覽次數：386</span></div><div class=\"nl-body\">" \
	"<p>困擾區內十二條鄉村多年的雨季水浸問題，隨着新一期村屋渠務改善工程上月底完工，終於有望紓緩。</p>" \
	"<p>是次工程涉及新鋪設排水渠管約二點八公里，並在三處低窪地段加建集水井及截流設施。</p></div></body></html>"

static void
glued_trad_labels(void)
{
	test_author_is(BYLINE("梁嘉欣"), "梁嘉欣",
	    "a 繁体 發佈日期 run on after the writer's name is no part of it");
	test_author_is(BYLINE("陳大文 梁嘉欣"), "陳大文 梁嘉欣",
	    "... after two writers' names too: both stay");
	test_author_is(BYLINE_GAP("梁嘉欣", " "), "梁嘉欣",
	    "... a writer's name with a space before 發佈日期 stays as it was");
}

static void
desk_led(void)
{
	test_gives(desk_led_writer, "會訊編輯小組 梁嘉欣", "梁嘉欣",
	    "a desk's name before its writer: the writer");
	test_gives(desk_led_writer, "編輯部 梁嘉欣", "梁嘉欣", "... after 編輯部 too");
	test_gives(desk_led_writer, "陳大文 梁嘉欣", NULL, "... two writers are no desk and its writer");
	test_gives(desk_led_writer, "會訊編輯小組", NULL, "... a desk alone names no writer");
	test_gives(desk_led_writer, "編輯部 梁", NULL, "... one ideograph is no name");
	test_gives(desk_led_writer, "編輯部 歐陽嘉欣文", NULL, "... nor are five");
	test_gives(desk_led_writer, "編輯部 梁嘉欣2", NULL, "... nor a name with more after it");
	test_gives(desk_led_writer, "編輯部 Leung", NULL, "... nor a Latin word");
}

int
main(void)
{
	other_kind_heading();
	glued_trad_labels();
	desk_led();
	return tap_done();
}
