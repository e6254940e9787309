/*
 * extract_officecredit: the office's or outlet's name that opens a
 * bracketed credit before its first role is no name of a writer
 * (（榆溪县融媒体中心 记者 NAME）); the role after it is where the credit
 * opens.  An office with no role after it (（县融媒体中心 NAME）) is left
 * as it is.  Text only, asked by extract_credit.c's bracketed_line_names.
 */
#include "config.h"

#include <string.h>

#include "extract_find.h"
#include "extract_officecredit.h"
#include "extract_words.h"

int
ends_in_role(const char *s, size_t n)
{
	for (const char *const *r = credit_roles; *r; r++) {
		size_t rn = strlen(*r);

		if (rn <= n && memcmp(s + n - rn, *r, rn) == 0)
			return 1;
	}
	return 0;
}

const char *
office_before_role(const char *s)
{
	size_t n = strcspn(s, " "), m;
	const char *r;

	if (s[n] != ' ' || ideographs(s, n) <= 0 || !office_len(s, n))
		return s;
	r = s + n + strspn(s + n, " ");
	m = strcspn(r, " ");
	return r[m] == ' ' && ideographs(r, m) > 0 && ends_in_role(r, m) ? r : s;
}
