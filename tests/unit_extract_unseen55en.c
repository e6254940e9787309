/* unit_extract_unseen55en: the kinds of layout the fifty-fifth English
 * blind round (unseen55en-*) found wanting, all on a Serendipity blog's
 * entry page: its date header's "%B %e. %Y" ("December  3. 2026"); its
 * footer's category before the time ("Posted by NAME in CATEGORY at
 * 16:40"); the freetag plugin's "Related entries by tags:" list between
 * the text and that footer, which is neither the story's tags nor lines
 * that push the footer out of reach; and a town council's ProcessWire
 * site whose UIkit pager of the items either side marks which is which
 * only by empty spans (<span uk-pagination-previous></span>). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Sheepdog trials return to the settlement - The Gazette</title></head><body>"
#define DAY "<h3 class=\"serendipity_date\">Thursday, December  3. 2026</h3>"
#define H4 "<h4 class=\"serendipity_title\"><a href=\"/archives/412-trials.html\">Sheepdog trials " \
	"return to the settlement</a></h4>"
#define P1 "<p>Sheepdog trials came back to the settlement on Saturday, with nineteen dogs and their " \
	"handlers working the course on the paddock behind the hall.</p>"
#define P2 "<p>The trials lapsed after the old committee wound up, and nobody was found to run them " \
	"until a farmer from the creek took the job on this year.</p>"
#define P3 "<p>The open class was won by a dog in her first season, who penned all three ewes with " \
	"more than a minute to spare.</p>"
#define TAGLINE "<div class=\"serendipity_freeTag\">Defined tags for this entry: " \
	"<a href=\"/plugin/tag/farming\" rel=\"tag\">farming</a>, " \
	"<a href=\"/plugin/tag/sheepdogs\" rel=\"tag\">sheepdogs</a></div>"
#define BYTAGS(head) "<div class=\"serendipity_freeTag_related\">" head "<ul>" \
	"<li><a href=\"/archives/398-shearing.html\">Shearing gangs booked for the new season</a></li>" \
	"<li><a href=\"/archives/371-hall-roof.html\">Hall roof finished before the winter comes</a></li>" \
	"</ul></div>"
#define FOOTER(mid) "<div class=\"serendipity_entryFooter\">Posted by <a href=\"/authors/2-morag\">" \
	"Morag Finlayson</a>" mid " | <a href=\"#comments\">Comments (2)</a></div>"
#define ENTRY(extra, footer) HEAD "<div class=\"serendipity_Entry_Date\">" DAY H4 \
	"<div class=\"serendipity_entry\"><div class=\"serendipity_entry_body\">" P1 P2 P3 "</div>" \
	extra footer "</div></div></body></html>"
#define AT_TIME " in <a href=\"/categories/3-camp\">Camp News</a> at <a href=\"/archives/412.html\">16:40</a>"

static void
test_gives_date(const char *line, const char *want, const char *what)
{
	char *d = line_date(line, 0, 0);

	tap_str(d, want, what);
	free(d);
}

/* The published time of the whole page extraction makes of html. */
static void
page_published_is(const char *html, const char *want, const char *what)
{
	struct page *p = test_page_of(html, "https://gazette.example/archives/412-trials.html");

	tap_str(p->published, want, what);
	page_free(p);
}

static void
month_day_full_stop(void)
{
	test_gives_date("Thursday, December  3. 2026", "2026-12-03",
	    "a blog's \"%B %e. %Y\" (December  3. 2026) is a date");
	test_gives_date("May 3. 2026", "2026-05-03", "... the day not padded too");
	test_gives_date("December 3. 20 sheep were penned", NULL,
	    "... a full stop then no year is none");
}

static void
category_before_time(void)
{
	tap_int(dated_after_name(" in Camp News at 16:40 | Comments (2)"), 1,
	    "\"Posted by NAME in CATEGORY at 16:40\" ends the name");
	tap_int(dated_after_name(" in the garden behind the hall on the Saturday at 4:40"), 0,
	    "... \"in\" and a long run of words before the time is a sentence");
	tap_int(dated_after_name(" in the garden"), 0, "... and so is \"in\" and no time");
	test_author_is(ENTRY("", FOOTER(AT_TIME)), "Morag Finlayson",
	    "the footer of a post, its category before the time, names the writer");
}

static void
tags_plugin_between(void)
{
	char *joined = NULL;

	tap_int(test_story_tags(ENTRY(TAGLINE BYTAGS("Related entries by tags:"), FOOTER(AT_TIME)),
	    ", ", &joined), 2, "a \"Related entries by tags:\" list is not the story's tags");
	tap_str(joined, "farming, sheepdogs", "... the rel=tag links are");
	free(joined);
	joined = NULL;
	tap_int(test_story_tags(HEAD H4 P1 P2 P3 "<p class=\"tags\">Tags: <a href=\"/t/farming\">farming</a>, "
	    "<a href=\"/t/dogs\">sheepdogs</a></p></body></html>", ", ", &joined), 2,
	    "... near miss: a \"Tags:\" label is still read");
	free(joined);
	page_published_is(ENTRY(TAGLINE BYTAGS("Related entries by tags:"), FOOTER(AT_TIME)),
	    "2026-12-03T16:40", "the post's day and its footer's time, a list of links between them");
	page_published_is(ENTRY(TAGLINE "<p>A note on the trials' history follows in the next issue.</p>"
	    "<p>Entries for next year open in the spring.</p><p>Judges are still wanted for the novice class.</p>",
	    FOOTER(AT_TIME)), NULL,
	    "... near miss: lines of text between keep the footer's time out of reach (the day alone is no date)");
	test_author_is(ENTRY(TAGLINE BYTAGS("Related entries by tags:"), FOOTER(AT_TIME)), "Morag Finlayson",
	    "... and the footer's writer");
	test_author_is(ENTRY(TAGLINE "<p>A note on the trials' history follows in the next issue.</p>"
	    "<p>Entries for next year open in the spring.</p><p>Judges are still wanted for the novice class.</p>",
	    FOOTER(AT_TIME)), NULL,
	    "... near miss: lines of text between keep the footer out of reach");
}

#define STORY HEAD "<h1>Footbridge reopens after flood repairs</h1><article>" P1 P2 P3 "</article>"
#define UKPAGER(pmark, nmark) STORY "<ul class='uk-pagination'>" \
	"<li><a href='/news/allotments/'><span " pmark "></span> Allotment waiting list reopens</a></li>" \
	"<li class='uk-margin-auto-left'><a href='/news/lights/'>Christmas lights move to the square " \
	"<span " nmark "></span></a></li></ul></body></html>"

static void
icon_marked_pager(void)
{
	test_nav_is(UKPAGER("class='uk-margin-small-right' uk-pagination-previous",
	    "class='uk-margin-small-left' uk-pagination-next"),
	    "Allotment waiting list reopens", "Christmas lights move to the square",
	    "a pager's empty spans marking the direction by an attribute's name give prev and next");
	test_nav_is(UKPAGER("class='icon icon-arrow-prev'", "class='icon icon-arrow-next'"),
	    "Allotment waiting list reopens", "Christmas lights move to the square",
	    "... or by a class word");
	test_nav_is(UKPAGER("uk-icon='icon: chevron-left'", "uk-icon='icon: chevron-right'"), NULL, NULL,
	    "... near miss: icons naming no direction name none");
	test_nav_is(STORY "<ul class='uk-pagination'><li><a href='/news/?page=1'><span uk-pagination-previous>"
	    "</span></a></li><li><a href='/news/?page=3'><span uk-pagination-next></span></a></li></ul>"
	    "</body></html>", NULL, NULL, "... near miss: a list's pager of icons alone, no title, names none");
}

int
main(void)
{
	month_day_full_stop();
	category_before_time();
	tags_plugin_between();
	icon_marked_pager();
	return tap_done();
}
