/* unit_extract_unseen23en: the kinds of layout the twenty-third English
 * blind round (unseen23en-*) found wanting: a British weekly's credit
 * line, "Words: NAME · Pictures: NAME", its fields apart at a spaced dot
 * (an unspaced one joins a transcribed name); a trade paper's byline,
 * "By NAME – Senior Reporter, OUTLET", the name ending at an en or em
 * dash as at a hyphen; an author's box set at the end of the story's own
 * block, headed "About NAME" for the byline's name, no body; a deck under
 * the headline in a class of its own (story__dek, subtitle), the story's
 * summary set over its text, no body, where a standfirst (a lead's
 * class) stays its first paragraph; a lead picture over the byline, a
 * tool bar and a read-aloud player (an <audio>: "Listen to this
 * article"), the story's cover. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_words.h"
#include "page.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD(t) "<html><head><meta charset=\"utf-8\"><title>" t "</title></head><body>"
#define P1 "<p>Parents in Vatersay say a new winter ferry timetable will force pupils to leave home before " \
	"seven in the morning for the crossing.</p>"
#define P2 "<p>Under the timetable, the first sailing moves from 8.05am to 7.20am to make way for an extra " \
	"freight run, the operator said.</p>"
#define P3 "<p>A petition started on Tuesday had 412 signatures by Thursday evening, its organisers said " \
	"at the hall.</p>"
#define FERRY HEAD("Ferry timetable cut leaves pupils facing dawn starts") \
	"<h1>Ferry timetable cut leaves pupils facing dawn starts</h1>"

static void
words_credit(void)
{
	test_author_is(FERRY "<div class=\"info\"><span>Friday 14 November 2025, 12:30</span><br>"
	    "<span>Words: Morag MacAulay</span> &middot; <span>Pictures: Iain Finlayson</span></div>"
	    "<div class=\"text\">" P1 P2 P3 "</div></body></html>", "Morag MacAulay",
	    "a Words: label credits the writer, up to the spaced dot before the next field");
	test_author_is(FERRY "<div class=\"info\"><span>Friday 14 November 2025</span></div>"
	    "<div class=\"text\"><p>Words matter, the chair of the parent council told the meeting on "
	    "Tuesday night.</p>" P2 P3 "</div></body></html>", NULL,
	    "... but Words opening a sentence, no colon after it, labels nothing");
	test_gives(label_value, "阿依古丽·吐尔逊", "阿依古丽·吐尔逊",
	    "... and an unspaced dot still joins a transcribed name");
	test_gives(label_value, "Morag MacAulay • Pictures: Iain Finlayson", "Morag MacAulay",
	    "... as a spaced bullet ends the value");
}

static void
dashed_byline(void)
{
	test_gives(byline_name_at, "Dana Okafor – Senior Reporter, Harlow Valley Business Ledger", "Dana Okafor",
	    "an en dash after the byline's name ends it, as a hyphen does");
	test_gives(byline_name_at, "Dana Okafor — Staff", "Dana Okafor", "... and an em dash");
	test_gives(byline_name_at, "Dana Okafor went home – later", NULL,
	    "... but a sentence running on past the name before the dash is none");
}

#define ZM HEAD("Kasempa farmers wait on fertiliser") "<h1>Kasempa farmers wait on fertiliser</h1>" \
	"<div class=\"meta\">By <a href=\"/author/chanda-mwelwa/\" rel=\"author\">Chanda Mwelwa</a></div>" \
	"<div class=\"entry-content\">" \
	"<p>Smallholder farmers in Kasempa say they may miss the planting window because subsidised " \
	"fertiliser has not reached the depot.</p>" \
	"<p>More than 300 farmers gathered outside the depot on Monday after word spread that a truck " \
	"had been seen in Solwezi.</p>" \
	"<p>The district coordinator said the first consignment of 6,000 bags should be in Kasempa by " \
	"Thursday this week.</p>"
#define BIO "<p>Chanda Mwelwa is the Mirror's North-Western Province correspondent, based in Solwezi. She " \
	"covers agriculture and mining.</p>"

static void
about_author_box(void)
{
	test_page_body_is(ZM "<div class=\"author-box\"><h4>About Chanda Mwelwa</h4>" BIO "</div></div>"
	    "</body></html>", "http://fixture.test/a.html", 3, NULL,
	    "The district coordinator said the first consignment of 6,000 bags should be in Kasempa by "
	    "Thursday this week.", "an About NAME heading for the byline's name ends the story: its bio is none");
	test_page_body_is(ZM "<p>About Chanda Mwelwa's own farm, neighbours in Mukinge said the maize was "
	    "already in the ground.</p></div></body></html>", "http://fixture.test/a.html", 4, NULL,
	    "About Chanda Mwelwa's own farm, neighbours in Mukinge said the maize was already in the ground.",
	    "... but a paragraph going on past the name is the story's");
}

#define BIZ(dek) BIZ2(dek, "")
#define BIZ2(dek, lead) HEAD("Hospital group buys former mill for outpatient campus") "<article class=\"story\">" \
	"<h1 class=\"story__headline\">Hospital group buys former mill for outpatient campus</h1>" dek \
	"<div class=\"story__byline\"><div>By <a href=\"/bio/1\">Dana Okafor</a> &ndash; Senior Reporter, " \
	"Harlow Valley Business Ledger</div></div>" lead \
	"<div class=\"story__body\"><p>Meridian Valley Health has bought the former Kessler Woolen Mill in " \
	"Ashby Falls and plans an outpatient campus there.</p><p>The health system paid $18.4 million for " \
	"the property, according to a deed recorded on Tuesday.</p><p>Its chief executive said the first " \
	"building should open in late 2027, two years from now.</p></div></article></body></html>"
#define PIC "<div class=\"story__image\"><img src=\"/mill.jpg\" alt=\"The mill from the air\">" \
	"<div class=\"story__caption\">The former mill has been empty since 2019. <span>File photo</span></div></div>"
#define FIRST "Meridian Valley Health has bought the former Kessler Woolen Mill in Ashby Falls and plans " \
	"an outpatient campus there."
#define SUB "<div class=\"post-header\"><h1 class=\"post-title\">The library levy, explained</h1>" \
	"<h3 class=\"subtitle\">What the levy on the November ballot would pay for, and what happens if " \
	"it fails.</h3><div class=\"meta\"><a href=\"/@p\">Priya Halvorsen</a></div></div>"
#define SUBBODY "<div class=\"available-content\"><div class=\"body markup\"><p>Voters in Millbrook will " \
	"decide in November whether to renew and raise the library's levy, and here is what is on the " \
	"ballot.</p><p>The library now collects 0.6 mills, about $42 a year on a $200,000 home, and the " \
	"new levy would be 0.8 mills.</p><p>The director says the extra money would restore Sunday hours, " \
	"cut in 2021, and replace the bookmobile.</p></div></div>"

static void
deck_over_story(void)
{
	test_page_body_is(BIZ("<p class=\"story__dek\">The $18.4 million purchase gives the health system a "
	    "nine-acre riverfront site near its hospital.</p>" PIC), "http://fixture.test/a.html", 3, FIRST, NULL,
	    "a deck set apart before the story's block is no lead of it");
	test_page_body_is(BIZ2("", "<p class=\"story__lead\">The $18.4 million purchase gives the health system a "
	    "nine-acre riverfront site near its hospital.</p>"), "http://fixture.test/a.html", 4,
	    "The $18.4 million purchase gives the health system a nine-acre riverfront site near its hospital.",
	    NULL, "... but a lead's class set so is the story's first paragraph");
	test_page_body_is(HEAD("The library levy, explained") "<article class=\"post\">" SUB SUBBODY
	    "</article></body></html>", "http://fixture.test/a.html", 3,
	    "Voters in Millbrook will decide in November whether to renew and raise the library's levy, and "
	    "here is what is on the ballot.", NULL,
	    "a subtitle under the headline in the story's own block is a header's line, no body");
}

#define TOOLS "<div class=\"story__tools\"><button>Listen to this article 4 min</button> <button>Save</button>" \
	"<button>Share</button></div>"
#define AUDIO "<div class=\"story__audio\"><audio preload=\"none\" src=\"/a.mp3\"></audio><span>Audio is " \
	"generated by an automated voice.</span></div>"

static void
cover_past_player(void)
{
	tap_int(test_story_images(xstrdup(BIZ2(PIC, TOOLS AUDIO))), 1,
	    "a lead picture over the byline, a tool bar and a read-aloud player is the story's");
	tap_int(test_story_images(xstrdup(BIZ2(PIC, TOOLS AUDIO "<div class=\"story__note\">Audio is generated "
	    "by an automated voice.</div>"))), 0,
	    "... but a fourth block between, of a player's words and no player, hides it");
}

int
main(void)
{
	words_credit();
	dashed_byline();
	about_author_box();
	deck_over_story();
	cover_past_player();
	return tap_done();
}
