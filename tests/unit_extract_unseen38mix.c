/* unit_extract_unseen38mix: the kinds of layout the thirty-eighth mixed
 * blind round (unseen38mix-*) found wanting: TYPO3's news extension's
 * teaser-text standfirst right before the text; an email builder's
 * archive page (Mailchimp) setting each part of a letter in a text block
 * of one template, the short ones (a one-line paragraph, a list, the
 * sign-off) left out of the story. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Water</title></head><body>"
#define H1 "<h1>Water restored to Ward 7 after pump failure</h1>"
#define P1 "<p>Water supply has been restored to most households in Ward 7 after a pump failure at the " \
	"raw water pump station left residents without water for five days.</p>"
#define P2 "<p>Municipal technicians installed a replacement motor on Saturday, and the reservoirs began " \
	"to fill on Sunday, the municipality said.</p>"
#define P3 "<p>Residents are urged to use water sparingly and to report leaks and burst pipes to the " \
	"municipal call centre.</p>"
#define P4 "<p>The engineer found that the motor had burnt out after months of running on low voltage " \
	"from the supply, and warned that the standby pump was at risk too.</p>"
#define P5 "<p>The council will be asked next month to approve a second standby pump and a voltage " \
	"regulator for the station, at a cost of about R1.2 million.</p>"
#define TEXT "<div class=\"news-text-wrap\">" P1 P2 P3 "</div>"

static void
teaser_lead(void)
{
	test_body_count(HEAD H1 "<div class=\"teaser-text\"><p>Five days without water end as a new motor "
	    "is fitted at the pump station.</p></div>" TEXT "</body></html>", 4,
	    "a teaser-text block right before the text is the story's lead");
	test_body_count(HEAD H1 "<div class=\"teaser\"><a href=\"/news/2026/ward-6-outage.html\">Ward 6 "
	    "outage: what residents need to know this week</a></div>" TEXT "</body></html>", 3,
	    "... a teaser that is a link to another story is none");
}

/* an email builder's text block, as Mailchimp prints it */
#define BLOCK(t) "<table class=\"mcnTextBlock\"><tbody><tr><td class=\"mcnTextContent\">" t \
	"</td></tr></tbody></table>"
#define SHORT BLOCK("<p>Entry is free, but please register.</p>")
#define DATES BLOCK("<h3>Coming up</h3><ul><li>24 January: calligraphy class</li>" \
	"<li>31 January: volunteers' meeting</li></ul>")
#define SIGN BLOCK("<p>Best wishes,</p><p>The committee</p>")
#define LETTER(between, after) HEAD H1 "<table><tr><td id=\"templateBody\">" BLOCK(P1 P2 P3) between \
	BLOCK(P4 P5) after "</td></tr></table></body></html>"

static void
template_run(void)
{
	test_body_count(LETTER(SHORT DATES, ""), 9,
	    "blocks of the story's template between two of its blocks are the story's");
	test_body_count(LETTER("", SIGN), 7,
	    "... and so is a run of them closing the wrapper: the sign-off");
	test_body_count(LETTER("", SIGN "<div class=\"footer-note\"><p>You are receiving this email as a "
	    "member.</p></div>"), 5,
	    "... not when something else follows the run");
	test_body_count(LETTER("<div class=\"promo\"><p>Entry is free, but please register.</p></div>", ""),
	    5, "... nor a block of another template between");
}

int
main(void)
{
	teaser_lead();
	template_run();
	return tap_done();
}
