/* Times one whole process and reads its peak RSS, for bench/harness.py.
 *
 *     spawn STATS PROGRAM ARG...     runs PROGRAM, writes "seconds peak-RSS-KiB exit-code" to STATS
 *
 * Why not from Python: Linux keeps a process's peak RSS across exec (signal->maxrss), so a
 * program started by a 200 MB Python process reports at least 200 MB. Started from this small
 * process, the figure is the program's own. The clock runs from just before fork to wait4. */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) { fprintf(stderr, "usage: spawn STATS PROGRAM ARG...\n"); return 2; }
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pid_t pid = fork();
    if (pid < 0) { perror("fork"); return 2; }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        perror(argv[2]);
        _exit(127);
    }
    int status = 0;
    struct rusage usage;
    if (wait4(pid, &status, 0, &usage) < 0) { perror("wait4"); return 2; }
    clock_gettime(CLOCK_MONOTONIC, &end);
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    FILE *stats = fopen(argv[1], "w");
    if (!stats) { perror(argv[1]); return 2; }
    fprintf(stats, "%.6f %ld %d\n", (end.tv_sec - start.tv_sec) + (end.tv_nsec - start.tv_nsec) / 1e9, usage.ru_maxrss, code);
    fclose(stats);
    return 0;
}
