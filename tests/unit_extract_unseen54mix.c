/* unit_extract_unseen54mix: the kinds of layout the fifty-fourth mixed
 * blind round (unseen54mix-*) found wanting: a story pasted from Word's
 * saved HTML, its picture wrapped in "<![if !vml]>" / "<![endif]>" marks
 * (a 县政协's hand-made table site); a blog host's bare "Previous post"
 * / "Next post" buttons and its "NAME wrote in COMMUNITY" byline (a
 * LiveJournal community); a school site's "Related Files" box of PDFs
 * before its "More News" list (Edlio). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Classroom</title></head><body>"
#define H1 "<h1>School opens its garden classroom</h1>"
#define P1 "<p>Fourth graders had their first lesson in the school's new garden classroom on Tuesday " \
	"morning, measuring rainfall and sketching seed heads.</p>"
#define P2 "<p>The space, on what used to be a gravel lot behind the hall, now holds four planter beds " \
	"and log benches for a whole class.</p>"
#define P3 "<p>Families are invited to an open house in the garden classroom next Thursday afternoon " \
	"from a quarter past three.</p>"
#define STORY HEAD H1 "<article><div class=\"post-content\">" P1 P2 P3 "</div></article>"

/* Word's saved HTML: the picture between downlevel-revealed marks, the
 * VML shape in a true comment before them */
#define WORD_PIC(mark) HEAD H1 "<div class=\"content\">" P1 \
	"<p class=MsoNormal align=center><span><!--[if gte vml 1]><v:shape><v:imagedata " \
	"src=\"file:///C:/clip_image001.jpg\"/></v:shape><![endif]-->" mark "</span></p>" P2 P3 \
	"</div></body></html>"

static void
word_marks(void)
{
	struct page *p = test_page_of(WORD_PIC("<![if !vml]><img src=\"/up/1.jpg\" width=554><![endif]>"),
	    "http://unit.test/news/ReadNews.asp?NewsID=1");

	tap_int((long)p->body.n, 3, "Word's <![if !vml]> / <![endif]> around a picture are no line");
	page_free(p);
	p = test_page_of(WORD_PIC("<img src=\"/up/1.jpg\"> Type &lt;![if !vml]&gt; to see it"),
	    "http://unit.test/news/ReadNews.asp?NewsID=1");
	tap_int((long)p->body.n, 4, "... the same words written as text stay a line");
	page_free(p);
}

#define PAGER(prev, next) STORY "<ul class=\"prevnext\">" \
	"<li class=\"prev\"><a href=\"https://www.blog.test/go?item=48&amp;dir=prev\"" prev "</a></li>" \
	"<li class=\"next\"><a href=\"https://www.blog.test/go?item=48&amp;dir=next\"" next "</a></li>" \
	"</ul></body></html>"

static void
bare_post_buttons(void)
{
	test_nav_is(PAGER(" title=\"Previous\"><span>Previous post</span>", " title=\"Next\"><span>Next post</span>"),
	    NULL, NULL, "bare \"Previous post\" / \"Next post\" buttons name no post");
	test_nav_is(PAGER(" rel=\"prev\" title=\"Autumn talk on the toll house\">Previous post",
	    " rel=\"next\" title=\"War memorial names: an update\">Next post"),
	    "Autumn talk on the toll house", "War memorial names: an update",
	    "... a static blog's whose title attribute names the post keep it");
}

#define POSTER(line) HEAD H1 "<div class=\"entry-author\"><div class=\"entry-author-user\">" line \
	"</div></div><div class=\"entry-body\">" P1 P2 P3 "</div></body></html>"

static void
wrote_in(void)
{
	test_author_is(POSTER("<span class=\"user\"><a href=\"https://lin.blog.test/\"><b>lin_xiaohong</b></a>"
	    "</span> wrote in <span class=\"user\"><a href=\"https://club.blog.test/\"><b>kedrovsk_huaren</b>"
	    "</a></span>"), "lin_xiaohong", "\"NAME wrote in COMMUNITY\": the poster is the author");
	test_author_is(POSTER("Mary Holt wrote in the parish magazine"), NULL,
	    "... \"NAME wrote in\" a sentence names no writer");
}

#define FILES_THEN_MORE(heading) STORY "<div class=\"attachments\"><h2>" heading "</h2><ul>" \
	"<li><a href=\"https://files.test/site-plan.pdf\">Site Plan.pdf</a></li></ul></div>" \
	"<section class=\"more-news\"><h2>More News</h2><ul>" \
	"<li><a href=\"/apps/news/article/11\">Robotics team heads to state</a></li>" \
	"<li><a href=\"/apps/news/article/12\">Board approves a new bus route</a></li>" \
	"</ul></section></body></html>"

static void
related_files(void)
{
	tap_int(test_story_related(xstrdup(FILES_THEN_MORE("Related Files"))), 2,
	    "a \"Related Files\" box of the story's PDFs is no related list: More News after it is");
	tap_int(test_story_related(xstrdup(FILES_THEN_MORE("Related Stories"))), 1,
	    "... \"Related Stories\" over a link still is");
}

int
main(void)
{
	word_marks();
	bare_post_buttons();
	wrote_in();
	related_files();
	return tap_done();
}
