/* unit_extract_unseen43en: the kinds of layout the forty-third English
 * blind round (unseen43en-*) found wanting: a US county CMS's m/d/Y date
 * on a page filed under /YYYY/MM/; a classic blog template (Typepad,
 * Blogger): the blog's name in an h1 linking to the blog's folder, the
 * day in a date header over the post, "Posted by NAME at TIME" in the
 * footer under it, "Posted by: NAME" under each comment, a picture
 * linked to its own full size with no extension; a weekly's byline whose
 * role runs on after the linked name; concrete5's next/previous block,
 * each label in a header box of its own. */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Bridge</title></head><body>"
#define H1 "<h1>Mill Creek Road bridge to close for replacement</h1>"
#define P1 "<p>The county will close the Mill Creek Road bridge over Tanner Run to all traffic beginning " \
	"Monday so crews can replace the deck and widen the structure.</p>"
#define P2 "<p>The closure is expected to last about fourteen weeks, weather permitting, and the signed " \
	"detour adds about three and a half miles for drivers.</p>"
#define P3 "<p>The project is funded with federal bridge program money and the county's license fee " \
	"fund, and the low bidder was a firm from the county seat.</p>"
#define STORY "<div class=\"entry-body\">" P1 P2 P3 "</div>"

/* the whole extraction at url: one field of the page, new or NULL */
static char *
field_at(const char *html, const char *url, int which)
{
	struct page *p = test_page_of(html, url);
	const char *v = which == 0 ? p->title : which == 1 ? p->author : which == 2 ? p->published :
	    p->nimages > 0 ? p->images[0].src : NULL;
	char *r = v ? xstrdup(v) : NULL;

	page_free(p);
	return r;
}

static void
check(const char *html, const char *url, int which, const char *want, const char *what)
{
	char *v = field_at(html, url, which);

	tap_str(v, want, what);
	free(v);
}

#define DATED(d) HEAD H1 "<div class=\"meta\">Post Date: " d "</div>" STORY "</body></html>"

static void
folder_month(void)
{
	check(DATED("03/10/2026 2:45 PM"), "https://county.test/news/2026/03/bridge", 2,
	    "2026-03-10T14:45", "a d/m date the address files under the other month reads month first");
	check(DATED("03/10/2026 2:45 PM"), "https://county.test/news/2026/10/bridge", 2,
	    "2026-10-03T14:45", "... one the address files under its own month stays day first");
	check(DATED("10/03/2026 2:45 PM"), "https://county.test/news/2026/03/bridge", 2,
	    "2026-03-10T14:45", "... and so does one already read as the folder's month");
}

#define BLOG_URL "https://town.test/blog/2026/03/budget.html"
#define BLOG(home, day, footer, thread) "<html><head><meta charset=\"utf-8\"><title>Town Dispatch: Fin " \
	"Com sends budget to town meeting</title></head><body><div id=\"banner\"><h1><a href=\"" home \
	"\">Town Dispatch</a></h1></div><div id=\"alpha\">" day "<div class=\"entry\"><h3 class=\"entry-header\">" \
	"Fin Com sends budget to town meeting</h3>" STORY "<div class=\"entry-footer\"><p>" footer "</p></div>" \
	"</div>" thread "</div></body></html>"
#define DAYHEAD "<h2 class=\"date-header\">Tuesday, March 10, 2026</h2>"
#define FOOTER "Posted by Walt Emmons at 09:14 AM in <a href=\"/blog/town_hall/\">Town Hall</a>"
#define THREAD "<div class=\"comments\" id=\"comments\"><div class=\"comment\"><p>Thanks for sitting " \
	"through these so the rest of us do not have to.</p><p class=\"comment-footer\">Posted by: Ellen " \
	"Parks | March 10, 2026 at 10:02 AM</p></div></div>"

static void
blog_post(void)
{
	check(BLOG("https://town.test/blog/", "", "", ""), BLOG_URL, 0, "Fin Com sends budget to town meeting",
	    "a heading linking only to the blog's folder the post lies in names the blog");
	check(BLOG("https://other.test/blog/", "", "", ""), BLOG_URL, 0, "Town Dispatch",
	    "... one linking to another site's folder is as it was");
	check(BLOG("https://town.test/blog/", "", "", THREAD), BLOG_URL, 1, NULL,
	    "a commenter's \"Posted by: NAME\" in the thread after the story is no byline");
	check(BLOG("https://town.test/blog/", "", "<span class=\"entry-footer\">Posted by: Ellen Parks | "
	    "March 10, 2026</span>", ""), BLOG_URL, 1, "Ellen Parks",
	    "... the same line in the post's own footer still is");
	check(BLOG("https://town.test/blog/", "", FOOTER, THREAD), BLOG_URL, 1, "Walt Emmons",
	    "a post footer's \"Posted by NAME at TIME\" under the story names the writer");
	check(BLOG("https://town.test/blog/", "", "Posted by Walt Emmons to the parish office", ""), BLOG_URL, 1,
	    NULL, "... \"Posted by NAME\" running on into words names no one");
	check(BLOG("https://town.test/blog/", DAYHEAD, FOOTER, THREAD), BLOG_URL, 2, "2026-03-10T09:14",
	    "the day over the post's block and the footer's time date the post");
	check(BLOG("https://town.test/blog/", DAYHEAD, "Posted in Town Hall", ""), BLOG_URL, 2, NULL,
	    "... a day alone over the headline with no footer's time dates nothing, as before");
}

#define PICTURE(href) HEAD H1 "<div class=\"entry-body\"><p><a href=\"" href "\"><img alt=\"Committee at " \
	"work\" src=\"https://town.test/.a/6a00d8341c5f3e53ef02c8d3b4a1f8200b-800wi\"></a></p>" P1 P2 P3 \
	"</div></body></html>"

static void
sized_copy(void)
{
	check(PICTURE("https://town.test/.a/6a00d8341c5f3e53ef02c8d3b4a1f8200b-pi"), BLOG_URL, 3,
	    "https://town.test/.a/6a00d8341c5f3e53ef02c8d3b4a1f8200b-800wi",
	    "a picture linked to another size of itself is the story's");
	check(PICTURE("https://town.test/.a/6a00d8341c5f3e53ef02c8d3b4a1f9300c-pi"), BLOG_URL, 3, NULL,
	    "... one linked to another file is a link, as before");
}

#define BYLINE(href) HEAD H1 "<div class=\"entry-byline\">By <span class=\"byline-name\"><a href=\"" href \
	"\">Dana Kowalchuk</a></span> <span class=\"byline-role\">Local Journalism Initiative Reporter" \
	"</span></div>" STORY "</body></html>"

static void
role_after_link(void)
{
	test_author_is(BYLINE("/authors/dana-kowalchuk"), "Dana Kowalchuk",
	    "a byline's link to the writer's page names the author when a role runs on after it");
	test_author_is(BYLINE("/news/local/"), NULL, "... a link to a section names no one");
	/* mended at the merge: the first link of a line naming two writers
	 * (Readability's schema-org-context-object) is the second's */
	test_author_is(HEAD H1 "<div class=\"entry-byline\">By <span>Stella Kim</span> and <span><a href=\""
	    "/authors/jennifer-jett\">Jennifer Jett</a></span></div>" STORY "</body></html>", "Stella Kim and Jennifer Jett",
	    "... a link whose name does not open the line, the second of two writers, is not the byline");
	check(BLOG("https://town.test/blog/", "", "Posted by Walt Emmons.", ""), BLOG_URL, 1, "Walt Emmons",
	    "a post footer's name closing its sentence loses the full stop (mended at the merge)");
	check(BLOG("https://town.test/blog/", "", "Posted by Walt P.", ""), BLOG_URL, 1, "Walt P.",
	    "... an initial keeps its own");
}

#define NAV(next_box) HEAD H1 STORY "<div class=\"next-previous\"><div class=\"np-header\"><h5>Previous " \
	"Post</h5></div><p class=\"np-link\"><a href=\"/news/scarecrow-trail/\">Scarecrow trail 2026: theme " \
	"announced</a></p><div class=\"np-header\"><h5>Next Post</h5></div>" next_box "</div></body></html>"

static void
header_box_nav(void)
{
	test_nav_is(NAV("<p class=\"np-link\"><a href=\"/news/broadband-works/\">Broadband cabinet works on "
	    "Church Lane</a></p>"), "Scarecrow trail 2026: theme announced", "Broadband cabinet works on Church Lane",
	    "a label's heading alone in a header box takes the link of the block after the box");
	test_nav_is(NAV("<ul><li><a href=\"/news/a/\">Broadband cabinet works</a></li><li><a href=\"/news/b/\">"
	    "Library roof bids</a></li></ul>"), "Scarecrow trail 2026: theme announced", NULL,
	    "... never one of a list of several after it");
}

int
main(void)
{
	folder_month();
	blog_post();
	sized_copy();
	role_after_link();
	header_box_nav();
	return tap_done();
}
