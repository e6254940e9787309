/* unit_extract_unseen26mix: the kinds of layout the twenty-sixth mixed
 * blind round (unseen26mix-*) found wanting: the outlet's own lines set
 * among the story's, no news: a provincial weekly's "(With reports from
 * NAME)" closing the text, a grant's note, and the reporter's credit in
 * brackets closing it (（本報記者NAME報導；…）). */
#include "config.h"

#include <stdlib.h>

#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

#define HEAD "<html><head><meta charset=\"utf-8\"><title>Petition</title></head><body>"
#define H1 "<h1>汉密尔顿华人家长联名请愿 要求恢复中学中文课程</h1>"
#define P1 "<p>怀卡托地区逾六百名家长日前联名请愿，要求汉密尔顿东区的瑞德伍德中学恢复去年停开的中文课程。请愿书已于本周一递交学校董事会。</p>"
#define P2 "<p>发起请愿的家长代表梁嘉欣表示，该校中文课开设近二十年，去年因唯一的中文老师退休而停开，目前约有九十名学生受影响。</p>"
#define P3 "<p>教育部发言人表示，开设哪些语言课程由各校董事会决定，教育部为有意开设亚洲语言课程的学校提供专项资助。</p>"
#define OPEN HEAD H1 "<div class=\"artbody\">" P1 P2
#define CLOSE P3 "</div></body></html>"

static void
credit_notes(void)
{
	tap_int(is_noise_line("(With reports from Jenny Lou Abad)"), 1,
	    "a provincial weekly's credit note in brackets is the outlet's");
	tap_int(is_noise_line("(With reports from the field, the council said it would act.) He agreed."), 0,
	    "... a bracket the line goes on past stays");
	tap_int(is_noise_line("With reports from the field, the mayor said the road would close."), 0,
	    "... as does a sentence opening on the words");
	tap_int(is_noise_line("（本報記者鄭美蓮報導；如有社區新聞提供，請電郵至 news@paper.test）"), 1,
	    "a reporter's credit, the whole line in brackets");
	tap_int(is_noise_line("（记者会上，市长表示将在下月公布方案）他说。"), 0,
	    "... a bracket opening on 记者会 that the line goes on past stays");
}

static void
grant_notes(void)
{
	tap_int(is_noise_line("This story was produced with support from the Pacific Climate Reporting Fund. "
	    "The Island Times retains full editorial control."), 1, "a grant's note is the outlet's");
	tap_int(is_noise_line("This story was produced with support from the village, \"we cannot wait\", "
	    "Tuilau said."), 0, "... a line quoting someone stays");
}

int
main(void)
{
	credit_notes();
	grant_notes();
	return tap_done();
}
