/* unit_extract_unseen14zh: the kinds of layout the fourteenth Chinese
 * blind round (unseen14zh-*) found wanting: a self-media post closing on
 * the writer's call to talk it over in the comments (欢迎在评论区聊聊);
 * a portal's article page whose machine date is its publishing system's
 * <meta name="apub:time">, the time to the second of the minute it shows. */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>村小老师坚守26年</title></head>" \
	"<body><h1>村小老师坚守26年</h1>"
#define P1 "<p>清晨六点半，青山村小学的铃声准时响起。这是一所只有一栋两层教学楼的村小，全校9个学生，分在三个年级。</p>"
#define P2 "<p>罗守田是青山村人，1998年从县师范学校毕业后回到村里任教，那时学校有120多个学生，6个老师。</p>"
#define P3 "<p>今年9月，24岁的师范毕业生杨小雨来到青山村小学任教，她负责英语和美术，还组建了学校第一支合唱队。</p>"

static void
comment_ask(void)
{
	test_body_count(HEAD "<div class=\"article\">" P1 P2 P3 "<p>你的家乡还有这样的村小吗？欢迎在评论区聊聊。</p>"
	    "</div></body></html>", 3, "a post's closing call to talk it over in the comments is no body");
	test_body_count(HEAD "<div class=\"article\">" P1 P2 P3 "<p>你怎么看？评论区说说你的想法。</p>"
	    "</div></body></html>", 3, "... nor one without 欢迎");
	test_body_count(HEAD "<div class=\"article\">" P1 P2 P3 "<p>视频发布后，不少网友在评论区留言点赞，称这是最美的坚守。</p>"
	    "</div></body></html>", 4, "a story's last line on what was said in the comments stays");
}

/* the published time test_byline finds on a page whose head holds meta
 * and whose byline line shows shown */
static void
published_is(const char *meta, const char *shown, const char *want, const char *what)
{
	struct ctx c;
	char *html = xasprintf("<html><head><meta charset=\"utf-8\">%s<title>老城区17条背街小巷完成改造</title></head>"
	    "<body><h1>老城区17条背街小巷完成改造</h1><div class=\"a_Info\"><span class=\"a_source\">澜州晚报</span>"
	    "<span class=\"a_time\">%s</span></div><div class=\"bd\">%s%s%s</div></body></html>", meta, shown, P1, P2, P3);

	test_byline(&c, html);
	tap_str(c.page->published, want, what);
	test_doc_free(&c);
	free(html);
}

static void
apub_time(void)
{
	published_is("<meta name=\"apub:time\" content=\"2024-10-18 08:47:06\">", "2024-10-18 08:47",
	    "2024-10-18T08:47:06", "the publishing system's apub:time gives the shown minute its second");
	published_is("<meta name=\"apub:time\" content=\"2024-10-17 23:10:00\">", "2024-10-18 08:47",
	    "2024-10-18T08:47", "... but one of another day leaves the shown time as it is");
}

int
main(void)
{
	comment_ask();
	apub_time();
	return tap_done();
}
