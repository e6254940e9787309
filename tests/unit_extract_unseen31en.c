/* unit_extract_unseen31en: the kinds of layout the thirty-first English
 * blind round (unseen31en-*) found wanting: an image service's URL with
 * colons in its path ("…/a.jpg/:/rs=w:1200"), escaped by libxml2; a <time>
 * in UTC beside the page's <meta> of the same moment in its own zone; a
 * hand-made pager of "← TITLE" and "TITLE →"; a newsletter item signed
 * off as a letter ("Ngā mihi nui,<br>Whaea Aroha"). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "url.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Festival</title>"
#define BODY "</head><body>"
#define H1 "<h1>Kapa haka group shines at the festival</h1>"
#define P1 "<p>Last Friday our senior kapa haka group travelled to Gisborne to perform at the " \
	"regional primary schools festival, and what a day it was.</p>"
#define P2 "<p>Twenty-eight children from Years 5 to 8 stood on the stage in front of more than " \
	"six hundred families and visitors.</p>"
#define P3 "<p>The group will perform again for the whole school at our assembly on Friday 6 " \
	"March at 2pm. Families are very welcome.</p>"
#define STORY H1 "<div class=\"item-text\">" P1 P2 P3
#define CLOSE "</div></body></html>"

static void
url_colons(void)
{
	char *u = url_absolute("https://fair.example/f/post",
	    "//img1.cdn.example/ip/3f2a/night.jpg/:/rs=w:1200,cg:true,m");

	tap_str(u, "https://img1.cdn.example/ip/3f2a/night.jpg/:/rs=w:1200,cg:true,m",
	    "a raw colon in an image service's path stays raw");
	free(u);
	u = url_absolute("https://fair.example/f/post", "/ip/a%3Ab.jpg");
	tap_str(u, "https://fair.example/ip/a%3Ab.jpg", "... a colon the page escaped stays escaped");
	free(u);
}

#define STAMPED(meta) HEAD meta BODY H1 "<p class=\"meta\">Date <time datetime=\"2026-01-15T06:00:00Z\">" \
	"15 Jan 2026</time></p>" "<div class=\"item-text\">" P1 P2 P3 CLOSE

static void
local_over_utc(void)
{
	test_published_is(STAMPED("<meta property=\"article:published_time\" content=\"2026-01-15T14:00:00+08:00\">"),
	    "2026-01-15T14:00:00+08:00", "a UTC <time> yields to the meta's same moment in the page's zone");
	test_published_is(STAMPED("<meta property=\"article:published_time\" content=\"2026-01-15T15:30:00+08:00\">"),
	    "2026-01-15T06:00:00Z", "... a meta of another moment does not take its place");
}

#define PAGER(prev, next) HEAD BODY STORY "</div><p class=\"item-nav\"><a href=\"/n/swimming\">" prev \
	"</a> <a href=\"/n/disco\">" next "</a></p></body></html>"

static void
plain_arrows(void)
{
	test_nav_is(PAGER("← Swimming sports results", "PTA disco this Friday →"), "Swimming sports results",
	    "PTA disco this Friday", "a pair of links framed by plain arrows is the pager");
	test_nav_is(PAGER("← Back to the newsletter", "PTA disco this Friday"), NULL, NULL,
	    "... one arrowed link beside a plain one is no pair");
}

static void
letter_signoff(void)
{
	test_body_count(HEAD BODY STORY "<p>Ngā mihi nui,<br>Whaea Aroha</p>" CLOSE, 3,
	    "a valediction over a name after a <br> is the item's sign-off, no story line");
	test_body_count(HEAD BODY STORY "<p>Kind regards,<br>Jo Pearce</p>" CLOSE, 3,
	    "... in English too");
	test_body_count(HEAD BODY STORY "<p>Many thanks to the parents who drove,<br>Mrs Pearce and Mr Hona</p>" CLOSE, 5,
	    "... a line of thanks in a sentence over names stays");
}

int
main(void)
{
	url_colons();
	local_over_utc();
	plain_arrows();
	letter_signoff();
	return tap_done();
}
