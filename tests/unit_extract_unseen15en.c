/* unit_extract_unseen15en: the kinds of layout the fifteenth English
 * blind round (unseen15en-*) found wanting: a broadcaster's marked
 * byline of the name, a middle dot and the outlet ("Priya Salter · CBR
 * News"); a CMS's "Posted by NAME" in the author's element. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Island ferry cut to three sailings a day</title></head>" \
	"<body><h1>Island ferry cut to three sailings a day</h1>"
#define P1 "<p>People who live on the island say they are worried about getting to appointments on the mainland.</p>"
#define P2 "<p>Starting next week, the ferry will make three round trips a day between the landing and the harbour.</p>"
#define P3 "<p>About 420 people live on the island year-round, many of them retirees who rely on the ferry.</p>"
#define STORY "<div class=\"story\">" P1 P2 P3 "</div></body></html>"

static void
marked_separator(void)
{
	test_author_is(HEAD "<div class=\"byline\"><span class=\"authorText\"><a href=\"/author/ps\">Priya Salter</a>"
	    " · CBR News</span></div>" STORY, "Priya Salter",
	    "a marked name, a middle dot and the outlet: the name before the dot");
	test_author_is(HEAD "<div class=\"byline\"><span class=\"author\">Dana Kowalczyk | Staff</span></div>" STORY,
	    "Dana Kowalczyk", "... or before a bar");
	test_author_is(HEAD "<div class=\"byline\"><span class=\"author\">the desk · CBR</span></div>" STORY,
	    "the desk · CBR", "... but a marked text whose head is no name is not cut");
}

static void
posted_by(void)
{
	test_author_is(HEAD "<div class=\"meta\"><span class=\"news-author\">Posted by <a href=\"/staff/mo\">Maya Ortiz"
	    "</a></span></div>" STORY, "Maya Ortiz", "\"Posted by\" before a marked name is its role");
	test_author_is(HEAD "<div class=\"meta\"><span class=\"author\">Postedby Maya</span></div>" STORY,
	    "Postedby Maya", "... but no other word run into it");
}

int
main(void)
{
	marked_separator();
	posted_by();
	return tap_done();
}
