/* fetch_util: fetching without the network; see fetch_int.h. */
#include "config.h"

#include <ctype.h>
#include <sys/stat.h>

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "fetch.h"
#include "fetch_int.h"
#include "i18n.h"
#include "text.h"
#include "util.h"

#define HEADER_VALUE_MAX 1024
#define SNIFF_BYTES 1024

int
fetch_is_url(const char *arg)
{
	const char *p = arg;

	if (!isalpha((unsigned char)*p))
		return 0;
	while (isalnum((unsigned char)*p) || *p == '+' || *p == '-' || *p == '.')
		p++;
	return str_starts(p, "://");
}

int
fetch_is_http(const char *arg)
{
	return str_istarts(arg, "http://") || str_istarts(arg, "https://");
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = (char)tolower((unsigned char)c);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* The path of a file:// URL, percent-decoded; NULL if it names a host. */
static char *
file_url_path(const char *url)
{
	const char *p = url + strlen("file://");
	struct buf b = {0};

	if (str_istarts(p, "localhost/"))
		p += strlen("localhost");
	if (*p != '/')
		return NULL;
	buf_add(&b, "", 0);
	for (; *p && *p != '?' && *p != '#'; p++) {
		if (*p == '%' && hexval(p[1]) >= 0 && hexval(p[2]) >= 0) {
			char ch = (char)(hexval(p[1]) * 16 + hexval(p[2]));

			if (ch == '\0')
				break;
			buf_addc(&b, ch);
			p += 2;
		} else {
			buf_addc(&b, *p);
		}
	}
	return buf_steal(&b);
}

char *
fetch_path_to_url(const char *path)
{
	char real[PATH_MAX];
	struct buf b = {0};
	const char *p = realpath(path, real) ? real : path;

	buf_adds(&b, "file://");
	if (*p != '/') {
		char cwd[PATH_MAX];

		if (getcwd(cwd, sizeof cwd) != NULL) {
			buf_adds(&b, cwd);
			buf_addc(&b, '/');
		}
	}
	for (; *p; p++) {
		unsigned char ch = (unsigned char)*p;

		if (isalnum(ch) || strchr("/-._~", ch) || ch >= 0x80)
			buf_addc(&b, (char)ch);
		else
			buf_addf(&b, "%%%02X", ch);
	}
	return buf_steal(&b);
}

/* Messages quote names from outside: cleaned, so they cannot carry escape
 * sequences to the terminal, and shortened. */
char *
fetch_quoted(const char *name)
{
	char *c = text_clean(name, strlen(name));

	if (strlen(c) > 200)
		strcpy(c + 197, "...");
	return c;
}

static char *
input_error(const char *arg, const char *why)
{
	char *q = fetch_quoted(arg), *m = xasprintf("%s: %s", q, why);

	free(q);
	return m;
}

static int
read_local(const char *arg, const char *path, size_t max, int any_type,
    struct fetched *r, char **err)
{
	size_t len;
	char *why, *body = read_file(path, max, &len);
	struct stat st;

	if (body == NULL) {
		why = errno == EFBIG ? xasprintf(_("larger than %zu bytes"), max) :
		    xstrdup(strerror(errno));
		*err = input_error(arg, why);
		free(why);
		return -1;
	}
	if (!any_type && (why = fetch_sniff_binary(body, len, 0)) != NULL) {
		*err = input_error(arg, why);
		free(why);
		free(body);
		return -1;
	}
	r->url = xstrdup(arg);
	r->final_url = fetch_is_url(arg) ? xstrdup(arg) : fetch_path_to_url(path);
	r->body = bytes_own(body, len);
	/* a saved page was fetched when it was saved: its 3小时前 reads the
	 * same on any day it is opened */
	r->fetched = stat(path, &st) == 0 ? st.st_mtime : time(NULL);
	r->from = FETCHED_FILE;
	return 0;
}

int
fetch_local(const char *arg, size_t max, int any_type, struct fetched *r, char **err)
{
	char *path;
	int rc;

	memset(r, 0, sizeof *r);
	*err = NULL;
	if (!fetch_is_url(arg))
		return read_local(arg, arg, max, any_type, r, err);
	if (!str_istarts(arg, "file://")) {
		*err = input_error(arg, _("only http, https and file URLs can be read"));
		return -1;
	}
	if ((path = file_url_path(arg)) == NULL) {
		*err = input_error(arg, _("only local file URLs can be read"));
		return -1;
	}
	rc = read_local(arg, path, max, any_type, r, err);
	free(path);
	return rc;
}

char *
fetch_header_value(const char *p, size_t n)
{
	while (n > 0 && (*p == ' ' || *p == '\t'))
		p++, n--;
	while (n > 0 && strchr(" \t\r\n", p[n - 1]) != NULL)
		n--;
	if (n == 0 || n > HEADER_VALUE_MAX)
		return NULL;
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)p[i] < 0x20 || p[i] == 0x7f)
			return NULL;
	return xstrndup(p, n);
}

/* The media type of a Content-Type, lower case, without parameters. */
static char *
media_type(const char *content_type)
{
	size_t n = strcspn(content_type, ";");
	char *t = fetch_header_value(content_type, n);

	for (char *p = t; p != NULL && *p; p++)
		*p = (char)tolower((unsigned char)*p);
	return t;
}

int
fetch_type_is_page(const char *content_type)
{
	static const char *const prefixes[] = {
		"image/", "audio/", "video/", "font/", "model/",
	};
	static const char *const types[] = {
		"application/pdf", "application/octet-stream", "application/zip",
		"application/gzip", "application/x-gzip", "application/x-tar",
		"application/x-7z-compressed", "application/x-rar-compressed",
		"application/vnd.rar", "application/msword",
	};
	char *t = media_type(content_type);
	int page = 1;

	if (t == NULL)
		return 1;
	for (size_t i = 0; page && i < sizeof prefixes / sizeof *prefixes; i++)
		page = !str_starts(t, prefixes[i]);
	for (size_t i = 0; page && i < sizeof types / sizeof *types; i++)
		page = strcmp(t, types[i]) != 0;
	free(t);
	return page;
}

char *
fetch_type_charset(const char *content_type)
{
	const char *p = strchr(content_type, ';');
	size_t n;

	while (p != NULL) {
		p += strspn(p, "; \t");
		if (strncasecmp(p, "charset", 7) == 0) {
			p += 7 + strspn(p + 7, " \t");
			if (*p != '=')
				return NULL;
			p += 1 + strspn(p + 1, " \t\"'");
			n = strspn(p, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
			    "0123456789-_.:");
			return n > 0 && n < 64 ? xstrndup(p, n) : NULL;
		}
		p = strchr(p, ';');
	}
	return NULL;
}

char *
fetch_not_a_page(const char *content_type)
{
	char *t = content_type ? media_type(content_type) : NULL, *m;

	if (t == NULL)
		return xstrdup(_("not a web page (binary content)"));
	m = fetch_quoted(t);
	free(t);
	t = xasprintf(_("not a web page (%s)"), m);
	free(m);
	return t;
}

int
fetch_type_is_text(const char *content_type)
{
	char *t = media_type(content_type);
	int text = t != NULL && (str_starts(t, "text/") || strstr(t, "html") != NULL ||
	    strstr(t, "xml") != NULL);

	free(t);
	return text;
}

/* The type that the first bytes of a file of a few well-known kinds name,
 * or NULL: signatures no page begins with. */
static const char *
magic_type(const unsigned char *b, size_t len)
{
	static const struct {
		const char *magic;
		size_t len;
		const char *type;
	} sig[] = {
		{"\x89PNG\r\n\x1a\n", 8, "image/png"},
		{"GIF87a", 6, "image/gif"},
		{"GIF89a", 6, "image/gif"},
		{"\xff\xd8\xff", 3, "image/jpeg"},
		{"%PDF-", 5, "application/pdf"},
		{"PK\x03\x04", 4, "application/zip"},
		{"\x1f\x8b", 2, "application/gzip"},
		{"7z\xbc\xaf\x27\x1c", 6, "application/x-7z-compressed"},
		{"Rar!\x1a\x07", 6, "application/vnd.rar"},
		{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8, "application/msword"},
		{"\x7f" "ELF", 4, "application/x-executable"},
	};

	for (size_t i = 0; i < sizeof sig / sizeof *sig; i++)
		if (len >= sig[i].len && memcmp(b, sig[i].magic, sig[i].len) == 0)
			return sig[i].type;
	if (len >= 12 && memcmp(b, "RIFF", 4) == 0 && memcmp(b + 8, "WEBP", 4) == 0)
		return "image/webp";
	return NULL;
}

/* Does the text open with markup ('<' after blanks and a UTF-8 BOM)? */
static int
opens_with_markup(const char *body, size_t len)
{
	size_t i = len >= 3 && memcmp(body, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;

	while (i < len && (body[i] == '\0' || strchr(" \t\r\n\f", body[i]) != NULL))
		i++;
	return i < len && body[i] == '<';
}

char *
fetch_sniff_binary(const char *body, size_t len, int declared_text)
{
	const char *type = magic_type((const unsigned char *)body, len);

	if (type != NULL)
		return fetch_not_a_page(type);
	if (declared_text || len == 0)
		return NULL;
	if (len >= 2 && ((body[0] == '\xff' && body[1] == '\xfe') ||
	    (body[0] == '\xfe' && body[1] == '\xff')))
		return NULL;
	if (memchr(body, '\0', len < SNIFF_BYTES ? len : SNIFF_BYTES) == NULL ||
	    opens_with_markup(body, len))
		return NULL;
	return fetch_not_a_page(NULL);
}

char *
fetch_age(long seconds)
{
	if (seconds < 0)
		seconds = 0;
	if (seconds < 60)
		return xasprintf(_("%ld s"), seconds);
	if (seconds < 3600)
		return xasprintf(_("%ld min"), seconds / 60);
	if (seconds < 2 * 86400)
		return xasprintf(_("%ld h"), seconds / 3600);
	return xasprintf(_("%ld d"), seconds / 86400);
}

void
fetch_done_free(struct fetch_done *d)
{
	fetched_free(&d->result);
	free(d->err);
	d->err = NULL;
}
