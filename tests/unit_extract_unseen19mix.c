/* unit_extract_unseen19mix: the kinds of layout the nineteenth mixed
 * blind round (unseen19mix-*) found wanting: a Japanese city's English
 * page with its page number (Page ID: 0048213) and a note that the page is
 * a translation over the text; a Korean province's English board whose
 * view table labels the headline Subject and lists the items before and
 * after as rows of a bare Prev / Next and a link, and names its writer
 * in a Writer cell. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_titletag.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define JHEAD "<html><head><meta charset=\"utf-8\"><title>Lantern boats return to the river festival</title></head><body>" \
	"<div id=\"contents\"><h1>Lantern boats return to the river festival</h1>"
#define JTEXT "<p>The river cherry blossom festival will be held from March 29 to April 6 along the riverside path " \
	"between the west bridge and the station.</p>" \
	"<p>About 450 cherry trees line both banks of the river and will be lit up every evening.</p>" \
	"<p>Ten boats decorated with paper lanterns will carry visitors along a 600-meter course.</p></div></body></html>"
#define JSTORY(lines) JHEAD lines JTEXT

static void
site_notes(void)
{
	test_body_count(JSTORY("<p>Page ID: 0048213</p>"), 3, "a page's number in the site over its text is no body");
	test_body_count(JSTORY("<p>ページ番号：1012345</p>"), 3, "... ページ番号 too");
	test_body_count(JSTORY("<p>This page was translated by the City's International Relations Division. If the "
	    "Japanese and English versions differ, the Japanese version takes priority.</p>"), 3,
	    "a note that the page is a translation is no body");
	test_body_count(JSTORY("<p>This page has been machine translated and may contain errors.</p>"), 3,
	    "... a machine translation's note too");
	tap_int(is_site_note("Page ID: 0048213 lists the festival's dates"), 0,
	    "but a line running on past the page's number stays");
	tap_int(is_site_note("This page of the city's history was written by volunteers."), 0,
	    "... and so does one of a page that names no translation");
	tap_int(is_site_note("The festival guide was translated by volunteers into five languages."), 0,
	    "... and a story's sentence on a translation");
}

#define KHEAD "<html><head><meta charset=\"utf-8\"><title>Provincial News &lt; News &amp; Notice &lt; Hanbuk Province</title>" \
	"</head><body><div id=\"lnb\"><h2>News &amp; Notice</h2></div><h3>Provincial News</h3><table class=\"view\">"
#define KROW(label, value) "<tr><th>" label "</th><td>" value "</td></tr>"
#define KTEXT "<tr><td colspan=\"2\"><p>Hanbuk Province will open a seaweed research center in Sorim County in October, " \
	"the first of its kind in the country.</p><p>The center cost 28 billion won and will house laboratories and a " \
	"seed bank.</p><p>About 30 researchers will work at the center once it opens.</p></td></tr></table></body></html>"
#define KSTORY(label) KHEAD KROW(label, "Hanbuk to Open Seaweed Research Center in Sorim County") \
	KROW("Date", "2025-03-14") KTEXT

static void
subject_cell(void)
{
	test_title_is(KSTORY("Subject"), "Hanbuk to Open Seaweed Research Center in Sorim County",
	    "an English board's Subject cell names the headline in the next cell");
	test_title_is(KSTORY("Title:"), "Hanbuk to Open Seaweed Research Center in Sorim County", "... Title: too");
	tap_int(title_label_cell("Subjects covered"), 0, "but a longer label is none");
	tap_int(title_label_cell("Writer"), 0, "... nor is another label");
}

#define NSTORY(rows) KSTORY("Subject") "<ul class=\"prev_next\">" rows "</ul>"
#define NPREV "<li class=\"prev\"><span class=\"tit\">Prev</span><a href=\"/eng/board/view.do?idx=5518\">" \
	"Hanbuk Opens Free Korean Classes for Foreign Workers</a><span>2025-03-12</span></li>"
#define NNEXT "<li class=\"next\"><span class=\"tit\">Next</span><a href=\"/eng/board/view.do?idx=5526\">" \
	"Spring Flower Festival Dates Announced</a><span>2025-03-17</span></li>"

static void
lone_words(void)
{
	test_nav_is(NSTORY(NPREV NNEXT), "Hanbuk Opens Free Korean Classes for Foreign Workers",
	    "Spring Flower Festival Dates Announced", "a bare Prev / Next in an element of its own before a link labels it");
	test_nav_is(NSTORY("<li><a href=\"/eng/board/list.do?page=2\">Next</a></li>"), NULL, NULL,
	    "... but a link's own word Next is no label of a story");
	test_nav_is(NSTORY("<li><span>Next</span> week: <a href=\"/eng/board/view.do?idx=5526\">Spring Flower Festival "
	    "Dates Announced</a></li>"), NULL, NULL, "... nor a Next that text follows before the link");
}

/* The view table's Writer cell names the author in the next cell, as
 * its Author and Reporter cells (and 作者) do.  A longer label, or a
 * sentence that opens with the word, names none. */
static void
writer_cell(void)
{
	test_author_is(KHEAD KROW("Subject", "Hanbuk to Open Seaweed Research Center in Sorim County")
	    KROW("Writer", "Park Min-seo") KROW("Date", "2025-03-14") KTEXT, "Park Min-seo",
	    "an English board's Writer cell names the author in the next cell");
	test_author_is(KHEAD KROW("Subject", "Hanbuk to Open Seaweed Research Center in Sorim County")
	    KROW("Writers' program", "Park Min-seo") KROW("Date", "2025-03-14") KTEXT, NULL,
	    "... but a longer label names none");
	test_author_is(KHEAD KROW("Subject", "Hanbuk to Open Seaweed Research Center in Sorim County")
	    KROW("Date", "2025-03-14") "<tr><td colspan=\"2\"><p>Writer and diver Kim Ha-eun will open the center.</p></td></tr>"
	    KTEXT, NULL, "... nor does a sentence that opens with the word");
}

int
main(void)
{
	site_notes();
	subject_cell();
	lone_words();
	writer_cell();
	return tap_done();
}
