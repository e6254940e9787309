/* unit_extract_unseen20en: the kinds of layout the twentieth English
 * blind round (unseen20en-*) found wanting: a court report's "Compiled
 * by NAME" byline; Joomla's pager, whose link holds a hidden "Previous
 * article: TITLE" and then shows a bare Prev; a bilingual outlet's note
 * that the story is also published in its other language; a story
 * header's hero figure parted from the text by a box of key points,
 * which the page's og:image names. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD(t) "<html><head><meta charset=\"utf-8\"><title>" t "</title></head><body>"
#define H1 "<h1>District court report, March 5</h1>"
#define C1 "<p>The following cases were resolved in Calder County District Court between Feb. 24 and " \
	"Feb. 28. Addresses are as given in court records.</p>"
#define C2 "<p>Dale R. Hoskins, 41, of Marlow, pleaded guilty to operating while intoxicated, first offense, " \
	"and was fined $1,250.</p>"
#define C3 "<p>Jordan T. Mills, 27, of Cedar Bend, was fined $200 for fishing without a license at the " \
	"county reservoir.</p>"

static void
compiled_by(void)
{
	test_author_is(HEAD("Court report") H1 "<div class=\"byline\">Compiled by Tessa Brandt</div>"
	    "<div class=\"posted\">Posted Wednesday, March 5, 2025 10:10 am</div><div class=\"text\">" C1 C2 C3
	    "</div></body></html>", "Tessa Brandt",
	    "Compiled by NAME on a line of its own is the byline");
	test_author_is(HEAD("Court report") H1 "<div class=\"text\"><p>Compiled by the clerk's office from "
	    "records filed between Feb. 24 and Feb. 28, the list below is not complete and omits sealed "
	    "cases.</p>" C2 C3 "</div></body></html>", NULL,
	    "... a sentence of prose opening on Compiled by names nobody");
}

#define NAV(p, n) "<nav class=\"pagenavigation\"><span class=\"pagination\">" \
	"<a class=\"previous\" href=\"/press/pm-opens-wharf\" rel=\"prev\"><span class=\"visually-hidden\">" \
	"Previous article: " p "</span> <span aria-hidden=\"true\">Prev</span></a> " \
	"<a class=\"next\" href=\"/press/measles-campaign\" rel=\"next\"><span class=\"visually-hidden\">" \
	"Next article: " n "</span> <span aria-hidden=\"true\">Next</span></a></span></nav>"

static void
hidden_label_pager(void)
{
	test_nav_is(HEAD("Beetle traps") "<h2>Beetle traps set</h2><div class=\"body\">" C1 C2 "</div>"
	    NAV("PM opens new wharf", "Measles campaign begins") "</body></html>",
	    "PM opens new wharf", "Measles campaign begins",
	    "a hidden Previous article: TITLE then a bare Prev gives the title alone");
	test_nav_is(HEAD("Beetle traps") "<h2>Beetle traps set</h2><div class=\"body\">" C1 C2 "</div>"
	    NAV("Councils plan what comes Next", "Measles campaign begins") "</body></html>",
	    "Councils plan what comes Next", "Measles campaign begins",
	    "... and a title ending in Next loses only the bare word after it");
	test_nav_is(HEAD("Beetle traps") "<h2>Beetle traps set</h2><div class=\"body\">" C1 C2 "</div>"
	    "<div class=\"nav\"><a href=\"/press/what-next\" rel=\"prev\">Previous article: What the council "
	    "does Next</a></div></body></html>", "What the council does Next", NULL,
	    "... but a title ending in Next inside its own text keeps it");
}

static void
language_note(void)
{
	tap_ok(is_language_note("Cet article est aussi disponible en français."),
	    "a note that the story is also in French is the site's");
	tap_ok(is_language_note("This article is also available in French"),
	    "... and so is its English form, with no stop");
	tap_ok(!is_language_note("This article is also available in print on Thursday."),
	    "a note naming no language stays");
	tap_ok(!is_language_note("Read this story in French class, the teacher told them."),
	    "... and so does a sentence going on after the language");
	test_body_count(HEAD("Drain levy") "<h1>Farmers win drain appeal</h1><div class=\"entry-content\">"
	    "<p><em>Cet article est aussi disponible en <a href=\"/fr/x\">français</a>.</em></p>" C1 C2 C3
	    "</div></body></html>", 3, "the language note over the text is no body");
}

#define OGHEAD(img) "<html><head><meta charset=\"utf-8\"><title>Causeway reopens</title>" \
	"<meta property=\"og:image\" content=\"http://unit.test/img/" img "\"></head><body><article>"
#define STORYHDR "<header><h1>Yarrabee Crossing causeway reopens after floods</h1>" \
	"<div class=\"byline\">By <a href=\"/people/kirra-dwyer\">Kirra Dwyer</a></div>" \
	"<figure><img src=\"/img/causeway.jpg\" alt=\"A ute crosses the causeway\" width=\"862\" height=\"485\">" \
	"<figcaption>The causeway reopened on Monday.</figcaption></figure>" \
	"<div class=\"share\"><a href=\"https://www.facebook.com/sharer\">Facebook</a></div></header>"
#define KEYPTS "<div class=\"keypoints\"><h2>Key points:</h2><ul>" \
	"<li>The only road into Kooringal Heads reopened on Monday after 19 days under water</li>" \
	"<li>Supplies had been brought in by barge and helicopter since mid-February</li></ul></div>"
#define SIDEBAR "<aside><h2>Top Stories</h2><img src=\"/img/rates.jpg\" alt=\"Rates\" width=\"600\" " \
	"height=\"400\"><p><a href=\"/news/rates\">Reserve Bank keeps rates on hold</a></p></aside>"

static void
og_lead_picture(void)
{
	tap_int(test_story_images(xstrdup(OGHEAD("causeway.jpg") STORYHDR KEYPTS "<div class=\"text\">" C1 C2 C3
	    "</div></article>" SIDEBAR "</body></html>")), 1,
	    "the hero figure og:image names, above a key points box, is the story's picture");
	tap_int(test_story_images(xstrdup(OGHEAD("rates.jpg") STORYHDR KEYPTS "<div class=\"text\">" C1 C2 C3
	    "</div></article>" SIDEBAR "</body></html>")), 0,
	    "... but a sidebar's picture og:image names is no lead");
	tap_int(test_story_images(xstrdup(OGHEAD("other.jpg") STORYHDR KEYPTS "<div class=\"text\">" C1 C2 C3
	    "</div></article>" SIDEBAR "</body></html>")), 0,
	    "... and a figure og:image does not name stays out as before");
}

/* A story that sets "Read more:" lines between its paragraphs links one
 * story on each: every line of the label joins the list the first began,
 * a link said twice once.  A line of another label is not one of them. */
#define READ_MORE(slug, title) "<p><b>Read more:</b> <a href=\"https://paper.example/news/" slug "/\">" title "</a></p>"

static void
read_more_lines(void)
{
	tap_int(test_story_related(xstrdup(HEAD("Court report") H1 "<article>" C1
	    READ_MORE("porch-collapse", "Four students hurt as porch collapses during party") C2
	    READ_MORE("rental-inspections", "Editorial: the city can't wait for the next porch to fall") C3
	    "</article></body></html>")), 2, "every Read more: line in the story gives its story");
	tap_int(test_story_related(xstrdup(HEAD("Court report") H1 "<article>" C1
	    READ_MORE("porch-collapse", "Four students hurt as porch collapses during party") C2
	    READ_MORE("porch-collapse", "Four students hurt as porch collapses during party") C3
	    "</article></body></html>")), 1, "... a story linked twice once");
	tap_int(test_story_related(xstrdup(HEAD("Court report") H1 "<article>" C1
	    READ_MORE("porch-collapse", "Four students hurt as porch collapses during party") C2
	    "<p><b>Listen:</b> <a href=\"https://paper.example/podcast/ep-12/\">The week in city hall, episode 12</a></p>" C3
	    "</article></body></html>")), 1, "... and a line of another label is none of them");
}

int
main(void)
{
	compiled_by();
	hidden_label_pager();
	language_note();
	og_lead_picture();
	read_more_lines();
	return tap_done();
}
