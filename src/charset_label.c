/*
 * charset_label: what a page says its charset is (a <meta> or an XML
 * declaration in its first bytes) and the name iconv knows a label by;
 * see charset.h.  Only names: charset.c decides what the bytes are.
 */
#include "config.h"

#include <ctype.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "charset.h"
#include "util.h"

#define SNIFF_BYTES 16384	/* real pages put <meta> after long scripts */

static const struct {
	const char *label, *name;
} aliases[] = {
	{"utf-8", "UTF-8"}, {"utf8", "UTF-8"}, {"unicode-1-1-utf-8", "UTF-8"},
	{"gb2312", "GB18030"}, {"gbk", "GB18030"}, {"x-gbk", "GB18030"},
	{"gb18030", "GB18030"}, {"cp936", "GB18030"}, {"gb_2312-80", "GB18030"},
	{"euc-cn", "GB18030"}, {"hz-gb-2312", "HZ"}, {"chinese", "GB18030"},
	{"big5", "BIG5-HKSCS"}, {"big5-hkscs", "BIG5-HKSCS"}, {"cp950", "BIG5-HKSCS"},
	{"x-x-big5", "BIG5-HKSCS"}, {"euc-tw", "EUC-TW"},
	{"ascii", "UTF-8"}, {"us-ascii", "UTF-8"},
	{"iso-8859-1", "WINDOWS-1252"}, {"latin1", "WINDOWS-1252"},
	{"utf-16", "UTF-16"}, {"utf-16le", "UTF-16LE"}, {"utf-16be", "UTF-16BE"},
};

char *
charset_canonical(const char *label)
{
	iconv_t cd;

	if (label == NULL || *label == '\0')
		return NULL;
	for (size_t i = 0; i < sizeof aliases / sizeof aliases[0]; i++)
		if (strcasecmp(label, aliases[i].label) == 0)
			return xstrdup(aliases[i].name);
	cd = iconv_open("UTF-8", label);
	if (cd == (iconv_t)-1)
		return NULL;
	iconv_close(cd);
	return xstrdup(label);
}

/* Finds needle case-insensitively in [s, end).  The first byte of every
 * needle here is punctuation or a letter; jumping between candidates for
 * it with memchr keeps sniffing linear and fast. */
static const char *
find_ci(const char *s, const char *end, const char *needle)
{
	size_t n = strlen(needle);
	char lo = (char)tolower((unsigned char)needle[0]), up = (char)toupper((unsigned char)needle[0]);

	while (s + n <= end) {
		const char *a = memchr(s, lo, (size_t)(end - s)), *b = lo == up ? NULL :
		    memchr(s, up, (size_t)(end - s));
		const char *p = a == NULL ? b : b == NULL ? a : a < b ? a : b;

		if (p == NULL || p + n > end)
			return NULL;
		if (strncasecmp(p, needle, n) == 0)
			return p;
		s = p + 1;
	}
	return NULL;
}

/* Reads the charset name that follows "charset" or "encoding" in a tag. */
static char *
label_after(const char *p, const char *end)
{
	const char *start;

	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	if (p >= end || *p != '=')
		return NULL;
	p++;
	while (p < end && (*p == ' ' || *p == '"' || *p == '\''))
		p++;
	start = p;
	while (p < end && (isalnum((unsigned char)*p) || strchr("-_.:", *p)))
		p++;
	return p > start && p - start < 40 ? xstrndup(start, (size_t)(p - start)) : NULL;
}

char *
charset_sniff_meta(const char *bytes, size_t len)
{
	const char *end = bytes + (len < SNIFF_BYTES ? len : SNIFF_BYTES);
	const char *p = bytes, *tag_end, *c;
	char *label;

	if ((p = find_ci(bytes, end, "<?xml")) != NULL && p - bytes < 64 &&
	    (tag_end = memchr(p, '>', (size_t)(end - p))) != NULL &&
	    (c = find_ci(p, tag_end, "encoding")) != NULL &&
	    (label = label_after(c + 8, tag_end)) != NULL)
		return label;
	p = bytes;
	while ((p = find_ci(p, end, "<meta")) != NULL) {
		tag_end = memchr(p, '>', (size_t)(end - p));
		if (tag_end == NULL)
			break;
		for (c = p; (c = find_ci(c, tag_end, "charset")) != NULL; c += 7)
			if ((label = label_after(c + 7, tag_end)) != NULL)
				return label;
		p = tag_end;
	}
	return NULL;
}
