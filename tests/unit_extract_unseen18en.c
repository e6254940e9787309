/* unit_extract_unseen18en: the kinds of layout the eighteenth English
 * blind round (unseen18en-*) found wanting: a blog platform's post
 * footer, its time an <abbr itemprop="datePublished"> whose title holds
 * the machine date (the microformats' abbr pattern); its "Posted by"
 * the blog's own account (the <title> opens "BLOG: POST"), which yields
 * to the reporter's "By NAME" line atop the text; a Joomla K2 item
 * header, its date and time set just above the headline in the
 * headline's own header block; its item navigation, "« TITLE" and
 * "TITLE »" side by side, the previous story and the next; a community
 * site's "Become a supporter" ask closing the text, no body; a row of
 * links after the story, each to a /tag/ page, under generated class
 * names (Medium), the story's tags; a byline's headshot whose alt is
 * the author's name, no picture of the story; a radio station's
 * "LOOK: ..." gallery embedded after the text, no body. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD(t) "<html><head><meta charset=\"utf-8\"><title>" t "</title></head><body>"
#define H3 "<h3 class=\"post-title\">Porgama market vendors move to new site</h3>"
#define P1 "<div>PORGAMA's roadside market vendors have begun moving to a new site at the old council depot, " \
	"two weeks after a landslip.</div>"
#define P2 "<div>About 140 vendors had been trading on the road shoulder since the slip closed the market " \
	"ground in October.</div>"
#define P3 "<div>The LLG manager said the depot site was safer and would have water tanks and toilets by the " \
	"end of the month.</div>"
#define BY "<div><b>By JACINTA WAPI</b></div>"
#define FOOT(d) "<div class=\"post-footer\">Posted by <span class=\"fn\" itemprop=\"author\"><a rel=\"author\" " \
	"href=\"/profile/1\">Highlands Courier</a></span> at " d "</div>"

static void
abbr_title_date(void)
{
	test_published_is(HEAD("Porgama market vendors move") H3 "<div class=\"post-body\">" P1 P2 P3 "</div>"
	    "<abbr class=\"published\" itemprop=\"datePublished\" title=\"2025-11-04T10:15:00+10:00\">10:15 AM</abbr>"
	    "</body></html>", "2025-11-04T10:15:00+10:00",
	    "an abbr marked datePublished gives the machine date of its title");
	test_published_is(HEAD("Porgama market vendors move") H3 "<div class=\"post-body\">" P1 P2 P3 "</div>"
	    "<span itemprop=\"datePublished\" title=\"2025-11-04T10:15:00+10:00\">last week</span>"
	    "</body></html>", NULL, "... but a span's title is no date of it");
}

static void
site_account_yields(void)
{
	test_author_is(HEAD("Highlands Courier: Porgama market vendors move") H3 "<div class=\"post-body\">" BY
	    P1 P2 P3 "</div>" FOOT("10:15 AM") "</body></html>", "JACINTA WAPI",
	    "a Posted by the title names as the blog yields to the By line atop the text");
	test_body_count(HEAD("Highlands Courier: Porgama market vendors move") H3 "<div class=\"post-body\">" BY
	    P1 P2 P3 "</div>" FOOT("10:15 AM") "</body></html>", 3, "... and the By line is no body");
	test_author_is(HEAD("Porgama market vendors move: Highlands Courier") H3 "<div class=\"post-body\">" BY
	    P1 P2 P3 "</div>" FOOT("10:15 AM") "</body></html>", "Highlands Courier",
	    "... but a marked name the title does not open on with a colon stays the author");
}

#define K2HEAD "<html><head><meta charset=\"utf-8\"><title>Galwatta hospital gets new dialysis unit</title></head>" \
	"<body><div class=\"top\">Tuesday, 04 November 2025</div><ul class=\"menu\"><li><a href=\"/\">Home</a></li>" \
	"<li><a href=\"/regional\">Regional</a></li></ul>"
#define K2BODY "<div class=\"itemBody\"><p>Patients with chronic kidney disease in Galwatta will no longer have " \
	"to travel to Matara for treatment.</p><p>The unit, built at a cost of Rs. 85 million, was funded by the " \
	"Provincial Council.</p><p>About 60 patients had been making the trip to Matara two or three times a " \
	"week.</p></div>"

static void
date_in_item_header(void)
{
	test_published_is(K2HEAD "<div class=\"itemHeader\"><span class=\"itemDateCreated\">Tuesday, 04 November "
	    "2025 09:20</span><h2 class=\"itemTitle\">Galwatta hospital gets new dialysis unit</h2></div>" K2BODY
	    "</body></html>", "2025-11-04T09:20",
	    "a date and time just above the headline in its header block is the story's");
	test_published_is(K2HEAD "<div class=\"itemHeader\"><span class=\"itemDateCreated\">Tuesday, 04 November "
	    "2025</span><h2 class=\"itemTitle\">Galwatta hospital gets new dialysis unit</h2></div>" K2BODY
	    "</body></html>", NULL, "... but a day alone there (a top bar's today) is not");
}

#define PREV "<a class=\"itemPrevious\" href=\"/regional/item/40502-weligama-harbour-lights\">&laquo; " \
	"Weligama fishermen get new harbour lights</a>"
#define NEXT "<a class=\"itemNext\" href=\"/regional/item/40527-deniyaya-road-repaired\">Deniyaya tea estate " \
	"road repaired &raquo;</a>"

static void
arrow_pair_nav(void)
{
	test_nav_is(K2HEAD "<h2>Galwatta hospital gets new dialysis unit</h2>" K2BODY "<div class=\"itemNavigation\">"
	    "<span>More in this category:</span> " PREV " " NEXT "</div></body></html>",
	    "Weligama fishermen get new harbour lights", "Deniyaya tea estate road repaired",
	    "a « TITLE link beside a TITLE » link: the previous story and the next");
	test_nav_is(K2HEAD "<h2>Galwatta hospital gets new dialysis unit</h2>" K2BODY "<div class=\"back\">"
	    PREV "</div></body></html>", NULL, NULL, "... but a « link alone is no pair");
}

#define ASK(a) "<div class=\"support\"><p><strong>Support local journalism.</strong> LoonToday is free to " \
	"read. <a href=\"/support\">" a "</a> for as little as $5 a month.</p></div>"

static void
supporter_ask(void)
{
	test_body_count(K2HEAD "<h2>Galwatta hospital gets new dialysis unit</h2><div class=\"story\">" K2BODY
	    ASK("Become a supporter") "</div></body></html>", 3, "a Become a supporter ask after the text is no body");
	test_body_count(K2HEAD "<h2>Galwatta hospital gets new dialysis unit</h2><div class=\"story\">" K2BODY
	    ASK("Read the council's report") "</div></body></html>", 4, "... but the same box linking no ask stays");
}

/* how many tags the K2 story followed by the block html gives */
static long
tags_after(const char *html)
{
	struct ctx c;
	char *page = xasprintf("%s<h2>Galwatta hospital gets new dialysis unit</h2><article>%s</article>%s"
	    "</body></html>", K2HEAD, K2BODY, html);
	long n;

	test_story(&c, page);
	extract_tags(&c);
	n = (long)c.page->tags.n;
	test_doc_free(&c);
	free(page);
	return n;
}

static void
tag_path_row(void)
{
	tap_int(tags_after("<div class=\"po pp ab\"><a href=\"https://medium.example/tag/public-transit?source=post\">"
	    "<div class=\"ps ed\">Public Transit</div></a><a href=\"https://medium.example/tag/local-news\">"
	    "<div class=\"ps ed\">Local News</div></a></div>"), 2,
	    "a row of links each to a /tag/ page after the story gives its tags");
	tap_int(tags_after("<div class=\"po pp ab\"><a href=\"https://medium.example/tag/public-transit\">"
	    "Public Transit</a><a href=\"https://medium.example/@almareyes\">Alma Reyes</a></div>"), 0,
	    "... but a row with a link elsewhere gives none");
}

#define VHEAD "<html><head><meta charset=\"utf-8\"><title>Ferry dock repairs to wrap up early</title>" \
	"<meta name=\"author\" content=\"Marie Tessier\"></head><body><h1>Ferry dock repairs to wrap up early</h1>"
#define SHOT(alt) "<div class=\"details\"><div class=\"details-byline-img\"><img src=\"/staff/mt.jpg\" " \
	"width=\"400\" height=\"300\" alt=\"" alt "\"></div>"
#define VSTORY "<p>Repairs to the Loon Harbour ferry dock are running about a month " \
	"ahead of schedule, the township said.</p><p>The Island Queen has been loading at the temporary landing " \
	"since August, when the dock closed.</p><p>The township will post the reopening date on its website " \
	"and at the landing.</p></div>"

static void
author_headshot(void)
{
	tap_int(test_story_images(xasprintf(VHEAD SHOT("Marie Tessier") VSTORY "</body></html>")), 0,
	    "a picture whose alt is the author's name is the byline's headshot");
	tap_int(test_story_images(xasprintf(VHEAD SHOT("Marie Tessier on the ferry dock in August") VSTORY
	    "</body></html>")), 1, "... but one whose alt says more than the name stays");
}

#define GALLERY "<div class=\"gallery\"><p>Stacker compiled a list of the best small towns to live in every " \
	"state using data from Niche.</p><p>Iowa: Pella. Population: 10,556. Pella is known for its Dutch " \
	"heritage.</p></div>"

static void
look_gallery(void)
{
	test_body_count(VHEAD "<div class=\"story\">" VSTORY "<h2>LOOK: The Best Small Towns to Live in Every State</h2>"
	    GALLERY "</div></body></html>", 3, "a LOOK: heading after the text starts an embedded gallery, no body");
	test_body_count(VHEAD "<div class=\"story\">" VSTORY "<p>LOOK: the council's map of the new routes is "
	    "online, the township said.</p>" GALLERY "</div></body></html>", 6,
	    "... but a paragraph opening on LOOK: stays, as does what follows it");
}

int
main(void)
{
	abbr_title_date();
	site_account_yields();
	date_in_item_header();
	arrow_pair_nav();
	supporter_ask();
	tag_path_row();
	author_headshot();
	look_gallery();
	return tap_done();
}
