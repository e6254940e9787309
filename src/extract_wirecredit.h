/*
 * extract_wirecredit: the writers a wire service's dateline names in
 * brackets after its date and 电 (人民网长沙12月5日电 （谭丽）…, 新华社北京
 * 5月3日电 （记者 甲、乙）…): a space may stand before the bracket, and
 * the names may stand bare, with no role.  It promises only to read the
 * text it is given; no I/O.
 */
#ifndef KANBAO_EXTRACT_WIRECREDIT_H
#define KANBAO_EXTRACT_WIRECREDIT_H

/* The names (joined by a space) of s's wire dateline, new, or NULL. */
char *wire_credit(const char *s);

#endif
