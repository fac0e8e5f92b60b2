// Which vanban this is: the release's version and the commit it was built from, fixed when the
// program is built (Package.swift passes them as the definitions VANBAN_VERSION, VANBAN_COMMIT).
#ifndef VANBAN_CBUILDINFO_H
#define VANBAN_CBUILDINFO_H

/// The release's version, e.g. "0.1.0".
const char *vanban_version(void);

/// The commit built from (12 hex digits, "+" when the tree had uncommitted changes), or "unknown".
const char *vanban_commit(void);

#endif
