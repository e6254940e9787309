/* unit_extract_unseen42en: the kinds of layout the forty-second English
 * blind round (unseen42en-*) found wanting: a weekly's "See also: TITLE"
 * line set into the text; a SharePoint board's "More Press Releases" web
 * part; a community station's "More news from the island"; a DNN news
 * module's author span running on into its dated weekday, and its pager's
 * "« Previous" and "Next »" spans over the titles' spans. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_morefrom.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Krill</title></head><body>"
#define H1 "<h1>Krill vessel licences cut as council heeds penguin survey</h1>"
#define P1 "<p>Islands councillors have voted to cut the number of krill fishing licences for the coming " \
	"season from six to four, after a survey found fewer gentoo chicks on the north coast.</p>"
#define P2 "<p>The decision followed a report from the conservation trust showing that chick counts at " \
	"the three largest colonies fell by about a fifth in two breeding seasons.</p>"
#define P3 "<p>The two companies that will not be offered a licence this year have 28 days to appeal, " \
	"the chairman of the committee said on Wednesday evening.</p>"
#define STORY(line) HEAD H1 "<div class=\"story__body\">" P1 P2 line P3 "</div></body></html>"

static void
see_also_line(void)
{
	tap_int(test_story_related(xstrdup(STORY("<p><strong>See also:</strong> <a href=\"/news/2025/11/21/"
	    "volunteers\">Penguin survey volunteers needed for North Point count</a></p>"))), 1,
	    "a \"See also:\" line of one link set into the text is a read-on, related");
	tap_int(test_story_related(xstrdup(STORY("<p>See the <a href=\"/fisheries/licences\">licence "
	    "register</a> for the names of the companies and the tonnage each was allowed last season.</p>"))),
	    0, "... a sentence opening \"See the\" with a link in it is none");
}

static void
more_headings(void)
{
	tap_int(is_related_heading("More Press Releases"), 1,
	    "a board's \"More Press Releases\" heads a related list, as \"Other Releases\" does");
	tap_int(is_related_heading("More press releases will follow"), 0,
	    "... a line saying more releases will follow heads none");
	tap_int(more_from_heading("More news from the island"), 1,
	    "\"More news from the island\": the site's own news, a place named with \"the\"");
	tap_int(more_from_heading("More news from the island council is expected"), 0,
	    "... a sentence running on past the place is no heading");
	tap_int(more_from_heading("More in the coming weeks"), 0,
	    "... nor is \"More in the\": only \"news from the\" names a place");
	tap_int(more_from_heading("More from the mill closed"), 0,
	    "... and \"More from the\" without news opens a sentence as often");
	tap_int(is_related_heading("More news from the island"), 1,
	    "... and is_related_heading takes it");
}

static void
dated_weekday(void)
{
	test_gives(label_value, "Joycelyn Wari Wednesday, 14 January 2026 Views: 612", "Joycelyn Wari",
	    "an author's value ends at a dated weekday run on after it");
	test_gives(label_value, "Grace Monday Kila", "Grace Monday Kila",
	    "... a name holding a weekday's word, no date after it, stays whole");
}

#define PAGER(prev, next) HEAD H1 "<div class=\"story__body\">" P1 P2 P3 "</div><div class=\"pn\">" \
	"<a class=\"pn-prev\" href=\"/news/417/pec-work-plans\">" prev "</a> " \
	"<a class=\"pn-next\" href=\"/news/419/cocoa-fermentaries\">" next "</a></div></body></html>"

static void
span_label_pager(void)
{
	test_nav_is(PAGER("<span>&laquo; Previous</span> <span>Provincial Executive Council endorses 2026 work "
	    "plans</span>", "<span>Next &raquo;</span> <span>Cocoa farmers in Lakekamu receive new "
	    "fermentaries</span>"),
	    "Provincial Executive Council endorses 2026 work plans",
	    "Cocoa farmers in Lakekamu receive new fermentaries",
	    "a pager's label and its arrow in a span of their own over the title's are no part of it");
	test_nav_is(PAGER("<span>&laquo; Previous owners of the mill remembered</span>",
	    "<span>Next year&rsquo;s budget &raquo;</span>"), NULL, NULL,
	    "... a title opening on the word, in one span with its arrow, makes no worded link");
}

static void
str_is(char *got, const char *want, const char *what)
{
	tap_str(got, want, what);
	free(got);
}

static void
posted_date_by(void)
{
	str_is(fielded_by("Posted 12th January 2026 by Ruth Kinvig, Clerk to the Commissioners"),
	    "Ruth Kinvig", "\"Posted DATE by NAME, ROLE\" with no separator names the writer");
	str_is(fielded_by("Published 1998 by Faber and Faber in London"), NULL,
	    "... a year alone dates no post, and names no writer");
}

#define SIGNED(post) HEAD H1 "<p class=\"posted\">Posted 12th January 2026 by Ruth Kinvig, Clerk</p>" \
	"<div class=\"story__body\">" P1 P2 P3 "<p><i>Ruth Kinvig<br>" post "</i></p>" \
	"<p class=\"small\">Print this page · <a href=\"mailto:?subject=x\">Email a friend</a></p></div></body></html>"

/* A newsletter item signed "NAME<br>POST" under its text, NAME the
 * author: the post goes with the name, and the page's tools line
 * "Print this page · Email a friend" is none of the story (mended at the
 * merge: extract_signoff.c author_post_tail, extract_notewords.c). */
static void
signed_post(void)
{
	test_page_body_is(SIGNED("Clerk to the Commissioners"), "https://ballacorkey.test/news/1.html", 3, NULL,
	    "The two companies that will not be offered a licence this year have 28 days to appeal, "
	    "the chairman of the committee said on Wednesday evening.",
	    "the author's post under the signed name, and the tools line, are none of the story");
	test_page_body_is(SIGNED("Thanks to all who came to the meeting."), "https://ballacorkey.test/news/1.html", 4, NULL,
	    "Thanks to all who came to the meeting.", "... a sentence after the name stays");
}

int
main(void)
{
	signed_post();
	see_also_line();
	more_headings();
	dated_weekday();
	span_label_pager();
	posted_date_by();
	return tap_done();
}
