/* unit_extract_unseen33en: the kinds of layout the thirty-third English
 * blind round (unseen33en-*) found wanting: a school district's "More
 * District News" cards and a town CMS's "Other News in Town News" list
 * under the story, headings the related words did not know; a regional
 * paper's header (headline, standfirst, a name with no "By", "Updated
 * DATE, first published TIME") read as the story's start. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Meters</title></head><body>"
#define H1 "<h1>Water meter replacement moves to the north end</h1>"
#define P1 "<p>The town will begin replacing water meters in the north end of town on Monday, as the " \
	"second phase of a three-year program to move every household to radio-read meters.</p>"
#define P2 "<p>About 1,150 homes north of Birchwood Avenue are included in this phase, and residents " \
	"will receive a letter from the contractor before their appointment.</p>"
#define P3 "<p>There is no cost to residents for the new meter or its installation, the manager of " \
	"water and wastewater said on Tuesday.</p>"
#define ITEMS "<ul><li><a href=\"/news/11\">Winter parking ban in effect overnight</a></li>" \
	"<li><a href=\"/news/10\">Arena rink time now bookable online</a></li>" \
	"<li><a href=\"/news/9\">Council adopts 2026 operating budget</a></li></ul>"
#define PAGE(heading) HEAD H1 "<div class=\"story\">" P1 P2 P3 "</div><div class=\"other\"><h2>" heading \
	"</h2>" ITEMS "</div></body></html>"

static void
news_headings(void)
{
	tap_int(is_related_heading("More District News"), 1,
	    "\"More District News\" under a school's post heads its related list");
	tap_int(is_related_heading("More Local News"), 0,
	    "... a news site's section, \"More Local News\", heads no related list (unseen-amp-en)");
	tap_int(is_related_heading("More Rain Forecast For News Year"), 0,
	    "... a headline opening More and ending News past five words heads nothing");
	tap_int(is_related_heading("Other news in brief, the mayor said"), 0,
	    "... nor does a sentence opening \"Other news in\"");
	test_page_related_count(PAGE("More District News"), TEST_URL, 3,
	    "the list under \"More District News\" is the related list");
	test_page_related_count(PAGE("Other News in Town News"), TEST_URL, 3,
	    "the list under \"Other News in Town News\" is the related list");
	test_page_related_count(PAGE("Winter Parking News"), TEST_URL, 0,
	    "... a box headed by a topic and News alone is none");
}

#define STAND "<p class=\"standfirst\">The popular riverside track has been closed since the October 2024 " \
	"flood.</p>"
#define STAMP "<div class=\"stamp\">Updated January 14 2026 - 3:15pm, first published 2:40pm</div>"
#define HEADER(lines) HEAD "<article><div class=\"article-header\">" H1 STAND \
	"<div class=\"who\"><span>Kate Mulvaney</span> <span>Local News Reporter</span></div>" lines \
	"</div><div class=\"article-body\">" P1 P2 P3 "</div></article></body></html>"

static void
stamped_header(void)
{
	test_page_body_is(HEADER(STAMP), TEST_URL, 3, NULL, NULL,
	    "a header over the text, its stamp \"Updated DATE, first published TIME\", is no part of it");
	test_page_body_is(HEADER(STAMP "<p>Council will reopen the whole walk on Saturday morning with a "
	    "sausage sizzle at the trailhead.</p>"), TEST_URL, 6, NULL, NULL,
	    "... a block with a line of prose under the stamp is the story's start, as it was");
}

int
main(void)
{
	news_headings();
	stamped_header();
	return tap_done();
}
