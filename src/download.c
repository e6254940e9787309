/*
 * download: a file's safe name and the directory it goes to; see
 * download.h.  Pure: no I/O (download_save.c writes).
 *
 * A name comes from outside (a server's header, a page's link), so it is
 * treated as hostile: decoded, cut to its last path component, cleaned
 * by text_clean (the one gate for text on its way to a terminal), and
 * stripped of leading dots, which would hide it or make it "..".
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "charset.h"
#include "download.h"
#include "text.h"
#include "util.h"

#define EXT_MAX 16	/* bytes of an extension kept when a name is cut */

/* ---- decoding ---- */

static int
hex(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* The n bytes at s with %XX decoded, into out (reset first); a NUL,
 * which would end the name early, is left out. */
static void
percent_decode(const char *s, size_t n, struct buf *out)
{
	int c;

	out->len = 0;
	buf_adds(out, "");
	for (size_t i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if (c == '%' && i + 2 < n && hex(s[i + 1]) >= 0 && hex(s[i + 2]) >= 0) {
			c = hex(s[i + 1]) * 16 + hex(s[i + 2]);
			i += 2;
		}
		if (c != '\0')
			buf_addc(out, (char)c);
	}
}

/* b's bytes as UTF-8: as they are when valid, else read as charset
 * (NULL: GB18030, the Chinese web's). */
static void
to_utf8(struct buf *b, const char *charset)
{
	size_t n;
	char *u;

	if (charset == NULL && utf8_valid_run(b->s, b->len) == b->len)
		return;
	u = charset_to_utf8(b->s, b->len, charset != NULL ? charset : "GB18030", &n, NULL);
	buf_free(b);
	b->s = u;
	b->len = b->cap = n;
}

/* ---- Content-Disposition ---- */

static const char *
skip_space(const char *p)
{
	while (*p == ' ' || *p == '\t')
		p++;
	return p;
}

/* A parameter's value at p (a quoted-string or a token) into out; returns
 * where it ends. */
static const char *
param_value(const char *p, struct buf *out)
{
	out->len = 0;
	buf_adds(out, "");
	if (*p != '"') {
		while (*p != '\0' && *p != ';')
			buf_addc(out, *p++);
		while (out->len > 0 && (out->s[out->len - 1] == ' ' || out->s[out->len - 1] == '\t'))
			out->s[--out->len] = '\0';
		return p;
	}
	for (p++; *p != '\0' && *p != '"'; p++) {
		if (*p == '\\' && p[1] != '\0')
			p++;
		buf_addc(out, *p);
	}
	return *p == '"' ? p + 1 : p;
}

/* An RFC 5987 value (charset'language'pct-encoded) into out, as UTF-8;
 * 0 when it is not one. */
static int
ext_value(const char *v, struct buf *out)
{
	const char *q1 = strchr(v, '\''), *q2 = q1 != NULL ? strchr(q1 + 1, '\'') : NULL;
	char *charset;

	if (q2 == NULL || q1 == v)
		return 0;
	charset = xstrndup(v, (size_t)(q1 - v));
	percent_decode(q2 + 1, strlen(q2 + 1), out);
	to_utf8(out, strcasecmp(charset, "utf-8") == 0 ? NULL : charset);
	free(charset);
	return 1;
}

/* The file name a Content-Disposition gives, into out; 0 when none. */
static int
disposition_name(const char *d, struct buf *out)
{
	struct buf plain = {0}, value = {0};
	int have_ext = 0;
	const char *p = d;

	while (!have_ext && (p = strchr(p, ';')) != NULL) {
		const char *name = skip_space(p + 1), *eq = strchr(name, '=');
		size_t n;

		if (eq == NULL)
			break;
		n = (size_t)(eq - name);
		while (n > 0 && (name[n - 1] == ' ' || name[n - 1] == '\t'))
			n--;
		p = param_value(skip_space(eq + 1), &value);
		if (n == 9 && strncasecmp(name, "filename*", 9) == 0)
			have_ext = ext_value(value.s, out);
		else if (n == 8 && strncasecmp(name, "filename", 8) == 0 && plain.s == NULL) {
			plain = value;	/* taken: value starts anew */
			memset(&value, 0, sizeof value);
		}
	}
	if (!have_ext && plain.s != NULL) {
		/* servers often send filename="%E9%99%84..." for UTF-8 */
		percent_decode(plain.s, plain.len, out);
		to_utf8(out, NULL);
	}
	buf_free(&plain);
	buf_free(&value);
	return out->s != NULL && out->len > 0;
}

/* ---- the URL ---- */

/* The last segment of url's path, percent-decoded, into out. */
static void
url_name(const char *url, struct buf *out)
{
	const char *p = strstr(url, "://"), *end, *seg;

	p = p != NULL ? strchr(p + 3, '/') : url;
	if (p == NULL)
		p = url + strlen(url);
	end = p + strcspn(p, "?#");
	for (seg = end; seg > p && seg[-1] != '/'; seg--)
		;
	percent_decode(seg, (size_t)(end - seg), out);
	to_utf8(out, NULL);
}

/* ---- making it safe ---- */

/* The length of s's longest head of at most max bytes that ends on a
 * character's boundary. */
static size_t
utf8_cut(const char *s, size_t max)
{
	while (max > 0 && ((unsigned char)s[max] & 0xC0) == 0x80)
		max--;
	return max;
}

/* name cut to DOWNLOAD_NAME_MAX bytes, its extension kept (a new string). */
static char *
bounded(const char *name)
{
	size_t len = strlen(name), ext = 0, stem;
	const char *dot = strrchr(name, '.');

	if (len <= DOWNLOAD_NAME_MAX)
		return xstrdup(name);
	if (dot != NULL && dot != name && strlen(dot) <= EXT_MAX)
		ext = strlen(dot);
	stem = utf8_cut(name, DOWNLOAD_NAME_MAX - ext);
	return xasprintf("%.*s%s", (int)stem, name, ext > 0 ? dot : "");
}

/* The raw name (UTF-8) made safe, as download.h says. */
static char *
safe_name(const char *raw)
{
	const char *base = raw, *p;
	char *clean, *name;

	for (p = raw; *p != '\0'; p++)
		if (*p == '/' || *p == '\\')
			base = p + 1;
	clean = text_clean(base, strlen(base));
	for (p = clean; *p == '.' || *p == ' '; p++)
		;
	name = *p != '\0' ? bounded(p) : xstrdup(DOWNLOAD_FALLBACK);
	free(clean);
	return name;
}

char *
download_name(const char *disposition, const char *url)
{
	struct buf raw = {0};
	char *name;

	if (disposition == NULL || !disposition_name(disposition, &raw))
		url_name(url != NULL ? url : "", &raw);
	name = safe_name(raw.s != NULL ? raw.s : "");
	buf_free(&raw);
	return name;
}

char *
download_variant(const char *name, unsigned n)
{
	const char *dot = strrchr(name, '.');

	if (n == 0)
		return xstrdup(name);
	if (dot == NULL || dot == name)
		return xasprintf("%s (%u)", name, n);
	return xasprintf("%.*s (%u)%s", (int)(dot - name), name, n, dot);
}

/* ---- the directory ---- */

/* The line after the one at line, or NULL. */
static const char *
next_line(const char *line)
{
	const char *nl = strchr(line, '\n');

	return nl != NULL ? nl + 1 : NULL;
}

/* The XDG_DOWNLOAD_DIR of user-dirs.dirs text, as a path, or NULL. */
static char *
user_dirs_download(const char *text, const char *home)
{
	const char *key = "XDG_DOWNLOAD_DIR=\"", *line = text, *v, *end;

	for (; line != NULL; line = next_line(line)) {
		if (!str_starts(skip_space(line), key))
			continue;
		v = skip_space(line) + strlen(key);
		if ((end = strchr(v, '"')) == NULL || memchr(v, '\n', (size_t)(end - v)) != NULL)
			return NULL;
		if (str_starts(v, "$HOME") && (v[5] == '/' || v + 5 == end))
			return home != NULL && *home == '/' ?
			    xasprintf("%s%.*s", home, (int)(end - v - 5), v + 5) : NULL;
		return *v == '/' ? xstrndup(v, (size_t)(end - v)) : NULL;
	}
	return NULL;
}

char *
download_dir(const char *xdg_download, const char *user_dirs, const char *home)
{
	char *dir;

	if (xdg_download != NULL && *xdg_download == '/')
		return xstrdup(xdg_download);
	if (user_dirs != NULL && (dir = user_dirs_download(user_dirs, home)) != NULL)
		return dir;
	if (home == NULL || *home != '/')
		return NULL;
	return xasprintf("%s/Downloads", home);
}
