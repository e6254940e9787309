/* unit_extract_unseen65en: the kinds of layout the sixty-fifth English
 * blind round (unseen65en-*) found wanting: a broadcaster's rights line
 * closing the story ("Copyright 2026 NAME, Inc. All rights reserved.
 * This material may not be published, broadcast, rewritten, or
 * redistributed."), a notice however long (extract_outletnote.c); and a
 * weekly's byline block of a bare name and role in an author's element,
 * the date and a share bar (extract_header.c): a block over the story,
 * so the deck over it and the lead picture's caption under it are no
 * paragraphs. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define PAGE_URL "https://www.weekly.unit.test/news/lido-saved-71"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Lido saved</title></head><body>"
#define P1 "<p>An open-air pool that was due to close for good has been saved after volunteers raised " \
	"more than sixty thousand pounds in eight weeks.</p>"
#define P2 "<p>The group will lease the pool for a pound a year and run it with volunteer lifeguards " \
	"and a small paid team from next spring.</p>"
#define P3 "<p>The pool is expected to reopen on the late May bank holiday weekend, with early swims for " \
	"season ticket holders.</p>"
#define RIGHTS "Copyright 2026 Northfield Broadcasting, Inc. All rights reserved. This material may not " \
	"be published, broadcast, rewritten, or redistributed."

static void
rights_line(void)
{
	tap_int(is_noise_line(RIGHTS), 1, "a broadcaster's long rights line is a notice");
	tap_int(is_noise_line("\xc2\xa9 2026 Harbour Media Group. All rights reserved. No part of this story may "
	    "be reproduced without the written permission of the publisher."), 1,
	    "... so is one opening on the sign and a year");
	tap_int(is_noise_line("Copyright lawyers for the station said the 2026 filing may not be published until "
	    "a judge has read it, which could take months."), 0,
	    "... a sentence about copyright, no year after the mark, stays");
	page_body_is(HEAD "<h1>Lido saved</h1><div class=\"story-body\">" P1 P2 P3
	    "<p><i>" RIGHTS "</i></p></div></body></html>", 3, NULL,
	    "The pool is expected to reopen on the late May bank holiday weekend, with early swims for "
	    "season ticket holders.", "the rights line closes no story");
}

#define DECK "<p class=\"article__summary\">A group of swimmers has raised enough money to keep the " \
	"town's open-air pool running for another three summers.</p>"
#define META(who) "<div class=\"article__meta\"><div class=\"article__author\">" who "</div>" \
	"<div class=\"article__date\">Thursday 3rd December 2026 5:00 pm</div>" \
	"<div class=\"article__share\"><span>Share</span><a href=\"https://fb.unit.test/s\">Share on " \
	"Facebook</a><a href=\"https://x.unit.test/s\">Share on X</a></div></div>"
#define NAME "<a href=\"/authors/jenna-trewin\" class=\"article__author-name\">Jenna Trewin</a>" \
	"<span class=\"article__author-role\">Reporter</span>"
#define LEAD "<div class=\"article__image\"><img src=\"/media/lido.jpg\" alt=\"The lido\">" \
	"<div class=\"article__image-caption\">Volunteers at the pool on Sunday. (Picture: Weekly)</div></div>"
#define WEEKLY(over, under) HEAD "<article class=\"article\"><h1 class=\"article__title\">Volunteers " \
	"save the lido</h1>" over "<div class=\"article__body\">" under P1 P2 P3 "</div></article></body></html>"

static void
named_byline_block(void)
{
	page_body_is(WEEKLY(DECK META(NAME) LEAD, ""), 3,
	    "An open-air pool that was due to close for good has been saved after volunteers raised "
	    "more than sixty thousand pounds in eight weeks.", NULL,
	    "a byline block of a bare name, role, date and share bar stands over the story: "
	    "no deck over it, no caption under it");
	page_body_is(WEEKLY(META(NAME) LEAD, DECK), 4,
	    "A group of swimmers has raised enough money to keep the town's open-air pool running for "
	    "another three summers.", NULL,
	    "... a summary inside the text's block, under the byline, is the story's lead");
}

int
main(void)
{
	rights_line();
	named_byline_block();
	return tap_done();
}
