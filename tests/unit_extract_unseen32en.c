/* unit_extract_unseen32en: the kinds of layout the thirty-second English
 * blind round (unseen32en-*) found wanting: a South African municipality's
 * statement closing on "Issued by: OFFICE" over "Enquiries:"; Elementor's
 * post navigation, a label word over the title glued to it and a
 * screen-reader word after it; Drupal 7's RDFa dc:created giving the zone
 * of "Submitted by NAME on DATE"; a page builder's "Related Posts" grid
 * of teaser cards read as a later run of the story. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Water</title></head><body>"
#define H1 "<h1>Water restored to Ward 7 after pump failure</h1>"
#define P1 "<p>Water supply has been restored to most households in Ward 7 after a pump failure at the " \
	"raw water pump station left residents without water for five days.</p>"
#define P2 "<p>Municipal technicians installed a replacement motor on Saturday, and the reservoirs began " \
	"to fill on Sunday, the municipality said.</p>"
#define P3 "<p>Residents are urged to use water sparingly and to report leaks and burst pipes to the " \
	"municipal call centre.</p>"
#define P4 "<p>The engineer found that the motor had burnt out after months of running on low voltage " \
	"from the supply, and warned that the standby pump was at risk too.</p>"
#define P5 "<p>The council will be asked next month to approve a second standby pump and a voltage " \
	"regulator for the station, at a cost of about R1.2 million.</p>"
#define OPEN HEAD H1 "<div class=\"story-body\">" P1 P2 P3
#define CLOSE "</div></body></html>"

static void
issued_by(void)
{
	test_gives(release_source, "Issued by: Office of the Municipal Manager, Mthonjeni Local Municipality",
	    "Office of the Municipal Manager, Mthonjeni Local Municipality",
	    "a statement's \"Issued by: OFFICE\" names its sender");
	test_gives(release_source, "Issued by: the provincial department in March 2019.", NULL,
	    "... a line opening so over a sentence names none");
	test_body_count(OPEN "<p><strong>Issued by:</strong> Office of the Municipal Manager, Mthonjeni Local "
	    "Municipality</p><p><strong>Enquiries:</strong> Mr Thabo Dlamini, Communications Manager, "
	    "039 000 4410</p>" CLOSE, 3, "\"Issued by:\" and the enquiries under it close the story");
	test_body_count(OPEN "<p>Issued by the provincial department in 2019, the permits allowed the "
	    "contractor to draw water from the river.</p>" CLOSE, 4,
	    "... a story's line opening \"Issued by\" with no colon stays");
	test_body_count(HEAD H1 "<div class=\"story-body\"><h2>Winter Storm Warning</h2><div>Issued by: "
	    "<b>National Weather Service Fairhaven, MN</b></div>" P1 P2 P3 CLOSE, 5,
	    "... nor does \"Issued by: OFFICE\" under the headline, above the text, end it");
}

#define PAGER(prev, next) HEAD H1 "<div class=\"story-body\">" P1 P2 P3 "</div><div class=\"post-nav\">" \
	"<div class=\"nav-prev\"><a href=\"/2026/01/08/draft-minutes/\" rel=\"prev\">" prev "</a></div>" \
	"<div class=\"nav-next\"><a href=\"/2026/01/19/fund-open/\" rel=\"next\">" next "</a></div>" \
	"</div></body></html>"

static void
elementor_pager(void)
{
	test_nav_is(PAGER("<span class=\"arrow\"><span class=\"elementor-screen-only\">Prev</span></span>"
	    "<span class=\"nav-prev-label\">Previous</span><span class=\"nav-prev-title\">Draft minutes of "
	    "the December meeting</span>",
	    "<span class=\"nav-next-label\">Next</span><span class=\"nav-next-title\">Community Fund spring "
	    "round now open</span><span class=\"arrow\"><span class=\"elementor-screen-only\">Next</span></span>"),
	    "Draft minutes of the December meeting", "Community Fund spring round now open",
	    "a card pager's label word over the title and its screen-reader word are no part of it");
	test_nav_is(PAGER("<span>Previous owners of the mill remembered</span>",
	    "<span>Community Fund spring round now open</span><span>Next</span>"),
	    "Previous owners of the mill remembered", "Community Fund spring round now openNext",
	    "... a title opening on the word keeps it, and a word glued for every reader stays, as printed");
}

#define DRUPAL(prop) HEAD H1 "<div class=\"node\"><div class=\"submitted\"><span property=\"" prop "\" " \
	"content=\"2026-01-13T14:05:00+03:00\" datatype=\"xsd:dateTime\">Submitted by <span " \
	"class=\"username\">admin</span> on Tue, 13/01/2026 - 14:05</span></div><div class=\"content\">" \
	P1 P2 P3 "</div></div></body></html>"

static void
rdfa_created(void)
{
	test_published_is(DRUPAL("dc:date dc:created"), "2026-01-13T14:05:00+03:00",
	    "Drupal's RDFa dc:created gives the printed time its zone");
	test_published_is(DRUPAL("dc:modified"), "2026-01-13T14:05",
	    "... an RDFa dc:modified dates an edit and gives none");
}

#define CARD(n, t, d, x) "<div class=\"card-text\"><h3 class=\"card-title\"><a href=\"/" n "/\">" t \
	"</a></h3><div class=\"card-meta\"><span class=\"card-date\">" d "</span></div>" \
	"<div class=\"card-excerpt\"><p>" x "</p></div></div>"
#define CARD1 CARD("b9177", "B9177 speed limit consultation", "November 20, 2025", \
	"Highland Council is asking for views on a lower limit through the village.")
#define CARDS CARD1 CARD("paths", "Results of our paths survey", "September 3, 2025", \
	"Thank you to the 212 residents who told us which paths matter most.") \
	CARD("bridge", "Mill Lane footbridge closed", "March 11, 2025", \
	"The footbridge has been closed after an inspection found corrosion in the main beams.")
/* a page builder's widgets, each in its wrapper, closed as it prints them */
#define GRID(cards) HEAD H1 "<div class=\"post-content\"><div class=\"widget\">" P1 P2 P3 "</div></div></div>" \
	"<div class=\"widget\"><h2>Related Posts</h2></div></div><div class=\"widget\"><div class=\"posts-grid\">" \
	cards "</div></div></body></html>"

static void
teaser_grid_run(void)
{
	/* the whole page: the cards' linked headings are counted as the
	 * headlines are */
	test_page_body_is(GRID(CARDS), TEST_URL, 3, NULL, NULL,
	    "a grid of teaser cards under the story is no run of it");
	test_page_body_is(GRID(CARD1), TEST_URL, 5, NULL, NULL,
	    "... one card alone is no grid: its lines stay where they were");
}

int
main(void)
{
	issued_by();
	elementor_pager();
	rdfa_created();
	teaser_grid_run();
	return tap_done();
}
