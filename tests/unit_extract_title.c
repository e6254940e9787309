/* unit_extract_title: the headline part alone: which heading <title>
 * confirms, and what is not a headline (a logo, the site's name). */
#include "config.h"

#include <stdlib.h>

#include "extract_heading.h"
#include "extract_test.h"
#include "tap.h"

#define BODY "<div class=\"content\"><p>青溪县今年春耕比往年早了十天，县农技站的技术员一早就下到田里，指导农户整地育秧。</p>" \
	"<p>站长周明远说，今年的早稻品种换成了抗倒伏的新种，亩产有望提高一成，农户们都很期待。</p></div>"

static void
title_of(const char *head, const char *body, const char *want, const char *what)
{
	struct ctx c;
	char *html = xasprintf("<html><head>%s</head><body>%s</body></html>", head, body);

	test_doc(&c, html);
	find_body(&c);
	extract_title(&c);
	tap_str(c.page->title, want, what);
	test_doc_free(&c);
	free(html);
}

static void
join_is(const char *a, const char *b, const char *want, const char *what)
{
	char *got = heading_join(a, b);

	tap_str(got, want, what);
	free(got);
}

int
main(void)
{
	tap_init();
	title_of("<title>青溪县春耕提前十天_青溪新闻网</title>",
	    "<h1>青溪新闻网</h1><h2>青溪县春耕提前十天</h2>" BODY,
	    "青溪县春耕提前十天", "the heading <title> holds before the site's name");
	title_of("<title>青溪县春耕提前十天 - 青溪新闻网</title>",
	    "<div class=\"logo\"><h1><a href=\"/\">青溪新闻网</a></h1></div><h3>青溪县春耕提前十天</h3>" BODY,
	    "青溪县春耕提前十天", "a logo <h1> that is the site's part of <title> is not the headline");
	title_of("<title>青溪新闻网</title><meta property=\"og:site_name\" content=\"青溪新闻网\">",
	    "<h1>青溪新闻网</h1><h2>白鹭湾湿地迎来首批候鸟</h2>" BODY,
	    "白鹭湾湿地迎来首批候鸟", "a <title> of the site's name alone confirms no heading");
	title_of("<title>Lantern festival lights up Millbrook - The Millbrook Courier</title>",
	    "<h1 class=\"headline\"><i>Lantern</i> <em>festival</em> lights up Millbrook</h1>" BODY,
	    "Lantern festival lights up Millbrook", "the space between two inline elements is kept");
	title_of("<title>县政府关于做好春耕生产工作的通知_政务公开_青溪县人民政府</title>",
	    "<table><tr><td>县政府关于做好春耕生产工作的通知</td></tr></table>" BODY,
	    "县政府关于做好春耕生产工作的通知", "a headline in a table cell");
	title_of("<title>青溪县春耕提前十天_青溪新闻网</title>", BODY,
	    "青溪县春耕提前十天", "no heading: the first part of <title>");
	title_of("<title>青溪新闻网</title><meta property=\"og:title\" content=\"老街灯会今晚开幕\">", BODY,
	    "老街灯会今晚开幕", "no heading: og:title before <title>");
	title_of("<title>Courier</title><meta property=\"dc:title\" content=\"Ferry timetable changes for winter\">"
	    "<meta property=\"og:title\" content=\"Winter ferries\">",
	    "<h1>Latest from the harbour</h1>" BODY,
	    "Ferry timetable changes for winter", "a heading nothing confirms loses to the declared title, Dublin Core first");
	title_of("<title>Courier</title><meta property=\"x:title dc:title\" content=\"Ferry timetable changes for winter\">",
	    "<h1>Latest from the harbour</h1>" BODY,
	    "Ferry timetable changes for winter", "a property of several names declares each");
	title_of("<title>Courier</title><meta property=\"og:title\" content=\"\">",
	    "<h1>Ferry timetable changes for winter</h1>" BODY,
	    "Ferry timetable changes for winter", "an empty declared title declares nothing");
	title_of("<title>青溪县春耕提前十天_青溪新闻网</title><meta name=\"twitter:title\" content=\"青溪新闻网：青溪县春耕提前十天\">",
	    "<h1>青溪县春耕提前十天</h1>" BODY,
	    "青溪县春耕提前十天", "a heading the declared title holds stays the headline");
	/* <title> names only the portal and the section, nowhere shown */
	title_of("<title>青溪县人民政府 政府信息公开</title>",
	    "<div class=\"doc-title\">青溪县关于开展春季林区巡查的通知</div>" BODY,
	    "青溪县关于开展春季林区巡查的通知", "a <title> of the site alone: the headline-class box above the body");
	title_of("<title>青溪县政府全球资讯网-新闻稿</title>",
	    "<h3 class=\"news-title\">青溪县环湖单车道全线贯通</h3>" BODY,
	    "青溪县环湖单车道全线贯通", "a <title> of the site alone: the h3 above the body");
	title_of("<title>Fairhaven Reading Room</title>",
	    "<h3>Annotated Text</h3><h2>The Lighthouse Keeper's Daughter (1871)</h2>" BODY,
	    "The Lighthouse Keeper's Daughter (1871)", "a <title> of the site alone: the larger heading, not the small one above it");
	title_of("<title>青溪县政府全球资讯网-新闻稿</title>",
	    "<h2>青溪县环湖单车道全线贯通</h2><h3>记者 周明远</h3>" BODY,
	    "青溪县环湖单车道全线贯通", "a <title> of the site alone: not a smaller heading below the headline");
	title_of("<title>青溪县春耕提前十天_青溪新闻网</title>",
	    "<div class=\"tit\">青溪新闻网</div><h1>青溪县春耕提前十天</h1><h3>本站头条</h3>" BODY,
	    "青溪县春耕提前十天", "a <title> that the page shows stays the headline");
	title_of("<title>老粮站改成了文化礼堂 - 柳河杂谈 - 柳河论坛</title>",
	    "<h1><a href=\"/f?type=3\">[见闻]</a> <span>老粮站改成了文化礼堂</span></h1>" BODY,
	    "老粮站改成了文化礼堂", "a board's [type] before the subject <title> holds is dropped");
	title_of("<title>【专访】老街守艺人_青溪新闻网</title>",
	    "<h1>【专访】老街守艺人</h1>" BODY,
	    "【专访】老街守艺人", "a bracket <title> holds too stays");
	/* a label of the page over the story, its headline only in <title> */
	title_of("<title>Under-12s win the county cup on penalties | Ashcombe Rovers FC</title>",
	    "<h1>Club news</h1>" BODY,
	    "Under-12s win the county cup on penalties", "a heading of three words <title> does not hold is a label");
	title_of("<title>Ashcombe Rovers FC: About This Site</title>",
	    "<h1>About This Site</h1>" BODY,
	    "About This Site", "a heading of three words <title> holds stays the headline");
	title_of("<title>Quayside Weekly</title>",
	    "<h1>Lifeboat crew rescues two kayakers</h1>" BODY,
	    "Lifeboat crew rescues two kayakers", "a heading of five words stands without <title>");
	tap_int(heading_few_words("About This Site", 3), 1, "three words are few");
	tap_int(heading_few_words("Café in Zürich", 3), 1, "accented Latin words are counted");
	tap_int(heading_few_words("Lifeboat crew rescues kayakers", 3), 0, "four words are not few");
	tap_int(heading_few_words("本站头条", 3), 0, "Chinese has no spaces to count words by");
	tap_int(heading_few_words("", 3), 0, "no words are not a label");
	/* a deck the parser moved out of the headline's <p> */
	title_of("<title>Harbour festival returns - a week of music on the quay | Quayside Weekly</title>",
	    "<p class=\"headline\">Harbour festival returns <div>- a week of music on the quay</div></p>" BODY,
	    "Harbour festival returns - a week of music on the quay", "a Latin deck joins its headline with a space");
	title_of("<title>青溪县老街灯会开幕——千盏花灯点亮古城_青溪新闻网</title>",
	    "<p class=\"title\">青溪县老街灯会开幕<div>——千盏花灯点亮古城</div></p>" BODY,
	    "青溪县老街灯会开幕——千盏花灯点亮古城", "a Chinese subtitle joins its headline without one");
	join_is("returns", "- a week", "returns - a week", "Latin meets Latin: a space");
	join_is("开幕", "——千盏", "开幕——千盏", "Chinese meets Chinese: none");
	join_is("", "a week", "a week", "nothing to join to: no space");
	return tap_done();
}
