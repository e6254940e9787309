/* unit_extract_unseen34en: the kinds of layout the thirty-fourth English
 * blind round (unseen34en-*) found wanting: a theme's meta-nav span
 * holding the label and its arrow before the title ("Next Post » TITLE");
 * a small PHP paper's "« Older story: TITLE" / "Newer story: TITLE »"
 * links in place of Previous / Next; a site builder's press release
 * whose "FOR IMMEDIATE RELEASE" kicker is a text block of its own. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Pontoon</title></head><body>"
#define H1 "<h1>New pontoon opens at the harbour in time for the season</h1>"
#define P1 "<p>A new floating pontoon at the harbour was opened on Saturday, giving fishermen and " \
	"visiting boats safe access at all states of the tide for the first time.</p>"
#define P2 "<p>The 40-metre pontoon replaces the old wooden landing stage damaged in last winter's " \
	"storms and was paid for by a grant and by money raised by the harbour trust.</p>"
#define P3 "<p>The trust will charge visiting boats a small fee to use the pontoon, and local fishing " \
	"boats will use it free of charge.</p>"
#define NAV(prev, next) HEAD H1 "<div class=\"storytext\">" P1 P2 P3 "</div><div class=\"storynav\">" \
	"<a href=\"/story.php?id=2288\">" prev "</a> | <a href=\"/story.php?id=2294\">" next "</a></div>" \
	"</body></html>"

static void
label_arrow_before_title(void)
{
	test_nav_is(NAV("<span class=\"meta-nav\">&laquo; Previous Post</span> Bryn Gwydd school wins eco award",
	    "<span class=\"meta-nav\">Next Post &raquo;</span> Community council rejects car park charges"),
	    "Bryn Gwydd school wins eco award", "Community council rejects car park charges",
	    "a label's own arrow between it and the title is no part of the title");
	test_nav_is(NAV("Previous Post: Bryn Gwydd school wins eco award",
	    "Next Post: Budget &raquo; what the new rate means"),
	    "Bryn Gwydd school wins eco award", "Budget » what the new rate means",
	    "... an arrow inside the title stays");
}

static void
older_newer_story(void)
{
	test_nav_is(NAV("&laquo; Older story: Bryn Gwydd school wins eco award",
	    "Newer story: Community council rejects car park charges &raquo;"),
	    "Bryn Gwydd school wins eco award", "Community council rejects car park charges",
	    "\"Older story:\" and \"Newer story:\" label the previous and the next story");
	test_nav_is(NAV("Older storytellers gather at the library", "Newer stories from the chapel archive"),
	    NULL, NULL, "... a title opening on a word that only begins so is no label");
}

#define RELEASE(kicker) HEAD "<div class=\"page\"><p>" kicker "</p>" H1 P1 P2 P3 "</div></body></html>"

static void
release_kicker(void)
{
	test_page_body_is(RELEASE("FOR IMMEDIATE RELEASE"), TEST_URL, 3, "A new floating pontoon at the harbour "
	    "was opened on Saturday, giving fishermen and visiting boats safe access at all states of the tide "
	    "for the first time.", NULL, "a release's kicker in a block of its own is no line of it");
	test_page_body_is(RELEASE("For immediate release of the grant, the trust must first sign the contract."),
	    TEST_URL, 4, "For immediate release of the grant, the trust must first sign the contract.", NULL,
	    "... a sentence opening on the words stays");
}

int
main(void)
{
	label_arrow_before_title();
	older_newer_story();
	release_kicker();
	return tap_done();
}
