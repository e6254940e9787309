/* unit_extract_unseen17zh: the kinds of layout the seventeenth Chinese
 * blind round (unseen17zh-*) found wanting: a county bureau's news page
 * (卫健委) crediting the writer by the writer's mark in a span of the
 * byline's line among its other fields (发布日期：… 来源：… 文/NAME
 * 图/NAME), no label before it; an old table site's 相关文章 of links on
 * lines of their own, each closed by its date in a <font> before the
 * <br>; a county bureau's 政务公开 page whose metadata table above the
 * headline names the publishing organ (发布机构) while a 来源 line under the
 * headline names the story's source, and whose 关键词 (spaced by
 * &nbsp; to the width of four-character labels) stands in a cell of its
 * own with its words parted by ; in the next. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>县人民医院开展义诊进社区活动</title></head>" \
	"<body><h1>县人民医院开展义诊进社区活动</h1><div class=\"news-meta\"><span>发布日期：2024-05-10</span>\n" \
	"<span>来源：县人民医院</span>\n"
#define INFO_END "\n<span>阅读：12次</span></div><div class=\"news-body\">"
#define P1 "<p>5月9日，县人民医院组织内科、眼科、口腔科等科室的12名医护人员走进城东社区，开展义诊活动。</p>"
#define P2 "<p>活动现场，医护人员为居民测量血压、血糖，耐心解答居民提出的健康问题，并发放健康宣传资料。</p>"
#define P3 "<p>当天共为230余名居民提供了义诊服务，医院还将定期组织医护人员深入乡镇和社区开展义诊。</p>"
#define TAIL "</div><div class=\"news-foot\">编辑：韦静</div></body></html>"
#define PAGE(credit) HEAD credit INFO_END P1 P2 P3 TAIL

static void
writer_mark_in_meta_line(void)
{
	test_author_is(PAGE("<span>文/莫晓燕　图/卢建</span>"), "莫晓燕",
	    "the writer's mark (文/) as a field of the byline's line names the writer");
	test_author_is(PAGE("<span>文／莫晓燕</span>"), "莫晓燕",
	    "... with a full-width slash too, and no photographer after it");
	test_author_is(PAGE("<span>图/卢建</span>"), NULL,
	    "... while a photographer's mark (图/) alone names no writer");
	test_author_is(PAGE("<span>图文/卢建</span>"), NULL,
	    "... nor does the mark inside a word (图文/)");
}

#define STORY "<html><head><meta charset=\"utf-8\"><title>市住建局开展老旧小区改造工程质量检查</title></head>" \
	"<body><h1>市住建局开展老旧小区改造工程质量检查</h1><div class=\"news_body\">" P1 P2 P3 "</div>"

/* The related links of the story with box after its text. */
static long
related_under(const char *box)
{
	return test_story_related(xasprintf(STORY "%s</body></html>", box));
}

static void
dated_lines_of_links(void)
{
	tap_int(related_under("<div class=\"xgwz\"><b>相关文章</b><br>"
	    "・<a href=\"/show.asp?id=4470\">2024年老旧小区改造计划公布</a> <font color=\"#999\">(2024-3-28)</font><br>"
	    "・<a href=\"/show.asp?id=4433\">老旧小区改造居民意见征集结果出炉</a> <font color=\"#999\">(2024-3-12)</font><br>"
	    "・<a href=\"/show.asp?id=4401\">城东片区雨污分流改造完工</a> <font color=\"#999\">(2024-2-26)</font><br></div>"), 3,
	    "links on lines of their own, each closed by its date before the break, are one list");
	tap_int(related_under("<div class=\"xgwz\"><b>相关文章</b><br>"
	    "・<a href=\"/show.asp?id=4470\">2024年老旧小区改造计划公布</a> <span><a href=\"/list.asp?cid=1\">更多住建要闻</a></span><br>"
	    "・<a href=\"/show.asp?id=4433\">老旧小区改造居民意见征集结果出炉</a><br></div>"), 1,
	    "... while a line's tail holding a link of its own ends the run");
}

#define XXGK(issuer) "<html><head><meta charset=\"utf-8\"><title>县农业农村局开展农机安全检查</title></head><body>" \
	"<table class=\"xxgk-meta\"><tr><td>索引号：</td><td>11610924MB1234567K/2024-00301</td></tr>" \
	"<tr><td>发布机构：</td><td>" issuer "</td><td>生成日期：</td><td>2024-07-09</td></tr></table>" \
	"<h1>县农业农村局开展农机安全检查</h1><div class=\"art-info\"><span>发布时间：2024-07-09 10:12:05</span>\n"
#define XXGK_BODY "</div><div id=\"zoom\">" P1 P2 P3 "</div></body></html>"

static void
source_under_headline(void)
{
	test_source_is(XXGK("青禾县农业农村局") "<span>信息来源：农机管理股</span>" XXGK_BODY, "农机管理股",
	    "a 来源 line under the headline names the source, over the 发布机构 of the table above it");
	test_source_is(XXGK("青禾县农业农村局") "<span>浏览次数：12</span>" XXGK_BODY, "青禾县农业农村局",
	    "... while with no 来源 line under the headline the 发布机构 is the source");
}

/* how many tags the 政务公开 page gives with row as its table's last row */
static long
tags_of(const char *row)
{
	char *html = xstrdup(XXGK("青禾县农业农村局") "<span>信息来源：农机管理股</span>" XXGK_BODY);
	char *at = strstr(html, "</table>"), *page;
	long n;

	page = xasprintf("%.*s%s%s", (int)(at - html), html, row, at);
	n = test_story_tags(page, "", NULL);
	free(page);
	free(html);
	return n;
}

static void
keyword_cell(void)
{
	tap_int(tags_of("<tr><td>关&nbsp;键&nbsp;词：</td><td>农机安全;安全检查</td><td>有&nbsp;效&nbsp;性：</td><td>有效</td></tr>"),
	    2, "a 关键词 cell spaced to width gives the words of the next cell, parted by ;");
	tap_int(tags_of("<tr><td>关键词：</td><td>农机安全；安全检查；夏季</td></tr>"), 3,
	    "... and by a full-width ；");
	tap_int(tags_of("<tr><td>关&nbsp;键&nbsp;词：</td><td></td><td>有&nbsp;效&nbsp;性：</td><td>有效</td></tr>"),
	    0, "... while an empty words' cell gives none, not the next field's label");
}

int
main(void)
{
	writer_mark_in_meta_line();
	dated_lines_of_links();
	source_under_headline();
	keyword_cell();
	return tap_done();
}
