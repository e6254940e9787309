/* unit_extract_asides: the body's rules for what a local English story
 * sets between its paragraphs (issue 13, tests/data/unseen-en2-*): boxes
 * that ask the reader to act, pictures standing before the story, pull
 * quotes.  Each test is a small page of its own. */
#include "config.h"

#include "extract_test.h"
#include "tap.h"

#define E1 "<p>The county board voted on Tuesday to rebuild the old bridge over Mill Creek, ending a debate that had gone on for two years.</p>"
#define E2 "<p>Work will start in June and take about five months, with a detour along Route 9 while the bridge is closed to all traffic.</p>"
#define E3 "<p>The board will hear the final design at its meeting on May 13, which starts at 9 a.m. at the county building.</p>"

static void
run_body(struct ctx *c, const char *html)
{
	test_doc(c, html);
	find_body(c);
	extract_title(c);
	extract_body(c);
}

static void
promo_boxes_skipped(void)
{
	struct ctx c;

	run_body(&c, "<html><body><h1>Mill Creek bridge to be rebuilt</h1><div class=\"story\">" E1
	    "<div class=\"box\"><p>Get the biggest stories first</p><p>Our free daily email brings the news to your inbox.</p>"
	    "<form action=\"/nl\"><input type=\"email\"><button>Go</button></form></div>" E2
	    "<div class=\"ask\"><h2>Support local journalism</h2><p>Reporting like this depends on readers like you. Make your gift today.</p>"
	    "<a href=\"/give\">Donate</a></div>" E3 "</div></body></html>");
	tap_int((long)c.page->body.n, 3, "the story's three paragraphs and nothing of the boxes");
	tap_ok(!test_body_has(&c, "Our free daily email brings the news to your inbox."),
	    "a short block holding a form is a sign-up box, not the story");
	tap_ok(!test_body_has(&c, "Reporting like this depends on readers like you. Make your gift today."),
	    "a short block ending in a Donate link is an ask, not the story");
	tap_ok(test_body_has(&c, "The board will hear the final design at its meeting on May 13, which starts at 9 a.m. at the county building."),
	    "the story goes on after the boxes");
	test_doc_free(&c);
}

static void
buttons_and_links_in_prose_stay(void)
{
	struct ctx c;

	run_body(&c, "<html><body><h1>Mill Creek bridge to be rebuilt</h1><div class=\"story\">" E1
	    "<div class=\"code\"><button>Copy</button><pre>detour: Route 9 north, then Elm Street</pre></div>"
	    "<p>Residents can sign up for closure alerts on the county's website, the board said, or <a href=\"/alerts\">subscribe here</a>.</p>"
	    E2 E3 "</div></body></html>");
	tap_ok(test_body_has(&c, "detour: Route 9 north, then Elm Street"),
	    "a block with a bare button (copy, play) stays");
	tap_ok(test_body_has(&c, "Residents can sign up for closure alerts on the county's website, the board said, or subscribe here."),
	    "a sentence with a lower-case subscribe link stays");
	test_doc_free(&c);
}

int
main(void)
{
	tap_init();
	promo_boxes_skipped();
	buttons_and_links_in_prose_stay();
	return tap_done();
}
