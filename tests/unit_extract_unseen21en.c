/* unit_extract_unseen21en: the kinds of layout the twenty-first English
 * blind round (unseen21en-*) found wanting: a byline of several writers
 * ("By NAME and NAME", "by NAME, NAME and NAME", Ghost's comma list of
 * author links that its JSON-LD declares); a link card's figure inside
 * the text marking the linked page's author (Ghost's bookmark card). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_coauthor.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD(t) "<html><head><meta charset=\"utf-8\"><title>" t "</title></head><body>"
#define H1 "<h1>Ballykeel pupils to move to mobiles after ceiling scare</h1>"
#define P1 "<p>More than 200 pupils at St Brigid's Primary School will be taught in mobile classrooms " \
	"from next month after part of a ceiling collapsed in the school's assembly hall.</p>"
#define P2 "<p>No-one was in the hall when a section of plasterboard about three metres wide fell on " \
	"Monday evening. The caretaker found it when he came to lock up.</p>"
#define P3 "<p>The Education Authority said four mobile classrooms would be in place on the playing " \
	"field by April 7, and the hall would stay closed until the summer.</p>"
#define STORY_OPEN "<div class=\"article-body\">" P1 P2 P3 "</div>"
#define STORY "<div class=\"article-body\">" P1 P2 P3 "</div></body></html>"

static void
name_lists(void)
{
	int anded;

	tap_int((long)name_list_at("Lena Ostrowski, Darnell Baptiste and Christine Yu March 31, 2025", &anded),
	    (long)strlen("Lena Ostrowski, Darnell Baptiste and Christine Yu"),
	    "a list of names ends before the byline's date");
	tap_int(anded, 1, "... and says an and joins two");
	tap_int((long)name_list_at("Ciara McAleese and Rory Dunlop", &anded), 30,
	    "names with inner capitals (McAleese) are names");
	tap_int((long)name_list_at("Jane Doe, Staff Writer", &anded), 0,
	    "a job after the comma is no second name");
	tap_int((long)name_list_at("Jane Doe and the newsroom staff", &anded), 0,
	    "a name and lower-case words are no list");
}

static void
several_writers(void)
{
	test_author_is(HEAD("Mobiles") H1 "<p class=\"byline\">By <a href=\"/reporters/cm\">Ciara McAleese</a> "
	    "and <a href=\"/reporters/rd\">Rory Dunlop</a></p>" STORY, "Ciara McAleese and Rory Dunlop",
	    "By NAME and NAME names both writers");
	test_author_is(HEAD("Mobiles") H1 "<div class=\"meta\"><span class=\"byline\">by <span class=\"author vcard\">"
	    "<a href=\"/author/lo/\">Lena Ostrowski</a></span>, <span class=\"author vcard\"><a href=\"/author/db/\">"
	    "Darnell Baptiste</a></span> and <span class=\"author vcard\"><a href=\"/author/cy/\">Christine Yu</a>"
	    "</span></span> <time datetime=\"2025-03-31\">March 31, 2025</time></div>" STORY,
	    "Lena Ostrowski, Darnell Baptiste and Christine Yu",
	    "... as does by NAME, NAME and NAME before the date, each name marked");
	test_author_is(HEAD("Mobiles") H1 "<div class=\"meta\"><span class=\"author vcard\">By Funmilayo Adeyemi "
	    "and Ikechukwu Obi, Oreke</span></div>" STORY, "Funmilayo Adeyemi and Ikechukwu Obi",
	    "... and By NAME and NAME, PLACE leaves the place out");
	test_author_is(HEAD("Mobiles") H1 "<p class=\"byline\">By Nora Whitcombe, Patch Staff</p>" STORY,
	    "Nora Whitcombe", "a name and a job after a comma stay one writer");
	test_author_is(HEAD("Mobiles") H1 "<p class=\"byline\">By Rohan Deshpande, Navi Kalwa</p>" STORY,
	    "Rohan Deshpande", "... and so does a name and a place the JSON-LD does not name");
	test_author_is(HEAD("Mobiles") H1 P1 "<p>Ciara McAleese and Rory Dunlop were the first parents to "
	    "hear of it, from a neighbour.</p>" P2 P3 "</body></html>", NULL,
	    "a sentence opening on two names names no writer");
}

#define LDJSON "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"author\":[{\"@type\":\"Person\"," \
	"\"name\":\"Maya Castellano\"},{\"@type\":\"Person\",\"name\":\"Tobias Reinholt\"}]}</script>"
#define GHOST_BYLINE "<h4 class=\"gh-article-author-name\"><a href=\"/author/maya/\">Maya Castellano</a>, " \
	"<a href=\"/author/tobias/\">Tobias Reinholt</a></h4>"
#define BOOKMARK "<figure class=\"kg-card kg-bookmark-card\"><a class=\"kg-bookmark-container\" " \
	"href=\"/pond-lawsuit/\"><div class=\"kg-bookmark-title\">Judge tosses neighbors' suit over the pond</div>" \
	"<span class=\"kg-bookmark-author\">The Fenwick Ledger</span></a></figure>"

static void
comma_list_and_cards(void)
{
	test_author_is("<html><head><meta charset=\"utf-8\"><title>Dam</title>" LDJSON "</head><body>" H1
	    GHOST_BYLINE "<section class=\"gh-content\">" P1 BOOKMARK P2 P3 "</section></body></html>",
	    "Maya Castellano, Tobias Reinholt",
	    "a comma list of author links the JSON-LD declares names both, not the card's author");
	test_author_is(HEAD("Dam") H1 GHOST_BYLINE "<section class=\"gh-content\">" P1 P2 P3
	    "</section></body></html>", "Maya Castellano",
	    "... with no JSON-LD to declare it the comma list gives its first name only");
	test_author_is(HEAD("Dam") H1 "<section class=\"gh-content\">" P1 BOOKMARK P2 P3
	    "</section></body></html>", NULL, "a link card's author in the text is no writer of the story");
	test_author_is(HEAD("Dam") H1 "<span class=\"author\">Hannah Pike</span><section class=\"gh-content\">" P1
	    BOOKMARK P2 P3 "</section></body></html>", "Hannah Pike",
	    "... while an author marked outside a figure still is");
}

#define SITE_HEAD "<html><head><meta charset=\"utf-8\"><title>Mobiles</title>" \
	"<meta property=\"og:site_name\" content=\"The Fenwick Ledger\"></head><body>" H1
#define CALLOUT "<div class=\"kg-card kg-callout-card\"><div class=\"kg-callout-emoji\">💌</div>" \
	"<div class=\"kg-callout-text\">The Fenwick Ledger is a nonprofit newsroom funded by readers like you. " \
	"If this story helped you, <a href=\"/support/\">become a member today</a>.</div></div>"

static void
closing_appeals(void)
{
	test_body_count(SITE_HEAD "<section class=\"gh-content\">" P1 P2 P3 CALLOUT "</section></body></html>", 3,
	    "the outlet's appeal to fund it, naming it, closes no story, nor does its card's emoji");
	test_body_count(SITE_HEAD "<section class=\"gh-content\">" P1 P2 P3 "<p>Follow The Fenwick Ledger on "
	    "WhatsApp for the latest news from the Quill valley.</p></section></body></html>", 3,
	    "... nor its call to follow it on a channel");
	test_body_count(SITE_HEAD "<section class=\"gh-content\">" P1 P2 P3 "<p>The Fenwick Ledger asked the "
	    "Education Authority for the survey in March and has had no answer.</p></section></body></html>", 4,
	    "a last paragraph naming the outlet and asking nothing stays");
	test_body_count(SITE_HEAD "<section class=\"gh-content\">" P1 P2 P3 "<p>\u201cBecome a member of the "
	    "parents' council,\u201d the principal told families on Friday.</p></section></body></html>", 4,
	    "... and so does a quoted appeal naming no outlet");
	test_body_count(SITE_HEAD "<section class=\"gh-content\">" P1 P2 P3 "<p>Follow the signs to The Fenwick "
	    "Ledger's old office on WhatsApp Lane, parents were told.</p></section></body></html>", 4,
	    "... and a line opening on Follow whose outlet does not follow it");
}

#define SOLEDAD(pl, nl) "<div class=\"post-pagination\"><div class=\"prev-post\"><div class=\"prev-post-title\">" \
	"<span>" pl "</span></div><a href=\"/news/teachers-strike-called-off/\"><div class=\"pagi-text\"><h5>" \
	"NUT calls off teachers' strike</h5></div></a></div><div class=\"next-post\"><div class=\"prev-post-title\">" \
	"<span>" nl "</span></div><a href=\"/news/ilugbo-market-fire/\"><div class=\"pagi-text\"><h5>" \
	"Ilugbo market fire: traders count losses</h5></div></a></div></div>"

static void
lower_case_pager(void)
{
	test_nav_is(HEAD("Mobiles") H1 STORY_OPEN SOLEDAD("previous post", "next post") "</body></html>",
	    "NUT calls off teachers' strike", "Ilugbo market fire: traders count losses",
	    "a pager labelled previous post / next post in lower case gives both links");
	test_nav_is(HEAD("Mobiles") H1 STORY_OPEN SOLEDAD("previously posted", "next posting") "</body></html>",
	    NULL, NULL, "... words that only open so label nothing");
}

#define QUOTE_P "<p>Dr. Anita Sorensen said the average hides what happens in the far corners. " \
	"\u201cA county average can hide a lot of suffering at the edges,\u201d she said.</p>"

static void
pull_quotes(void)
{
	test_body_count(HEAD("Ambulances") H1 "<div class=\"entry-content\">" P1 P2
	    "<blockquote class=\"wp-block-quote\"><p>\u201cA county average can hide a lot of suffering at the "
	    "edges.\u201d</p><cite>Dr. Anita Sorensen, emergency physician</cite></blockquote>" QUOTE_P P3
	    "</div></body></html>", 4, "a blockquote repeating a paragraph's words goes, with its cite");
	test_body_count(HEAD("Ambulances") H1 "<div class=\"entry-content\">" P1 P2
	    "<blockquote><p>\u201cWe ask the county to put a crew back in Dunmore before someone dies waiting "
	    "for one.\u201d</p><cite>From the residents' letter</cite></blockquote>" QUOTE_P P3
	    "</div></body></html>", 6, "... a quotation the story gives once stays, with its cite");
}

int
main(void)
{
	name_lists();
	several_writers();
	comma_list_and_cards();
	closing_appeals();
	lower_case_pager();
	pull_quotes();
	return tap_done();
}
