/* unit_extract_unseen38en: the kinds of layout the thirty-eighth English
 * blind round (unseen38en-*) found wanting: a WordPress post navigation
 * saying its label twice, the icon's word and the screen reader's
 * ("← Previous Post Previous post: TITLE"), and a council's bilingual
 * pager label ("Aħbar preċedenti / Previous news: TITLE"); a newsletter
 * post closing on its writer's dashed name ("— Maren"); a government
 * release closing on "Signed:" over the signer's name, office and cc; a
 * council's "Other Parish News" over its cards, and a bilingual council's
 * "Aħbarijiet oħra / Other news" over its list (both found at the merge). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_tail.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Ferry</title></head><body>"
#define H1 "<h1>What the ferry cuts mean for Port Hollin</h1>"
#define P1 "<p>Starting March 1, the ferry will run six crossings a day instead of nine, the provincial " \
	"ferry service confirmed on Friday, after months of cancelled crossings.</p>"
#define P2 "<p>The service says it cannot find enough licensed crew, and has been short two mates " \
	"since October, with a third retiring in February.</p>"
#define P3 "<p>Councillor Andrea Moss has asked for the ferry service to come to the council meeting " \
	"on February 10, and residents are invited to attend.</p>"
#define OPEN HEAD H1 "<div class=\"post-body\">" P1 P2 P3
#define CLOSE "</div></body></html>"

#define PAGER(prev, next) HEAD H1 "<div class=\"entry-content\">" P1 P2 P3 "</div>" \
	"<nav class=\"navigation post-navigation\"><div class=\"nav-links\">" \
	"<div class=\"nav-previous\"><a href=\"/2026/01/27/cholera/\" rel=\"prev\">" prev "</a></div>" \
	"<div class=\"nav-next\"><a href=\"/2026/02/06/fertiliser/\" rel=\"next\">" next "</a></div>" \
	"</div></nav></body></html>"

static void
label_said_twice(void)
{
	test_nav_is(PAGER("<span class=\"meta-nav\" aria-hidden=\"true\">&larr; Previous Post</span> "
	    "<span class=\"screen-reader-text\">Previous post:</span> <span class=\"post-title\">Cholera: "
	    "DHO urges handwashing</span>", "<span class=\"meta-nav\" aria-hidden=\"true\">Next Post "
	    "&rarr;</span> <span class=\"screen-reader-text\">Next post:</span> <span class=\"post-title\">"
	    "Fertiliser lists displayed</span>"),
	    "Cholera: DHO urges handwashing", "Fertiliser lists displayed",
	    "a label said twice, the icon's and the screen reader's, leaves the title");
	tap_str(after_said_again("Previous post: Cholera"), "Cholera", "the second label goes");
	tap_str(after_said_again("Next post office opens"), "Next post office opens",
	    "... not a title's own words");
	tap_str(after_said_again("\xE2\x86\x92 Next post: Fertiliser"), "Fertiliser",
	    "... nor after the first label's arrow");
	tap_str(after_said_again("\xE2\x86\x92 Next steps for the market"),
	    "\xE2\x86\x92 Next steps for the market", "... where no label follows the arrow");
}

#define COUNCIL_PAGER(prev) HEAD H1 "<div class=\"news-text\">" P1 P2 P3 "</div>" \
	"<div class=\"news-pager\"><a class=\"prev\" href=\"/en/news/lights/\">" prev "</a></div></body></html>"

static void
bilingual_pager(void)
{
	test_nav_is(COUNCIL_PAGER("&larr; Aħbar preċedenti / Previous news: Christmas lights results"),
	    "Christmas lights results", NULL,
	    "a council pager's \"Previous news:\" after its other tongue's label goes");
	test_nav_is(COUNCIL_PAGER("&larr; Previous: Previous news editors honoured"),
	    "Previous news editors honoured", NULL,
	    "... a title opening \"Previous news\" with no colon after a label stays");
}

static void
dashed_name(void)
{
	tap_ok(dashed_signoff("\xE2\x80\x94 Maren", 6), "\"— Maren\" is a writer's sign-off");
	tap_ok(!dashed_signoff("\xE2\x80\x94 and the boat left", 16), "... a dash over words is none");
	tap_ok(!dashed_signoff("\xE2\x80\x94 Maren Oduya, Port Hollin", 23), "... nor a name going on");
	tap_ok(!dashed_signoff("- Removed Herobrine", 16), "... nor a hyphen's list line");
	test_body_count(OPEN "<p>If you ride the ferry, reply to this email. I read everything.</p>"
	    "<p>\xE2\x80\x94 Maren</p>" CLOSE, 4, "a post's closing dashed name is no line");
	test_body_count(OPEN "<p>If you ride the ferry, reply to this email. I read everything.</p>"
	    "<p>\xE2\x80\x94 and then the boat left without us</p>" CLOSE, 5,
	    "... a closing line opening on a dash and words stays");
}

static void
signed_release(void)
{
	tap_ok(is_release_tail_mark("Signed:"), "\"Signed:\" alone opens a release's tail");
	tap_ok(!is_release_tail_mark("Signed copies of the form are due by Friday."),
	    "... a line going on past the word does not");
	test_body_count(OPEN "<p><strong>Signed:</strong><br><strong>Abena Owusu-Ansah (Mrs)</strong><br>"
	    "Municipal Coordinating Director<br>For: Municipal Chief Executive</p><p>cc: All Assembly "
	    "Members<br>The Municipal Police Commander</p>" CLOSE, 3,
	    "\"Signed:\" over the signer, office and cc closes the release");
	test_body_count(OPEN "<p>Signed copies of the stall allocation form are to be returned to the "
	    "Market Office by Friday.</p>" CLOSE, 4, "... a story's line opening \"Signed\" stays");
}

#define SIGNED(name) OPEN "<p><strong>Signed:</strong><br><strong>" name "</strong><br>Municipal " \
	"Coordinating Director</p>" CLOSE

static void
release_signer(void)
{
	test_author_is(SIGNED("Abena Owusu-Ansah (Mrs)"), "Abena Owusu-Ansah",
	    "the name under \"Signed:\" is the release's writer, its honorific dropped");
	test_author_is(SIGNED("See the attached form for details"), NULL,
	    "... a line of more than a name under it names none");
}

#define OTHER(heading) OPEN "</div><section class=\"other-news\"><h2>" heading "</h2>" \
	"<div class=\"other-item\"><h3><a href=\"/news/2026/05/market-roof\">Market roof repairs " \
	"completed at Spring Village</a></h3><p>Vendors can return to the covered stalls.</p></div>" \
	"<div class=\"other-item\"><h3><a href=\"/news/2026/04/budget\">Councillors approve the " \
	"budget for the coming year</a></h3><p>Road repairs take the largest share.</p></div>" \
	"</section></body></html>"

static void
other_topic_news(void)
{
	test_page_related_count(OTHER("Other Parish News"), "https://council.example/news/2026/05/a", 2,
	    "\"Other Parish News\" heads the council's own other news, as \"More District News\" does");
	test_page_related_count(OTHER("Other Local News"), "https://council.example/news/2026/05/a", 0,
	    "... a news section's \"Other Local News\" heads none");
}

static void
other_news_bilingual(void)
{
	test_page_related_count(OTHER("Aħbarijiet oħra / Other news"), "https://council.example/news/2026/05/a",
	    2, "\"Aħbarijiet oħra / Other news\": the English half after the slash heads the list");
	test_page_related_count(OTHER("Bil-Malti / Other news outlets"), "https://council.example/news/2026/05/a",
	    0, "... a half that only opens on the words heads none");
}

int
main(void)
{
	label_said_twice();
	bilingual_pager();
	dashed_name();
	signed_release();
	release_signer();
	other_topic_news();
	other_news_bilingual();
	return tap_done();
}
