/* unit_extract_unseen37mix: the kinds of layout the thirty-seventh mixed
 * blind round (unseen37mix-*) found wanting: a WordPress theme's post
 * navigation setting the label and its arrow after the title ("TITLE
 * 下一篇 →"); a bilingual school page's byline of spans run together, the
 * picture credit's English word before its Chinese label ("Written by
 * 撰文: NAME Photos 摄影: CLUB"); a Brunei school's news page whose
 * byline line pairs one-character labels ("文：NAME　图：MAKER"), and
 * whose <title> keeps the first half of the headline its bold cell prints. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_papercredit.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>义诊</title></head><body>"
#define H1 "<h1>棉兰华社年度义诊 逾千二各族居民受惠</h1>"
#define P1 "<p>棉兰华裔社团联合会于1月15日在福利大厦举办年度免费义诊，共为一千二百余名各族居民提供诊疗服务。</p>"
#define P2 "<p>这次义诊由联合会属下医药组筹办，邀请了三十五位医生、二十位护士和六十多位义工参与。</p>"
#define P3 "<p>联合会透露，下一次义诊预定于今年6月在勿拉湾举行，届时将增设儿科门诊。</p>"
#define STORY HEAD H1 "<div class=\"entry-content\">" P1 P2 P3 "</div>"
#define NAV(prev, next) STORY "<ul class=\"post-nav\"><li class=\"previous\"><a href=\"/2026/01/15/a/\" " \
	"rel=\"prev\">" prev "</a></li><li class=\"next\"><a href=\"/2026/01/16/b/\" rel=\"next\">" next \
	"</a></li></ul></body></html>"

static void
trailing_label(void)
{
	test_nav_is(NAV("<span class=\"meta-nav\">&larr; 上一篇</span> 北苏华文教师培训班开课",
	    "民礼乡团捐款赈灾 <span class=\"meta-nav\">下一篇 &rarr;</span>"),
	    "北苏华文教师培训班开课", "民礼乡团捐款赈灾",
	    "a label and its arrow closing a pager link's text are no part of the title");
	test_nav_is(NAV("<span class=\"meta-nav\">&larr; 上一篇</span> 北苏华文教师培训班开课",
	    "书写乡村振兴的下一篇"),
	    "北苏华文教师培训班开课", "书写乡村振兴的下一篇",
	    "... a title ending on the words with no space before them keeps them");
}

static void
bilingual_label(void)
{
	test_gives(label_value, "Goh Hui Min Photos 摄影: Photography Club 摄影学会", "Goh Hui Min",
	    "a bilingual label's English word before its Chinese one ends the value before it");
	test_gives(label_value, "Goh Hui Min Photos", "Goh Hui Min Photos",
	    "... the word with no label and colon after it stays");
	test_gives(label_value, "桐湾发布 时间：2025-10-21", "桐湾发布",
	    "... and a Chinese label word before another label ends nothing");
	test_author_is(HEAD "<h1>Chinese Language Fortnight 2026</h1><div class=\"meta\"><span>Posted on 15 "
	    "January 2026</span> <span>Written by 撰文: Goh Hui Min</span> <span>Photos 摄影: Photography "
	    "Club</span></div><div class=\"content\">" P1 P2 P3 "</div></body></html>", "Goh Hui Min",
	    "the writer's name ends before the picture credit's bilingual label");
}

static void
writer_pair(void)
{
	test_gives(writer_pair_name, "发布日期：2026年1月9日　　文：李文杰　图：摄影学会　　浏览次数：318", "李文杰",
	    "a byline line's 文：NAME before a picture's label names the writer");
	test_gives(writer_pair_name, "发布日期：2026年1月9日　　文：李文杰　　浏览次数：318", NULL,
	    "... 文： with no picture's label after the name names none");
	test_gives(writer_pair_name, "原文：李文杰　图：摄影学会", NULL,
	    "... nor does 原文：, 文 not opening its field");
	test_author_is(HEAD H1 "<table><tr><td>发布日期：2026年1月9日　　文：李文杰　图：摄影学会　　浏览次数：318"
	    "</td></tr><tr><td>" P1 P2 P3 "</td></tr></table></body></html>", "李文杰",
	    "the writer of a school page's byline line");
}

#define SCHOOL(cell) "<html><head><title>中华中学2026年度开学典礼 - 学校新闻 - 文莱中华中学</title></head><body>" \
	"<table><tr><td class=\"weizhi\">您的位置：首页 &gt;&gt; 学校新闻</td></tr><tr><td align=\"center\">" \
	"<font size=\"5\"><b>" cell "</b></font></td></tr><tr><td>" P1 P2 P3 "</td></tr></table></body></html>"

static void
title_in_full(void)
{
	test_title_is(SCHOOL("中华中学2026年度开学典礼 二百六十名新生入学"), "中华中学2026年度开学典礼 二百六十名新生入学",
	    "a line above the story opening with <title>'s first part and going on past a space is the headline");
	test_title_is(SCHOOL("中华中学2026年度开学典礼照片集锦"), "中华中学2026年度开学典礼",
	    "... one running on with no space is another line: <title>'s part stays");
}

int
main(void)
{
	title_in_full();
	writer_pair();
	trailing_label();
	bilingual_label();
	return tap_done();
}
