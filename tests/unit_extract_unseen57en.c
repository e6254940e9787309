/* unit_extract_unseen57en: the kinds of layout the fifty-seventh English
 * blind round (unseen57en-*) found wanting: a pager of two stories whose
 * links each sit in a wrapper of their own (Bootstrap's <li
 * class="previous"> / <li class="next"> with "Back to News" between, a
 * static theme's pagination buttons), with the arrow in a span inside
 * the link or as a text beside it; a German pager's bare words; and a
 * lead picture's caption and credit as a definition list after it (an
 * enterprise CMS's image component), apart from the text's block; a
 * wiki's namespace before a news page's name ("News:TITLE") in its
 * heading and its links' title attributes. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_wikiname.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Cup</title></head><body>"
#define H1 "<h1>Minors claim the county cup after a replay</h1>"
#define P1 "<p>The minor footballers are county champions for the first time in almost thirty years " \
	"after a four-point win in the replay of the final on Saturday.</p>"
#define P2 "<p>The sides had finished level a fortnight ago, and for long spells of the replay it looked " \
	"as though nothing would separate them again.</p>"
#define P3 "<p>The cup will be on display in the clubhouse on Friday evening, and all are welcome to come " \
	"and see it.</p>"
#define STORY HEAD H1 "<div class=\"view-item\"><div class=\"body\">" P1 P2 P3 "</div></div>"
#define PREV_URL "\"/news/409/lotto-jackpot\""
#define NEXT_URL "\"/news/415/agm-date\""

static void
wrapped_pager(void)
{
	test_nav_is(STORY "<ul class=\"pager\"><li class=\"previous\"><a href=" PREV_URL ">&larr; Lotto jackpot "
	    "rises again</a></li><li><a href=\"/news\">Back to News</a></li><li class=\"next\"><a href=" NEXT_URL
	    ">AGM date and motions announced &rarr;</a></li></ul></body></html>",
	    "Lotto jackpot rises again", "AGM date and motions announced",
	    "a pager's arrowed links, each in a list item of its own, are previous and next");
	test_nav_is(STORY "<div class=\"pagination\"><span class=\"button previous\"><a href=" PREV_URL ">\n"
	    "<span class=\"button__icon\">←</span>&nbsp;\n<span class=\"button__text\">Lotto jackpot rises "
	    "again</span></a></span><span class=\"button next\"><a href=" NEXT_URL "><span class=\"button__text\">"
	    "AGM date and motions announced</span>&nbsp;\n<span class=\"button__icon\">→</span>\n</a></span></div>"
	    "</body></html>",
	    "Lotto jackpot rises again", "AGM date and motions announced",
	    "... or with the arrows in spans of their own inside the links");
	test_nav_is(STORY "<div class=\"news-nav\"><span class=\"nav-prev\">&#8592; <a href=" PREV_URL ">Lotto "
	    "jackpot rises again</a></span> | <a href=\"/news\">All news</a> | <span class=\"nav-next\"><a href="
	    NEXT_URL ">AGM date and motions announced</a> &#8594;</span></div></body></html>",
	    "Lotto jackpot rises again", "AGM date and motions announced",
	    "... or with the arrows beside the links in their wrappers");
	/* near miss: two arrowed links each in a box of its own far apart */
	test_nav_is(STORY "<div class=\"side\"><ul><li><a href=" PREV_URL ">&larr; Lotto jackpot rises again</a>"
	    "</li></ul></div><div class=\"foot\"><ul><li><a href=" NEXT_URL ">AGM date and motions announced "
	    "&rarr;</a></li></ul></div></body></html>",
	    NULL, NULL, "... not two arrowed links in lists of different boxes");
	test_nav_is(STORY "<ul class=\"pager\"><li class=\"previous\"><a href=" PREV_URL ">&larr; Lotto jackpot "
	    "rises again</a> <a href=\"/news\">News</a></li><li class=\"next\"><a href=" NEXT_URL ">AGM date and "
	    "motions announced &rarr;</a></li></ul></body></html>",
	    NULL, NULL, "... nor when a wrapper holds another link beside the arrowed one");
}

static void
german_bare_words(void)
{
	test_nav_is(STORY "<p class=\"news_navi\"><a href=" PREV_URL "><span>«</span> Vorige</a> | <a href="
	    NEXT_URL ">Nächste <span>»</span></a></p></body></html>",
	    NULL, NULL, "a German pager's « Vorige | Nächste » names no story");
	test_nav_is(STORY "<p class=\"news_navi\"><a href=" PREV_URL "><span>«</span> Vorige Woche im Rat</a> | "
	    "<a href=" NEXT_URL ">Nächste Sitzung im Mai <span>»</span></a></p></body></html>",
	    "Vorige Woche im Rat", "Nächste Sitzung im Mai", "... a title opening on such a word is kept");
}

#define VP1 "<p>Older residents without a car now have a way to get to their medical appointments in town, " \
	"after the Trust put its new eight-seat van on the road this week.</p>"
#define VP2 "<p>The van will run on Mondays, Wednesdays and Fridays, leaving the hall at half past eight and " \
	"returning by three in the afternoon.</p>"
#define VP3 "<p>To book a seat or to volunteer, ring the Trust office or call in at the hall on any weekday " \
	"morning.</p>"
#define VHEAD "<html><head><meta charset=\"utf-8\"><title>Van</title></head><body><div id=\"main\">" \
	"<div class=\"text-box\"><h1>New community van on the road for seniors</h1></div>"
#define VURL "https://trust.example/news/2026/van.html"

static void
picture_list_caption(void)
{
	struct page *p;

	p = test_page_of(VHEAD "<div class=\"image-box\"><img src=\"/dam/van.jpg\" alt=\"The van\"><dl><dt>Trust "
	    "chair Wiremu hands the keys to volunteer driver Lyn outside the hall.</dt><dd class=\"credit\">"
	    "Photo: the Trust</dd></dl></div><div class=\"text-section\">" VP1 VP2 VP3 "</div></div></body></html>",
	    VURL);
	tap_int((long)p->body.n, 3, "a lead picture's <dl> caption and credit apart from the text are no lines");
	tap_int((long)p->nimages, 1, "... and the picture stays the story's");
	page_free(p);
	p = test_page_of(VHEAD "<div class=\"text-section\">" VP1 "<dl><dt>Van days: Mondays, Wednesdays and "
	    "Fridays, every week of the year.</dt><dd>Booking: by four the working day before.</dd></dl>" VP2 VP3
	    "</div></div></body></html>", VURL);
	tap_int((long)p->body.n, 5, "... a <dl> in the text with no picture before it keeps its lines");
	page_free(p);
}

#define WHEAD "<html><head><meta charset=\"utf-8\"><title>News:Ashby bell returns home - County Society</title>" \
	"</head><body><h1 id=\"firstHeading\"><span class=\"mw-page-title-namespace\">News</span><span>:</span>" \
	"<span class=\"mw-page-title-main\">Ashby bell returns home</span></h1><div class=\"mw-parser-output\">"
#define WP1 "<p>The bell that called children to class at the school for more than forty years is back in " \
	"the county, sixty years after it was sold at the schoolhouse auction.</p>"
#define WP2 "<p>The bronze bell was donated to the Society in September by a family whose farm had kept it " \
	"since their grandfather bought it for eleven dollars.</p>"
#define WP3 "<p>It will be rededicated at the county museum on Saturday afternoon, and former pupils are " \
	"invited to ring it.</p>"
#define WNAV "<div class=\"news-nav\"><span>&#8592; <a href=\"/wiki/News:Fall_walk\" title=\"News:Fall walk " \
	"draws a record crowd\">Fall walk draws a record crowd</a></span> | <span><a href=\"/wiki/News:Winter_talks\" " \
	"title=\"News:Winter talks announced\">Winter talks announced</a> &#8594;</span></div>"

static void
wiki_namespace_cut(void)
{
	struct page *p;
	const char *html = WHEAD WP1 WP2 WP3 WNAV "</div></body></html>";

	p = test_page_of(html, "https://history.example/wiki/News:Ashby_bell_returns_home");
	tap_str(p->title, "Ashby bell returns home", "a wiki's namespace the address names too is no part of the title");
	tap_str(p->prev ? p->prev->title : NULL, "Fall walk draws a record crowd",
	    "... nor of a link's title attribute over the name the link shows");
	page_free(p);
	p = test_page_of(html, "https://history.example/w/index.php?title=News:Ashby_bell_returns_home&oldid=3");
	tap_str(p->title, "Ashby bell returns home", "... an index.php?title= address names it too");
	page_free(p);
	p = test_page_of(html, "https://history.example/news/ashby-bell-returns-home.html");
	tap_str(p->title, "News:Ashby bell returns home", "... a colon on a page whose address names none stays");
	page_free(p);
	tap_int((long)wiki_namespace("Update: council meets"), 0, "... nor is \"Update: \" with a space one");
}

#define CATS "<div id=\"catlinks\" class=\"catlinks\"><div id=\"mw-normal-catlinks\" class=\"mw-normal-catlinks\">" \
	"<a href=\"/wiki/Special:Categories\">Categories</a>: <ul><li><a href=\"/wiki/Category:News\">News</a></li>" \
	"<li><a href=\"/wiki/Category:School_bells\">School bells</a></li></ul></div><div id=\"mw-hidden-catlinks\" " \
	"class=\"mw-hidden-catlinks mw-hidden-cats-hidden\">Hidden category: <ul><li><a href=\"/wiki/Category:" \
	"Pages_with_errors\">Pages with errors</a></li></ul></div></div>"

static void
wiki_categories(void)
{
	struct page *p;
	p = test_page_of(WHEAD WP1 WP2 WP3 "</div>" CATS "</body></html>",
	    "https://history.example/wiki/News:Ashby_bell_returns_home");
	tap_int((long)p->tags.n, 2, "a wiki's categories row gives the tags, not its heading nor the hidden ones");
	tap_str(p->tags.n > 1 ? p->tags.v[1] : NULL, "School bells", "... in the row's order");
	page_free(p);
	p = test_page_of(WHEAD WP1 WP2 WP3 "</div><div class=\"widget categories\"><h3>Categories</h3><ul><li>"
	    "<a href=\"/category/news/\">News</a></li><li><a href=\"/category/events/\">Events</a></li></ul></div>"
	    "</body></html>", "https://history.example/wiki/News:Ashby_bell_returns_home");
	tap_int((long)p->tags.n, 0, "... a blog's widget of categories gives none");
	page_free(p);
}

int
main(void)
{
	wrapped_pager();
	german_bare_words();
	picture_list_caption();
	wiki_namespace_cut();
	wiki_categories();
	return tap_done();
}
