/* unit_extract_unseen12zh: the kinds of layout the twelfth Chinese blind
 * round (unseen12zh-*) found wanting: a district station's story closed
 * by its reporters' credit line in brackets, one name in a character of
 * the supplementary planes (（记者 杜𠮷祥 鲍晨曦）), the 编辑 line under it;
 * a county site's story that prints no date, its day in its address; an
 * e-paper's 上一篇 / 下一篇 as pictures with alt text, and its paper named
 * only by <title> (柘江日报数字报-HEADLINE), and its picture in a table row
 * of its own over the text, captioned by a line ending in 摄. */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "extract_test.h"
#include "extract_urldate.h"
#include "extract_words.h"
#include "tap.h"

#define RM_P1 "<p>走进东滘街道芦塘社区，原本杂草丛生的一块闲置地，如今被划分成四十八个整齐的小菜畦，辣椒、茄子长势正旺。</p>"
#define RM_P2 "<p>社区联合物业清理了垃圾，引来灌溉水管，再以每年一元的象征性价格把菜畦认领给居民，邻居之间一下子熟络了。</p>"
#define RM_P3 "<p>目前，鹤浦区已有十一个社区建起共享菜园，盘活闲置地块约二十亩，下一步还将在老旧小区推广。</p>"
#define RM_PAGE(credit) "<html><head><title>共享菜园让闲置地变身邻里园</title></head><body>" \
	"<h1>共享菜园让闲置地变身邻里园</h1><div class=\"info\"><span>发布时间：2024-07-10 10:05</span></div>" \
	"<div class=\"text\">" RM_P1 RM_P2 RM_P3 credit "<p>编辑：许望舒</p></div></body></html>"

static void
closing_credits(void)
{
	test_gives(credit_line_names, "（记者 杜吉祥 鲍晨曦）", "杜吉祥 鲍晨曦",
	    "a line of roles and names wholly in brackets credits the names");
	test_gives(credit_line_names, "(记者 杜吉祥)", "杜吉祥", "... and so in ASCII brackets");
	test_gives(credit_line_names, "（记者 杜吉祥）说", NULL, "... a line going on past the bracket is none");
	test_gives(credit_line_names, "（县人大办 供稿）", NULL, "... an office's bracket is no reporter's");
	test_gives(credit_line_names, "记者 杜𠮷祥 鲍晨曦", "杜𠮷祥 鲍晨曦",
	    "a name may hold an ideograph of the supplementary planes (𠮷)");
	tap_ok(is_meta_line("（记者 杜𠮷祥 鲍晨曦）"), "... the bracketed line is a byline's, no paragraph");
	test_author_is(RM_PAGE("<p>（记者 杜𠮷祥 鲍晨曦）</p>"), "杜𠮷祥 鲍晨曦",
	    "the credit line closing the text, over its 编辑 line, names the author");
	test_author_is(RM_PAGE("<p>记者 杜吉祥</p>"), "杜吉祥", "... and so without brackets");
	test_author_is(RM_PAGE(""), NULL, "... a story closed by its text alone names none");
	test_body_count(RM_PAGE("<p>（记者 杜𠮷祥 鲍晨曦）</p>"), 3, "... and the credit line is no paragraph");
}

#define EP_LIST "<div class=\"list\"><div><a href=\"content_1721.htm\">全市夏粮收购进度过六成</a></div>" \
	"<div><a href=\"content_1722.htm\">从看天种地到知数种田</a></div>" \
	"<div><a href=\"content_1723.htm\">柘江南岸防洪堤提标工程完工</a></div></div>"
#define EP_BUTTONS "<div><a href=\"content_1721.htm\"><img src=\"pre.gif\" alt=\"上一篇\"></a>" \
	"<a href=\"content_1723.htm\"><img src=\"next.gif\" alt=\"下一篇\"></a></div>"
#define EP_PAGE(list) "<html><head><title>从看天种地到知数种田</title></head><body>" list EP_BUTTONS \
	"<h1>从看天种地到知数种田</h1><div class=\"content\">" RM_P1 RM_P2 RM_P3 "</div></body></html>"

static void
pictured_buttons(void)
{
	struct ctx c;

	test_story(&c, EP_PAGE(EP_LIST));
	extract_prev_next(&c);
	tap_str(c.page->prev ? c.page->prev->title : NULL, "全市夏粮收购进度过六成",
	    "a picture whose alt is 上一篇 links the previous story, titled by the page's list");
	tap_str(c.page->next ? c.page->next->title : NULL, "柘江南岸防洪堤提标工程完工", "... and so 下一篇");
	test_doc_free(&c);
	test_story(&c, EP_PAGE(""));
	extract_prev_next(&c);
	tap_ok(c.page->prev == NULL && c.page->next == NULL, "... with no title anywhere on the page, none");
	test_doc_free(&c);
}

static void
epaper_paper(void)
{
	struct ctx c;

	test_byline(&c, EP_PAGE(EP_LIST));
	tap_str(c.page->source, NULL, "a page titled by its headline alone names no source");
	test_doc_free(&c);
	test_byline(&c, "<html><head><title>柘江日报数字报-从看天种地到知数种田</title></head><body>"
	    "<h1>从看天种地到知数种田</h1><div class=\"content\">" RM_P1 RM_P2 RM_P3 "</div></body></html>");
	tap_str(c.page->source, "柘江日报", "an e-paper's <title> (柘江日报数字报-…) names its paper, the source");
	test_doc_free(&c);
	test_byline(&c, "<html><head><title>从看天种地到知数种田 | 柘江晚报电子版</title></head><body>"
	    "<h1>从看天种地到知数种田</h1><div class=\"content\">" RM_P1 RM_P2 RM_P3 "</div></body></html>");
	tap_str(c.page->source, "柘江晚报", "... and so after the headline (电子版)");
	test_doc_free(&c);
	test_byline(&c, "<html><head><title>关于开展数字报订阅的通知</title></head><body>"
	    "<h1>关于开展数字报订阅的通知</h1><div class=\"content\">" RM_P1 RM_P2 RM_P3 "</div></body></html>");
	tap_str(c.page->source, NULL, "... a headline that speaks of an e-paper names none");
	test_doc_free(&c);
}

#define LEAD_ROW(cap) "<html><head><title>从看天种地到知数种田</title></head><body><h1>从看天种地到知数种田</h1><table>" \
	"<tr><td><table><tr><td><img src=\"/p/res01.jpg\"></td></tr><tr><td>" cap "</td></tr></table></td></tr>" \
	"<tr><td class=\"content\">" RM_P1 RM_P2 RM_P3 "</td></tr></table></body></html>"

static void
lead_row(void)
{
	struct ctx c;

	test_story(&c, LEAD_ROW("青湾县农民用手机查看稻田墒情。 本报记者 邬明哲 摄"));
	extract_images(&c);
	tap_int((long)c.page->nimages, 1, "a picture over a line ending in its 摄 credit, just above the text, is the story's");
	test_doc_free(&c);
	test_story(&c, LEAD_ROW("扫码下载客户端 看更多新闻"));
	extract_images(&c);
	tap_int((long)c.page->nimages, 0, "... a picture over another line is none");
	test_doc_free(&c);
}

static void
address_day(void)
{
	test_gives(url_date, "http://x.test/xwzx/xnyw/202407/t20240708_41233.html", "2024-07-08",
	    "a TRS-like name's day (t20240708_41233) dates the story");
	test_gives(url_date, "http://x.test/html/2024-07/09/content_30455_1722.htm", "2024-07-09",
	    "... and so a paper's dated folders (2024-07/09)");
	test_gives(url_date, "http://x.test/jzdt/20240710/119012.jhtml", "2024-07-10", "... and a folder of the day");
	test_gives(url_date, "http://x.test/news/2024/07/08/story", "2024-07-08", "... and /YYYY/MM/DD/");
	test_gives(url_date, "http://x.test/xwzx/202407/t2024070812_1.html", NULL, "... a longer number is an id");
	test_gives(url_date, "http://x.test/xwzx/202407/", NULL, "... a month alone dates nothing");
	test_gives(url_date, "http://x.test/a.jsp?id=20240708", NULL, "... nor a query's number");
	test_gives(url_date, "http://20240708.x.test/a.html", NULL, "... nor the host");
	test_gives(url_date, "http://x.test/20241308/a.html", NULL, "... nor a month past twelve");
}

int
main(void)
{
	address_day();
	pictured_buttons();
	epaper_paper();
	lead_row();
	closing_credits();
	return tap_done();
}
