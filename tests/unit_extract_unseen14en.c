/* unit_extract_unseen14en: the kinds of layout the fourteenth English
 * blind round (unseen14en-*) found wanting: a chain daily's author label
 * of its own element ending in a colon ("Author of the article:") beside
 * the marked name; an ad slot's note that the story goes on under it in
 * a sentence of its own ("Article continues below this ad", "This
 * advertisement has not loaded yet, but your article continues below.");
 * a heading only screen readers see ("Article content") between the
 * paragraphs; the author's card (the name alone, a role, a bio) in a
 * block after the story; a lead picture's caption dated the day before
 * the byline's date; a lead picture over the byline's block and a share
 * bar of links; a local time shown in a <time> whose datetime is the
 * same moment in UTC; a related box of bare headline links. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Council trims bus route as riders fall</title></head>" \
	"<body><h1>Council trims bus route as riders fall</h1>"
#define P1 "<p>Riders on the city's busiest crosstown bus route will wait up to 20 minutes between buses from July.</p>"
#define P2 "<p>The change moves Route 12 from a bus every 12 minutes to every 20 outside of rush hour and on weekends.</p>"
#define P3 "<p>Transit staff told council that weekday ridership on the route averages 6,400 trips, down from 9,100.</p>"

static void
label_colon(void)
{
	test_author_is(HEAD "<div class=\"meta\"><span class=\"article-meta__author-label\">Author of the article:</span>"
	    "<span class=\"article-meta__author-name\"><a href=\"/author/dk\">Dana Kowalczyk</a></span></div>"
	    "<div class=\"story\">" P1 P2 P3 "</div></body></html>", "Dana Kowalczyk",
	    "an author's label ending in its colon, in an element of the author's class, is no name");
	test_author_is(HEAD "<div class=\"meta\"><span class=\"author\">Dana Kowalczyk</span></div>"
	    "<div class=\"story\">" P1 P2 P3 "</div></body></html>", "Dana Kowalczyk",
	    "... while the marked name without a colon is the author");
}

static void
ad_continues(void)
{
	test_body_count(HEAD "<div class=\"story\">" P1 "<div class=\"ad\"><p>Advertisement</p><p>Article continues below "
	    "this ad</p></div>" P2 "<div class=\"ad\"><p>This advertisement has not loaded yet, but your article "
	    "continues below.</p></div>" P3 "</div></body></html>", 3,
	    "an ad slot's note that the story goes on under it is no body");
	test_body_count(HEAD "<div class=\"story\">" P1 P2 "<p>The flooded tunnel continues below the dam.</p>" P3
	    "</div></body></html>", 4, "a story's line ending so but naming no advertisement stays");
}

static void
offscreen_heading(void)
{
	test_body_count(HEAD "<div class=\"story\"><h2 class=\"visually-hidden\">Article content</h2>" P1
	    "<h2 class=\"visually-hidden\">Article content</h2>" P2 P3 "</div></body></html>", 3,
	    "a heading only screen readers see between paragraphs is no body");
	test_body_count(HEAD "<div class=\"story\"><h2>Ridership falls</h2>" P1 "<h2>What comes next</h2>" P2 P3
	    "</div></body></html>", 5, "... while the story's own subheads stay");
}

#define BYLINE "<div class=\"byline\">By <a class=\"author\" href=\"/author/tr\">Tomas Reyes</a></div>"

static void
author_card(void)
{
	test_body_count(HEAD BYLINE "<article><div class=\"body\">" P1 P2 P3 "</div><div class=\"end\"><p>May 21, 2024"
	    "</p><div class=\"bio\"><a href=\"/author/tr\">Tomas Reyes</a><p>City Hall reporter</p><p>Tomas Reyes "
	    "covers City Hall and county government for the paper. Before joining it in 2021, he covered schools."
	    "</p></div></div></article></body></html>", 3, "the author's card in a block after the story is no body");
	test_body_count(HEAD BYLINE "<article><div class=\"body\">" P1 P2 "</div><div class=\"more\"><p>Tomas Reyes, "
	    "a driver on the route for nine years, said the cuts would leave riders waiting in the cold this winter."
	    "</p>" P3 "</div></article></body></html>", 4,
	    "a block after the text opening on a sentence naming the author joins the story");
}

/* the published time test_byline finds under a lead picture captioned
 * caption, over a byline line info */
static void
published_is(const char *caption, const char *info, const char *want, const char *what)
{
	struct ctx c;
	char *html = xasprintf("%s<figure><img src=\"/i/c.jpg\" alt=\"\"><figcaption>%s</figcaption></figure>"
	    "<div class=\"meta\"><p>By <span class=\"author\">Ann Lee</span></p>%s</div><div class=\"story\">%s%s%s"
	    "</div></body></html>", HEAD, caption, info, P1, P2, P3);

	test_byline(&c, html);
	tap_str(c.page->published, want, what);
	test_doc_free(&c);
	free(html);
}

static void
caption_date(void)
{
	published_is("Riders wait at the Cartier Street stop on June 10, 2024. PHOTO/ANN LEE",
	    "<p><time>Tuesday, June 11, 2024</time></p>", "2024-06-11",
	    "a lead picture's caption dates the picture, not the story");
	published_is("Riders wait at the Cartier Street stop.", "<p>Tuesday, June 11, 2024</p>", "2024-06-11",
	    "... the byline's date out of any caption is read");
}

static void
utc_moment(void)
{
	published_is("Riders wait.", "<time datetime=\"2024-06-03T11:15:00Z\">Jun 3, 2024 | 1:15pm</time>",
	    "2024-06-03T11:15:00Z", "a local time shown with a UTC datetime of the same moment is the datetime");
	published_is("Riders wait.", "<time datetime=\"2024-06-03T11:22:00Z\">Jun 3, 2024 | 1:15pm</time>",
	    "2024-06-03T13:15", "... but a UTC time of other minutes is another moment: the shown time stays");
}

/* how many pictures a story gives with a lead figure over between, then the text */
static long
pictures_over(const char *between)
{
	char *html;

	html = xasprintf("%s<article><figure class=\"article-img\"><img src=\"/i/lead.jpg\" alt=\"Riders\">"
	    "<figcaption>Riders wait at the stop. PHOTO/ANN LEE</figcaption></figure>%s<section class=\"body-copy\">"
	    "%s%s%s</section></article></body></html>", HEAD, between, P1, P2, P3);
	return test_story_images(html);
}

static void
lead_over_byline(void)
{
	tap_int(pictures_over("<div class=\"meta\"><div class=\"author-box\"><img src=\"/a/al.jpg\" alt=\"\"><p>By "
	    "<span class=\"author\">Ann Lee</span></p><a href=\"/authors/al\">More by this Author</a></div>"
	    "<p>Tuesday, June 11, 2024</p></div><div class=\"share\"><a href=\"#\">Share on Facebook</a>"
	    "<a href=\"#\">Share on X</a><a href=\"#\">Share on WhatsApp</a><a href=\"#\">Share on Telegram</a></div>"),
	    1, "a lead picture over the byline's block and a share bar of links is the story's");
	tap_int(pictures_over("<div class=\"summary\"><p>The city says ridership on the crosstown route has not "
	    "recovered since 2020, and that the savings will keep two other routes running through the winter.</p>"
	    "</div><div class=\"meta\"><p>By <span class=\"author\">Ann Lee</span></p></div>"), 0,
	    "... but not over a block of sentences naming no author");
}

#define RELATED_HEAD "<html><head><meta charset=\"utf-8\"><title>Council trims bus route as riders fall</title>" \
	"</head><body><h1>Council trims bus route as riders fall</h1>"

/* how many related items a story followed by a box of heading and links gives */
static long
related_under(const char *links)
{
	char *html;

	html = xasprintf("%s<article><div class=\"story-body\">%s%s%s</div><section class=\"box\"><h2>Related Stories"
	    "</h2>%s</section></article></body></html>", RELATED_HEAD, P1, P2, P3, links);
	return test_story_related(html);
}

static void
bare_headline_links(void)
{
	tap_int(related_under("<a class=\"item\" href=\"/news/a1\"><span>Fuel station policy review promised by end "
	    "of year</span></a><a class=\"item\" href=\"/news/a2\"><span>Farmers say they are losing fields to "
	    "development</span></a>"), 2, "bare headline links under a related heading are its list");
	tap_int(related_under("<a class=\"item\" href=\"/topic/planning\">Planning</a><a class=\"item\" "
	    "href=\"/topic/environment\">Environment</a>"), 0, "... but a line of one-word tag links is none");
}

int
main(void)
{
	label_colon();
	ad_continues();
	offscreen_heading();
	author_card();
	caption_date();
	utc_moment();
	lead_over_byline();
	bare_headline_links();
	return tap_done();
}
