/*
 * extract_postnote: notes a post or a reprint sets inside the story's
 * block that are no story text.  A forum (Discuz!, phpwind and their
 * kin) opens an edited post with the board's note "本帖最后由 NAME 于
 * DATE 编辑"; a city paper's long read closes with the print edition it
 * ran in, bracketed: "（本文刊于《江屿都市报》2025年11月28日A04版）"; a
 * user reposting a story on a writing site opens it with the outlet it
 * came from, "转载自松陵县融媒体中心", the story's source.
 * Text only; each test turns most lines away by their first bytes.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_find.h"
#include "extract_words.h"
#include "extract_postnote.h"
#include "utf8.h"
#include "util.h"

#define EDIT_NOTE_MAX 60	/* characters: the name, the date and the time */
#define PRINT_NOTE_MAX 50	/* characters of a bracketed print-edition note */
#define REPOST_NAME_MAX 20	/* characters of the outlet a repost names */

int
is_post_edit_note(const char *s)
{
	static const char *const opens[] = {"本帖最后由", "本帖最後由", NULL};
	static const char *const ends[] = {"编辑", "編輯", NULL};
	size_t n;

	if ((unsigned char)*s != 0xE6 || starts_any(s, opens) == NULL ||
	    utf8_longer_than(s, EDIT_NOTE_MAX))
		return 0;
	n = strlen(s);
	while (n > 0 && s[n - 1] == ' ')
		n--;
	return ends_in_any(s, n, ends) && (strstr(s, "于") != NULL || strstr(s, "於") != NULL);
}

int
is_print_edition_note(const char *s)
{
	static const char *const opens[] = {"本文刊于", "本文刊發於", "本文刊发于", "本文原载于",
		"本文原载", "原载于", "原载", "原載於", "原載", "刊于", "刊於", NULL};
	const char *p, *o;
	size_t n;

	if (!str_starts(s, "（") || utf8_longer_than(s, PRINT_NOTE_MAX))
		return 0;
	p = s + strlen("（");
	if ((o = starts_any(p, opens)) == NULL || !str_starts(p + strlen(o), "《"))
		return 0;
	n = strlen(s);
	/* it closes the bracket it opened, on the page it ran: …A04版） */
	return n > strlen("版）") && strcmp(s + n - strlen("版）"), "版）") == 0;
}

char *
repost_source(const char *s)
{
	static const char *const marks[] = {"，", "。", "！", "？", "；", NULL};
	const char *p, *o;
	size_t n;

	if ((unsigned char)*s != 0xE6 && (unsigned char)*s != 0xE8)	/* 本, 转, 轉 */
		return NULL;
	p = str_starts(s, "本文") ? s + strlen("本文") : s;
	if ((o = starts_any(p, repost_labels)) == NULL)
		return NULL;
	p = after_colon(p + strlen(o));
	n = strlen(p);
	while (n > 0 && p[n - 1] == ' ')
		n--;
	if (n == 0 || utf8_chars_upto(p, REPOST_NAME_MAX + 1) > REPOST_NAME_MAX ||
	    find_any(p, marks) != NULL)
		return NULL;
	return xstrndup(p, n);
}

int
is_repost_note(const char *s)
{
	char *v = repost_source(s);

	free(v);
	return v != NULL;
}
