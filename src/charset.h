/*
 * charset: page bytes of any encoding to UTF-8.
 *
 * The order of evidence: a byte-order mark, then the charset of the HTTP
 * Content-Type (when fetched), then <meta charset> / <meta http-equiv> /
 * <?xml encoding>, then uchardet's guess, then UTF-8.  GB2312 and GBK are
 * read as GB18030 (their superset).  A declared charset that does not fit
 * the bytes gives way to detection; bytes that are valid UTF-8 are read as
 * UTF-8 whatever a <meta> claims.  Invalid bytes become U+FFFD.
 */
#ifndef KANBAO_CHARSET_H
#define KANBAO_CHARSET_H

#include <stddef.h>

/* Returns a new NUL-terminated UTF-8 string (never NULL) with no NUL bytes
 * inside; *outlen gets its length.  If used is not NULL, *used gets a new
 * string naming the charset that was applied. */
char *charset_to_utf8(const char *bytes, size_t len, const char *http_charset,
    size_t *outlen, char **used);

/* The same text without a copy when the bytes are valid UTF-8 already:
 * then it is bytes itself, *outlen is len and *owned is NULL; otherwise it
 * is a new string that *owned holds too, for the caller to free. */
const char *charset_utf8_view(const char *bytes, size_t len, const char *http_charset,
    size_t *outlen, char **used, char **owned);

/* The charset a <meta> or XML declaration in the first bytes declares, as a
 * new string, or NULL. */
char *charset_sniff_meta(const char *bytes, size_t len);

/* The canonical iconv name for a label (gbk -> GB18030 ...); a new string,
 * or NULL when iconv cannot decode it. */
char *charset_canonical(const char *label);

#endif
