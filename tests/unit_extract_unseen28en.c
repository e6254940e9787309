/* unit_extract_unseen28en: the kinds of layout the twenty-eighth English
 * blind round (unseen28en-*) found wanting: a theme's tag links printing
 * the hash mark in an element of its own, a blank after it
 * (<a><span>#</span> Roads</a>); and a post navigation setting the
 * noun of its label in an element of its own ("Previous <span>Post</span>"
 * before the title's span); and a British force's stamp, its time
 * before a day-first date ("13:42 13/01/2026"). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Bypass</title></head><body>"
#define H1 "<h1>Ballymore bypass reopens after three-week closure</h1>"
#define P1 "<p>The N63 Ballymore bypass has reopened to traffic this morning, three weeks after a section " \
	"of the road was undermined by flooding.</p>"
#define P2 "<p>Traffic had been diverted through Ballymore town centre, with long queues reported at the " \
	"Main Street junction at peak times.</p>"
#define STORY HEAD H1 "<div class=\"entry-content\">" P1 P2 "</div>"

static void
hash_tags(void)
{
	char *joined = NULL;

	test_story_tags(STORY "<div class=\"entry-tags\"><span>Tags</span><div>"
	    "<a href=\"/tag/ballymore/\" rel=\"tag\"><span>#</span> Ballymore</a>"
	    "<a href=\"/tag/roads/\" rel=\"tag\"><span>#</span> Roads</a></div></div></body></html>", "|", &joined);
	tap_str(joined, "Ballymore|Roads", "a hash mark in an element of its own, a blank after it, opens no tag");
	free(joined);
	joined = NULL;
	test_story_tags(STORY "<div class=\"entry-tags\"><span>Tags</span><div>"
	    "<a href=\"/tag/county-council/\" rel=\"tag\">County Council</a>"
	    "<a href=\"/tag/roads/\" rel=\"tag\">#Roads</a></div></div></body></html>", "|", &joined);
	tap_str(joined, "County Council|Roads", "... a tag's inner blank and a bare #tag stay as they were");
	free(joined);
}

#define NAV(p, n) STORY "<nav class=\"post-navigation\"><a href=\"/strokestown-gp/\"><span>Previous " \
	"<span>" p "</span></span><span>Strokestown GP clinic to open later</span></a><a href=\"/roosky-lock/\">" \
	"<span>Next <span>" n "</span></span><span>Roosky lock works to finish</span></a></nav></body></html>"

static void
split_labels(void)
{
	test_nav_is(NAV("Post", "Post"), "Strokestown GP clinic to open later", "Roosky lock works to finish",
	    "a label's noun in an element of its own is no part of the title");
	test_nav_is(STORY "<nav class=\"post-navigation\"><a href=\"/roosky-lock/\"><span>Next</span> "
	    "<span>Post office reopens on Main Street</span></a></nav></body></html>", NULL,
	    "Post office reopens on Main Street", "... a title opening on the noun keeps it");
}

static void
time_before_day(void)
{
	char *d = extract_date("13:42 13/01/2026", 0);

	tap_str(d, "2026-01-13T13:42", "a time before a day-first date is the date's");
	free(d);
	d = extract_date("The score was 13:42 after 13 minutes; 14/01/2026", 0);
	tap_str(d, "2026-01-14", "... a time apart from it, words between, is not");
	free(d);
}

int
main(void)
{
	hash_tags();
	split_labels();
	time_before_day();
	return tap_done();
}
