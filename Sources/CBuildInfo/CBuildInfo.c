#include "CBuildInfo.h"

// The definitions are bare tokens (no quotes to survive the build tools): made strings here.
#define VANBAN_STRING(x) #x
#define VANBAN_EXPAND(x) VANBAN_STRING(x)

#ifndef VANBAN_VERSION
#define VANBAN_VERSION unknown
#endif
#ifndef VANBAN_COMMIT
#define VANBAN_COMMIT unknown
#endif

const char *vanban_version(void) { return VANBAN_EXPAND(VANBAN_VERSION); }

const char *vanban_commit(void) { return VANBAN_EXPAND(VANBAN_COMMIT); }
