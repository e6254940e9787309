/* unit_extract_inserts: what a local story's page sets between and around
 * its paragraphs that is no text of it: an ad slot's "Story continues
 * below" line, an app's download box, a video player standing before the
 * story block, a carousel of photos, a live blog's time-and-name lines. */
#include "config.h"

#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"

#define P1 "<p>The county will close the Dunmore Hill bridge for six weeks this summer so crews can replace its deck, the roads department said on Monday.</p>"
#define P2 "<p>Drivers will be sent through Pellam Road, which adds about ten minutes to the trip between Greyfield and the highway, officials said.</p>"
#define P3 "<p>The work is paid for by a state grant of $2.4 million and should be finished before the first day of school in late August.</p>"

static void
run_body(struct ctx *c, const char *html)
{
	test_doc(c, html);
	find_body(c);
	extract_title(c);
	extract_body(c);
	extract_images(c);
}

static int
body_holds(const struct ctx *c, const char *part)
{
	for (size_t i = 0; i < c->page->body.n; i++)
		if (strstr(c->page->body.v[i], part) != NULL)
			return 1;
	return 0;
}

static void
continues_below(void)
{
	struct ctx c;

	run_body(&c, "<html><body><div class=\"story\">" P1 "<div class=\"ad\"><p>Story continues below advertisement</p>"
	    "<div id=\"ad-1\"></div></div>" P2 P3 "</div></body></html>");
	tap_int((long)c.page->body.n, 3, "an ad slot's \"Story continues below advertisement\" is no paragraph");
	test_doc_free(&c);
}

static void
app_download_box(void)
{
	struct ctx c;

	run_body(&c, "<html><body><div class=\"story\">" P1 P2 "<div class=\"app-promo\"><h3>Download our News 7 app</h3>"
	    "<p>Breaking news, live video and alerts for the valley.</p>"
	    "<a href=\"https://apps.example/n7\">Download on the App Store</a> <a href=\"https://play.example/n7\">Get it on Google Play</a></div>"
	    P3 "</div></body></html>");
	tap_int((long)c.page->body.n, 3, "an app's download box between paragraphs is left out");
	tap_ok(!body_holds(&c, "Breaking news, live video"), "its pitch is no paragraph");
	test_doc_free(&c);
}

static void
player_before_story(void)
{
	struct ctx c;

	run_body(&c, "<html><body><article><h1>Dunmore Hill bridge to close for six weeks</h1>"
	    "<div class=\"lead-art video-player\"><div class=\"video-title\">Watch: What the bridge closure means for drivers</div>"
	    "<button>Play</button><div class=\"video-caption\">Crews inspect the Dunmore Hill bridge deck on Monday. (Source: News 7)</div></div>"
	    "<div class=\"article-body\">" P1 P2 P3 "</div></article></body></html>");
	tap_ok(c.page->body.n > 0 && strncmp(c.page->body.v[0], "The county will close", 21) == 0,
	    "a video player before the story block is no lead of the story");
	tap_ok(!body_holds(&c, "Watch: What the bridge"), "the player's title is no paragraph");
	test_doc_free(&c);
}

static void
photo_carousel(void)
{
	struct ctx c;

	run_body(&c, "<html><body><div class=\"story\">" P1 P2
	    "<div class=\"gallery-embed carousel\"><h3>Photos: The old bridge deck</h3><span>1 of 3</span><ul>"
	    "<li><figure><img src=\"/g/1.jpg\" alt=\"\"><figcaption>Crews lift a cracked deck panel on Monday, May 6, 2024.</figcaption></figure></li>"
	    "<li><figure><img data-src=\"/g/2.jpg\" alt=\"\"><figcaption>Rust on the bridge's north railing, seen from the river.</figcaption></figure></li>"
	    "<li><figure><img data-src=\"/g/3.jpg\" alt=\"\"><figcaption>A detour sign on Pellam Road near the Greyfield turnoff.</figcaption></figure></li>"
	    "</ul><button>Previous</button><button>Next</button></div>" P3 "</div></body></html>");
	tap_int((long)c.page->body.n, 3, "a carousel of photos set into the story is no paragraph of it");
	tap_ok(!body_holds(&c, "1 of 3") && !body_holds(&c, "Photos: The old bridge deck"),
	    "nor its title and counter");
	test_doc_free(&c);
}

static void
live_blog_stamps(void)
{
	struct ctx c;

	run_body(&c, "<html><body><div class=\"feed\"><p>The bridge story as it happened, newest first.</p>"
	    "<div class=\"toolbar\"><span>3 updates</span></div>"
	    "<article><div class=\"meta\"><span>Pinned</span> <time>9:48 PM</time> <span>Jonah Reyes</span></div>" P1 "</article>"
	    "<article><div class=\"meta\"><time>6:20 PM</time> <span>Leah Marsh</span></div>" P2 "</article>"
	    "<article><div class=\"meta\"><time>11:05 a.m.</time> <span>Leah Marsh</span></div>" P3 "</article>"
	    "</div></body></html>");
	tap_ok(!body_holds(&c, "9:48 PM") && !body_holds(&c, "6:20 PM") && !body_holds(&c, "11:05 a.m."),
	    "a live blog's time-and-author line over an update is no paragraph");
	tap_ok(!body_holds(&c, "3 updates"), "nor its count of updates");
	tap_ok(body_holds(&c, "The work is paid for"), "the updates' text stays");
	test_doc_free(&c);
	tap_ok(!is_stamp_line("1:39 PM ET") && !is_stamp_line("8:09") &&
	    !is_stamp_line("Kickoff at 7:30 PM Friday"), "a time with a zone, a running time, a sentence: no stamp");
	tap_ok(!is_count_line("6 updates to the plan were made"), "a count in a sentence is no count line");
}

int
main(void)
{
	tap_init();
	continues_below();
	app_download_box();
	player_before_story();
	photo_carousel();
	live_blog_stamps();
	return tap_done();
}
