/* unit_extract_unseen10en: the kinds of layout the tenth English blind
 * round (unseen10en-*) found wanting: a masthead's "Updated DATE TIME,
 * first published TIME" line; a deck over the byline of a story in
 * sibling blocks, and the author's card after its Topics box; a TV
 * station's ask to download its app closing a story; the headings of a
 * regional's picks after the story ("Read this next", "Other items that
 * may interest you"); a paywall's box after a teaser's paragraphs. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"

#define HEAD "<html><head><title>Saleyards to close</title></head><body><h1>Saleyards to close for six weeks</h1>"
#define P1 "<p>Cattle sales at the saleyards will stop for six weeks from April 8 while contractors replace the roof.</p>"
#define P2 "<p>The council's general manager said engineers found rust through several of the main roof trusses.</p>"
#define P3 "<p>During the closure, the fortnightly store cattle sales will move to the saleyards about 90 kilometres west.</p>"

static void
first_published(void)
{
	struct ctx c;
	char *d;

	d = labelled_date("Updated March 14 2024 - 5:30pm, first published 4:00pm", strong_date_labels, 0, DATE_ZONE);
	tap_str(d, "2024-03-14T16:00", "\"first published 4:00pm\" after an update's date is that time on its day");
	free(d);
	d = labelled_date("Published 4 hours ago, March 14 2024", strong_date_labels, 0, DATE_ZONE);
	tap_str(d, NULL, "... a count after the label is no time of the line's day");
	free(d);
	test_byline(&c, HEAD "<div class=\"dates\">Updated March 14 2024 - 5:30pm, first published 4:00pm</div>"
	    "<div class=\"body\">" P1 P2 P3 "</div></body></html>");
	tap_str(c.page->published, "2024-03-14T16:00", "... so the story is dated by its first publication, not the update");
	test_doc_free(&c);
}

/* Five blocks of two paragraphs between ad slots, as a headless CMS
 * sets a story out. */
#define SEGS "<div class=\"x3\">" P1 P2 "</div><div class=\"x4\">Advertisement</div><div class=\"x3\">" P3 P1 \
	"</div><div class=\"x4\">Advertisement</div><div class=\"x3\">" P2 P3 "</div><div class=\"x3\">" P1 P2 \
	"</div><div class=\"x3\">" P3 P1 "</div>"

static void
deck_over_byline(void)
{
	struct ctx c;

	test_story(&c, "<html><head><title>Saleyards</title></head><body><article><h1>Saleyards to close for six weeks</h1>"
	    "<p class=\"x1\">The selling centre's roof is rusting through, and the cattle sales move to Narrawong until "
	    "late May.</p><div class=\"x2\"><div>By <a href=\"/author/kirra-donnelly/\">Kirra Donnelly</a></div>"
	    "<div>Published April 18, 2024 6:00 a.m. ET</div></div><div class=\"x5\">" SEGS "</div>"
	    "</article></body></html>");
	tap_str(c.page->body.n ? c.page->body.v[0] : NULL,
	    "Cattle sales at the saleyards will stop for six weeks from April 8 while contractors replace the roof.",
	    "a story in sibling blocks starts under its byline: the deck over the byline joins none of it");
	tap_int((long)c.page->body.n, 10, "... and every block of the story under it joins");
	test_doc_free(&c);
}

static void
card_after_topics(void)
{
	struct ctx c;

	test_story(&c, "<html><head><title>Saleyards</title></head><body><article><h1>Saleyards to close for six weeks</h1>"
	    "<div class=\"x5\">" SEGS "</div><div class=\"x6\"><span>Topics</span><a href=\"/topic/saleyards/\">Saleyards</a>"
	    "<a href=\"/topic/cattle/\">Cattle</a></div><div class=\"x7\"><a href=\"/author/kirra-donnelly/\">Kirra Donnelly</a>"
	    "<p>Kirra Donnelly covers rural affairs for the Advocate. She joined the paper in 2019 from a station in the west.</p>"
	    "</div></article></body></html>");
	tap_int((long)c.page->body.n, 10, "a box opening on \"Topics\" ends a story in sibling blocks: the author's card after it joins none");
	test_doc_free(&c);
	test_body_count("<html><head><title>Saleyards</title></head><body><article><h1>Saleyards to close for six weeks</h1>"
	    "<div class=\"x5\">" SEGS "</div><p>Topics at the public meeting included the cost of the roof and how long the "
	    "sales would stay at Narrawong.</p></article></body></html>", 11,
	    "... a paragraph opening on the word is the story's");
}

static void
app_ask(void)
{
	struct ctx c;

	test_story(&c, HEAD "<div class=\"body\">" P1 P2 P3 "<p><em>Download the KRVX app for breaking news alerts. "
	    "Available on the App Store and Google Play.</em></p></div></body></html>");
	tap_str(c.page->body.n ? c.page->body.v[c.page->body.n - 1] : NULL,
	    "During the closure, the fortnightly store cattle sales will move to the saleyards about 90 kilometres west.",
	    "a closing ask to download the station's app from the stores is no line of the story");
	test_doc_free(&c);
	test_body_count(HEAD "<div class=\"body\">" P1 P2 P3 "<p>Download the full engineers' report from the council's "
	    "website, or read it at the library.</p></div></body></html>", 4,
	    "... a closing line downloading a report, naming no store, is the story's");
}

#define PICKS "<ul><li><a href=\"/news/glenvie-nursery\">Glenvie nursery to expand</a></li>" \
	"<li><a href=\"/news/council-tax\">Council tax rise approved by one vote</a></li></ul></div></body></html>"

static void
picks_headings(void)
{
	struct ctx c;

	tap_ok(is_related_heading("Other items that may interest you"),
	    "\"Other items that may interest you\" heads a related list");
	tap_ok(!is_related_heading("The plan, she said, may interest you"),
	    "... a sentence ending so is none");
	test_story(&c, HEAD "<div class=\"body\">" P1 "<p><strong>Read more:</strong> <a href=\"/news/petition\">"
	    "Parents launch petition to save school</a></p>" P2 P3 "</div><div class=\"next\"><h2>Read this next</h2>" PICKS);
	extract_related(&c);
	tap_int((long)c.page->related.n, 2, "a list under \"Read this next\" after the story is its related list, "
	    "not a read-on line in the text");
	test_doc_free(&c);
	test_story(&c, HEAD "<div class=\"body\">" P1 P2 P3 "</div><div class=\"also\"><h3>Other items that may "
	    "interest you</h3>" PICKS);
	extract_related(&c);
	tap_int((long)c.page->related.n, 2, "... and so is a list under \"Other items that may interest you\"");
	test_doc_free(&c);
}

static void
paywall_box(void)
{
	tap_ok(is_paywall_line("This article is available to subscribers only."),
	    "\"available to subscribers only\" is a paywall's line");
	tap_ok(!is_paywall_line("The pool is open to members, and the sauna to season-pass holders; subscribers only pay "
	    "once a year, the board said on Monday."), "... a long sentence saying so is none");
	test_body_count(HEAD "<div class=\"story\"><div class=\"body\">" P1 P2 P3 "</div><div class=\"wall\">"
	    "<h3>This article is available to subscribers only.</h3><p>Keep reading with a digital subscription to the "
	    "Courier: unlimited access to local news, sports and obituaries for just $4.99 a month.</p>"
	    "<p>Already a subscriber? <a href=\"/login\">Log in</a></p></div></div></body></html>", 3,
	    "a paywall's box after a teaser's paragraphs ends the story: none of its lines join");
}

int
main(void)
{
	first_published();
	deck_over_byline();
	card_after_topics();
	app_ask();
	picks_headings();
	paywall_box();
	return tap_done();
}
