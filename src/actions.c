/* actions: the table of actions; see actions.h. */
#include "config.h"

#include <string.h>

#include "actions.h"
#include "i18n.h"

const struct action_info action_table[ACT_COUNT] = {
#define ACTION(id, name, help, keys) {name, help, keys},
	ACTIONS
#undef ACTION
};

enum action
action_by_name(const char *name)
{
	for (int i = 0; i < ACT_COUNT; i++)
		if (strcmp(action_table[i].name, name) == 0)
			return (enum action)i;
	return ACT_NONE;
}
