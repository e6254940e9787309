/* unit_extract_unseen67en: the kinds of layout the sixty-seventh English
 * blind round (unseen67en-*) found wanting: a local TV station's closing
 * ask to get its app that names the app and links to it instead of naming
 * a store ("Download the NAME News app ... Click here to get it."); a
 * forum's lowercase « previous | next » pager over a thread (SMF), which
 * names no thread; a writing platform's "More stories from NAME and writers
 * in COMMUNITY and other communities." over cards after the story. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Bridge</title></head><body>"
#define H1 "<h1>Creek bridge to close for six weeks after inspection</h1>"
#define P1 "<p>RIDGEVIEW (WXYZ) - The bridge over the creek will close to all traffic for about six weeks " \
	"starting Monday after an inspection found cracks in two of its beams.</p>"
#define P2 "<p>The city engineer told the council on Monday night that the bridge is safe for now but " \
	"should not carry loaded trucks through the winter.</p>"
#define P3 "<p>The city expects to reopen the bridge by the third week of January, weather " \
	"permitting.</p>"
#define STORY(last) HEAD H1 "<article><div class=\"article-body\">" P1 P2 P3 last "</div></article>" \
	"</body></html>"

static void
linked_app_ask(void)
{
	test_body_count(STORY("<p><i>Download the WXYZ News app for the latest updates on your phone. </i>"
	    "<a href=\"/page/apps/\"><i>Click here to get it.</i></a></p>"), 3,
	    "a closing ask to get the station's app, linking to it, is no line");
	test_body_count(STORY("<p>Download the county's full inspection report on the bridge "
	    "<a href=\"/files/bridge-report.pdf\">here</a>.</p>"), 4,
	    "... a closing line that downloads a report, naming no app, stays");
}

#define THREAD(prev, next) HEAD "<h1>Library roof fund reaches goal</h1>" \
	"<div class=\"nextlinks\"><a href=\"/index.php?topic=14.0;prev_next=prev#new\">" prev "</a> " \
	"<a href=\"/index.php?topic=14.0;prev_next=next#new\">" next "</a></div>" \
	"<div class=\"post\"><div class=\"inner\">The roof fund has passed its goal, three months ahead " \
	"of schedule, the library's friends told the select board on Thursday night.<br /><br />" \
	"Work is set to start in April and should take about five weeks.</div></div></body></html>"

static void
bare_lowercase_pager(void)
{
	test_nav_is(THREAD("&#171; previous", "next &#187;"), NULL, NULL,
	    "a forum's lowercase \"« previous\" / \"next »\" names no thread");
	test_nav_is(THREAD("&#171; Library board meets Tuesday", "Snow totals for the week &#187;"),
	    "Library board meets Tuesday", "Snow totals for the week",
	    "... a pager whose links name the threads keeps them");
}

#define VURL "https://stories.example/journal/the-night-the-diner-stayed-open-x7q2"
#define CARD(t, u, x) "<div class=\"card\"><h4><a href=\"/journal/" u "\">" t "</a></h4><p>" x "</p>" \
	"<div class=\"meta\"><span>By Ann Bell</span> <span>2 months ago</span> <span>3 min read</span></div></div>"
#define VPAGE(head) "<html><head><meta charset=\"utf-8\"><title>Diner</title></head><body><main>" \
	"<h1>The night the diner stayed open</h1><div class=\"story-body\">" \
	"<p>The storm came in on a Tuesday afternoon, and by six o'clock the county had pulled its " \
	"plows off the highway and eleven drivers were stuck in town.</p>" \
	"<p>The owner called her cook at home and told him to stay there, then put on another pot " \
	"of coffee and kept the grill on for thirty hours.</p>" \
	"<p>When the plows went back out, the drivers left $640 in the tip jar, which she gave to " \
	"the volunteer fire department.</p></div>" \
	"<section><h3>" head "</h3>" CARD("The Last Ferry to the Island", "last-ferry-r2m9", \
	"Every November the island says goodbye to the mainland for the winter.") \
	CARD("Judging Pies at the County Fair", "judging-pies-p8n1", \
	"Forty-one entries, one plastic fork, and a lot of opinions about lard.") \
	"</section></main></body></html>"

static void
stopped_more_from_heading(void)
{
	test_page_related_count(VPAGE("More stories from Annika Lindqvist and writers in Journal and other "
	    "communities."), VURL, 2,
	    "\"More stories from NAME and writers in ... communities.\", its stop closing it, heads a "
	    "related list");
	test_page_body_is(VPAGE("More stories from Annika Lindqvist and writers in Journal and other "
	    "communities."), VURL, 3, NULL, NULL, "... and its cards are no lines of the story");
	test_page_related_count(VPAGE("More stories from Ann Bell, she said, will follow next week."),
	    VURL, 0, "... a sentence with commas inside heads none");
}

int
main(void)
{
	linked_app_ask();
	bare_lowercase_pager();
	stopped_more_from_heading();
	return tap_done();
}
