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

#define E4 "<p>\"People give directions by that bridge,\" said the county engineer. \"We want the new one to last another ninety years.\"</p>"
#define LATEST "<section><h2>Latest News</h2><ul><li><a href=\"/n1\">Fair board names new director</a></li>" \
	"<li><a href=\"/n2\">One hurt in Highway 60 crash near Ozark Bend</a></li>" \
	"<li><a href=\"/n3\">Softball team wins its home opener</a></li>" \
	"<li><a href=\"/n4\">Frost advisory tonight: cover your plants</a></li></ul></section>"


static void
promo_boxes_skipped(void)
{
	struct ctx c;

	test_story(&c, "<html><body><h1>Mill Creek bridge to be rebuilt</h1><div class=\"story\">" E1
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

	test_story(&c, "<html><body><h1>Mill Creek bridge to be rebuilt</h1><div class=\"story\">" E1
	    "<div class=\"c-video-player\"><div class=\"video-title\">WATCH: Board debates the bridge plan</div>"
	    "<div class=\"video-duration\">2:14</div></div>" E2 E3 "</div></body></html>");
	tap_ok(!test_body_has(&c, "WATCH: Board debates the bridge plan") && !test_body_has(&c, "2:14"),
	    "a video player's title and running time are not the story");
	tap_int((long)c.page->body.n, 3, "the story around the player");
	test_doc_free(&c);

	test_story(&c, "<html><body><h1>Mill Creek wins the county final</h1><div class=\"story\">" E1
	    "<p>Forward <span class=\"player\">Jo Marsh</span> scored twice in the second half.</p>"
	    "<p class=\"player-stats\">Marsh: 2 goals, 1 assist, 5 shots.</p>" E2 E3 "</div></body></html>");
	tap_ok(test_body_has(&c, "Forward Jo Marsh scored twice in the second half.") &&
	    test_body_has(&c, "Marsh: 2 goals, 1 assist, 5 shots."),
	    "a sports story's player and player-stats are its own text, no media player");
	test_doc_free(&c);
}

static void
buttons_and_links_in_prose_stay(void)
{
	struct ctx c;

	test_story(&c, "<html><body><h1>Mill Creek bridge to be rebuilt</h1><div class=\"story\">" E1
	    "<div class=\"code\"><button>Copy</button><pre>detour: Route 9 north, then Elm Street</pre></div>"
	    "<p>Residents can sign up for closure alerts on the county's website, the board said, or <a href=\"/alerts\">subscribe here</a>.</p>"
	    E2 E3 "</div></body></html>");
	tap_ok(test_body_has(&c, "detour: Route 9 north, then Elm Street"),
	    "a block with a bare button (copy, play) stays");
	tap_ok(test_body_has(&c, "Residents can sign up for closure alerts on the county's website, the board said, or subscribe here."),
	    "a sentence with a lower-case subscribe link stays");
	test_doc_free(&c);
}

static void
lead_picture_before_story(void)
{
	struct ctx c;

	test_story(&c, "<html><body><main><h1>Mill Creek bridge to be rebuilt</h1>"
	    "<div class=\"lead-art\"><figure><img src=\"/bridge.jpg\" alt=\"\">"
	    "<figcaption>The old Mill Creek bridge has carried traffic since 1931.</figcaption></figure></div>"
	    "<div class=\"article-body\">" E1 E2 E3 "</div></main></body></html>");
	tap_int((long)c.page->body.n, 3, "a lead picture (class lead-art) before the story block is no lead");
	tap_ok(c.page->body.n > 0 && strcmp(c.page->body.v[0], "The county board voted on Tuesday to rebuild the old bridge "
	    "over Mill Creek, ending a debate that had gone on for two years.") == 0,
	    "the body starts with the story's first paragraph");
	test_doc_free(&c);
}

static void
date_line_does_not_join(void)
{
	struct ctx c;

	/* each paragraph in a div of its own, as on a TV station's platform:
	 * the story block scores low enough for a sentence to join it */
	test_story(&c, "<html><body><main><h1>Mill Creek bridge to be rebuilt</h1>"
	    "<div class=\"stamp\"><span>Published: Apr. 10, 2024 at 5:42 PM CDT</span><span>Updated: Apr. 11, 2024 at 8:05 AM CDT</span></div>"
	    "<figure><img src=\"/bridge.jpg\" alt=\"\"><figcaption>The old Mill Creek bridge has carried traffic since 1931.</figcaption></figure>"
	    "<div class=\"article-body\"><div class=\"c-paragraph\">" E1 "</div><div class=\"c-paragraph\">" E2
	    "</div><div class=\"c-paragraph\">" E4 "</div><div class=\"c-paragraph\">" E3 "</div></div>" LATEST "</main></body></html>");
	tap_ok(!test_body_has(&c, "The old Mill Creek bridge has carried traffic since 1931."),
	    "a date line before the story does not join it, nor takes the picture after it in");
	tap_int((long)c.page->body.n, 4, "the story's four paragraphs");
	test_doc_free(&c);
}

static void
pull_quotes(void)
{
	struct ctx c;

	test_story(&c, "<html><body><h1>Mill Creek bridge to be rebuilt</h1><div class=\"story\">" E1
	    "<figure class=\"pullquote\"><blockquote><p>People give directions by that bridge.</p><cite>County engineer</cite></blockquote></figure>"
	    E2 "<p>\"People give directions by that bridge,\" the county engineer said after the vote on Tuesday night.</p>"
	    "<figure><blockquote><p>Detour signs went up on Route 9 this morning, a week early. pic.example/x</p></blockquote></figure>"
	    E3 "</div></body></html>");
	tap_ok(!test_body_has(&c, "People give directions by that bridge.") && !test_body_has(&c, "County engineer"),
	    "a quote in a figure repeating a line of the story is a pull quote, left out with its cite");
	tap_ok(test_body_has(&c, "Detour signs went up on Route 9 this morning, a week early. pic.example/x"),
	    "a quote in a figure that repeats nothing (an embedded post) stays");
	tap_int((long)c.page->body.n, 5, "the story's five paragraphs");
	test_doc_free(&c);
}

static void
author_line(void)
{
	struct ctx c;

	test_story(&c, "<html><body><article><h1>Mill Creek bridge to be rebuilt</h1>"
	    "<div class=\"byline\"><a class=\"author\" href=\"/u/al\">Ann Lee</a>, Staff Writer</div>"
	    E1 E2 "<p>Ann Lee, who lives on Mill Street, said she would walk the detour.</p>" E3 "</article></body></html>");
	tap_str(c.page->author, "Ann Lee", "the author marked in the byline");
	tap_ok(!test_body_has(&c, "Ann Lee, Staff Writer"), "the author's byline line inside the story's container is no paragraph");
	tap_ok(test_body_has(&c, "Ann Lee, who lives on Mill Street, said she would walk the detour."),
	    "a sentence starting with the name stays");
	test_doc_free(&c);
}

/* unseen-en3-*: what a press release and a chain daily print between and
 * after the paragraphs */
static void
marks_and_labels(void)
{
	struct ctx c;

	test_story(&c, "<html><body><h1>Mill Creek bridge to be rebuilt</h1><div class=\"story\">" E1 E2
	    "<p>###</p><p><em>About the county: Pell County is home to 12,000 residents on the Tanner River, "
	    "with offices in Tilden.</em></p></div></body></html>");
	tap_int((long)c.page->body.n, 2, "### ends a press release: the boilerplate after it is no story");
	test_doc_free(&c);
	test_story(&c, "<html><body><h1>Mill Creek bridge to be rebuilt</h1><div class=\"story\">" E1 E2 E3 E4
	    "<p>-30-</p></div></body></html>");
	tap_int((long)c.page->body.n, 4, "-30- is an end mark, no paragraph");
	test_doc_free(&c);
	test_story(&c, "<html><body><h1>Mill Creek bridge to be rebuilt</h1><div class=\"story\">"
	    "<p class=\"label\">Article content</p>" E1 "<div class=\"ad\"><span>Advertisement 2</span></div>"
	    "<p class=\"label\">Article content</p>" E2 E3 "<div class=\"ad\"><span>Advertisement 3</span></div>"
	    "<p class=\"label\">Article content</p>" E4 "</div></body></html>");
	tap_int((long)c.page->body.n, 4, "labels between the paragraphs are no story");
	tap_ok(!test_body_has(&c, "Advertisement 2"), "an ad slot's label with its number is a notice");
	tap_ok(!test_body_has(&c, "Article content"), "a short line repeated between the paragraphs is a label");
	test_doc_free(&c);
}

/* unseen-en3-india-regional: the site's own line at the story's end */
static void
site_tail_line(void)
{
	struct ctx c;

	test_story(&c, "<html><head><meta property=\"og:site_name\" content=\"The Tilden Star\"></head><body>"
	    "<h1>Mill Creek bridge to be rebuilt</h1><div class=\"story\">" E1 E2 E3
	    "<p>Catch all the <a href=\"/latest\">Latest News</a> and <a href=\"/county\">County News</a> "
	    "along with updates on The Tilden Star.</p></div></body></html>");
	tap_int((long)c.page->body.n, 3, "a line of links naming the site at the story's end is no story");
	test_doc_free(&c);
	test_story(&c, "<html><head><meta property=\"og:site_name\" content=\"The Tilden Star\"></head><body>"
	    "<h1>Mill Creek bridge to be rebuilt</h1><div class=\"story\">" E1 E2
	    "<p>The Tilden Star first reported the cracks in 2019, after readers sent in pictures of the piers.</p>"
	    "</div></body></html>");
	tap_int((long)c.page->body.n, 3, "a sentence naming the site without links stays");
	test_doc_free(&c);
}

int
main(void)
{
	tap_init();
	promo_boxes_skipped();
	buttons_and_links_in_prose_stay();
	lead_picture_before_story();
	date_line_does_not_join();
	pull_quotes();
	author_line();
	site_tail_line();
	marks_and_labels();
	return tap_done();
}
