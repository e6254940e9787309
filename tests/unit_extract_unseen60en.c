/* unit_extract_unseen60en: the kinds of layout the sixtieth English
 * blind round (unseen60en-*) found wanting: a British weekly's
 * "Recommended reading:" line over a list of links set between the
 * paragraphs (the story's related list, no line of it); a teaser card
 * set into the text as one link whose first element is the related label
 * (<a><span>Read more</span><img><span>TITLE</span></a>, an Irish
 * regional's), which links a related story titled by the rest. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_test.h"
#include "page.h"
#include "tap.h"
#include "util.h"

#define PAGE_URL "https://www.gazette.example/news/2480.library-saved/"
#define HEAD "<html><head><meta charset=\"utf-8\"><title>Library saved</title></head><body>"
#define H1 "<h1>Volunteers save the town library from closure</h1>"
#define P1 "<p>A library that faced closure next spring will stay open after a group of volunteers " \
	"agreed to take it over from the county council.</p>"
#define P2 "<p>The volunteers will run the branch from April, with the council paying for the building, " \
	"the books and a part-time librarian.</p>"
#define P3 "<p>More than 2,400 people signed a petition against the closure, and a public meeting in " \
	"September filled the town hall.</p>"
#define P4 "<p>The branch will open for 30 hours a week, including Saturday mornings, and add a weekly " \
	"homework club.</p>"
#define STORY(mid) HEAD H1 "<div id=\"article-body\" class=\"article-body\">" P1 P2 mid P3 P4 \
	"</div><footer><p>Contact us</p></footer></body></html>"

#define LINKS "<ul><li><a href=\"/news/2476.library-among-nine-facing-closure/\">Library among nine " \
	"branches facing closure</a></li><li><a href=\"/news/2477.town-hall-meeting-vows-fight/\">Packed " \
	"town hall meeting vows to fight cuts</a></li><li><a href=\"/news/2479.mobile-library-route/\">" \
	"Council confirms mobile library route changes</a></li></ul>"

/* Checks the related list of the page: its count and its first title. */
static void
related_is(const char *html, size_t n, const char *first, const char *what)
{
	struct page *p = test_page_of(html, PAGE_URL);
	char *w = xasprintf("%s (first title)", what);

	tap_int((long)p->related.n, (long)n, what);
	tap_str(p->related.n > 0 ? p->related.v[0].title : NULL, first, w);
	free(w);
	page_free(p);
}

static void
recommended_reading(void)
{
	const char *html = STORY("<p><strong>Recommended reading:</strong></p>" LINKS);
	const char *near = STORY("<p>Recommended reading for the summer holidays includes three novels "
	    "by authors who grew up in the town.</p>");

	related_is(html, 3, "Library among nine branches facing closure",
	    "\"Recommended reading:\" over links between the paragraphs heads the related list");
	page_body_is(html, 4, NULL, "The branch will open for 30 hours a week, including Saturday "
	    "mornings, and add a weekly homework club.", "... and is no line of the story");
	page_body_is(near, 5, NULL, NULL, "... a sentence opening on the words stays a line");
	related_is(near, 0, NULL, "... and heads nothing");
}

#define TEASER(label, title) "<a href=\"/news/2471.pier-repairs-finished/\" class=\"relatedTeaser\">" \
	"<span class=\"relatedLabel\">" label "</span><img src=\"/img/pier.jpg\" alt=\"\">" \
	"<span class=\"relatedTitle\">" title "</span></a>"

static void
teaser_card_in_text(void)
{
	const char *html = STORY(TEASER("Read more", "Pier repairs finished ahead of schedule"));
	const char *near = STORY(TEASER("Pictures", "Pier repairs finished ahead of schedule"));
	const char *card = HEAD H1 "<div class=\"article-body\">" P1 P2 P3 P4 "</div>"
	    "<div class=\"promo\"><a href=\"/news/2471.pier-repairs-finished/\"><span>Read more</span> "
	    "<span>Pier repairs finished ahead of schedule</span></a></div></body></html>";

	related_is(html, 1, "Pier repairs finished ahead of schedule",
	    "a teaser link in the text opening on its label \"Read more\" links a related story");
	page_body_is(html, 4, NULL, NULL, "... and is no line of the story");
	related_is(near, 0, NULL, "... a teaser whose first element is no related label links none");
	related_is(card, 0, NULL, "... nor does such a link outside the story's text");
}

int
main(void)
{
	recommended_reading();
	teaser_card_in_text();
	return tap_done();
}
