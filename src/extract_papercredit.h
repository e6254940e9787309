/* extract_papercredit: credits that name the outlet beside the writer;
 * see extract_papercredit.c. */
#ifndef KANBAO_EXTRACT_PAPERCREDIT_H
#define KANBAO_EXTRACT_PAPERCREDIT_H

/* Is s a bracketed closing credit opening on the paper's name and a
 * slash, then labelled roles: （北马日报／报道：NAME　摄影：NAME）, or a
 * reporter's credit (is_reporter_credit, extract_outletnote.h)? */
int is_paper_credit(const char *s);

/* The reporter such a credit names (the 报道 label's, never the
 * photographer's); new, or NULL. */
char *paper_credit_names(const char *s);

/* Is text the name alone, or the name, a comma, then a news service's or
 * a desk's credit ("NAME, Express News Service", "NAME, Special
 * Correspondent"), or the name, a bar and the place alone an Indian
 * paper files it from ("NAME | Ghatwar")? */
int name_line(const char *text, const char *name);

/* The writer a byline line's "文：NAME　图：MAKER" pair names, the 文 label
 * opening a field, or a line's "文：ROLE NAME　DATE"; new, or NULL. */
char *writer_pair_name(const char *s);

#endif
