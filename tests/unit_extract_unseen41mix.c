/* unit_extract_unseen41mix: the kinds of layout the forty-first mixed
 * blind round (unseen41mix-*) found wanting: Joomla 2.5's div.item-page,
 * which holds the headline, then dl.article-info (详细内容 / 分类 /
 * 创建于 DATE) over the text, so the date stood beyond "the body's first
 * lines" counted from the headline itself; Joomla's mod_related_items,
 * which prints each item's date and " - " inside its link. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "page.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>义卖</title></head><body>"
#define TITLE "<h2><a href=\"/qiaoshe/1302.html\">第五郡华人互助会举办春节慈善义卖</a></h2>"
/* the date unlabelled: 创建于 is a label of its own (article_info_lines) */
#define INFO "<dl class=\"article-info\"><dt>详细内容</dt><dd>分类：<a href=\"/qiaoshe.html\">侨社新闻</a></dd>" \
	"<dd>2026年02月12日 星期四 08:45</dd></dl>"
#define P1 "<p>胡志明市第五郡华人互助会日前在会馆举办春节慈善义卖会，所得善款全部用于资助郡内贫困华裔学生。</p>"
#define P2 "<p>义卖会上，侨胞们带来了亲手制作的年糕、萝卜糕、春卷和各式糕点，另有书法家现场挥毫写春联。</p>"
#define P3 "<p>互助会理事长介绍，本次义卖所得善款将为八十名华裔学生提供全年助学金，每年都得到侨胞支持。</p>"
#define TAIL "</div></body></html>"

static void
item_page_date(void)
{
	test_published_is(HEAD "<div class=\"item-page\">" TITLE INFO P1 P2 P3 TAIL, "2026-02-12T08:45",
	    "the body's block holds the headline: its first lines count from under it");
	test_published_is(HEAD TITLE "<div class=\"item-page\"><p>详细内容</p><p>分类：侨社新闻</p>"
	    "<p>点击数：726</p><p>2026年02月12日 星期四 08:45</p>" P1 P2 P3 TAIL, NULL,
	    "... a block under the headline: its fourth line is no first line still");
}

#define REL(a, b) HEAD "<div class=\"item-page\"><h2>第五郡华人互助会举办春节慈善义卖</h2>" P1 P2 P3 "</div>" \
	"<div class=\"moduletable\"><h3>相关文章</h3><ul class=\"relateditems\">" \
	"<li><a href=\"/qiaoshe/1288-huzhu.html\">" a "</a></li>" \
	"<li><a href=\"/jiaoyu/1279-yingchun.html\">" b "</a></li></ul></div></body></html>"

/* The first related item's title and date of html. */
static void
first_related_is(const char *html, const char *title, const char *date, const char *what)
{
	struct page *p = test_page_of(html, "https://www.ditian.example/qiaoshe/1302.html");
	char *w = xasprintf("%s (date)", what);

	tap_str(p->related.n > 0 ? p->related.v[0].title : NULL, title, what);
	tap_str(p->related.n > 0 ? p->related.v[0].date : NULL, date, w);
	free(w);
	page_free(p);
}

static void
related_lead_date(void)
{
	first_related_is(REL("2026-01-18 - 第五郡华人互助会召开年终总结会", "2026-01-30 - 堤岸华文学校举行迎春联欢会"),
	    "第五郡华人互助会召开年终总结会", "2026-01-18",
	    "a related link's date and \" - \" before its title are no part of the title");
	first_related_is(REL("2025-26 - 华文学校新学年招生简章", "2026-01-30 迎春联欢会 - 堤岸华文学校"),
	    "2025-26 - 华文学校新学年招生简章", NULL,
	    "... a school year is no date, and a title holding one stays whole");
}

#define JP1 "胡志明市第五郡华人互助会日前在会馆举办春节慈善义卖会，所得善款全部用于资助郡内贫困华裔学生。"
#define JP2 "互助会理事长李德强介绍，本次义卖共筹得善款一亿二千万越南盾，将为八十名华裔学生提供全年助学金。"
#define JOOMLA(info, p2) "<html><head><meta charset=\"utf-8\"><title>互助会举办春节慈善义卖</title></head><body>" \
	"<div class=\"item-page\"><h2>互助会举办春节慈善义卖</h2>" info "<p>" JP1 "</p><p>" p2 "</p><p>" JP2 \
	"</p></div></body></html>"

/* Joomla 2.5's dl.article-info in Chinese: 详细内容 over 分类：NAME and
 * 创建于 DATE: the article's info, no line of it (extract_notewords.c,
 * extract_words.c section_labels, is_meta_line). */
static void
article_info_lines(void)
{
	test_page_body_is(JOOMLA("<dl class=\"article-info\"><dt>详细内容</dt><dd>分类：<a href=\"/q.html\">侨社新闻"
	    "</a></dd><dd>创建于 2026年02月12日 星期四 08:45</dd></dl>", "义卖会上，侨胞们带来了亲手制作的年糕和春卷。"),
	    "https://hw.test/qiaoshe/1.html", 3, JP1, JP2,
	    "Joomla's article-info lines (详细内容, 分类：, 创建于 DATE) are no lines of the story");
	test_page_body_is(JOOMLA("", "垃圾分类：厨余垃圾每天早七点至九点投放，其他垃圾全天可投放。"),
	    "https://hw.test/qiaoshe/1.html", 3, JP1, JP2,
	    "... a sentence with 分类： in it stays");
}

#define ROW(t) "<tr><td class=\"content\">" t "</td></tr>"
#define CELL(crumb) "<html><head><meta charset=\"utf-8\"><title>关于举办华文教师培训班的通知</title></head>" \
	"<body><table><tr><td class=\"weizhi\">" crumb "</td></tr>" \
	"<tr><td><font size=\"4\"><b>关于举办华文教师培训班的通知</b></font></td></tr>" \
	"<tr><td>发布者：文教处　发布时间：2026-03-12 16:20</td></tr>" ROW("各属会、各省市分会：") ROW(JP1) ROW(JP2) \
	ROW("三、报名办法：请各校于3月25日前将报名表送交本会文教处，或发送电子邮件至本会办公室。") \
	ROW("四、培训期间食宿由本会统一安排，往返交通费由各校自理。") ROW("特此通知。") "</table></body></html>"

/* An old table layout sets its breadcrumb in a row of the story's own
 * table, over the headline: where the reader is, no line of the notice
 * (extract_notewords.c notice_parts). */
static void
breadcrumb_line(void)
{
	test_page_body_is(CELL("您现在的位置：<a href=\"/\">首页</a> &gt;&gt; <a href=\"/n.asp\">通知公告</a> &gt;&gt; 正文"),
	    "https://hw.test/shownews.asp?id=1", 6, "各属会、各省市分会：", "特此通知。",
	    "a breadcrumb in the story's table is no line of it");
	test_page_body_is(CELL("您现在的位置离会场只有两站路，请提前出发。"), "https://hw.test/shownews.asp?id=1",
	    7, "您现在的位置离会场只有两站路，请提前出发。", "特此通知。",
	    "... a sentence opening on the same words, with no colon, stays");
}

#define ROWS(rows) "<html><head><meta charset=\"utf-8\"><title>关于举办华文教师培训班的通知</title></head>" \
	"<body><table>" rows "</table></body></html>"

/* A short notice set one paragraph to a row, <tr><td> each: the cells are
 * its paragraphs, and the table their container, however short the
 * notice (extract_rowpara.c, scored in extract_body.c).  A cell holding
 * many lines is a layout's content area, as before. */
static void
row_paragraphs(void)
{
	test_page_body_is(ROWS("<tr><td>各属会：</td></tr><tr><td>" JP1 "</td></tr><tr><td>" JP2 "</td></tr>"
	    "<tr><td>特此通知。</td></tr>"), "https://hw.test/shownews.asp?id=1", 4, "各属会：", "特此通知。",
	    "a notice's rows of one cell and one line each are its paragraphs");
	test_page_body_is(ROWS("<tr><td><b>关于举办华文教师培训班的通知</b></td></tr><tr><td>" JP1 "<br>" JP2
	    "<br>特此通知。</td></tr>"), "https://hw.test/shownews.asp?id=1", 3, JP1, "特此通知。",
	    "... a row's cell of many lines is the story's block, as before");
}

int
main(void)
{
	item_page_date();
	related_lead_date();
	article_info_lines();
	breadcrumb_line();
	row_paragraphs();
	return tap_done();
}
