// The few Linux file-system calls Glibc's Swift module does not offer.
#ifndef VANBAN_CFILESYSTEM_H
#define VANBAN_CFILESYSTEM_H

/// Flushes the file system holding `descriptor` to disk (syncfs(2) on Linux, fsync elsewhere):
/// a batch's files reach the disk without flushing every other disk of the machine.
int vanban_syncfs(int descriptor);

/// Swaps the two paths in one step (renameat2 with RENAME_EXCHANGE on Linux): both must exist,
/// on one file system. -1 with errno (EINVAL, ENOSYS) where the file system cannot.
int vanban_exchange(const char *first, const char *second);

#endif
