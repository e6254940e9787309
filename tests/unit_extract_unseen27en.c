/* unit_extract_unseen27en: the kinds of layout the twenty-seventh English
 * blind round (unseen27en-*) found wanting: a small site's ask for its
 * readers' stories phrased "Do you have a story for ...?", a release's
 * "Learn more" over its list of links, and a student paper's statement of
 * who makes it closing the story, its disclaimer a later sentence, with
 * "Edited by NAME" over it; and an author meta naming the site that
 * closes the <title>; and a fact box ("Quick facts" over a list) set
 * between the paragraphs; and a community paper's italic ask to pick up
 * its print edition closing the web story. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Lab</title></head><body>"
#define H1 "<h1>Language lab opens in Red Cloud Hall</h1>"
#define BY "<p class=\"byline\">By Tyrese Yellow Horse</p>"
#define P1 "<p>Students at Little Elk Tribal College now have a room where they can hear, record and " \
	"practice the Lakota language every day of the week.</p>"
#define P2 "<p>The lab has 16 stations with headsets and recording software, along with a library of " \
	"recordings of elders telling stories.</p>"
#define P3 "<p>The lab is open to students, staff and community members from 8 a.m. to 8 p.m., Monday " \
	"through Friday.</p>"
#define OPEN HEAD H1 BY "<div class=\"story-body\">" P1 P2 P3
#define CLOSE "</div></body></html>"

static void
story_asks(void)
{
	test_body_count(OPEN "<p><em>Do you have a story for the Wendlecote Voice? Email "
	    "newsdesk@wendlecotevoice.example</em></p>" CLOSE, 3,
	    "a site's ask for its readers' stories, \"Do you have a story\", with an address");
	test_body_count(OPEN "<p>Do you have a story about the old mill? The society wants to hear it "
	    "before the open day.</p>" CLOSE, 4, "... a story's own line asking so, with no address, stays");
}

static void
learn_more(void)
{
	tap_int(is_related_heading("Learn more"), 1, "\"Learn more\" alone heads a release's list of links");
	tap_int(is_related_heading("Learn more about the clinic's kidney care"), 0,
	    "... a line going on past it heads none");
}

static void
outlet_statements(void)
{
	test_body_count(OPEN "<p><em>The Elk Call is produced by students of Little Elk Tribal College. "
	    "Opinions expressed do not necessarily reflect those of the college or the tribe.</em></p>" CLOSE, 3,
	    "a paper's statement of who makes it, its disclaimer a later sentence, closing the story");
	test_body_count(OPEN "<p>The board said it would review the policy. Its members do not necessarily "
	    "agree on the changes, the chair said.</p>" CLOSE, 4,
	    "... a story's sentence saying \"not necessarily\" stays");
}

static void
edited_by(void)
{
	struct page *p = test_page_of(OPEN "<p><em>Edited by Jolene Runs Above</em></p>" CLOSE, NULL);

	tap_int((long)p->body.n, 3, "\"Edited by NAME\" alone under the text is no story line");
	tap_str(p->editor, "Jolene Runs Above", "... and names the editor");
	page_free(p);
	test_body_count(OPEN "<p>Edited by hand, the film runs for nine minutes.</p>" CLOSE, 4,
	    "... a sentence opening so stays");
}

#define SITE_HEAD(meta, title) "<html><head><meta charset=\"utf-8\"><meta name=\"dcterms.creator\" " \
	"content=\"" meta "\"><title>" title "</title></head><body>" H1 "<div class=\"story-body\">" P1 P2 P3 CLOSE

static void
site_creators(void)
{
	test_author_is(SITE_HEAD("Boreal Shield Health", "New dialysis unit | News Releases | Boreal Shield Health"),
	    NULL, "an author meta naming the site that closes the <title> names no writer");
	test_author_is(SITE_HEAD("Carla Voss", "Fox Hollow rebuild | Tallgrass Valley Electric"), "Carla Voss",
	    "... a person's name in it, the title closing otherwise, is the writer");
}

static void
fact_boxes(void)
{
	test_body_count(OPEN "<div class=\"box\"><h3>Quick facts</h3><ul><li>About 1 in 10 Canadians has "
	    "kidney disease.</li><li>The unit is the region's fourth dialysis site.</li></ul></div>"
	    "<p>The first patients will begin treatment at the new unit on January 26.</p>" CLOSE, 4,
	    "a fact box, its heading over a list in a box of their own, is no story line");
	test_body_count(OPEN "<div class=\"box\"><h3>Quick facts</h3><p>About 1 in 10 Canadians has kidney "
	    "disease, and most do not know it.</p></div><p>The first patients will begin treatment at the new "
	    "unit on January 26.</p>" CLOSE, 6, "... the words over a paragraph, no list, stay");
}

static void
print_asks(void)
{
	test_body_count(OPEN "<p><em>Pick up this week's print edition of the Messenger for a four-page "
	    "liftout of centenary photos.</em></p>" CLOSE, 3,
	    "an italic ask to pick up the print edition, closing the story, is the outlet's");
	test_body_count(OPEN "<p>Pick up this week's print edition at the newsagent, Mr Ambrose told the "
	    "meeting, as the results are in it.</p>" CLOSE, 4, "... a story's sentence saying so, no italics, stays");
}

int
main(void)
{
	story_asks();
	learn_more();
	outlet_statements();
	edited_by();
	site_creators();
	fact_boxes();
	print_asks();
	return tap_done();
}
