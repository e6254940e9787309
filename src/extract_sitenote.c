/*
 * extract_sitenote: a city office's lines over its pages' text that are
 * none of the story: the page's number in the site ("Page ID: 0048213",
 * ページ番号：1012345, a Chinese page's 页面ID：2317) and the note that the page is a translation ("This
 * page was translated by the City's International Relations Division.
 * If the Japanese and English versions differ, ...", 本页面由…翻译).  Asked of every
 * line by is_noise_line, so each test first looks at one byte.
 */
#include "config.h"

#include <string.h>

#include "extract_find.h"
#include "extract_words.h"
#include "util.h"

static const char *const page_id_labels[] = {"Page ID", "Page Id", "Page number", "ページ番号",
	"ページID", "页面ID", "頁面ID", "页面编号", "頁面編號", NULL};
static const char *const page_words_own[] = {"This page ", "This web page ", "This website ",
	"This site ", "このページは", "本页面", "本頁面", "本网页", "本網頁", NULL};
static const char *const translate_words[] = {"translat", "Translat", "翻訳", "翻译", "翻譯", NULL};

#define PAGE_ID_MAX 40		/* bytes of "Page ID: 0048213" and a bit */
#define NOTE_MAX 400		/* bytes a translation note may run to */

/* Is s the page's number in the site and nothing else: a label, a colon
 * or a space, then digits? */
static int
page_id_line(const char *s)
{
	const char *l;
	size_t n = strnlen(s, PAGE_ID_MAX + 1);

	if (n > PAGE_ID_MAX || (l = starts_any(s, page_id_labels)) == NULL)
		return 0;
	s += strlen(l);
	while (*s == ' ' || *s == ':' || str_starts(s, "：") || str_starts(s, "　"))
		s += (unsigned char)*s < 0x80 ? 1 : 3;
	if (*s < '0' || *s > '9')
		return 0;
	while (*s >= '0' && *s <= '9')
		s++;
	return *s == '\0';
}

/* Does s say the page it stands on is a translation? */
static int
translation_note(const char *s)
{
	return strnlen(s, NOTE_MAX + 1) <= NOTE_MAX && starts_any(s, page_words_own) != NULL &&
	    find_any(s, translate_words) != NULL;
}

int
is_site_note(const char *s)
{
	unsigned char b = (unsigned char)*s;

	if (b == 'P')
		return s[1] == 'a' && page_id_line(s);
	if (b == 'T')
		return s[1] == 'h' && s[2] == 'i' && s[3] == 's' && s[4] == ' ' && translation_note(s);
	if (b == 0xE9)	/* 页面ID：2317, 頁面編號 */
		return ((unsigned char)s[1] == 0xA1 || (unsigned char)s[1] == 0xA0) && page_id_line(s);
	if (b == 0xE6)	/* 本页面由…翻译 */
		return (unsigned char)s[1] == 0x9C && (unsigned char)s[2] == 0xAC && translation_note(s);
	return b == 0xE3 && (page_id_line(s) || translation_note(s));
}
