/* unit_extract_unseen23mix: the kinds of layout the twenty-third mixed
 * blind round (unseen23mix-*) found wanting, in regional news outside
 * the mainland: a Malaysian Chinese state paper's bracketed closing
 * credit that names the paper before its roles, （北马日报／报道：NAME
 * 摄影：NAME）; an Indian state daily's byline of the name, a comma and
 * the news service that filed it ("NAME, Express News Service"); a
 * Singapore daily's related card whose headline opens on 更多; a
 * Philippine Chinese WordPress daily's related-posts plugin headed 相關
 * alone; a Thai Chinese table page's 相關新聞： box of two in the text,
 * then 相關文章 after it holding both and a third. */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_papercredit.h"
#include "extract_words.h"
#include "page.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define PAGE_URL "http://unit.test/local/2025/0513/1.html"

#define HEAD(title) "<html><head><meta charset=\"utf-8\"><title>" title "</title></head><body>"
#define P1 "<p>（大山脚13日讯）营业超过30年的武吉知名夜市，将在6月起迁往约500公尺外的新商业区停车场，近百名摊贩希望市议会提供帐篷。</p>"
#define P2 "<p>威省市议员林宝珠今日在夜市现场与摊贩对话后表示，原有地段将被用作兴建多层停车场，夜市暂时迁往新地段营业三年。</p>"
#define P3 "<p>林宝珠回应说，她会把摊贩的要求带到下一次市议会常月会议上讨论，并争取在搬迁前完成路灯安装工程。</p>"
#define LAST "林宝珠回应说，她会把摊贩的要求带到下一次市议会常月会议上讨论，并争取在搬迁前完成路灯安装工程。"
#define STORY(tail) HEAD("大山脚夜市迁往新地段") "<h1>大山脚夜市迁往新地段</h1>" \
	"<div class=\"info\">2025年5月13日 下午3:45</div><div class=\"content\">" P1 P2 P3 tail \
	"</div></body></html>"

static void
paper_credits(void)
{
	char *v;

	tap_ok(is_paper_credit("（北马日报／报道：陈伟杰　摄影：李国华）"),
	    "（PAPER／报道：NAME　摄影：NAME） is a paper's closing credit");
	tap_ok(is_paper_credit("（南洋晚報/攝影：黃志強）"), "... and so with an evening paper and a photographer");
	tap_ok(!is_paper_credit("（北马日报／综合）"), "... the paper and no labelled role is none");
	tap_ok(!is_paper_credit("（林宝珠／报道：市议会将讨论）"), "... nor a person's name before the slash");
	tap_ok(!is_paper_credit("北马日报／报道：陈伟杰"), "... nor a line outside brackets");
	v = paper_credit_names("（北马日报／报道：陈伟杰　摄影：李国华）");
	tap_str(v, "陈伟杰", "the reporter is the 报道 label's, not the photographer's");
	free(v);
	v = paper_credit_names("（南洋晚報/攝影：黃志強）");
	tap_str(v, NULL, "... and a credit of only a photographer names no reporter");
	free(v);
	test_page_body_is(STORY("<p>（北马日报／报道：陈伟杰　摄影：李国华）</p>"), PAGE_URL, 3, NULL, LAST,
	    "the paper's closing credit is no body");
	test_author_is(STORY("<p>（北马日报／报道：陈伟杰　摄影：李国华）</p>"), "陈伟杰",
	    "... and its reporter is the author");
	test_page_body_is(STORY("<p>（北马日报／报道称，夜市将于6月1日起在新地段营业，首月免收摊位租金。）</p>"),
	    PAGE_URL, 4, NULL, "（北马日报／报道称，夜市将于6月1日起在新地段营业，首月免收摊位租金。）",
	    "... while a bracketed sentence after the paper's name stays");
}

#define EN_PAGE(byline) "<html><head><meta charset=\"utf-8\"><title>Ferry to resume</title></head><body>" \
	"<h1>Ferry service to resume after jetty repair</h1>" \
	"<div class=\"byline\"><span class=\"c-byline\">Anjali Raghavan</span>" byline "</div>" \
	"<div class=\"date\">Published: 13th May 2025, 9:42 am IST</div><article>" \
	"<p>KANNUR: The ferry service, suspended since February after a portion of the jetty caved in, will resume on May 20, the department said.</p>" \
	"<p>The repair of the 40-metre jetty, carried out at a cost of Rs 38 lakh, is in its final stage, and railings will be installed this week.</p>" \
	"<p>Around 600 passengers, mostly students and fish vendors, used the ferry every day before it was suspended in February.</p>" \
	"</article></body></html>"

static void
desk_bylines(void)
{
	tap_ok(name_line("Anjali Raghavan, Express News Service", "Anjali Raghavan"),
	    "NAME, Express News Service is a name's line");
	tap_ok(name_line("Anjali Raghavan, Special Correspondent", "Anjali Raghavan"), "... and NAME, Special Correspondent");
	tap_ok(name_line("Anjali Raghavan", "Anjali Raghavan"), "... and the name alone");
	tap_ok(!name_line("Anjali Raghavan, who runs the ferry office", "Anjali Raghavan"),
	    "... a name and a clause is none");
	tap_ok(!name_line("Anjali Raghavan, Kannur", "Anjali Raghavan"), "... nor a name and a place");
	test_author_is(EN_PAGE("<span>, Express News Service</span>"), "Anjali Raghavan",
	    "a byline block's NAME, Express News Service names the author");
	test_author_is(EN_PAGE("<span>, Kannur</span>"), NULL, "... a name and a place does not");
}

#define REL_STORY(box, after) HEAD("淡滨尼北邻里中心翻新") "<h1>淡滨尼北邻里中心翻新</h1>" \
	"<div class=\"info\">发布/2025年5月14日 15:20</div><div class=\"content\">" P1 P2 box P3 "</div>" after \
	"</body></html>"
#define CARD(id, t) "<div class=\"card\"><a href=\"/news/" id ".html\"><h3>" t "</h3></a></div>"
#define CARDS(h, third) "<section><h2>" h "</h2>" CARD("0877", "巴西立小贩中心翻新后重开 摊贩租金维持不变") \
	CARD("0641", "勿洛北三道临时熟食中心启用") CARD("0512", third) "</section>"

static long
related_n(const char *html)
{
	struct page *p = test_page_of(html, PAGE_URL);
	long n = (long)p->related.n;

	page_free(p);
	return n;
}

static void
menu_words(void)
{
	tap_ok(opens_menu_word("更多>>"), "更多>> is a menu's link");
	tap_ok(opens_menu_word("返回列表"), "... and 返回列表");
	tap_ok(opens_menu_word("更多精彩内容，请下载客户端查看"), "... and a long call to read on, with its comma");
	tap_ok(!opens_menu_word("更多小贩中心明年装设自动餐具回收设施"), "a headline opening on 更多 is none");
	tap_ok(!opens_menu_word("勿洛北三道临时熟食中心启用"), "... nor one opening on no menu word");
	tap_int(related_n(REL_STORY("", CARDS("相关新闻", "更多小贩中心明年装设自动餐具回收设施"))), 3,
	    "a related card whose headline opens on 更多 stays in the list");
	tap_int(related_n(REL_STORY("", CARDS("相关新闻", "更多>>"))), 2, "... a 更多>> link does not");
}

static void
lone_related(void)
{
	tap_ok(is_related_heading("相關"), "相關 alone heads a related list");
	tap_ok(is_related_heading("相关"), "... and 相关");
	tap_ok(!is_related_heading("相关部门"), "... 相关 opening other words does not");
	tap_int(related_n(REL_STORY("", CARDS("<em>相關</em>", "更多小贩中心明年装设自动餐具回收设施"))), 3,
	    "a plugin's <h3><em>相關</em></h3> over posts heads them");
	tap_int(related_n(REL_STORY("", CARDS("相关部门", "更多小贩中心明年装设自动餐具回收设施"))), 0,
	    "... a heading opening on 相关 as a word of others heads nothing");
}

#define BOX(a, b) "<table border=\"1\"><tr><td><b>相關新聞：</b><br>" a "<br>" b "</td></tr></table>"
#define LA "<a href=\"/show.asp?id=88172\">清邁古城護城河將全面清淤 遊船暫停</a>"
#define LB "<a href=\"/show.asp?id=88540\">清邁塔佩門廣場周末禁止車輛通行</a>"
#define LC "<a href=\"/show.asp?id=89011\">清邁潮州會館新大樓落成</a>"
#define LD "<a href=\"/show.asp?id=89020\">南邦府舉辦陶瓷節 吸引數萬遊客</a>"
#define AFTER(x, y, z) "<table><tr><td><b>相關文章</b></td></tr><tr><td>·" x "</td></tr><tr><td>·" y \
	"</td></tr><tr><td>·" z "</td></tr></table>"

static void
covering_lists(void)
{
	struct page *p = test_page_of(REL_STORY(BOX(LA, LB), AFTER(LA, LB, LC)), PAGE_URL);

	tap_int((long)p->related.n, 3, "a list after the story holding a text box's links and more is the related list");
	tap_str(p->related.n == 3 ? p->related.v[2].title : NULL, "清邁潮州會館新大樓落成", "... its third item");
	page_free(p);
	tap_int(related_n(REL_STORY(BOX(LA, LB), AFTER(LA, LC, LD))), 2,
	    "... a list after it missing one of the box's links leaves the box");
}

int
main(void)
{
	paper_credits();
	desk_bylines();
	menu_words();
	lone_related();
	covering_lists();
	return tap_done();
}
