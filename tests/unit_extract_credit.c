/* unit_extract_credit: who a page credits, on small English pages: the
 * author among a byline's marked elements (the name, not the role beside
 * it), and the sender of a press release. */
#include "config.h"

#include <stdlib.h>

#include "extract_test.h"
#include "tap.h"

#define HEAD "<html><head><title>Footbridge approved</title></head><body><h1>Footbridge approved</h1>"
#define EN1 "<p>The Harrow Valley town council voted on Tuesday night to build a footbridge over Mill Creek, ending a long debate.</p>"
#define EN2 "<p>The bridge will link the Orchard Street neighborhood with the middle school, a walk that now means a long detour.</p>"
#define STORY "<div class=\"content\">" EN1 EN2 "</div></body></html>"

/* The author of a page, as extract_doc() reaches it. */
static void
author_is(const char *html, const char *want, const char *what)
{
	struct ctx c;

	test_doc(&c, html);
	find_body(&c);
	extract_title(&c);
	extract_byline(&c);
	tap_str(c.page->author, want, what);
	test_doc_free(&c);
}

static void
marked_authors(void)
{
	author_is(HEAD "<div class=\"blog-author-name-wrapper\">Written By <a href=\"/s?author=1\">Mara Olsen</a>"
	    "</div>" STORY, "Mara Olsen", "\"Written By\" is a role before the name, as \"By\" is");
	author_is(HEAD "<div class=\"Page-authors\">By <a href=\"/staff/cb\">Cole Brandt</a> "
	    "<span class=\"Page-authors-title\">Sports Editor</span></div>" STORY,
	    "Cole Brandt", "a byline's element marked as the author's title holds the role, not the name");
	author_is(HEAD "<p class=\"by\">By Cole Brandt Sports Editor</p>" STORY,
	    "Cole Brandt", "a job title after the name on a By line is not the name");
	author_is(HEAD "<p class=\"by\">By Mary Ann Whitcombe</p>" STORY,
	    "Mary Ann Whitcombe", "a name of three words is one");
}

int
main(void)
{
	tap_init();
	marked_authors();
	return tap_done();
}
