/* unit_extract_unseen26en: the kinds of layout the twenty-sixth English
 * blind round (unseen26en-*) found wanting: a South Asian daily's unnamed
 * credit ("By Our Staff Reporter"), a bilingual heading set apart by a
 * slash ("Mwy o straeon / More stories"), a bilingual outlet's note in
 * both tongues or on the story's translation, and a live blog's
 * sign-off. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><meta name=\"author\" content=\"Marisol Quintero\">" \
	"<title>Clinic</title></head><body>"
#define H1 "<h1>San Teodoro clinic adds evening hours for farmworkers</h1>"
#define BY "<p class=\"byline\">By Marisol Quintero</p>"
#define P1 "<p>The Rio Claro Community Health Center in San Teodoro will stay open until 9 p.m. three " \
	"nights a week starting Feb. 2, so that farmworkers can see a doctor without losing a day's pay.</p>"
#define P2 "<p>Clinic director Dr. Ernesto Salinas said about a third of the center's 11,000 patients work " \
	"in the fields or packing sheds between November and April.</p>"
#define P3 "<p>Patients do not need insurance, and fees are on a sliding scale. Appointments can be made " \
	"by phone in English or Spanish.</p>"
#define OPEN HEAD H1 BY "<div class=\"story-body\">" P1 P2 P3
#define CLOSE "</div></body></html>"

static void
our_credits(void)
{
	test_gives(byline_name_at, "Our Staff Reporter", NULL,
	    "By Our Staff Reporter is the paper's unnamed credit, no name");
	test_gives(byline_name_at, "Our Special Correspondent", NULL, "... as is Our Special Correspondent");
	test_gives(byline_name_at, "Ourania Pappas", "Ourania Pappas", "a name opening on Our- stays");
}

static void
slashed_headings(void)
{
	tap_int(is_related_heading("Mwy o straeon / More stories"), 1,
	    "a bilingual heading apart by a slash: either half heads the list");
	tap_int(is_related_heading("Newyddion / News"), 0, "... a slashed section name heads none");
}

static void
language_notes(void)
{
	test_body_count(OPEN "<p><em>Mae'r stori hon ar gael yn Gymraeg hefyd. This story is also available "
	    "in Welsh.</em></p>" CLOSE, 3, "a note in both tongues, the other first, closing the story");
	test_body_count(OPEN "<p>Mae'r arolwg ar gael yn y llyfrgell. The survey is also available in "
	    "Welsh.</p>" CLOSE, 4, "... a thing of the story's in another tongue stays");
	tap_int(is_language_note("Esta historia fue traducida al español por el equipo del Sentinel."), 1,
	    "a translation's note naming the language");
	tap_int(is_language_note("This story was translated into a stage play in 2019."), 0,
	    "... one naming no language stays");
}

static void
live_signoffs(void)
{
	test_body_count(OPEN "<h3>That's all from us</h3><p>We're closing our live coverage here for "
	    "tonight. Thank you for following along.</p>" CLOSE, 3,
	    "a live blog's sign-off and its heading are no news");
	test_body_count(OPEN "<p>That's all from us, the band's singer told the crowd as the lights came "
	    "up at the Castlemere Leisure Centre.</p>" CLOSE, 4, "... a sentence going on past the words stays");
}

int
main(void)
{
	our_credits();
	slashed_headings();
	language_notes();
	live_signoffs();
	return tap_done();
}
