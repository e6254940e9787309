/* unit_extract_unseen50en: the kinds of layout the fiftieth English
 * blind round (unseen50en-*) found wanting: a hand-made borough site's
 * "More Borough News" table closing on a go-on link ("News archive »")
 * read as one more related story; a government design system's
 * "Media enquiries" callout after a release's text read as its close. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Gravel</title></head><body>"
#define H1 "<h1>Assembly sets hearing on gravel pit</h1>"
#define P1 "<p>The borough assembly will hold a public hearing on February 3 on a conditional use " \
	"permit for a gravel pit off the old highway south of the bridge.</p>"
#define P2 "<p>Neighbors have raised concerns about truck traffic on the school bus route and about " \
	"dust during the long summer months.</p>"
#define P3 "<p>Written comments may be sent to the borough clerk until 5 p.m. on January 30, by post " \
	"or by email.</p>"
#define ROW(u, t, d) "<tr><td>" d "</td><td><a href=\"/news.php?id=" u "\">" t "</a></td></tr>"
#define MORE(last) HEAD H1 "<div class=\"story\">" P1 P2 P3 "</div><table class=\"more\">" \
	"<tr><td colspan=\"2\">More Borough News</td></tr>" \
	ROW("316", "Borough offices closed for the holiday", "01/15/2026") \
	ROW("315", "Sales tax holiday ends January 31", "01/09/2026") \
	ROW("312", "Solid waste transfer site winter schedule", "12/22/2025") \
	"<tr><td colspan=\"2\"><a href=\"/news.php\">" last "</a></td></tr></table></body></html>"

static void
go_on_link(void)
{
	tap_int(test_story_related(xstrdup(MORE("News archive &raquo;"))), 3,
	    "a related box's closing \"News archive »\" is no story of it");
	tap_int(test_story_related(xstrdup(MORE("Mayor answers &laquo;why now&raquo;"))), 4,
	    "... a headline closing on a quote's » is a story still");
	tap_ok(arrow_ended("Full calendar ›") && !arrow_ended("Rates rise » what it means") &&
	    !arrow_ended("»"), "an arrow set apart at the end, after words, ends a go-on link");
}

#define CALLOUT(head, after) HEAD H1 "<div class=\"basic-content\"><div class=\"body\">" P1 P2 P3 \
	"</div></div><div class=\"callout\"><h3>" head "</h3><div><p>Press Secretary Fiasili Nanai, " \
	"phone +685 21 400, email press@pmc.example</p></div></div>" after "</body></html>"

static void
contact_callout(void)
{
	test_page_body_is(CALLOUT("Media enquiries", ""), TEST_URL, 3, NULL, NULL,
	    "a \"Media enquiries\" callout after a release's text is no line of it");
	test_page_body_is(CALLOUT("Media enquiries", "<p>The wall will be finished before the cyclone "
	    "season, the Minister said, and the old rock will be reused.</p>"), TEST_URL, 6, NULL, NULL,
	    "... with more of the story after it, it stays a line");
	test_page_body_is(CALLOUT("Contact", ""), TEST_URL, 5, NULL, NULL,
	    "... and a bare \"Contact\" heading is read as it was");
}

int
main(void)
{
	go_on_link();
	contact_callout();
	return tap_done();
}
