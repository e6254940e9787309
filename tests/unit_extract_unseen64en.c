/* unit_extract_unseen64en: the kinds of layout the sixty-fourth English
 * blind round (unseen64en-*) found wanting: an engagement site's project
 * update closing on "More news from this project" over the project's
 * other updates (title, date, summary), "this" pointing at the page's own
 * project as "the" points at a weekly's island. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define PAGE_URL "https://letstalk.unit.test/trail/news_feed/phase-two"
#define HEAD "<html><head><meta charset=\"utf-8\"><title>Trail</title></head><body>"
#define H1 "<h1>Phase two of the river trail starts in May</h1>"
#define P1 "<p>Crews will return to the river trail on Monday, May 4 to begin the second phase of the " \
	"renewal, rebuilding the boardwalk between the bridge and the old mill.</p>"
#define P2 "<p>The timber boardwalk was built in 1989 and has been closed in sections since spring " \
	"flooding lifted several of its piles two years ago.</p>"
#define P3 "<p>Questions can be posted in the Q&amp;A tab on this page or sent to the project team " \
	"by email.</p>"
#define ITEM(slug, title, date, sum) "<li><a href=\"/trail/news_feed/" slug "\">" title "</a>" \
	"<span class=\"date\">" date "</span><p>" sum "</p></li>"
#define MORE(head) HEAD "<main><article>" H1 "<div class=\"post\">" P1 P2 P3 "</div></article>" \
	"<div class=\"other-posts\"><h3>" head "</h3><ul>" \
	ITEM("heard", "What we heard in phase one", "March 2, 2026", \
	    "A summary of the survey, two pop-ups and the online mapping tool.") \
	ITEM("bridge", "Millrace bridge reopens", "November 20, 2025", \
	    "The pedestrian bridge over the millrace is open again after deck repairs.") \
	"</ul></div></main></body></html>"

static void
more_news_from_this(void)
{
	tap_ok(is_related_heading("More news from this project"),
	    "\"More news from this project\" heads a related list");
	tap_ok(!is_related_heading("More news from this project is expected next week"),
	    "... a sentence going on past it heads none");
	test_page_related_count(MORE("More news from this project"), PAGE_URL, 2,
	    "the project's other updates under it are the related list");
	test_page_related_count(MORE("More news from the island"), PAGE_URL, 2,
	    "... as under \"More news from the island\"");
}

int
main(void)
{
	more_news_from_this();
	return tap_done();
}
