/*
 * extract_photorow: a field table's picture row, the row after the
 * text's beside a label of pictures (see extract_photorow.h).
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_find.h"
#include "extract_photorow.h"
#include "extract_words.h"
#include "html.h"
#include "util.h"

/* Is the cell's text a label of pictures: 相　　片, 新聞照片：? */
static int
photo_label(struct hnode *cell)
{
	static const char *const labels[] = {"相片", "照片", "圖片", "图片", "新聞照片",
		"新闻照片", "活動照片", "活动照片", "相關照片", "相关照片", "新聞圖片", "新闻图片",
		/* an old 政府網站 CMS's detail table: 相關圖片 under 內容 */
		"相關圖片", "相关图片", NULL};
	int cut = 0;
	char *t = html_text_upto(cell, 40, &cut);
	size_t n;
	int yes;

	if (t == NULL || cut || (unsigned char)*t < 0xE4) {
		free(t);
		return 0;
	}
	squeeze_in_place(t);
	for (char *p; (p = strstr(t, "　")) != NULL; )
		memmove(p, p + strlen("　"), strlen(p + strlen("　")) + 1);
	n = strlen(t);
	if (n >= 3 && str_starts(t + n - 3, "："))
		n -= 3;
	yes = is_one_of(t, n, labels);
	free(t);
	return yes;
}

struct hnode *
photo_row_cell(const struct ctx *c)
{
	struct hnode *body = c->body_node, *row;
	int k = 0;

	if (!html_is_cell(body) || body->parent == NULL || !html_is(body->parent, "tr"))
		return NULL;
	for (row = html_next_element(body->parent); row != NULL && k < 3; row = html_next_element(row), k++) {
		struct hnode *label = html_first_element(row), *cell = html_next_element(label);

		if (html_is_cell(label) && html_is_cell(cell) && photo_label(label))
			return cell;
	}
	return NULL;
}
