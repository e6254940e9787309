/* unit_extract_unseen63en: the kinds of layout the sixty-third English
 * blind round (unseen63en-*) found wanting: a press office's pager of its
 * releases ("« Previous Release" over the title, "Next Release »"); a
 * release's "Submitted by: NAME, ROLE" line over its text, the role
 * closed by a colon; a public station's donation ask set between a
 * story's paragraphs whose only link says "Make a gift today." */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Ferry</title></head><body>"
#define H1 "<h1>Last crossing for the river ferry</h1>"
#define P1 "<p>For decades the quickest way across the river was a six-minute ride on a flat steel deck " \
	"pulled along a cable.  On Saturday afternoon that ride ended.</p>"
#define P2 "<p>The county voted in September to close the ferry after an inspection found the landing " \
	"ramps and the hull needed costly repairs.</p>"
#define P3 "<p>Without the ferry, drivers will have to go north to the highway bridge, a detour of about " \
	"twenty miles each way.</p>"

#define PAGER(prev, next) HEAD H1 "<article><div class=\"body\">" P1 P2 P3 "</div>" \
	"<ul class=\"pager\"><li class=\"previous\"><a href=\"/news/2026/coat-drive/\">" prev "</a></li>" \
	"<li class=\"next\"><a href=\"/news/2026/k9-certification/\">" next "</a></li></ul>" \
	"</article></body></html>"

static void
release_pager(void)
{
	test_nav_is(PAGER("&laquo; Previous Release<br><span>Winter coat drive at the lobby</span>",
	    "Next Release &raquo;<br><span>Deputy completes K-9 certification</span>"),
	    "Winter coat drive at the lobby", "Deputy completes K-9 certification",
	    "a press office's \"« Previous Release\" / \"Next Release »\" label is no part of the title");
	test_nav_is(PAGER("&laquo; Previous<br><span>Winter coat drive at the lobby</span>",
	    "Next &raquo;<br><span>Deputy completes K-9 certification</span>"),
	    "Winter coat drive at the lobby", "Deputy completes K-9 certification",
	    "... as the bare \"Previous\" / \"Next\" was before (near miss)");
}

#define SUBMITTED(line) HEAD H1 "<div class=\"meta\"><div class=\"date\">November 18, 2026</div>" \
	"<div class=\"credits\">" line "</div></div><div class=\"body\">" P1 P2 P3 "</div></body></html>"

static void
submitted_colon(void)
{
	test_author_is(SUBMITTED("Submitted by: Marla Quenneville, Public Information Officer"),
	    "Marla Quenneville", "a release's \"Submitted by: NAME, ROLE\" over its text names its author");
	test_author_is(SUBMITTED("Submitted by Marla Quenneville, Public Information Officer"),
	    "Marla Quenneville", "... as \"Submitted by NAME\" did before (near miss)");
	test_author_is(SUBMITTED("Submitted by: the Public Information Office"),
	    NULL, "... and an office with no person's name names no author (near miss)");
}

#define ASK(link) HEAD H1 "<article><div class=\"body\">" P1 P2 \
	"<div class=\"promo-inline\"><p><strong>Local journalism needs your support.</strong> The station " \
	"is funded by listeners like you. <a href=\"https://give.example/\">" link "</a></p></div>" \
	P3 "</div></article></body></html>"

static void
gift_ask(void)
{
	test_body_count(ASK("Make a gift today."), 3,
	    "a short box whose link says \"Make a gift today.\" is a donation ask, no line");
	test_body_count(ASK("Read the annual report."), 4,
	    "... a short box with a link to read on stays a line (near miss)");
}

int
main(void)
{
	release_pager();
	submitted_colon();
	gift_ask();
	return tap_done();
}
