/*
 * extract_rowname: a WeChat article's meta row, and an app share page's
 * like it, prints the writer, the account that posted the story and the
 * time as separate words with no label (祝晚晴 石坝镇发布 2026-12-06
 * 19:40 四川).  Where the page's head names no author (its
 * <meta name="author"> is often left out), the name is read from the
 * row's shape: a short name, an account's name (one of outlet_ends:
 * 发布, 融媒, 公众号 …), the date.  A row of two names, or of an outlet
 * and its date alone, has no such shape.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_find.h"
#include "extract_rowname.h"
#include "extract_words.h"
#include "util.h"

#define NAME_CHARS_MIN 2
#define NAME_CHARS_MAX 3

/* p past a word of CJK characters alone and the blank after it, k its
 * count in characters; NULL when no blank follows. */
static const char *
cjk_word(const char *p, int *k)
{
	for (*k = 0; cjk_at(p); p += 3)
		(*k)++;
	return *p == ' ' ? p + 1 : NULL;
}

/* The name opening t when t is NAME ACCOUNT DATE, new, or NULL. */
static char *
lead_name(const char *t)
{
	const char *acct, *sp;
	char *name, *account;
	int k, ok;

	if ((acct = cjk_word(t, &k)) == NULL || k < NAME_CHARS_MIN || k > NAME_CHARS_MAX)
		return NULL;
	if ((sp = strchr(acct, ' ')) == NULL || sp[1] < '0' || sp[1] > '9')
		return NULL;
	name = xstrndup(t, (size_t)(acct - 1 - t));
	account = xstrndup(acct, (size_t)(sp - acct));
	/* 原创 石坝镇发布 …: a mark, not a name; 青漪日报 青漪发布: two outlets */
	ok = starts_any(name, not_names) == NULL && !is_posting_account(name) &&
	    is_posting_account(account);
	free(account);
	if (!ok) {
		free(name);
		return NULL;
	}
	return name;
}

char *
row_lead_name(const struct ctx *c, const struct meta_win *w)
{
	struct elinfo *e = c->body_node ? el_info((struct ctx *)c, c->body_node) : NULL;
	char *name = NULL;

	for (size_t i = w->title; e != NULL && i < w->end && i <= e->first && name == NULL;
	    i = win_next(w, i))
		if (i != c->title_seg)
			name = lead_name(c->segs[i].text);
	return name;
}
