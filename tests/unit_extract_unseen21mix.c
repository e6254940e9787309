/* unit_extract_unseen21mix: the kinds of layout the twenty-first mixed
 * blind round (unseen21mix-*) found wanting: a Macau district site in Big5
 * written by a CP950 tool (文／NAME: the ／ that glibc's BIG5-HKSCS
 * lacks). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "charset.h"
#include "extract.h"
#include "extract_test.h"
#include "extract_words.h"
#include "tap.h"
#include "util.h"

/* what charset_to_utf8 makes of bytes declared Big5 */
static void
big5_is(const char *bytes, const char *want, const char *what)
{
	size_t n;
	char *s = charset_to_utf8(bytes, strlen(bytes), "big5", &n, NULL);

	tap_str(s, want, what);
	free(s);
}

/* a stray lead byte (A1) before a byte no pair ends in ('0'), in a page
 * long enough for one stray byte to be a typo: the lead is lost, the '0'
 * and the text after it kept */
static void
lone_lead(void)
{
	struct buf b = {0}, w = {0};
	char *s;
	size_t n;

	for (int i = 0; i < 120; i++) {
		buf_adds(&b, "\xb5\x6f\xa7\x47");
		buf_adds(&w, "發佈");
	}
	buf_adds(&b, "\xa1" "0\xb5\x6f\xa7\x47");
	buf_adds(&w, "\xef\xbf\xbd" "0發佈");
	s = charset_to_utf8(b.s, b.len, "big5", &n, NULL);
	tap_str(s, w.s, "but a lead byte before no trail byte is still lost, the next byte kept");
	free(s);
	free(b.s);
	free(w.s);
}

static void
cp950_pairs(void)
{
	/* 文／梁嘉敏 發佈 in Big5 as CP950 writes it */
	big5_is("\xa4\xe5\xa1\xfe\xb1\xe7\xb9\xc5\xb1\xd3 \xb5\x6f\xa7\x47",
	    "文／梁嘉敏 發佈", "a Big5 ／ (A1FE) HKSCS lacks is read as plain Big5 reads it");
	big5_is("\xa5\x78\xa5\x5f" "A240\xa2\x40", "台北A240＼", "... ＼ (A240) too");
	lone_lead();
}

int
main(void)
{
	cp950_pairs();
	return tap_done();
}
