/* extract_outletnote: the outlet's own lines set among a story's, no
 * news: a credit note, a grant's note, a reporter's bracketed credit;
 * see extract_outletnote.c. */
#ifndef KANBAO_EXTRACT_OUTLETNOTE_H
#define KANBAO_EXTRACT_OUTLETNOTE_H

/* Is s one of the outlet's notes: "(With reports from NAME)", "This story
 * was produced with support from FUND ...", or （本报记者 NAME …）?
 * Asked of every line by is_noise_line: each test looks at one byte
 * first. */
int is_outlet_note(const char *s);

/* Is s a reporter's credit, the whole line in brackets: the paper's own
 * reporter （本报记者NAME报道；…）, a reporter and the name set apart
 * （记者 NAME …）, or an outlet, the role, the name set apart and the place
 * before 报道 （南非华讯 记者 NAME 约翰内斯堡报道）?  A bracketed sentence
 * (（记者昨日在约翰内斯堡报道）) sets no name apart and stays. */
int is_reporter_credit(const char *s);

#endif
