/* unit_extract_unseen40en: the kinds of layout the fortieth English
 * blind round (unseen40en-*) found wanting: a related card's chrome run
 * on after its summary's last sentence (Divi's blog grid "…camp.read
 * more", a magazine's issue ". January 2026" under its teaser); an
 * Indian paper's byline "NAME | PLACE" in its byline block. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_cardmeta.h"
#include "extract_papercredit.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

/* cut_tail_date's cut with no date, on a copy of s */
static void
tail_is(const char *s, const char *want, const char *what)
{
	char *t = xstrdup(s);

	cut_tail_date(t, NULL);
	tap_str(t, want, what);
	free(t);
}

static void
card_tail(void)
{
	tail_is("Youth can sign up for four days of trapping at the Bend Lake camp.read more",
	    "Youth can sign up for four days of trapping at the Bend Lake camp.",
	    "a card's read-on link glued after its summary is no part of it");
	tail_is("The band office will close at noon on December 23. Read More",
	    "The band office will close at noon on December 23.",
	    "... spaced, in a capital, too");
	tail_is("Small changes to thermostats add up over a cold season. January 2026",
	    "Small changes to thermostats add up over a cold season.",
	    "a magazine's issue, a month and a year, after the teaser is none of it");
	tail_is("Members who want the details can call the office, where they can read more",
	    "Members who want the details can call the office, where they can read more",
	    "... near miss: a sentence ending on \"read more\" stays");
	tail_is("The new substation at Oakes will be switched on in January 2026",
	    "The new substation at Oakes will be switched on in January 2026",
	    "... near miss: a month and a year the sentence runs into stay");
	tail_is("Crews will finish the lining by spring. 14 January 2026 work starts",
	    "Crews will finish the lining by spring. 14 January 2026 work starts",
	    "... near miss: a month and a year with words after them stay");
}

#define PAGE(byline) "<html><head><meta charset=\"utf-8\"><title>Canal</title></head><body><div class=\"head\">" \
	"<h1>Ghatwar canal repaired, water for rabi from Jan 20</h1><div class=\"story-byline\">" byline \
	"</div></div><div class=\"text\"><p>Farmers in 14 villages of Ghatwar block will get water for the " \
	"rabi crop from next week after the irrigation department completed repairs to the minor canal.</p>" \
	"<p>The breach near Belwa village in September had cut off water to nearly 1,800 hectares of wheat " \
	"and mustard fields, forcing farmers to depend on diesel pumps.</p><p>Water will be released from " \
	"the feeder on January 20, the executive engineer said on Tuesday after an inspection.</p></div>" \
	"</body></html>"

static void
bar_place_byline(void)
{
	tap_int(name_line("Pradeep Kushwaha | Ghatwar", "Pradeep Kushwaha"), 1,
	    "\"NAME | PLACE\" is a name's line");
	tap_int(name_line("Pradeep Kushwaha | New Delhi", "Pradeep Kushwaha"), 1, "... a place of two words");
	tap_int(name_line("Pradeep Kushwaha | 14 Jan 2026", "Pradeep Kushwaha"), 0,
	    "... near miss: a date after the bar is no place");
	tap_int(name_line("Pradeep Kushwaha | Updated on 14 January, 2026", "Pradeep Kushwaha"), 0,
	    "... near miss: words running on past a place are none");
	test_author_is(PAGE("Pradeep Kushwaha | Ghatwar"), "Pradeep Kushwaha",
	    "an Indian paper's byline block \"NAME | PLACE\" names the author");
	test_author_is(PAGE("Sonbhadra | Page 3 | 14 Jan 2026"), NULL,
	    "... near miss: an e-paper's edition and page line names none");
}

int
main(void)
{
	card_tail();
	bar_place_byline();
	return tap_done();
}
