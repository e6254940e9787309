/* unit_extract_unseen53en: the kinds of layout the fifty-third English
 * blind round (unseen53en-*) found wanting: a component library's lead
 * image whose caption is marked only by schema.org (a span of
 * itemprop="caption" beside the <img>, in a block of its own before the
 * text's); a list component's related item whose link holds the
 * headline and its date in two spans (no <time>); a related card whose
 * date is printed with its time in words ("November 20, 2026 10:00
 * AM"); a nonprofit newsroom's credit after the text ("This story was
 * produced by OUTLET, a nonprofit newsroom ..."). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "page.h"
#include "tap.h"
#include "util.h"

#define PAGE_URL "https://www.region.test/media-releases/2026/11/clinic.html"
#define HEAD "<html><head><meta charset=\"utf-8\"><title>Clinic</title></head><body><main>"
#define H1 "<div class=\"title\"><h1>New medical centre for the town</h1></div>"
#define P1 "<p>Families will no longer have to drive 140 kilometres to see a doctor, with a new " \
	"medical centre to be built in the town next year.</p>"
#define P2 "<p>The centre will be built on council land beside the ambulance station and will " \
	"house two doctors, a practice nurse and visiting services.</p>"
#define P3 "<p>The town has been without a permanent doctor since its only clinic closed, leaving " \
	"residents to travel or rely on video calls.</p>"
#define TEXT "<div class=\"text\"><div class=\"cmp-text\">" P1 P2 P3 "</div></div>"
#define PIC(caption) "<div class=\"image\"><div class=\"cmp-image\"><img src=\"/content/dam/site.jpeg\" " \
	"width=\"1600\" height=\"900\" alt=\"The minister and the mayor at the vacant site\">" caption \
	"</div></div>"

/* Is the page's only picture site.jpeg? */
static void
lead_picture_is(const char *html, int want, const char *what)
{
	struct page *p = test_page_of(html, PAGE_URL);

	tap_int((long)(p->nimages == 1 && strstr(p->images[0].src, "site.jpeg") != NULL), want, what);
	page_free(p);
}

static void
schema_caption(void)
{
	lead_picture_is(HEAD H1 PIC("<span class=\"cmp-image__title\" itemprop=\"caption\">The minister and "
	    "the mayor at the site on Hay Street.</span>") TEXT "</main></body></html>", 1,
	    "a picture's block before the text, its caption marked itemprop=caption, is the lead picture");
	lead_picture_is(HEAD H1 PIC("<span class=\"cmp-image__title\">Council now seeks tenders from local "
	    "builders for the work.</span>") TEXT "</main></body></html>", 0,
	    "... a picture beside a line of no caption's mark is none");
}

#define REL(item) HEAD H1 TEXT "<h2>Related media releases</h2><ul class=\"cmp-list\">" item(1, "Telehealth " \
	"hubs for six wheatbelt towns", "Thursday, 22 October 2026") item(2, "Rural GP incentive scheme extended", \
	"Tuesday, 15 September 2026") "</ul></main></body></html>"
#define SPANNED(n, t, d) "<li class=\"cmp-list__item\"><a class=\"cmp-list__item-link\" href=\"/rel/" #n ".html\">" \
	"<span class=\"cmp-list__item-title\">" t "</span><span class=\"cmp-list__item-date\">" d "</span></a></li>"
#define NAMED(n, t, d) "<li><a href=\"/rel/" #n ".html\"><span>" t "</span> <span>in " d "</span></a></li>"

/* Checks the first related item's title and date. */
static void
first_related_is(const char *html, const char *title, const char *date, const char *what)
{
	struct page *p = test_page_of(html, PAGE_URL);
	char *w = xasprintf("%s (date)", what);

	tap_str(p->related.n > 0 ? p->related.v[0].title : NULL, title, what);
	tap_str(p->related.n > 0 ? p->related.v[0].date : NULL, date, w);
	free(w);
	page_free(p);
}

static void
spanned_date(void)
{
	first_related_is(REL(SPANNED), "Telehealth hubs for six wheatbelt towns", "2026-10-22",
	    "a related link's date in a span of its own after the headline is no part of the title");
	first_related_is(REL(NAMED), "Telehealth hubs for six wheatbelt towns in Thursday, 22 October 2026",
	    NULL, "... a span holding more than the date stays in the title");
}

#define CARDS(d1, d2) HEAD H1 TEXT "<section><h2>Related news</h2><ul>" \
	"<li><h3><a href=\"/news/snow-routes-map\">Snow clearing priority routes map now online</a></h3>" \
	"<div>" d1 "</div><p>Find out which streets are plowed first and how long crews take.</p></li>" \
	"<li><h3><a href=\"/news/parking-review\">Public input sought on parking by-law review</a></h3>" \
	"<div>" d2 "</div><p>An online survey and two open houses will shape the changes.</p></li>" \
	"</ul></section></main></body></html>"

static void
worded_time(void)
{
	first_related_is(CARDS("November 20, 2026 10:00 AM", "September 14, 2026 9:30 AM"),
	    "Snow clearing priority routes map now online", "2026-11-20 10:00",
	    "a related card's date and time in words is given as a headline's, with a space");
	first_related_is(CARDS("November 20, 2026", "September 14, 2026"),
	    "Snow clearing priority routes map now online", "2026-11-20",
	    "... a date of no time stays a day");
}

#define NOTE(last) "<html><head><meta charset=\"utf-8\"><title>Buses</title></head><body><article>" \
	"<h1>Schools cut four bus routes</h1><div class=\"prose\"><p>The school district has cut four of its " \
	"14 bus routes after losing five drivers since August, leaving families to find rides.</p><p>The " \
	"changes took effect Monday, and some students must now walk more than a mile to a stop.</p>" \
	"<p>The district pays drivers $19.50 an hour for split shifts of about five hours a day.</p>" \
	"<p><em>" last "</em></p></div></article></body></html>"

static void
outlet_credit(void)
{
	page_body_is(NOTE("This story was produced by the Valley Ledger, a nonprofit newsroom covering the "
	    "hills. It can be republished for free."), 3, NULL,
	    "The district pays drivers $19.50 an hour for split shifts of about five hours a day.",
	    "a nonprofit's \"This story was produced by OUTLET\" note closing the text is no line");
	page_body_is(NOTE("</em>This story was produced by the whole town, the principal said of the drivers' "
	    "rally.<em>"), 4, NULL, "This story was produced by the whole town, the principal said of the "
	    "drivers' rally.", "... a line of the story opening the same way, saying who said it, stays");
}

int
main(void)
{
	schema_caption();
	spanned_date();
	worded_time();
	outlet_credit();
	return tap_done();
}
