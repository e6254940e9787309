/* unit_extract_unseen48en: the kinds of layout the forty-eighth English
 * blind round (unseen48en-*) found wanting: Largo's post navigation, a
 * label heading (<h5>Previous Post</h5>) over the title inside the link;
 * a newsletter archive's "← Previous email" over the linked subject;
 * Largo's "More about CATEGORY" box of the story's other posts; a post
 * header whose last block is Largo's div.featured-image, the lead
 * picture with its caption, before the text's block; a newsletter's
 * second ask box, of the first's class and of text alone. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Duplexes</title></head><body>"
#define H1 "<h1>Planning board backs duplexes on Orchard Street lots</h1>"
#define P1 "<p>The Harlow Creek Planning Board voted 5-2 on Monday night to recommend that the Town " \
	"Council allow duplexes on the six vacant lots the town owns along Orchard Street.</p>"
#define P2 "<p>The lots have been empty since the garage was torn down in 2019, and only single-family " \
	"houses on half-acre parcels are allowed there now.</p>"
#define P3 "<p>The recommendation now goes to the Town Council, which is expected to hold a public " \
	"hearing on the proposal early next month.</p>"
#define STORY HEAD H1 "<div class=\"entry-content\">" P1 P2 P3 "</div>"

#define LARGO(prev) STORY "<nav class=\"post-nav\"><div class=\"previous\"><a href=\"/2026/01/12/library/\" " \
	"rel=\"prev\">" prev "</a></div></nav></body></html>"

static void
label_heading_pager(void)
{
	test_nav_is(LARGO("<h5>Previous Post</h5><span class=\"meta-nav\">Library board picks architect"
	    "</span>"), "Library board picks architect", NULL,
	    "a pager link's label heading over the title: the title, not the label");
	test_nav_is(LARGO("<h5>Library board picks architect</h5><span>January 12, 2026</span>"),
	    "Library board picks architect", NULL,
	    "... a card link's heading that is a headline stays its title");
}

#define MAILNAV(label) STORY "<nav class=\"archive-nav\"><div><span class=\"label\">" label "</span>" \
	"<a href=\"/archive/school-budget/\">The school budget, explained in five numbers</a></div></nav>" \
	"</body></html>"

static void
previous_email(void)
{
	test_nav_is(MAILNAV("&larr; Previous email"), "The school budget, explained in five numbers", NULL,
	    "a newsletter archive's \"Previous email\" over the linked subject is its pager");
	test_nav_is(MAILNAV("Previous emails from the clerk"), NULL, NULL,
	    "... \"Previous emails\" opening a phrase is no label");
}

#define ITEM(slug, title) "<li><h4><a href=\"/2026/01/06/" slug "/\">" title "</a></h4>" \
	"<span class=\"date\">January 6, 2026</span></li>"
#define MORE(heading) STORY "<div class=\"related-posts\"><h3>" heading "</h3><ul>" \
	ITEM("land-trust", "Land trust names three new board members") \
	ITEM("rent-survey", "Our rent survey: what 212 tenants told us") \
	ITEM("garage-cleanup", "Cleanup of old county garage site is finished") "</ul></div></body></html>"

static void
more_about(void)
{
	test_page_related_count(MORE("More about Housing"), TEST_URL, 3,
	    "\"More about CATEGORY\" over a list of posts is a related box");
	test_page_related_count(MORE("More about the plan"), TEST_URL, 0,
	    "... \"More about the plan\", no name after it, is none");
}

#define HEADER(box) HEAD "<article><header><h5 class=\"top-tag\"><a href=\"/category/housing/\">Housing" \
	"</a></h5><h1>Planning board backs duplexes on Orchard Street lots</h1><h2 class=\"subtitle\">The " \
	"recommendation goes to the Town Council, which will hold a hearing Feb. 9.</h2><div class=\"post-meta\">" \
	"<h5 class=\"byline\"><span>By</span> <a href=\"/author/mdelgado/\">Maria Delgado</a> | <time " \
	"datetime=\"2026-01-13T06:00:00-05:00\">January 13, 2026</time></h5><div class=\"post-social\">" \
	"<span><a href=\"https://www.facebook.com/sharer/sharer.php?u=x\">Share</a></span><span><a " \
	"href=\"https://twitter.com/intent/tweet?text=x\">Tweet</a></span><span><a href=\"mailto:?subject=x\">" \
	"Email</a></span></div></div>" box "</header><div class=\"entry-content\">" P1 P2 P3 "</div></article>" \
	"</body></html>"
#define LEAD(cls) "<div class=\"" cls "\"><img src=\"/uploads/orchard-aerial.jpg\" " \
	"alt=\"Aerial view of six empty lots\"><p class=\"wp-caption-text\"><span class=\"credit\">Drone " \
	"photo by Ken Aoyama for The Ledger</span> The six town-owned lots " \
	"on Orchard Street, seen from above in December.</p></div>"

/* The pictures the whole of extraction finds on html. */
static long
page_images(const char *html)
{
	struct page *p = test_page_of(html, TEST_URL);
	long n = (long)p->nimages;

	page_free(p);
	return n;
}

static void
header_cover_block(void)
{
	tap_int(page_images(HEADER(LEAD("hero featured-image"))), 1,
	    "a header's last block of a cover's class is the lead picture");
	tap_int(page_images(HEADER(LEAD("hero"))), 0,
	    "... the same block of no cover's class there, its caption opening on a credit, is none");
}

#define ASK "<div class=\"subscribe-inline\"><p><strong>Enjoying The Millbrook Weekly?</strong></p>" \
	"<p>Get it in your inbox every Sunday.</p><form action=\"/subscribe\"><input type=\"email\" " \
	"name=\"email\"><button>Subscribe</button></form></div>"
#define ASKED(cls) HEAD H1 "<div class=\"email-body\">" P1 ASK P2 "<div class=\"" cls "\"><p><strong>" \
	"Know someone in Millbrook?</strong></p><p>Forward this email to a neighbor, or share the link " \
	"below.</p></div>" P3 "</div></body></html>"

static void
kin_ask_box(void)
{
	test_body_count(ASKED("subscribe-inline"), 3,
	    "a short box of a sign-up box's class, of text alone, is no story");
	test_body_count(ASKED("callout"), 5,
	    "... a short box of another class stays");
}

int
main(void)
{
	label_heading_pager();
	previous_email();
	more_about();
	header_cover_block();
	kin_ask_box();
	return tap_done();
}
