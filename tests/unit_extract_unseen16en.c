/* unit_extract_unseen16en: the kinds of layout the sixteenth English
 * blind round (unseen16en-*) found wanting: a blog's or a site
 * builder's item pagination worded Older Post / Newer Post (the older
 * post is the previous one), an icon's arrow before the word; an
 * advertisement's picture in a slot set into the text under its label
 * ("Advertisement / Publicidad"); a broadcaster's tag box under
 * "Related topics" in lower case, no related list. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Art Walk moves to Front Street</title></head>" \
	"<body><h1>Art Walk moves to Front Street</h1>"
#define P1 "<p>Starting in December, the Art Walk will take over Front Street instead of six blocks of downtown.</p>"
#define P2 "<p>The events committee made the change after members said foot traffic dropped last winter.</p>"
#define P3 "<p>Twelve galleries and shops between Mill Avenue and Third Street have signed on as hosts.</p>"
#define STORY "<div class=\"story\">" P1 P2 P3 "</div>"
#define PAGER(a, b) "<section class=\"item-pagination\">" \
	"<a href=\"/news/newer-post\"><div class=\"icon\">" a "</div><div>Newer Post</div>" \
	"<h2>Shop Small Passport returns</h2></a>" \
	"<a href=\"/news/older-post\"><div>Older Post</div><h2>Three buildings win facade grants</h2>" \
	"<div class=\"icon\">" b "</div></a></section>"

static void
older_newer(void)
{
	test_nav_is(HEAD STORY PAGER("←", "→") "</body></html>", "Three buildings win facade grants",
	    "Shop Small Passport returns", "Older Post goes back, Newer Post forward, past an icon's arrow");
	test_nav_is(HEAD STORY "<section><a href=\"/news/older-post\"><div>Older Posts from the archive</div>"
	    "<h2>Three buildings win facade grants</h2></a></section></body></html>", NULL, NULL,
	    "... but a longer line starting with Older is no label");
}

#define AD(label) "<div class=\"slot\"><span>" label "</span><img src=\"/ads/seguros-300.jpg\" alt=\"Seguros\"></div>"
#define PIC "<img src=\"/img/flood.jpg\" alt=\"Water covers the street\">"

static void
ad_slot_picture(void)
{
	tap_int(test_story_images(xasprintf(HEAD "<div class=\"story\">" PIC P1 AD("Advertisement / Publicidad") P2 P3
	    "</div></body></html>")), 1, "a picture in a slot under an ad label is no story picture");
	tap_int(test_story_images(xasprintf(HEAD "<div class=\"story\">" PIC P1 "<div><span>Advertisement</span><a href=\"/x\">"
	    "<img src=\"/ads/a.jpg\" alt=\"Ad\"></a></div>" P2 P3 "</div></body></html>")), 1,
	    "... nor one in a link inside the slot");
	tap_int(test_story_images(xasprintf(HEAD "<div class=\"story\">" PIC P1 AD("Advertisement for the 1950 fair, "
	    "from the museum's collection") P2 P3 "</div></body></html>")), 2,
	    "... but a picture under a line that merely names an advertisement stays");
}

#define TOPICS(h) "<div class=\"tags\"><h2>" h "</h2><ul><li><a href=\"/topics/roads\">Road transport</a></li>" \
	"<li><a href=\"/topics/wendlebury\">Wendlebury</a></li><li><a href=\"/topics/council\">Leamshire County Council</a></li></ul></div>"
#define MORE "<section><h2>More on this story</h2><ul><li><a href=\"/news/articles/c0l4\">Cracks found in old canal bridge</a></li>" \
	"<li><a href=\"/news/articles/c8n3\">Village fears for shops as road works loom</a></li></ul></section>"

static void
related_topics(void)
{
	tap_int(test_story_related(xasprintf(HEAD "<article><div class=\"story\">" P1 P2 P3 "</div>" TOPICS("Related topics")
	    "</article>" MORE "</body></html>")), 2, "a tag box under Related topics is no related list: the list after it is");
	tap_int(test_story_related(xasprintf(HEAD "<article><div class=\"story\">" P1 P2 P3 "</div>" TOPICS("Related")
	    "</article></body></html>")), 3, "... but a list under Related alone still is");
}

int
main(void)
{
	older_newer();
	ad_slot_picture();
	related_topics();
	return tap_done();
}
