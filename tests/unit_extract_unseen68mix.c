/* unit_extract_unseen68mix: the kinds of layout the sixty-eighth mixed
 * blind round (unseen68mix-*) found wanting: a summary box's own label
 * set apart from its words (a span 摘要 over the p of the summary); a
 * platform's account card naming as author the outlet the byline gives
 * as source, over a role line crediting the reporter (记者 NAME); a
 * blog's <time itemprop=datePublished> whose content holds Go's print
 * form beside its ISO datetime (WriteFreely, Write.as). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>共享厨房</title></head><body>"
#define H1 "<h1>老街上的共享厨房开张了</h1>"
#define P1 "<p>早上六点半，老街东头的共享厨房已经飘出了米粉汤的香味，十二个小吃摊在这里共用热汤、蒸笼和冷库。</p>"
#define P2 "<p>摊主们按使用时段每月交一笔管理费，用来支付水电和一名专职保洁员的工资，镇里出资改造了排烟设施。</p>"
#define P3 "<p>改造一年来，老街上的投诉电话从每月十几个降到了零星一两个，周末来吃早点的游客反倒多了起来。</p>"

#define SUMMARY(label) HEAD H1 "<div class=\"article\"><div class=\"summary\"><span>" label "</span>" \
	"<p>老街共享厨房投用一年，十二个小吃摊共用一口大锅，投诉少了，游客多了。</p></div>" \
	"<div class=\"content\">" P1 P2 P3 "</div></div></body></html>"

static void
summary_label_alone(void)
{
	test_body_count(SUMMARY("摘要"), 4, "a summary box's label 摘要 alone is no line, its summary stays");
	test_body_count(SUMMARY("内容提要"), 4, "... nor 内容提要");
	test_body_count(SUMMARY("摘要一则"), 5, "... a longer line opening on 摘要 stays a line");
}

#define CARD(credit) HEAD H1 "<div class=\"main\"><div class=\"date-source\">" \
	"<span class=\"date\">2026年12月03日 10:15</span>" \
	"<a class=\"source\" href=\"/media/77\">临川晚报</a></div>" \
	"<div class=\"article\">" credit P1 P2 P3 "</div>" \
	"<div class=\"side\"><div class=\"author-card\"><a class=\"author-name\" href=\"/media/77\">" \
	"临川晚报</a><p>关注临川本地新闻</p></div></div></div></body></html>"

static void
card_names_source(void)
{
	test_author_is(CARD("<p>记者 宋雨桐 文/图</p>"), "宋雨桐",
	    "an author card naming the byline's source yields to the role line's reporter");
	test_author_is(CARD(""), "临川晚报",
	    "... with no role line the card's name stays");
}

#define TIMED(mark) HEAD "<article class=\"h-entry\"><h2 class=\"p-name\">老街上的共享厨房开张了</h2>" mark \
	"<div class=\"e-content\">" P1 P2 P3 "</div></article></body></html>"

static void
time_datetime_first(void)
{
	test_published_is(TIMED("<time class=\"dt-published\" datetime=\"2026-12-01T08:12:33Z\" "
	    "itemprop=\"datePublished\" content=\"2026-12-01 08:12:33 +0000 UTC\">2026年12月1日</time>"),
	    "2026-12-01T08:12:33Z", "a <time>'s datetime comes before the content beside it");
	test_published_is(TIMED("<span itemprop=\"datePublished\" content=\"2026-12-01T16:12:33+08:00\">"
	    "2026年12月1日</span>"),
	    "2026-12-01T16:12:33+08:00", "... a span's content is still its date");
}

int
main(void)
{
	summary_label_alone();
	card_names_source();
	time_datetime_first();
	return tap_done();
}
