/* unit_extract_unseen39en: the kinds of layout the thirty-ninth English
 * blind round (unseen39en-*) found wanting: an Australian airport's
 * WordPress release opening on a bold "MEDIA RELEASE" paragraph; and
 * Blogger's bare "Older Post" / "Newer Post" pager, whose links stay the
 * story's 上一篇 / 下一篇 though they name no title (settled at the merge). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Boardwalk</title></head><body>"
#define H1 "<h1>Volunteers finish the marsh boardwalk</h1>"
#define P1 "<p>After three work weekends and a thousand volunteer hours, the new boardwalk across the " \
	"wetland on the park's ridge trail is finished and open to hikers.</p>"
#define P2 "<p>The boardwalk replaces a string of rotting planks that flooded every spring, and was built " \
	"from recycled decking bought with a state trails grant.</p>"
#define P3 "<p>Our next work day is the first Saturday of February, clearing fallen trees on the lower " \
	"falls loop; tools and lunch are provided.</p>"
#define STORY HEAD H1 "<div class=\"post-body\">" P1 P2 P3 "</div>"
#define BLOGGER(older, newer) STORY "<div class=\"blog-pager\"><a class=\"blog-pager-newer-link\" " \
	"href=\"/2026/01/winter-birding-walk.html\" title=\"Newer Post\">" newer "</a> " \
	"<a class=\"blog-pager-older-link\" href=\"/2025/12/chili-cook-off-results.html\" " \
	"title=\"Older Post\">" older "</a></div></body></html>"

static void
bare_pager(void)
{
	test_nav_is(BLOGGER("Older Post", "Newer Post"), "Older Post", "Newer Post",
	    "a bare Older Post / Newer Post pager still leads to the older and newer posts");
	test_nav_is(STORY "<nav><a rel=\"prev\" href=\"/2025/12/chili-cook-off-results.html\"><span>Older Post"
	    "</span> <span>Chili Cook-Off results</span></a> <a rel=\"next\" href=\"/2026/01/winter-birding-walk.html\">"
	    "<span>Newer Post</span> <span>Winter birding walk</span></a></nav></body></html>",
	    "Chili Cook-Off results", "Winter birding walk",
	    "... a pager link that goes on to a title keeps it");
}

#define KICKER(line) HEAD H1 "<div class=\"entry-content\"><p><strong>" line "</strong></p>" P1 P2 P3 \
	"</div></body></html>"

static void
release_kind(void)
{
	test_page_body_is(KICKER("MEDIA RELEASE"), TEST_URL, 3, "After three work weekends and a thousand "
	    "volunteer hours, the new boardwalk across the wetland on the park's ridge trail is finished and "
	    "open to hikers.", NULL, "a bare MEDIA RELEASE kicker in bold over the text is no line of it");
	test_page_body_is(KICKER("Media release of the survey results is expected in March."), TEST_URL, 4,
	    "Media release of the survey results is expected in March.", NULL,
	    "... a sentence opening on the words stays");
}

int
main(void)
{
	bare_pager();
	release_kind();
	return tap_done();
}
