/* unit_extract_unseen13en: the kinds of layout the thirteenth English
 * blind round (unseen13en-*) found wanting: a metro's READ NEXT card of
 * one story set between the paragraphs; a related heading naming the
 * outlet after "from", longer than a heading's usual length; an age
 * ("Published 2 days ago") shown in a <time> whose datetime dates the
 * story; an editor's initials closing it, "(KBQ)"; a chain daily's
 * key points listed over the first paragraph; the writer's beat line
 * with an address closing the story; a community paper's ask for its
 * readers' news naming the paper, under its channel call; a site
 * builder's tag list of generated classes, told by its aria-label. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Tenants win repairs after fight over heat</title></head>" \
	"<body><h1>Tenants win repairs after fight over heat</h1>"
#define P1 "<p>Tenants of the Delano Heights apartments have won a city order that gives their landlord 30 days to fix the heat.</p>"
#define P2 "<p>Inspectors found 212 violations across the 84-unit complex, including 37 apartments with no working heat.</p>"
#define P3 "<p>The owner said in a statement that it had already begun work on the heating systems in all buildings.</p>"

static void
read_next_card(void)
{
	test_body_count(HEAD "<div class=\"story-body\">" P1 P2 "<div class=\"read-next\"><h3>READ NEXT</h3>"
	    "<a href=\"/news/article1.html\"><img src=\"/i/1.jpg\" alt=\"\"><h4>Rent board adds night meetings after "
	    "tenant complaints</h4></a><p>Tenants said daytime hearings kept them from work.</p></div>" P3
	    "</div></body></html>", 3, "a READ NEXT card between the paragraphs is no body, its summary neither");
	test_body_count(HEAD "<div class=\"story-body\">" P1 P2 "<p>Read next month's report before the council "
	    "meets again, the tenants' lawyer told the group on Tuesday.</p>" P3 "</div></body></html>", 4,
	    "a story's sentence opening on Read next stays");
}

#define LIST "<ul><li><span class=\"kicker\">LOCAL</span><a href=\"/news/a1.html\">Delano Heights tenants form union, " \
	"demand meeting</a></li><li><span class=\"kicker\">LOCAL</span><a href=\"/news/a2.html\">Cold snap leaves " \
	"hundreds of renters without heat</a></li><li><span class=\"kicker\">POLITICS</span><a href=\"/news/a3.html\">" \
	"Council backs tougher fines for slumlords</a></li></ul>"

/* how many related items a story followed by a box of heading and LIST gives */
static long
related_under(const char *heading)
{
	char *html;

	html = xasprintf("%s<article><div class=\"story-body\">%s%s%s</div><div class=\"related-stories\">%s%s</div>"
	    "</article></body></html>", HEAD, P1, P2, P3, heading, LIST);
	return test_story_related(html);
}

static void
related_from_outlet(void)
{
	tap_int(related_under("<h3>Related stories from Harbor City Courier</h3>"), 3,
	    "Related stories from a long outlet's name heads a related list");
	tap_int(related_under("<h3>Related stories from the trial, as the jury heard them</h3>"), 0,
	    "... but a line going on as a sentence after from heads none");
}

/* the published time test_byline finds on the page of a story under a
 * byline line info */
static void
published_is(const char *info, const char *want, const char *what)
{
	struct ctx c;
	char *html = xasprintf("%s<div class=\"article-info\"><a class=\"author\" href=\"/author/cy\">Cris Ybanez</a>"
	    "%s</div><figure><img src=\"/i/c.jpg\" alt=\"\"><figcaption>Workers clear a canal in Tinago on Tuesday, "
	    "January 21, 2025.</figcaption></figure><div class=\"article-body\">%s%s%s</div></body></html>",
	    HEAD, info, P1, P2, P3);

	test_byline(&c, html);
	tap_str(c.page->published, want, what);
	test_doc_free(&c);
	free(html);
}

static void
age_in_time(void)
{
	published_is("<time datetime=\"2025-01-22T07:45:10+08:00\">Published 2 days ago</time>",
	    "2025-01-22T07:45:10+08:00", "an age shown in a <time> is its datetime, not a date further down");
	published_is("<span>Published 2 days ago</span>", "2025-01-21",
	    "an age outside any <time> gives no date of its own");
}

static void
editor_initials(void)
{
	test_body_count(HEAD "<div class=\"article-body\">" P1 P2 P3 "<p>(KBQ)</p></div></body></html>", 3,
	    "an editor's initials in brackets closing the story are no body");
	test_body_count(HEAD "<div class=\"article-body\">" P1 P2 P3 "<p>/LCC</p></div></body></html>", 3,
	    "... nor after a slash");
	test_body_count(HEAD "<div class=\"article-body\">" P1 P2 P3 "<p>(CHO)–based teams will visit.</p></div>"
	    "</body></html>", 4, "a closing line opening on an abbreviation in brackets stays");
	test_body_count(HEAD "<div class=\"article-body\">" P1 P2 P3 "<p>(Photo)</p></div></body></html>", 4,
	    "... and a word in brackets is no initials");
}

#define BYLINE "<div class=\"gnt_ar_by\"><a class=\"gnt_ar_by_a\" href=\"/staff/39/ruth-okonjo/\">Ruth Okonjo</a>" \
	"<div class=\"gnt_ar_by_t\">The Marlow Sentinel</div></div>"

static void
key_points(void)
{
	test_body_count(HEAD BYLINE "<div class=\"gnt_ar_b\"><ul><li>The garage has been closed above its second deck "
	    "since 2022.</li><li>Repairs were estimated at $14 million.</li><li>Surface lots will replace it.</li></ul>"
	    P1 P2 P3 "</div></body></html>", 3, "a list of short sentences over the first paragraph is the summary, no body");
	test_body_count(HEAD BYLINE "<div class=\"gnt_ar_b\"><ul><li>Front Street garage</li><li>Mill Street lot</li>"
	    "<li>River plaza</li></ul>" P1 P2 P3 "</div></body></html>", 6, "a list of names opening the text stays");
	test_body_count(HEAD BYLINE "<div class=\"gnt_ar_b\">" P1 "<ul><li>The garage has been closed above its second "
	    "deck since 2022.</li><li>Repairs were estimated at $14 million.</li></ul>" P2 P3 "</div></body></html>", 5,
	    "... and so does a list of sentences after the first paragraph");
}

static void
beat_line(void)
{
	test_body_count(HEAD BYLINE "<div class=\"gnt_ar_b\">" P1 P2 P3 "<p><em>Ruth Okonjo covers Wexford city "
	    "government for The Marlow Sentinel. Reach her at rokonjo@sentinel.example or follow her on X.</em></p>"
	    "</div></body></html>", 3, "the writer's beat line with an address closing the story is no body");
	test_body_count(HEAD BYLINE "<div class=\"gnt_ar_b\">" P1 P2 P3 "<p><em>Ruth Okonjo is a retired teacher who "
	    "has lived in Wexford for 30 years.</em></p></div></body></html>", 4,
	    "a writer's bio naming no beat and no address stays");
	test_body_count(HEAD BYLINE "<div class=\"gnt_ar_b\">" P1 P2 P3 "<p>Mayor Joan Whitlock covers the cost from "
	    "the city's reserve, she said; reach the clerk at 555-0101.</p></div></body></html>", 4,
	    "... and so does a closing sentence of another name's");
}

#define SITE_HEAD "<html><head><meta charset=\"utf-8\"><meta property=\"og:site_name\" content=\"Kwaggasrand Herald\">" \
	"<title>Residents march over water outage</title></head><body><h1>Residents march over water outage</h1>"
#define CHANNEL "<p>Join the Kwaggasrand Herald WhatsApp channel for the latest local news. <a href=\"https://whatsapp.com/" \
	"channel/1\">Click here</a>.</p>"

static void
news_ask(void)
{
	test_body_count(SITE_HEAD "<div class=\"article-content\">" P1 P2 P3 CHANNEL "<p><em>At Kwaggasrand Herald, our "
	    "journalists write the news you read. Tell us what is happening in your area on 012 555 0193.</em></p>"
	    "</div></body></html>", 3, "the paper's ask for its readers' news naming it is no body, nor its channel call");
	test_body_count(SITE_HEAD "<div class=\"article-content\">" P1 P2 P3 "<p>\u201cTell us what you saw,\u201d "
	    "Sergeant Moss said. Witnesses can call 012 555 0100.</p></div></body></html>", 4,
	    "a quoted appeal naming no outlet closing the story stays");
}

/* how many tags the page of a story followed by box gives */
static long
tags_under(const char *box)
{
	char *html;
	long n;

	html = xasprintf("%s<article><div class=\"_2WrGw\">%s%s%s</div>%s</article></body></html>", HEAD, P1, P2, P3, box);
	n = test_story_tags(html, "", NULL);
	free(html);
	return n;
}

static void
aria_tags(void)
{
	tap_int(tags_under("<nav class=\"_3HQ4a\" aria-label=\"tags\"><ul><li><a href=\"/blog/tags/levy\">levy</a></li>"
	    "<li><a href=\"/blog/tags/fire\">fire district</a></li></ul></nav>"), 2,
	    "a list of links labelled tags for the screen reader gives the tags");
	tap_int(tags_under("<nav class=\"_3HQ4a\" aria-label=\"share\"><ul><li><a href=\"/s/fb\">Facebook</a></li>"
	    "<li><a href=\"/s/x\">X</a></li></ul></nav>"), 0, "... but one labelled otherwise gives none");
}

int
main(void)
{
	read_next_card();
	related_from_outlet();
	age_in_time();
	editor_initials();
	key_points();
	beat_line();
	news_ask();
	aria_tags();
	return tap_done();
}
