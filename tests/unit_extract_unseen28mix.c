/* unit_extract_unseen28mix: the kinds of layout the twenty-eighth mixed
 * blind round (unseen28mix-*) found wanting: a WordPress theme's post
 * navigation whose links hold an icon's empty element, and its 作者 in
 * an element of its own before the linked name, no colon; "Posted on
 * DATE · By NAME", the byline a field after the date's; 其他消息 over a
 * Hong Kong school's other items; an English story's 中文摘要 label alone
 * over its summary in Chinese. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>校舍落成</title></head><body>"
#define H1 "<h1>圣保罗东区华人中文学校新校舍落成 学生人数三年翻倍</h1>"
#define P1 "<p>圣保罗东区华人中文学校新校舍10日举行落成典礼，当地侨团代表约三百人出席，见证学校告别租用多年的旧教室。</p>"
#define P2 "<p>新校舍由华人商会及家长会合力募款购置，改建后共有十四间教室、一间图书室和一个可容纳两百人的礼堂。</p>"
#define P3 "<p>典礼后，学生们表演了舞狮、古筝合奏和葡语诗朗诵，并邀请来宾参观新教室，新学期将于二月开课。</p>"
#define STORY "<div class=\"entry-content\">" P1 P2 P3 "</div>"
#define CLOSE "</body></html>"

static void
icon_in_nav_link(void)
{
	test_nav_is(HEAD H1 STORY "<nav class=\"navigation post-navigation\"><div class=\"nav-links\">"
	    "<div class=\"nav-previous\"><a href=\"/2026/01/10/rio/\" rel=\"prev\">里约暴雨致多区停电 "
	    "<div class=\"fa fa-angle-double-right\"></div><span></span></a></div>"
	    "<div class=\"nav-next\"><a href=\"/2026/01/11/yizhen/\" rel=\"next\"><div class=\"fa "
	    "fa-angle-double-left\"></div><span></span> 华人医师协会周日义诊</a></div></div></nav>" CLOSE,
	    "里约暴雨致多区停电", "华人医师协会周日义诊",
	    "a post navigation link holding an icon's empty element is read whole, no card");
	test_nav_is(HEAD H1 STORY "<nav class=\"navigation post-navigation\"><div class=\"nav-links\">"
	    "<div class=\"nav-previous\"><a href=\"/2026/01/10/rio/\" rel=\"prev\"><div class=\"thumb\">"
	    "<img src=\"/t.jpg\"></div><h4>里约暴雨致多区停电</h4><p>暴雨导致多区停电。</p></a></div>"
	    "</div></nav>" CLOSE, "里约暴雨致多区停电", NULL,
	    "... a card link's headline is still its heading");
}

#define META(x) "<div class=\"meta\"><h4 class=\"media-heading\">" x "</h4><span>2026年1月11日</span></div>"

static void
own_element_label(void)
{
	test_author_is(HEAD H1 META("<span>作者</span><a href=\"/author/zhy/\">郑海燕</a>") STORY CLOSE,
	    "郑海燕", "作者 in an element of its own, the name in the next, no colon, names the author");
	test_author_is(HEAD H1 META("<span>作者郑海燕</span>") STORY CLOSE, NULL,
	    "... the same words run together in one element name none");
}

#define EN_HEAD "<html><head><meta charset=\"utf-8\"><title>Fitness corner</title></head><body>" \
	"<h1>New fitness corner opens at Block 214</h1>"
#define EN_STORY "<div class=\"story-body\"><p>Residents of Kembangan Heights have a new place to keep fit, " \
	"an intergenerational corner beside the block.</p><p>The corner has twelve pieces of equipment, from " \
	"gentle leg presses for seniors to pull-up bars.</p></div></body></html>"

static void
fielded_by_line(void)
{
	test_author_is(EN_HEAD "<p class=\"meta\">Posted on 9 January 2026 · By Goh Mei Lin</p>" EN_STORY,
	    "Goh Mei Lin", "\"By NAME\" as a field after the date's, past a middle dot, names the author");
	test_author_is(EN_HEAD "<p class=\"meta\">Posted on 9 January 2026 · By the lift lobby</p>" EN_STORY,
	    NULL, "... \"By\" before lower-case words names no one");
}

#define OTHER(h) HEAD H1 STORY "<section class=\"other-news\"><h3>" h "</h3><ul>" \
	"<li><a href=\"https://www.lingfung.example/news/2026/0105-sssa/\">中一自行分配學位申請即日起接受報名</a><span>2026-01-05</span></li>" \
	"<li><a href=\"https://www.lingfung.example/news/2025/1218-debate/\">本校學生於全港中學生辯論比賽晉級八強</a><span>2025-12-18</span></li>" \
	"<li><a href=\"https://www.lingfung.example/news/2025/1222-xmas/\">聖誕聯歡會暨頒獎典禮圓滿舉行</a><span>2025-12-22</span></li>" \
	"</ul></section>" CLOSE

static void
other_items(void)
{
	tap_int(is_related_heading("其他消息"), 1, "其他消息 alone is a related heading");
	tap_int(is_related_heading("其他消息來源指出"), 0, "... a line running on past it is none");
	test_page_related_count(OTHER("其他消息"), NULL, 3, "其他消息 alone heads the site's other items");
	test_page_related_count(OTHER("其他消息來源指出"), NULL, 0, "... a line running on past it heads none");
}

#define SUM(x) "<html><head><meta charset=\"utf-8\"><title>Fitness corner</title></head><body>" \
	"<h1>New fitness corner opens at Block 214</h1><div class=\"story-body\"><div class=\"summary-zh\">" x \
	"</div><p>Residents of Kembangan Heights have a new place to keep fit, an intergenerational corner " \
	"beside the block.</p><p>The corner has twelve pieces of equipment, from gentle leg presses for " \
	"seniors to pull-up bars.</p></div></body></html>"

static void
summary_label(void)
{
	test_body_count(SUM("<div class=\"label\">中文摘要</div><p>第214座旁的新健身角于1月6日开放，设有适合老少使用的十二件器材。</p>"),
	    3, "a language's summary label alone over the summary is no line, the summary stays");
	test_body_count(SUM("<p>中文摘要：第214座旁的新健身角于1月6日开放，设有适合老少使用的十二件器材。</p>"),
	    3, "... the label opening the summary's own line stays with it");
}

int
main(void)
{
	icon_in_nav_link();
	own_element_label();
	fielded_by_line();
	other_items();
	summary_label();
	return tap_done();
}
