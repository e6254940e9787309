/* unit_extract_unseen24en: the kinds of layout the twenty-fourth English
 * blind round (unseen24en-*) found wanting: the reporter's contact line
 * closing a story ("Contact NAME at ADDRESS"), a county weekly's ask for
 * its readers' stories ("Have you a story for the Chronicle? Email ..."). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD(t) "<html><head><meta charset=\"utf-8\"><meta name=\"author\" content=\"Colleen MacIsaac\">" \
	"<title>" t "</title></head><body>"
#define H1 "<h1>Ferry terminal upgrade in Port Ardley delayed again</h1>"
#define BY "<p class=\"byline\">By Colleen MacIsaac</p>"
#define P1 "<p>A long-promised rebuild of the ferry terminal in Port Ardley has been pushed back at least " \
	"another year after the lowest bid came in $6 million over the project's budget.</p>"
#define P2 "<p>Transport Canada confirmed Tuesday that the tender for the new terminal building and a " \
	"second loading ramp had been cancelled and would be reissued in the fall.</p>"
#define P3 "<p>Work on a temporary parking lot for waiting traffic will go ahead this summer, the " \
	"department said.</p>"
#define OPEN HEAD("Ferry") H1 BY "<div class=\"story-body\">" P1 P2 P3
#define CLOSE "</div></body></html>"

static void
contact_lines(void)
{
	test_body_count(OPEN "<p>Contact Colleen MacIsaac at cmacisaac@herald.example or follow her on X "
	    "@CMacIsaacHerald.</p>" CLOSE, 3, "Contact NAME at ADDRESS closing the story is the paper's");
	test_body_count(OPEN "<p>Reach Colleen MacIsaac: cmacisaac@herald.example</p>" CLOSE, 3,
	    "... as is Reach NAME: ADDRESS");
	test_body_count(OPEN "<p>Contact the terminal's booking office at bookings@bayline.example for "
	    "refunds on cancelled sailings.</p>" CLOSE, 4,
	    "a line sending readers to someone else stays");
	test_body_count(OPEN "<p>Contact Colleen MacIsaac's office for the full tender documents.</p>" CLOSE, 4,
	    "... as does one naming the writer with no address");
}

static void
story_asks(void)
{
	test_body_count(OPEN "<p><em>Have you a story for the Chronicle? Email news@chronicle.example or "
	    "WhatsApp 087 555 0199.</em></p>" CLOSE, 3,
	    "a weekly's ask for its readers' stories with an address is the paper's");
	test_body_count(OPEN "<p>Have a story about the old terminal? Send it to memories@bayline.example "
	    "and we will print the best.</p>" CLOSE, 3, "... as is Have a story? with an address");
	test_body_count(OPEN "<p>\u201cHave you a story about the ferry you'd like to tell?\u201d the "
	    "museum's curator asked visitors on Sunday.</p>" CLOSE, 4,
	    "a quoted question with no address stays");
}

#define POST_HEAD(who) "<article class=\"post\"><div class=\"post-header\">" H1 \
	"<h3>The lowest bid for the terminal came in $6 million over budget. Now the work waits at least another year.</h3>" \
	"<div class=\"post-byline\">" who "<div class=\"byline-date\">Apr 9, 2025</div></div>" \
	"<div class=\"ufi\"><a href=\"#\">42</a><a href=\"#\">Share</a></div></div>"
#define POST_BODY "<div class=\"available-content\"><div class=\"body markup\">" P1 P2 P3 "</div></div></article></body></html>"

static void
newsletter_headers(void)
{
	test_body_count(HEAD("Ferry") POST_HEAD("<div class=\"byline-names\"><a href=\"/@cm\">Colleen MacIsaac"
	    "</a></div>") POST_BODY, 3,
	    "a header of headline, deck, a name alone and a date alone stands over the story: no deck in it");
	test_body_count(HEAD("Ferry") POST_HEAD("") POST_BODY, 5,
	    "... a date alone under the deck, with no name, leaves the deck and the date in the story as they were");
}

static void
keep_reading(void)
{
	tap_int(is_related_heading("Keep Reading"), 1, "Keep Reading over a newsletter's cards heads a related list");
	tap_int(is_related_heading("Keep reading with a digital subscription"), 0,
	    "... a paywall's Keep reading sentence heads none");
}

int
main(void)
{
	keep_reading();
	newsletter_headers();
	contact_lines();
	story_asks();
	return tap_done();
}
