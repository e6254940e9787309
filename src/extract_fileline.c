/*
 * extract_fileline: a press office's statement on a municipal CMS (a
 * Joomla template's article, a council's news page) often opens its text
 * with a box to download the signed statement as a file, "Download the
 * signed media statement (PDF, 186 KB)", and with its kicker dated, "For
 * immediate release | 12/11/2026".  Neither is a line of the statement:
 * the first is a link to the same words as a file, the second the
 * notice line the body already leaves out, with the date the byline
 * gives.  Pure string tests; no I/O.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "extract_fileline.h"
#include "extract_words.h"
#include "text.h"
#include "utf8.h"

#define DOWNLOAD_LINE_MAX 100	/* characters of a download link's line */

/* the words such a line opens on */
static const char *const download_opens[] = {"Download ", "Download:", "DOWNLOAD ", "Click here to download",
	"Click to download", NULL};
/* a file's kind in brackets, opening its mark of kind and size */
static const char *const file_kinds[] = {"(PDF", "[PDF", "(pdf", "(DOC", "(DOCX", "(Word", "(XLS", NULL};
/* ... and the units of its size */
static const char *const size_units[] = {"KB", "kB", "MB", "Kb", "Mb", "KiB", "MiB", NULL};

int
is_file_download_line(const char *s)
{
	const char *k;

	if (utf8_longer_than(s, DOWNLOAD_LINE_MAX) || starts_any(s, download_opens) == NULL)
		return 0;
	if ((k = find_any(s, file_kinds)) == NULL)
		return 0;
	return find_any(k, size_units) != NULL;
}

/* the marks that may part a notice line from its date */
static const char *const parts[] = {"|", "–", "—", "-", ":", "·", ",", NULL};

int
is_dated_notice(const char *s)
{
	const char *p, *end;
	char *d;

	for (const char *const *l = notice_lines; *l; l++) {
		size_t k = strlen(*l);

		if (strncmp(s, *l, k) != 0 || s[k] != ' ')
			continue;
		p = s + k + strspn(s + k, " ");
		if ((k = (size_t)(starts_any(p, parts) ? strlen(starts_any(p, parts)) : 0)) == 0)
			continue;
		p += k + strspn(p + k, " ");
		if ((d = date_here(p, 1, 0, &end)) == NULL)
			continue;
		free(d);
		if (end[strspn(end, " .")] == '\0')
			return 1;
	}
	return 0;
}
