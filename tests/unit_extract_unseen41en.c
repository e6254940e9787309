/* unit_extract_unseen41en: the kinds of layout the forty-first English
 * blind round (unseen41en-*) found wanting: a US site builder's blog
 * (Weebly) printing its post's date alone as M/D/YYYY, and wrapping each
 * picture in an <a> of no href, which read as a linked banner; a blog
 * theme's (Ghost's Casper) "Read next" over its pair of cards, a heading
 * no related hint let through; a health authority's "Other Press
 * Releases" under its release, which a newsroom's sidebar prints too. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Volleyball</title></head><body>"
#define H1 "<h1>Labasa Stingers retain the northern title</h1>"
#define P1 "<p>The Labasa Stingers retained the Northern Club Championship with a five-set win over the " \
	"Savusavu Sharks at the Subrail Park courts on Saturday afternoon.</p>"
#define P2 "<p>The Sharks took the first two sets behind the serving of a national squad member, before " \
	"a change at setter turned the match in the third set.</p>"
#define P3 "<p>Both champions qualify for the National Club Championship in Suva in March, the association " \
	"said, and thanked the volunteer referees who officiated all 24 matches.</p>"
#define CLOSE "</div></body></html>"

static char *
date_of(const char *s)
{
	return extract_date(s, 0);
}

static void
month_first_date(void)
{
	test_gives(date_of, "1/13/2026", "2026-01-13", "a slashed M/D/YYYY whose day is past 12 reads month first");
	test_gives(date_of, "12/31/2025", "2025-12-31", "... as does one at the year's end");
	test_gives(date_of, "2/3/2026", "2026-03-02", "... one that could be either stays day first");
	test_gives(date_of, "13/1/2026", "2026-01-13", "... as does a day-first one past 12");
	test_gives(date_of, "1.13.2026", NULL, "... a dotted one past 12 is still no date");
}

#define PICTURE(a) HEAD H1 "<div class=\"blog-content\">" P1 P2 "<div><div class=\"box\">" a \
	"<img src=\"/uploads/stingers-trophy_orig.jpg\" alt=\"Picture\"></a></div></div>" P3 CLOSE

static void
hrefless_link(void)
{
	tap_int(test_story_images(xstrdup(PICTURE("<a>"))), 1,
	    "a picture in an <a> of no href is the story's");
	tap_int(test_story_images(xstrdup(PICTURE("<a href=\"/shop/\">"))), 0,
	    "... one in a link to a page is a banner still");
	tap_int(test_story_images(xstrdup(PICTURE("<a href=\"/uploads/stingers-trophy_big.jpg\">"))), 1,
	    "... and one linking to its full size the story's still");
}

#define CARD(slug, title) "<article class=\"post-card\"><a href=\"/" slug "/\"><h2>" title "</h2>" \
	"<div class=\"excerpt\">Year 8 pupils counted mayflies and tested the water at six points.</div></a>" \
	"<time datetime=\"2026-01-08\">8 Jan 2026</time></article>"
#define READ_ON(head) HEAD H1 "<div class=\"gh-content\">" P1 P2 P3 "</div><aside class=\"read-more\"><h3>" \
	head "</h3>" CARD("pupils-survey-the-river", "Pupils survey the Afon Ferwyn") \
	CARD("bus-timetable-changes", "Bus route X47 timetable changes from February") "</aside></body></html>"

static void
read_next_pair(void)
{
	tap_int(test_story_related(xstrdup(READ_ON("Read next"))), 2,
	    "\"Read next\" over a pair of cards heads the story's related list");
	tap_int(test_story_related(xstrdup(READ_ON("Next"))), 0,
	    "... a pager's bare \"Next\" heads none");
}

#define RELEASES(cls) HEAD H1 "<div class=\"release-body\">" P1 P2 P3 "</div><div class=\"" cls "\">" \
	"<h3>Other Press Releases</h3><ul>" \
	"<li><a href=\"/media/press-releases/dengue-drive\">Dengue prevention drive in Anna Grove</a> January 9, 2026</li>" \
	"<li><a href=\"/media/press-releases/maternity-home\">New maternity waiting home opens at Charity</a></li>" \
	"<li><a href=\"/media/press-releases/health-workers\">PERHA recruits community health workers</a></li>" \
	"</ul></div></body></html>"

static void
other_releases(void)
{
	tap_int(test_story_related(xstrdup(RELEASES("other-releases"))), 3,
	    "\"Other Press Releases\" under a release heads its related list");
	tap_int(test_story_related(xstrdup(RELEASES("sidebar"))), 0,
	    "... in a sidebar beside it, the newsroom's latest, it heads none");
}

int
main(void)
{
	month_first_date();
	hrefless_link();
	read_next_pair();
	other_releases();
	return tap_done();
}
