/* unit_extract_unseen45en: the kinds of layout the forty-fifth English
 * blind round (unseen45en-*) found wanting: a county government's news
 * module printing "DATE By: OFFICE COUNT views" in one line of spans, the
 * office's name ("Department of Health Services") signing the statement;
 * a bold "PRESS STATEMENT" over the statement's text; a hand-built page's
 * pager of bare "<< Previous" / "Next >>" links that name no story. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Health</title></head><body>"
#define H1 "<h1>County to hire 120 community health promoters</h1>"
#define P1 "<p>The County Government will recruit 120 community health promoters to serve in the 24 " \
	"wards of the county, each ward receiving five of them.</p>"
#define P2 "<p>The recruitment follows the passing of the Community Health Services Act, which sets a " \
	"monthly stipend for every promoter.</p>"
#define P3 "<p>Application forms are available at all sub-county health offices and on the county " \
	"website until the end of the month.</p>"
#define META(m) HEAD "<article>" H1 "<div class=\"news-meta\">" m "</div><div class=\"news-body\">" \
	P1 P2 P3 "</div></article></body></html>"

static void
office_by_field(void)
{
	test_author_is(META("<span>15 Jan, 2026</span> <span>By: Department of Health Services</span> "
	    "<span>1,204 views</span>"), "Department of Health Services",
	    "\"DATE By: OFFICE\" in a line of spans names the office that signed it");
	test_author_is(META("<span>15 Jan, 2026</span> <span>By: Jane Wanjiru</span>"), "Jane Wanjiru",
	    "... and \"DATE By: NAME\" the person, \"By:\" a field as \" | By \" is");
	test_gives(fielded_by, "15 Jan, 2026 By: Office of the Governor | Press", "Office of the Governor",
	    "an office's name runs to a separator");
	test_gives(fielded_by, "15 Jan, 2026 By: Department of health officials in the county", NULL,
	    "... a sentence after \"By:\" in lower case names no one");
	test_author_is(META("<span>15 Jan, 2026</span> <span>Stand by the Department of Health "
	    "Services</span>"), NULL, "... nor does \"by\" in a line with no field's colon");
}

static void
press_statement(void)
{
	test_body_count(HEAD "<article>" H1 "<div class=\"news-body\"><p><strong>PRESS STATEMENT</strong></p>"
	    P1 P2 P3 "</div></article></body></html>", 3,
	    "a bold \"PRESS STATEMENT\" over the statement is its kind of paper, no line");
	test_body_count(HEAD "<article>" H1 "<div class=\"news-body\"><p>Press statement issued by the "
	    "county on the budget was read out at the meeting.</p>" P1 P2 P3 "</div></article></body></html>", 4,
	    "... a story's line opening with the words stays");
}

#define PAGER(prev, next) HEAD "<div id=\"content\">" H1 P1 P2 P3 "<p class=\"pager\">" prev \
	" | <a href=\"index.htm\">News Index</a> | " next "</p></div></body></html>"

static void
bare_pager(void)
{
	test_nav_is(PAGER("<a href=\"dec2025.htm\">&lt;&lt; Previous</a>", "<a href=\"feb2026.htm\">Next &gt;&gt;</a>"),
	    NULL, NULL, "a bare \"<< Previous\" link names no story: no prev");
	test_nav_is(PAGER("<a href=\"dec2025.htm\">&lt;&lt; Previous: Christmas hampers delivered</a>",
	    "<a href=\"feb2026.htm\">Next: Bingo schedule &gt;&gt;</a>"),
	    "Christmas hampers delivered", "Bingo schedule", "... one with a title after its word keeps it");
}

int
main(void)
{
	office_by_field();
	press_statement();
	bare_pager();
	return tap_done();
}
