/*
 * extract_wirecredit: the writers a wire service's dateline names in
 * brackets after its date and 电 (人民网长沙12月5日电 （谭丽）…, 新华社北京
 * 5月3日电 （记者 甲、乙）…): a space may stand before the bracket, and
 * the names may stand bare, with no role.  It promises only to read the
 * text it is given; no I/O.
 */
#ifndef KANBAO_EXTRACT_WIRECREDIT_H
#define KANBAO_EXTRACT_WIRECREDIT_H

/* What the bracket after s's wire dateline holds, new, with 、 and ，
 * made spaces, or NULL: extract_credit.c reads it as a credit line
 * first, then as bare names. */
char *wire_bracket(const char *s);
/* The bare names of a bracket's inside (谭丽; 张立 欧阳晨), joined by a
 * space, new, or NULL when a word is no name or a desk's own (综合). */
char *wire_bare_names(const char *inside);

#endif
