/* unit_extract_unseen19en: the kinds of layout the nineteenth English
 * blind round (unseen19en-*) found wanting: a council's or a company's
 * press release closing on ENDS, the British and Irish end mark, over
 * its media contact (no body, and the story ends there); a story
 * header block (the headline, a deck ending in a stop, "By NAME", the
 * date, the audio's length) standing over the lead figure and the
 * story's block, which joins no story, so the deck, the length and the
 * lead caption are no body; a public station's underwriting credit set
 * into the text ("Support comes from NAME"). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD(t) "<html><head><meta charset=\"utf-8\"><title>" t "</title></head><body>"
#define H1 "<h1>Pay-and-display parking to start in Kilcurran</h1>"
#define P1 "<p>Ballinore County Council will introduce pay-and-display parking on Main Street and Market " \
	"Square in Kilcurran from Monday, 7 April.</p>"
#define P2 "<p>The change follows a public consultation last autumn, in which traders said all-day parking " \
	"by commuters left few spaces for shoppers.</p>"
#define P3 "<p>Motorists can pay at six new machines or through the council's app, and residents can apply " \
	"for permits online from 17 March.</p>"
#define CONTACT "<p>Communications Office, Ballinore County Council, telephone 056 779 4400, or email the " \
	"press office for photographs and interviews.</p>"

static void
ends_mark(void)
{
	test_body_count(HEAD("Parking") H1 "<div class=\"body\">" P1 P2 P3 "<p>ENDS</p>" CONTACT "</div>"
	    "</body></html>", 3, "ENDS closes a release: neither it nor the contact after it is body");
	test_body_count(HEAD("Parking") H1 "<div class=\"body\">" P1 P2 P3 "<p>- ENDS -</p>" CONTACT "</div>"
	    "</body></html>", 3, "... nor is - ENDS -");
	test_body_count(HEAD("Parking") H1 "<div class=\"body\">" P1 P2 P3 "<p>Ends on Friday.</p>" CONTACT
	    "</div></body></html>", 5, "... but a line opening on Ends stays, and so does what follows it");
}

#define RHEAD "<html><head><meta charset=\"utf-8\"><title>Photos: The last cider mill | WKRB</title></head><body><main>"
#define DECK "<p class=\"subhead\">At Hutter's Mill, a 1912 press still turns out cider six weeks a year.</p>"
#define HDR(deck, after) "<div class=\"story-header\"><h1>Photos: The last cider mill</h1>" deck \
	"<div class=\"byline\"><span>By</span> <a href=\"/people/lena-okafor\">Lena Okafor</a></div>" \
	"<div class=\"dates\">Published October 18, 2025 at 6:00 AM EDT</div>" after "</div>"
#define LEAD "<figure><img src=\"/a.jpg\" alt=\"The mill\"><figcaption>Hutter's Mill opens for six weeks " \
	"each fall.</figcaption></figure>"
#define AUDIO "<div class=\"audio\"><button>Listen</button> <span>4:12</span></div>"
#define R1 "<p>Every October, the smell of crushed apples drifts across County Road 9 outside the village " \
	"of Marlow Falls, where the last working cider mill stands.</p>"
#define R2 "<p>The mill presses about 40 bushels a day, most of them brought in by farmers and families who " \
	"want their own apples turned into cider.</p>"
#define R3 "<p>The mill is open Thursday through Sunday until November 23, and customers are asked to call " \
	"ahead with more than ten bushels.</p>"

static void
story_header_block(void)
{
	struct ctx c;

	test_story(&c, RHEAD HDR(DECK, AUDIO) LEAD "<div class=\"story-body\">" R1 R2 R3 "</div></main></body></html>");
	tap_int((long)c.page->body.n, 3, "a header block over the lead figure and the story joins no story");
	tap_ok(c.page->body.n > 0 && !test_body_has(&c, "At Hutter's Mill, a 1912 press still turns out cider "
	    "six weeks a year."), "... so its deck is no body");
	test_doc_free(&c);
	test_body_count(RHEAD HDR(DECK, "<p>Dale Hutter has pressed apples here since he was a boy, and his "
	    "daughter means to carry on.</p>") LEAD "<div class=\"story-body\">" R1 R2 R3 "</div></main></body></html>",
	    6, "... but a block with prose under its byline is the story's start, and joins it");
}

static void
underwriting(void)
{
	tap_ok(is_underwriting("Support comes from Marlow Falls Hardware, serving Alder County since 1958."),
	    "a station's underwriting credit");
	tap_ok(is_underwriting("Support for WKRB comes from the Alder County Community Foundation."),
	    "... Support for NAME comes from too");
	tap_ok(!is_underwriting("Support comes from all sides of the chamber, Mayor Diaz said."),
	    "... but a line quoting somebody is the story's");
	tap_ok(!is_underwriting("Support for the levy has grown since spring."),
	    "... and so is a support for without comes from");
	test_body_count(RHEAD "<div class=\"story-body\">" R1 R2 "<div class=\"msg\"><p>Support comes from Marlow "
	    "Falls Hardware, serving Alder County since 1958.</p></div>" R3 "</div></main></body></html>", 3,
	    "... and no body");
}

int
main(void)
{
	ends_mark();
	story_header_block();
	underwriting();
	return tap_done();
}
