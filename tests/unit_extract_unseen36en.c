/* unit_extract_unseen36en: the kinds of layout the thirty-sixth English
 * blind round (unseen36en-*) found wanting: a township's news item
 * closing on "Submitted by NAME, ROLE", the clerk who sent it in; an
 * Australian council's release closing on "Media enquiries: TEAM,
 * PHONE"; a static blog theme's pager, "← Older: TITLE" and
 * "Newer: TITLE →". */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Recap</title></head><body>"
#define H1 "<h1>Board of Trustees Recap: January 12 Regular Meeting</h1>"
#define P1 "<p>The Harlow Township Board of Trustees held its first regular meeting of 2026 on Monday, " \
	"January 12, at the Township Hall on Kessler Road.</p>"
#define P2 "<p>Trustee Gail Ostrander was elected board chair for 2026 on a 3-0 vote, and Trustee Ron " \
	"Petrakis was elected vice chair of the board.</p>"
#define P3 "<p>The next regular meeting is Monday, January 26, at 7 p.m. at the Township Hall, 4150 " \
	"Kessler Road.</p>"
#define OPEN HEAD H1 "<div class=\"post-body\">" P1 P2 P3
#define CLOSE "</div></body></html>"

static void
submitted_by(void)
{
	const char *signed_off = OPEN "<p><em>Submitted by Dana Whitcomb, Township Fiscal Officer</em></p>" CLOSE;
	const char *sentence = OPEN "<p>Submitted by Dana Whitcomb, the plan was approved by the board "
	    "without a vote.</p>" CLOSE;

	test_author_is(signed_off, "Dana Whitcomb",
	    "a notice's closing \"Submitted by NAME, ROLE\" names its writer");
	test_body_count(signed_off, 3, "... and is no line of the story");
	test_author_is(sentence, NULL, "... a sentence opening so names none");
	test_body_count(sentence, 4, "... and stays a line of the story");
}

#define RELEASE(last) HEAD "<h1>Library hours extended at Coolabah Creek</h1><div class=\"content-body\">" \
	"<p>Coolabah Creek Library will open on Sunday afternoons and stay open until 7pm on Tuesdays " \
	"and Thursdays from Monday 2 February.</p><p>The new hours add nine hours a week and make the " \
	"branch the first in the shire to open seven days.</p><p>The Yarrabend and Minnamurra branches " \
	"keep their current hours, the council said.</p>" last "</div></body></html>"

static void
media_enquiries(void)
{
	test_body_count(RELEASE("<p><strong>Media enquiries:</strong> Communications Team, 02 6555 0100 or "
	    "media@yarrabend.example</p>"), 3,
	    "a release's closing \"Media enquiries: TEAM, PHONE\" is no line of it");
	test_body_count(RELEASE("<p>Media enquiries about the library rose by a third last year, the "
	    "council's annual report shows.</p>"), 4,
	    "... a story's line opening on the words with no colon stays");
}

#define PAGER(prev, next) OPEN "</div><nav class=\"post-nav\"><a class=\"post-nav-prev\" " \
	"href=\"/2026/01/mill-lane-bus-stop-moved/\" rel=\"prev\">" prev "</a> <a class=\"post-nav-next\" " \
	"href=\"/2026/01/meadows-community-fridge-opens/\" rel=\"next\">" next "</a></nav></body></html>"

static void
older_newer(void)
{
	test_nav_is(PAGER("&larr; Older: Mill Lane bus stop to move 40 metres",
	    "Newer: Community fridge opens at the Meadows centre &rarr;"),
	    "Mill Lane bus stop to move 40 metres", "Community fridge opens at the Meadows centre",
	    "a blog pager's \"Older:\" and \"Newer:\" are no part of the titles");
	test_nav_is(PAGER("&larr; Older drivers offered free eye tests",
	    "Newer homes on the Meadows get fibre &rarr;"),
	    "Older drivers offered free eye tests", "Newer homes on the Meadows get fibre",
	    "... titles opening on the words with no colon keep them");
}

int
main(void)
{
	submitted_by();
	media_enquiries();
	older_newer();
	return tap_done();
}
