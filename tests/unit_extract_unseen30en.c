/* unit_extract_unseen30en: the kinds of layout the thirtieth English
 * blind round (unseen30en-*) found wanting: a hospital's release closing
 * on "Media contact:" and "About NAME" over NAME's boilerplate, its
 * sender named on no SOURCE line; a minified Joomla pager whose
 * aria-hidden "Next" is glued to the title; a station's italic ask to get
 * the latest news on its app, naming the phones it runs on; a parish
 * site's "Posted by NAME (ROLE) on DATE" and Drupal's inline field, a
 * label's block with no colon over the name's (mended after the round). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Center</title></head><body>"
#define H1 "<h1>Riverbend to open cancer center this spring</h1>"
#define P1 "<p>Riverbend Regional Health will open a cancer center in Harlan Falls this spring, " \
	"letting patients receive treatment without a long drive.</p>"
#define P2 "<p>The center will have 14 infusion chairs, a linear accelerator and a clinic for " \
	"oncology visits, the hospital said.</p>"
#define P3 "<p>Construction finished in December, and the first patients are expected in April, " \
	"after staff training.</p>"
#define OPEN HEAD H1 "<div class=\"story-body\">" P1 P2 P3
#define CLOSE "</div></body></html>"

static void
about_boilerplate(void)
{
	tap_int(is_about_boilerplate("About Riverbend Regional Health",
	    "Riverbend Regional Health is a nonprofit health system."), 1,
	    "\"About NAME\" over a paragraph opening on NAME is the sender's boilerplate");
	tap_int(is_about_boilerplate("About Harlan Falls", "The town sits where two rivers meet."), 0,
	    "... a subhead \"About NAME\" over a paragraph opening otherwise is none");
	test_body_count(OPEN "<p><strong>Media contact:</strong><br>Katie Brandt, Communications Manager<br>"
	    "541-555-0177 | <a href=\"mailto:kbrandt@riverbendhealth.example\">kbrandt@riverbendhealth.example</a></p><h3>About Riverbend Regional Health</h3><p>Riverbend Regional Health is a "
	    "nonprofit health system serving the valley, with a 112-bed hospital and 18 clinics.</p>" CLOSE, 3,
	    "a release's media contact and its About boilerplate close the story");
	test_body_count(OPEN "<h3>About Harlan Falls</h3><p>The town sits where two rivers meet, and has "
	    "grown by a third since the mill reopened.</p>" CLOSE, 5,
	    "... a story's subhead \"About NAME\" and its paragraph stay");
}

#define PAGER(word) HEAD H1 "<div class=\"story-body\">" P1 P2 P3 "</div><nav class=\"pagenavigation\">" \
	"<a class=\"next\" href=\"/news/shade-house\" rel=\"next\"><span class=\"visually-hidden\">Next " \
	"article: New shade house for the nursery</span>" word "</a></nav></body></html>"

static void
glued_pager(void)
{
	test_nav_is(PAGER("<span aria-hidden=\"true\">Next</span>"), NULL, "New shade house for the nursery",
	    "a pager's aria-hidden word glued to the title is no part of it");
	test_nav_is(PAGER("<span>Next</span>"), NULL, "New shade house for the nurseryNext",
	    "... a word glued so that no reader is spared stays, as printed");
}

static void
app_asks(void)
{
	test_body_count(OPEN "<p><em>Get the latest Mayo news, sport and death notices on the Lakelands FM app, "
	    "free on iPhone and Android.</em></p>" CLOSE, 3,
	    "a station's ask to get the latest news on its app, naming the phones, closes no story");
	test_body_count(OPEN "<p>Get the latest figures from the council's website, the chair said, before "
	    "the meeting on Monday.</p>" CLOSE, 4, "... a story's line opening so, naming no phone, stays");
}

#define POSTED(line) HEAD H1 "<div class=\"newsinfo\">" line "</div><div class=\"story-body\">" \
	P1 P2 P3 CLOSE

static void
posted_by(void)
{
	test_gives(byline_name_at, "Helen Marsh (Clerk) on 12 January 2026", "Helen Marsh",
	    "a name, its role in brackets and \"on DATE\" after it");
	test_gives(byline_name_at, "Helen Marsh on January 12, 2026", "Helen Marsh", "a name and \"on DATE\"");
	test_gives(byline_name_at, "Helen Marsh on the bridge", NULL,
	    "... a name and \"on\" going on as a sentence is none");
	test_gives(byline_name_at, "Helen Marsh (who saw it all) said so", NULL,
	    "... nor a name, a bracket and words after it");
	test_author_is(POSTED("Posted by Helen Marsh (Clerk) on 12 January 2026"), "Helen Marsh",
	    "a news module's \"Posted by NAME (ROLE) on DATE\" names the writer");
	test_body_count(HEAD H1 "<div class=\"story-body\"><p>By Helen Marsh on 12 January 2026</p>" P1 P2 P3
	    CLOSE, 3, "... and the line is no line of the story");
	test_author_is(POSTED("Posted on 12 January 2026 by the parish office"), NULL,
	    "... \"Posted on DATE\" names no one");
	test_author_is(POSTED("Postiwyd gan / Posted by: Rhian Pritchard, Clerc y Dref / Town Clerk"),
	    "Rhian Pritchard", "\"Posted by:\" is an author's label, here the second half of a slashed pair");
	test_author_is(POSTED("Posted by the clerk: see the notice below"), NULL,
	    "... \"Posted by\" and no colon after it labels nothing");
}

#define FIELD(cls, label, value) HEAD H1 "<div class=\"field field--label-inline\"><div class=\"" cls "\">" \
	label "</div><div class=\"field__item\">" value "</div></div><div class=\"story-body\">" P1 P2 P3 CLOSE

static void
label_blocks(void)
{
	test_author_is(FIELD("field__label", "Written by", "Dana Whitfield, County Extension Director"),
	    "Dana Whitfield", "a block its class calls a label, no colon, names the writer in the block after it");
	test_author_is(FIELD("field__label", "Author", "Dana Whitfield"), "Dana Whitfield",
	    "... by any author's label");
	test_author_is(FIELD("field__item", "Written by", "Dana Whitfield"), NULL,
	    "... a block of another class, the words alone and no colon, labels nothing");
}

int
main(void)
{
	posted_by();
	label_blocks();
	about_boilerplate();
	glued_pager();
	app_asks();
	return tap_done();
}
