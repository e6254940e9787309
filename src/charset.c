/* charset: detection and conversion to UTF-8; see charset.h. */
#include "config.h"

#include <dlfcn.h>
#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <uchardet.h>

#include "charset.h"
#include "text.h"
#include "util.h"

#define DETECT_BYTES 262144	/* what uchardet sees of a page, at most */
#define DETECT_HIGH 32768	/* and of its bytes past ASCII */
#define DETECT_SLICE 4096

/* A Big5 pair that glibc's BIG5-HKSCS lacks but plain Big5 (CP950) has:
 * ／ (A1FE), ＼ (A240), ￣ (A1C3), € (A3E1) and a few dozen more, as tools
 * writing CP950 put them in "記者NAME／PLACE報導".  Its UTF-8 goes to out
 * and 1 is returned; 0 when the pair is no Big5 either.  *plain is the
 * plain Big5 converter, opened at the first such pair. */
static int
big5_pair(iconv_t *plain, const char *in, size_t inleft, struct buf *out)
{
	char pair[2], utf[8], *ip = pair, *op = utf;
	size_t il = 2, ol = sizeof utf;
	unsigned char t;

	if (inleft < 2 || (unsigned char)in[0] < 0x81 || (unsigned char)in[0] == 0xFF)
		return 0;
	t = (unsigned char)in[1];
	if (!((t >= 0x40 && t <= 0x7E) || (t >= 0xA1 && t <= 0xFE)))
		return 0;
	if (*plain == (iconv_t)-1 && (*plain = iconv_open("UTF-8", "BIG5")) == (iconv_t)-1)
		return 0;
	memcpy(pair, in, 2);
	iconv(*plain, NULL, NULL, NULL, NULL);
	if (iconv(*plain, &ip, &il, &op, &ol) == (size_t)-1 || il != 0)
		return 0;
	buf_add(out, utf, (size_t)(op - utf));
	return 1;
}

/* Converts with iconv; invalid input bytes become U+FFFD and are counted
 * (a Big5 pair HKSCS lacks is read as plain Big5 reads it: big5_pair). */
static char *
convert(const char *bytes, size_t len, const char *from, size_t *errors)
{
	iconv_t cd = iconv_open("UTF-8", from), plain = (iconv_t)-1;
	int big5 = strcmp(from, "BIG5-HKSCS") == 0;
	struct buf out = {0};
	char *in = (char *)bytes, chunk[8192], *o;
	size_t inleft = len, oleft, r;

	*errors = 0;
	if (cd == (iconv_t)-1)
		return NULL;
	buf_add(&out, "", 0);
	while (inleft > 0) {
		o = chunk;
		oleft = sizeof chunk;
		r = iconv(cd, &in, &inleft, &o, &oleft);
		buf_add(&out, chunk, (size_t)(o - chunk));
		if (r != (size_t)-1 || errno == E2BIG)
			continue;
		if (big5 && errno == EILSEQ && big5_pair(&plain, in, inleft, &out)) {
			in += 2;
			inleft -= 2;
			iconv(cd, NULL, NULL, NULL, NULL);
			continue;
		}
		/* EILSEQ or EINVAL (truncated at the end): one byte is lost */
		buf_adds(&out, "\xEF\xBF\xBD");
		(*errors)++;
		in++;
		inleft--;
		iconv(cd, NULL, NULL, NULL, NULL);
	}
	o = chunk;
	oleft = sizeof chunk;
	iconv(cd, NULL, NULL, &o, &oleft);
	buf_add(&out, chunk, (size_t)(o - chunk));
	iconv_close(cd);
	if (plain != (iconv_t)-1)
		iconv_close(plain);
	return buf_steal(&out);
}

/* A decoding fits when invalid bytes are rare: a stray byte is a typo, many
 * mean the label is wrong. */
static int
fits(size_t errors, size_t len)
{
	return errors == 0 || (errors <= 8 && errors * 200 <= len);
}

static void
no_memory(void)
{
	fatal("out of memory");
}

/*
 * uchardet is C++: when its operator new finds no memory it throws, and
 * with no C++ frame to catch the exception the program aborts.  A new
 * handler ends it as every other failed allocation ends (tests/oom.sh).
 * kanbao is C, so std::set_new_handler is looked up by its mangled name in
 * the C++ runtime that uchardet brought in; without one nothing changes.
 */
static void
catch_failed_new(void)
{
	static int ready;
	void (*(*set_new_handler)(void (*)(void)))(void);

	if (ready)
		return;
	ready = 1;
	*(void **)&set_new_handler = dlsym(RTLD_DEFAULT, "_ZSt15set_new_handlerPFvvE");
	if (set_new_handler != NULL)
		set_new_handler(no_memory);
}

/* Feeds uchardet the start of the page, DETECT_BYTES at most, stopping
 * after the slice that brings the bytes past ASCII to DETECT_HIGH.
 * Returns uchardet's answer: 0 on success. */
static int
feed_sample(uchardet_t ud, const char *bytes, size_t len)
{
	size_t fed = 0, high = 0;

	if (len > DETECT_BYTES)
		len = DETECT_BYTES;
	while (fed < len && high < DETECT_HIGH) {
		size_t n = len - fed < DETECT_SLICE ? len - fed : DETECT_SLICE;

		for (size_t i = 0; i < n; i++)
			high += (unsigned char)bytes[fed + i] >> 7;
		if (uchardet_handle_data(ud, bytes + fed, n) != 0)
			return -1;
		fed += n;
	}
	return 0;
}

static char *
detect(const char *bytes, size_t len)
{
	uchardet_t ud;
	const char *name;
	char *label = NULL;

	catch_failed_new();
	if ((ud = uchardet_new()) == NULL)
		return NULL;
	/* a guess needs a sample, not the whole of a 16 MiB page; and the
	 * ASCII of markup tells little, while each byte past it costs
	 * uchardet dearly: 16,384 characters of a double-byte charset are
	 * several long stories, and 2 MiB of random bytes, half past ASCII,
	 * spent 40% of their extraction here */
	if (feed_sample(ud, bytes, len) == 0) {
		uchardet_data_end(ud);
		name = uchardet_get_charset(ud);
		if (name != NULL && *name != '\0')
			label = charset_canonical(name);
	}
	uchardet_delete(ud);
	return label;
}

/* The label that read the bytes with the fewest invalid ones, of those
 * that did not fit: when none fits, it beats reading them as UTF-8 only if
 * it has fewer invalid bytes than that. */
struct least_bad {
	char *label;
	size_t errors;
	int take;	/* read with it however many bytes are invalid */
};

static int
unfit(struct least_bad *least, const char *label, size_t errors, size_t len)
{
	if (fits(errors, len) || (least != NULL && least->take))
		return 0;
	if (least != NULL && (least->label == NULL || errors < least->errors)) {
		free(least->label);
		least->label = xstrdup(label);
		least->errors = errors;
	}
	return 1;
}

/* Tries one label: UTF-8 is checked directly, the rest go through iconv.
 * Returns the text, or NULL when the label does not fit the bytes (then
 * noted in *least, when given): bytes itself when they are valid UTF-8
 * already, else a new string that *owned holds too (NULL otherwise). */
static const char *
try_label(const char *bytes, size_t len, const char *label, size_t *outlen, char **owned,
    struct least_bad *least)
{
	size_t invalid, multibyte, errors, rawlen;
	char *raw, *text;

	*owned = NULL;
	if (strcmp(label, "UTF-8") == 0) {
		if (utf8_valid_run(bytes, len) == len) {
			*outlen = len;
			return bytes;
		}
		/* counted before it is mended: a label that does not fit is
		 * often tried first, and random bytes are half invalid; a
		 * label taken whatever it finds needs no count */
		if (least == NULL || !least->take) {
			utf8_stats(bytes, len, &invalid, &multibyte);
			if (unfit(least, label, invalid, len))
				return NULL;
		}
		return *owned = utf8_repair(bytes, len, outlen);
	}
	raw = convert(bytes, len, label, &errors);
	if (raw == NULL || unfit(least, label, errors, len)) {
		free(raw);
		return NULL;
	}
	/* iconv writes valid UTF-8; what it decoded ends at a NUL */
	rawlen = strlen(raw);
	if (utf8_valid_run(raw, rawlen) == rawlen) {
		*outlen = rawlen;
		return *owned = raw;
	}
	text = utf8_repair(raw, rawlen, outlen);
	free(raw);
	return *owned = text;
}

static const char *
bom_charset(const char *b, size_t len, size_t *skip)
{
	if (len >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0)
		return *skip = 3, "UTF-8";
	if (len >= 2 && memcmp(b, "\xFF\xFE", 2) == 0)
		return *skip = 2, "UTF-16LE";
	if (len >= 2 && memcmp(b, "\xFE\xFF", 2) == 0)
		return *skip = 2, "UTF-16BE";
	return NULL;
}

/* Valid UTF-8 holding several multi-byte characters is UTF-8, whatever a
 * page declares: GBK text almost never forms valid UTF-8 by chance. */
static int
clearly_utf8(const char *bytes, size_t len)
{
	size_t i = 0, leads = 0;

	/* valid throughout (a NUL of a UTF-16 page is valid too) ... */
	while ((i += utf8_valid_run(bytes + i, len - i)) < len) {
		if (bytes[i] != '\0')
			return 0;
		i++;
	}
	/* ... and in valid UTF-8 each multi-byte character has one lead byte */
	for (i = 0; i < len && leads < 3; i++)
		leads += (unsigned char)bytes[i] >= 0xC0;
	return leads >= 3;
}

/* The text as try_label gives it: in bytes, or a new string in *owned. */
static const char *
decode(const char *bytes, size_t len, const char *http_charset,
    size_t *outlen, char **used, char **owned)
{
	char *declared, *label = NULL;
	const char *text = NULL;
	const char *bom;
	size_t skip = 0;
	struct least_bad least = {0};

	*owned = NULL;
	if ((bom = bom_charset(bytes, len, &skip)) != NULL &&
	    (text = try_label(bytes + skip, len - skip, bom, outlen, owned, NULL)) != NULL)
		label = xstrdup(bom);
	declared = charset_canonical(http_charset);
	if (declared == NULL) {
		char *meta = charset_sniff_meta(bytes, len);

		declared = charset_canonical(meta);
		free(meta);
	}
	if (text == NULL && declared != NULL && strcmp(declared, "UTF-8") != 0 &&
	    clearly_utf8(bytes, len)) {
		free(declared);
		declared = xstrdup("UTF-8");
	}
	if (text == NULL && declared != NULL &&
	    (text = try_label(bytes, len, declared, outlen, owned, &least)) != NULL) {
		label = declared;
		declared = NULL;
	}
	free(declared);
	if (text == NULL && (label = detect(bytes, len)) != NULL &&
	    (text = try_label(bytes, len, label, outlen, owned, &least)) == NULL) {
		free(label);
		label = NULL;
	}
	/* no label fits: the one with the fewest invalid bytes, UTF-8 among
	 * them (a GB2312 page with a dozen characters cut in half is GB18030
	 * with a dozen U+FFFD, not UTF-8 with every character one) */
	if (text == NULL) {
		/* when no other label was tried UTF-8 is taken as it is,
		 * uncounted: random bytes come here, half of them invalid */
		least.take = least.label == NULL;
		if ((text = try_label(bytes, len, "UTF-8", outlen, owned, &least)) != NULL)
			label = xstrdup("UTF-8");
	}
	if (text == NULL) {
		least.take = 1;
		text = try_label(bytes, len, least.label, outlen, owned, &least);
		label = least.label;
		least.label = NULL;
	}
	free(least.label);
	if (used != NULL)
		*used = label;
	else
		free(label);
	return text;
}

/* Is the page in UTF-16 or UTF-32, by its byte-order mark or its HTTP
 * charset?  There NUL bytes are half of every ASCII character. */
static int
wide_charset(const char *bytes, size_t len, const char *http_charset)
{
	size_t skip = 0;
	const char *bom = bom_charset(bytes, len, &skip);
	char *declared;
	int wide;

	if (bom != NULL)
		return strcmp(bom, "UTF-8") != 0;
	declared = charset_canonical(http_charset);
	wide = declared != NULL &&
	    (str_istarts(declared, "UTF-16") || str_istarts(declared, "UTF-32"));
	free(declared);
	return wide;
}

/* NUL bytes anywhere else are a server's mistake in a page: they go before
 * decoding, since iconv's text would end at the first one and the rest of
 * the page with it. */
const char *
charset_utf8_view(const char *bytes, size_t len, const char *http_charset,
    size_t *outlen, char **used, char **owned)
{
	char *clean;
	const char *text;
	size_t n = 0;

	if (memchr(bytes, '\0', len) == NULL || wide_charset(bytes, len, http_charset))
		return decode(bytes, len, http_charset, outlen, used, owned);
	clean = xmalloc(len + 1);
	for (const char *p = bytes, *end = bytes + len, *nul; p < end; p = nul + 1) {
		/* the bytes up to the next NUL, as one run */
		if ((nul = memchr(p, '\0', (size_t)(end - p))) == NULL)
			nul = end;
		memcpy(clean + n, p, (size_t)(nul - p));
		n += (size_t)(nul - p);
	}
	clean[n] = '\0';
	text = decode(clean, n, http_charset, outlen, used, owned);
	if (*owned == NULL)	/* the text is in clean */
		*owned = clean;
	else
		free(clean);
	return text;
}

char *
charset_to_utf8(const char *bytes, size_t len, const char *http_charset,
    size_t *outlen, char **used)
{
	char *owned;
	const char *text = charset_utf8_view(bytes, len, http_charset, outlen, used, &owned);

	return owned != NULL ? owned : xstrndup(text, *outlen);
}
