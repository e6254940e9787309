/* unit_extract_unseen66en: the kinds of layout the sixty-sixth English
 * blind round (unseen66en-*) found wanting: a blog host's post (Hashnode)
 * whose cards of the blog's other posts stand under "More articles",
 * each with a byline of name and date over its summary, and whose cover
 * picture over the headline is the og:image file at another size. */
#include "config.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_test.h"
#include "page.h"
#include "tap.h"
#include "util.h"

#define PAGE_URL "https://ledger.example/mill-pond-dredging"
#define HEAD(og) "<html><head><meta charset=\"utf-8\"><title>Mill pond dredging starts in March</title>" \
	"<meta property=\"og:image\" content=\"" og "\"></head><body>"
#define P1 "<p>Dredging of the Mill Pond will start in March after the town board approved the last of the permits on Tuesday night.</p>"
#define P2 "<p>Crews will pump about four thousand cubic yards of silt from the pond and spread it on the old fairground to dry.</p>"
#define P3 "<p>The trail along the east bank will be closed for about six weeks while the pipes are in place, the highway clerk said.</p>"
#define STORY(og, src) HEAD(og) "<main><article><div class=\"col\"><div class=\"relative\"><img alt=\"Mill pond\" " \
	"src=\"" src "\"></div><div class=\"mt-6\"><h1>Mill pond dredging starts in March</h1></div>" \
	"<div class=\"meta\"><a href=\"https://host.example/@jwren\">June Wren</a> · <span>Dec 2, 2026</span></div></div>" \
	"<div id=\"post-content\" class=\"prose\">" P1 P2 P3 "</div></article>"
#define CARD(slug, title, meta, summary) "<div class=\"card\"><h3><a href=\"/" slug "\">" title "</a></h3>" \
	"<p class=\"meta\">" meta "</p><p><a href=\"/" slug "\">" summary "</a></p></div>"
#define MORE(heading, meta1, summary1) STORY("https://cdn.example/a/pond.jpeg", "https://cdn.example/a/pond.jpeg") \
	"</main><section><h2>" heading "</h2>" \
	CARD("fairground-lease", "Fairground lease goes to the 4-H club", meta1, summary1) \
	CARD("snow-plow-bids", "Snow plow bids come in under budget", "June Wren · Nov 18, 2026", \
	"The board picked the lowest of three bids for the new truck.") "</section></body></html>"

static long
cover_count(const char *html)
{
	struct page *p = test_page_of(html, PAGE_URL);
	long n = (long)p->nimages;

	page_free(p);
	return n;
}

static void
cover_at_another_size(void)
{
	tap_int(cover_count(STORY("https://cdn.example/u/v17/pond.jpeg?w=1200&amp;h=630&amp;fit=crop",
	    "https://cdn.example/u/v17/pond.jpeg?w=1600&amp;h=840") "</main></body></html>"), 1,
	    "a cover over the headline, the og:image file sized by another query, is the story's picture");
	tap_int(cover_count(STORY("https://cdn.example/photo.php?id=5", "https://cdn.example/photo.php?id=6")
	    "</main></body></html>"), 0,
	    "... a script's address names its picture in the query: another id is another picture");
}

static void
more_articles_cards(void)
{
	struct page *p = test_page_of(MORE("More articles", "June Wren · Nov 29, 2026",
	    "The club will run the summer fair there for the next five years."), PAGE_URL);

	tap_int((long)p->related.n, 2, "\"More articles\" alone over cards after a post heads its related list");
	tap_str(p->related.n > 0 ? p->related.v[0].snippet : NULL,
	    "The club will run the summer fair there for the next five years.",
	    "a card's byline, NAME · DATE, is no part of its snippet");
	tap_str(p->related.n > 0 ? p->related.v[0].date : NULL, "2026-11-29", "... its date is the item's");
	page_free(p);
	p = test_page_of(MORE("More articles", "Fairground · the lease vote",
	    "The club will run the summer fair there for the next five years."), PAGE_URL);
	tap_str(p->related.n > 0 ? p->related.v[0].snippet : NULL,
	    "Fairground · the lease vote The club will run the summer fair there for the next five years.",
	    "... a line parted by a dot with no date after it stays the snippet's");
	page_free(p);
	test_page_related_count(MORE("Recent articles", "June Wren · Nov 29, 2026", "The club will run the summer fair."),
	    PAGE_URL, 0, "... \"Recent articles\", a blog's latest, heads no related list");
}

int
main(void)
{
	cover_at_another_size();
	more_articles_cards();
	return tap_done();
}
