/* i18n: gettext glue.  _() marks and translates, N_() only marks. */
#ifndef KANBAO_I18N_H
#define KANBAO_I18N_H

#if ENABLE_NLS
#include <libintl.h>
#define _(s) gettext(s)
#else
#define _(s) (s)
#define ngettext(s, p, n) ((n) == 1 ? (s) : (p))
#endif
#define N_(s) (s)

#endif
