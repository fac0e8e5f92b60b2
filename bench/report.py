#!/usr/bin/env python3
"""Turns bench/run's measurements into one table: engine, workload, throughput, how many times
vanban is faster, and vanban's cost against the machine's floor. Writes
bench/results/latest.csv and latest.md."""
import csv
import datetime
import os
import subprocess
import sys

results_path, quick, _ = sys.argv[1], sys.argv[2] == "1", sys.argv[3]
rows = list(csv.DictReader(open(results_path, encoding="utf-8")))


def find(engine, workload):
    for row in rows:
        if row["engine"] == engine and row["workload"] == workload:
            return row
    return None


table = []
for row in rows:
    engine, workload, unit = row["engine"], row["workload"], row["unit"]
    seconds, amount = float(row["seconds"]), int(row["amount"])
    throughput = row["throughput"] + " " + row["throughput_unit"]
    ratio, floor_ratio = "", ""
    if unit == "files":
        # certificates: vanban's files/s over the engine's, for the same output format
        mine = find("vanban", workload) or find("vanban", "certificates .odt")
        if engine not in ("vanban", "floor") and mine:
            ratio = "%.1f×" % (float(mine["throughput"]) / float(row["throughput"]))
        if engine == "vanban":
            floor = find("floor", workload)
            if floor:
                floor_ratio = "%.2f× floor" % (float(floor["throughput"]) / float(row["throughput"]))
    elif unit == "ms":
        rows_count = amount
        throughput = "%.1f ms (%d rows/s)" % (seconds * 1000, rows_count / seconds if seconds else 0)
        if engine != "vanban":
            mine = find("vanban", workload.replace(".odt", ".odt"))
            if mine:
                ratio = "%.1f×" % (seconds / float(mine["seconds"]))
    elif unit == "MB":
        throughput = "%.1f MB peak RSS" % seconds
    table.append([engine, workload, throughput, ratio, floor_ratio])

header = ["engine", "workload", "throughput", "vanban is faster by", "vanban vs floor"]
widths = [max(len(str(r[i])) for r in table + [header]) for i in range(len(header))]
line = lambda r: "  ".join(str(c).ljust(w) for c, w in zip(r, widths))
print(line(header))
print("  ".join("-" * w for w in widths))
for r in table:
    print(line(r))

memory = subprocess.run(["free", "-g"], capture_output=True, text=True).stdout.split("\n")[1].split()[1]
machine = "nproc %s, %s GiB memory, %s, %s run" % (os.cpu_count(), memory, datetime.date.today().isoformat(),
                                                 "quick" if quick else "full")
os.makedirs("bench/results", exist_ok=True)
name = "quick" if quick else "latest"
with open("bench/results/%s.csv" % name, "w", encoding="utf-8", newline="") as f:
    writer = csv.writer(f)
    writer.writerow(["# " + machine])
    writer.writerow(header)
    writer.writerows(table)
with open("bench/results/%s.md" % name, "w", encoding="utf-8") as f:
    f.write("# vanban benchmark (%s)\n\n" % machine)
    f.write("| " + " | ".join(header) + " |\n|" + "---|" * len(header) + "\n")
    for r in table:
        f.write("| " + " | ".join(str(c) for c in r) + " |\n")
print("\n" + machine + "; written to bench/results/%s.csv and .md" % name)
