/* unit_extract_unseen39mix: the kinds of layout the thirty-ninth mixed
 * blind round (unseen39mix-*) found wanting: a comment form's name field
 * and its warning marked "author" (the Newspaper theme's td-form-author,
 * "请在此输入您的名字") read as the byline; a blog builder's post header
 * over the headline (Wix's: the author's name, the date, "阅读时长 2 分钟")
 * giving neither the date nor the author. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>讲座</title></head><body>"
#define H1 "<h1>商会举办新春安全讲座</h1>"
#define P1 "<p>一月十日下午，商会在会所举办新春安全讲座，邀请当地警察局社区联络官为侨胞讲解节日期间的出行与财产安全，约六十人到场。</p>"
#define P2 "<p>社区联络官提醒侨胞，春节前后现金交易增多，商户应尽量当天存款，避免在店内存放大量现金，出行时结伴而行。</p>"
#define P3 "<p>商会提醒，春节期间商会值班电话二十四小时开通，遇到紧急情况请先报警，再联系商会值班人员。</p>"
#define STORY "<div class=\"story\">" P1 P2 P3 "</div>"
#define CLOSE "</body></html>"

#define COMMENT_FORM "<div id=\"respond\"><form action=\"/wp-comments-post.php\" method=\"post\">" \
	"<div class=\"comment-form-input-wrap td-form-author\"><input id=\"author\" name=\"author\" " \
	"type=\"text\"><div class=\"td-warning-author\">请在此输入您的名字</div></div>" \
	"<textarea name=\"comment\"></textarea></form></div>"

static void
comment_form_field(void)
{
	test_author_is(HEAD H1 STORY COMMENT_FORM CLOSE, NULL,
	    "a comment form's name field and its warning marked author name no writer");
	test_author_is(HEAD "<form id=\"form1\" method=\"post\"><div class=\"page\"><div class=\"main\">"
	    "<div class=\"article\"><div class=\"info\"><span class=\"author\">陈国梁</span></div>" H1 STORY
	    "</div></div></div></form>" CLOSE, "陈国梁",
	    "... a page-wide form (ASP.NET's form1) holding the byline deep inside keeps it");
}

#define POST_HEADER(name, date, read) HEAD "<article><div class=\"post-header\"><div class=\"meta\">" \
	"<div class=\"user\"><a href=\"/profile/z\"><span>" name "</span></a></div><ul><li><span>" date \
	"</span></li>" read "</ul></div></div>" H1 STORY "</article>" CLOSE
#define READ_LI "<li><span>阅读时长 2 分钟</span></li>"

static void
post_header(void)
{
	tap_int(is_reading_time("阅读时长 2 分钟"), 1, "\"阅读时长 2 分钟\" is a reading time");
	tap_int(is_reading_time("4 min read"), 1, "\"4 min read\" is a reading time");
	tap_int(is_reading_time("阅读时长超过2分钟的文章"), 0, "... a line going on after it is none");
	tap_int(is_reading_time("2分钟"), 0, "... nor a bare count of minutes");
	test_published_is(POST_HEADER("郑晓峰", "2026年1月12日", READ_LI), "2026-01-12",
	    "a post header's date over its reading time, above the headline, dates the story");
	test_author_is(POST_HEADER("郑晓峰", "2026年1月12日", READ_LI), "郑晓峰",
	    "... and the name over that date is its author");
	test_author_is(POST_HEADER("商会新闻", "2026年1月12日", ""), NULL,
	    "... a name over a date with no reading time under it is nobody's byline");
}

int
main(void)
{
	comment_form_field();
	post_header();
	return tap_done();
}
