/*
 * extract_closing: a story whose credits come after its text.  A county
 * station or a paper's site closes the story with a line of roles and
 * names of its own, often in brackets, "（记者 杜吉祥 鲍晨曦）", and sets
 * its 编辑 and 审核 lines under it; nothing above the text names the
 * reporters.  A lower layer for extract_byline.c, beside extract_dom.h.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract_blogdate.h"
#include "extract_closing.h"
#include "extract_papercredit.h"
#include "extract_words.h"
#include "utf8.h"
#include "util.h"

#define CLOSING_LOOK 4	/* lines looked at, up from the text's end */
#define SIGN_CHARS 32	/* of a writer's name signed under the text */

/* Is s the writer's name signed alone in bold under the text ("<p><strong>Le
 * Thu Ha</strong></p>"), as Vietnamese papers sign their stories: two to
 * four words, each opening on a capital, nothing but letters, dots and
 * hyphens, the bold its line's whole?  A bold subhead or a sentence has a
 * lower-case word or a stop. */
static int
signed_name(const struct seg *s)
{
	struct hnode *b = s->node->parent;
	int words = 0;

	if (s->chars > SIGN_CHARS || s->link_chars > 0 || !(*s->text >= 'A' && *s->text <= 'Z') ||
	    b == NULL || !(html_is(b, "strong") || html_is(b, "b")) || b->prev != NULL || b->next != NULL)
		return 0;
	for (const char *p = s->text; *p; p++) {
		if (p == s->text || p[-1] == ' ') {
			if (!((*p >= 'A' && *p <= 'Z') || (*p & 0x80)))
				return 0;
			words++;
		} else if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p & 0x80) ||
		    *p == ' ' || *p == '-' || *p == '.'))
			return 0;
	}
	return words >= 2 && words <= 4;
}

#define PART_LINE_MAX 40	/* characters of "来源：PAPER　记者 NAME" */

/* The names of a closing meta line's later part set apart by a space
 * (an ideographic one on the page), a role and names: "来源：澜溪日报
 * 记者 柯望舒" (a reprint's credit under its text, the paper first).  A
 * line of one label's value alone ("来源：澜溪日报") has no such part. */
static char *
part_credit(const char *t)
{
	const char *p = t;

	if (utf8_longer_than(t, PART_LINE_MAX))
		return NULL;
	while ((p = strchr(p, ' ')) != NULL) {	/* the ideographic space, made a space */
		char *names;

		p++;
		if ((unsigned char)*p >= 0xE4 && (names = credit_line_names(p)) != NULL)
			return names;
	}
	return NULL;
}

#define SUBMIT_LINE_MAX 80	/* of "Submitted by NAME, Township Fiscal Officer" */

/* The name on a line closing a notice that says who sent it in:
 * "Submitted by Dana Whitcomb, Township Fiscal Officer" (a township's or
 * a club's news item, posted by the site's clerk).  The name alone, or
 * a role after a comma; a sentence ("Submitted by Ann Lee, the plan was
 * approved.") ends in a stop and names no sender. */
static char *
submitter_name(const char *t)
{
	const char *r = starts_any(t, submitter_roles);
	char *name;
	size_t n = strlen(t), k;

	if (r == NULL || utf8_longer_than(t, SUBMIT_LINE_MAX) || strchr(".!?", t[n - 1]) != NULL ||
	    (name = byline_name_at(t + strlen(r))) == NULL)
		return NULL;
	k = strlen(r) + strlen(name);
	if (strncmp(t + strlen(r), name, strlen(name)) == 0 && (t[k] == '\0' || t[k] == ','))
		return name;
	free(name);
	return NULL;
}

#define HONORIFIC_CHARS 6	/* of " (Mrs)", " (Dr)" after a signer's name */

/* The signer a government release names under its "Signed:" alone on a
 * line ("Signed:" / "Abena Owusu-Ansah (Mrs)" / "Municipal Coordinating
 * Director"): the name on the next line, a bracketed honorific after it
 * dropped.  The release's writer, though the lines are none of its text;
 * a next line of more than a name ("Signed: see the attached form") names
 * none. */
static char *
release_signer(const struct ctx *c, const struct elinfo *e)
{
	for (size_t i = e->first; i + 1 < e->end; i++) {
		const char *t = c->segs[i + 1].text;
		char *name;
		size_t n;

		if (*c->segs[i].text != 'S' ||	/* every mark opens so: most lines asked no more */
		    !is_one_of(c->segs[i].text, strlen(c->segs[i].text), signature_marks) ||
		    (name = byline_name_at(t)) == NULL)
			continue;
		n = strlen(name);
		if (strncmp(t, name, n) == 0 && (t[n] == '\0' || (str_starts(t + n, " (") &&
		    t[strlen(t) - 1] == ')' && strlen(t + n) <= HONORIFIC_CHARS)))
			return name;
		free(name);
	}
	return NULL;
}

/* name without the full stop closing its footer's sentence ("Posted by
 * Alon Zakai."); an initial's ("Ellen P.") stays. */
static char *
cut_full_stop(char *name)
{
	size_t n = strlen(name);

	if (n >= 3 && name[n - 1] == '.' && name[n - 3] != ' ' && name[n - 2] != '.')
		name[n - 1] = '\0';
	return name;
}

/* The writer a blog's post footer names just under the story, outside its
 * block: "Posted by Walt Emmons at 09:14 AM in Town Hall | Permalink".
 * The name must end where a time or a day follows (dated_after_name), so
 * "Posted by Ann Lee to the parish office" names no one. */
static char *
post_footer_name(const struct ctx *c, const struct elinfo *e)
{
	for (size_t i = e->end, stop = post_footer_end(c, e->end); i < stop; i++) {
		const char *t = c->segs[i].text, *m = starts_any(t, post_footer_marks);
		char *name;

		if (m == NULL || (name = byline_name_at(t + strlen(m))) == NULL)
			continue;
		if (str_starts(t + strlen(m), name) && dated_after_name(t + strlen(m) + strlen(name)))
			return cut_full_stop(name);
		free(name);
	}
	return NULL;
}

static char *
closing_lines(struct ctx *c, const struct elinfo *e)
{
	int looked = 0;

	for (size_t i = e->end; i > e->first && looked < CLOSING_LOOK; looked++) {
		const char *t = c->segs[--i].text;
		char *names = credit_line_names(t);

		if (names == NULL)	/* （北马日报／报道：NAME　摄影：NAME） */
			names = paper_credit_names(t);
		if (names == NULL)	/* "Submitted by NAME, ROLE" */
			names = submitter_name(t);

		if (names == NULL && link_dense(c, i, i + 1, 8))
			continue;	/* a pager's or a share row's links close the block */
		if (names == NULL && signed_name(&c->segs[i]))
			return xstrdup(t);
		if (names == NULL && is_meta_line(t))
			names = part_credit(t);

		/* the credits sit under the text, among the byline's other
		 * lines (编辑：, 审核：); a paragraph of the text ends the look */
		if (names != NULL || !is_meta_line(t))
			return names;
	}
	return NULL;
}

char *
closing_credit(struct ctx *c)
{
	struct elinfo *e;
	char *names;

	if (c->body_node == NULL)
		return NULL;
	e = el_info(c, c->body_node);
	if ((names = release_signer(c, e)) != NULL || (names = closing_lines(c, e)) != NULL)
		return names;
	return post_footer_name(c, e);
}
