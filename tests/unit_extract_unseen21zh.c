/* unit_extract_unseen21zh: the kinds of layout the twenty-first Chinese
 * blind round (unseen21zh-*) found wanting, all of regional news media: a
 * WeChat post's END closing its text before the account's credits; a
 * mobile page's "编辑 | NAME　审核 | NAME" with a spaced ASCII bar for the
 * colon; a 高校 story's closing "文字：NAME　图片：NAME" pair; an in-text
 * gallery's 【图集】 title; a 企业报 e-paper's "■本报记者 NAME 通讯员 NAME"
 * byline opening on a print mark; a 交通广播 mobile page's 延伸阅读 box of
 * <a><img><span>TITLE</span></a> cards set inside the text. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "page.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define PAGE_URL "http://unit.test/news/2025/05/31/1.html"

static void
field_is(const char *html, char which, const char *want, const char *what)
{
	struct page *p = test_page_of(html, PAGE_URL);

	tap_str(which == 'e' ? p->editor : which == 'a' ? p->author : p->source, want, what);
	page_free(p);
}

#define HEAD(title) "<html><head><meta charset=\"utf-8\"><title>" title "</title></head><body>"
#define P1 "<p>记者从省高速交警总队获悉，今天是端午假期第一天，预计环湖高速全天车流量将超过12万辆次，比平日增长约35%。</p>"
#define P2 "<p>交警部门预测，出城方向的车流高峰将出现在9时至11时，湖东收费站至青临枢纽路段最容易出现拥堵。</p>"
#define P3 "<p>交警提醒，驾驶员出发前可以收听广播了解实时路况，尽量避开高峰时段出行，遇到轻微事故应立即撤离。</p>"
#define STORY(before, tail) HEAD("端午假期首日 环湖高速车流量预计超12万辆次") \
	"<h1>端午假期首日 环湖高速车流量预计超12万辆次</h1><div class=\"info\">2025-05-31 07:52</div>" before \
	"<div class=\"content\">" P1 P2 P3 tail "</div></body></html>"
#define FIRST "记者从省高速交警总队获悉，今天是端午假期第一天，预计环湖高速全天车流量将超过12万辆次，比平日增长约35%。"
#define LAST "交警提醒，驾驶员出发前可以收听广播了解实时路况，尽量避开高峰时段出行，遇到轻微事故应立即撤离。"

static void
closings(void)
{
	page_body_is(STORY("", "<p>- END -</p><p>来源：桂花社区</p><p>往期推荐</p>"),
	    3, FIRST, LAST, "a WeChat post's - END - closes the text");
	page_body_is(STORY("", "<p>END</p><p>编辑丨诸葛珊</p>"), 3, FIRST, LAST, "... and so does END alone");
	page_body_is(STORY("", "<p>END of the line是本地方言里的一句老话，意思是事情到了头，记者在采访中多次听到。</p>"),
	    4, FIRST, "END of the line是本地方言里的一句老话，意思是事情到了头，记者在采访中多次听到。",
	    "... while a paragraph opening on END stays");
	page_body_is(STORY("", "<p style=\"text-align:right\">文字：苗欣然　图片：车宇航</p>"),
	    3, FIRST, LAST, "a closing 文字：NAME 图片：NAME pair is credits, no paragraph");
	page_body_is(STORY("", "<p>文字：是这次展览的主角，120件碑帖拓片从图片到实物一一展出。</p>"),
	    4, FIRST, "文字：是这次展览的主角，120件碑帖拓片从图片到实物一一展出。",
	    "... while a sentence opening on 文字： naming no picture's credit stays");
}

static void
bars(void)
{
	field_is(STORY("", "<p>编辑 | 冼佳怡　审核 | 蒲振宁</p>"), 'e', "冼佳怡",
	    "编辑 | NAME: a spaced bar after a CJK label is its colon");
	page_body_is(STORY("", "<p>编辑 | 冼佳怡　审核 | 蒲振宁</p>"), 3, FIRST, LAST,
	    "... and the line is credits, no paragraph");
	field_is(STORY("", "<p><a href=\"/a\">关于我们</a> | <a href=\"/b\">联系编辑</a> | <a href=\"/c\">投稿</a></p>"),
	    'e', NULL, "... while 编辑 inside a word of a row of links labels nothing");
}

static void
galleries(void)
{
	page_body_is(HEAD("桐岭镇千亩油菜花海迎客") "<h1>桐岭镇千亩油菜花海迎客</h1><div class=\"content\">" P1 P2
	    "<div class=\"tuji\"><div>【图集】花海里的集市</div><p><img src=\"/a.jpg\" alt=\"\">游客在油菜花田间的步道上拍照。</p></div>"
	    P3 "</div></body></html>", 4, FIRST, LAST, "an in-text gallery's 【图集】 title is no line; its caption is");
	page_body_is(HEAD("桐岭镇千亩油菜花海迎客") "<h1>桐岭镇千亩油菜花海迎客</h1><div class=\"content\">" P1 P2
	    "<p>【图集】栏目今年共收到读者投稿照片3200多张，其中入选年度精选的有86张，记者从中挑出了十张。</p>"
	    P3 "</div></body></html>", 4, FIRST, LAST, "... while a long paragraph opening on 【图集】 stays");
}

#define PAPER(credit) "<html><head><meta charset=\"utf-8\"><title>峡口隧道提前42天贯通-澜江建工报</title></head>" \
	"<body><table><tr><td><h1>峡口隧道提前42天贯通</h1></td></tr><tr><td>" credit "</td></tr>" \
	"<tr><td>" P1 P2 P3 "</td></tr></table></body></html>"

static void
print_marks(void)
{
	field_is(PAPER("■本报记者　诸葛晓楠　通讯员　仇海涛"), 'a', "诸葛晓楠 仇海涛",
	    "a byline opening on a print mark (■) names its reporters");
	field_is(PAPER("■本报记者　诸葛晓楠　通讯员　仇海涛"), 's', "澜江建工报",
	    "... and its 本报 credit names the paper <title> ends with");
	field_is(PAPER("▲本报记者　诸葛晓楠　通讯员　仇海涛"), 's', NULL,
	    "... while a caption's ▲ mark opens no byline");
}

#define CARDS(a, b) "<div class=\"card\"><div class=\"card-h\">延伸阅读</div>" \
	"<a href=\"/news/2025/05/30/1.html\"><img src=\"/s1.jpg\" alt=\"\"><span>" a "</span></a>" \
	"<a href=\"/news/2025/05/29/2.html\"><img src=\"/s2.jpg\" alt=\"\"><span>" b "</span></a></div>"
#define CARDS_PAGE(cards) HEAD("端午假期首日 环湖高速车流量预计超12万辆次") \
	"<h1>端午假期首日 环湖高速车流量预计超12万辆次</h1><div class=\"info\">2025-05-31 07:52</div>" \
	"<div class=\"content\">" P1 P2 cards P3 "</div><div class=\"rec\"><div class=\"rec-h\">猜你喜欢</div><ul>" \
	"<li><a href=\"/news/2025/05/30/3.html\"><p>青湖东站端午假期加开列车26趟</p><span>05-30</span></a></li>" \
	"<li><a href=\"/news/2025/05/30/4.html\"><p>市区这些路段端午期间实行临时交通管制</p><span>05-30</span></a></li>" \
	"</ul></div></body></html>"

static void
related_is(const char *html, size_t n, const char *first, const char *what)
{
	struct page *p = test_page_of(html, PAGE_URL);
	char *w = xasprintf("%s (first)", what);

	tap_int((long)p->related.n, (long)n, what);
	tap_str(p->related.n > 0 ? p->related.v[0].title : NULL, first, w);
	free(w);
	page_free(p);
}

static void
text_cards(void)
{
	related_is(CARDS_PAGE(CARDS("端午假期全省高速小型客车免费通行吗？看这里", "假期出行 这5个服务区充电桩最多")),
	    2, "端午假期全省高速小型客车免费通行吗？看这里",
	    "延伸阅读 cards of Chinese headlines inside the text are the related list");
	related_is(CARDS_PAGE(CARDS("高速路况", "充电桩")), 2, "青湖东站端午假期加开列车26趟",
	    "... while cards of a tag's few ideographs are none, and the list after the story stands");
}

int
main(void)
{
	closings();
	bars();
	galleries();
	print_marks();
	text_cards();
	return tap_done();
}
