/* unit_extract_unseen62en: the kind of layout the sixty-second English
 * blind round (unseen62en-*) found wanting: a flat-file site's pager
 * (Bludit's themes) framing the two stories' titles with triangles, "◀
 * TITLE" and "TITLE ►", and no word: the previous story and the next
 * (extract_pagerarrow.c, extract_navwords.c); a municipality's media
 * statement opening its text with a box to download it as a PDF and a
 * dated "For immediate release | 12/11/2026" (extract_fileline.c); and a
 * minimal blog's small paper setting the writer's role under the byline
 * after a <br>, the writer's address closing the story, and the pager
 * typed into the text with the site's lists after it
 * (extract_bodyline.c, extract_pagerend.c); and a county council's news
 * page setting a "Related information" box of service pages into the
 * text and a "Related news" list of the section's stories after it: the
 * list after is the related list (extract_relsection.c). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Arena</title></head><body>"
#define STORY "<h1>Arena roof repairs finished</h1><div class=\"page-content\">" \
	"<p>The roof of the community arena has been repaired in time for the hockey season, the band " \
	"office said on Friday.</p><p>Crews replaced the panels damaged in the spring storm and sealed " \
	"the skylights above the rink.</p></div>"
#define PAGER(a, b) HEAD STORY "<nav class=\"paginator\"><ul class=\"pagination\">" \
	"<li class=\"page-item\"><a class=\"page-link\" href=\"/bingo-night\">" a "</a></li>" \
	"<li class=\"page-item\"><a class=\"page-link\" href=\"/treaty-day\">" b "</a></li>" \
	"</ul></nav></body></html>"

static void
triangle_pager(void)
{
	test_nav_is(PAGER("&#9664; Bingo night returns", "Treaty Day schedule &#9658;"),
	    "Bingo night returns", "Treaty Day schedule",
	    "a pager of \"◀ TITLE\" and \"TITLE ►\" gives the previous and the next story");
	test_nav_is(PAGER("&#9668; Bingo night returns", "Treaty Day schedule &#9654;"),
	    "Bingo night returns", "Treaty Day schedule",
	    "... with the other triangles, ◄ and ▶");
	test_nav_is(PAGER("Bingo night returns", "Treaty Day schedule"), NULL, NULL,
	    "... two links of no arrow stay no pager, as before");
}

#define URL "https://www.umlazane.gov.example/index.php/media/618-pipeline"
#define RP1 "<p>The Executive Mayor turned the first sod on the bulk water pipeline in Ward 7 on " \
	"Wednesday, marking the start of a project that will bring piped water to 4 200 households.</p>"
#define RP2 "<p>The pipeline is funded through the Regional Bulk Infrastructure Grant and will run 23 " \
	"kilometres from the reservoir to three new storage tanks above the villages.</p>"
#define RP3 "<p>Construction is expected to take 18 months, and residents are asked to keep children " \
	"and livestock away from the open trenches.</p>"
#define RELEASE(head, tail) "<html><head><meta charset=\"utf-8\"><title>Pipeline</title></head><body>" \
	"<h1>Mayor turns first sod on pipeline</h1><div itemprop=\"articleBody\">" head RP1 RP2 RP3 tail \
	"</div></body></html>"
#define PDFBOX "<div class=\"pdf-box\"><a href=\"/images/statements/pipeline.pdf\">" \
	"<img src=\"/images/icons/pdf.png\" alt=\"PDF\"> Download the signed media statement (PDF, 186 KB)</a></div>"

static void
release_head(void)
{
	test_page_body_is(RELEASE(PDFBOX, ""), URL, 3, "The Executive Mayor turned the first sod on the bulk "
	    "water pipeline in Ward 7 on Wednesday, marking the start of a project that will bring piped water "
	    "to 4 200 households.", NULL,
	    "a box to download the statement as a PDF atop its text is no line of it");
	test_page_body_is(RELEASE("<p><strong>For immediate release</strong> | 12/11/2026</p>", ""), URL, 3,
	    NULL, NULL, "... nor \"For immediate release | 12/11/2026\", the kicker dated");
	test_page_body_is(RELEASE("<p>For immediate release, the council said on 12/11/2026 that the "
	    "pipeline tender had been awarded to a local firm.</p>", ""), URL, 4, NULL, NULL,
	    "... a sentence opening so stays the story's");
	test_page_body_is(RELEASE("", "<p><a href=\"/images/forms/wayleave.pdf\">Download the wayleave "
	    "application form (PDF, 120 KB)</a></p>"), URL, 4, NULL,
	    "Download the wayleave application form (PDF, 120 KB)",
	    "... an attachment's line closing the text stays, as before");
}

#define BURL "https://ledger.example/four-day-week/"
#define BP(n) "<p>Paragraph " #n " of the story says what the school board decided on Tuesday night " \
	"and why the district wants the change.</p>"
#define BLOG(byline, tail) "<html><head><meta charset=\"utf-8\"><title>Four-day week</title></head><body>" \
	"<main><h1>School board approves four-day week</h1><p><i><time datetime=\"2026-11-18T04:40Z\">" \
	"18 Nov, 2026</time></i></p><content>" byline BP(1) BP(2) BP(3) BP(4) tail \
	"</content></main></body></html>"
#define BYLINE "<p><strong>By</strong> <a href=\"/about/\">Wendell Pruitt</a><br><em>Ledger staff writer</em></p>"
#define PAGERROW "<p><a href=\"/grain-fire/\">&#8592; Grain elevator fire ruled accidental</a> &#183; " \
	"<a href=\"/snowplow/\">Snowplow contract goes to local firm &#8594;</a></p>"
#define OBITS "<h3>Recent obituaries</h3><ul><li><a href=\"/obituaries/a/\">Margaret Hobbs, 1938-2026</a></li>" \
	"<li><a href=\"/obituaries/b/\">Earl Whitaker, 1951-2026</a></li></ul><p>To place an obituary, call the " \
	"Ledger office at 580-555-0100. Obituaries are free up to 300 words.</p>"

static void
blog_byline_and_tail(void)
{
	test_page_body_is(BLOG(BYLINE, ""), BURL, 4, "Paragraph 1 of the story says what the school board "
	    "decided on Tuesday night and why the district wants the change.", NULL,
	    "the writer's role after a <br> under the byline is no line");
	test_page_body_is(BLOG("<p>Ledger staff writer</p>", ""), BURL, 5, "Ledger staff writer", NULL,
	    "... a role line under no byline is left alone");
	test_page_body_is(BLOG(BYLINE, "<p><em>Wendell Pruitt can be reached at wendell@ledger.example or "
	    "580-555-0133.</em></p>"), BURL, 4, NULL, "Paragraph 4 of the story says what the school board "
	    "decided on Tuesday night and why the district wants the change.",
	    "the writer's address closing the story is no line");
	test_page_body_is(BLOG(BYLINE, "<p>The district office can be reached at 580-555-0190 on weekdays "
	    "for questions about the Friday program.</p>"), BURL, 5, NULL, NULL,
	    "... anyone else's number stays the story's");
	test_page_body_is(BLOG(BYLINE, PAGERROW OBITS), BURL, 4, NULL, "Paragraph 4 of the story says what the "
	    "school board decided on Tuesday night and why the district wants the change.",
	    "a pager row typed into the text ends the story: the lists and notices after it are none of it");
	test_page_body_is(BLOG(BYLINE, "<p><a href=\"/grain-fire/\">Grain elevator fire ruled accidental</a> "
	    "&#183; <a href=\"/snowplow/\">Snowplow contract goes to local firm</a></p><p>Paragraph 5 says the "
	    "board will vote on the full calendar at its January meeting.</p>"), BURL, 5, NULL,
	    "Paragraph 5 says the board will vote on the full calendar at its January meeting.",
	    "... a row of two links with no arrows ends nothing");
	test_page_body_is(BLOG(BYLINE, "<div class=\"slides\"><img src=\"/a.jpg\" alt=\"\"><a href=\"#\">&#8249;</a>"
	    "<a href=\"#\">&#8250;</a></div>" BP(5)), BURL, 5, NULL, NULL,
	    "... nor a slideshow's bare \"‹\" and \"›\" buttons inside the text");
}

#define CURL "https://www.westmarsh.gov.example/news/article/gritters"
#define CP(n) "<p>Paragraph " #n " tells how the council doubled its gritting fleet at the depot so that " \
	"villages are treated on the same night as the main roads.</p>"
#define CBOX(a, b, c) "<div class=\"callout\"><h2>Related information</h2><ul><li><a href=\"" a "\">Gritting " \
	"and winter roads</a></li><li><a href=\"" b "\">Request a grit bin</a></li><li><a href=\"" c "\">Report " \
	"a problem on a road</a></li></ul></div>"
#define CNEWS "<section><h2>Related news</h2><ul>" \
	"<li><a href=\"/news/article/potholes\">Pothole repairs ahead of schedule</a><p>5 November 2026</p></li>" \
	"<li><a href=\"/news/article/bridge\">Saxby Bridge reopens to traffic</a><p>28 October 2026</p></li>" \
	"<li><a href=\"/news/article/wardens\">Snow wardens wanted in every parish</a><p>15 October 2026</p></li>" \
	"</ul></section>"
#define COUNCIL(box) "<html><head><meta charset=\"utf-8\"><title>Gritters</title></head><body><article>" \
	"<h1>Gritting fleet doubles</h1><div class=\"news-body\">" CP(1) CP(2) box CP(3) CP(4) "</div></article>" \
	CNEWS "</body></html>"

/* Checks the first related item's title on html at url. */
static void
first_related_is(const char *html, const char *url, const char *want, const char *what)
{
	struct page *p = test_page_of(html, url);

	tap_str(p->related.n > 0 ? p->related.v[0].title : NULL, want, what);
	page_free(p);
}

static void
section_list_after(void)
{
	first_related_is(COUNCIL(CBOX("/roads-travel/gritting", "/roads-travel/grit-bins", "/roads-travel/report")),
	    CURL, "Pothole repairs ahead of schedule",
	    "a box of service pages in the text yields to a list of the section's stories after it");
	first_related_is(COUNCIL(CBOX("/news/article/salt-barn", "/news/article/grit-bins", "/news/article/roads")),
	    CURL, "Gritting and winter roads",
	    "... a box in the text of the section's own stories stands, as before");
}

int
main(void)
{
	triangle_pager();
	release_head();
	blog_byline_and_tail();
	section_list_after();
	return tap_done();
}
