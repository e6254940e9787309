/*
 * config_int: what config_read.c (the file, read bounded) takes from
 * config.c (the lines and their keywords) beside config_line: the
 * messages, kept the same way for a line and for the file.
 */
#ifndef KANBAO_CONFIG_INT_H
#define KANBAO_CONFIG_INT_H

#include "config_file.h"

/* A problem of file's line lineno (0: the file as a whole), as
 * "file:line: msg" with msg cleaned of control characters.  The first
 * CONFIG_MAX_ERRORS are kept in c->errors; the rest are counted in
 * c->errors_more, for config_load's one "… and N more" line. */
void config_error(struct config *c, const char *file, int lineno, const char *msg);

#endif
