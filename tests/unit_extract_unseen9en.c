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

static void
disclaimers(void)
{
	struct ctx c;

	tap_ok(is_noise_line("The views expressed are the author's own and do not necessarily reflect those of the "
	    "Millbrook Gazette. Want to write a guest column? Email opinion@gazette.test; columns should run 500 to 700 words."),
	    "an opinion page's \"The views expressed are the author's own\" is a notice however long");
	tap_ok(!is_noise_line("The views expressed at the hearing were mixed, with a dozen residents for the cut."),
	    "... a sentence opening alike that disclaims nothing is none");
	tap_ok(is_noise_line("The following items are taken from the police department's public call log. An arrest is "
	    "an accusation, not a conviction; all persons are presumed innocent until proven guilty in a court of law."),
	    "a blotter's note that all it names are presumed innocent is a notice");
	tap_ok(!is_noise_line("Marsh, who pleaded not guilty to all charges at his arraignment on Tuesday, is presumed "
	    "innocent until proven guilty, his lawyer said."),
	    "... one defendant's presumption in a court story is the story's");
	test_story(&c, HEAD "<div class=\"body\">" P1 P2 P3 "<p><em>Dana Whitcomb chairs the library foundation.</em></p>"
	    "</div><div class=\"disclaimer\"><p>The views expressed are the author's own and do not necessarily reflect "
	    "those of the Gazette.</p></div></body></html>");
	tap_str(c.page->body.n ? c.page->body.v[c.page->body.n - 1] : NULL, "Dana Whitcomb chairs the library foundation.",
	    "... so a column ends on its author's bio line, not the disclaimer");
	test_doc_free(&c);
}

static void
pre_product(void)
{
	struct ctx c;

	test_story(&c, "<html><head><title>Winter Storm Warning</title></head><body><h1>Winter Storm Warning</h1>"
	    "<div class=\"product\"><pre>\n...WINTER STORM WARNING IN EFFECT FROM 6 PM THIS EVENING TO NOON\n"
	    "CST SATURDAY...\n\n* WHAT...Heavy snow expected. Total snow accumulations of 8 to 12\n  inches.\n\n"
	    "* WHERE...Pell, Harrow and Upper Kettle Counties.\n\nCopyright Notice\n\n"
	    "If you must travel, keep an extra flashlight, food, and water in\nyour vehicle in case of an emergency.\n"
	    "  \n&amp;&amp;\n\n$$\n\nLindgren\n</pre></div></body></html>");
	tap_int((long)c.page->body.n, 5, "a <pre>'s paragraphs are its runs between blank lines, and its product ends at && and $$");
	tap_str(c.page->body.n ? c.page->body.v[0] : NULL,
	    "...WINTER STORM WARNING IN EFFECT FROM 6 PM THIS EVENING TO NOON CST SATURDAY...",
	    "... a paragraph's lines are joined");
	tap_str(c.page->body.n > 3 ? c.page->body.v[3] : NULL, "Copyright Notice",
	    "... and no page's notice line is read in one (an RFC's heading)");
	test_doc_free(&c);
}

#define FIG(n, cap) "<figure><div class=\"count\">" #n " / 6</div><img src=\"/p/" #n ".jpg\" alt=\"\">" \
	"<figcaption>" cap "</figcaption><div class=\"tools\"><a href=\"/buy?img=" #n "\">Buy this photo</a></div></figure>"

static void
gallery_tools(void)
{
	struct ctx c;

	test_list(&c, "<html><head><title>PHOTOS: Harvest parade</title></head><body>"
	    "<h1>PHOTOS: Harvest parade</h1><div class=\"entry\">"
	    "<p>Thousands lined Main Street on Saturday for the parade.</p><div class=\"gallery\">"
	    FIG(1, "The grand marshal waves from a 1952 convertible on Main Street.")
	    FIG(2, "The high school marching band plays past the courthouse.")
	    FIG(3, "Antique tractors roll past the crowd at Depot Street.")
	    FIG(4, "4-H members ride a float built around a giant pumpkin.")
	    FIG(5, "Twins scramble for candy thrown from the ladder truck.")
	    FIG(6, "The parade ends with the fire department's 1931 pumper.")
	    "</div></div></body></html>");
	tap_int((long)c.page->headlines.n, 0, "a link saying alike under each picture to as many places (Buy this photo) is a tool's, no headline");
	tap_ok(c.page->kind == PAGE_ARTICLE, "... so a photo gallery's captions under its intro are an article");
	test_doc_free(&c);
	tap_ok(is_noise_line("See more photos and order prints at harrowherald.test/photos."),
	    "a photo desk's ask to order prints under a gallery is a notice");
	test_list(&c, "<html><head><title>Latest</title></head><body><h1>Latest news</h1><ul>"
	    "<li><a href=\"/a/1\">Council delays vote on the parking garage</a> <a href=\"/a/1\">Read more</a></li>"
	    "<li><a href=\"/a/2\">Police seek driver after a hit-and-run</a> <a href=\"/a/2\">Read more</a></li>"
	    "<li><a href=\"/a/3\">School board sets the levy hearing date</a> <a href=\"/a/3\">Read more</a></li>"
	    "<li><a href=\"/a/4\">Library to cut its Monday hours in July</a> <a href=\"/a/4\">Read more</a></li>"
	    "</ul></body></html>");
	tap_int((long)c.page->headlines.n, 4, "... while the titles beside such links stay a list's headlines");
	tap_ok(c.page->kind == PAGE_LIST, "... and the page a list");
	test_doc_free(&c);
	test_list(&c, "<html><head><title>Police log</title></head><body><h1>Police log archive</h1><ul>"
	    "<li><a href=\"/news/police-log-0603\">Police log: the week in Harrow</a> June 3</li>"
	    "<li><a href=\"/news/police-log-0527\">Police log: the week in Harrow</a> May 27</li>"
	    "<li><a href=\"/news/police-log-0520\">Police log: the week in Harrow</a> May 20</li>"
	    "<li><a href=\"/news/police-log-0513\">Police log: the week in Harrow</a> May 13</li>"
	    "</ul></body></html>");
	tap_int((long)c.page->headlines.n, 4, "... and stories sharing one title, each at a page of its own, stay headlines");
	test_doc_free(&c);
}

int
main(void)
{
	nav_arrows();
	gallery_tools();
	disclaimers();
	pre_product();
	return tap_done();
}
