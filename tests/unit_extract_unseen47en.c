/* unit_extract_unseen47en: the kinds of layout the forty-seventh English
 * blind round (unseen47en-*) found wanting: a small paper's table pager
 * "« Prev: TITLE"; Plone's DC.date.created meta, its related items'
 * descriptions in the links' title attributes, and its news image in a
 * link to a view of the picture under the story's own address; a news
 * theme's (ZoxNews's) author box under the text, its schema.org
 * publisher logo inside the story's container, and its featured image
 * with the caption set after it, outside it. */
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
#define P3_TEXT "City administrator Glen Hostetler told the council that an inspection last fall found rust " \
	"through the bowl in two places and cracks in the ladder cage."
#define PAGE_URL "https://ogbesechronicle.example/2026/01/14/assembly-passes-budget/"
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

#define BIO(cls) HEAD BODY H1 "<div class=\"post-body\">" P1 P2 P3 "<div class=\"" cls "\"><p>Darla " \
	"Pruitt covers the city council and the county commission for the Harlan Creek Ledger.</p></div>" \
	"</div></body></html>"

static void
author_bio(void)
{
	page_body_is(BIO("mvp-author-box-text"), 3, NULL, P3_TEXT,
	    "the box about the writer under the text is no line of the story");
	page_body_is(BIO("post-note"), 4, NULL, NULL, "... a closing block of another class stays");
}

#define ORG(prop) "<div itemprop=\"publisher\" itemscope><div " prop "><img src=\"/logo.png\"></div></div>"
#define LOGO(prop) HEAD BODY H1 "<div class=\"post-body\"><div class=\"post-text\">" P1 P2 P3 "</div>" \
	ORG(prop) "</div></body></html>"

static void
publisher_logo(void)
{
	struct page *p = test_page_of(LOGO("itemprop=\"logo\" itemscope"), PAGE_URL);

	tap_int((long)p->nimages, 0, "the publisher's logo schema.org marks in the story's box is no picture");
	page_free(p);
	p = test_page_of(LOGO("class=\"org-pic\""), PAGE_URL);
	tap_int((long)p->nimages, 1, "... an unmarked picture there stays");
	page_free(p);
}

#define FEAT "<div id=\"post-feat-img\"><img width=\"1000\" height=\"600\" src=\"/up/plenary.jpg\" " \
	"class=\"attachment- wp-post-image\" alt=\"Members at plenary\"></div>"
#define CAPTIONED(feat) HEAD BODY H1 "<div id=\"post-content\">" feat "<span class=\"post-img-cap\">" \
	"Members of the Assembly at Tuesday's plenary. Photo: Assembly Press Unit</span><div id=\"content-wrap\">" \
	"<div class=\"soc-out\"><div class=\"soc-in\"><div id=\"content-body\"><div id=\"content-top\">" \
	"<div id=\"content-main\">" P1 P2 P3 "</div><div class=\"tags\"><a href=\"/tag/a/\">Budget</a></div>" \
	"</div></div></div></div></div><ul class=\"more\"><li><a href=\"/a/\">Assembly confirms three " \
	"commissioners</a></li><li><a href=\"/b/\">Polls date fixed</a></li></ul></div></body></html>"

static void
cover_caption(void)
{
	struct page *p = test_page_of(CAPTIONED(FEAT), PAGE_URL);

	tap_int((long)p->nimages, 1, "a featured image with its caption set after it, outside it, is the cover");
	page_free(p);
	p = test_page_of(CAPTIONED("<div id=\"post-feat-img\"><img width=\"1000\" height=\"600\" "
	    "src=\"/up/plenary.jpg\" alt=\"Members at plenary\"></div>"), PAGE_URL);
	tap_int((long)p->nimages, 0, "... a picture of no featured class before the caption is none, as before");
	page_free(p);
}

int
main(void)
{
	prev_colon();
	dc_created();
	tooltip_description();
	own_view();
	author_bio();
	publisher_logo();
	cover_caption();
	return tap_done();
}
