/*
 * extract_declared: a platform that reposts a county outlet's story sets
 * its own statement under the text, labelled with the platform's name
 * and 声明 ("新浪看点 声明：新浪网登载此文出于传递更多信息之目的，并不意味着
 * 赞同其观点…").  Its opening is the label, not 本文 or 免责
 * 声明, so neither statement_opens nor disclaimer_labels sees it.  The
 * promise: a line whose label before the first colon is short and ends in
 * a statement word, and whose text says the story is not the platform's
 * view, is a notice (asked by is_outlet_note, so by is_noise_line).  A
 * story's line quoting a 声明 ("镇政府发布声明：…") has no not-view words and
 * stays.
 */
#include "config.h"

#include <string.h>

#include "extract_declared.h"
#include "extract_find.h"
#include "extract_words.h"
#include "utf8.h"

#define STATEMENT_LABEL_MAX 12	/* characters of "新浪看点 声明" */

int
is_platform_statement(const char *s)
{
	const char *colon = strstr(s, "："), *c2 = strchr(s, ':');
	size_t n;

	if (c2 != NULL && (colon == NULL || c2 < colon))
		colon = c2;
	if (colon == NULL || colon == s)
		return 0;
	n = (size_t)(colon - s);
	while (n > 0 && s[n - 1] == ' ')
		n--;
	for (const char *const *w = statement_label_ends; *w != NULL; w++) {
		size_t k = strlen(*w);
		char label[STATEMENT_LABEL_MAX * 4 + 1];

		if (n < k || n > sizeof label - 1 || memcmp(s + n - k, *w, k) != 0)
			continue;
		memcpy(label, s, n);
		label[n] = '\0';
		if (!utf8_longer_than(label, STATEMENT_LABEL_MAX) && find_any(colon, not_view_words) != NULL)
			return 1;
	}
	return 0;
}
