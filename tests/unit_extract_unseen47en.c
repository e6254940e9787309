/* unit_extract_unseen47en: the kinds of layout the forty-seventh English
 * blind round (unseen47en-*) found wanting: a small paper's table pager
 * "« Prev: TITLE"; Plone's DC.date.created meta, its related items'
 * descriptions in the links' title attributes, and its news image in a
 * link to a view of the picture under the story's own address. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_tooltip.h"
#include "extract_words.h"
#include "page.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Water tower</title>"
#define BODY "</head><body>"
#define H1 "<h1>Council votes to replace 1958 water tower</h1>"
#define P1 "<p>Harlan Creek will replace the water tower that has stood over Mill Street since 1958, the " \
	"city council decided Monday night in a 4-1 vote.</p>"
#define P2 "<p>The new tower, a 250,000-gallon tank on a single steel pedestal, would be built on city " \
	"land just east of the old one, and the old tower taken down once it is filled.</p>"
#define P3 "<p>City administrator Glen Hostetler told the council that an inspection last fall found rust " \
	"through the bowl in two places and cracks in the ladder cage.</p>"
#define STORY H1 "<div class=\"storytext\">" P1 P2 P3 "</div>"

#define TABLE_PAGER(prev) HEAD BODY STORY "<table class=\"prevnext\"><tr><td><a href=\"/story.asp?id=20398\">" \
	prev "</a></td><td><a href=\"/story.asp?id=20421\">Next: Prairie Rose Cafe to reopen under new " \
	"owners &raquo;</a></td></tr></table></body></html>"

static void
prev_colon(void)
{
	test_nav_is(TABLE_PAGER("&laquo; Prev: County eyes study of jail expansion"),
	    "County eyes study of jail expansion", "Prairie Rose Cafe to reopen under new owners",
	    "a table pager's shortened \"Prev: TITLE\" labels the previous story");
	test_nav_is(TABLE_PAGER("Preview: County eyes study of jail expansion"),
	    NULL, "Prairie Rose Cafe to reopen under new owners",
	    "... a title opening \"Preview:\" is no label");
}

#define PLONE(meta) HEAD "<meta name=\"" meta "\" content=\"2026-01-13T10:15:08+01:00\">" BODY H1 \
	"<div class=\"documentByLine\"><span class=\"documentAuthor\">by Marija Grech</span> " \
	"<span class=\"documentPublished\">&mdash; <span>published</span> <span>Jan 13, 2026 10:15 AM" \
	"</span></span></div><div id=\"parent-fieldname-text\">" P1 P2 P3 "</div></body></html>"

static void
dc_created(void)
{
	test_published_is(PLONE("DC.date.created"), "2026-01-13T10:15:08+01:00",
	    "Plone's DC.date.created gives the printed time its seconds and zone");
	test_published_is(PLONE("DC.date.modified"), "2026-01-13T10:15",
	    "... its DC.date.modified dates an edit and gives none");
}

static void
tooltip_description(void)
{
	tap_int(tooltip_is_title("Resurfacing programme for 2026 approved",
	    "Eleven streets are included in the council's resurfacing programme for 2026."), 0,
	    "a related link's title attribute of a sentence describes the story its text names whole");
	tap_int(tooltip_is_title("Resurfacing programme", "Resurfacing programme for 2026 approved."), 1,
	    "... a text cut from the attribute still takes it as the title");
	tap_int(tooltip_is_title("Read more", "Eleven streets are included in the programme."), 1,
	    "... and so does a label's");
}

#define ITEM "https://www.halmirsun-lc.example/news/road-closure"
#define NEWS_IMAGE(href) HEAD BODY H1 "<div id=\"content-core\"><div class=\"newsImageContainer\"><a href=\"" \
	href "\"><img src=\"" ITEM "/@@images/image/preview\" alt=\"Road closure\" height=\"300\" " \
	"width=\"400\"></a></div><div id=\"parent-fieldname-text\">" P1 P2 P3 "</div></div></body></html>"

static void
own_view(void)
{
	struct page *p = test_page_of(NEWS_IMAGE(ITEM "/image_view_fullscreen"), ITEM);

	tap_int((long)p->nimages, 1, "a picture linked to its view under the story's own address is the story's");
	page_free(p);
	p = test_page_of(NEWS_IMAGE("https://www.halmirsun-lc.example/news/bin-days"), ITEM);
	tap_int((long)p->nimages, 0, "... one linked to another page stays a banner");
	page_free(p);
	p = test_page_of(NEWS_IMAGE(ITEM "/diversion-map.pdf"), ITEM);
	tap_int((long)p->nimages, 0, "... and so does one linked to a document filed there");
	page_free(p);
}

int
main(void)
{
	prev_colon();
	dc_created();
	tooltip_description();
	own_view();
	return tap_done();
}
