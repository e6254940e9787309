/* unit_extract_unseen9en: the kinds of layout the ninth English blind
 * round (unseen9en-*) found wanting: a theme's arrows around a rel link's
 * title, an opinion page's disclaimer, a blotter's presumption note, a
 * photo gallery's per-picture tools, a weather office's product in <pre>. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"

#define HEAD "<html><head><title>Library hours</title></head><body><h1>Library hours to be cut on Mondays</h1>"
#define P1 "<p>The town's proposed budget would cut the library's hours from 54 a week to 38 and close it every Monday.</p>"
#define P2 "<p>The savings come to about $41,000 a year, according to the town manager's own figures on Tuesday.</p>"
#define P3 "<p>A public hearing on the budget is set for March 19 at the town hall, the select board said.</p>"

static void
nav_arrows(void)
{
	struct ctx c;

	test_story(&c, HEAD "<div class=\"body\">" P1 P2 P3 "</div><nav>"
	    "<div class=\"nav-previous\"><a href=\"/a/plow-crews\" rel=\"prev\">&laquo; Editorial: Our plow crews earned thanks</a></div>"
	    "<div class=\"nav-next\"><a href=\"/a/letters\" rel=\"next\">Letters, March 7: Speed cameras &raquo;</a></div>"
	    "</nav></body></html>");
	extract_prev_next(&c);
	tap_str(c.page->prev ? c.page->prev->title : NULL, "Editorial: Our plow crews earned thanks",
	    "a rel=prev link's title opens with no arrow (\"« TITLE\")");
	tap_str(c.page->next ? c.page->next->title : NULL, "Letters, March 7: Speed cameras",
	    "... and a rel=next link's closes with none (\"TITLE »\")");
	test_doc_free(&c);
}

int
main(void)
{
	nav_arrows();
	return tap_done();
}
