/* unit_extract_unseen12en: the kinds of layout the twelfth English blind
 * round (unseen12en-*) found wanting: a labelled name with accented
 * Latin letters (Reporter: Pádraig Daly), which ended at its first space
 * as a CJK name does; "Reporter:" as an author's label; a publisher's
 * statement under the story that it keeps a press regulator's code; a
 * short box in the text whose link goes to the outlet's sign-up page; a
 * heading of "More in" and a link to the story's tag over a related list;
 * a post's header ending in its lead figure just before the text. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Kilcarrig into semi-finals</title></head>" \
	"<body><h1>Kilcarrig into semi-finals</h1>"
#define P1 "<p>Kilcarrig booked their place in the county semi-finals with a four-point win over Drumlane on Sunday.</p>"
#define P2 "<p>Drumlane led at the break after a first half in which Kilcarrig kicked eight wides, five of them frees.</p>"
#define P3 "<p>The semi-final draw takes place on Tuesday night at the county board offices in the town.</p>"
#define STORY "<div class=\"article-content\">" P1 P2 P3 "</div></body></html>"

static void
accented_names(void)
{
	test_author_is(HEAD "<div class=\"info\"><span>Author: <a href=\"/a/1\">Pádraig Daly</a></span> "
	    "<span>28 Jul 2024</span></div>" STORY, "Pádraig Daly",
	    "a labelled name with an accented Latin letter goes on past its space");
	test_author_is(HEAD "<div class=\"info\"><span>Author: Zoë Łukasiewicz-Brontë</span></div>" STORY,
	    "Zoë Łukasiewicz-Brontë", "... and so does one with letters of Latin Extended");
	test_author_is(HEAD "<div class=\"info\"><span>作者：王敏 记者</span></div>" STORY, "王敏",
	    "a CJK name still ends at its space");
}

static void
reporter_label(void)
{
	test_author_is(HEAD "<div class=\"article-info\"><span class=\"reporter\">Reporter: <a href=\"/author/pdaly\">"
	    "Sean Daly</a></span> <span class=\"date\">28 Jul 2024</span></div>" STORY, "Sean Daly",
	    "Reporter: labels the author");
}

#define IPSO "This website and associated newspapers adhere to the Independent Press Standards Organisation's " \
	"Editors' Code of Practice. If you have a complaint about the editorial content which relates to " \
	"inaccuracy or intrusion, then please contact the editor here."

static void
regulator_statement(void)
{
	test_body_count(HEAD "<article><div class=\"article-body\">" P1 P2 P3 "</div><div class=\"note\"><p>" IPSO
	    "</p></div></article></body></html>", 3, "a publisher's statement that it keeps a press regulator's code is no body");
	test_body_count(HEAD "<article><div class=\"article-body\">" P1 P2 P3 "<p>This newspaper is a member of the "
	    "Press Council of Ireland and abides by its Code of Practice.</p></div></article></body></html>", 3,
	    "... nor is a paper's note that it belongs to a press council");
	test_body_count(HEAD "<article><div class=\"article-body\">" P1 P2 P3 "<p>This site will be turned into a "
	    "park once the old stand is pulled down, the club said.</p></div></article></body></html>", 4,
	    "a story's line opening on This site stays");
	test_body_count(HEAD "<article><div class=\"article-body\">" P1 P2 P3 "<p>The club said it would write to the "
	    "Press Council about the photographs.</p></div></article></body></html>", 4,
	    "... and so does one naming a press council");
}

static void
signup_link(void)
{
	test_body_count(HEAD "<div class=\"article-content\">" P1 P2 "<div class=\"cta-card\"><p><strong>The Observer is "
	    "free and student-run.</strong> If you value local news, <a href=\"#/portal/signup\">subscribe for free</a> "
	    "to get every story in your inbox.</p></div>" P3 "</div></body></html>", 3,
	    "a short box linking to the outlet's sign-up page asks to act, whatever its link's words");
	test_body_count(HEAD "<div class=\"article-content\">" P1 P2 "<p>Families can <a href=\"/parks/summer-camp\">"
	    "sign up for the summer camp</a> at the town hall until June 1.</p>" P3 "</div></body></html>", 4,
	    "a story's line with a link to sign up for something else stays");
	test_body_count(HEAD "<div class=\"article-content\">" P1 P2 "<p>The land was <a href=\"/news/donated-land-park\">"
	    "donated by the family</a> in 1952.</p>" P3 "</div></body></html>", 4,
	    "... and so does one linking to a story whose address starts like a donation page's");
}

#define MORE_LIST "<ul><li><h4><a href=\"/depot-sidewalk/\">Depot District sidewalk plan heads to hearing</a></h4></li>" \
	"<li><h4><a href=\"/housing-consultant/\">Board hires consultant for housing study</a></h4></li>" \
	"<li><h4><a href=\"/linden-parking/\">Linden Street parking permits approved</a></h4></li></ul>"

/* how many related items the page of a story and an aside holding
 * heading and MORE_LIST gives */
static long
related_under(const char *heading)
{
	char *html;

	html = xasprintf("%s<article><section class=\"gh-content\">%s%s%s</section></article>"
	    "<aside class=\"read-more\">%s%s</aside></body></html>", HEAD, P1, P2, P3, heading, MORE_LIST);
	return test_story_related(html);
}

static void
more_in_tag(void)
{
	tap_int(related_under("<h3>More in <a href=\"/tag/town-board/\">Town Board</a></h3>"), 3,
	    "a heading of More in and a link to the story's tag heads a related list");
	tap_int(related_under("<h3>More in <a href=\"/weather/\">store</a> this week</h3>"), 0,
	    "... but not one whose link names no capitalised tag");
}

/* the pictures the page of a post whose header ends in figure gives */
static long
pictures_under(const char *figure)
{
	char *html;

	html = xasprintf("%s<article><header class=\"post-header\"><div class=\"tag\"><a href=\"/tag/gaa/\">GAA</a></div>"
	    "<p class=\"excerpt\">Kilcarrig kicked eight wides in the first half and still won by four, but their manager "
	    "says they will need a far sharper display against the champions Castlefinn in the semi-final next month, "
	    "with Mulvey and Brophy both carrying knocks.</p><div class=\"byline\">"
	    "<a href=\"/author/pd/\">Pat Daly</a> <time datetime=\"2024-07-28\">Jul 28, 2024</time></div>%s</header>"
	    "<section class=\"post-content\">%s%s%s</section></article></body></html>", HEAD, figure, P1, P2, P3);
	return test_story_images(html);
}

static void
header_figure(void)
{
	tap_int(pictures_under("<figure class=\"post-image\"><img src=\"/img/mulvey.jpg\" alt=\"Mulvey\">"
	    "<figcaption>Ciarán Mulvey celebrates his goal.</figcaption></figure>"), 1,
	    "a post's header ending in its lead figure just before the text gives the picture");
}

int
main(void)
{
	accented_names();
	reporter_label();
	regulator_statement();
	signup_link();
	more_in_tag();
	header_figure();
	return tap_done();
}
