/* unit_extract_unseen53mix: the kinds of layout the fifty-third mixed
 * blind round (unseen53mix-*) found wanting: a static site's <time
 * datetime> without its zone beside JSON-LD's datePublished with it; a
 * static theme's related cards with the writer's link over each title,
 * under "您可能也会喜欢"; a static generator's lower-case "tags:" label;
 * a blog's sidebar tag cloud under a "标签" heading; a blog theme's cover
 * over the headline, named by og:image; a site builder's story of text,
 * picture-and-text and text snippets, its text blocks of one class; its
 * author chip (an avatar, the name, "11月 28, 2026": CLDR's Chinese for
 * an English date pattern). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define URL "https://unit.test/news/2026/story.html"
#define P1 "<p>The ferry across the river will run every half hour from Monday, the council said on " \
	"Tuesday after a month of trials with the new boat.</p>"
#define P2 "<p>The old wooden boat, which carried villagers for thirty years, will be kept on the bank " \
	"beside the new waiting shelter.</p>"
#define P3 "<p>Tickets stay at one dollar, and pupils travelling to the school on the far bank will ride " \
	"free until the end of the year.</p>"

static void
check_str(const char *html, const char *field, const char *want, const char *what)
{
	struct page *p = test_page_of(html, URL);
	const char *got = field[0] == 'p' ? p->published : NULL;

	if (field[0] == 't') {
		static char buf[256];

		buf[0] = '\0';
		for (size_t i = 0; i < p->tags.n && strlen(buf) + strlen(p->tags.v[i]) + 2 < sizeof buf; i++) {
			if (i > 0)
				strcat(buf, "|");
			strcat(buf, p->tags.v[i]);
		}
		got = buf;
	}
	tap_str(got, want, what);
	page_free(p);
}

static void
check_count(const char *html, char field, long want, const char *what)
{
	struct page *p = test_page_of(html, URL);
	long got = field == 'i' ? (long)p->nimages : field == 'r' ? (long)p->related.n : (long)p->body.n;

	tap_int(got, want, what);
	page_free(p);
}

#define ZONED(ld) "<html><head><meta charset=\"utf-8\"><title>Ferry</title>" \
	"<script type=\"application/ld+json\">{\"@type\":\"Article\",\"datePublished\":\"" ld "\"}</script>" \
	"</head><body><main><article><h1>New ferry starts half-hourly runs</h1>" \
	"<div class=\"meta\"><time datetime=\"2026-03-04T09:20\">March 4, 2026</time></div>" \
	"<div class=\"entry\">" P1 P2 P3 "</div></article></main></body></html>"

static void
zone_of_same_time(void)
{
	check_str(ZONED("2026-03-04T09:20+05:30"), "published", "2026-03-04T09:20+05:30",
	    "a <time datetime> without its zone takes JSON-LD's zone for the same time");
	check_str(ZONED("2026-03-04T11:45+05:30"), "published", "2026-03-04T09:20",
	    "... not the zone of another time");
}

#define CARD(href, title) "<article class=\"feed__item\"><div class=\"feed__meta\">" \
	"<a href=\"/authors/ann-lee/\" class=\"feed__author\">Ann Lee</a> " \
	"<time datetime=\"2026-02-11T10:00\">February 11, 2026</time></div>" \
	"<h3><a href=\"" href "\">" title "</a></h3></article>"
#define CARDS(head, c1, c2) "<html><head><meta charset=\"utf-8\"><title>Ferry</title></head><body>" \
	"<main><article><h1>New ferry starts half-hourly runs</h1><div class=\"entry\">" P1 P2 P3 \
	"</div></article><div class=\"related\"><div class=\"wrapper\"><h2>" head "</h2>" c1 c2 \
	"</div></div></main></body></html>"

static void
writer_linked_cards(void)
{
	check_count(CARDS("You may also like", CARD("/news/2026/bridge-repairs.html", "Bridge repairs close the "
	    "east road for a week"), CARD("/news/2026/market-moves.html", "Night market moves to the hall car "
	    "park")), 'r', 2, "related cards whose meta line links the writer's page are cards of one story");
	check_count(CARDS("You may also like", "<article class=\"feed__item\"><a href=\"/authors/ann-lee/\">Ann "
	    "Lee</a></article>", "<article class=\"feed__item\"><a href=\"/authors/bo-chen/\">Bo Chen</a>"
	    "</article>"), 'r', 0, "... cards linking only writers' pages are none");
	check_count(CARDS("您可能也会喜欢", "<ul><li><a href=\"/news/2026/bridge-repairs.html\">东桥维修 东路封闭"
	    "一周时间</a></li>", "<li><a href=\"/news/2026/market-moves.html\">夜市迁往礼堂停车场 周五开档"
	    "</a></li></ul>"), 'r', 2, "\"您可能也会喜欢\" heads a related list");
	check_count(CARDS("您可能也会喜欢这两条新闻，请点击阅读全文", "<ul><li><a href=\"/news/2026/bridge-repairs.html\">"
	    "东桥维修 东路封闭一周时间</a></li>", "<li><a href=\"/news/2026/market-moves.html\">夜市迁往礼堂停车场 "
	    "周五开档</a></li></ul>"), 'r', 0, "... a sentence opening on the words heads none");
}

#define INFO(label) "<html><head><meta charset=\"utf-8\"><title>Ferry</title></head><body><section>" \
	"<article><header><h1>New ferry starts half-hourly runs</h1></header><div class=\"entry-content\">" \
	"<footer class=\"post-info\"><abbr class=\"published\" title=\"2026-03-04T09:20:00+08:00\">Wed 04 " \
	"March 2026</abbr><address class=\"vcard author\">By <a class=\"url fn\" href=\"/author/ann.html\">" \
	"Ann Lee</a></address><p>In <a href=\"/category/river.html\">River</a>.</p>" \
	"<p>" label " <a href=\"/tag/ferry.html\">ferry</a> <a href=\"/tag/river.html\">river</a> </p>" \
	"</footer>" P1 P2 P3 "</div></article></section></body></html>"

static void
lower_case_tags(void)
{
	check_str(INFO("tags:"), "tags", "ferry|river", "a lower-case \"tags:\" label heads the post's tags");
	check_str(INFO("see:"), "tags", "", "... another word heads none");
}

#define SIDE(box) "<html><head><meta charset=\"utf-8\"><title>会馆</title></head><body><div class=\"wrap\">" \
	"<main><h1>New ferry starts half-hourly runs</h1><div class=\"content\">" P1 P2 P3 "</div>" \
	"<div class=\"post-tag-row\"><a href=\"/blog/tag/ferry-4\">ferry</a> <a href=\"/blog/tag/river-2\">" \
	"river</a></div></main>" box "</div></body></html>"
#define CLOUD "<h6>标签</h6><div><a href=\"/blog/tag/ferry-4\">ferry</a> <a href=\"/blog/tag/river-2\">river" \
	"</a> <a href=\"/blog/tag/market-3\">market</a> <a href=\"/blog/tag/school-5\">school</a></div>"

static void
sidebar_tag_cloud(void)
{
	check_str(SIDE("<div id=\"post_sidebar\">" CLOUD "</div>"), "tags", "ferry|river",
	    "a sidebar's \"标签\" box is the site's tag cloud, not the story's tags");
	check_str(SIDE("<div class=\"post-foot\">" CLOUD "</div>"), "tags", "ferry|river|market|school",
	    "... outside a sidebar the label still heads the tags");
}

#define COVER(pic) "<html><head><meta charset=\"utf-8\"><title>Ferry</title>" \
	"<meta property=\"og:image\" content=\"https://unit.test/upload/ferry-cover.jpg\"></head><body>" \
	"<main><div class=\"card\">" pic "<h1>New ferry starts half-hourly runs</h1>" \
	"<div class=\"meta\">2026-03-04 09:20</div><article class=\"markdown-body\">" P1 P2 P3 \
	"</article></div></main></body></html>"

static void
cover_over_headline(void)
{
	check_count(COVER("<div class=\"thumb\"><img src=\"/upload/ferry-cover.jpg\" alt=\"The new ferry\"></div>"),
	    'i', 1, "a picture og:image names, right over the headline, is the story's cover");
	check_count(COVER("<a href=\"/\"><img src=\"/upload/ferry-cover.jpg\" alt=\"Home\"></a>"), 'i', 0,
	    "... not one in a link (a logo to the home page)");
}

#define TEXT(p) "<section class=\"s_text_block\"><div class=\"s_allow_columns container\">" p "</div></section>"
#define SNIPPETS(mid) "<html><head><meta charset=\"utf-8\"><title>Ferry</title></head><body><main>" \
	"<h1>New ferry starts half-hourly runs</h1><div class=\"post_content\">" TEXT(P1 P2) mid TEXT(P3) \
	"</div></main></body></html>"
#define PICTEXT "<section class=\"s_image_text\"><div class=\"container\"><div class=\"row\"><div class=\"col\">" \
	"<img src=\"/web/image/ferry.jpg\" alt=\"The ferry\"></div><div class=\"col\"><p>Skipper Yang Xiaojun, 29, " \
	"worked in a shipyard for six years before coming home to run the boat.</p><p>He said the first boat " \
	"leaves at half past six and the last at seven in the evening.</p></div></div></div></section>"

static void
snippet_story(void)
{
	check_count(SNIPPETS(PICTEXT), 'b', 5,
	    "a picture-and-text snippet between text snippets of one class is part of the story");
	check_count(SNIPPETS("<section class=\"s_picture\"><div class=\"container\"><img src=\"/web/image/"
	    "ferry.jpg\" alt=\"The ferry\"></div></section>"), 'b', 3,
	    "... with only a picture between, the text snippets alone are read");
}

static char *
date_of(const char *s)
{
	return extract_date(s, 0);
}

static void
cldr_chinese_month(void)
{
	test_gives(date_of, "11月 28, 2026", "2026-11-28",
	    "a month in CLDR's Chinese, \"11月 28, 2026\" (MMM d, y), is a date");
	test_gives(date_of, "11月 28人参加", NULL, "... a month and a count of people is none");
}

#define CHIP(pic) "<html><head><meta charset=\"utf-8\"><title>会馆</title></head><body><main>" \
	"<div class=\"cover\"><h1>榕溪会馆颁发年度助学金</h1><div class=\"sub\">理事长勉励学生</div>" \
	"<div class=\"chip\">" pic "<div class=\"small\"><span>陈秀兰</span> <small>2026年11月28日</small>" \
	"</div></div></div><div class=\"content\"><p>新加坡榕溪会馆于11月28日上午在会所礼堂举行年度会员子女助学金" \
	"颁发仪式，共有42名学生获颁助学金。</p><p>今年的助学金分为四个组别，金额从三百元至两千五百元不等，评审委员会" \
	"除了看学业成绩，也看社区服务。</p><p>会馆明年计划与祖籍地中学合办暑期交流营，有意报名的会员可联系秘书处。" \
	"</p></div></main></body></html>"

static void
avatar_chip(void)
{
	struct page *p = test_page_of(CHIP("<div class=\"o_avatar\"><img src=\"/web/image/58/avatar_128\" alt=\"\">"
	    "</div>"), URL);

	tap_str(p->author, "陈秀兰", "an avatar, then a name and a date alone under the headline: the writer");
	page_free(p);
	p = test_page_of(CHIP("<div class=\"thumb\"><img src=\"/upload/pier.jpg\" alt=\"\"></div>"), URL);
	tap_str(p->author, NULL, "... a picture of no avatar's class names no one");
	page_free(p);
}

int
main(void)
{
	cldr_chinese_month();
	avatar_chip();
	zone_of_same_time();
	writer_linked_cards();
	lower_case_tags();
	sidebar_tag_cloud();
	cover_over_headline();
	snippet_story();
	return tap_done();
}
