/* unit_extract_unseen70en: the kinds of layout the seventieth English
 * blind round (unseen70en-*) found wanting: a script-built forum's
 * discussion sent to readers without scripts inside a <noscript>, its
 * posts sibling <article>s under the poster's name, the first the story
 * and the rest the replies; a shop theme's blog post whose picture stands
 * over the headline in a block of no cover's class, marked only as the
 * post's schema.org itemprop="image". */
#include "config.h"

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define PAGE_URL "https://forum.example/d/12-footbridge-closed"
#define HEAD "<html><head><meta charset=\"utf-8\"><title>Footbridge closed</title></head><body>" \
	"<div id=\"app\"><header><a href=\"/\">Town forum</a></header><main><div id=\"content\"></div>"
#define TAIL "</main></div></body></html>"
#define P1 "<p>The council has shut the footbridge over the river until at least March while the deck " \
	"is replaced, and there is no sign saying where walkers should go instead.</p>"
#define P2 "<p>For those of us on the far side this was the only flat way to the surgery and the shop, " \
	"and the road bridge has no pavement on the east side.</p>"
#define R1 "<p>The signed diversion for walkers is via the hill and the road bridge, using a temporary " \
	"footway they are putting on the west side from Monday.</p>"
#define R2 "<p>The clerk said the contractor hopes to have the deck in by the end of February if the " \
	"weather holds, so not long now.</p>"
#define POST(who, text) "<article><div class=\"PostUser\"><h3>" who "</h3></div>" \
	"<div class=\"Post-body\">" text "</div></article><hr>"
#define THREAD POST("Gwen", P1 P2) POST("Derek", R1) POST("Priya", R2)
#define NOSCRIPT(inner) "<noscript><div class=\"container\"><h1>Footbridge closed until March</h1><div>" \
	inner "</div></div></noscript>"

static void
noscript_story(void)
{
	test_page_body_is(HEAD NOSCRIPT(THREAD) TAIL, PAGE_URL, 2,
	    "The council has shut the footbridge over the river until at least March while the deck is "
	    "replaced, and there is no sign saying where walkers should go instead.",
	    "For those of us on the far side this was the only flat way to the surgery and the shop, and "
	    "the road bridge has no pavement on the east side.",
	    "a <noscript> holding a headline and a thread is the story: its opening post");
	test_page_body_is(HEAD "<noscript><div class=\"Alert\"><p>This site is best viewed in a modern "
	    "browser with JavaScript enabled.</p></div></noscript>"
	    "<article><h1>Footbridge closed until March</h1>" P1 P2 "</article>" TAIL, PAGE_URL, 2,
	    NULL, "For those of us on the far side this was the only flat way to the surgery and the shop, "
	    "and the road bridge has no pavement on the east side.",
	    "... a <noscript> notice with no headline stays hidden");
}

static void
thread_cards(void)
{
	/* a list of cards under linked headings, shown, is no thread */
	test_page_body_is(HEAD "<article class=\"story\"><h1>Footbridge closed until March</h1>" P1 P2
	    "</article><section><h2>More news</h2><div>"
	    "<article><h3><a href=\"/d/10\">Diversion signs go up</a></h3>" R1 "</article><hr>"
	    "<article><h3><a href=\"/d/11\">Deck arrives early</a></h3>" R2 "</article></div></section>" TAIL,
	    PAGE_URL, 2, NULL, NULL, "... outside a <noscript> cards under linked headings are left alone");
	test_page_body_is(HEAD NOSCRIPT(
	    "<article><h3><a href=\"/d/10\">Diversion signs go up</a></h3>" P1 "</article><hr>"
	    "<article><h3><a href=\"/d/11\">Deck arrives early</a></h3>" P2 "</article>") TAIL,
	    PAGE_URL, 2, NULL, NULL,
	    "... inside one, cards under linked headings are no thread: both kept");
}

#define SHOP_URL "https://bakery.example/blogs/news/scone-morning"
#define HERO(mark) "<html><head><meta charset=\"utf-8\"><title>Scone morning</title></head><body>" \
	"<main><article class=\"article-template\" itemscope itemtype=\"http://schema.org/BlogPosting\">" \
	"<div class=\"article-template__hero-container\"><div class=\"media\"" mark ">" \
	"<img src=\"//bakery.example/cdn/shop/articles/quay.jpg?width=1100\" alt=\"A queue on the quay\">" \
	"</div></div><header><h1>Scone morning raises money for the lifeboat</h1>" \
	"<span><time datetime=\"2026-11-28T10:30:00Z\">November 28, 2026</time></span>" \
	"<span itemprop=\"author\">Aoife Redmond</span></header>" \
	"<div class=\"rte\" itemprop=\"articleBody\">" P1 P2 "</div></article></main></body></html>"

/* Checks the count of pictures of the page and the first one's address. */
static void
images_are(const char *html, size_t n, const char *first, const char *what)
{
	struct page *p = test_page_of(html, SHOP_URL);

	tap_int((long)p->nimages, (long)n, what);
	if (first != NULL)
		tap_str(p->nimages > 0 ? p->images[0].src : NULL, first, what);
	page_free(p);
}

static void
schema_image_cover(void)
{
	images_are(HERO(" itemprop=\"image\""), 1, "https://bakery.example/cdn/shop/articles/quay.jpg?width=1100",
	    "a picture alone in the post's itemprop=\"image\" block over the headline is its cover");
	images_are(HERO(""), 0, NULL,
	    "... the same block unmarked, of no cover's class, stays none");
}

int
main(void)
{
	noscript_story();
	thread_cards();
	schema_image_cover();
	return tap_done();
}
