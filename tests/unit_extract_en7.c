/* unit_extract_en7: lines, bylines and dates of the kinds of English
 * layout the seventh blind round (unseen7en-*) found wanting: a print
 * replica's jump lines, an ad label framed by dashes, a portal's note of
 * a syndicated story's first outlet, a story stamp with the time before
 * the date and a US zone named without its season (5:00 a.m. CT). */
#include "config.h"

#include <stdlib.h>

#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"

#define HEAD "<html><head><title>Brush fire</title></head><body><h1>Brush fire chars 600 acres</h1>"
#define EN1 "<p>A wind-driven brush fire burned about 600 acres of scrub north of Carver Falls on Wednesday, forcing the evacuation of 40 homes.</p>"
#define EN2 "<p>The fire was reported shortly after 1 p.m. near the old county gravel pit, the fire chief said, and gusts pushed it toward the ridge.</p>"
#define EN3 "<p>No injuries were reported, and no homes were damaged, though one barn and two sheds on Hollow Pine Lane were lost in the fire.</p>"
#define STORY "<div class=\"story-text\">" EN1 EN2

static void
set_in_lines(void)
{
	struct ctx c;

	tap_ok(is_noise_line("See FIRE, Page A6"), "\"See FIRE, Page A6\" is a print jump line");
	tap_ok(is_noise_line("FIRE From Page A1"), "... so is its head on the page it jumps to");
	tap_ok(is_noise_line("Continued on page 4"), "... and \"Continued on page 4\"");
	tap_ok(!is_noise_line("See you at the fair, said the mayor, who ran for the seat on page one."),
	    "... a sentence that ends elsewhere is none");
	tap_ok(!is_noise_line("From Page Street to the river, crews cut a line."),
	    "... nor one with no page number last");
	tap_ok(is_noise_line("- Advertisement -"), "an ad label framed by dashes is a notice");
	tap_ok(!is_noise_line("- Advertisement rates rose -"), "... not a longer line between dashes");
	tap_ok(is_noise_line("This article originally appeared on The Marlow Courier: Marlow's Ferry "
	    "Street bridge to close for 14 months starting in July, the state says"),
	    "a portal's note of the story's first outlet and title is a notice however long");
	tap_ok(!is_noise_line("This article originally appeared on The Atlantic."),
	    "... the outlet's own credit naming no title is none (the readability reference keeps it)");
	test_story(&c, HEAD STORY "<p class=\"jump\">See FIRE, Page A6</p><p>FIRE From Page A1</p>"
	    "<div class=\"ad\"><span>- Advertisement -</span></div>" EN3
	    "<p><em>This article originally appeared on The Marlow Courier: <a href=\"/x\">Brush fire chars 600 acres"
	    "</a></em></p></div></body></html>");
	tap_int((long)c.page->body.n, 3, "jump lines, a framed ad label and a portal's syndication note are no paragraphs");
	test_doc_free(&c);
}

static void
date_is(const char *line, const char *want, const char *what)
{
	char *got = date_find(line, 0, DATE_ZONE);

	tap_str(got, want, what);
	free(got);
}

static void
time_first(void)
{
	date_is("Published 5:00 a.m. CT June 9, 2024", "2024-06-09T05:00-05:00",
	    "a time before its date (5:00 a.m. CT June 9, 2024), CT in June daylight time");
	date_is("Published 5:00 a.m. CT Jan. 9, 2024", "2024-01-09T05:00-06:00", "... CT in January standard time");
	date_is("7:15 p.m. ET March 10, 2024", "2024-03-10T19:15-04:00", "... ET from the second Sunday of March");
	date_is("7:15 p.m. ET March 9, 2024", "2024-03-09T19:15-05:00", "... not the day before");
	date_is("11:02 AM PT Nov. 3, 2024", "2024-11-03T11:02-08:00", "... PT standard from the first Sunday of November");
	date_is("10:41 AM Tuesday, June 11, 2024", "2024-06-11T10:41", "a time, a weekday and the date");
	date_is("June 9, 2024 5:00 a.m. CT", "2024-06-09T05:00-05:00", "the date first, the season-less zone settled too");
	date_is("Doors open at 7:30 and the show runs June 9, 2024 till late", "2024-06-09",
	    "a time that stands apart from the date is not its time");
}

static void
print_bylines(void)
{
	struct ctx c;

	test_author_is(HEAD "<div class=\"ee-byline\">By TESS ALDRIDGE<br><span class=\"ee-byline-title\">Staff Writer"
	    "</span></div>" STORY "</div></body></html>", "TESS ALDRIDGE",
	    "a print byline's name in capitals, its job title on the next line (By TESS ALDRIDGE / Staff Writer)");
	test_author_is(HEAD "<p class=\"byline\">By MARTHA BELLWOOD Associated Press</p>" STORY "</div></body></html>",
	    "MARTHA BELLWOOD", "... the name in capitals ends where the case changes");
	test_author_is(HEAD "<div class=\"byline\"><span>Staff Writer</span></div>" STORY "</div></body></html>",
	    NULL, "a job title alone (Staff Writer) names no author");
	test_author_is(HEAD "<div class=\"article-byline\"><div>By: Ramon Dela Cruz - Correspondent</div></div>" STORY
	    "</div></body></html>", "Ramon Dela Cruz", "\"By: NAME - Correspondent\" names the author");
	test_story(&c, HEAD "<article><div class=\"article-byline\"><div>By: Ramon Dela Cruz - Correspondent</div></div>"
	    STORY "</div></article></body></html>");
	tap_ok(!test_body_has(&c, "By: Ramon Dela Cruz - Correspondent"), "... and is no paragraph of the story");
	test_doc_free(&c);
}

static void
linked_bylines(void)
{
	test_author_is(HEAD "<div class=\"sno-story-byline-wrap\"><span class=\"byline-name\"><a href=\"/staff_name/maya-okafor/\">"
	    "Maya Okafor &#8217;26</a></span>, <span class=\"jobtitle\">Staff Writer</span> <span>March 4, 2024</span></div>"
	    STORY "</div></body></html>", "Maya Okafor",
	    "a bare link to the writer's page under the headline names the author, without the class year");
	test_author_is(HEAD "<div class=\"gnt_ar_by\"><img src=\"/k.jpg\" alt=\"\"><a href=\"/staff/4471/kevin-marsh/\">Kevin Marsh</a>"
	    "</div>" STORY "</div></body></html>", "Kevin Marsh", "... a picture and the linked name alone");
	test_author_is(HEAD "<div class=\"crumbs\"><a href=\"/news/local/\">Local News</a></div>" STORY "</div></body></html>",
	    NULL, "... a link to a section is no writer's page");
}

static void
lead_photo_block(void)
{
	struct ctx c;

	test_story(&c, "<html><head><title>Library hours</title></head><body><div class=\"story-wrap\">"
	    "<h1>Student senate wins longer library hours</h1><div class=\"byline\">March 4, 2024</div>"
	    "<div class=\"photo-area\"><div class=\"photowrap\"><img src=\"/lib.jpg\" alt=\"\"></div>"
	    "<div class=\"photographer\">Photo courtesy of Harrow Hill Yearbook</div>"
	    "<div class=\"photocaption\">Juniors Talia Brenner and Owen Pruitt study for a chemistry quiz during lunch in the "
	    "school library on Feb. 28, as they do most days.</div></div>"
	    "<div class=\"story-body\">" EN1 EN2 EN3 "</div><div class=\"tags\">Tags: library</div></div></body></html>");
	tap_int((long)c.page->body.n, 3,
	    "a lead picture's block (the picture deeper in a block of its own, a credit and a caption by class) "
	    "before the story's block is none of the story");
	tap_ok(!test_body_has(&c, "Photo courtesy of Harrow Hill Yearbook"), "... nor its credit line");
	test_doc_free(&c);
}

static void
byline_block_then_figure(void)
{
	struct ctx c;

	test_story(&c, "<html><head><title>Calamity</title></head><body><article class=\"article\">"
	    "<h1>San Teodoro declares state of calamity</h1><div class=\"article-byline\">"
	    "<div>By: Ramon Dela Cruz - Correspondent</div>"
	    "<div><span>Published: March 14, 2024, 8:05 PM</span> <span>Updated: March 15, 2024, 6:40 AM</span></div></div>"
	    "<figure><img src=\"/field.jpg\" alt=\"\"><figcaption>DRY SPELL. A farmer walks across a cracked rice paddy in "
	    "Barangay Lumbia on Wednesday, March 13, 2024. (Ramon Dela Cruz)</figcaption></figure>"
	    "<div class=\"article-body\">" EN1 EN2 EN3 "</div></article></body></html>");
	tap_int((long)c.page->body.n, 3, "a byline's block of a role line and dates joins no story, so the lead figure "
	    "after it is no picture between two blocks of the story");
	test_doc_free(&c);
}

static void
follow_call(void)
{
	struct ctx c;

	test_story(&c, HEAD STORY EN3 "<p><em>Stay updated with the latest news. Join the Visayas Star community on Viber."
	    "</em></p></div></body></html>");
	tap_int((long)c.page->body.n, 3, "a closing call to join the outlet on a channel, after a first sentence, is no "
	    "line of the story");
	test_doc_free(&c);
	test_story(&c, HEAD STORY EN3 "<p>Residents can join the Fenwick fire company's volunteer roster at the hall on Saturday.</p>"
	    "</div></body></html>");
	tap_int((long)c.page->body.n, 4, "... a story's own last line that mentions joining is kept");
	test_doc_free(&c);
}

static void
entry_date_updated(void)
{
	struct ctx c;

	test_byline(&c, HEAD "<div class=\"meta\"><time class=\"entry-date updated td-module-date\" "
	    "datetime=\"2024-10-03T05:30:00-04:00\">October 3, 2024</time></div>" STORY "</div>"
	    "<div class=\"sidebar\"><h4>Latest Articles</h4><div><a href=\"/x\">Fenwick water main break closes Canal Street</a>"
	    "<time datetime=\"2024-10-03T04:10:00-04:00\">October 3, 2024</time></div></div></body></html>");
	tap_str(c.page->published, "2024-10-03T05:30:00-04:00",
	    "an entry's date marked \"entry-date updated\" (hAtom) dates the story, not a sidebar item's time");
	test_doc_free(&c);
}

static void
eedition_date(void)
{
	struct ctx c;

	test_byline(&c, "<html><head><title>Brush fire</title></head><body><div class=\"ee-article-meta\"><span>Local News</span>"
	    " | <span>Page A1</span> | <span>Thursday, August 15, 2024</span></div><h1>Brush fire chars 600 acres</h1>"
	    STORY "</div></body></html>");
	tap_str(c.page->published, "2024-08-15", "an e-edition's line of section, page (Page A1) and issue date dates the story");
	test_doc_free(&c);
	tap_ok(!is_edition_line("Read the full report on the city's website, pages 4 to 9"), "... a mention of pages is no page mark");
}

static void
portal_provider(void)
{
	struct ctx c;

	test_byline(&c, HEAD "<div class=\"caas-attr-meta\"><div class=\"caas-attr-item-author\"><span>Renee Castillo</span></div>"
	    "<div class=\"caas-attr-provider\"><span class=\"caas-attr-provider-name\">The Marlow Courier</span></div></div>"
	    STORY "</div></body></html>");
	tap_str(c.page->source, "The Marlow Courier", "a portal's provider of a syndicated story, by its class, is the source");
	test_doc_free(&c);
}

#define READ_ON "<p><strong>Read more:</strong> <a href=\"/trail-grant\">Tannin River trail extension gets state grant</a></p>"
#define MORE_FROM "<div class=\"more\"><h2>More from The Marlow Courier</h2><ul><li><a href=\"/budget\">Marlow school " \
	"budget passes by 212 votes</a></li><li><a href=\"/trail\">Tannin River trail extension gets state grant</a></li></ul></div>"

static void
read_on_line(void)
{
	struct ctx c;

	test_story(&c, HEAD "<article><div class=\"body\">" EN1 READ_ON EN2 EN3 "</div>" MORE_FROM "</article></body></html>");
	extract_related(&c);
	tap_int((long)c.page->related.n, 2, "a list under a related heading after the story, not a read-on line of one "
	    "link set into it, is the related list");
	test_doc_free(&c);
	test_story(&c, HEAD "<article><div class=\"body\">" EN1 READ_ON EN2 EN3 "</div></article></body></html>");
	extract_related(&c);
	tap_int((long)c.page->related.n, 1, "... with no such list the read-on line's link is all there is");
	test_doc_free(&c);
}

int
main(void)
{
	read_on_line();
	portal_provider();
	eedition_date();
	entry_date_updated();
	follow_call();
	byline_block_then_figure();
	lead_photo_block();
	linked_bylines();
	print_bylines();
	set_in_lines();
	time_first();
	return tap_done();
}
