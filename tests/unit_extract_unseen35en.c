/* unit_extract_unseen35en: the kinds of layout the thirty-fifth English
 * blind round (unseen35en-*) found wanting: a club platform's "Published
 * by NAME" and its "More news from CLUB" box; a theme's "Similar Posts"
 * carousel whose slides are its cards; a Drupal field's label for screen
 * readers ("Image") read as a line of the story. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define PAGE_URL "https://www.harbridgerfc.example/news/derby-2914507.html"
#define HEAD "<html><head><meta charset=\"utf-8\"><title>Derby</title></head><body>"
#define H1 "<h1>1st XV edge Thornleigh in derby thriller</h1>"
#define P1 "<p>A late penalty from fly-half Owen Caddick settled a bruising derby at Brook Meadow on " \
	"Saturday, keeping Harbridge in touch with the top three.</p>"
#define P2 "<p>Thornleigh started the brighter and were ten points up inside a quarter of an hour, " \
	"their pack driving over from a lineout five metres out.</p>"
#define P3 "<p>The home side found their way back through the scrum, and the hooker finished off the " \
	"maul before the break to level it.</p>"
#define STORY HEAD H1 "<div class=\"article-body\">" P1 P2 P3 "</div>"
#define CARD(n, t) "<li><a href=\"/news/item-" #n ".html\"><h4>" t "</h4><span>1" #n " Jan 2026</span></a></li>"
#define CARDS CARD(1, "Colts fall short at Wellsford") CARD(2, "Minis festival returns on 1 February") \
	CARD(3, "2nd XV hit 50 against Ashcombe")

static void
published_by(void)
{
	test_author_is(HEAD H1 "<div class=\"meta\"><span class=\"news-article__author\">Published by Tom Pryce"
	    "</span> <span>Sat 10 Jan 2026, 18:42</span></div><div class=\"article-body\">" P1 P2 P3
	    "</div></body></html>", "Tom Pryce", "a writer's \"Published by NAME\" names NAME alone");
	test_author_is(HEAD H1 "<div class=\"meta\"><span class=\"news-article__author\">Tom Pryce"
	    "</span></div><div class=\"article-body\">" P1 P2 P3 "</div></body></html>", "Tom Pryce",
	    "... and a writer's bare name stays as it is");
}

static void
more_news_from(void)
{
	test_page_related_count(STORY "<section><h3>More news from Harbridge RFC</h3><ul>" CARDS
	    "</ul></section></body></html>", PAGE_URL, 3, "\"More news from CLUB\" heads the club's related list");
	test_page_related_count(STORY "<section><h3>More news from home</h3><ul>" CARDS
	    "</ul></section></body></html>", PAGE_URL, 0, "... \"More news from\" a lowercase word heads none");
}

#define SLIDE(n, t) "<div class=\"carousel-item\"><article class=\"entry loop-entry\"><header><h3>" \
	"<a href=\"/2025/12/0" #n "/item-" #n "/\">" t "</a></h3><time datetime=\"2025-12-0" #n "\">December " \
	#n ", 2025</time></header></article></div>"
#define SLIDES SLIDE(1, "Radiothon Raises $286,000 for Maternity Ward") \
	SLIDE(2, "Tree of Lights Shines for 30th Year") SLIDE(3, "Golf Classic Tees Up a New Dialysis Chair")

static void
similar_carousel(void)
{
	test_page_related_count(STORY "<div class=\"entry-related\"><h2>Similar Posts</h2><div class=\"related-"
	    "carousel splide\"><div class=\"splide__list\">" SLIDES "</div></div></div></body></html>", PAGE_URL, 3,
	    "a \"Similar Posts\" carousel's slides are its related cards");
	test_page_related_count(STORY "<div class=\"entry-related\"><h2>Similar Posts</h2><ul>" CARDS "</ul>"
	    "</div></body></html>", PAGE_URL, 3, "... and so is a plain list under \"Similar Posts\"");
	test_page_related_count(STORY "<div class=\"entry-related\"><h2>Related Posts</h2><ul>" CARDS "</ul>"
	    "<div class=\"sponsor-carousel\"><div class=\"carousel-inner\"><a href=\"/sponsors/ales.html\">"
	    "Harbridge Ales, brewing for the club since 1998</a></div></div></div></body></html>", PAGE_URL, 3,
	    "... a carousel the list runs on into still ends it");
}

#define FIELD(cls) "<div class=\"field field--name-field-image\"><div class=\"" cls "\">Image</div>" \
	"<div class=\"field__item\"><img src=\"/files/lab.jpg\" alt=\"The lab\"></div></div>"

static void
offscreen_label(void)
{
	page_body_is(HEAD H1 "<div class=\"article-body\">" P1 P2 FIELD("field__label visually-hidden") P3
	    "</div></body></html>", 3, NULL, NULL, "a field's label for screen readers alone is no line");
	page_body_is(HEAD H1 "<div class=\"article-body\">" P1 P2 "<p>Image</p>" P3 "</div></body></html>", 4,
	    NULL, NULL, "... a short line every reader sees stays");
}

int
main(void)
{
	published_by();
	more_news_from();
	similar_carousel();
	offscreen_label();
	return tap_done();
}
