#!/usr/bin/env python3
"""The engines a clerk's office could pick instead of vanban, driven the same way.

    peers.py ENGINE certificates TEMPLATE PEOPLE.json N OUTDIR   N files (.odt; docxtpl: .docx)
    peers.py ENGINE table TEMPLATE.odt PEOPLE.json ROWS OUTFILE  one danh sách of ROWS rows
    peers.py relatorio onefile TEMPLATE.odt PEOPLE.json N OUTFILE  N certificates in one file
    peers.py check FILE TEXT...                                  whether FILE holds each TEXT

Each run is its own process and bench/harness.py times it whole (start-up, imports, reading
the JSON, rendering, writing). `certificates` also prints its own seconds from the template's
loading on; `table` appends its render alone (ms, data loading excluded) to OUTFILE.ms, the
in-process figure.
"""
import io
import json
import os
import sys
import time


def relatorio_engine(template_path):
    from relatorio.templates.opendocument import Template
    template = Template(source="", filepath=template_path)

    def render(data):
        return template.generate(**data).render().getvalue()
    return render


def secretary_engine(template_path):
    from secretary import Renderer
    engine = Renderer()

    def render(data):
        return engine.render(template_path, **data)
    return render


def py3o_engine(template_path):
    from py3o.template import Template

    def render(data):
        out = io.BytesIO()
        template = Template(template_path, out)
        template.render(data)
        return out.getvalue()
    return render


def docxtpl_engine(template_path):
    from docxtpl import DocxTemplate

    def render(data):
        document = DocxTemplate(template_path)  # a DocxTemplate renders once: a new one per file
        document.render(data, autoescape=True)
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
    return render


ENGINES = {"relatorio": relatorio_engine, "secretary": secretary_engine, "py3o": py3o_engine, "docxtpl": docxtpl_engine}


def check(path, *expected):
    """Whether the document's text holds every expected string (record 1's name and number)."""
    import xml.etree.ElementTree as ElementTree
    import zipfile
    if path.endswith(".fodt"):
        root = ElementTree.parse(path).getroot()
    else:
        with zipfile.ZipFile(path) as package:
            root = ElementTree.fromstring(package.read("content.xml"))
    text = " ".join(root.itertext())
    missing = [item for item in expected if item not in text]
    print("ok" if not missing else "missing: " + ", ".join(missing))


def main():
    if sys.argv[1] == "check":
        return check(*sys.argv[2:])
    engine, workload, template, people_path, count, output = sys.argv[1:7]
    count = int(count)
    with open(people_path, encoding="utf-8") as f:
        people = json.load(f)
    if workload == "certificates":
        os.makedirs(output, exist_ok=True)
        suffix = ".docx" if engine == "docxtpl" else ".odt"
        start = time.perf_counter()
        render = ENGINES[engine](template)
        for index in range(count):
            data = render(people[index % len(people)])
            with open(os.path.join(output, "%05d%s" % (index + 1, suffix)), "wb") as f:
                f.write(data)
        print("%.4f" % (time.perf_counter() - start))
    elif workload == "table":
        rows = [people[i % len(people)] for i in range(count)]
        render = ENGINES[engine](template)
        start = time.perf_counter()
        data = render({"danh_sach": rows})
        elapsed = time.perf_counter() - start
        with open(output, "wb") as f:
            f.write(data)
        with open(output + ".ms", "a") as f:
            f.write("%.2f\n" % (elapsed * 1000))
    elif workload == "onefile":
        render = ENGINES[engine](template)
        data = render({"danh_sach": people[:count]})
        with open(output, "wb") as f:
            f.write(data)
    else:
        sys.exit("unknown workload " + workload)


if __name__ == "__main__":
    main()
