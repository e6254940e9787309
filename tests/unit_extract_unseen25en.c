/* unit_extract_unseen25en: the kinds of layout the twenty-fifth English
 * blind round (unseen25en-*) found wanting: a byline's double-barrelled
 * name ("By Jonathan Trott-Smith"), a small paper's "Story and photos by
 * NAME", a related card's date run on after its summary, a glossary box
 * ("Words in This Story") closing the text. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_glossary.h"
#include "extract_linkbox.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Somerset residents fight fuel depot</title></head><body>"
#define H1 "<h1>Somerset residents fight plan for fuel depot at Cavello Bay</h1>"
#define P1 "<p>More than 200 Somerset residents have signed a petition against a proposed fuel storage " \
	"depot at Cavello Bay, saying it would put tanker traffic on a narrow road.</p>"
#define P2 "<p>Islands Energy Ltd has applied to the Department of Planning for permission to build " \
	"four 40,000-gallon diesel tanks on a former boatyard site.</p>"
#define P3 "<p>Objections may be lodged with the Department of Planning until April 14, the " \
	"department said.</p>"
#define STORY(by) HEAD H1 "<div class=\"byline\">" by "</div><div class=\"story\">" P1 P2 P3 "</div></body></html>"
#define OPEN HEAD H1 "<div class=\"story\">" P1 P2 P3
#define CLOSE "</div></body></html>"

static void
hyphenated_names(void)
{
	test_author_is(STORY("By <a href=\"/p/jts\">Jonathan Trott-Smith</a>"), "Jonathan Trott-Smith",
	    "a hyphen joins a double-barrelled surname's capitalised parts");
	test_author_is(STORY("By Jean-Pierre Habimana"), "Jean-Pierre Habimana",
	    "... and a double given name's");
	test_author_is(STORY("By Dana Okafor - Staff Writer"), "Dana Okafor",
	    "a hyphen set apart by spaces still ends the name");
	test_author_is(STORY("By Dana Okafor-Reporting from Hamilton"), NULL,
	    "a hyphen run into more than a name's parts names none");
}

static void
story_and_photos(void)
{
	test_author_is(STORY("Story and photos by <a href=\"/author/cd/\">Colette Desjarlais</a>"),
	    "Colette Desjarlais", "Story and photos by NAME is a byline");
	test_author_is(STORY("Story by Colette Desjarlais | Posted on April 2, 2025"), "Colette Desjarlais",
	    "... and so is Story by NAME before a separator");
	test_author_is(STORY("Story by story, the council rebuilt the old hall."), NULL,
	    "a sentence opening Story by names none");
}

static void
snippet_dates(void)
{
	char *s = item_snippet("More than 140 anglers took to Churchill Lake for the annual derby.March 26, 2025",
	    "Buffalo Narrows jigging derby", "Buffalo Narrows jigging derby", "2025-03-26");

	tap_str(s, "More than 140 anglers took to Churchill Lake for the annual derby.",
	    "a card's date run on after its summary is no snippet");
	free(s);
	s = item_snippet("More than 140 anglers took to Churchill Lake for the annual derby. March 26, 2025",
	    "Buffalo", "Buffalo", "2025-03-26");
	tap_str(s, "More than 140 anglers took to Churchill Lake for the annual derby.",
	    "... nor one after a space");
	free(s);
	s = item_snippet("The derby returns to Churchill Lake next winter. March 30, 2025",
	    "Buffalo", "Buffalo", "2025-03-26");
	tap_str(s, "The derby returns to Churchill Lake next winter. March 30, 2025",
	    "a date of another day stays");
	free(s);
	s = item_snippet("More than 140 anglers took to Churchill Lake on March 26, 2025",
	    "Buffalo", "Buffalo", "2025-03-26");
	tap_str(s, "More than 140 anglers took to Churchill Lake on March 26, 2025",
	    "a sentence running into the date keeps it");
	free(s);
}

static void
glossary_boxes(void)
{
	test_body_count(OPEN "<div class=\"glossary-box\"><h4>Michif words in this story</h4><ul><li><em>la "
	    "sharet</em> - the cart</li><li><em>lii roo</em> - the wheels</li><li><em>aan pchi vyeu</em> - "
	    "an Elder</li></ul></div>" CLOSE, 3, "a glossary box closing the text is no body");
	test_body_count(OPEN "<h2>Words in This Story</h2><p><strong>petition</strong> - n. a written request "
	    "signed by many people</p><p><strong>depot</strong> - n. a place where goods are stored</p>" CLOSE, 3,
	    "... as a learners' site sets Words in This Story");
	test_body_count(OPEN "<p>The words in this story were checked with Elders at the Friendship Centre in "
	    "Beauval.</p>" CLOSE, 4, "a sentence naming the story's words stays");
	tap_int(is_glossary_head("Words in this story matter"), 0, "... as does a heading running on");
	tap_int(is_glossary_head("Glossary"), 0,
	    "Glossary alone heads no box: a technical post's glossary opens its text");
}

int
main(void)
{
	hyphenated_names();
	story_and_photos();
	snippet_dates();
	glossary_boxes();
	return tap_done();
}
