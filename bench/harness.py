#!/usr/bin/env python3
"""bench/run's and bench/compare's measurements: whole processes, engines taking turns, medians.

    harness.py run --work DIR --vanban BIN --bench BIN --floor BIN [--peer NAME=PYTHON]... [--quick]
                   [--name latest|quick]
    harness.py compare --work DIR --bench BIN --before BIN --before-name REV --after BIN
                   [--n 20000] [--runs 5]

Every figure is the wall time of a whole process (start-up, template and data reading,
rendering, writing, and vanban's flush to disk), started from here, with its peak RSS from
wait4(2), taken by bench/spawn.c (from Python, the figure would include Python's own).
Within a group (same workload, data, size and file system) the engines take turns:
round r runs every engine once, starting with a different one each round, and each engine's
figure is the median of its rounds. Before each run its output folder is removed and the file
system synced, untimed, so that no run pays for the one before. Figures measured inside a
process (vanban-bench table, the peers' render alone) are kept, labelled "in-process".
"""
import argparse
import csv
import datetime
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def say(text):
    print("\033[1m== %s\033[0m" % text, file=sys.stderr, flush=True)


SPAWN = None  # bench/spawn.c, compiled: times the process and reads its own peak RSS


def run_process(argv, log, cwd=None):
    """(seconds, peak RSS in MB, exit code) of one whole process, started by SPAWN."""
    stats = log + ".stats"
    with open(log, "ab") as err:
        err.write(("$ " + " ".join(argv) + "\n").encode())
        err.flush()
        subprocess.run([SPAWN, stats] + argv, stdout=err, stderr=err, cwd=cwd, check=True)
    with open(stats) as f:
        seconds, rss, code = f.read().split()
    return float(seconds), int(rss) / 1024.0, int(code)


# Where outputs on the disk are moved instead of deleted before a run (set by run() and
# compare(), deleted at their end): see clear().
TRASH = None
trash_names = itertools.count(1)


def clear(path):
    """Removes `path` before a run. On the disk (not tmpfs) it is moved aside into TRASH, which
    is deleted only at the end of the whole run: this machine's ext4 has no journal and then
    skips the inode numbers of files deleted in the last minutes, scanning past each one for
    every new file. Deleting 20,000 files made the next 20,000 take the floor 10.9 s instead of
    0.68 s; moved aside, 0.68 s (bench/README.md)."""
    if not os.path.lexists(path):
        return
    if TRASH and not os.path.realpath(path).startswith("/dev/shm/"):
        os.makedirs(TRASH, exist_ok=True)
        os.rename(path, os.path.join(TRASH, str(next(trash_names))))
    elif os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path)
    else:
        os.remove(path)


def empty_trash():
    """Deletes what clear() moved aside (after the last measurement)."""
    if TRASH and os.path.isdir(TRASH):
        shutil.rmtree(TRASH)


class Case:
    """One engine's run in a group: the command, the output it clears first, and its figures."""

    def __init__(self, engine, argv, output, label=None):
        self.engine = engine
        self.label = label or engine
        self.argv = argv          # a list, or a function returning one (the floor's size is known late)
        self.output = output
        self.seconds, self.rss, self.failures = [], [], []

    def command(self):
        return self.argv() if callable(self.argv) else self.argv


class Bench:
    def __init__(self, options):
        self.options = options
        self.work = os.path.abspath(options.work)
        self.log = os.path.join(self.work, "runs.log")
        self.rows = []       # the figures, one dict each
        self.notes = []      # skipped engines, failures, checks

    # -- measuring ---------------------------------------------------------------------------
    def group(self, cases, runs, workload, data, fs, n, unit="files", warm=None):
        """Runs `cases` taking turns, `runs` rounds; records each one's median."""
        cases = [case for case in cases if case is not None]
        if warm:
            warm()
        for round_number in range(runs):
            start = round_number % len(cases)
            for case in cases[start:] + cases[:start]:
                clear(case.output)
                os.sync()
                seconds, rss, code = run_process(case.command(), self.log)
                if code != 0:
                    case.failures.append(code)
                else:
                    case.seconds.append(seconds)
                    case.rss.append(rss)
        for case in cases:
            self.add(case.label, workload, data, fs, n, unit, case)
        return {case.label: case for case in cases}

    def add(self, engine, workload, data, fs, n, unit, case=None, seconds=None, note=""):
        row = {"engine": engine, "workload": workload, "data": data, "fs": fs, "n": n, "unit": unit,
               "median_s": "", "min_s": "", "max_s": "", "runs": 0, "rss_mb": "", "note": note}
        if case is not None:
            if case.seconds:
                row.update(median_s=statistics.median(case.seconds), min_s=min(case.seconds), max_s=max(case.seconds),
                           runs=len(case.seconds), rss_mb=max(case.rss))
            if case.failures:
                row["note"] = ("failed %d of %d runs (exit %s; see %s)"
                               % (len(case.failures), len(case.failures) + len(case.seconds),
                                  ",".join(map(str, sorted(set(case.failures)))), self.log))
        elif seconds is not None:
            row.update(median_s=seconds, runs=1)
        self.rows.append(row)
        return row

    def find(self, engine, workload, data=None, fs=None, n=None):
        for row in self.rows:
            if (row["engine"] == engine and row["workload"] == workload and (data is None or row["data"] == data)
                    and (fs is None or row["fs"] == fs) and (n is None or row["n"] == n) and row["median_s"] != ""):
                return row
        return None


# -- data --------------------------------------------------------------------------------------
def slice_data(work, name, counts):
    """name-N.csv and name-N.json: the first N records of name.csv / name.json."""
    with open(os.path.join(work, name + ".csv"), encoding="utf-8") as f:
        lines = f.readlines()
    with open(os.path.join(work, name + ".json"), encoding="utf-8") as f:
        records = json.load(f)
    for n in sorted(set(counts)):
        if n > len(records):
            sys.exit("%s has %d records, %d asked" % (name, len(records), n))
        with open(os.path.join(work, "%s-%d.csv" % (name, n)), "w", encoding="utf-8") as f:
            f.writelines(lines[:n + 1])
        with open(os.path.join(work, "%s-%d.json" % (name, n)), "w", encoding="utf-8") as f:
            json.dump(records[:n], f, ensure_ascii=False)
    return records[0]


def text_of(path):
    """The text of an .odt/.fodt/.docx (its paragraphs' characters, markup removed)."""
    import xml.etree.ElementTree as ElementTree
    if path.endswith(".fodt"):
        root = ElementTree.parse(path).getroot()
    else:
        with zipfile.ZipFile(path) as package:
            part = "word/document.xml" if path.endswith(".docx") else "content.xml"
            root = ElementTree.fromstring(package.read(part))
    return "".join(root.itertext())


def table_rows(path):
    """The number of table rows in an .odt/.fodt."""
    import xml.etree.ElementTree as ElementTree
    row = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}table-row"
    if path.endswith(".fodt"):
        root = ElementTree.parse(path).getroot()
    else:
        with zipfile.ZipFile(path) as package:
            root = ElementTree.fromstring(package.read("content.xml"))
    return sum(1 for _ in root.iter(row))


def check_record(path, record, numbered=False):
    """Whether the file holds every text field of `record` (numbers may be written otherwise)."""
    try:
        text = text_of(path)
    except Exception as error:  # a broken file is a failed check, named
        return "unreadable (%s)" % error
    missing = [key for key, value in record.items()
               if isinstance(value, str) and value and value not in text]
    return "ok" if not missing else "missing " + ", ".join(missing)


def first_file(folder, suffix):
    names = sorted(name for name in os.listdir(folder) if name.endswith(suffix)) if os.path.isdir(folder) else []
    return os.path.join(folder, names[0]) if names else None


def count_files(folder, suffix):
    return sum(1 for name in os.listdir(folder) if name.endswith(suffix)) if os.path.isdir(folder) else 0


def pdf_pages(path):
    out = subprocess.run(["pdfinfo", path], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("Pages:"):
            return int(line.split()[-1])
    return 0


# -- the run -----------------------------------------------------------------------------------
def plan(quick, scale=1):
    """The sizes of a run. `scale` (BENCH_SCALE) divides the full run's sizes, to try its code
    paths in minutes; its figures are not the goals' sizes."""
    if scale > 1 and not quick:
        full = plan(False)
        for key, value in full.items():
            if key in ("runs", "peer_runs", "tao_runs", "light_peers"):
                continue
            full[key] = [max(10, v // scale) for v in value] if isinstance(value, list) else max(10, value // scale)
        return full
    if quick:
        return dict(runs=3, peer_runs=3, decision_ns=[2000], light=1000, cert_ns=[1000], relatorio_ns=[1000], peer_n=1000, light_cert_n=1000,
                    rows=[10000], peer_rows=2000, light_rows=10000, mot_tep=[5000], pdf_n=50, docx_ns=[200],
                    tao_runs=10, heavy=10000, light_peers=["relatorio"])
    return dict(runs=5, peer_runs=3, decision_ns=[10000, 100000], light=20000, cert_ns=[2000, 20000], relatorio_ns=[2000, 20000], peer_n=2000,
                light_cert_n=20000, rows=[10000, 100000], peer_rows=10000, light_rows=10000, mot_tep=[100000],
                pdf_n=1000, docx_ns=[200, 2000], tao_runs=20, heavy=100000,
                light_peers=["relatorio", "secretary", "py3o"])


def run(options):
    p = plan(options.quick, int(os.environ.get("BENCH_SCALE", "1")))
    bench = Bench(options)
    work = bench.work
    pythons = dict(item.split("=", 1) for item in options.peer)
    peers_py = os.path.join(HERE, "peers.py")
    peers = list(pythons)
    for peer in ("relatorio", "secretary", "py3o", "docxtpl"):
        if peer not in peers:
            bench.notes.append("skipped %s: not installed (bench/run says why)" % peer)
    tmpfs = "/dev/shm/vanban-bench" if os.access("/dev/shm", os.W_OK) else None
    ext4 = os.path.join(work, "out")
    systems = [("ext4", ext4)] + ([("tmpfs", tmpfs)] if tmpfs else [])
    for _, root in systems:
        clear(root)
        os.makedirs(root)
    if not tmpfs:
        bench.notes.append("no tmpfs: /dev/shm is not writable, tmpfs rows skipped")
    vanban, floor = options.vanban, options.floor
    started = time.time()

    say("data: light (6 fields) and heavy (17 fields, escaping, Vietnamese), templates for every engine")
    subprocess.run([options.bench, "generate", work, str(max(p["light"], p["light_cert_n"], p["light_rows"])), str(p["heavy"])],
                   check=True, stdout=subprocess.DEVNULL)
    heavy_sizes = p["cert_ns"] + p["rows"] + p["mot_tep"] + [p["peer_n"], p["peer_rows"], p["pdf_n"], 1]
    heavy_first = slice_data(work, "heavy", heavy_sizes)
    light_first = slice_data(work, "people", [p["light_cert_n"], p["peer_n"], p["light_rows"]])
    with open(os.path.join(work, "empty.yaml"), "w") as f:
        f.write("tieu_de: Danh sách\n")
    with open(os.path.join(work, "heavy-one.json"), "w", encoding="utf-8") as f:
        json.dump(heavy_first, f, ensure_ascii=False)
    templates = {"light": ("vanban-giay-khen.fodt", "-giay-khen.odt", "vanban-danh-sach.fodt", "-danh-sach.odt", "people"),
                 "heavy": ("vanban-giay-khen-nang.fodt", "-giay-khen-nang.odt", "vanban-danh-sach-nang.fodt",
                           "-danh-sach-nang.odt", "heavy")}
    W = lambda name: os.path.join(work, name)
    odf_peers = [peer for peer in peers if peer != "docxtpl"]

    # -- certificates, one file each -----------------------------------------------------------
    def certificates(data, fs, root, n, peer_list):
        vanban_template, peer_suffix, _, _, stem = templates[data]
        say("certificates, one file each: %s data, %s, N=%d (%s)" % (data, fs, n, ", ".join(["vanban", "floor"] + peer_list)))
        sizes = {}

        def vanban_case(fmt):
            return Case("vanban", [vanban, "hang-loat", W(vanban_template), W("%s-%d.csv" % (stem, n)), "-o",
                                   os.path.join(root, "vanban-" + fmt), "--dinh-dang", fmt],
                        os.path.join(root, "vanban-" + fmt), label="vanban ." + fmt)

        def floor_case(fmt):
            out = os.path.join(root, "floor-" + fmt)
            return Case("floor", lambda: [floor, out, str(n), str(sizes[fmt])], out, label="floor ." + fmt)

        def warm():
            for fmt in ("odt", "fodt"):  # untimed: the binary in the page cache, the floor's file size
                case = vanban_case(fmt)
                clear(case.output)
                run_process(case.command(), bench.log)
                made = [os.path.join(case.output, x) for x in os.listdir(case.output) if x.endswith("." + fmt)]
                sizes[fmt] = sum(os.path.getsize(x) for x in made) // max(1, len(made))
                if len(made) != n:
                    bench.notes.append("vanban .%s wrote %d files, not %d (%s, %s)" % (fmt, len(made), n, data, fs))
            for peer in peer_list:  # untimed: Python's modules in the page cache
                out = os.path.join(root, "warm-" + peer)
                run_process([pythons[peer], peers_py, peer, "certificates", W(peer + peer_suffix), W("%s-1.json" % stem)
                             if data == "heavy" else W("%s-%d.json" % (stem, p["peer_n"])), "1", out], bench.log)
                clear(out)

        cases = [vanban_case("odt"), floor_case("odt"), vanban_case("fodt"), floor_case("fodt")]
        for peer in peer_list:
            out = os.path.join(root, peer)
            cases.append(Case(peer, [pythons[peer], peers_py, peer, "certificates", W(peer + peer_suffix), W("%s-%d.json" % (stem, n)),
                                     str(n), out], out))
        measured = bench.group(cases, p["runs"] if not peer_list else max(p["peer_runs"], 1), "certificates", data, fs, n,
                               warm=warm)
        record = heavy_first if data == "heavy" else {"ho_ten": light_first["ho_ten"], "so_so_vang": light_first["so_so_vang"]}
        for label, case in measured.items():
            if label.startswith("floor"):
                continue
            suffix = ".fodt" if label.endswith("fodt") else ".odt"
            made = count_files(case.output, suffix)
            verdict = check_record(first_file(case.output, suffix), record) if made else "no file"
            if made != n:
                verdict += "; %d files, not %d" % (made, n)
            bench.notes.append("check certificates %s %s N=%d %s: %s" % (data, fs, n, label, verdict))

    for n in p["cert_ns"]:
        for fs, root in systems:
            peer_list = [peer for peer in odf_peers if (peer == "relatorio" and n in p["relatorio_ns"]) or n == p["peer_n"]]
            certificates("heavy", fs, root, n, peer_list)
    if tmpfs:
        light_peers = [peer for peer in odf_peers if peer in p["light_peers"]]
        certificates("light", "tmpfs", tmpfs, p["light_cert_n"], light_peers if p["light_cert_n"] == p["peer_n"] else [])
        if p["light_cert_n"] != p["peer_n"]:
            certificates("light", "tmpfs", tmpfs, p["peer_n"], light_peers)
    for _, root in systems:
        clear(root)
        os.makedirs(root)
    scratch = tmpfs or ext4

    # -- danh sách: one document with a table of R rows ---------------------------------------
    def danh_sach(data, rows, peer_list):
        _, _, vanban_template, peer_suffix, stem = templates[data]
        say("danh sách: %s data, %d rows (%s)" % (data, rows, ", ".join(["vanban"] + peer_list)))
        cases = []
        for fmt in ("fodt", "odt"):
            out = os.path.join(scratch, "ds-vanban." + fmt)
            cases.append(Case("vanban", [vanban, "tao", W(vanban_template), W("empty.yaml"), "--danh-sach",
                                         W("%s-%d.csv" % (stem, rows)), "-o", out], out, label="vanban ." + fmt))
        for peer in peer_list:
            out = os.path.join(scratch, "ds-%s.odt" % peer)
            clear(out + ".ms")
            cases.append(Case(peer, [pythons[peer], peers_py, peer, "table", W(peer + peer_suffix), W("%s-%d.json" % (stem, rows)),
                                     str(rows), out], out))
        measured = bench.group(cases, p["runs"] if not peer_list else p["peer_runs"], "danh sách", data, "tmpfs" if tmpfs else "ext4",
                               rows, unit="rows", warm=lambda: run_process(cases[0].command(), bench.log))
        record = heavy_first if data == "heavy" else {"ho_ten": light_first["ho_ten"]}
        for label, case in measured.items():
            verdict = check_record(case.output, record) if os.path.exists(case.output) else "no file"
            if verdict == "ok" and table_rows(case.output) != rows + 1:
                verdict = "%d table rows, not %d and the heading" % (table_rows(case.output), rows)
            bench.notes.append("check danh sách %s %d rows %s: %s" % (data, rows, label, verdict))
        # In process: the render alone (vanban-bench table: best of 5; the peers: their one render).
        for fmt in ("fodt", "odt"):
            args = [options.bench, "table", W(vanban_template), str(rows)] + (["odt"] if fmt == "odt" else []) \
                + (["heavy"] if data == "heavy" else [])
            out = subprocess.run(args, capture_output=True, text=True)
            if out.returncode == 0:
                bench.add("vanban .%s (in-process render, best of 5)" % fmt, "danh sách", data, "memory", rows, "rows",
                          seconds=float(out.stdout.split()[0]) / 1000)
        for peer in peer_list:
            case = measured.get(peer)
            ms = []
            if case is not None and os.path.exists(case.output + ".ms"):
                with open(case.output + ".ms") as f:
                    ms = [float(x) for x in f.read().split()]
                os.remove(case.output + ".ms")
            if ms:
                bench.add("%s (in-process render)" % peer, "danh sách", data, "memory", rows, "rows",
                          seconds=statistics.median(ms) / 1000)

    for rows in p["rows"]:
        danh_sach("heavy", rows, odf_peers if rows == p["peer_rows"] else [])
    if p["peer_rows"] not in p["rows"]:
        danh_sach("heavy", p["peer_rows"], odf_peers)
    danh_sach("light", p["light_rows"], odf_peers)

    # -- --mot-tep: every certificate in one file -----------------------------------------------
    for n in p["mot_tep"]:
        say("--mot-tep: %d certificates in one file, heavy data (vanban .odt, .fodt; relatorio)" % n)
        cases = []
        for fmt in ("odt", "fodt"):
            out = os.path.join(scratch, "mot-tep." + fmt)
            cases.append(Case("vanban", [vanban, "hang-loat", W("vanban-giay-khen-nang.fodt"), W("heavy-%d.csv" % n),
                                         "--mot-tep", "-o", out, "--dinh-dang", fmt], out, label="vanban ." + fmt))
        if "relatorio" in peers:
            out = os.path.join(scratch, "mot-tep-relatorio.odt")
            cases.append(Case("relatorio", [pythons["relatorio"], peers_py, "relatorio", "onefile", W("relatorio-mot-tep-nang.odt"),
                                            W("heavy-%d.json" % n), str(n), out], out))
        measured = bench.group(cases, p["peer_runs"], "--mot-tep", "heavy", "tmpfs" if tmpfs else "ext4", n)
        for label, case in measured.items():
            verdict = count_in(case.output, "Số sổ vàng: ", n)
            bench.notes.append("check --mot-tep %d %s: %s" % (n, label, verdict))
        for _, case in measured.items():
            clear(case.output)

    # -- tao: one page ----------------------------------------------------------------------------
    say("tao: one certificate, heavy data, %d runs" % p["tao_runs"])
    cases = [Case("vanban", [vanban, "tao", W("vanban-giay-khen-nang.fodt"), W("heavy-one.json"), "-o",
                             os.path.join(scratch, "tao." + fmt)], os.path.join(scratch, "tao." + fmt), label="vanban ." + fmt)
             for fmt in ("fodt", "odt")]
    if "relatorio" in peers:
        out = os.path.join(scratch, "tao-relatorio")
        cases.append(Case("relatorio", [pythons["relatorio"], peers_py, "relatorio", "certificates", W("relatorio-giay-khen-nang.odt"),
                                        W("heavy-1.json"), "1", out], out))
    bench.group(cases, p["tao_runs"], "tao (one page)", "heavy", "tmpfs" if tmpfs else "ext4", 1,
                warm=lambda: run_process(cases[0].command(), bench.log))

    # -- PDF through LibreOffice ---------------------------------------------------------------------
    n = p["pdf_n"]
    if shutil.which("soffice"):
        say("PDF: %d separate certificate PDFs, one %d-page PDF (vanban), LibreOffice alone on the %d-page .fodt" % (n, n, n))
        source = os.path.join(scratch, "pdf-source.fodt")
        run_process([vanban, "hang-loat", W("vanban-giay-khen-nang.fodt"), W("heavy-%d.csv" % n), "--mot-tep", "-o", source,
                     "--dinh-dang", "fodt"], bench.log)
        profile = os.path.join(work, "lo-profile")
        lo_out = os.path.join(scratch, "pdf-lo")
        lo = ["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--convert-to", "pdf",
              "--outdir", lo_out, source]
        run_process(lo, bench.log)  # untimed: the profile is made once
        separate = os.path.join(scratch, "pdf-separate")
        one = os.path.join(scratch, "pdf-one.pdf")
        cases = [Case("vanban", [vanban, "hang-loat", W("vanban-giay-khen-nang.fodt"), W("heavy-%d.csv" % n), "-o", separate,
                                 "--dinh-dang", "pdf"], separate, label="vanban separate PDFs"),
                 Case("vanban", [vanban, "hang-loat", W("vanban-giay-khen-nang.fodt"), W("heavy-%d.csv" % n), "--mot-tep",
                                 "-o", one, "--dinh-dang", "pdf"], one, label="vanban one PDF"),
                 Case("LibreOffice", lo, lo_out, label="LibreOffice alone (one .fodt → PDF)")]
        measured = bench.group(cases, p["peer_runs"], "PDF", "heavy", "tmpfs" if tmpfs else "ext4", n, unit="pages")
        made = count_files(separate, ".pdf")
        bench.notes.append("check PDF separate: %d PDF files of %d%s" % (made, n, "" if made == n else " (FAILED)"))
        for path, label in ((one, "one PDF"), (os.path.join(lo_out, "pdf-source.pdf"), "LibreOffice alone")):
            pages = pdf_pages(path) if os.path.exists(path) else 0
            bench.notes.append("check PDF %s: %d pages of %d%s" % (label, pages, n, "" if pages == n else " (FAILED)"))
        for case in measured.values():
            clear(case.output)
    else:
        bench.notes.append("skipped PDF: LibreOffice (soffice) is not installed")

    # -- Word: vanban with a Word template against docxtpl -----------------------------------------
    if "docxtpl" in peers:
        template = W("giay-khen-word.docx")
        plain_word_template(os.path.join(ROOT, "templates", "giay-khen.docx"), template)
        for n in p["docx_ns"]:
            say("Word certificates: %d separate .docx, vanban (Word template) and docxtpl" % n)
            subprocess.run([options.bench, "docx-data", str(n), W("docx-%d.json" % n)], check=True)
            cases = [Case("vanban", [vanban, "hang-loat", template, W("docx-%d.json" % n), "-o", os.path.join(scratch, "docx-vanban"),
                                     "--dinh-dang", "docx"], os.path.join(scratch, "docx-vanban"), label="vanban .docx"),
                     Case("docxtpl", [pythons["docxtpl"], peers_py, "docxtpl", "certificates", template, W("docx-%d.json" % n), str(n),
                                      os.path.join(scratch, "docx-docxtpl")], os.path.join(scratch, "docx-docxtpl"))]
            measured = bench.group(cases, p["peer_runs"], "Word certificates", "docx", "tmpfs" if tmpfs else "ext4", n,
                                   warm=lambda: run_process(cases[0].command(), bench.log))
            with open(W("docx-%d.json" % n), encoding="utf-8") as f:
                record = {"ho_ten": json.load(f)[0]["ho_ten"]}
            for label, case in measured.items():
                made = count_files(case.output, ".docx")
                verdict = check_record(first_file(case.output, ".docx"), record) if made else "no file"
                bench.notes.append("check Word %d %s: %s, %d files" % (n, label, verdict, made))
                clear(case.output)

    # -- Giấy khen for a decision's list, beside the same list with the same fields (issue 30) ----
    decision_certificates(bench, p, vanban, work, scratch)

    for _, root in systems:
        clear(root)
    minutes = (time.time() - started) / 60
    report(bench, p, options, minutes)


def award_list(path, n):
    """An award list of n rows as a clerk keeps it: tập thể first, then cá nhân, each with the số
    sổ vàng the decision gives it (1…n in that order), so that the plain batch prints the same."""
    collectives = max(1, n // 10)
    with open(path, "w", encoding="utf-8") as f:
        f.write("STT,Họ và tên,Chức vụ,Đơn vị,Đối tượng,Số sổ vàng\n")
        for i in range(1, n + 1):
            if i <= collectives:
                f.write("%d,Khoa số %d,,Bệnh viện Đa khoa tỉnh,Tập thể,%d\n" % (i, i, i))
            else:
                f.write("%d,Nguyễn Văn Người %d,Bác sĩ,Khoa số %d,Cá nhân,%d\n" % (i, i, i % 97 + 1, i))


def decision_yamls(work):
    """The built-in decision's sample as common data (dated inside NĐ 152/2025), and the same fields
    without `loai`: a plain common-data file for the same template."""
    with open(os.path.join(ROOT, "templates", "quyet-dinh-khen-thuong.yaml"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    kept, skipping = [], False
    for line in lines:
        if line.startswith("danh_sach:"):
            skipping = True
        elif skipping and line and not line.startswith((" ", "-", "#")):
            skipping = False
        if not skipping:
            kept.append("ngay: 2026-12-01" if line.startswith("ngay:") else line)
    decision = os.path.join(work, "quyet-dinh.yaml")
    plain = os.path.join(work, "chung.yaml")
    with open(decision, "w", encoding="utf-8") as f:
        f.write("\n".join(kept))
    with open(plain, "w", encoding="utf-8") as f:
        f.write("\n".join(line for line in kept if not line.startswith(("loai:", "so_so_vang_dau:"))))
    return decision, plain


def decision_certificates(bench, p, vanban, work, scratch):
    """The built-in Giấy khen for everyone of a decision's list, against the same batch from a plain
    common-data file: --mot-tep and a file per record, .fodt and .odt."""
    decision, plain = decision_yamls(work)
    for n in p["decision_ns"]:
        data = os.path.join(work, "khen-%d.csv" % n)
        award_list(data, n)
        for layout in ("--mot-tep", "files"):
            for fmt in ("fodt", "odt"):
                say("Giấy khen of a decision's list: N=%d, %s .%s (plain list beside it)" % (n, layout, fmt))
                cases = []
                for label, common in (("vanban plain list", plain), ("vanban decision", decision)):
                    out = os.path.join(scratch, "qd-%s.%s" % (label.split()[-1], fmt))
                    if layout == "files":
                        out = os.path.join(scratch, "qd-%s-%s" % (label.split()[-1], fmt))
                        argv = [vanban, "hang-loat", "giay-khen", data, "--du-lieu-chung", common, "-o", out, "--dinh-dang", fmt]
                    else:
                        argv = [vanban, "hang-loat", "giay-khen", data, "--du-lieu-chung", common, "--mot-tep", "-o", out]
                    cases.append(Case(label, argv, out, label=label))
                measured = bench.group(cases, p["runs"], "decision " + layout, fmt, "tmpfs" if scratch.startswith("/dev/shm") else "ext4",
                                       n, warm=lambda: run_process(cases[1].command(), bench.log))
                for case in measured.values():
                    clear(case.output)


def count_in(path, needle, n):
    """Whether the one-file document holds `needle` n times (a cheap check on a large file)."""
    if not os.path.exists(path):
        return "no file"
    try:
        if path.endswith(".odt"):
            with zipfile.ZipFile(path) as package:
                data = package.read("content.xml")
        else:
            with open(path, "rb") as f:
                data = f.read()
    except Exception as error:
        return "unreadable (%s)" % error
    count = data.count(needle.encode())
    escaped = data.count("Hồi sức &amp; Chống độc".encode())
    return ("ok" if count == n and escaped > 0 else "FAILED") + " (%d certificates, escaped '&' seen %d times)" % (count, escaped)


def plain_word_template(source, target):
    """giay-khen.docx with plain {{field}} tags (sections and formatters taken out), which
    Mustache and Jinja read alike (as bench/docx makes it)."""
    import re
    with zipfile.ZipFile(source) as given, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as made:
        for item in given.infolist():
            data = given.read(item.filename)
            if item.filename == "word/document.xml":
                text = re.sub(r"\{\{[#/^][a-z_]+\}\}", "", data.decode())
                text = re.sub(r"\{\{\s*([a-z_]+)\s*\|[^}]*\}\}", r"{{\1}}", text)
                data = text.encode()
            made.writestr(item, data)


# -- the report -----------------------------------------------------------------------------------
def seconds_text(row):
    if not row or row["median_s"] == "":
        return "failed" if row else "—"
    s = float(row["median_s"])
    return "%.0f ms" % (s * 1000) if s < 1 else "%.2f s" % s


def report(bench, p, options, minutes):
    rows = bench.rows
    table = []
    for row in rows:
        ratio, floor_ratio = "", ""
        s = float(row["median_s"]) if row["median_s"] != "" else None
        base = None
        if row["engine"] not in ("vanban .odt", "vanban .fodt") and not row["engine"].startswith("floor") \
                and "in-process" not in row["engine"]:
            base = bench.find("vanban .odt", row["workload"], row["data"], row["fs"], row["n"]) \
                or bench.find("vanban .docx", row["workload"], row["data"], row["fs"], row["n"])
            if row["workload"] == "PDF":
                base = bench.find("vanban one PDF", "PDF", row["data"], row["fs"], row["n"])
                if row["engine"] == "vanban one PDF":
                    base = None
        if "in-process" in row["engine"] and not row["engine"].startswith("vanban"):
            fmt_row = bench.find("vanban .odt (in-process render, best of 5)", row["workload"], row["data"], row["fs"], row["n"])
            base = fmt_row
        if base and s and base["median_s"] != "" and base is not row:
            ratio = "%.1f×" % (s / float(base["median_s"]))
        if row["engine"].startswith("vanban .") and row["workload"] == "certificates" and s:
            floor = bench.find("floor" + row["engine"][6:], row["workload"], row["data"], row["fs"], row["n"])
            if floor:
                floor_ratio = "%.2f×" % (s / float(floor["median_s"]))
        spread = ""
        if row["runs"] and row["runs"] > 1:
            spread = "%s–%s" % (short(row["min_s"]), short(row["max_s"]))
        per = ""
        if s:
            per = "%.0f %s/s" % (row["n"] / s, row["unit"])
        table.append([row["workload"], row["data"], row["fs"], "{:,}".format(row["n"]), row["engine"], seconds_text(row),
                      spread, str(row["runs"]), per, "%.0f" % row["rss_mb"] if row["rss_mb"] != "" else "", ratio, floor_ratio,
                      row["note"]])
    header = ["workload", "data", "fs", "N", "engine", "median", "range", "runs", "rate", "peak RSS MB",
              "engine ÷ vanban", "vanban ÷ floor", "note"]

    goals = goal_rows(bench, p)
    kind = "quick" if options.quick else "full" if p["heavy"] == 100000 else "full divided by BENCH_SCALE"
    machine = "nproc %s, %s, %s run (%.0f min), whole processes unless marked in-process; medians" % (
        os.cpu_count(), datetime.date.today().isoformat(), kind, minutes)

    def text_table(header, body):
        widths = [max(len(str(r[i])) for r in body + [header]) for i in range(len(header))]
        lines = ["  ".join(str(c).ljust(w) for c, w in zip(header, widths)).rstrip(),
                 "  ".join("-" * w for w in widths)]
        lines += ["  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in body]
        return "\n".join(lines)

    def md_table(header, body):
        return "\n".join(["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
                         + ["| " + " | ".join(str(c) for c in r) + " |" for r in body])

    goal_header = ["goal", "figure", "met"]
    print(text_table(header, table))
    print("\nGoals (issue 15), heavy data:\n" + text_table(goal_header, goals))
    print("\n" + "\n".join(bench.notes))
    print("\n" + machine)
    name = options.name or ("quick" if options.quick or p["heavy"] != 100000 else "latest")
    results = os.path.join(HERE, "results")
    os.makedirs(results, exist_ok=True)
    with open(os.path.join(results, name + ".csv"), "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0].keys()))
        writer.writeheader()
        writer.writerows(rows)
    with open(os.path.join(results, name + ".md"), "w", encoding="utf-8") as f:
        f.write("# vanban benchmark (%s)\n\n" % machine)
        f.write("Light data: 6 fields (`people.csv`); heavy: 17 fields, Vietnamese, values needing XML escaping "
                "(`heavy.csv`). engine ÷ vanban: the engine's time over vanban .odt's (PDF: over one PDF's; Word: over "
                "vanban .docx's), same group. vanban ÷ floor: vanban's time over the C floor's (same sizes, then sync).\n\n")
        f.write("## Goals (issue 15)\n\n" + md_table(goal_header, goals) + "\n\n## All figures\n\n" + md_table(header, table)
                + "\n\n## Checks and notes\n\n" + "\n".join("- " + n for n in bench.notes) + "\n")
    print("written to bench/results/%s.csv and .md" % name, file=sys.stderr)
    if any("FAILED" in n or "missing" in n or "unreadable" in n or "no file" in n for n in bench.notes):
        print("a check failed: see the notes above", file=sys.stderr)


def short(value):
    v = float(value)
    return "%.0f ms" % (v * 1000) if v < 1 else "%.2f s" % v


def goal_rows(bench, p):
    goals = []
    quick = " (quick size)"

    def median(engine, workload, data, fs, n):
        row = bench.find(engine, workload, data, fs, n)
        return float(row["median_s"]) if row else None

    def verdict(ok):
        return "met" if ok else "not met"

    n = p["pdf_n"]
    sep, one = median("vanban separate PDFs", "PDF", "heavy", None, n), median("vanban one PDF", "PDF", "heavy", None, n)
    tag = "" if n == 1000 else quick
    if sep and one:
        goals.append(["%d separate certificate PDFs ≤ 1.3× one %d-page PDF%s" % (n, n, tag),
                      "%.2f× (%s vs %s)" % (sep / one, short(sep), short(one)), verdict(sep / one <= 1.3)])
    else:
        goals.append(["%d separate certificate PDFs ≤ 1.3× one %d-page PDF%s" % (n, n, tag),
                      "separate PDFs failed" if one else "not measured", "not met"])
    for n in p["cert_ns"]:
        for fs in ("ext4", "tmpfs"):
            v, r, f = (median(e, "certificates", "heavy", fs, n) for e in ("vanban .odt", "relatorio", "floor .odt"))
            tag = "" if n in (2000, 20000) else quick
            if v and r:
                goals.append(["certificates .odt N=%s %s ≥ 15× relatorio%s" % ("{:,}".format(n), fs, tag),
                              "%.1f× (%s vs %s)" % (r / v, short(v), short(r)), verdict(r / v >= 15)])
            if v and f:
                goals.append(["certificates .odt N=%s %s ≤ 2.5× floor%s" % ("{:,}".format(n), fs, tag),
                              "%.2f× (%s vs %s)" % (v / f, short(v), short(f)), verdict(v / f <= 2.5)])
    for rows, limit in ((10000, 0.080), (100000, 0.6)):
        for fmt in ("fodt", "odt"):
            row = bench.find("vanban ." + fmt, "danh sách", "heavy", None, rows)
            if row:
                s = float(row["median_s"])
                goals.append(["danh sách %s rows .%s ≤ %s whole process" % ("{:,}".format(rows), fmt, short(limit)),
                              short(s), verdict(s <= limit)])
                goals.append(["danh sách %s rows .%s peak RSS ≤ 100 MB" % ("{:,}".format(rows), fmt),
                              "%.0f MB" % row["rss_mb"], verdict(row["rss_mb"] <= 100)])
    for n in p["mot_tep"]:
        tag = "" if n == 100000 else quick
        r = median("relatorio", "--mot-tep", "heavy", None, n)
        for fmt in ("odt", "fodt"):
            row = bench.find("vanban ." + fmt, "--mot-tep", "heavy", None, n)
            if not row:
                goals.append(["--mot-tep %s .%s%s" % ("{:,}".format(n), fmt, tag), "failed or not measured", "not met"])
                continue
            s = float(row["median_s"])
            if r:
                goals.append(["--mot-tep %s .%s ≤ 0.5× relatorio's time%s" % ("{:,}".format(n), fmt, tag),
                              "%.2f× (%s vs %s)" % (s / r, short(s), short(r)), verdict(s / r <= 0.5)])
            goals.append(["--mot-tep %s .%s peak RSS ≤ 100 MB%s" % ("{:,}".format(n), fmt, tag),
                          "%.0f MB" % row["rss_mb"], verdict(row["rss_mb"] <= 100)])
    for n in p["decision_ns"]:
        tag = "" if n in (10000, 100000) else quick
        for layout in ("--mot-tep", "files"):
            for fmt in ("fodt", "odt"):
                d = bench.find("vanban decision", "decision " + layout, fmt, None, n)
                plain_row = bench.find("vanban plain list", "decision " + layout, fmt, None, n)
                if not d or not plain_row:
                    goals.append(["decision certificates N=%s %s .%s%s" % ("{:,}".format(n), layout, fmt, tag), "failed or not measured",
                                  "not met"])
                    continue
                ratio = float(d["median_s"]) / float(plain_row["median_s"])
                goals.append(["decision certificates N=%s %s .%s ≤ 1.5× plain list%s" % ("{:,}".format(n), layout, fmt, tag),
                              "%.2f× (%s vs %s)" % (ratio, short(d["median_s"]), short(plain_row["median_s"])), verdict(ratio <= 1.5)])
                if n == max(p["decision_ns"]):
                    goals.append(["decision certificates N=%s %s .%s peak RSS ≤ 100 MB%s" % ("{:,}".format(n), layout, fmt, tag),
                                  "%.0f MB" % d["rss_mb"], verdict(d["rss_mb"] <= 100)])
    for fmt in ("fodt", "odt"):
        row = bench.find("vanban ." + fmt, "tao (one page)", "heavy", None, 1)
        if row:
            goals.append(["tao one page .%s (no target: reported)" % fmt, short(row["median_s"]), "—"])
    return goals


# -- compare two builds ---------------------------------------------------------------------------
def compare(options):
    work = os.path.abspath(options.work)
    os.makedirs(work, exist_ok=True)
    bench = Bench(options)
    n = options.n
    say("data: %d certificates, light and heavy" % n)
    subprocess.run([options.bench, "generate", work, str(n), str(n)], check=True, stdout=subprocess.DEVNULL)
    slice_data(work, "heavy", [n])
    slice_data(work, "people", [n])
    systems = [("tmpfs", "/dev/shm/vanban-compare")] if os.access("/dev/shm", os.W_OK) else []
    systems.append(("ext4", os.path.join(work, "out")))
    table = []
    before, after = options.before_name, options.after_name
    for data, template, stem in (("heavy", "vanban-giay-khen-nang.fodt", "heavy"), ("light", "vanban-giay-khen.fodt", "people")):
        for fs, root in systems:
            for fmt in ("odt", "fodt"):
                say("%s: %s data, %s, .%s, %d runs each, taking turns" % (" vs ".join((before, after)), data, fs, fmt, options.runs))
                cases = []
                for index, (label, binary) in enumerate(((before, options.before), (after, options.after))):
                    out = os.path.join(root, "binary-%d" % index)
                    cases.append(Case(label, [binary, "hang-loat", os.path.join(work, template),
                                              os.path.join(work, "%s-%d.csv" % (stem, n)), "-o", out, "--dinh-dang", fmt],
                                      out, label=label))

                def warm():
                    for case in cases:
                        clear(case.output)
                        run_process(case.command(), bench.log)
                measured = bench.group(cases, options.runs, "certificates ." + fmt, data, fs, n, warm=warm)
                b, a = measured[before], measured[after]
                made = [count_files(c.output, "." + fmt) for c in (b, a)]
                for case in (b, a):
                    clear(case.output)
                if not b.seconds or not a.seconds:
                    table.append([data, fs, "." + fmt, "failed", "failed", "", "%s" % made])
                    continue
                mb, ma = statistics.median(b.seconds), statistics.median(a.seconds)
                table.append([data, fs, "." + fmt, "%.2f s (%.2f–%.2f), %.0f MB" % (mb, min(b.seconds), max(b.seconds), max(b.rss)),
                              "%.2f s (%.2f–%.2f), %.0f MB" % (ma, min(a.seconds), max(a.seconds), max(a.rss)),
                              "%.2f×" % (mb / ma), "ok" if made == [n, n] else "files: %s" % made])
    for _, root in systems:
        clear(root)
    header = ["data", "fs", "format", before + " median (range), RSS", after + " median (range), RSS",
              "before ÷ after", "files"]
    widths = [max(len(str(r[i])) for r in table + [header]) for i in range(len(header))]
    print("%s certificates, separate files, `vanban hang-loat`, whole process, %d runs each taking turns, medians"
          % ("{:,}".format(n), options.runs))
    print("  ".join(h.ljust(w) for h, w in zip(header, widths)))
    for r in table:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths)))
    path = os.path.join(work, "compare.md")
    with open(path, "w", encoding="utf-8") as f:
        f.write("| " + " | ".join(header) + " |\n|" + "---|" * len(header) + "\n")
        for r in table:
            f.write("| " + " | ".join(r) + " |\n")
    print("written to %s" % path, file=sys.stderr)


def main():
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="command", required=True)
    r = sub.add_parser("run")
    r.add_argument("--work", required=True)
    r.add_argument("--vanban", required=True)
    r.add_argument("--bench", required=True)
    r.add_argument("--floor", required=True)
    r.add_argument("--peer", action="append", default=[], help="NAME=PYTHON: a peer and its virtual environment's python")
    r.add_argument("--quick", action="store_true")
    r.add_argument("--name")
    r.add_argument("--spawn", required=True, help="bench/spawn.c, compiled")
    c = sub.add_parser("compare")
    c.add_argument("--spawn", required=True, help="bench/spawn.c, compiled")
    c.add_argument("--work", required=True)
    c.add_argument("--bench", required=True)
    c.add_argument("--before", required=True)
    c.add_argument("--before-name", required=True)
    c.add_argument("--after", required=True)
    c.add_argument("--after-name", default="current")
    c.add_argument("--n", type=int, default=20000)
    c.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    global SPAWN, TRASH
    SPAWN = options.spawn
    TRASH = os.path.join(os.path.abspath(options.work), "trash")
    try:
        if options.command == "run":
            run(options)
        else:
            compare(options)
    finally:
        empty_trash()


if __name__ == "__main__":
    main()
