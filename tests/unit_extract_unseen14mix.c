/* unit_extract_unseen14mix: the kinds of layout the fourteenth mixed
 * blind round (unseen14mix-*) found wanting: a writer's mark before the
 * paper's reporter role (文/本刊记者 NAME); a print daily's byline with
 * the writer's post after a slash (By NAME / Staff reporter); a lead
 * picture over a caption of no caption's class that says its alt text
 * again; a deck over a byline block whose date
 * stands with no label (14 Oct 2024, 5:42pm HKT); the paper's ask to
 * follow it by a QR code (扫码关注…公众号) or on LINE (歡迎加入…LINE官方帳號)
 * closing the story; a news CMS's picture box (div.news_pic) over the
 * text; an English edition's "Source: NAME   Editor: NAME" on one line
 * and its "18:42 UTC+8, 2024-11-06" (a clock before an ISO day); a
 * print daily's "Related Topics:" over its tags. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define ZHEAD "<html><head><meta charset=\"utf-8\"><title>市议会拟收紧加建规定</title></head>" \
	"<body><h1>市议会拟收紧加建规定</h1>"
#define ZP1 "<p>瓦特溪市议会本周公布一份规划修订草案，拟收紧在独立屋后院加建老人房的规定，居民可提交意见。</p>"
#define ZP2 "<p>根据草案，新建老人房须与主屋保持至少三米距离，面积上限将从六十平方米降至五十平方米。</p>"
#define ZP3 "<p>市议会将在公示期结束后汇总意见，预计于十一月的例会上对修订草案进行表决。</p>"

static void
mark_then_role(void)
{
	test_author_is(ZHEAD "<div class=\"meta\"><span class=\"byline\">文/本刊记者 周晓雯</span> <span>·</span> "
	    "<span class=\"posted\">发布于 22/08/2024 15:30</span> <span>·</span> <span>阅读 1.2k</span></div>"
	    "<div class=\"post-body\">" ZP1 ZP2 ZP3 "</div></body></html>", "周晓雯",
	    "a writer's mark before the paper's reporter role credits the name after both");
	test_author_is(ZHEAD "<div class=\"meta\"><span class=\"byline\">文/周晓雯</span> <span>·</span> "
	    "<span class=\"posted\">发布于 22/08/2024 15:30</span> <span>·</span> <span>阅读 1.2k</span></div>"
	    "<div class=\"post-body\">" ZP1 ZP2 ZP3 "</div></body></html>", "周晓雯",
	    "... as a mark before the name alone does");
}

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Growers turn to drones</title></head>" \
	"<body><h1>Growers turn to drones</h1>"
#define P1 "<p>Farmers in the township yesterday showed off spraying drones they say cut the time needed to treat an orchard.</p>"
#define P2 "<p>About 40 of the township's 260 farms now use drones, up from just three two years ago, the township chief said.</p>"
#define P3 "<p>The county said it has set aside NT$3 million next year to subsidize drone purchases by cooperatives.</p>"

static void
slash_post(void)
{
	test_author_is(HEAD "<div class=\"writer\">By Lin Chia-hui / Staff reporter</div><div class=\"text\">"
	    P1 P2 P3 "</div></body></html>", "Lin Chia-hui",
	    "By NAME / Staff reporter credits the name before the slash");
	test_author_is(HEAD "<div class=\"writer\">By road and rail / the long way home</div><div class=\"text\">"
	    P1 P2 P3 "</div></body></html>", NULL, "... but By and words in lower case before a slash credit none");
}

/* the pictures a story gives whose lead block, a picture over a line of
 * no caption's class, is block */
static long
lead_pictures_in(const char *cls, const char *block)
{
	char *html = xasprintf("%s<div class=\"%s\">%s</div><div class=\"text\">%s%s%s</div></body></html>",
	    HEAD, cls, block, P1, P2, P3);

	return test_story_images(html);
}

static long
lead_pictures(const char *block)
{
	return lead_pictures_in("imgboxa", block);
}

static void
alt_lead(void)
{
	tap_int(lead_pictures("<img src=\"/i/d.jpg\" alt=\"A drone sprays an orchard.\"><p>A drone sprays an orchard."
	    "<br>Photo: Lin Chia-hui</p>"), 1, "a lead picture over a line saying its alt text again is the story's");
	tap_int(lead_pictures("<img src=\"/i/d.jpg\" alt=\"A drone sprays an orchard.\"><p>Sign up for our farm "
	    "newsletter</p>"), 0, "... but one over another line is no lead figure");
}

/* the body under a headline, a deck, a byline block meta and a lead
 * figure */
#define DECKED(meta) HEAD "<div class=\"story-wrap\"><p class=\"kicker\"><a href=\"/d/sl\">Sha Lok</a></p>" \
	"<h1>Growers turn to drones</h1><h2 class=\"standfirst\">Operator says route 37K loses money, but " \
	"elderly residents say it is their only direct link to the MTR</h2><div class=\"story-meta\">" meta "</div><figure><img " \
	"src=\"/i/m.jpg\" alt=\"A minibus at the terminus\"><figcaption>A minibus at the terminus. Photo: " \
	"HDP</figcaption></figure><div class=\"story-body\">" P1 P2 P3 "</div></div></body></html>"

static void
deck_over_date(void)
{
	test_body_count(DECKED("<p class=\"byline\">By <a href=\"/a/cn\">Cheryl Ng</a></p><p>14 Oct 2024, 5:42pm "
	    "HKT</p>"), 3, "a deck over a byline and a date with no label is no body");
	test_body_count(DECKED("<p>Cheryl Ng</p><p>Residents will meet on 14 Oct 2024, 5:42pm, at the hall to "
	    "discuss the route.</p>"), 7, "... but over a line going on as a sentence it stays");
}

/* the body of three paragraphs and a last one, last */
#define CLOSED(last) ZHEAD "<div class=\"post-body\">" ZP1 ZP2 ZP3 "<p>" last "</p></div></body></html>"

static void
follow_closings(void)
{
	test_body_count(CLOSED("扫码关注南十字周报微信公众号，获取更多社区资讯。"), 3,
	    "the paper's ask to follow it by a QR code closes no story");
	test_body_count(CLOSED("扫码关注人数已超过三万，平台上线半年来共收到居民意见两千多条，市议会将逐条答复。"), 4,
	    "... but a story's line opening so and naming no channel stays");
	test_body_count(CLOSED("歡迎加入湄南中華日報LINE官方帳號，隨時掌握泰國最新消息！"), 3,
	    "the paper's ask to join its LINE account closes no story");
	test_body_count(CLOSED("歡迎加入志工行列，有意者請於本月底前向鄉公所報名，名額有限。"), 4,
	    "... but a call to join naming no channel stays");
}

static void
news_pic_box(void)
{
	tap_int(lead_pictures_in("news_pic", "<img src=\"/i/f.jpg\" alt=\"河堤決口現場\"><p>河堤決口，軍方搶修。</p>"), 1,
	    "a news CMS's picture box over the text holds the lead picture");
	tap_int(lead_pictures_in("news_list", "<img src=\"/i/f.jpg\" alt=\"河堤決口現場\"><p>河堤決口，軍方搶修。</p>"), 0,
	    "... but a box of another class is no cover");
}

static void
source_then_editor(void)
{
	test_gives(label_value, "Haichuan Daily   Editor: Wang Xinyi", "Haichuan Daily",
	    "an English edition's source ends where its Editor: label starts");
	test_gives(label_value, "Editorial Board of the Haichuan Daily", "Editorial Board of the Haichuan Daily",
	    "... but a value opening on Editorial, no colon after it, runs on");
}

static void
clock_then_iso_day(void)
{
	char *d = extract_date("18:42 UTC+8, 2024-11-06", 0);

	tap_str(d, "2024-11-06T18:42", "a clock and its zone before an ISO day date the day at that time");
	free(d);
	d = extract_date("18:42 UTC+8, 12 of 40 seats", 0);
	tap_str(d, NULL, "... but a clock before no date gives none");
	free(d);
}

/* how many related items a story followed by a box of heading and
 * three links gives */
static long
related_under(const char *heading)
{
	char *html;

	html = xasprintf("%s<div class=\"text\">%s%s%s</div><div class=\"tags\">%s<a href=\"/tag/pomelo\">pomelo</a> "
	    "<a href=\"/tag/drones\">drones</a> <a href=\"/tag/Nanping-County\">Nanping County</a></div></body></html>",
	    HEAD, P1, P2, P3, heading);
	return test_story_related(html);
}

static void
related_topics(void)
{
	tap_int(related_under("Related Topics: "), 0, "Related Topics: labels the tags, no related list");
	tap_int(related_under("Related stories: "), 3, "... but Related stories: heads one");
}

int
main(void)
{
	mark_then_role();
	slash_post();
	alt_lead();
	deck_over_date();
	follow_closings();
	news_pic_box();
	source_then_editor();
	clock_then_iso_day();
	related_topics();
	return tap_done();
}
