/* unit_extract_unseen15en: the kinds of layout the fifteenth English
 * blind round (unseen15en-*) found wanting: a broadcaster's marked
 * byline of the name, a middle dot and the outlet ("Priya Salter · CBR
 * News"); a CMS's "Posted by NAME" in the author's element; a pull
 * quote named so by its class (td_pull_quote) standing in the text itself,
 * its curly quotes where the story's are straight; headline cards in a
 * block of their own right after a related heading ("More in News"); a
 * broadcaster's clip box under "WATCH | TITLE:" set into the text; a
 * field's label alone over its links ("Filed under"); an event's card
 * set into the text, ending on its Register button; a weekly's closing
 * ask for letters to the editor. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Island ferry cut to three sailings a day</title></head>" \
	"<body><h1>Island ferry cut to three sailings a day</h1>"
#define P1 "<p>People who live on the island say they are worried about getting to appointments on the mainland.</p>"
#define P2 "<p>Starting next week, the ferry will make three round trips a day between the landing and the harbour.</p>"
#define P3 "<p>About 420 people live on the island year-round, many of them retirees who rely on the ferry.</p>"
#define STORY "<div class=\"story\">" P1 P2 P3 "</div></body></html>"

static void
marked_separator(void)
{
	test_author_is(HEAD "<div class=\"byline\"><span class=\"authorText\"><a href=\"/author/ps\">Priya Salter</a>"
	    " · CBR News</span></div>" STORY, "Priya Salter",
	    "a marked name, a middle dot and the outlet: the name before the dot");
	test_author_is(HEAD "<div class=\"byline\"><span class=\"author\">Dana Kowalczyk | Staff</span></div>" STORY,
	    "Dana Kowalczyk", "... or before a bar");
	test_author_is(HEAD "<div class=\"byline\"><span class=\"author\">the desk · CBR</span></div>" STORY,
	    "the desk · CBR", "... but a marked text whose head is no name is not cut");
}

static void
posted_by(void)
{
	test_author_is(HEAD "<div class=\"meta\"><span class=\"news-author\">Posted by <a href=\"/staff/mo\">Maya Ortiz"
	    "</a></span></div>" STORY, "Maya Ortiz", "\"Posted by\" before a marked name is its role");
	test_author_is(HEAD "<div class=\"meta\"><span class=\"author\">Postedby Maya</span></div>" STORY,
	    "Postedby Maya", "... but no other word run into it");
}

#define QP "<p>\"Our elders told us they don't want to be put away somewhere,\" the housing director said.</p>"

static void
pull_quote_class(void)
{
	test_body_count(HEAD "<div class=\"story\">" P1 QP "<blockquote class=\"td_pull_quote td_pull_center\"><p>“Our "
	    "elders told us they don't want to be put away somewhere.”</p></blockquote>" P2 P3 "</div></body></html>", 4,
	    "a blockquote of a pull quote's class repeating the story, in curly quotes, is no body");
	test_body_count(HEAD "<div class=\"story\">" P1 QP "<blockquote class=\"pullquote\"><p>“We will keep the clinic "
	    "open through the winter, whatever it costs.”</p></blockquote>" P2 P3 "</div></body></html>", 5,
	    "... but one saying what the story does not stays");
}

/* how many related items a story followed by a heading and a block gives */
static long
related_under(const char *heading, const char *block)
{
	struct ctx c;
	char *html;
	long n;

	html = xasprintf("%s<article><div class=\"story-body\">%s%s%s</div></article><section class=\"more\"><h2>%s</h2>"
	    "%s</section></body></html>", HEAD, P1, P2, P3, heading, block);
	test_story(&c, html);
	extract_related(&c);
	n = (long)c.page->related.n;
	test_doc_free(&c);
	free(html);
	return n;
}

#define CARDS "<a class=\"card\" href=\"/news/2025/06/05/shore-road-flooding\"><img src=\"/f.jpg\" alt=\"\">" \
	"<span>Residents say Shore Road floods with every high tide</span></a><a class=\"card\" " \
	"href=\"/news/2025/05/28/nra-budget\"><img src=\"/n.jpg\" alt=\"\"><span>NRA asks for more money to fix " \
	"coastal roads</span></a>"

static void
cards_in_block_after(void)
{
	tap_int(related_under("More in News", "<div class=\"cards\">" CARDS "</div>"), 2,
	    "headline cards in the block right after a related heading are its list");
	tap_int(related_under("Most Read", "<div class=\"cards\">" CARDS "</div>"), 0,
	    "... but not under a heading that is none");
	tap_int(related_under("More in News", "<div class=\"tags\"><a href=\"/tag/roads\">Roads</a><a "
	    "href=\"/tag/north\">North Pond</a></div>"), 0, "... nor a block of tag links");
}

#define CLIP "<div class=\"media-embed\"><div class=\"mediaTitle\">WATCH | Islanders line up for the last sailing:</div>" \
	"<div class=\"wrap\"><img src=\"/video/thumb/241.jpg\" alt=\"\"><span>1:58</span></div><div>Residents say a " \
	"reduced schedule will cut them off.</div></div>"

static void
media_label_box(void)
{
	struct ctx c;

	test_body_count(HEAD "<div class=\"story\">" P1 P2 CLIP P3 "</div></body></html>", 3,
	    "a box opening on a media label (WATCH | ...) is the clip's: its title, length and blurb are no body");
	test_story(&c, HEAD "<div class=\"story\">" P1 P2 CLIP P3 "</div></body></html>");
	extract_images(&c);
	tap_int((long)c.page->nimages, 0, "... nor is its poster a story picture");
	test_doc_free(&c);
	test_body_count(HEAD "<div class=\"story\">" P1 "<p>WATCHDOG: The ombudsman will look into the ferry cuts, "
	    "her office said.</p><p>Watch out for delays at the landing, the ministry said.</p>" P2 P3 "</div></body></html>",
	    5, "... but a story's lines opening on WATCHDOG: or Watch stay");
}

/* how many tags a story followed by the block html gives */
static long
tags_after(const char *html)
{
	char *page = xasprintf("%s<article><div class=\"story\">%s%s%s</div>%s</article></body></html>", HEAD, P1, P2,
	    P3, html);
	long n = test_story_tags(page, "", NULL);

	free(page);
	return n;
}

static void
label_alone_tags(void)
{
	tap_int(tags_after("<div class=\"field\"><div class=\"field__label\">Filed under</div><div class=\"field__items\">"
	    "<div><a href=\"/news/category/branch-news\">Branch News</a></div><div><a href=\"/news/category/teens\">Teens"
	    "</a></div></div></div>"), 2, "a tag label alone on its line, no colon, over its links labels them");
	tap_int(tags_after("<div class=\"menu\"><a href=\"/topics\">Topics</a> <a href=\"/news\">News</a> <a "
	    "href=\"/sports\">Sports</a></div>"), 0, "... but a menu's link reading so labels none");
}

static void
event_card(void)
{
	test_body_count(HEAD "<div class=\"story\">" P1 P2 "<div class=\"event-teaser\"><span>Upcoming event</span> <a "
	    "href=\"/event/31557\">Teen Maker Night: Design Your Own Keychain</a> <span>Thursday, March 13 · 6:00 p.m."
	    "</span> <a href=\"/event/31557\" class=\"btn\">Register</a></div>" P3 "</div></body></html>", 3,
	    "an event's card ending on a Register button, set into the story, is no body");
	test_body_count(HEAD "<div class=\"story\">" P1 P2 "<p>The deadline to sign up for the May election is Friday. "
	    "<a href=\"/vote\">Register to vote</a> at any branch.</p>" P3 "</div></body></html>", 4,
	    "... but a story's line linking \"Register to vote\" stays");
}

static void
letters_ask(void)
{
	test_body_count(HEAD "<div class=\"story\">" P1 P2 P3 "<p><b>Have something to say?</b> Send a letter to the editor "
	    "to letters@sentinel.example. Letters must be signed.</p></div></body></html>", 3,
	    "the paper's closing ask for letters to the editor, with its address, is no body");
	test_body_count(HEAD "<div class=\"story\">" P1 P2 P3 "<p>In a letter to the editor last week, the mayor said the "
	    "ferry must keep six sailings.</p></div></body></html>", 4,
	    "... but a story's line on a letter, sending none anywhere, stays");
}

int
main(void)
{
	marked_separator();
	posted_by();
	pull_quote_class();
	cards_in_block_after();
	media_label_box();
	label_alone_tags();
	event_card();
	letters_ask();
	return tap_done();
}
