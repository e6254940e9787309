/* unit_extract_unseen52en: the kinds of layout the fifty-second English
 * blind round (unseen52en-*) found wanting: a local paper's pager whose
 * label element closes on its arrow with the title's element glued to it
 * ("Next article &raquo;<span>TITLE</span>", a MODX template); a US
 * bulletin's slashed dateline with a US zone's name ("12/03/2026 02:15 PM
 * PST", GovDelivery's web view), printed month first. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Greenway</title></head><body>"
#define H1 "<h1>Greenway bridge opens to walkers and cyclists</h1>"
#define P1 "<p>The last piece of the greenway fell into place on Thursday when a new bridge over the " \
	"river was opened to walkers and cyclists.</p>"
#define P2 "<p>Until now, users of the route have had to leave the old railway line and follow the " \
	"main road for almost a kilometre to cross the river.</p>"
#define P3 "<p>The council said lighting on the approaches to the bridge would be switched on before " \
	"Christmas.</p>"
#define STORY HEAD H1 "<article><div class=\"article__content\">" P1 P2 P3 "</div>"

#define PAGER(prev, next) STORY "<nav class=\"article__prevnext\">" \
	"<a href=\"/news/local/tidy-towns-gold.html\" class=\"prev\" rel=\"prev\">" prev "</a> " \
	"<a href=\"/news/local/new-gp-surgery.html\" class=\"next\" rel=\"next\">" next "</a>" \
	"</nav></article></body></html>"

static void
glued_label_arrow(void)
{
	test_nav_is(PAGER("&laquo; Previous article <span class=\"prevnext__title\">Tidy Towns gold for the village</span>",
	    "Next article &raquo;<span class=\"prevnext__title\">New GP surgery approved</span>"),
	    "Tidy Towns gold for the village", "New GP surgery approved",
	    "a label closing on its arrow, the title's element glued to it: the arrow is the label's");
	test_nav_is(PAGER("&laquo; Previous article <span class=\"prevnext__title\">Tidy Towns gold for the village</span>",
	    "Next article: <span class=\"prevnext__title\">&raquo;Brede Voices&laquo; choir sings again</span>"),
	    "Tidy Towns gold for the village", "»Brede Voices« choir sings again",
	    "... a title opening on a quotation mark that it closes keeps it");
}

static char *
date_of(const char *s)
{
	return extract_date(s, 0);
}

static void
us_zone_month_first(void)
{
	test_gives(date_of, "12/03/2026 02:15 PM PST", "2026-12-03T14:15",
	    "a slashed date with a US zone's name was printed month first");
	test_gives(date_of, "04/11/2026 9:05 AM EDT", "2026-04-11T09:05",
	    "... EDT too");
	test_gives(date_of, "12/03/2026 14:15 GMT", "2026-03-12T14:15",
	    "... with GMT it stays day first");
	test_gives(date_of, "12/03/2026 02:15 PM", "2026-03-12T14:15",
	    "... and with no zone");
	test_gives(date_of, "12.03.2026 14:15 EST", "2026-03-12T14:15",
	    "... and with dots");
}

int
main(void)
{
	glued_label_arrow();
	us_zone_month_first();
	return tap_done();
}
