/* unit_extract_unseen35mix: the kind of layout the thirty-fifth mixed
 * blind round (unseen35mix-*) found wanting: a regional paper's "Also
 * Read" box of links set between the story's paragraphs, a heading the
 * related words knew only the other way round ("Read Also"). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Market</title></head><body>"
#define H1 "<h1>Night market to move off the old bridge after 30 years</h1>"
#define P1 "<p>The night market that has filled the old bridge every Saturday for three decades will " \
	"move to the former bus terminal next month, the municipality announced on Tuesday.</p>"
#define P2 "<p>Engineers found cracks in two of the bridge's concrete piers during an inspection in " \
	"December, and the weight of the stalls can no longer be allowed, the mayor said.</p>"
#define P3 "<p>Vendors have been given until February 7 to register for a pitch at the new site, " \
	"which will have electricity, running water and parking.</p>"
#define LINKS "<ul><li><a href=\"/news/2025/12/19/bridge-inspection\">Engineers begin inspection of the " \
	"bridge</a></li><li><a href=\"/travel/2025/11/02/hot-springs-weekend\">A weekend of hot springs " \
	"and the bridge market</a></li></ul>"
#define PAGE(box) HEAD H1 "<div class=\"story-body\">" P1 P2 box P3 "</div></body></html>"

static void
also_read_box(void)
{
	tap_int(is_related_heading("Also Read"), 1, "\"Also Read\" alone heads a related list");
	tap_int(is_related_heading("Also Read:"), 0,
	    "... \"Also Read:\" opening a line of one link heads none (unseen26en-in-northeast-daily)");
	tap_int(is_related_heading("Also read the council's statement"), 0,
	    "... nor does a sentence opening \"Also read\"");
	test_page_related_count(PAGE("<div class=\"box\"><h4>Also Read</h4>" LINKS "</div>"), TEST_URL, 2,
	    "the links of an \"Also Read\" box between the paragraphs are the related list");
	test_page_related_count(PAGE("<p><strong>Also Read |</strong> <a href=\"/news/2025/12/19/bridge-"
	    "inspection\">Engineers begin inspection of the bridge</a></p>"), TEST_URL, 0,
	    "... an \"Also Read |\" line of one link stays out of it (unseen-en3-india-regional)");
}

int
main(void)
{
	also_read_box();
	return tap_done();
}
