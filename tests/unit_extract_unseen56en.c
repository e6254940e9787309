/* unit_extract_unseen56en: the kinds of layout the fifty-sixth English
 * blind round (unseen56en-*) found wanting: Drupal's and Backdrop's node
 * footer "Submitted by NAME on Wed, 11/25/2026 - 08:15" (the role, and a
 * day's name after " on "); a views block's created field run into its
 * card ("Thu, 10/29/2026 - 16:05": the day's name and the clock are no
 * snippet); an image field of no cover's class over its credit's field
 * over the body's (the lead picture); a related heading said again in a
 * second tongue in a span of its own lang ("More News <span lang=iu>…"). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "page.h"
#include "tap.h"
#include "util.h"

#define URL "https://paper.example/news/2026/feed-swap"
#define HEAD "<html><head><meta charset=\"utf-8\"><title>Farmers swap feed | The Courier</title></head><body>"
#define H1 "<h1 class=\"page-title\">Farmers swap feed as hay runs short</h1>"
#define P1 "<p>Dairy and beef farmers around the valley have started trading silage among themselves as " \
	"the price of hay climbs past four hundred dollars a tonne.</p>"
#define P2 "<p>More than thirty farms have signed up to a swap list set up last month by the landcare " \
	"group, which matches farms with spare feed to their neighbours.</p>"
#define P3 "<p>A farmer on the river flats said a wet spring on his low paddocks had left him with far " \
	"more silage than he needed this year.</p>"
#define BODY "<div class=\"field field-name-body\"><div class=\"field-items\"><div class=\"field-item\">" \
	P1 P2 P3 "</div></div></div>"
#define NODE(footer, lead) HEAD H1 "<article class=\"node node-article\"><footer><p class=\"submitted\">" \
	footer "</p></footer><div class=\"content\">" lead BODY "</div></article></body></html>"

static void
author_is(const char *html, const char *want, const char *what)
{
	struct page *p = test_page_of(html, URL);

	tap_str(p->author, want, what);
	page_free(p);
}

static void
submitted_by(void)
{
	author_is(NODE("Submitted by <a href=\"/accounts/rp\" class=\"username\">Rosalind Pearce</a> on "
	    "Wed, 11/25/2026 - 08:15", ""), "Rosalind Pearce",
	    "Drupal's \"Submitted by NAME on Wed, DATE\" names the writer");
	author_is(NODE("Posted by Rosalind Pearce on Wed, 25 November 2026", ""), "Rosalind Pearce",
	    "... a day's name after \" on \", then the date, ends the name");
	author_is(NODE("Submitted by admin on Wed, 11/25/2026 - 08:15", ""), NULL,
	    "... an account's name in lower case names no one");
	author_is(NODE("Submitted by admin on Tue, 13/01/2026 - 14:05</p><p>By Grace Atuhaire, District "
	    "Communications Officer", ""), "Grace Atuhaire",
	    "... and the byline under an account's footer names the writer still");
	author_is(NODE("Posted by Rosalind Pearce on Wednesday night", ""), NULL,
	    "... a day's name with no date after it is a sentence's");
}

#define CARD(path, title, meta, text) "<div class=\"views-row\"><div class=\"views-field-title\">" \
	"<a href=\"" path "\">" title "</a></div><div class=\"views-field-created\">" meta "</div>" \
	"<div class=\"views-field-body\">" text "</div></div>"
#define RELATED(m1, m2) NODE("By Rosalind Pearce", "") "<div class=\"block\"><h2>Related stories</h2>" \
	CARD("/news/2026/feed-prices-record", "Feed prices hit record at winter sales", m1, \
	"Agents say buyers came from as far as the north-west coast for lucerne.") \
	CARD("/news/2026/drought-grants-open", "Drought grants open to valley farmers", m2, \
	"Grants can be spent on water, fodder storage or fencing.") "</div>"

static void
snippet_is(const char *html, const char *want, const char *what)
{
	struct page *p = test_page_of(html, URL);

	tap_str(p->related.n > 0 ? p->related.v[0].snippet : "(no related)", want, what);
	page_free(p);
}

static void
views_created(void)
{
	snippet_is(RELATED("Thu, 10/29/2026 - 16:05", "Mon, 10/12/2026 - 09:30"),
	    "Agents say buyers came from as far as the north-west coast for lucerne.",
	    "a card's \"Thu, 10/29/2026 - 16:05\": neither the day's name nor the clock is snippet");
	snippet_is(RELATED("10/29/2026", "10/12/2026"),
	    "Agents say buyers came from as far as the north-west coast for lucerne.",
	    "... a date alone goes as before");
}

#define FIELD_IMG "<div class=\"field field-name-field-image\"><div class=\"field-items\"><div " \
	"class=\"field-item\"><img src=\"/files/styles/large/bales.jpg\" alt=\"Wrapped silage bales by a " \
	"shed\" width=\"900\" height=\"600\"></div></div></div>"

static void
images_are(const char *html, size_t n, const char *first, const char *what)
{
	struct page *p = test_page_of(html, URL);

	tap_int((long)p->nimages, (long)n, what);
	if (first != NULL)
		tap_str(p->nimages > 0 ? p->images[0].src : "(none)", first, what);
	page_free(p);
}

static void
image_field_over_credit(void)
{
	images_are(NODE("By Rosalind Pearce", FIELD_IMG "<div class=\"field field-name-field-photo-credit\">"
	    "The farmer has bales to spare after a wet spring. Picture: Tom Guidici</div>"), 1,
	    "https://paper.example/files/styles/large/bales.jpg",
	    "an image field over its credit's field over the body: the lead picture");
	images_are(NODE("By Rosalind Pearce", FIELD_IMG "<div class=\"field field-name-field-kicker\">"
	    "Farming news from around the valley</div>"), 0, NULL,
	    "... a bare picture over a short block of no caption's class is no cover by this rule");
}

#define MORE(heading) HEAD "<main><article><h1>Arena ice goes in early after cold snap</h1>" \
	"<div class=\"note text\">" P1 P2 P3 "</div></article><section class=\"more-news\"><h2>" heading \
	"</h2><ul><li><a href=\"/news/new-water-truck\">New water truck arrives on the sealift</a>" \
	"<p>The second truck means deliveries keep going.</p></li><li><a href=\"/news/youth-centre-late\">" \
	"Youth centre to stay open late on Fridays</a><p>Drop-in hours now run until eleven.</p></li>" \
	"</ul></section></main></body></html>"

static void
second_tongue_heading(void)
{
	test_page_related_count(MORE("More News <span lang=\"iu\">ᑐᓴᒐᒃᓴᑦ ᐊᓯᖏᑦ</span>"), URL, 2,
	    "\"More News\" said again in a span of its own lang heads a related list");
	test_page_related_count(MORE("More News"), URL, 2, "... as \"More News\" alone does");
	test_page_related_count(MORE("More Local <span class=\"accent\">News</span>"), URL, 0,
	    "... a span of no lang is read with the heading (\"More Local News\", a section)");
}

int
main(void)
{
	submitted_by();
	views_created();
	image_field_over_credit();
	second_tongue_heading();
	return tap_done();
}
