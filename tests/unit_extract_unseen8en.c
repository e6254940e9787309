/* unit_extract_unseen8en: the kinds of layout the eighth English blind
 * round (unseen8en-*) found wanting: a community paper's "Like us on
 * Facebook" tail, a public station's underwriting slots, a UK press
 * release's "From:" list and its notes to editors, an Indian daily's
 * agency credit, a bilingual weekly's paired labels, a TV station's
 * "date / time zone". */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"

#define HEAD "<html><head><title>Rescue boat</title></head><body><h1>Fire crews get new rescue boat</h1>"
#define P1 "<p>Cedar Narrows firefighters will head into the summer with a new rescue boat, after the old one broke down twice last year.</p>"
#define P2 "<p>The 7.3-metre aluminum boat, which cost $148,000, was launched at the Lakeside Park dock on Thursday morning.</p>"
#define P3 "<p>The old boat will be sold at a public auction later this year, the fire chief said on Friday.</p>"

static void
social_tail(void)
{
	struct ctx c;

	test_story(&c, HEAD "<div class=\"body\">" P1 P2 P3
	    "<p><em>Like us on <a href=\"https://www.facebook.com/x\">Facebook</a> and follow us on "
	    "<a href=\"https://x.com/x\">X</a>.</em></p></div></body></html>");
	tap_int((long)c.page->body.n, 3, "a closing \"Like us on Facebook and follow us on X\" is the outlet's, no line of the story");
	test_doc_free(&c);
}

static void
underwriting(void)
{
	struct ctx c;

	tap_ok(is_noise_line("Support comes from"), "a public station's \"Support comes from\" labels an underwriting slot");
	test_story(&c, HEAD "<div class=\"body\">" P1 "<div class=\"uw\"><p>Support comes from</p><div id=\"gam-1\"></div></div>"
	    P2 P3 "</div></body></html>");
	tap_int((long)c.page->body.n, 3, "... it is no paragraph and does not end the story");
	tap_str(c.page->body.n == 3 ? c.page->body.v[2] : NULL,
	    "The old boat will be sold at a public auction later this year, the fire chief said on Friday.",
	    "... the paragraphs after it stay");
	test_doc_free(&c);
}

#define RELEASE_HEAD "<html><head><title>Pool to reopen</title></head><body><h1>Ashcombe pool to reopen after refit</h1>"

static void
release_notes(void)
{
	struct ctx c;

	tap_ok(is_editor_notes("Notes to editors") && is_editor_notes("Notes to Editors"),
	    "\"Notes to editors\" alone on its line heads a release's notes for the press");
	tap_ok(!is_editor_notes("Notes to editors are at the end of this release, with contacts."),
	    "... a sentence opening with it does not");
	test_byline(&c, RELEASE_HEAD "<dl><dt>From:</dt><dd><a href=\"/org/wexcombe\">Wexcombe Borough Council</a></dd>"
	    "<dt>Published</dt><dd>3 May 2024</dd></dl><div class=\"govspeak\">" P1 P2 "</div></body></html>");
	tap_str(c.page->source, "Wexcombe Borough Council", "a metadata list's bare \"From:\" term names the release's issuer in the next cell");
	test_doc_free(&c);
	test_byline(&c, RELEASE_HEAD "<p class=\"meta\">From: the print edition, 3 May 2024</p><div class=\"govspeak\">"
	    P1 P2 "</div></body></html>");
	tap_str(c.page->source, NULL, "... an inline \"From: …\" names none");
	test_doc_free(&c);
	test_story(&c, RELEASE_HEAD "<div class=\"govspeak\">" P1 P2 "<h2>Notes to editors</h2><ol>"
	    "<li>The refit was paid for from the council's capital programme, with a grant from the national fund.</li>"
	    "<li>The centre is run for the council by Wexcombe Active, a not-for-profit trust.</li></ol>"
	    "<p>Media enquiries: press@wexcombe.gov.uk or 01632 960 455.</p></div></body></html>");
	tap_int((long)c.page->body.n, 2, "... the story ends at the notes to editors");
	test_doc_free(&c);
}

static void
agency_credit(void)
{
	struct ctx c;

	test_byline(&c, "<html><head><title>Water scheme</title></head><body><h1>40 villages to get piped water</h1>"
	    "<div class=\"byline\"><span class=\"agency\">TNN</span> | <span>Updated: May 3, 2024, 22:14 IST</span></div>"
	    "<div class=\"artText\">" P1 P2 "</div></body></html>");
	tap_str(c.page->source, "TNN", "a byline's element of class \"agency\" names the news service, the source");
	tap_str(c.page->author, NULL, "... and no author");
	test_doc_free(&c);
}

static void
bilingual_labels(void)
{
	struct ctx c;

	tap_ok(is_ad_label("Hysbyseb · Advertisement") && is_ad_label("Advertisement | Hysbyseb"),
	    "an ad label paired with its word in another language is an ad label");
	tap_ok(!is_ad_label("Advertisement feature: Teifi Motors · Spring offer"),
	    "... a line that holds more is none");
	test_story(&c, HEAD "<div class=\"body\">" P1 "<div class=\"advert\"><span>Hysbyseb · Advertisement</span></div>"
	    P2 P3 "</div></body></html>");
	tap_int((long)c.page->body.n, 3, "... no paragraph, and the story goes on under it");
	test_doc_free(&c);
	test_doc(&c, HEAD "<div class=\"body\">" P1 P2 "</div><div class=\"story-nav\">"
	    "<a href=\"/news/eisteddfod.html\">‹ Blaenorol · Previous: School eisteddfod results</a> "
	    "<a href=\"/news/bridge.html\">Nesaf · Next: Bridge repairs delayed until autumn ›</a></div></body></html>");
	extract_prev_next(&c);
	tap_str(c.page->prev ? c.page->prev->title : NULL, "School eisteddfod results",
	    "a link's \"Previous: TITLE\", after the word in another language, is the previous story");
	tap_str(c.page->next ? c.page->next->title : NULL, "Bridge repairs delayed until autumn",
	    "... \"Next: TITLE ›\" the next, without the arrow");
	test_doc_free(&c);
}

static void
slashed_time(void)
{
	struct ctx c;
	char *d = date_find("Posted: May 3, 2024 / 05:12 PM CDT", 0, DATE_ZONE);

	tap_str(d, "2024-05-03T17:12-05:00", "a slash between a date and its time (May 3, 2024 / 05:12 PM CDT) keeps the time");
	free(d);
	test_byline(&c, HEAD "<p class=\"dates\"><time datetime=\"2024-05-03T22:12:38+00:00\" class=\"date--published\">"
	    "Posted: May 3, 2024 / 05:12 PM CDT</time></p><div class=\"body\">" P1 P2 "</div></body></html>");
	tap_str(c.page->published, "2024-05-03T17:12-05:00",
	    "... the time the page shows, in its zone, not the datetime's UTC");
	test_doc_free(&c);
}

int
main(void)
{
	slashed_time();
	bilingual_labels();
	social_tail();
	underwriting();
	release_notes();
	agency_credit();
	return tap_done();
}
