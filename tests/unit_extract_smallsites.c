/* unit_extract_smallsites: what small sites' hand-made pages print
 * around the story.  Old table
 * sites and hand-made pages set a side column of links, notices and a
 * line or two of prose beside the story: as a cell of the story's table
 * row, or as a floated block written before the block that holds the
 * headline.  Neither is a part of the story (extract_split.c's
 * column_beside).  Under such a story, a pager's links after the
 * "Submitted by NAME, ROLE" line do not hide it (extract_closing.c).
 * A small CMS may mark the story's keywords only by microdata, under a
 * label of no colon (extract_keywords.c).  An e-mail bulletin sets its
 * photo and its italic caption in a table row of their own under the
 * headline (extract_images.c's picture_over_line). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define PAGE_URL "http://borough.test/news.php?id=318"
#define HEAD "<html><head><title>Borough News</title></head><body>"
#define H2 "<h2>Assembly sets hearing on gravel pit</h2>"
#define P1 "<p>The Borough Assembly will hold a public hearing on February 3 on a permit for a gravel pit " \
	"off Tustumena Road.</p>"
#define P2 "<p>The company has asked to extract up to 60,000 cubic yards a year from a parcel a mile south " \
	"of the creek bridge.</p>"
#define P3 "<p>Neighbours have raised concerns about truck traffic on the school bus route, and about dust " \
	"in the summer months.</p>"
#define FIRST "The Borough Assembly will hold a public hearing on February 3 on a permit for a gravel pit off " \
	"Tustumena Road."
#define LAST "Neighbours have raised concerns about truck traffic on the school bus route, and about dust in " \
	"the summer months."
/* a side column's boxes: links, and notices of a sentence or two */
#define LINKS "<p class=\"head\">Departments</p><p><a href=\"/clerk.php\">Clerk</a><br>" \
	"<a href=\"/roads.php\">Roads</a></p>"
#define NOTICE "<p class=\"head\">Notices</p><p>Water truck deliveries to the east end will be on " \
	"Tuesdays and Fridays until the road is graded.<br>The dump will be closed on Monday, February 16, " \
	"for Family Day, and open again on Tuesday.</p>"
#define SIDE LINKS "<p class=\"head\">Board Vacancies</p><p>The Assembly is accepting letters of " \
	"interest for two seats on the Planning Commission and one on the Fire Board. " \
	"<a href=\"/vacancies.php\">Apply</a></p>" NOTICE

static void
cell_beside_story(void)
{
	page_body_is(HEAD "<table><tr><td class=\"leftcol\">" SIDE "</td><td class=\"maincol\"><table><tr><td>"
	    H2 P1 P2 P3 "</td></tr></table></td></tr></table></body></html>", 3, FIRST, LAST,
	    "a side column in the cell beside the story's is no part of it");
	page_body_is(HEAD "<table><tr><td class=\"maincol\">" H2 P1 P2 P3 "</td><td class=\"rightcol\">" SIDE
	    "</td></tr></table></body></html>", 3, FIRST, LAST, "... after it too");
	page_body_is(HEAD H2 "<table><tr><td>" P1 "</td></tr><tr><td>" P2 P3 "</td></tr></table></body></html>",
	    3, FIRST, LAST, "... a story in the rows of one table is read down its rows");
}

static void
column_before_headline(void)
{
	page_body_is(HEAD "<div id=\"wrapper\"><div id=\"leftcol\">" LINKS "</div><div id=\"rightcol\">" NOTICE
	    "</div><div id=\"content\">" H2 P1 P2 P3 "</div></div></body></html>", 3, FIRST, LAST,
	    "a column written before the block that holds the headline is no part of the story");
	page_body_is(HEAD "<div id=\"wrapper\"><div class=\"text\">" H2 P1 P2 "</div><div class=\"ad\">"
	    "<img src=\"/ad.gif\"></div><div class=\"text\">" P3 "</div></div></body></html>", 3, FIRST, LAST,
	    "... a block after it is still the story's second part");
}

#define PAGER "<p class=\"pager\"><a href=\"dec.htm\">&lt;&lt; Previous</a> | <a href=\"index.htm\">News " \
	"Index</a> | <a href=\"jan.htm\">Next &gt;&gt;</a></p>"

static void
submitter_over_pager(void)
{
	struct page *p = test_page_of(HEAD "<div id=\"content\">" H2 P1 P2 P3
	    "<p><i>Submitted by Marlene Auger, Band Manager</i></p>" PAGER "</div></body></html>", PAGE_URL);

	tap_str(p->author, "Marlene Auger", "a submitter's line over a pager's links names the writer");
	tap_int((long)p->body.n, 3, "... and is no line of the story");
	page_free(p);
	p = test_page_of(HEAD "<div id=\"content\">" H2 P1 P2 P3 PAGER "</div></body></html>", PAGE_URL);
	tap_str(p->author, NULL, "... a pager under the story's last sentence names no one");
	page_free(p);
}

static void
dated_by_row(void)
{
	test_gives(fielded_by, "11 Jan 2026 by Eimear Flood, Club PRO", "Eimear Flood",
	    "a meta row of a date and \"by NAME, ROLE\" names the writer");
	test_gives(fielded_by, "Posted: Thursday 15th January 2026 by Gwen Parry | Section: Harbour",
	    "Gwen Parry", "... after a label with its colon, up to the separator");
	test_gives(fielded_by, "11 Jan 2026 by the harbour wall, the new pontoon opened", NULL,
	    "... a sentence after the date names no one");
	test_gives(fielded_by, "1998 by Faber and Faber", NULL, "... nor does a year alone");
}

#define LETTER(mast) "<html><head><title>Trust news</title></head><body><table><tr><td><p>" mast \
	"</p></td></tr><tr><td><h1>Hydro scheme switched on</h1></td></tr><tr><td>" P1 P2 P3 \
	"</td></tr></table></body></html>"

static void
issue_masthead(void)
{
	test_published_is(LETTER("Issue 41 &middot; 16 January 2026"), "2026-01-16",
	    "a newsletter's issue line over the headline dates the story");
	test_published_is(LETTER("Te P&#257;nui o Ng&#257;ti Kawau | Putanga 47 | 26 November 2026"),
	    "2026-11-26", "... whatever its language's word for an issue");
	test_published_is(LETTER("Chapter 3 of the parish history, 16 January 2026"), NULL,
	    "... a heading with a number and a date, no fields, dates nothing");
}

#define KEYWORDS(k) HEAD "<div class=\"post\">" H2 "<div class=\"body\">" P1 P2 P3 "</div>" k \
	"</div></body></html>"

static void
keyword_line(void)
{
	struct page *p = test_page_of(KEYWORDS("<p><strong>Tags</strong> <span itemprop=\"keywords\">"
	    "gravel pit, hearings, school bus route</span></p>"), PAGE_URL);

	tap_int((long)p->tags.n, 3, "the keywords microdata marks under the story are its tags");
	tap_str(p->tags.n == 3 ? p->tags.v[2] : NULL, "school bus route", "... parted by commas, not spaces");
	page_free(p);
	p = test_page_of(KEYWORDS("<meta itemprop=\"keywords\" content=\"gravel, hearing\">"), PAGE_URL);
	tap_int((long)p->tags.n, 0, "... a keywords meta the reader never sees gives none");
	page_free(p);
	p = test_page_of(KEYWORDS("<p itemprop=\"keywords\">The Assembly heard from residents of the east end "
	    "about the gravel pit and the dust it would raise</p>"), PAGE_URL);
	tap_int((long)p->tags.n, 0, "... nor does a sentence marked so");
	page_free(p);
}

#define PHOTO "<img src=\"/img/pit.jpg\" alt=\"The gravel pit site\" width=\"552\">"
#define BULLETIN(row) HEAD "<table><tr><td><img src=\"/img/banner.png\" alt=\"Borough News\" " \
	"width=\"600\"></td></tr><tr><td><h1>Assembly sets hearing on gravel pit</h1></td></tr>" \
	"<tr><td>" row "</td></tr><tr><td>" P1 P2 P3 "</td></tr></table></body></html>"

static void
bulletin_photo_row(void)
{
	struct page *p = test_page_of(BULLETIN(PHOTO "<p><em>The parcel south of the creek bridge.</em></p>"),
	    PAGE_URL);

	tap_int((long)p->nimages, 1, "a bulletin's photo over its caption in a row under the headline is the story's");
	tap_int((long)p->body.n, 3, "... and its caption no line");
	page_free(p);
	p = test_page_of(BULLETIN(PHOTO "<p><a href=\"/gallery.php\">See all the photos</a></p>"), PAGE_URL);
	tap_int((long)p->nimages, 0, "... a picture over a line of a link is not");
	page_free(p);
	p = test_page_of(BULLETIN(PHOTO "<p>Sign up for the borough's weekly e-mail.</p>"), PAGE_URL);
	tap_int((long)p->nimages, 0, "... nor one over a plain line, no caption's italics");
	page_free(p);
}

int
main(void)
{
	tap_init();
	cell_beside_story();
	column_before_headline();
	submitter_over_pager();
	dated_by_row();
	issue_masthead();
	keyword_line();
	bulletin_photo_row();
	return tap_done();
}
