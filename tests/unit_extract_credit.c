/* unit_extract_credit: who a page credits, on small English pages: the
 * author among a byline's marked elements (the name, not the role beside
 * it), and the sender of a wire press release, whose closing lines
 * (About the sender, Media Contact, SOURCE) are no story. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_test.h"
#include "tap.h"

#define HEAD "<html><head><title>Footbridge approved</title></head><body><h1>Footbridge approved</h1>"
#define EN1 "<p>The Harrow Valley town council voted on Tuesday night to build a footbridge over Mill Creek, ending a long debate.</p>"
#define EN2 "<p>The bridge will link the Orchard Street neighborhood with the middle school, a walk that now means a long detour.</p>"
#define STORY "<div class=\"content\">" EN1 EN2 "</div></body></html>"


static void
marked_authors(void)
{
	test_author_is(HEAD "<div class=\"blog-author-name-wrapper\">Written By <a href=\"/s?author=1\">Mara Olsen</a>"
	    "</div>" STORY, "Mara Olsen", "\"Written By\" is a role before the name, as \"By\" is");
	test_author_is(HEAD "<div class=\"Page-authors\">By <a href=\"/staff/cb\">Cole Brandt</a> "
	    "<span class=\"Page-authors-title\">Sports Editor</span></div>" STORY,
	    "Cole Brandt", "a byline's element marked as the author's title holds the role, not the name");
	test_author_is(HEAD "<p class=\"by\">By Cole Brandt Sports Editor</p>" STORY,
	    "Cole Brandt", "a job title after the name on a By line is not the name");
	test_author_is(HEAD "<p class=\"by\">By Mary Ann Whitcombe</p>" STORY,
	    "Mary Ann Whitcombe", "a name of three words is one");
	test_author_is(HEAD "<div data-component=\"byline-block\"><time>11 April 2024</time><div data-testid=\"byline-contributors\">"
	    "<span>Alys Pennick</span><div><span>News, Wexcombe</span></div></div></div>" STORY,
	    "Alys Pennick", "a name alone on its line in a byline's block, with no By, names the author");
	test_author_is(HEAD "<div class=\"meta\"><span>Marsh Cottle</span></div>" STORY,
	    NULL, "a name-like line outside a byline's block names no one");
	test_author_is(HEAD "<span class=\"byline\"><span class=\"author-prefix\">By</span> <span class=\"author vcard\">"
	    "<a class=\"url fn n\" href=\"/author/dc/\">Dana Connell</a></span></span>" STORY,
	    "Dana Connell", "a \"By\" in a marked element of its own is the role, not the name");
}

#define RELEASE "<html><head><title>Credit union opens branch</title></head><body>" \
	"<h1>Credit union opens branch</h1><section class=\"release-body\">" \
	"<p>CEDAR FALLS, Iowa, April 9, 2024 /Wire/ -- Maple Grove Credit Union today opened its first branch in the Westfield neighborhood.</p>" \
	"<p>The branch, at 1420 Westfield Avenue, will offer Saturday hours and free financial coaching to members.</p>"
#define ABOUT "<p><b>About Maple Grove Credit Union</b><br>Founded in 1952, Maple Grove Credit Union is a " \
	"not-for-profit financial cooperative serving 48,000 members in northeast Iowa.</p>"
#define CONTACT "<p><b>Media Contact:</b><br>Luis Ortega<br>319-555-0148</p>"


static void
wire_release(void)
{
	struct ctx c;

	test_story(&c, RELEASE ABOUT CONTACT "<p>SOURCE Maple Grove Credit Union</p></section></body></html>");
	tap_str(c.page->source, "Maple Grove Credit Union", "a release's SOURCE line names its sender");
	tap_int((long)c.page->body.n, 2, "the story ends at About the sender, before its boilerplate");
	test_doc_free(&c);
	test_story(&c, RELEASE CONTACT "<p>SOURCE Maple Grove Credit Union</p></section></body></html>");
	tap_int((long)c.page->body.n, 2, "... and at the contacts' label, the SOURCE line after them");
	test_doc_free(&c);
	test_story(&c, RELEASE "<p>SOURCE of the trouble, the engineers said, was a cracked valve in the pump house.</p>"
	    "</section></body></html>");
	tap_str(c.page->source, NULL, "a sentence starting with SOURCE names no sender");
	tap_int((long)c.page->body.n, 3, "... and is the story's");
	test_doc_free(&c);
}

/* a weekly's simple CMS: the date above the headline, both inside the
 * story's block, and the byline the first paragraph under it */
static void
byline_paragraph(void)
{
	struct ctx c;
	int held;

	test_story(&c, "<html><head><title>Footbridge approved</title></head><body><div class=\"story\">"
	    "<div class=\"storydate\">Wednesday, April 10, 2024</div><h2>Footbridge approved over Mill Creek</h2>"
	    "<p>By Jane Doe, Staff Writer</p>" EN1 EN2 "</div></body></html>");
	tap_str(c.page->author, "Jane Doe", "a By line under a headline inside the story's block names the author");
	held = 0;
	for (size_t i = 0; i < c.page->body.n; i++)
		held |= strcmp(c.page->body.v[i], "By Jane Doe, Staff Writer") == 0;
	tap_int(held, 0, "... and is no paragraph of the story");
	tap_str(c.page->body.n > 0 ? c.page->body.v[0] : NULL,
	    "The Harrow Valley town council voted on Tuesday night to build a footbridge over Mill Creek, ending a long debate.",
	    "the date alone above the headline is no paragraph either");
	test_doc_free(&c);
}

int
main(void)
{
	tap_init();
	marked_authors();
	byline_paragraph();
	wire_release();
	return tap_done();
}
