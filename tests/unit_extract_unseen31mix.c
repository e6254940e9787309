/* unit_extract_unseen31mix: the kinds of layout the thirty-first mixed
 * blind round (unseen31mix-*) found wanting: a byline's fields parted by
 * a full-width bar (来源：NAME｜编辑：NAME), a radio station's news
 * item; WordPress's ColorMag theme heading its related posts 您可能还喜欢;
 * a US Drupal 7 site's m/d/Y "Submitted" date, 12/03/2026, read day
 * first while its RDFa dc:created says 2026-12-03; a 上一篇 label alone
 * in its div with the bare <a> after it (a Bootstrap news site's
 * article-nav row); and a related card's date in a paragraph of its own
 * under a Chinese summary ending 。; and a related card's byline linking
 * its writer's page (/author/NAME/), no story of the list and no
 * snippet. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_cardmeta.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define URL "https://www.huaren.example/news/2026/12/story/"
#define HEAD "<html><head><meta charset=\"utf-8\"><title>冬季灯会延长至一月</title></head><body>"
#define H1 "<h1>冬季灯会延长至一月 市府加开接驳巴士</h1>"
#define P1 "<p>市政府周四宣布，在市政厅广场举行的冬季灯会将延长展期至明年一月十日，并在周末加开免费接驳巴士。</p>"
#define P2 "<p>市府发言人表示，灯会自十一月底开幕以来，已吸引超过六万人次入场，比去年同期增加约三成。</p>"
#define P3 "<p>接驳巴士将于每逢周五至周日下午四时至晚上十时行驶，每十五分钟一班。</p>"
#define STORY "<div class=\"entry-content\">" P1 P2 P3 "</div>"
#define CLOSE "</body></html>"

static void
fullwidth_bar(void)
{
	test_gives(label_value, "枫华之声新闻部｜编辑：邱伟伦", "枫华之声新闻部",
	    "a full-width bar parts a byline's fields, as the half-width one does");
	test_source_is(HEAD H1 "<div class=\"meta\"><span>发布：2026-12-03 16:05</span><span>｜</span>"
	    "<span>来源：枫华之声新闻部</span><span>｜</span><span>编辑：邱伟伦</span></div>" STORY CLOSE,
	    "枫华之声新闻部", "... so a source in spans between bars ends before the bar");
	test_gives(label_value, "枫华之声新闻部", "枫华之声新闻部", "... and a source with no bar is whole");
}

#define CARD(u, t) "<div class=\"single-related-posts\"><div class=\"article-content\"><h3 class=\"entry-title\">" \
	"<a href=\"" u "\">" t "</a></h3></div></div>"
#define CARDS CARD("/news/2026/11/a/", "北溪华人协会选出新一届理事会") \
	CARD("/news/2026/11/b/", "中部多个城市明年起提高社区中心场租") \
	CARD("/news/2026/10/c/", "社区中心周末开放日免费量血压")

static void
colormag_related(void)
{
	test_page_related_count(HEAD H1 STORY "<div class=\"related-posts-wrapper\"><h3><span>您可能还喜欢</span></h3>"
	    "<div class=\"related-posts\">" CARDS "</div></div>" CLOSE, URL, 3,
	    "ColorMag's Chinese 您可能还喜欢 heads the related posts");
	test_page_related_count(HEAD H1 "<div class=\"entry-content\">" P1 P2
	    "<p>您可能还喜欢这样的灯会，不妨周末带家人一起去看看。</p>" P3 "</div>" CLOSE, URL, 0,
	    "... a story line opening with the words heads nothing");
}

#define DRUPAL(shown, iso) "<html><head><meta charset=\"utf-8\"><title>宁阳会馆冬季济贫派米</title></head><body>" \
	"<h1>宁阳会馆冬季济贫派米 三百户长者受惠</h1><div class=\"meta submitted\"><span property=\"dc:date dc:created\" " \
	"content=\"" iso "\" datatype=\"xsd:dateTime\">提交者 web 于 周四, " shown "</span></div>" \
	"<div class=\"field-name-body\">" P1 P2 P3 "</div></body></html>"

static void
month_first_rdfa(void)
{
	test_published_is(DRUPAL("12/03/2026 - 10:45", "2026-12-03T10:45:00-08:00"), "2026-12-03T10:45:00-08:00",
	    "an m/d/Y date read day first yields to RDFa's dc:created of the same minute");
	test_published_is(DRUPAL("12/03/2026 - 10:45", "2026-12-03T11:30:00-08:00"), "2026-03-12T10:45",
	    "... another minute in dc:created leaves the date as read");
}

#define NAV(a) HEAD H1 STORY "<div class=\"row article-nav\"><div class=\"col-6\"><div class=\"nav-label\">上一篇</div>" \
	a "</div></div>" CLOSE

static void
label_over_bare_link(void)
{
	test_nav_is(NAV("<a href=\"/news/2026/12/eden-bus-lane\">伊甸台公車專用道下週啟用</a>"), "伊甸台公車專用道下週啟用", NULL,
	    "a label alone in its div names the bare <a> after it");
	test_nav_is(NAV("<a href=\"javascript:void(0)\">分享</a>"), NULL, NULL,
	    "... a bare <a> that leads nowhere is none");
}

static void
summary_then_date(void)
{
	char s[] = "塔卡普納海灘一年一度的聖誕音樂會將於本週六傍晚舉行，主辦方呼籲市民乘搭公共交通前往。 2026年11月30日";
	char t[] = "塔卡普納海灘一年一度的聖誕音樂會原定於 2026年11月30日";

	cut_tail_date(s, "2026-11-30");
	tap_str(s, "塔卡普納海灘一年一度的聖誕音樂會將於本週六傍晚舉行，主辦方呼籲市民乘搭公共交通前往。",
	    "a card's date after a Chinese summary's 。 is no part of the snippet");
	cut_tail_date(t, "2026-11-30");
	tap_str(t, "塔卡普納海灘一年一度的聖誕音樂會原定於 2026年11月30日", "... a date a summary's sentence ends on stays");
}

#define WCARD(u, t, d) "<div class=\"single-related-posts\"><div class=\"article-content\"><h3 class=\"entry-title\">" \
	"<a href=\"" u "\">" t "</a></h3><div class=\"below-entry-meta\"><time>" d "</time> " \
	"<span class=\"author vcard\"><a class=\"url fn n\" href=\"/author/editor/\">英华时报编辑部</a></span> " \
	"<span class=\"comments\"><a href=\"" u "#respond\">0</a></span></div></div></div>"
#define WCARDS WCARD("/news/2026/11/a/", "北溪华人协会选出新一届理事会", "2026年11月28日") \
	WCARD("/news/2026/11/b/", "中部多个城市明年起提高社区中心场租", "2026年11月20日")

static void
card_writer_link(void)
{
	struct page *p = test_page_of(HEAD H1 STORY "<div class=\"related-posts-wrapper\"><h3>您可能还喜欢</h3>"
	    "<div class=\"related-posts\">" WCARDS "</div></div>" CLOSE, URL);

	tap_int((long)p->related.n, 2, "a card's byline link to its writer's page is no related story");
	tap_int(p->related.n > 0 && p->related.v[0].snippet == NULL, 1, "... nor, with its comment count, a snippet");
	page_free(p);
	p = test_page_of(HEAD H1 STORY "<div class=\"related-posts-wrapper\"><h3>您可能还喜欢</h3><ul>"
	    "<li><a href=\"/news/2026/11/a/\">北溪华人协会选出新一届理事会</a> 理事会改选后首次开会，讨论明年的新春活动安排。</li>"
	    "<li><a href=\"/news/2026/11/b/\">中部多个城市明年起提高社区中心场租</a></li></ul></div>" CLOSE, URL);
	tap_str(p->related.n > 0 ? p->related.v[0].snippet : NULL, "理事会改选后首次开会，讨论明年的新春活动安排。",
	    "... an item with no writer's link keeps its snippet");
	page_free(p);
}

int
main(void)
{
	fullwidth_bar();
	colormag_related();
	month_first_rdfa();
	label_over_bare_link();
	summary_then_date();
	card_writer_link();
	return tap_done();
}
