/*
 * extract_repeated: links of a list that say one thing again and again,
 * a tool's word beside each item ("Buy this photo"), found and dropped
 * before the list is weighed (extract_repeated.h).
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract_dom.h"
#include "extract_repeated.h"
#include "extract_words.h"

#define TOOL_REPEATS 3	/* links saying one thing that make it a tool's word */

struct said {
	char *text;
	size_t at;
};

static int
said_cmp(const void *a, const void *b)
{
	const struct said *x = a, *y = b;
	int r = strcmp(x->text, y->text);

	return r != 0 ? r : (x->at > y->at) - (x->at < y->at);
}

/* Is href the tool's path (the part before its query) with a query? */
static int
tool_query(const char *href, const char *path, size_t n)
{
	return href != NULL && strncmp(href, path, n) == 0 && href[n] == '?';
}

/* Do the links s[i..j) call one tool on TOOL_REPEATS items or more: one
 * path with as many queries (/buy-photos?img=1, ?img=2 ...)?  A headline
 * linked thrice to its story leads to one place; stories that share a
 * title (a weekly "Police log") lead to pages of their own. */
static int
one_tool(struct hnode **anchors, const struct said *s, size_t i, size_t j)
{
	char *first = html_attr(anchors[s[i].at], "href");
	const char *q = first != NULL ? strchr(first, '?') : NULL;
	size_t places = 0, n = q != NULL ? (size_t)(q - first) : 0;

	for (size_t m = i; q != NULL && m < j; m++) {
		char *h = html_attr(anchors[s[m].at], "href");
		size_t k = i;

		if (!tool_query(h, first, n)) {
			free(h);
			places = 0;
			break;
		}
		for (; k < m; k++) {
			char *o = html_attr(anchors[s[k].at], "href");
			int same = o != NULL && strcmp(o, h) == 0;

			free(o);
			if (same)
				break;
		}
		places += k == m;
		free(h);
	}
	free(first);
	return places >= TOOL_REPEATS;
}

/* Sorts v[0..n) by radix, a byte at a time: four passes over 32-bit
 * keys, where a comparison sort of 400,000 keys calls its comparator
 * seven million times. */
static void
radix_sort(uint32_t *v, size_t n)
{
	uint32_t *tmp = xreallocarray(NULL, n ? n : 1, sizeof *tmp), *from = v, *to = tmp, *t;

	for (unsigned shift = 0; shift < 32; shift += 8) {
		size_t at[256] = {0};

		for (size_t i = 0; i < n; i++)
			at[(from[i] >> shift) & 0xFF]++;
		for (size_t b = 0, sum = 0; b < 256; b++) {
			size_t k = at[b];

			at[b] = sum;
			sum += k;
		}
		for (size_t i = 0; i < n; i++)
			to[at[(from[i] >> shift) & 0xFF]++] = from[i];
		t = from, from = to, to = t;
	}
	free(tmp);	/* four passes: the keys are back in v */
}

/* Could some text of texts[0..n) stand there TOOL_REPEATS times?  Only
 * if its hash does: most lists say each thing once, and their hashes,
 * sorted, tell so in 4 bytes a text, where a sort of the texts or a set
 * of them cost more than the rest of drop_repeated (a set of 400,000
 * texts touched 24 MiB). */
static int
maybe_said_thrice(char **texts, size_t n)
{
	uint32_t *h = xreallocarray(NULL, n ? n : 1, sizeof *h);
	int found = 0;

	for (size_t i = 0; i < n; i++)
		h[i] = (uint32_t)str_hash(texts[i]);
	radix_sort(h, n);
	for (size_t i = 0; i + TOOL_REPEATS <= n && !found; i++)
		found = h[i] == h[i + TOOL_REPEATS - 1];
	free(h);
	return found;
}

/* Drops from anchors[] the links whose text three links or more that
 * call one tool say alike ("Buy this photo" under each picture of a
 * gallery): a tool's word beside each item, no headline, as a reader
 * could not tell one such link from another.  Returns the anchors left,
 * in order. */
size_t
drop_repeated(struct ctx *c, struct hnode **anchors, char **texts, size_t n)
{
	struct said *s;
	size_t k = 0;

	for (size_t i = 0; i < n; i++)
		squeeze_in_place(texts[i]);
	if (!maybe_said_thrice(texts, n)) {
		for (size_t i = 0; i < n; i++)
			free(texts[i]);
		free(texts);
		return n;
	}
	s = xreallocarray(NULL, n ? n : 1, sizeof *s);
	for (size_t i = 0; i < n; i++) {
		s[i].text = texts[i];
		s[i].at = i;
	}
	free(texts);
	qsort(s, n, sizeof *s, said_cmp);
	for (size_t i = 0, j; i < n; i = j) {
		for (j = i + 1; j < n && strcmp(s[i].text, s[j].text) == 0; j++)
			;
		if (j - i < TOOL_REPEATS || !one_tool(anchors, s, i, j))
			continue;
		for (size_t m = i; m < j; m++) {
			struct elinfo *e = el_info(c, anchors[s[m].at]);

			if (e != NULL)
				e->headline_anchor = 0;
			anchors[s[m].at] = NULL;
		}
	}
	for (size_t i = 0; i < n; i++) {
		free(s[i].text);
		if (anchors[i] != NULL)
			anchors[k++] = anchors[i];
	}
	free(s);
	return k;
}
