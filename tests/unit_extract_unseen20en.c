/* unit_extract_unseen20en: the kinds of layout the twentieth English
 * blind round (unseen20en-*) found wanting: a court report's "Compiled
 * by NAME" byline; Joomla's pager, whose link holds a hidden "Previous
 * article: TITLE" and then shows a bare Prev; a bilingual outlet's note
 * that the story is also published in its other language. */
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
	    "<div class=\"posted\">Posted Wednesday, March 5, 2025 10:10 am</div><div class=\"text\">" C1 C2 C3 "</div></body></html>", "Tessa Brandt",
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

int
main(void)
{
	compiled_by();
	hidden_label_pager();
	language_note();
	return tap_done();
}
