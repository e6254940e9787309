/*
 * search_find: asking the index, and printing what it found; see
 * search.h.
 *
 * Each word is a LIKE '%word%' on the fts5 table's title and on its body:
 * the trigram index (detail=none, without positions, for a smaller index)
 * gives the rows that hold the word's trigrams, and SQLite's LIKE keeps
 * those that hold the word itself.  A word shorter than a trigram (海安),
 * which fts5 finds nowhere, or one that needs an ESCAPE (it holds % or _),
 * which fts5 is not given, is a LIKE on docs instead: a scan.  Every word
 * must match, in either script: a Chinese word is looked for in each of
 * its forms (as typed, t2s and s2t: convert_variants), any of which will
 * do.  The query is converted rather than the index, so the index stays
 * the pages' own text, a search of Latin words never loads OpenCC, and
 * neither does reading or refreshing, which fill the index.  The
 * snippet is cut here, from the body around the first form found in it.
 */
#include "config.h"

#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "convert.h"
#include "search_int.h"
#include "text.h"

#define WORDS_MAX 16		/* a query's words beyond are ignored */
#define FORMS_MAX (WORDS_MAX * 3)	/* a word as typed, t2s and s2t */
#define BEFORE 20		/* characters of context before the match */
#define AFTER 60		/* and after its start */

struct query {
	struct strlist words;	/* every form of every word */
	struct strlist likes;	/* a LIKE pattern per form */
	size_t word_of[FORMS_MAX];	/* likes.v[i] is a form of word word_of[i] */
	size_t nwords;
	unsigned long long scan;	/* bit i: likes.v[i] is for a scan, with ESCAPE '\' */
};

/* The length of the space at s: ASCII's, or the ideographic U+3000. */
static size_t
space_at(const char *s)
{
	if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		return 1;
	return strncmp(s, "\xe3\x80\x80", 3) == 0 ? 3 : 0;
}

/* One form of word q->nwords, and its LIKE pattern. */
static void
add_form(struct query *q, const char *w)
{
	struct buf b = {0};
	size_t n = strlen(w);

	q->word_of[q->likes.n] = q->nwords;
	strlist_push(&q->words, xstrdup(w));
	buf_addc(&b, '%');
	for (size_t i = 0; i < n; i++) {
		if (w[i] == '%' || w[i] == '_' || w[i] == '\\') {
			buf_addc(&b, '\\');
			q->scan |= 1ull << q->likes.n;
		}
		buf_addc(&b, w[i]);
	}
	buf_addc(&b, '%');
	if (utf8_chars(q->words.v[q->words.n - 1]) < 3)	/* it holds no space */
		q->scan |= 1ull << q->likes.n;
	strlist_push(&q->likes, buf_steal(&b));
}

/* A word of the query: its forms in either script, any of which matches. */
static void
add_word(struct query *q, const char *w, size_t n)
{
	struct strlist forms = {0};
	char *word = xstrndup(w, n);

	convert_variants(word, &forms);
	for (size_t i = 0; i < forms.n && i < 3; i++)
		add_form(q, forms.v[i]);
	q->nwords++;
	strlist_free(&forms);
	free(word);
}

static void
parse(const char *text, struct query *q)
{
	memset(q, 0, sizeof *q);
	while (*text && q->nwords < WORDS_MAX) {
		size_t n = 0, sp;

		while ((sp = space_at(text)) > 0)
			text += sp;
		while (text[n] && space_at(text + n) == 0)
			n++;
		if (n > 0)
			add_word(q, text, n);
		text += n;
	}
}

static void
query_free(struct query *q)
{
	strlist_free(&q->words);
	strlist_free(&q->likes);
}

/* The statement for q, newest first (published, else fetched), at most max. */
static int
prepare(sqlite3 *db, const struct query *q, size_t max, sqlite3_stmt **st)
{
	struct buf sql = {0};
	int rc;

	buf_adds(&sql, "SELECT key, url, title, body, published, fetched, saved FROM docs"
	    " WHERE title IS NOT NULL");
	for (size_t i = 0; i < q->likes.n; i++) {
		/* AND ((form) OR (form) ...) for each word */
		buf_adds(&sql, i == 0 || q->word_of[i] != q->word_of[i - 1] ? " AND ((" : " OR (");
		if (q->scan & (1ull << i))
			buf_addf(&sql, "title LIKE ?%zu ESCAPE '\\' OR body LIKE ?%zu ESCAPE '\\'",
			    i + 1, i + 1);
		else
			buf_addf(&sql, "id IN (SELECT rowid FROM docs_fts WHERE title LIKE ?%zu"
			    " UNION SELECT rowid FROM docs_fts WHERE body LIKE ?%zu)", i + 1, i + 1);
		buf_adds(&sql, i + 1 == q->likes.n || q->word_of[i + 1] != q->word_of[i] ? "))" : ")");
	}
	buf_adds(&sql, " ORDER BY coalesce(substr(published, 1, 19),"
	    " strftime('%Y-%m-%dT%H:%M:%S', fetched, 'unixepoch')) DESC, id DESC");
	if (max > 0)
		buf_addf(&sql, " LIMIT %zu", max);
	rc = db_prepare(db, sql.s, st);
	buf_free(&sql);
	if (rc != SQLITE_OK)
		return rc;
	for (size_t i = 0; i < q->likes.n; i++)
		sqlite3_bind_text(*st, (int)i + 1, q->likes.v[i], -1, SQLITE_STATIC);
	return SQLITE_OK;
}

/* Where a word of q first occurs in text (Latin letters in any case),
 * the word in *word; NULL when none does. */
static const char *
first_word(const char *text, const struct query *q, const char **word)
{
	for (const char *t = text; *t; t++)
		for (size_t i = 0; i < q->words.n; i++)
			if (strncasecmp(t, q->words.v[i], strlen(q->words.v[i])) == 0) {
				*word = q->words.v[i];
				return t;
			}
	return NULL;
}

/* The body around the first word of q in it (its start when none is),
 * on one line, with … where it was cut. */
static char *
snippet(const char *body, const struct query *q)
{
	const char *word = "", *at = first_word(body, q, &word), *start, *end;
	size_t len = strlen(word), k;
	struct buf b = {0};

	if (at == NULL)
		at = body;
	for (start = at, k = 0; start > body && k < BEFORE;)
		k += ((unsigned char)*--start & 0xC0) != 0x80;
	for (end = at, k = utf8_chars(word); *end && k < AFTER; k++)
		for (end++; ((unsigned char)*end & 0xC0) == 0x80; end++)
			;
	/* not half a Latin word at either end, when a space is near */
	if (start > body && isalnum((unsigned char)start[-1]))
		for (k = 0; k < 12 && start + k < at; k++)
			if (start[k] == ' ') {
				start += k + 1;
				break;
			}
	if (*end && isalnum((unsigned char)*end))
		for (k = 1; k < 12 && end - k > at + len; k++)
			if (end[-(ptrdiff_t)k] == ' ') {
				end -= k;
				break;
			}
	if (start > body)
		buf_adds(&b, "…");
	for (const char *c = start; c < end; c++)
		buf_addc(&b, *c == '\n' ? ' ' : *c);
	if (*end)
		buf_adds(&b, "…");
	return buf_steal(&b);
}

static void
read_match(sqlite3_stmt *st, const struct query *q, struct search_match *m)
{
	const char *body = (const char *)sqlite3_column_text(st, 3);

	m->key = db_column_str(st, 0);
	m->url = db_column_str(st, 1);
	m->title = db_column_str(st, 2);
	m->snippet = snippet(body != NULL ? body : "", q);
	m->published = db_column_str(st, 4);
	m->fetched = (time_t)sqlite3_column_int64(st, 5);
	m->saved = (time_t)sqlite3_column_int64(st, 6);
}

/* Runs q; an SQLite result code. */
static int
run(sqlite3 *db, const struct query *q, size_t max, struct search_match **m, size_t *n)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	int rc = prepare(db, q, max, &st);

	while (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (*n == cap)
			*m = xreallocarray(*m, cap = cap ? cap * 2 : 16, sizeof **m);
		read_match(st, q, &(*m)[(*n)++]);
		rc = SQLITE_OK;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

int
search_find(struct search *s, const char *query, size_t max, struct search_match **m,
    size_t *n)
{
	struct query q;
	int rc = SQLITE_OK;

	*m = NULL;
	*n = 0;
	if (search_sync(s) != 0)
		return -1;
	parse(query, &q);
	for (int again = 0; q.words.n > 0 && again < 2; again++) {	/* again: after a remake */
		sqlite3 *db = search_db(s);

		if (db == NULL || (rc = run(db, &q, max, m, n)) == SQLITE_OK)
			break;
		search_matches_free(*m, *n);
		*m = NULL;
		*n = 0;
		search_trouble(s, rc);
		if (!s->damaged || search_sync(s) != 0)
			break;
	}
	query_free(&q);
	return rc == SQLITE_OK && search_db(s) != NULL ? (int)*n : -1;
}

void
search_matches_free(struct search_match *m, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(m[i].key);
		free(m[i].url);
		free(m[i].title);
		free(m[i].published);
		free(m[i].snippet);
	}
	free(m);
}

/* ---- printing ---- */

/* s as a JSON string, or null. */
static void
json_string(const char *s, FILE *f)
{
	if (s == NULL) {
		fputs("null", f);
		return;
	}
	putc('"', f);
	for (const unsigned char *c = (const unsigned char *)s; *c; c++) {
		if (*c == '"' || *c == '\\')
			fprintf(f, "\\%c", *c);
		else if (*c < 0x20 || *c == 0x7f)
			fprintf(f, "\\u%04x", *c);
		else
			putc(*c, f);
	}
	putc('"', f);
}

/* t as UTC ISO 8601 ("2026-02-21T05:55:38Z") into out, or "" for 0. */
static const char *
iso_time(time_t t, char out[32])
{
	struct tm tm;

	out[0] = '\0';
	if (t != 0 && gmtime_r(&t, &tm) != NULL)
		strftime(out, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
	return out;
}

void
search_write(const struct search_match *m, int json, FILE *f)
{
	char fetched[32], saved[32];

	iso_time(m->fetched, fetched);
	iso_time(m->saved, saved);
	if (!json) {	/* the date as the page gives it, else when it was fetched */
		char date[17];

		snprintf(date, sizeof date, "%.16s", m->published ? m->published : fetched);
		if (strlen(date) > 10)
			date[10] = ' ';
		fprintf(f, "%s\n%s  %s\n%s\n\n", m->title, date, m->url, m->snippet);
		return;
	}
	fputs("{\"url\": ", f);
	json_string(m->url, f);
	fputs(", \"title\": ", f);
	json_string(m->title, f);
	fputs(", \"published\": ", f);
	json_string(m->published, f);
	fputs(", \"fetched\": ", f);
	json_string(fetched[0] ? fetched : NULL, f);
	fputs(", \"saved\": ", f);
	json_string(saved[0] ? saved : NULL, f);
	fputs(", \"snippet\": ", f);
	json_string(m->snippet, f);
	fputs("}\n", f);
}

int
search_print(struct search *s, char *const *words, int nwords, int json, FILE *f)
{
	struct buf q = {0};
	struct search_match *m;
	size_t n;
	int rc;

	for (int i = 0; i < nwords; i++) {
		if (i > 0)
			buf_addc(&q, ' ');
		buf_adds(&q, words[i]);
	}
	rc = search_find(s, q.s != NULL ? q.s : "", 0, &m, &n);
	for (size_t i = 0; i < n; i++)
		search_write(&m[i], json, f);
	search_matches_free(m, n);
	buf_free(&q);
	return rc < 0 ? -1 : 0;
}
