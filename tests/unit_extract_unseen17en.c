/* unit_extract_unseen17en: the kinds of layout the seventeenth English
 * blind round (unseen17en-*) found wanting: an old ASP.NET daily's
 * "Other stories in SECTION" box after the story, its related list; a
 * reporting scheme's credit closing the story worded "produced with the
 * support of the Local Journalism Initiative", no body; a UK group's ad
 * slot set into the text with its "Hide Ad" button, no body. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Tavua farmers welcome new cane road</title></head>" \
	"<body><h1>Tavua farmers welcome new cane road</h1>"
#define P1 "<p>Cane farmers in the Nasivi settlement say a newly sealed access road will save them hours this season.</p>"
#define P2 "<p>The 3.2-kilometre road, built at a cost of $1.4 million, was opened by the Assistant Minister on Monday.</p>"
#define P3 "<p>Farmers said that in past seasons lorries had often been stuck in mud for a day or more after rain.</p>"
#define STORY "<div class=\"story\">" P1 P2 P3 "</div>"
#define OTHERS(h) "<div class=\"othernews\"><h3>" h "</h3><table>" \
	"<tr><td><a href=\"newsdetail.aspx?id=77409\">Ba market vendors move to new stalls</a> <span>(04 Nov)</span></td></tr>" \
	"<tr><td><a href=\"newsdetail.aspx?id=77401\">Nadi school wins national debate title</a> <span>(03 Nov)</span></td></tr>" \
	"<tr><td><a href=\"newsdetail.aspx?id=77388\">Water cuts for Lautoka suburbs this weekend</a></td></tr></table></div>"

static void
other_stories_in(void)
{
	tap_int(test_story_related(xasprintf(HEAD STORY OTHERS("Other stories in Western") "</body></html>")), 3,
	    "a box under Other stories in SECTION after the story is its related list");
	tap_int(test_story_related(xasprintf(HEAD STORY OTHERS("Other stories in the news this week, briefly")
	    "</body></html>")), 0, "... but a longer line of other stories in lower case heads none");
}

#define LJI(s) "<p><em>" s "</em></p>"

static void
scheme_support(void)
{
	test_body_count(HEAD "<div class=\"story\">" P1 P2 P3
	    LJI("This story was produced with the support of the Local Journalism Initiative.") "</div></body></html>", 3,
	    "a Local Journalism Initiative credit worded with the support of closes no story");
	test_body_count(HEAD "<div class=\"story\">" P1 P2 P3
	    LJI("Three more reporters will join the Local Journalism Initiative next year, the council heard.")
	    "</div></body></html>", 4, "... but a last line on the scheme naming no support stays");
}

#define SLOT(b) "<div class=\"ad-inline\"><div class=\"ad-slot\">Advertisement</div><span>" b "</span></div>"

static void
hide_ad(void)
{
	test_body_count(HEAD "<div class=\"story\">" P1 P2 SLOT("Hide Ad") P3 "</div></body></html>", 3,
	    "an ad slot's Hide Ad button set into the text is no body");
	test_body_count(HEAD "<div class=\"story\">" P1 P2 "<p>Hide Ad, the gallery's new show, opens on Friday at the "
	    "old bus depot in Tavua.</p>" P3 "</div></body></html>", 4, "... but a sentence opening on those words stays");
}

int
main(void)
{
	other_stories_in();
	scheme_support();
	hide_ad();
	return tap_done();
}
