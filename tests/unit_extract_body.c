/* unit_extract_body: the body part alone, on small pages written for each
 * rule: which block is the story, what is skipped inside it, what joins. */
#include "config.h"

#include <stdint.h>

#include "extract_test.h"
#include "tap.h"

#define P1 "<p>青溪县今年春耕比往年早了十天，县农技站的技术员一早就下到田里，指导农户整地育秧。</p>"
#define P2 "<p>站长周明远说，今年的早稻品种换成了抗倒伏的新种，亩产有望提高一成，农户们都很期待。</p>"
#define P3 "<p>据了解，全县已备好化肥两千吨，农机五百台，确保春耕生产有序进行，不误农时。</p>"
#define SIDEBAR "<div class=\"side\"><ul><li><a href=\"/a1.html\">青溪县召开春耕动员大会</a></li>" \
	"<li><a href=\"/a2.html\">县领导调研农村公路建设</a></li><li><a href=\"/a3.html\">白鹭湾湿地迎来候鸟</a></li></ul></div>"

static void
run_body(struct ctx *c, const char *html)
{
	test_doc(c, html);
	find_body(c);
	extract_title(c);
	extract_body(c);
	extract_images(c);
}

static void
story_beside_sidebar(void)
{
	struct ctx c;

	run_body(&c, "<html><body>" SIDEBAR "<div class=\"content\">" P1 P2 P3 "</div></body></html>");
	tap_int((long)c.page->body.n, 3, "the story's three paragraphs, not the sidebar");
	tap_ok(c.page->body.n > 0 && strstr(c.page->body.v[0], "青溪县今年春耕") != NULL,
	    "the body starts with the story's first paragraph");
	test_doc_free(&c);
}

static void
box_inside_story(void)
{
	struct ctx c;

	run_body(&c, "<html><body><div class=\"content\">" P1 P2
	    "<div class=\"box\"><p>相关新闻：</p><ul><li><a href=\"/r1.html\">青溪县春耕备耕工作全面展开</a></li>"
	    "<li><a href=\"/r2.html\">全县农机手培训班开班</a></li></ul></div>" P3 "</div></body></html>");
	tap_ok(test_body_has(&c, "据了解，全县已备好化肥两千吨，农机五百台，确保春耕生产有序进行，不误农时。"),
	    "a link box inside the story is skipped, not the story's end");
	tap_ok(!test_body_has(&c, "相关新闻：") && !test_body_has(&c, "全县农机手培训班开班"),
	    "the box's heading and links are not body text");
	test_doc_free(&c);
}

static void
box_ends_story(void)
{
	struct ctx c;

	run_body(&c, "<html><body><div class=\"content\">" P1 P2 P3
	    "<p>相关新闻：</p><ul><li><a href=\"/r1.html\">青溪县春耕备耕工作全面展开</a></li>"
	    "<li><a href=\"/r2.html\">全县农机手培训班开班</a></li></ul></div></body></html>");
	tap_int((long)c.page->body.n, 3, "a related box with nothing after it ends the story");
	test_doc_free(&c);
}

static void
sibling_blocks(void)
{
	struct ctx c;

	run_body(&c, "<html><body><article><div class=\"section\">" P1 P2 "</div>"
	    "<figure><img src=\"/img/field.jpg\" alt=\"田间\"></figure>"
	    "<div class=\"section\">" P3 "<p>春耕期间，县里还组织了二十支农技服务队，走村入户为群众解决实际困难。</p></div>"
	    "<div class=\"share\"><a href=\"/s1\">分享到微博</a> <a href=\"/s2\">分享到微信</a></div>"
	    "</article></body></html>");
	tap_int((long)c.page->body.n, 4, "a story split by a figure into two blocks is one body");
	tap_int((long)c.page->nimages, 1, "the figure between the blocks is the body's image");
	tap_ok(!test_body_has(&c, "分享到微博 分享到微信"), "the share bar beside them does not join");
	test_doc_free(&c);
}

static void
notices_skipped(void)
{
	struct ctx c;

	run_body(&c, "<html><body><div class=\"content\"><p>字号：大 中 小</p>" P1 P2 P3
	    "<p>【打印本页】【关闭窗口】</p></div></body></html>");
	tap_int((long)c.page->body.n, 3, "font-size and print notices are not body text");
	test_doc_free(&c);
}

static void
lead_before_body(void)
{
	struct ctx c;

	run_body(&c, "<html><body><div class=\"summary\">导语：青溪县春耕提前十天，新品种亩产有望提高一成。</div>"
	    "<div class=\"content\">" P1 P2 P3 "</div></body></html>");
	tap_ok(c.page->body.n == 4 && strstr(c.page->body.v[0], "导语") != NULL,
	    "a summary block right before the body is its first paragraph");
	test_doc_free(&c);
	run_body(&c, "<html><body><div class=\"summary\">青溪县今年春耕比往年早了十天，县农技站的技术员一早就下到田里</div>"
	    "<div class=\"content\">" P1 P2 P3 "</div></body></html>");
	tap_int((long)c.page->body.n, 3, "a summary that repeats the body's start is left out");
	test_doc_free(&c);
}

static void
images(void)
{
	struct ctx c;

	run_body(&c, "<html><body><div class=\"content\">" P1
	    "<p><img src=\"/img/a.jpg\" alt=\"秧苗\"></p><p><img src=\"/img/icon.png\" width=\"16\"></p>"
	    "<p><a href=\"/ad\"><img src=\"/img/ad.jpg\"></a></p>" P2 P3 "</div></body></html>");
	tap_int((long)c.page->nimages, 1, "one image: not the 16-pixel icon, not the linked banner");
	if (c.page->nimages == 1)
		tap_str(c.page->images[0].src, "http://unit.test/img/a.jpg", "its URL is absolute");
	test_doc_free(&c);
	run_body(&c, "<html><body><div class=\"main\"><div class=\"content\">" P1 P2 P3 "</div>"
	    "<aside class=\"author-card\"><img src=\"/avatar/ht.jpg\" alt=\"何听澜\"><div><h4>作者简介</h4>"
	    "<p>何听澜，青溪人，中学语文教师，业余从事散文写作。</p></div></aside></div></body></html>");
	tap_int((long)c.page->nimages, 0, "the author's picture in an author box after the story is no story picture");
	test_doc_free(&c);
	run_body(&c, "<html><body><div class=\"content\">" P1 "<p><img class=\"avatar\" src=\"/avatar/ht.jpg\"></p>"
	    P2 P3 "</div></body></html>");
	tap_int((long)c.page->nimages, 0, "an avatar is no story picture");
	test_doc_free(&c);
	run_body(&c, "<html><body><div class=\"main\"><div class=\"content\">" P1 P2
	    "<p><img src=\"/img/b.jpg\"></p>" P3 "<p><img src=\"/img/c.jpg\"></p></div>"
	    "<div class=\"qr\"><img src=\"/img/qr.png\"><p>扫一扫在手机打开当前页</p></div></div></body></html>");
	tap_int((long)c.page->nimages, 2, "the pictures of the text, its last one too, not the QR code in the box below");
	test_doc_free(&c);
	run_body(&c, "<html><body><div class=\"content\">" P1 P2 "<p><img src=\"/img/bus.jpg\"></p>"
	    "<p>市民扫码乘车。</p>" P3 "</div></body></html>");
	tap_int((long)c.page->nimages, 1, "a photo captioned 市民扫码乘车 is the story's");
	test_doc_free(&c);
}

#define STEP(n, text) "<div class=\"mod step\"><div class=\"stepContent\"><div class=\"content\"><p>" text \
	"</p></div><figure><img src=\"/img/step" #n ".jpg\"></figure><figcaption>Photo: Millbrook Courier</figcaption></div></div>"

static void
steps_wrapped_deeper(void)
{
	struct ctx c;

	run_body(&c, "<html><body><article>"
	    STEP(1, "Start the seedlings indoors six weeks before the last frost, in trays of damp compost, and keep them warm.")
	    "<div class=\"ad\">Advertisement</div>"
	    "<span><span>" STEP(2, "Harden them off for a week, leaving the trays outside a little longer each day, out of the wind.")
	    STEP(3, "Plant them out on a cloudy afternoon, water them in well, and cover them at night if frost returns.")
	    "</span></span></article>"
	    "<div class=\"footer\"><p>Copyright, the Millbrook Courier. All rights reserved, every one of them.</p></div>"
	    "</body></html>");
	tap_ok(test_body_has(&c, "Plant them out on a cloudy afternoon, water them in well, and cover them at night if frost returns."),
	    "later steps wrapped deeper than the first join the story");
	tap_ok(test_body_has(&c, "Harden them off for a week, leaving the trays outside a little longer each day, out of the wind."),
	    "an advertisement label between steps does not end the story");
	tap_ok(!test_body_has(&c, "Copyright, the Millbrook Courier. All rights reserved, every one of them."),
	    "the footer does not join");
	test_doc_free(&c);
}

/* A step of a how-to whose text block is left unclosed, so that its
 * picture and caption fall inside it, and whose wrapper holds the box of
 * cards after it: the cards' thumbnails link to pages, so the step is no
 * gallery of captions.  Pictures linked to their own files still make
 * one. */
#define CARDS \
	"<div class=\"related\"><h3>Other People Are Reading</h3><ul>" \
	"<li><a href=\"/how/garden-party.html\"><img src=\"/t/1.jpg\"></a><a href=\"/how/garden-party.html\">How to Throw a Garden Party on a Budget</a></li>" \
	"<li><a href=\"/how/cheap-meals.html\"><img src=\"/t/2.jpg\"></a><a href=\"/how/cheap-meals.html\">Cheap Party Meals for a Crowd</a></li></ul></div>"
#define CREDITED_STEP(n, text) "<span><span><div class=\"mod step\"><div class=\"stepContent\"><div class=\"content\"><p>" text \
	"</p></div><figure><img src=\"/img/step" #n ".jpg\"></figure><figcaption>Ann Hale/Courier Images</figcaption></div></div></span></span>"

static void
step_holding_cards(void)
{
	struct ctx c;

	run_body(&c, "<html><body><article>"
	    CREDITED_STEP(1, "Start the seedlings indoors six weeks before the last frost, in trays of damp compost, and keep them warm. "
	    "A sunny windowsill will do, but turn the trays every day so that the stems grow straight, not leaning to the light.")
	    "<span><span><div class=\"mod step\"><div class=\"stepContent\"><div class=\"content\"><p>"
	    "Harden them off for a week, leaving the trays outside a little longer each day, out of the wind. "
	    "Bring them in at dusk: the nights are what kill young plants, far more often than the days do.</p>"
	    "<figure><img src=\"/img/step2.jpg\"></figure><figcaption>Ann Hale/Courier Images</figcaption></div></div></div>"
	    CARDS "</span></span>"
	    CREDITED_STEP(3, "Plant them out on a cloudy afternoon, water them in well, and cover them at night if frost returns.")
	    "</article></body></html>");
	tap_ok(test_body_has(&c, "Harden them off for a week, leaving the trays outside a little longer each day, out of the wind. "
	    "Bring them in at dusk: the nights are what kill young plants, far more often than the days do."),
	    "a step whose wrapper holds a box of cards with thumbnails stays in the story");
	tap_ok(!test_body_has(&c, "Cheap Party Meals for a Crowd"), "the cards do not join it");
	test_doc_free(&c);
	run_body(&c, "<html><body><div class=\"page\"><div class=\"strip\">"
	    "<div><a href=\"/g/1.jpg\"><img src=\"/g/1s.jpg\"></a><p>The harbour at dawn, before the boats go out.</p></div>"
	    "<div><a href=\"/g/2.jpg\"><img src=\"/g/2s.jpg\"></a><p>Nets drying on the quay, as every morning.</p></div>"
	    "<div><a href=\"/g/3.jpg\"><img src=\"/g/3s.jpg\"></a><p>The market hall, opened in 1911, busy by seven.</p></div></div>"
	    "<div class=\"story\"><p>Millbrook's fishing fleet landed its biggest catch in a decade on Tuesday, the harbour master said.</p>"
	    "<p>Twelve boats came in before noon, and the market hall stayed open late to sell the mackerel.</p>"
	    "<p>Prices fell by a third, to the delight of the town's fish-and-chip shops, which had feared a lean summer.</p></div>"
	    "</div></body></html>");
	tap_int((long)c.page->body.n, 3, "pictures linked to their own files are a gallery, and its captions stay out");
	test_doc_free(&c);
}

static void
gallery_and_player_stay_out(void)
{
	struct ctx c;

	run_body(&c, "<html><body><div class=\"page\">"
	    "<div class=\"slides\"><div><img src=\"/g/1.jpg\"><p>The harbour at dawn, before the boats go out.</p></div>"
	    "<div><img src=\"/g/2.jpg\"><p>Nets drying on the quay, as every morning.</p></div>"
	    "<div><img src=\"/g/3.jpg\"><p>The market hall, opened in 1911, busy by seven.</p></div></div>"
	    "<div class=\"story\"><p>Millbrook's fishing fleet landed its biggest catch in a decade on Tuesday, the harbour master said.</p>"
	    "<p>Twelve boats came in before noon, and the market hall stayed open late to sell the mackerel.</p>"
	    "<p>Prices fell by a third, to the delight of the town's fish-and-chip shops, which had feared a lean summer.</p></div>"
	    "<div class=\"player\"><div><span>Video Quality</span><span>Closed Caption Settings</span>"
	    "<span>Captions will look like this</span><span>Background Opacity</span><span>Font Family Default</span>"
	    "<span>Window Color Options</span><span>Character Edge Style</span><span>Reset All Settings</span></div></div>"
	    "</div></body></html>");
	tap_int((long)c.page->body.n, 3, "a gallery's captions before the story and a player's labels after it stay out");
	test_doc_free(&c);
}

#define SLIDES_20 \
	"<li><h2><span class=\"counter\">1/20</span> Slide 1</h2><p>A long caption of slide 1 that tells a story of its own about a different town, a new shop and a council that could not agree on its budget.</p></li>" \
	"<li><h2><span class=\"counter\">2/20</span> Slide 2</h2><p>A long caption of slide 2 that tells a story of its own about a different town, a new shop and a council that could not agree on its budget.</p></li>" \
	"<li><h2><span class=\"counter\">3/20</span> Slide 3</h2><p>A long caption of slide 3 that tells a story of its own about a different town, a new shop and a council that could not agree on its budget.</p></li>" \
	"<li><h2><span class=\"counter\">4/20</span> Slide 4</h2><p>A long caption of slide 4 that tells a story of its own about a different town, a new shop and a council that could not agree on its budget.</p></li>" \
	"<li><h2><span class=\"counter\">5/20</span> Slide 5</h2><p>A long caption of slide 5 that tells a story of its own about a different town, a new shop and a council that could not agree on its budget.</p></li>" \
	"<li><h2><span class=\"counter\">6/20</span> Slide 6</h2><p>A long caption of slide 6 that tells a story of its own about a different town, a new shop and a council that could not agree on its budget.</p></li>" \
	"<li><h2><span class=\"counter\">7/20</span> Slide 7</h2><p>A long caption of slide 7 that tells a story of its own about a different town, a new shop and a council that could not agree on its budget.</p></li>" \
	"<li><h2><span class=\"counter\">8/20</span> Slide 8</h2><p>A long caption of slide 8 that tells a story of its own about a different town, a new shop and a council that could not agree on its budget.</p></li>" \
	"<li><h2><span class=\"counter\">9/20</span> Slide 9</h2><p>A long caption of slide 9 that tells a story of its own about a different town, a new shop and a council that could not agree on its budget.</p></li>" \
	"<li><h2><span class=\"counter\">10/20</span> Slide 10</h2><p>A long caption of slide 10 that tells a story of its own about a different town, a new shop and a council that could not agree on its budget.</p></li>" \
	"<li><h2><span class=\"counter\">11/20</span> Slide 11</h2><p>A long caption of slide 11 that tells a story of its own about a different town, a new shop and a council that could not agree on its budget.</p></li>" \
	"<li><h2><span class=\"counter\">12/20</span> Slide 12</h2><p>A long caption of slide 12 that tells a story of its own about a different town, a new shop and a council that could not agree on its budget.</p></li>" \
	"<li><h2><span class=\"counter\">13/20</span> Slide 13</h2><p>A long caption of slide 13 that tells a story of its own about a different town, a new shop and a council that could not agree on its budget.</p></li>" \
	"<li><h2><span class=\"counter\">14/20</span> Slide 14</h2><p>A long caption of slide 14 that tells a story of its own about a different town, a new shop and a council that could not agree on its budget.</p></li>" \
	"<li><h2><span class=\"counter\">15/20</span> Slide 15</h2><p>A long caption of slide 15 that tells a story of its own about a different town, a new shop and a council that could not agree on its budget.</p></li>" \
	"<li><h2><span class=\"counter\">16/20</span> Slide 16</h2><p>A long caption of slide 16 that tells a story of its own about a different town, a new shop and a council that could not agree on its budget.</p></li>" \
	"<li><h2><span class=\"counter\">17/20</span> Slide 17</h2><p>A long caption of slide 17 that tells a story of its own about a different town, a new shop and a council that could not agree on its budget.</p></li>" \
	"<li><h2><span class=\"counter\">18/20</span> Slide 18</h2><p>A long caption of slide 18 that tells a story of its own about a different town, a new shop and a council that could not agree on its budget.</p></li>" \
	"<li><h2><span class=\"counter\">19/20</span> Slide 19</h2><p>A long caption of slide 19 that tells a story of its own about a different town, a new shop and a council that could not agree on its budget.</p></li>" \
	"<li><h2><span class=\"counter\">20/20</span> Slide 20</h2><p>A long caption of slide 20 that tells a story of its own about a different town, a new shop and a council that could not agree on its budget.</p></li>"

/* A slideshow of captioned slides set into the story, its captions
 * longer than the story, and a share widget's word in the story's id. */
static void
slideshow_in_marked_story(void)
{
	struct ctx c;

	run_body(&c, "<html><body><h1>Hotels keep their secrets</h1>"
	    "<div class=\"text-wrapper\" itemprop=\"articleBody\" id=\"share-btns-2_containerParent\">"
	    "<p>Most people go to hotels for a big bed with clean sheets and fresh towels waiting in the morning, the owners of the valley's hotels say.</p>"
	    "<p>Paragraph 1 of the story: the owners of small hotels in the valley said that blankets are washed far less often than sheets, to save money and time.</p>"
	    "<p>Paragraph 2 of the story: the owners of small hotels in the valley said that blankets are washed far less often than sheets, to save money and time.</p>"
	    "<p>Paragraph 3 of the story: the owners of small hotels in the valley said that blankets are washed far less often than sheets, to save money and time.</p>"
	    "<p>Paragraph 4 of the story: the owners of small hotels in the valley said that blankets are washed far less often than sheets, to save money and time.</p>"
	    "<p>Paragraph 5 of the story: the owners of small hotels in the valley said that blankets are washed far less often than sheets, to save money and time.</p>"
	    "<p>Paragraph 6 of the story: the owners of small hotels in the valley said that blankets are washed far less often than sheets, to save money and time.</p>"
	    "<p>Paragraph 7 of the story: the owners of small hotels in the valley said that blankets are washed far less often than sheets, to save money and time.</p>"
	    "<p>Paragraph 8 of the story: the owners of small hotels in the valley said that blankets are washed far less often than sheets, to save money and time.</p>"
	    "<div class=\"widget type-gallery\"><div class=\"full-gallery\"><div class=\"scroller\"><ul class=\"legends\">"
	    SLIDES_20
	    "</ul></div></div></div></div></body></html>");
	tap_ok(c.page->body.n > 0 && strstr(c.page->body.v[0], "Most people go to hotels") != NULL,
	    "the story marked articleBody wins over the longer slideshow set into it, a share widget's id notwithstanding");
	tap_ok(html_attr_has(c.body_node, "itemprop", "articleBody"),
	    "... the story's element is the body's, not the slides' list");
	tap_int((long)c.page->body.n, 9, "... and its counted slides (1/20 …) stay out of it");
	test_doc_free(&c);
	run_body(&c, "<html><body><h1>The harbour in pictures</h1><div class=\"nav\"><a href=\"/a\">Home</a></div>"
	    "<div class=\"photo-gallery\"><ul>"
	    SLIDES_20
	    "</ul></div></body></html>");
	tap_ok(c.page->body.n > 0 && strstr(c.page->body.v[0], "Slide 1") != NULL,
	    "a page that is a gallery alone keeps its captions as the body");
	tap_int((long)c.page->body.n, 40, "... every slide's heading and caption");
	test_doc_free(&c);
}

#define NY_P(n) "<p class=\"story-body-text\">Paragraph " #n " of the deal story: the sale is done in two steps, and the " \
	"assets must first be moved into a single subsidiary before the buyer can take them over.</p>"
#define COLUMN_LIST "<div class=\"supplemental\"><h4>Deal Professor</h4><ul>" \
	"<li><a href=\"/c1\">Grading the big deals of the year</a></li><li><a href=\"/c2\">Why the buyer cannot quit</a></li>" \
	"<li><a href=\"/c3\">A hitch in the stock plan</a></li></ul></div>"

/* A story's parts in wrappers of their own, an ad between them, the
 * second wrapper closing with a column's list of links; the parts'
 * classes numbered, so no twins. */
static void
parts_in_wrappers(void)
{
	struct ctx c;

	run_body(&c, "<html><body><article><header><h1>A complicated sale</h1></header>"
	    "<div class=\"wrap\"><div class=\"story-body story-body-1\">" NY_P(1) NY_P(2) "</div></div>"
	    "<div class=\"interrupter\"><div class=\"ad\"><a href=\"#s\">Continue reading the main story</a></div></div>"
	    "<div class=\"wrap\"><div class=\"story-body story-body-2\">" NY_P(3) NY_P(4) NY_P(5) NY_P(6) NY_P(7) NY_P(8) "</div>"
	    COLUMN_LIST "</div></article></body></html>");
	tap_int((long)c.page->body.n, 8, "a story's first part before an ad, in a wrapper of its own, joins the rest");
	tap_ok(c.page->body.n > 0 && strstr(c.page->body.v[0], "Paragraph 1 ") != NULL, "... and opens the body");
	test_doc_free(&c);
	run_body(&c, "<html><body><article><header><h1>A complicated sale</h1></header>"
	    "<div class=\"wrap\"><div class=\"story-body story-body-2\">" NY_P(3) NY_P(4) NY_P(5) NY_P(6) NY_P(7) NY_P(8) "</div>"
	    COLUMN_LIST "</div><div class=\"bio\"><p>Mara Quill is a breaking news reporter for the Courier and is based "
	    "in Harrow Valley, where she has covered the council for a decade.</p></div></article></body></html>");
	tap_int((long)c.page->body.n, 6, "with no part before it, the wrapper stays alone: the writer's note after it stays out");
	test_doc_free(&c);
	run_body(&c, "<html><body><article><div class=\"notice\"><p class=\"consent\">We and our partners use cookies to "
	    "measure how the site is read and to show you advertising that is closer to what you like to read.</p></div>"
	    "<div class=\"wrap\"><div class=\"story-body story-body-2\">" NY_P(3) NY_P(4) NY_P(5) NY_P(6) NY_P(7) NY_P(8)
	    "</div>" COLUMN_LIST "</div></article></body></html>");
	tap_int((long)c.page->body.n, 6, "prose before the wrapper in a block of another class is no first part");
	test_doc_free(&c);
	run_body(&c, "<html><body><div class=\"story-body\"><div class=\"intro\"><p><strong>" NY_P(1) "</strong></p></div>"
	    NY_P(2) "<div id=\"read-more\"><div id=\"read-more-link\"><a href=\"\">Read more</a></div>"
	    "<div id=\"middleAd\"><div class=\"ad-block\"></div></div><div id=\"read-more-content\">"
	    NY_P(3) NY_P(4) NY_P(5) NY_P(6) NY_P(7) NY_P(8) "</div></div></div></body></html>");
	tap_int((long)c.page->body.n, 8, "the paragraphs before a Read more button join the rest it hides");
	test_doc_free(&c);
	run_body(&c, "<html><body><div class=\"story-body\"><p>March 21, 2015</p>"
	    "<div id=\"read-more\"><div id=\"read-more-link\"><a href=\"\">Read more</a></div>"
	    "<div id=\"read-more-content\">" NY_P(3) NY_P(4) NY_P(5) NY_P(6) NY_P(7) NY_P(8) "</div></div></div></body></html>");
	tap_int((long)c.page->body.n, 6, "... a date line before it is no part of the story");
	test_doc_free(&c);
}

static void
hidden_blocks(void)
{
	struct ctx c;

	run_body(&c, "<html><body><div class=\"content\">"
	    "<div style=\"visibility: hidden;\"><p>This draft paragraph was hidden by the editors and is not part of the story at all.</p></div>"
	    "<div style=\"display:none\"><p>Neither is this one, which the page keeps out of sight for a later edition of the paper.</p></div>"
	    P1 P2 P3 "</div></body></html>");
	tap_int((long)c.page->body.n, 3, "blocks hidden by visibility:hidden or display:none are not body text");
	test_doc_free(&c);
	/* a WeChat article: its text hidden by visibility until a script
	 * has laid it out, beside a share popup hidden the same way */
	run_body(&c, "<html><body><h1>青溪县春耕忙</h1><div class=\"meta\">青溪发布</div>"
	    "<div id=\"js_content\" style=\"visibility: hidden;\">" P1 P2 P3 "</div>"
	    "<div class=\"share\" style=\"visibility:hidden\"><a href=\"/s1\">分享到朋友圈</a> <a href=\"/s2\">发送给朋友</a></div>"
	    "<div class=\"profile\"><p>青溪县委宣传部官方公众号，发布青溪权威资讯。</p></div></body></html>");
	tap_int((long)c.page->body.n, 3, "text hidden by visibility:hidden that holds sentences is the story");
	tap_ok(c.page->body.n > 0 && strstr(c.page->body.v[0], "青溪县今年春耕") != NULL,
	    "the hidden story's first paragraph starts the body");
	tap_ok(!test_body_has(&c, "分享到朋友圈 发送给朋友") && !test_body_has(&c, "分享到朋友圈发送给朋友"),
	    "a share popup hidden so stays out");
	test_doc_free(&c);
}

static void
sections_and_comments(void)
{
	struct ctx c;

	/* one long section scored high; the shorter sections beside it are the
	 * same essay; the comments after it are not */
	run_body(&c, "<html><body><article><div class=\"essay\">"
	    "<section><p>The ferry was late again on Monday, and nobody on the quay was surprised, least of all the ferryman.</p></section><hr>"
	    "<section>" P1 P2 P3 P1 P2 P3 P1 P2 P3 "</section><hr>"
	    "<section><p>So the council will vote in May, and the island will wait, as it has waited every spring for twenty years.</p></section>"
	    "<div class=\"talk\"><h3>热门评论</h3><p>网友甲：说得好，我们村去年也是这样，春耕提前了好几天，收成也不错。</p>"
	    "<p>网友乙：希望农技站多派人下乡，手把手教大家用新品种，这样心里才踏实。</p></div>"
	    "</div></article></body></html>");
	tap_ok(test_body_has(&c, "The ferry was late again on Monday, and nobody on the quay was surprised, least of all the ferryman."),
	    "a short section before a long one of the same essay joins it");
	tap_ok(test_body_has(&c, "So the council will vote in May, and the island will wait, as it has waited every spring for twenty years."),
	    "a short section after it joins too");
	tap_ok(!test_body_has(&c, "网友甲：说得好，我们村去年也是这样，春耕提前了好几天，收成也不错。"),
	    "the comments after the story do not join");
	test_doc_free(&c);
}

/* A roundup (快讯): each item a bold linked heading over its paragraph.
 * The headings are the story's; a 相关新闻 box of bare links is not. */
static void
roundup_heads(void)
{
	struct ctx c;

	run_body(&c, "<html><body><div class=\"content\"><p>来看今天的青溪快讯。</p>"
	    "<p><strong><a href=\"/k/1.html\">县城区第二水厂扩建工程通水</a></strong></p>"
	    "<p>县城区第二水厂扩建工程正式通水，日供水能力由3万吨提高到5万吨，城东片区水压不足的问题将得到缓解。</p>"
	    "<p><strong><a href=\"/k/2.html\">白沙镇启动夏季农机安全检查</a></strong></p>"
	    "<p>即日起至6月底，白沙镇将对辖区内拖拉机、收割机等农业机械开展安全检查，合格的发放检验合格标志。</p>"
	    "<p><b><a href=\"/k/3.html\">县图书馆周末故事会报名开始</a></b></p>"
	    "<p>县图书馆本月起每周六上午举办周末故事会，面向4至8岁儿童，每期限30组家庭，可通过公众号报名。</p>"
	    "<p>相关新闻：</p><ul><li><a href=\"/r1.html\">青溪县春耕备耕工作全面展开</a></li>"
	    "<li><a href=\"/r2.html\">全县农机手培训班开班</a></li></ul></div></body></html>");
	tap_ok(test_body_has(&c, "县城区第二水厂扩建工程通水") && test_body_has(&c, "县图书馆周末故事会报名开始"),
	    "a roundup's linked headings are body text");
	tap_int((long)c.page->body.n, 7, "the lead, three headings, three paragraphs");
	tap_ok(!test_body_has(&c, "全县农机手培训班开班"), "a box's bare links are not");
	test_doc_free(&c);
}

/* the outlet's closing call to follow it on a channel is no line of the
 * story; a story's own last line about joining something stays */
static void
follow_calls(void)
{
	struct ctx c;

	run_body(&c, "<html><body><div class=\"content\">" P1 P2 P3
	    "<p><strong>欢迎加入青溪日报WhatsApp频道，第一时间获取最新新闻！</strong><a href=\"/ch\">点击这里</a></p>"
	    "</div></body></html>");
	tap_int((long)c.page->body.n, 3, "a closing 欢迎加入…频道 call with its link is left out");
	test_doc_free(&c);
	run_body(&c, "<html><body><div class=\"content\">" P1 P2 P3
	    "<p>欢迎加入志愿者队伍，报名电话12345678。</p></div></body></html>");
	tap_int((long)c.page->body.n, 4, "a story's last line inviting volunteers stays");
	test_doc_free(&c);
	run_body(&c, "<html><body><div class=\"content\">" P1 P2 P3
	    "<p>请关注县气象台微信公众号发布的最新预警。</p></div></body></html>");
	tap_int((long)c.page->body.n, 4, "a story's advice to follow the weather office's warnings stays");
	test_doc_free(&c);
}

#define EN_A "<div class=\"text-block\"><p>The only road across the Levels will stay closed until July, the council has said.</p></div>"
#define EN_B "<div class=\"text-block\"><p>The road between Marsh Cottle and Athelby has been shut since January, forcing a long detour.</p></div>"
#define EN_C "<div class=\"text-block\"><p>Engineers will test the ground under the road in May before any work can start on it.</p></div>"

/* An <article> of blocks holding its headline, byline and lead picture
 * before the story's text blocks. */
static void
header_in_container(void)
{
	struct ctx c;

	run_body(&c, "<html><head><title>Levels road to stay shut</title></head><body><article>"
	    "<div class=\"headline-block\"><h1>Levels road to stay shut</h1></div>"
	    "<div class=\"byline-block\"><time datetime=\"2024-04-11\">11 April 2024</time>"
	    "<div><span>Alys Pennick</span><span>News, Wexcombe</span></div></div>"
	    "<div class=\"image-block\"><figure><img src=\"/road.jpg\" alt=\"\"><span>Wexcombe Council</span>"
	    "<figcaption>The road has been under water since January</figcaption></figure></div>"
	    EN_A EN_B EN_C "</article></body></html>");
	tap_ok(c.page->body.n == 3 && strstr(c.page->body.v[0], "The only road") == c.page->body.v[0],
	    "the lines between the headline and the story, a lead picture among them, are the header's");
	test_doc_free(&c);
	run_body(&c, "<html><head><title>Levels road to stay shut</title></head><body><article>"
	    "<h1>Levels road to stay shut</h1><p class=\"by\">Tuesday 15 October 2019 by Alys Pennick</p>"
	    EN_A EN_B EN_C "</article></body></html>");
	tap_int((long)c.page->body.n, 4, "without a lead picture, the line under the headline stays");
	test_doc_free(&c);
}

/* A related heading heads its whole box, a note under its links too. */
static void
related_heading_box(void)
{
	struct ctx c;

	run_body(&c, "<html><body><article>" EN_A EN_B EN_C "<div class=\"links-block\"><h2>Related internet links</h2>"
	    "<ul><li><a href=\"https://council.example/roads\">Council road closures</a></li></ul>"
	    "<p>The site is not responsible for the content of external sites.</p></div></article></body></html>");
	tap_int((long)c.page->body.n, 3, "the note in a box a related heading heads is the box's, not the story's");
	test_doc_free(&c);
}

/* The outlet's own line under the story, asking to follow it. */
static void
follow_tail(void)
{
	struct ctx c;

	run_body(&c, "<html><body><article>" EN_A EN_B EN_C "<div class=\"text-block\"><p><i>Follow News Wexcombe on "
	    "<a href=\"https://facebook.example/nw\">Facebook</a> and <a href=\"https://x.example/nw\">X</a>. Send your "
	    "story ideas to <a href=\"mailto:news@wexcombe.example\">news@wexcombe.example</a>.</i></p></div></article></body></html>");
	tap_int((long)c.page->body.n, 3, "a last line asking to follow the outlet on the networks it links is none of the story");
	test_doc_free(&c);
}

/* Sections whose ids are anchors spelling their own headings (Sphinx,
 * Hugo, GitHub): a furniture word inside such an id ("shared") says
 * nothing of the section's role.  An id that opens with one, or that
 * does not spell the heading, still marks a box. */
static void
heading_anchor_ids(void)
{
	struct ctx c;

	run_body(&c, "<html><body><article><h1>Water for the Levels</h1>"
	    "<div class=\"section\" id=\"the-old-wells\"><h2>The old wells</h2>" EN_A EN_B "</div>"
	    "<div class=\"section\" id=\"how-the-villages-shared-their-water\"><h2>How the villages shared their water</h2>"
	    "<p>Each village kept a rota of the pumps, written on a board outside the chapel and changed every Sunday.</p>"
	    "<p>When the summer of 1976 dried the wells, the rota held, and nobody went without water for a day.</p></div>"
	    "<div class=\"section\" id=\"share-this-story\"><h2>Share this story</h2>"
	    "<p>Send this story to a friend who lives on the Levels, or to anyone who remembers the dry summer.</p></div>"
	    "<div class=\"section\" id=\"post-share-tools\"><h2>Tell a friend</h2>"
	    "<p>Copy the link to this page and paste it into a message, an email or a post of your own today.</p></div>"
	    "</article></body></html>");
	tap_ok(test_body_has(&c, "When the summer of 1976 dried the wells, the rota held, and nobody went without water for a day."),
	    "a section whose id spells its heading joins, though the id holds a furniture word");
	tap_ok(!test_body_has(&c, "Send this story to a friend who lives on the Levels, or to anyone who remembers the dry summer."),
	    "a section whose id opens with a furniture word stays out");
	tap_ok(!test_body_has(&c, "Copy the link to this page and paste it into a message, an email or a post of your own today."),
	    "a furniture id that does not spell the heading stays out");
	test_doc_free(&c);
}

/* A long story's lead in a wrapper of its own (div.story-intro > p >
 * strong), the rest after a Read more button: the lead's one paragraph
 * joins as a paragraph beside the body would.  A wrapper that holds a
 * button beside its paragraph is a promotion, and one after the story a
 * note (a paper's policy): both stay out. */
#define LONG_P "<p>The story goes on about the causeway works, the ferry timetable and what islanders told the council, at length.</p>"
#define LONG_P7 LONG_P LONG_P LONG_P LONG_P LONG_P LONG_P LONG_P

static void
lead_in_wrapper(void)
{
	struct ctx c;

	run_body(&c, "<html><body><div class=\"story-body\">"
	    "<div class=\"story-intro\"><p><strong>THE causeway to Holm Island will close for six months from June while engineers "
	    "rebuild its crumbling seaward wall, the county council has confirmed.</strong></p></div>"
	    "<p>The work, costing four million pounds, was brought forward after storms in February washed away a section of the wall.</p>"
	    "<div class=\"promo-box\"><p>Get the day's top stories from the island and the county in your inbox every morning, free of charge.</p>"
	    "<a href=\"/signup\">Sign up</a></div>"
	    "<div id=\"read-more\"><div id=\"read-more-link\"><a href=\"\">Read more</a></div>"
	    "<div id=\"read-more-content\">" LONG_P7 LONG_P7 "</div></div></div></body></html>");
	tap_ok(c.page->body.n > 0 && strncmp(c.page->body.v[0], "THE causeway to Holm Island", 27) == 0,
	    "a lead's one paragraph in a wrapper of its own opens the story");
	tap_ok(!test_body_has(&c, "Get the day's top stories from the island and the county in your inbox every morning, free of charge."),
	    "a wrapper holding a button beside its paragraph stays out");
	test_doc_free(&c);
	run_body(&c, "<html><body><div class=\"story-body\"><div id=\"read-more-content\">" LONG_P7 LONG_P7 "</div>"
	    "<div class=\"story-foot\"><p class=\"policy\">The Courier publishes all court results and does not remove "
	    "names on request. Questions may be sent to the news desk by email.</p></div></div></body></html>");
	tap_ok(!test_body_has(&c, "The Courier publishes all court results and does not remove names on request. "
	    "Questions may be sent to the news desk by email."),
	    "a wrapper of one paragraph after the story is a note, and stays out");
	test_doc_free(&c);
}

/* A story's own list, one item of which is a link naming what it links
 * to: the item is the story's, as its prose siblings are.  A list of
 * links alone inside the story is a box, and stays out. */
static void
linked_item_in_story_list(void)
{
	struct ctx c;

	run_body(&c, "<html><body><article>" EN_A
	    "<ul><li><a href=\"https://council.example/budget\">Here is the council's full budget report!</a></li>"
	    "<li>The road fund grows by a fifth, the first rise in six years, paid for by the car park charges.</li>"
	    "<li>Library opening hours return to six days a week from April, after two years of cuts.</li></ul>"
	    EN_B "<ul><li><a href=\"/news/ferry.html\">Ferry fares to rise in spring</a></li>"
	    "<li><a href=\"/news/bridge.html\">Bridge repairs finish early</a></li></ul>" EN_C "</article></body></html>");
	tap_ok(test_body_has(&c, "Here is the council's full budget report!"),
	    "a linked item among prose items of the story's list stays in the story");
	tap_ok(!test_body_has(&c, "Ferry fares to rise in spring") && !test_body_has(&c, "Bridge repairs finish early"),
	    "a list of links alone inside the story stays out");
	test_doc_free(&c);
}

#define CAPTION "<figure><img src=\"/img/library.jpg\" alt=\"The library\"><figcaption>The library on " \
	"Grove Avenue. (Nora Whitcombe)</figcaption></figure>"
#define EN1 "<p>The Millbrook Public Library will be open on Sundays again from May 5, for the first time " \
	"since the budget cuts of 2020.</p>"
#define EN2 "<p>The council restored $62,000 to the library's budget last week, enough to pay two part-time " \
	"staff for four hours every Sunday.</p>"
#define EN3 "<p>The library will hold an open house on the first Sunday, with a story time at 2 p.m. and " \
	"free cards for new residents.</p>"

/* lead_caption_apart() of the page's caption line (the segment that
 * opens "The library on"). */
static int
caption_apart(const char *html)
{
	struct ctx c;
	int apart = -1;

	test_doc(&c, html);
	for (size_t i = 0; i < c.nsegs && apart < 0; i++)
		if (strncmp(c.segs[i].text, "The library on", 14) == 0)
			apart = lead_caption_apart(&c, i, SIZE_MAX);
	test_doc_free(&c);
	return apart;
}

static void
lead_caption_set_apart(void)
{
	tap_int(caption_apart("<html><body><article><h1>Library opens on Sundays again</h1>" CAPTION
	    "<section class=\"section\"><div class=\"text\">" EN1 EN2 "</div></section><div class=\"ad\">"
	    "<span>Advertisement</span></div><section class=\"section\"><div class=\"text\">" EN3
	    "</div></section></article></body></html>"), 1,
	    "a lead picture's caption set apart from the text's blocks is no line");
	tap_int(caption_apart("<html><body><article><h1>Library opens on Sundays again</h1><div class=\"col\">"
	    "<div class=\"block image-block\">" CAPTION "</div><div class=\"block html-block\">" EN1 EN2
	    "</div><div class=\"block button-block\"><a href=\"/map\">See the map</a></div>"
	    "<div class=\"block html-block\">" EN3 "</div></div></article></body></html>"), 0,
	    "... a site builder's picture block among its text blocks is the story's");
	tap_int(caption_apart("<html><body><article><h1>Library opens on Sundays again</h1><div class=\"text\">"
	    CAPTION EN1 EN2 EN3 "</div></article></body></html>"), 0,
	    "... and so is one inside the text's own block");
}

int
main(void)
{
	tap_init();
	story_beside_sidebar();
	box_inside_story();
	box_ends_story();
	sibling_blocks();
	notices_skipped();
	lead_before_body();
	images();
	steps_wrapped_deeper();
	gallery_and_player_stay_out();
	step_holding_cards();
	slideshow_in_marked_story();
	parts_in_wrappers();
	hidden_blocks();
	sections_and_comments();
	roundup_heads();
	follow_calls();
	header_in_container();
	related_heading_box();
	follow_tail();
	heading_anchor_ids();
	lead_in_wrapper();
	linked_item_in_story_list();
	lead_caption_set_apart();
	return tap_done();
}
