/* unit_extract_unseen37en: the kinds of layout the thirty-seventh English
 * blind round (unseen37en-*) found wanting: a WordPress theme's post
 * navigation printing its label twice, once shown and once for screen
 * readers; a school newsletter's "Previous item" / "Next item" pager; a
 * related card whose text past its title and date is "Read more" alone;
 * a site builder's <meta name="author"> naming the site's own body, an
 * ambulance corps. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_cardmeta.h"
#include "extract_linkbox.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Pumps</title></head><body>"
#define H1 "<h1>Pump replacement starts in February</h1>"
#define P1 "<p>Work to replace the two main pumps at the pumping station will begin on Monday and is " \
	"expected to take eleven weeks, the drainage board has confirmed.</p>"
#define P2 "<p>A temporary pump will run on the site throughout the works, so the level of flood " \
	"protection stays the same for the homes and farms it serves.</p>"
#define P3 "<p>The road beside the station will be closed to through traffic on weekdays, with access " \
	"for residents and farm vehicles kept at all times.</p>"
#define STORY HEAD H1 "<div class=\"entry-content\">" P1 P2 P3 "</div>"

/* a post navigation whose links hold an aria-hidden label, the same
 * label for screen readers, and the title */
#define WPNAV(prev, next) STORY "<nav class=\"post-navigation\"><div class=\"nav-previous\"><a " \
	"href=\"/news/maintenance-programme/\" rel=\"prev\"><span class=\"meta-nav\" aria-hidden=\"true\">" \
	"Previous post</span> <span class=\"screen-reader-text\">Previous post:</span> <span>" prev \
	"</span></a></div><div class=\"nav-next\"><a href=\"/news/meeting-dates/\" rel=\"next\"><span " \
	"class=\"meta-nav\" aria-hidden=\"true\">Next post</span> <span class=\"screen-reader-text\">Next " \
	"post:</span> <span>" next "</span></a></div></nav></body></html>"

static void
doubled_label(void)
{
	test_nav_is(WPNAV("Annual maintenance programme published", "Board meeting dates for 2026"),
	    "Annual maintenance programme published", "Board meeting dates for 2026",
	    "a pager label printed twice, shown and for screen readers, is no part of the title");
	test_nav_is(WPNAV("Previous postcards of the fen go on show", "Next posts to be filled"),
	    "Previous postcards of the fen go on show", "Next posts to be filled",
	    "... a title opening on the label's words run on keeps them");
}

#define ITEMS(prev, next) STORY "<div class=\"nl-item-pager\"><a class=\"nl-prev\" href=\"/newsletter/" \
	"t1w2/principals-report\"><span class=\"lbl\">&lsaquo; " prev "</span> <span class=\"t\">Principal's " \
	"Report</span></a><a class=\"nl-next\" href=\"/newsletter/t1w2/swimming-carnival\"><span " \
	"class=\"lbl\">" next " &rsaquo;</span> <span class=\"t\">Swimming Carnival Reminder</span></a>" \
	"</div></body></html>"

static void
item_pager(void)
{
	test_nav_is(ITEMS("Previous item", "Next item"), "Principal's Report", "Swimming Carnival Reminder",
	    "a newsletter's \"Previous item\" / \"Next item\" pager gives its titles");
	test_nav_is(ITEMS("Previous items", "Next items"), NULL, NULL,
	    "... \"Previous items\" / \"Next items\", a word run on, is no such label");
}

static void
read_more_card(void)
{
	char *s;

	tap_ok(card_meta_only("Read more"), "a card's \"Read more\" alone is its chrome");
	tap_ok(!card_meta_only("Read more about the campus at the open day on Saturday"),
	    "... a summary opening on the words is none");
	s = item_snippet("12/01/2026 Bannow ETB launches 2026 apprenticeship open days Read more",
	    "Bannow ETB launches 2026 apprenticeship open days", "Bannow ETB launches 2026 apprenticeship open days",
	    "12/01/2026");
	tap_str(s, NULL, "a card of a date, a title and \"Read more\" has no snippet");
	free(s);
	s = item_snippet("12/01/2026 Open days Read more about apprenticeships at our open days in March",
	    "Open days", "Open days", "12/01/2026");
	tap_str(s, "Read more about apprenticeships at our open days in March",
	    "... a summary opening on \"Read more\" stays one");
	free(s);
}

#define META(name) "<html><head><meta charset=\"utf-8\"><meta name=\"author\" content=\"" name "\">" \
	"<title>Record calls in 2025</title></head><body>" H1 "<div class=\"entry-content\">" P1 P2 P3 \
	"</div></body></html>"

static void
corps_author(void)
{
	test_author_is(META("Kellerford Volunteer Ambulance Corps"), NULL,
	    "a meta author naming a corps names the site's body, no writer");
	test_author_is(META("Dana Kessler"), "Dana Kessler", "... a person's name in it stays the author");
}

int
main(void)
{
	doubled_label();
	item_pager();
	read_more_card();
	corps_author();
	return tap_done();
}
