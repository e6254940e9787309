/* unit_extract_unseen14zh: the kinds of layout the fourteenth Chinese
 * blind round (unseen14zh-*) found wanting: a self-media post closing on
 * the writer's call to talk it over in the comments (欢迎在评论区聊聊). */
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

int
main(void)
{
	comment_ask();
	return tap_done();
}
