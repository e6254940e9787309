/* unit_extract_unseen59en: the kind of layout the fifty-ninth English
 * blind round (unseen59en-*) found wanting: a school district's article
 * page (Apptegy's and its kin) setting the story's photos in a slideshow
 * between the headline and the text, the first slide alone showing, with
 * a counter and arrows and no caption: every slide is the story's
 * picture (extract_leadset.c). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Robotics</title></head><body>"
#define H1 "<h1>Robotics team heads to state</h1>"
#define P1 "<p>For the first time in school history, the high school robotics team is going to the state " \
	"championship after a strong weekend at the regional.</p>"
#define P2 "<p>The team finished second out of 32 teams, and its alliance won the semifinal series two " \
	"matches to one before losing the final on a tiebreaker.</p>"
#define P3 "<p>The state championship will be held later this month, and the booster club is collecting " \
	"donations to help cover the cost of travel.</p>"
#define SLIDE(n) "<div class=\"slide\"><img src=\"/uploads/team-" #n ".jpg\" alt=\"Team photo " #n "\"></div>"
#define CONTROLS "<div class=\"controls\"><button>&#8249;</button><span>1 / 3</span><button>&#8250;</button></div>"
#define STORY(set) HEAD "<article><div class=\"article-header\">" H1 "<span class=\"date\">March 4, 2026</span>" \
	"</div>" set "<div class=\"article-body\">" P1 P2 P3 "</div></article></body></html>"

static void
lead_slideshow(void)
{
	tap_int(test_story_images(xasprintf(STORY("<div class=\"article-images slideshow\">" SLIDE(1) SLIDE(2)
	    SLIDE(3) CONTROLS "</div>"))), 3,
	    "a slideshow of pictures, a counter and arrows just above the text gives every slide");
	tap_int(test_story_images(xasprintf(STORY("<div id=\"photo-carousel\">" SLIDE(1) SLIDE(2)
	    "<span class=\"count\">1 of 2</span></div>"))), 2,
	    "... a carousel by its id, two slides and a counter, gives both");
	tap_int(test_story_images(xasprintf(STORY("<div class=\"carousel\">"
	    "<a href=\"/article/11\"><img src=\"/uploads/a.jpg\" alt=\"\">Certifications earned</a>"
	    "<a href=\"/article/12\"><img src=\"/uploads/b.jpg\" alt=\"\">New printers arrive</a>"
	    "<a href=\"/article/13\"><img src=\"/uploads/c.jpg\" alt=\"\">Scrimmage hosted</a></div>"))), 0,
	    "... a carousel of other stories' cards (links) gives none");
	tap_int(test_story_images(xasprintf(STORY("<div class=\"slideshow\">" SLIDE(1) SLIDE(2) SLIDE(3)
	    "<p class=\"caption\">Team members hold their banner after the final round</p></div>"))), 0,
	    "... nor a slideshow with text of its own (a caption), left to the cover's rules");
	tap_int(test_story_images(xasprintf(STORY("<div class=\"photo-row\">" SLIDE(1) SLIDE(2) "</div>"))), 2,
	    "... two bare pictures in a block of no slideshow's class stay the story's, as before");
}

int
main(void)
{
	lead_slideshow();
	return tap_done();
}
