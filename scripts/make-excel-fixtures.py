#!/usr/bin/env python3
"""Writes the Excel fixtures of issue 24 into Tests/VanbanDataTests/Fixtures/excel/.

Lists made the way Excel and LibreOffice Calc make them: openpyxl writes real .xlsx (merged
cells, hidden rows and columns, AutoFilter, number formats, the 1904 date system, hidden
sheets); the zip is then rewritten where openpyxl cannot say what Excel says (a formula's
cached <v>, Excel's plain <filterColumn>, <calcPr> without fullCalcOnLoad), with fixed
timestamps so that a second run gives the same bytes. LibreOffice Calc then re-saves some of
them (calc-*.xlsx, *.ods); without soffice that step is skipped and the files in the folder
stay. Every file is checked by reading its XML back (see check_* below); expected.json holds
what a reader must make of each file, README.md says how.

    pip install openpyxl        # 3.1.5 used
    python3 scripts/make-excel-fixtures.py
"""
import csv
import datetime
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import CALENDAR_MAC_1904

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "VanbanDataTests", "Fixtures", "excel")
FIXED = datetime.datetime(2025, 12, 10, 8, 30, 0)          # docProps created / modified
ZIP_TIME = (2025, 12, 10, 8, 30, 0)                        # every zip entry's time
EXPECTED = {}

THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FONT = "Times New Roman"
MONEY = "#,##0"


def nfc(value):
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


# ---------------------------------------------------------------------------------------------
# Writing


class Book:
    """A workbook with the cached values of its formulas, saved then rewritten as Excel would."""

    def __init__(self, title=None):
        self.wb = Workbook()
        self.wb.properties.creator = "Phòng Tổ chức cán bộ"
        self.wb.properties.lastModifiedBy = "Phòng Tổ chức cán bộ"
        self.wb.properties.created = FIXED
        self.wb.properties.modified = FIXED
        self.cached = {}            # sheet index -> {coordinate: "<v> text"}
        self.sheets = []
        first = self.wb.active
        first.title = title or "Sheet1"
        self.sheets.append(Sheet(self, first, 0))

    @property
    def first(self):
        return self.sheets[0]

    def add(self, title):
        sheet = Sheet(self, self.wb.create_sheet(nfc(title)), len(self.sheets))
        self.sheets.append(sheet)
        return sheet

    def activate(self, index):
        self.wb.active = index
        for i, sheet in enumerate(self.sheets):
            sheet.ws.sheet_view.tabSelected = i == index

    def save(self, name):
        if not any(s.ws.sheet_view.tabSelected for s in self.sheets):
            self.activate(self.wb.index(self.wb.active))
        buffer = io.BytesIO()
        self.wb.save(buffer)
        source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
        parts = {n: self.patch(n, source.read(n)).decode("utf-8") for n in source.namelist()}
        shared_strings(parts)
        for n, text in parts.items():
            # Excel writes every part in UTF-8 with this declaration, characters as themselves.
            text = re.sub(r"&#(\d+);", lambda m: chr(int(m.group(1))) if int(m.group(1)) > 127 else m.group(0), text)
            if not text.startswith("<?xml"):
                text = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' + text
            parts[n] = text.encode("utf-8")
        write_zip(parts, os.path.join(OUT, name))

    def patch(self, name, data):
        text = data.decode("utf-8")
        if name == "docProps/core.xml":
            stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ")
            text = re.sub(r"(<dcterms:modified[^>]*>)[^<]*", r"\g<1>" + stamp, text)
            text = re.sub(r"(<dcterms:created[^>]*>)[^<]*", r"\g<1>" + stamp, text)
        elif name == "xl/styles.xml":
            # Excel: <b/>, <i/>, <strike/> when set, nothing when not.
            for tag in ("b", "i", "strike"):
                text = text.replace('<%s val="0"/>' % tag, "").replace('<%s val="1"/>' % tag, "<%s/>" % tag)
            # Excel's <xf>: no pivotButton/quotePrefix when 0, apply* flags where a part is set.
            text = text.replace(' pivotButton="0"', "").replace(' quotePrefix="0"', "")

            def xf(mm):
                tag = mm.group(0)
                for attr, flag in (("numFmtId", "applyNumberFormat"), ("fontId", "applyFont"), ("borderId", "applyBorder")):
                    value = re.search(r'%s="(\d+)"' % attr, tag)
                    if value and value.group(1) != "0" and flag not in tag:
                        tag = tag.replace(' xfId="0"', ' xfId="0" %s="1"' % flag)
                return tag
            cell_xfs = re.search(r"<cellXfs.*?</cellXfs>", text, re.S)
            text = text[:cell_xfs.start()] + re.sub(r"<xf [^>]*>", xf, cell_xfs.group(0)) + text[cell_xfs.end():]
        elif name == "xl/workbook.xml":
            # Excel 365 writes a plain calcPr and no empty workbookProtection.
            text = text.replace('<calcPr calcId="124519" fullCalcOnLoad="1"/>', '<calcPr calcId="191029"/>')
            text = text.replace("<workbookProtection/>", "").replace("<definedNames/>", "")
        else:
            m = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", name)
            if m:
                index = int(m.group(1)) - 1
                for coordinate, value in self.cached.get(index, {}).items():
                    pattern = r'(<c r="%s"[^>]*>)<f>(.*?)</f><v\s*(?:/>|></v>)' % coordinate
                    # A formula whose result is an error (#N/A) is stored as Excel does: t="e".
                    def cell(mm, value=value):
                        start = mm.group(1)
                        if str(value).startswith("#"):
                            start = re.sub(r' t="\w+"', "", start).replace("<c ", '<c t="e" ', 1)
                        return "%s<f>%s</f><v>%s</v>" % (start, mm.group(2), value)
                    text, n = re.subn(pattern, cell, text)
                    assert n == 1, (name, coordinate)
                # Rows squeezed to no height: openpyxl drops ht="0", Excel writes it.
                for r in getattr(self, "zero_height", {}).get(index, []):
                    text = text.replace('<row r="%d" customHeight="1"' % r, '<row r="%d" ht="0" customHeight="1"' % r)
                # Excel's attribute order in <col>: min max width style hidden customWidth.
                def col(mm):
                    attrs = dict(re.findall(r'(\w+)="([^"]*)"', mm.group(1)))
                    order = ["min", "max", "width", "style", "hidden", "customWidth"]
                    keys = [k for k in order if k in attrs] + [k for k in attrs if k not in order]
                    return "<col %s/>" % " ".join('%s="%s"' % (k, attrs[k]) for k in keys)
                text = re.sub(r"<col ([^>]*)/>", col, text)
                # Excel's filter column: no hiddenButton/showButton/blank defaults.
                text = text.replace(' hiddenButton="0" showButton="1"', "").replace('<filters blank="0">', "<filters>")
        return text.encode("utf-8")


EXCEL_ORDER = ["[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"]


def write_zip(parts, path):
    """The parts in Excel's order ([Content_Types].xml first), every time stamp fixed."""
    def rank(name):
        if name in EXCEL_ORDER:
            return (EXCEL_ORDER.index(name), 0, name)
        m = re.fullmatch(r"xl/worksheets/sheet(\d+)\.xml", name)
        if m:
            return (10, int(m.group(1)), name)
        later = ["xl/theme/theme1.xml", "xl/styles.xml", "xl/sharedStrings.xml", "docProps/core.xml", "docProps/app.xml"]
        return (20 + (later.index(name) if name in later else 10), 0, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name in sorted(parts, key=rank):
            entry = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, parts[name])


def shared_strings(parts):
    """openpyxl 3.1 writes strings inline (t="inlineStr"); Excel keeps them in
    xl/sharedStrings.xml and writes <c t="s"><v>index</v></c>. Moved there, in order of first use."""
    table, index = [], {}
    cell = re.compile(r'<c r="([A-Z]+\d+)"((?: s="\d+")?) t="inlineStr"><is><t(?: xml:space="preserve")?>(.*?)</t></is></c>'
                      r'|<c r="([A-Z]+\d+)"((?: s="\d+")?) t="inlineStr"><is><t(?: xml:space="preserve")?\s*/></is></c>', re.S)

    def replace(m):
        if m.group(1):
            ref, style, text = m.group(1), m.group(2), html.unescape(m.group(3))
        else:
            ref, style, text = m.group(4), m.group(5), ""
        if text not in index:
            index[text] = len(table)
            table.append(text)
        replace.count += 1
        return '<c r="%s"%s t="s"><v>%d</v></c>' % (ref, style, index[text])
    replace.count = 0
    sheets = sorted((n for n in parts if re.fullmatch(r"xl/worksheets/sheet\d+\.xml", n)),
                    key=lambda n: int(re.search(r"(\d+)", n).group(1)))
    for name in sheets:
        text = cell.sub(replace, parts[name])
        # An empty cell with only a style: Excel writes <c r="D5" s="8"/>.
        text = re.sub(r'<c r="([A-Z]+\d+)"((?: s="\d+")?)(?: t="n")?></c>', r'<c r="\1"\2/>', text)
        # Numbers: Excel leaves out t="n", the default.
        text = re.sub(r'(<c r="[A-Z]+\d+"(?: s="\d+")?) t="n">', r"\1>", text)
        assert "inlineStr" not in text, name
        parts[name] = text
    if not table:
        return

    def escape(t):
        t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        space = ' xml:space="preserve"' if t != t.strip() or "  " in t else ""
        return "<si><t%s>%s</t></si>" % (space, t)
    parts["xl/sharedStrings.xml"] = (
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
        % (replace.count, len(table), "".join(escape(t) for t in table)))
    rels = parts["xl/_rels/workbook.xml.rels"]
    ids = [int(x) for x in re.findall(r'Id="rId(\d+)"', rels)]
    parts["xl/_rels/workbook.xml.rels"] = rels.replace(
        "</Relationships>",
        '<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
        'Target="sharedStrings.xml" Id="rId%d"/></Relationships>' % (max(ids) + 1))
    types = parts["[Content_Types].xml"]
    parts["[Content_Types].xml"] = types.replace(
        "</Types>", '<Override PartName="/xl/sharedStrings.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')


def excel_number(value):
    """A cached value as Excel writes it: whole numbers bare, others with 17 significant digits,
    an error value (#N/A) as itself."""
    if isinstance(value, str) and value.startswith("#"):
        return value
    if float(value).is_integer():
        return str(int(value))
    return "%.17g" % value


class Sheet:
    def __init__(self, book, ws, index):
        self.book, self.ws, self.index = book, ws, index

    def put(self, coordinate, value, bold=False, fmt=None, box=True, center=False, strike=False,
            wrap=False, italic=False, size=13):
        cell = self.ws[coordinate]
        cell.value = nfc(value)
        cell.font = Font(name=FONT, size=size, bold=bold, strike=strike, italic=italic)
        if box:
            cell.border = BOX
        if fmt:
            cell.number_format = fmt
        if center or wrap:
            cell.alignment = Alignment(horizontal="center" if center else None,
                                       vertical="center" if center else None, wrap_text=wrap)
        return cell

    def formula(self, coordinate, formula, cached, **style):
        self.put(coordinate, formula, **style)
        self.book.cached.setdefault(self.index, {})[coordinate] = excel_number(cached)

    def merge(self, ref, value, **style):
        """A merged range, the value in its top-left cell only, as Excel stores it; every
        cell of the range gets the border when the range is boxed."""
        first = ref.split(":")[0]
        self.ws.merge_cells(ref)
        if style.get("box", True):
            for row in self.ws[ref]:
                for cell in row:
                    cell.border = BOX
        return self.put(first, value, **style)

    def title(self, text, last, subtitle=None):
        self.merge("A1:%s1" % last, text, bold=True, center=True, box=False, size=14)
        if subtitle:
            self.merge("A2:%s2" % last, subtitle, italic=True, center=True, box=False)

    def header(self, row, headings):
        for i, heading in enumerate(headings):
            if heading is not None:
                self.put("%s%d" % (get_column_letter(i + 1), row), heading, bold=True, center=True, wrap=True)

    def row(self, r, values, fmts=None, **style):
        for i, value in enumerate(values):
            column = get_column_letter(i + 1)
            fmt = (fmts or {}).get(column)
            if isinstance(value, str) and value.startswith("="):
                raise ValueError("use formula()")
            self.put("%s%d" % (column, r), value, fmt=fmt, center=(column == "A"), **style)

    def widths(self, *widths):
        for i, w in enumerate(widths):
            self.ws.column_dimensions[get_column_letter(i + 1)].width = w

    def hide_rows(self, *rows):
        for r in rows:
            self.ws.row_dimensions[r].hidden = True


def expect(name, sheet, header_rows, rows, names, hidden=(), filtered=(), section=(), total=(), **more):
    assert len(rows) == len(names), name
    entry = {
        "sheet": sheet,
        "header_rows": list(header_rows),
        "records": len(names),
        "record_rows": list(rows),
        "names": [nfc(n) for n in names],
        "left_out": {"hidden": list(hidden), "filtered": list(filtered), "section": list(section),
                     "total": list(total)},
    }
    entry.update(more)
    EXPECTED[name] = entry
    return entry


# ---------------------------------------------------------------------------------------------
# The people

TITLE = "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025"
SUBTITLE = "(Kèm theo Tờ trình số 152/TTr-BVĐK ngày 05/12/2025 của Bệnh viện Đa khoa tỉnh)"
GK = "Giấy khen"
CN, TT = "Cá nhân", "Tập thể"
CN_MONEY, TT_MONEY = 760000, 1520000     # Giấy khen, lương cơ sở 2.530.000 (0,3 / 0,6, làm tròn lên)

BVDK = "Bệnh viện Đa khoa tỉnh"
CDC = "Trung tâm Kiểm soát bệnh tật"
SYT = "Sở Y tế Đắk Lắk"

PEOPLE = [   # họ và tên, chức vụ, đơn vị
    ("Nguyễn Thị Hồng Nhung", "Điều dưỡng trưởng Khoa Nội", BVDK),
    ("Trần Văn Minh", "Trưởng khoa Ngoại tổng hợp", BVDK),
    ("Lê Thị Thu Hà", "Bác sĩ Khoa Nội", BVDK),
    ("Phạm Quốc Bảo", "Phó Giám đốc", CDC),
    ("Hoàng Thị Mai Anh", "Chuyên viên Phòng Tổ chức cán bộ", SYT),
    ("Võ Đình Khoa", "Kỹ thuật viên trưởng Khoa Xét nghiệm", BVDK),
    ("Đặng Thị Lan", "Trưởng khoa Dược", CDC),
    ("Y Khuê Niê", "Y sĩ Khoa Y tế công cộng", CDC),
    ("H'Linh Mlô", "Nữ hộ sinh Khoa Sản", BVDK),
    ("Bùi Văn Hùng", "Kế toán trưởng", SYT),
]
GROUPS = [   # tên tập thể, đơn vị
    ("Khoa Hồi sức tích cực - Chống độc", BVDK),
    ("Khoa Nhi", BVDK),
    ("Khoa Phòng, chống bệnh truyền nhiễm", CDC),
    ("Phòng Nghiệp vụ Y", SYT),
]
OLD_PEOPLE = [
    ("Ngô Thị Bích Thủy", "Điều dưỡng Khoa Ngoại", BVDK),
    ("Lý Văn Toàn", "Phó trưởng khoa Nhi", BVDK),
    ("Đinh Thị Kim Oanh", "Chuyên viên Phòng Kế hoạch - Tài chính", SYT),
    ("Châu Minh Tuấn", "Bác sĩ Khoa Cấp cứu", BVDK),
]

AWARD = ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Đối tượng", "Hình thức", "Số tiền"]
AWARD_WIDTHS = (6, 28, 30, 26, 11, 12, 13)


def award_rows(groups, people):
    """(họ và tên, chức vụ, đơn vị, đối tượng, hình thức, số tiền): tập thể first, as lists are."""
    rows = [(g, None, u, TT, GK, TT_MONEY) for g, u in groups]
    rows += [(p, c, u, CN, GK, CN_MONEY) for p, c, u in people]
    return rows


def award_sheet(sheet, rows, start=4, header_row=3, title=TITLE, subtitle=None):
    """The usual list: title merged over row 1, header row 3, records from row 4."""
    sheet.title(title, "G", subtitle)
    sheet.header(header_row, AWARD)
    sheet.widths(*AWARD_WIDTHS)
    numbers = []
    for i, values in enumerate(rows):
        r = start + i
        sheet.row(r, (i + 1,) + tuple(values), {"G": MONEY})
        numbers.append(r)
    return numbers


# ---------------------------------------------------------------------------------------------
# The fixtures


def merged_header():
    book = Book("DS đề nghị")
    s = book.first
    s.title(TITLE, "G", SUBTITLE)
    for col, heading in zip("ABCDE", AWARD[:5]):
        s.merge("%s3:%s4" % (col, col), heading, bold=True, center=True, wrap=True)
    s.merge("F3:G3", "Khen thưởng", bold=True, center=True)
    s.put("F4", "Hình thức", bold=True, center=True)
    s.put("G4", "Số tiền", bold=True, center=True)
    s.widths(*AWARD_WIDTHS)
    rows = award_rows(GROUPS[:1], PEOPLE[:5])
    for i, values in enumerate(rows):
        s.row(5 + i, (i + 1,) + values, {"G": MONEY})
    book.save("merged-header.xlsx")
    expect("merged-header.xlsx", "DS đề nghị", [3, 4], list(range(5, 11)), [r[0] for r in rows],
           doi_tuong=[r[3] for r in rows], amounts=[r[5] for r in rows],
           columns={"A": "STT", "B": "Họ và tên", "C": "Chức vụ", "D": "Đơn vị", "E": "Đối tượng",
                    "F": "Khen thưởng / Hình thức", "G": "Khen thưởng / Số tiền"},
           note="Row 4 is the second header row (F4 Hình thức, G4 Số tiền), never a person.")


def merged_header_3rows():
    book = Book("Sheet1")
    s = book.first
    s.title(TITLE, "I", SUBTITLE)
    for col, heading in zip("ABCDE", AWARD[:5]):
        s.merge("%s3:%s5" % (col, col), heading, bold=True, center=True, wrap=True)
    s.merge("F3:I3", "Khen thưởng", bold=True, center=True)
    s.merge("F4:G4", "Hình thức khen", bold=True, center=True)
    s.merge("H4:I4", "Tiền thưởng", bold=True, center=True)
    for col, heading in zip("FGHI", ["Danh hiệu", "Số QĐ", "Mức", "Số tiền"]):
        s.put("%s5" % col, heading, bold=True, center=True)
    s.widths(6, 26, 30, 24, 11, 12, 16, 7, 13)
    people = PEOPLE[2:6]
    rows = [(GROUPS[1][0], None, GROUPS[1][1], TT, GK, "15/QĐ-SYT", 0.6, TT_MONEY)]
    rows += [(p, c, u, CN, GK, "15/QĐ-SYT", 0.3, CN_MONEY) for p, c, u in people]
    for i, values in enumerate(rows):
        s.row(6 + i, (i + 1,) + values, {"H": "0.0", "I": MONEY})
    book.save("merged-header-3rows.xlsx")
    expect("merged-header-3rows.xlsx", "Sheet1", [3, 4, 5], list(range(6, 11)), [r[0] for r in rows],
           doi_tuong=[r[3] for r in rows], amounts=[r[7] for r in rows],
           hinh_thuc=[r[4] for r in rows],
           columns={"F": "Khen thưởng / Hình thức khen / Danh hiệu", "G": "Khen thưởng / Hình thức khen / Số QĐ",
                    "H": "Khen thưởng / Tiền thưởng / Mức", "I": "Khen thưởng / Tiền thưởng / Số tiền"},
           note="Rows 4 and 5 are header rows. Money is column I (Số tiền), not H (Mức = hệ số 0,3/0,6) "
                "although H sits under the parent heading 'Tiền thưởng' too.")


SPLIT = [   # họ đệm, tên, chức vụ, đơn vị
    ("Nguyễn Thị Hồng", "Nhung", "Điều dưỡng trưởng Khoa Nội", BVDK),
    ("Trần Văn", "Minh", "Trưởng khoa Ngoại tổng hợp", BVDK),
    ("Lê Thị Thu", "Hà", "Bác sĩ Khoa Nội", BVDK),
    ("Phạm Quốc", "Bảo", "Phó Giám đốc", CDC),
    ("Hoàng Thị Mai", "Anh", "Chuyên viên Phòng Tổ chức cán bộ", SYT),
]


def merged_name():
    book = Book("Sheet1")
    s = book.first
    s.title(TITLE, "H", SUBTITLE)
    s.put("A3", "STT", bold=True, center=True)
    s.merge("B3:C3", "Họ và tên", bold=True, center=True)
    for col, heading in zip("DEFGH", AWARD[2:]):
        s.put("%s3" % col, heading, bold=True, center=True, wrap=True)
    s.widths(6, 22, 9, 30, 24, 11, 12, 13)
    # A tập thể's name written across both name columns (merged B4:C4), then the persons.
    s.row(4, (1, None, None, None, GROUPS[1][1], TT, GK, TT_MONEY), {"H": MONEY})
    s.merge("B4:C4", GROUPS[1][0])
    names = [GROUPS[1][0]]
    for i, (ho, ten, cv, dv) in enumerate(SPLIT):
        s.row(5 + i, (i + 2, ho, ten, cv, dv, CN, GK, CN_MONEY), {"H": MONEY})
        names.append(ho + " " + ten)
    book.save("merged-name.xlsx")
    expect("merged-name.xlsx", "Sheet1", [3], list(range(4, 10)), names,
           doi_tuong=[TT] + [CN] * 5, joined_columns={"ho_ten": ["B", "C"]},
           note="'Họ và tên' is merged over B3:C3 with no sub-heading row: B and C joined with one "
                "space, in column order. Row 4 is a tập thể whose name is merged B4:C4 (C4 empty): "
                "'Khoa Nhi', no trailing space.")


def merged_name_subheadings():
    book = Book("Sheet1")
    s = book.first
    s.title(TITLE, "H", SUBTITLE)
    s.merge("A3:A4", "STT", bold=True, center=True)
    s.merge("B3:C3", "Họ và tên", bold=True, center=True)
    s.put("B4", "Họ đệm", bold=True, center=True)
    s.put("C4", "Tên", bold=True, center=True)
    for col, heading in zip("DEFGH", AWARD[2:]):
        s.merge("%s3:%s4" % (col, col), heading, bold=True, center=True, wrap=True)
    s.widths(6, 22, 9, 30, 24, 11, 12, 13)
    rows = SPLIT + [("H'Linh", "Mlô", "Nữ hộ sinh Khoa Sản", BVDK)]
    for i, (ho, ten, cv, dv) in enumerate(rows):
        s.row(5 + i, (i + 1, ho, ten, cv, dv, CN, GK, CN_MONEY), {"H": MONEY})
    book.save("merged-name-subheadings.xlsx")
    expect("merged-name-subheadings.xlsx", "Sheet1", [3, 4], list(range(5, 11)),
           [ho + " " + ten for ho, ten, _, _ in rows], doi_tuong=[CN] * 6,
           joined_columns={"ho_ten": ["B", "C"]},
           note="C4 'Tên' is itself a heading of ho_ten; under the merged 'Họ và tên' it is a "
                "sub-heading: the name is B + ' ' + C, never C alone.")


def merged_stt_unit():
    book = Book("Sheet1")
    s = book.first
    units = [(BVDK, 3), (CDC, 2), (SYT, 2)]
    people = PEOPLE[:3] + [PEOPLE[3], PEOPLE[6]] + [PEOPLE[4], PEOPLE[9]]
    s.title(TITLE, "G", SUBTITLE)
    s.header(3, AWARD)
    s.widths(*AWARD_WIDTHS)
    r, k, expected_units = 4, 0, []
    for unit, count in units:
        for j in range(count):
            name, cv, _ = people[k]
            s.row(r + j, (k + 1, name, cv, None, CN, GK, CN_MONEY), {"G": MONEY})
            k += 1
            expected_units.append(unit)
        s.merge("D%d:D%d" % (r, r + count - 1), unit, center=True, wrap=True)
        r += count
    book.save("merged-stt-unit.xlsx")
    expect("merged-stt-unit.xlsx", "Sheet1", [3], list(range(4, 11)), [p[0] for p in people],
           don_vi=expected_units, merged_data={"D4:D6": units[0][0], "D7:D8": units[1][0], "D9:D10": units[2][0]},
           note="Đơn vị merged vertically over each unit's people; Excel keeps the value in the top "
                "cell only (D5, D6, D8, D10 are empty <c> with the border style).")


def hidden_rows():
    book = Book("Sheet1")
    s = book.first
    rows = award_rows(GROUPS[:3], PEOPLE[:5])          # 3 tập thể, 5 cá nhân: rows 4-11
    numbers = award_sheet(s, rows, subtitle=SUBTITLE)
    hidden = [5, 9]                                    # Khoa Nhi (tập thể), Lê Thị Thu Hà (cá nhân)
    for r in hidden:
        for col in "ABCDEFG":
            s.ws["%s%d" % (col, r)].font = Font(name=FONT, size=13, strike=True)
    s.hide_rows(*hidden)
    keep = [(n, r) for n, r in zip(numbers, rows) if n not in hidden]
    book.save("hidden-rows.xlsx")
    expect("hidden-rows.xlsx", "Sheet1", [3], [n for n, _ in keep], [r[0] for _, r in keep], hidden=hidden,
           doi_tuong=[r[3] for _, r in keep], counts={"tap_the": 2, "ca_nhan": 4},
           doi_tuong_khen="2 tập thể và 4 cá nhân",
           amounts=[r[5] for _, r in keep], total_amount=sum(r[5] for _, r in keep),
           message_contains="bỏ 2 dòng ẩn: 5, 9",
           note="Rows 5 and 9 are hidden by hand (<row hidden=\"1\">) and struck through (<strike/>). "
                "Read blindly: 3 tập thể và 5 cá nhân.")


def filtered():
    book = Book("Sheet1")
    s = book.first
    people = PEOPLE[:9]
    rows = award_rows([], people)
    numbers = award_sheet(s, rows, subtitle=SUBTITLE)
    last = numbers[-1]
    s.ws.auto_filter.ref = "A3:G%d" % last
    s.ws.auto_filter.add_filter_column(3, [BVDK])
    s.ws.sheet_properties.filterMode = True
    out = [n for n, r in zip(numbers, rows) if r[2] != BVDK]
    s.hide_rows(*out)
    keep = [(n, r) for n, r in zip(numbers, rows) if r[2] == BVDK]
    book.save("filtered.xlsx")
    expect("filtered.xlsx", "Sheet1", [3], [n for n, _ in keep], [r[0] for _, r in keep], filtered=out,
           filter={"column": "D", "heading": "Đơn vị", "values": [BVDK]},
           note="AutoFilter A3:G12 with <filterColumn colId=\"3\"> on Đơn vị = Bệnh viện Đa khoa tỉnh; "
                "<sheetPr filterMode=\"1\">, rows of other units hidden, _xlnm._FilterDatabase defined, "
                "as Excel saves a filtered list.")


def hidden_column():
    book = Book("Sheet1")
    s = book.first
    headings = ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Ghi chú nội bộ", "Đối tượng", "Hình thức", "Số tiền"]
    s.title(TITLE, "H", SUBTITLE)
    s.header(3, headings)
    s.widths(6, 28, 30, 26, 30, 11, 12, 13)
    notes = ["Đã xác minh", "Chưa nộp bản thành tích", "Hỏi lại phòng TCCB", None, "Trùng năm 2024?", "Đã xác minh"]
    rows = award_rows(GROUPS[:1], PEOPLE[:5])
    for i, (name, cv, dv, dt, ht, st) in enumerate(rows):
        s.row(4 + i, (i + 1, name, cv, dv, notes[i], dt, ht, st), {"H": MONEY})
    s.ws.column_dimensions["E"].hidden = True
    book.save("hidden-column.xlsx")
    expect("hidden-column.xlsx", "Sheet1", [3], list(range(4, 10)), [r[0] for r in rows],
           hidden_columns=["E"], doi_tuong=[r[3] for r in rows], amounts=[r[5] for r in rows],
           note="Column E 'Ghi chú nội bộ' is hidden (<col min=\"5\" max=\"5\" hidden=\"1\">): its "
                "values are not read, and no field comes from it.")


def total(name, formula):
    book = Book("Sheet1")
    s = book.first
    s.title(TITLE, "G")
    s.header(3, AWARD)
    s.widths(*AWARD_WIDTHS)
    rows = award_rows(GROUPS[:1], PEOPLE[:5])         # rows 4-9
    for i, values in enumerate(rows):
        s.row(4 + i, (i + 1,) + values, {"G": MONEY})
    amount = sum(r[5] for r in rows)
    for col in "ABCDEF":
        s.put("%s10" % col, None, bold=True)
    if formula:
        s.formula("G10", "=SUM(G4:G9)", amount, bold=True, fmt=MONEY)
    else:
        s.put("G10", amount, bold=True, fmt=MONEY)
    book.save(name)
    expect(name, "Sheet1", [3], list(range(4, 10)), [r[0] for r in rows], total=[10],
           amounts=[r[5] for r in rows], total_amount=amount,
           note="Row 10 has no label: bold, only G10 filled (%s)." %
                ("=SUM(G4:G9) with its cached <v>%d</v>" % amount if formula else "the number %d typed, "
                 "equal to the sum of G4:G9" % amount))


def date_1904():
    book = Book("Sheet1")
    book.wb.epoch = CALENDAR_MAC_1904
    s = book.first
    headings = ["STT", "Họ và tên", "Ngày sinh", "Chức vụ", "Đơn vị", "Ngày vào ngành"]
    s.title("DANH SÁCH CÁN BỘ ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025", "F")
    s.header(3, headings)
    s.widths(6, 28, 13, 30, 26, 26)
    births = [datetime.date(1985, 3, 15), datetime.date(1979, 12, 1), datetime.date(1990, 7, 5),
              datetime.date(1972, 2, 29), datetime.date(1988, 10, 31), datetime.date(1995, 1, 9)]
    starts = [datetime.date(2010, 9, 1), datetime.date(2003, 6, 16), datetime.date(2014, 1, 2),
              datetime.date(1996, 11, 20), datetime.date(2012, 3, 5), datetime.date(2019, 8, 1)]
    custom = 'd "tháng" m "năm" yyyy'
    people = PEOPLE[:6]
    for i, (p, cv, dv) in enumerate(people):
        s.row(4 + i, (i + 1, p, births[i], cv, dv, starts[i]), {"C": "dd/mm/yyyy", "F": custom})
    book.save("date-1904.xlsx")
    d = lambda x: x.strftime("%d/%m/%Y")
    serial = lambda x: (x - datetime.date(1904, 1, 1)).days
    expect("date-1904.xlsx", "Sheet1", [3], list(range(4, 10)), [p[0] for p in people],
           date1904=True,
           dates={"ngay_sinh": [d(x) for x in births], "ngay_vao_nganh": [d(x) for x in starts]},
           shown={"ngay_vao_nganh": ["%d tháng %d năm %d" % (x.day, x.month, x.year) for x in starts]},
           serials={"ngay_sinh": [serial(x) for x in births], "ngay_vao_nganh": [serial(x) for x in starts]},
           wrong_if_1900=[d(x - datetime.timedelta(days=1462)) for x in births],
           note="<workbookPr date1904=\"1\">: serials count days from 01/01/1904 (15/03/1985 is 29659). "
                "Read in the 1900 system every date is 4 years and 1 day early (wrong_if_1900). "
                "Ngày vào ngành has the custom format d \"tháng\" m \"năm\" yyyy (shown) and is still a date.")


def leading_zero():
    book = Book("Sheet1")
    s = book.first
    headings = ["STT", "Họ và tên", "Số CCCD", "Điện thoại", "Mã hồ sơ", "Đơn vị"]
    s.title("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025", "F")
    s.header(3, headings)
    s.widths(6, 28, 17, 14, 11, 28)
    cccd = [66089001234, 66190004567, 1085012345, 79188009876, 66095000012, None]
    phones = [905123456, 912345678, 983001122, 356789012, 868123456, 762000111]
    codes = ["00123", "00124", "00125", "01001", "00007", "00130"]
    people = PEOPLE[:6]
    for i, (p, _, dv) in enumerate(people):
        s.row(4 + i, (i + 1, p, cccd[i], phones[i], codes[i], dv),
              {"C": "000000000000", "D": "0000000000", "E": "@"})
    # Row 9: the CCCD typed with an apostrophe ('066301000345): a string, quotePrefix in its style.
    cell = s.put("C9", "066301000345")
    cell.quotePrefix = True
    cccd[5] = "066301000345"
    book.save("leading-zero.xlsx")
    shown_cccd = ["%012d" % c if isinstance(c, int) else c for c in cccd]
    expect("leading-zero.xlsx", "Sheet1", [3], list(range(4, 10)), [p[0] for p in people],
           ids={"so_cccd": shown_cccd, "dien_thoai": ["%010d" % x for x in phones], "ma_ho_so": codes},
           stored={"so_cccd": cccd, "dien_thoai": phones},
           note="C4:C8 and D4:D9 are numbers (<c t=\"n\">66089001234</c>) shown through the formats "
                "000000000000 and 0000000000; E is text-formatted (@) and holds the strings '00123'...; "
                "C9 is a string typed with an apostrophe (quotePrefix=\"1\").")


def cached_formula():
    book = Book("Sheet1")
    s = book.first
    headings = ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Hệ số", "Tỷ lệ", "Mức lương cơ sở", "Số tiền"]
    s.title("DANH SÁCH CHI TIỀN THƯỞNG NĂM 2025", "H")
    s.header(3, headings)
    s.widths(6, 28, 30, 26, 8, 8, 14, 15)
    # Số tiền = Hệ số × Tỷ lệ × Mức lương cơ sở, computed left to right as Excel does.
    factors = [(2.26, 1, 2340000), (1.5, 0.2, 2530000), (4.98, 1, 2340000), (3.0, 0.1, 2530000),
               (2.72, 1, 2530000), (3.03, 1, 2530000), (2.34, 1, 2340000)]
    people = PEOPLE[:7]
    cached, shown = [], []
    for i, ((p, cv, dv), (h, t, b)) in enumerate(zip(people, factors)):
        r = 4 + i
        s.row(r, (i + 1, p, cv, dv, h, t, b), {"E": "0.00", "F": "0%", "G": MONEY})
        value = h * t * b
        s.formula("H%d" % r, "=E%d*F%d*G%d" % (r, r, r), value, fmt=MONEY)
        cached.append(excel_number(value))
        shown.append(int(round(value)))
    assert cached[0] == "5288399.9999999991" and cached[1] == "759000.00000000012", cached
    book.save("cached-formula.xlsx")
    expect("cached-formula.xlsx", "Sheet1", [3], list(range(4, 11)), [p[0] for p in people],
           amounts=shown, cached=cached, total_amount=sum(shown),
           note="H4:H10 are formulas =E*F*G with Excel's 17-digit cached values; format #,##0 shows "
                "them whole: 5288399.9999999991 is 5.288.400, 759000.00000000012 is 759.000. Not an "
                "error 'not whole đồng'.")


INVITATION = ["STT", "Giới tính", "Họ và tên", "Chức vụ", "Đơn vị"]


def empty_name():
    book = Book("Sheet1")
    s = book.first
    s.title("DANH SÁCH KHÁCH MỜI DỰ HỘI NGHỊ TỔNG KẾT CÔNG TÁC Y TẾ NĂM 2025", "E")
    s.header(3, INVITATION)
    s.widths(6, 10, 28, 30, 28)
    guests = [("Ông", "Trần Văn Minh", "Trưởng khoa Ngoại tổng hợp", BVDK),
              ("Bà", "Nguyễn Thị Hồng Nhung", "Điều dưỡng trưởng Khoa Nội", BVDK),
              ("Ông", "Phạm Quốc Bảo", "Phó Giám đốc", CDC),
              ("Bà", None, "Phó Trưởng phòng Nghiệp vụ Y", SYT),
              ("Bà", "Hoàng Thị Mai Anh", "Chuyên viên Phòng Tổ chức cán bộ", SYT),
              ("Ông", "Y Khuê Niê", "Y sĩ Khoa Y tế công cộng", CDC),
              ("Bà", "Đặng Thị Lan", "Trưởng khoa Dược", CDC)]
    for i, g in enumerate(guests):
        s.row(4 + i, (i + 1,) + g)
    book.save("empty-name.xlsx")
    expect("empty-name.xlsx", "Sheet1", [3], list(range(4, 11)), [g[1] or "" for g in guests],
           gioi_tinh=[g[0] for g in guests],
           error={"rows": [7], "field": "ho_ten", "heading": "Họ và tên",
                  "why": "Row 7 has Giới tính 'Bà', Chức vụ and Đơn vị but an empty Họ và tên (C7 is an empty "
                         "cell with the border style): no invitation addressed 'Bà ' to nobody; the run "
                         "fails naming Excel row 7 and writes nothing."},
           note="records/names describe the seven data rows as read; the run must refuse.")


def sections(name, split):
    book = Book("Sheet1")
    s = book.first
    headings = ["STT", "Tên tập thể/cá nhân", "Chức vụ", "Đơn vị", "Hình thức", "Số tiền"]
    s.title(TITLE, "F", SUBTITLE)
    s.header(3, headings)
    s.widths(6, 34, 30, 26, 12, 13)

    def section(r, roman, text):
        if split:
            s.put("A%d" % r, roman, bold=True, center=True)
            s.put("B%d" % r, text, bold=True)
            for col in "CDEF":
                s.put("%s%d" % (col, r), None)
        else:
            s.merge("A%d:F%d" % (r, r), "%s. %s" % (roman, text), bold=True)

    section(4, "I", "TẬP THỂ")
    groups = GROUPS[:3]
    for i, (g, u) in enumerate(groups):
        s.row(5 + i, (i + 1, g, None, u, GK, TT_MONEY), {"F": MONEY})
    section(8, "II", "CÁ NHÂN")
    people = PEOPLE[:5]
    for i, (p, cv, u) in enumerate(people):
        s.row(9 + i, (i + 1, p, cv, u, GK, CN_MONEY), {"F": MONEY})
    s.merge("A14:E14", "Tổng cộng", bold=True, center=True)
    amount = 3 * TT_MONEY + 5 * CN_MONEY
    s.formula("F14", "=SUM(F5:F13)", amount, bold=True, fmt=MONEY)
    book.save(name)
    expect(name, "Sheet1", [3], [5, 6, 7, 9, 10, 11, 12, 13], [g for g, _ in groups] + [p[0] for p in people],
           section=[4, 8], total=[14], doi_tuong=[TT] * 3 + [CN] * 5, counts={"tap_the": 3, "ca_nhan": 5},
           amounts=[TT_MONEY] * 3 + [CN_MONEY] * 5, total_amount=amount,
           sections={"4": "I. TẬP THỂ" if not split else "I | TẬP THỂ", "8": "II. CÁ NHÂN" if not split else "II | CÁ NHÂN"},
           note=("Section rows merged A:F ('I. TẬP THỂ', 'II. CÁ NHÂN')" if not split else
                 "Section rows not merged: A4 'I' and B4 'TẬP THỂ', A8 'II' and B8 'CÁ NHÂN', C:F empty")
                + "; no Đối tượng column: each record's doi_tuong comes from its section. STT restarts "
                  "at 1 in each section. Row 14 'Tổng cộng' (merged A14:E14) with =SUM(F5:F13).")


def sections_units():
    book = Book("Sheet1")
    s = book.first
    headings = ["STT", "Họ và tên", "Chức vụ", "Đối tượng", "Hình thức", "Số tiền"]
    s.title(TITLE, "F", SUBTITLE)
    s.header(3, headings)
    s.widths(6, 28, 34, 11, 12, 13)
    plan = [("A", "BỆNH VIỆN ĐA KHOA TỈNH", [PEOPLE[0], PEOPLE[1], PEOPLE[2]]),
            ("B", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT", [PEOPLE[3], PEOPLE[6]]),
            ("C", "SỞ Y TẾ ĐẮK LẮK", [PEOPLE[4], PEOPLE[9]])]
    r, k, rows, names, groups, section_rows = 4, 0, [], [], [], []
    for letter, unit, people in plan:
        s.merge("A%d:F%d" % (r, r), "%s. %s" % (letter, unit), bold=True)
        section_rows.append(r)
        r += 1
        for p, cv, _ in people:
            k += 1
            s.row(r, (k, p, cv, CN, GK, CN_MONEY), {"F": MONEY})
            rows.append(r)
            names.append(p)
            groups.append(unit)
            r += 1
    book.save("sections-units.xlsx")
    expect("sections-units.xlsx", "Sheet1", [3], rows, names, section=section_rows, group=groups,
           doi_tuong=[CN] * len(names),
           note="No Đơn vị column: section rows 'A. BỆNH VIỆN ĐA KHOA TỈNH', 'B. …', 'C. …' (merged "
                "A:F, bold) name the unit of the rows under them (group = the text after 'A. '). "
                "STT runs on across sections.")


OLD_TITLE = "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2024"
OLD_SUBTITLE = "(Kèm theo Tờ trình số 141/TTr-BVĐK ngày 04/12/2024 của Bệnh viện Đa khoa tỉnh)"


def list_sheet(s, rows, old=False):
    return award_sheet(s, rows, title=OLD_TITLE if old else TITLE, subtitle=OLD_SUBTITLE if old else SUBTITLE)


def multi_sheet():
    book = Book("Tổng hợp")
    summary = book.first
    old = book.add("Cũ")
    real = book.add("DS khen thưởng")
    rows = award_rows(GROUPS[:2], PEOPLE[:6])
    numbers = list_sheet(real, rows)
    last = numbers[-1]
    list_sheet(old, award_rows([], OLD_PEOPLE), old=True)
    old.ws.sheet_state = "hidden"
    summary.title("TỔNG HỢP ĐỀ NGHỊ KHEN THƯỞNG NĂM 2025", "D")
    summary.header(3, ["STT", "Đơn vị", "Số người", "Tổng tiền"])
    summary.widths(6, 32, 10, 15)
    units = [BVDK, CDC, SYT]
    for i, unit in enumerate(units):
        r = 4 + i
        summary.put("A%d" % r, i + 1, center=True)
        summary.put("B%d" % r, unit)
        count = sum(1 for x in rows if x[2] == unit)
        money = sum(x[5] for x in rows if x[2] == unit)
        summary.formula("C%d" % r, "=COUNTIF('DS khen thưởng'!$D$4:$D$%d,B%d)" % (last, r), count)
        summary.formula("D%d" % r, "=SUMIF('DS khen thưởng'!$D$4:$D$%d,B%d,'DS khen thưởng'!$G$4:$G$%d)"
                        % (last, r, last), money, fmt=MONEY)
    summary.merge("A7:B7", "Cộng", bold=True, center=True)
    summary.formula("C7", "=SUM(C4:C6)", len(rows), bold=True)
    summary.formula("D7", "=SUM(D4:D6)", sum(x[5] for x in rows), bold=True, fmt=MONEY)
    book.activate(0)
    book.save("multi-sheet.xlsx")
    expect("multi-sheet.xlsx", "DS khen thưởng", [3], numbers, [r[0] for r in rows],
           sheets=["Tổng hợp", "Cũ", "DS khen thưởng"], hidden_sheets=["Cũ"],
           doi_tuong=[r[3] for r in rows], amounts=[r[5] for r in rows],
           message_contains="đọc trang «DS khen thưởng»",
           note="Sheet 1 'Tổng hợp' (the active tab) is a summary (Đơn vị | Số người | Tổng tiền, COUNTIF/SUMIF "
                "formulas with cached values); sheet 2 'Cũ' is hidden (state=\"hidden\") and holds a "
                "full 2024 list with other names, whose header matches as well as the real one; sheet 3 "
                "is the list.")


def multi_sheet_nomatch():
    book = Book("Ghi chú")
    notes = book.first
    chart = book.add("Biểu đồ")
    lines = ["Ghi chú về việc lập danh sách khen thưởng",
             "Các đơn vị gửi danh sách về Phòng Tổ chức cán bộ trước ngày 15/12/2025.",
             "Danh sách gửi kèm biên bản họp Hội đồng Thi đua - Khen thưởng của đơn vị.",
             "Liên hệ: chị Mai Anh, số máy lẻ 214."]
    for i, line in enumerate(lines):
        notes.put("A%d" % (i + 1), line, bold=(i == 0), box=False)
    notes.widths(90)
    chart.put("A1", "Biểu đồ số lượng khen thưởng qua các năm", bold=True, box=False)
    chart.put("A3", "Biểu đồ sẽ được cập nhật sau khi có quyết định khen thưởng năm 2025.", box=False)
    chart.widths(80)
    book.save("multi-sheet-nomatch.xlsx")
    EXPECTED["multi-sheet-nomatch.xlsx"] = {
        "sheet": None, "header_rows": [], "records": 0, "names": [],
        "left_out": {"hidden": [], "filtered": [], "section": [], "total": []},
        "sheets": ["Ghi chú", "Biểu đồ"],
        "error": {"why": "No sheet has a list header (free text only): refused, the message lists the "
                         "sheets «Ghi chú», «Biểu đồ» and names the option --trang-tinh.",
                  "message_contains": ["Ghi chú", "Biểu đồ", "--trang-tinh"]},
    }


def hidden_first_sheet():
    book = Book("DS 2024")
    old = book.first
    real = book.add("DS 2025")
    list_sheet(old, award_rows(GROUPS[3:], OLD_PEOPLE), old=True)
    old.ws.sheet_state = "hidden"
    rows = award_rows(GROUPS[:1], PEOPLE[4:9])
    numbers = list_sheet(real, rows)
    book.activate(1)
    book.save("hidden-first-sheet.xlsx")
    expect("hidden-first-sheet.xlsx", "DS 2025", [3], numbers, [r[0] for r in rows],
           sheets=["DS 2024", "DS 2025"], hidden_sheets=["DS 2024"], doi_tuong=[r[3] for r in rows],
           note="The first sheet 'DS 2024' (an old list, same header) is hidden; the second, active "
                "(activeTab=\"1\", tabSelected) is read.")


def invisible_chars():
    book = Book("Sheet1")
    s = book.first
    written = [("Nguyễn Văn An\u200b", "Bác sĩ Khoa Cấp cứu", BVDK),            # zero-width space at the end
               ("Trần Thị Bích Ng\u00adọc", "Điều dưỡng Khoa Nhi", BVDK),          # soft hyphen inside
               ("\ufeffLê Hoàng Phúc", "Kỹ thuật viên Khoa Chẩn đoán hình ảnh", BVDK),  # BOM at the start
               ("Phạm Thị Thu\u200e Trang", "Chuyên viên", SYT),                 # left-to-right mark
               ("Võ\u200b Đình\u200c Khoa", "Kỹ thuật viên trưởng Khoa Xét nghiệm", BVDK),  # ZWSP + ZWNJ
               ("Đặng Thị Lan", "Trưởng khoa Dược", CDC + "\u200d"),              # ZWJ in the unit
               ("Bùi Văn Hùng", "Kế toán trưởng", SYT)]                           # clean
    clean = ["Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Hoàng Phúc", "Phạm Thị Thu Trang",
             "Võ Đình Khoa", "Đặng Thị Lan", "Bùi Văn Hùng"]
    rows = [(n, c, u, CN, GK, CN_MONEY) for n, c, u in written]
    award_sheet(s, rows)
    book.save("invisible-chars.xlsx")
    expect("invisible-chars.xlsx", "Sheet1", [3], list(range(4, 11)), clean,
           don_vi=[BVDK, BVDK, BVDK, SYT, BVDK, CDC, SYT],
           invisible_rows=[4, 5, 6, 7, 8, 9],
           written={"B4": "U+200B at the end", "B5": "U+00AD between Ng and ọc", "B6": "U+FEFF at the start",
                    "B7": "U+200E after Thu", "B8": "U+200B after Võ, U+200C after Đình", "D9": "U+200D at the end"},
           note="Invisible characters removed from every value (and from file names made of them), "
                "reported once; the names are then exactly the clean ones.")


def tone_marks():
    book = Book("Sheet1")
    s = book.first
    k_noi = "Khoa Nội - " + BVDK
    k_ngoai = "Khoa Ngoại - " + BVDK
    duoc = "Khoa Dược - " + BVDK
    tccb = "Phòng Tổ chức cán bộ - " + SYT
    written = [("Nguyễn Thị Hoa", "Điều dưỡng", k_noi), ("Nguyễn Thị Hòa", "Điều dưỡng", k_noi),
               ("Trần Văn Tâm", "Bác sĩ", k_ngoai), ("Trần Văn Tám", "Bác sĩ", k_ngoai),
               ("Lê Thị Thủy", "Dược sĩ", duoc), ("Lê Thị Thúy", "Dược sĩ", duoc),
               ("Phạm Văn Nam", "Chuyên viên", tccb), (" PHẠM  VĂN NAM ", "Chuyên viên", tccb)]
    rows = [(n, c, u, CN, GK, CN_MONEY) for n, c, u in written]
    award_sheet(s, rows)
    book.save("tone-marks.xlsx")
    expect("tone-marks.xlsx", "Sheet1", [3], list(range(4, 12)),
           ["Nguyễn Thị Hoa", "Nguyễn Thị Hòa", "Trần Văn Tâm", "Trần Văn Tám", "Lê Thị Thủy",
            "Lê Thị Thúy", "Phạm Văn Nam", "PHẠM VĂN NAM"],
           duplicates=[[10, 11]], not_duplicates=[[4, 5], [6, 7], [8, 9]],
           note="Tone marks are significant: Hoa/Hòa, Tâm/Tám, Thủy/Thúy are six people. Rows 10 and 11 "
                "('Phạm Văn Nam' and ' PHẠM  VĂN NAM ', same unit) are the same person after spaces and "
                "case: the only duplicate. Name of row 11 after tidying spaces is 'PHẠM VĂN NAM' (its "
                "capitals are the clerk's to fix; vanban reports them).")


def list_amounts():
    book = Book("Sheet1")
    s = book.first
    rows = award_rows(GROUPS[:1], PEOPLE[:5])
    rows[4] = rows[4][:5] + (800000,)                  # row 8: Phạm Quốc Bảo, 800.000 on the list
    award_sheet(s, rows, subtitle=SUBTITLE)
    book.save("list-amounts.xlsx")
    expect("list-amounts.xlsx", "Sheet1", [3], list(range(4, 10)), [r[0] for r in rows],
           doi_tuong=[r[3] for r in rows], amounts=[r[5] for r in rows],
           decision={"hinh_thuc": "giay-khen", "ngay": "2026-12-01",
                     "why": "lương cơ sở 2.530.000 (NĐ 161/2026), NĐ 152/2025 Điều 54: Giấy khen cá nhân "
                            "0,3 → 759.000 → 760.000, tập thể 0,6 → 1.518.000 → 1.520.000 (làm tròn lên)"},
           decree_amounts=[TT_MONEY] + [CN_MONEY] * 5,
           disagreeing=[{"row": 8, "name": rows[4][0], "list": 800000, "decree": 760000}],
           total_if_list_stands=sum(r[5] for r in rows),
           error={"rows": [8], "why": "The list's own Số tiền (800.000) differs from the decree's 760.000 "
                                      "for Phạm Quốc Bảo (row 8): refused naming the row and both amounts, "
                                      "unless the option to let the list's amounts stand is given "
                                      "(then the decision totals %s)." % "{:,}".format(sum(r[5] for r in rows)).replace(",", ".")})


SHORT_HEAD = ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Số tiền"]


def short_rows():
    rows = [(1, "Nguyễn Thị Hồng Nhung", "Điều dưỡng trưởng Khoa Nội", BVDK, CN_MONEY),
            (2, "Trần Văn Minh", "Trưởng khoa Ngoại tổng hợp", BVDK, CN_MONEY),
            (3, "Phạm Quốc Bảo", "Phó Giám đốc", CDC, CN_MONEY),
            (4, "Hoàng Thị Mai Anh", "Chuyên viên Phòng Tổ chức cán bộ", SYT, CN_MONEY),
            (5, "A", "B", 1, 5),
            (6, "Đặng Thị Lan", "Trưởng khoa Dược", CDC, CN_MONEY),
            (7, "Bùi Văn Hùng", "Kế toán trưởng", SYT, CN_MONEY)]
    return rows


def short_values():
    title = "DANH SÁCH CHI TIỀN HỖ TRỢ NĂM 2025"
    book = Book("Sheet1")
    s = book.first
    s.title(title, "E")
    s.header(3, SHORT_HEAD)
    s.header(4, ["(%d)" % i for i in range(1, 6)])
    for col in "ABCDE":
        s.ws["%s4" % col].font = Font(name=FONT, size=11, italic=True)
    s.widths(6, 28, 30, 28, 13)
    rows = short_rows()
    for i, values in enumerate(rows):
        s.row(5 + i, values, {"E": MONEY})
    book.save("short-values.xlsx")
    # The same list as "CSV UTF-8 (Comma delimited)" saves it: BOM, CRLF, empty cells kept.
    with open(os.path.join(OUT, "short-values.csv"), "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f, lineterminator="\r\n")
        w.writerow([nfc(title), "", "", "", ""])
        w.writerow(["", "", "", "", ""])
        w.writerow([nfc(h) for h in SHORT_HEAD])
        w.writerow(["(%d)" % i for i in range(1, 6)])
        for values in rows:
            w.writerow([nfc(v) if isinstance(v, str) else str(v) for v in values])
    for name in ("short-values.xlsx", "short-values.csv"):
        expect(name, "Sheet1" if name.endswith("xlsx") else None, [3], list(range(5, 12)),
               [r[1] for r in rows], numbering=[4], amounts=[r[4] for r in rows],
               short_row={"row": 9, "values": ["5", "A", "B", "1", "5"],
                          "must": "a record (name 'A', Số tiền 5) or an error naming row 9 — never "
                                  "dropped as a numbering row"},
               note="Row 4 '(1) (2) (3) (4) (5)' directly under the header is a numbering row and is "
                    "skipped (left_out.numbering). Row 9 (5,A,B,1,5: 'A,B' and '1,5') is in the middle "
                    "of the data and is not." + (" CSV: UTF-8 with BOM, CRLF, line numbers = Excel rows."
                                                 if name.endswith("csv") else ""))


# ---------------------------------------------------------------------------------------------
# LibreOffice Calc

CALC_SOURCES = ["merged-header.xlsx", "hidden-rows.xlsx", "filtered.xlsx", "sections.xlsx",
                "leading-zero.xlsx", "date-1904.xlsx"]


def calc_resaves():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found: the Calc re-saves (calc-*.xlsx, *.ods) are not made; the ones in the folder stay")
        return False
    with tempfile.TemporaryDirectory() as work:
        profile = "file://" + os.path.join(work, "profile")
        for target in ("xlsx", "ods"):
            out = os.path.join(work, target)
            os.makedirs(out)
            sources = [os.path.join(OUT, name) for name in CALC_SOURCES]
            subprocess.run([soffice, "-env:UserInstallation=" + profile, "--headless", "--convert-to",
                            target, "--outdir", out] + sources, check=True, stdout=subprocess.DEVNULL)
            for name in CALC_SOURCES:
                stem = name[:-5]
                made = os.path.join(out, stem + "." + target)
                final = ("calc-" + name) if target == "xlsx" else (stem + ".ods")
                shutil.move(made, os.path.join(OUT, final))
                fix_zip_times(os.path.join(OUT, final))
    return True


def calc_expectations():
    """Calc keeps what the clerk sees (checked in check_calc()): the expectations are the
    originals', with what Calc writes differently noted."""
    notes = {
        "merged-header.xlsx": "Merges kept (<mergeCell> in .xlsx; table:number-columns-spanned / "
                              "number-rows-spanned and covered-table-cell in .ods).",
        "hidden-rows.xlsx": "Hidden rows kept: .xlsx writes hidden=\"true\" (and hidden=\"false\" on every "
                            "other row), strike as <strike val=\"true\"/>; .ods writes "
                            "table:visibility=\"collapse\".",
        "filtered.xlsx": "Filter kept: .xlsx <sheetPr filterMode=\"true\">, the same <autoFilter>, rows "
                         "hidden=\"true\"; .ods a table:database-range with table:filter-condition "
                         "(field-number 3) and the rows table:visibility=\"filter\".",
        "sections.xlsx": "Merges and the total's formula kept with its value (<f aca=\"false\">SUM(F5:F13)</f>"
                         "<v>8360000</v>; .ods table:formula=\"of:=SUM([.F5:.F13])\" office:value=\"8360000\").",
        "leading-zero.xlsx": "Formats kept (000000000000, 0000000000, @ as numFmt 167); the apostrophe "
                             "CCCD in C9 is a plain string (Calc drops quotePrefix). .ods: numbers with "
                             "office:value and the shown text in <text:p> (0905123456).",
        "date-1904.xlsx": "The 1904 system is KEPT: .xlsx <workbookPr ... date1904=\"true\"/> (true, not 1) "
                          "with the same 1904 serials; .ods <table:null-date table:date-value=\"1904-01-01\"/> "
                          "and office:date-value=\"1985-03-15\". The custom format is rewritten "
                          "d\" tháng \"m\" năm \"yyyy (same display).",
    }
    for name in CALC_SOURCES:
        stem = name[:-5]
        for made in ("calc-" + name, stem + ".ods"):
            # The same outcome as the source: every key of EXPECTED[same_as] holds for this file
            # (serials/stored/cached describe .xlsx cells; an .ods has office:value instead).
            EXPECTED[made] = {"same_as": name, "made_by": "LibreOffice Calc 7.4 re-save of " + name,
                              "calc_note": notes[name]}


def fix_zip_times(path):
    """Calc stamps its zip entries with the time of the run: the same entries, bytes and order,
    with the fixed time (the document's own dates are the source's)."""
    with zipfile.ZipFile(path) as source:
        entries = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w") as target:
        for info, data in entries:
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = info.compress_type
            entry.external_attr = info.external_attr
            target.writestr(entry, data)


# ---------------------------------------------------------------------------------------------
# Checks: every file's XML read back


def xml(path, member):
    with zipfile.ZipFile(path) as z:
        return z.read(member).decode("utf-8")


def sheet_xml(name, n=1):
    return xml(os.path.join(OUT, name), "xl/worksheets/sheet%d.xml" % n)


def check(condition, what):
    if not condition:
        raise SystemExit("check failed: " + what)


def check_all():
    s = sheet_xml("merged-header.xlsx")
    for ref in ["A3:A4", "B3:B4", "E3:E4", "F3:G3", "A1:G1"]:
        check('<mergeCell ref="%s"/>' % ref in s, "merged-header " + ref)
    s = sheet_xml("merged-header-3rows.xlsx")
    for ref in ["A3:A5", "F3:I3", "F4:G4", "H4:I4"]:
        check('<mergeCell ref="%s"/>' % ref in s, "3rows " + ref)
    check('<mergeCell ref="B3:C3"/>' in sheet_xml("merged-name.xlsx"), "merged-name")
    check('<mergeCell ref="B4:C4"/>' in sheet_xml("merged-name.xlsx"), "merged-name B4:C4")
    check('<mergeCell ref="B3:C3"/>' in sheet_xml("merged-name-subheadings.xlsx"), "merged-name-sub")
    s = sheet_xml("merged-stt-unit.xlsx")
    check('<mergeCell ref="D4:D6"/>' in s and re.search(r'<c r="D5" s="\d+"\s*/>', s), "unit merge")
    s = sheet_xml("hidden-rows.xlsx")
    check(re.findall(r'<row r="(\d+)"[^>]*hidden="1"', s) == ["5", "9"], "hidden rows")
    check("<strike/>" in xml(os.path.join(OUT, "hidden-rows.xlsx"), "xl/styles.xml"), "strike")
    s = sheet_xml("filtered.xlsx")
    check('<sheetPr filterMode="1">' in s, "filterMode")
    check('<autoFilter ref="A3:G12"><filterColumn colId="3"><filters><filter val="Bệnh viện Đa khoa tỉnh"/>'
          '</filters></filterColumn></autoFilter>' in s, "autoFilter")
    check(re.findall(r'<row r="(\d+)"[^>]*hidden="1"', s) == ["7", "8", "10", "11"], "filtered rows")
    check("_xlnm._FilterDatabase" in xml(os.path.join(OUT, "filtered.xlsx"), "xl/workbook.xml"), "filter name")
    check(re.search(r'<col min="5" max="5"[^>]*hidden="1"', sheet_xml("hidden-column.xlsx")), "hidden col")
    check("<f>SUM(G4:G9)</f><v>5320000</v>" in sheet_xml("total-formula.xlsx"), "total formula")
    check(re.search(r'<c r="G10" s="\d+"><v>5320000</v>', sheet_xml("total-unlabelled-value.xlsx")), "total value")
    wb = xml(os.path.join(OUT, "date-1904.xlsx"), "xl/workbook.xml")
    check('<workbookPr date1904="1"/>' in wb, "date1904")
    check('<c r="C4" s="' in sheet_xml("date-1904.xlsx") and "<v>29659</v>" in sheet_xml("date-1904.xlsx"), "1904 serial")
    st = xml(os.path.join(OUT, "date-1904.xlsx"), "xl/styles.xml")
    check('formatCode="dd/mm/yyyy"' in st and 'formatCode="d &quot;tháng&quot; m &quot;năm&quot; yyyy"' in st, "date fmts")
    s, st = sheet_xml("leading-zero.xlsx"), xml(os.path.join(OUT, "leading-zero.xlsx"), "xl/styles.xml")
    check('formatCode="000000000000"' in st and 'formatCode="0000000000"' in st and 'numFmtId="49"' in st, "fmts")
    check(re.search(r'<c r="C4" s="\d+"><v>66089001234</v>', s), "cccd number")
    check('quotePrefix="1"' in st, "quotePrefix")
    s = sheet_xml("cached-formula.xlsx")
    check("<f>E4*F4*G4</f><v>5288399.9999999991</v>" in s and "<f>E5*F5*G5</f><v>759000.00000000012</v>" in s, "cached")
    check('<calcPr calcId="191029"/>' in xml(os.path.join(OUT, "cached-formula.xlsx"), "xl/workbook.xml"), "calcPr")
    s = sheet_xml("empty-name.xlsx")
    check(re.search(r'<c r="C7" s="\d+"\s*/>', s), "empty name cell")
    s = sheet_xml("sections.xlsx")
    check('<mergeCell ref="A4:F4"/>' in s and '<mergeCell ref="A8:F8"/>' in s, "sections merged")
    check("<f>SUM(F5:F13)</f><v>8360000</v>" in s, "sections total")
    check("mergeCell ref=\"A4" not in sheet_xml("sections-split.xlsx"), "split not merged")
    wb = xml(os.path.join(OUT, "multi-sheet.xlsx"), "xl/workbook.xml")
    check('name="Cũ" sheetId="2" state="hidden"' in wb and 'activeTab="0"' in wb, "multi-sheet")
    check(re.search(r"<f>COUNTIF[^<]*</f><v>6</v>", sheet_xml("multi-sheet.xlsx", 1)), "countif cached")
    wb = xml(os.path.join(OUT, "hidden-first-sheet.xlsx"), "xl/workbook.xml")
    check('name="DS 2024" sheetId="1" state="hidden"' in wb and 'activeTab="1"' in wb, "hidden first")
    check('tabSelected="1"' in sheet_xml("hidden-first-sheet.xlsx", 2), "tabSelected")
    ss = xml(os.path.join(OUT, "invisible-chars.xlsx"), "xl/sharedStrings.xml")
    for ch in "\u200b\u00ad\ufeff\u200e\u200c\u200d":
        check(ch in ss, "invisible U+%04X" % ord(ch))
    ss = xml(os.path.join(OUT, "tone-marks.xlsx"), "xl/sharedStrings.xml")
    check("Hòa" in ss and " PHẠM  VĂN NAM " in ss, "tone marks")
    check(unicodedata.is_normalized("NFC", ss), "NFC")
    with open(os.path.join(OUT, "short-values.csv"), "rb") as f:
        raw = f.read()
    check(raw.startswith(b"\xef\xbb\xbf") and b"\r\n5,A,B,1,5\r\n" in raw and b"\r\n(1),(2),(3),(4),(5)\r\n" in raw, "csv")
    for name in sorted(os.listdir(OUT)):
        size = os.path.getsize(os.path.join(OUT, name))
        check(size < 30000, "%s is %d bytes" % (name, size))


def check_calc():
    """What Calc kept and changed, read from its XML (asserted, and written up in README.md)."""
    if not os.path.exists(os.path.join(OUT, "calc-merged-header.xlsx")):
        return
    c = lambda name, n=1: sheet_xml(name, n)
    ods = lambda name: xml(os.path.join(OUT, name), "content.xml")
    check('<mergeCell ref="F3:G3"/>' in c("calc-merged-header.xlsx"), "calc merge")
    check('<mergeCell ref="A3:A4"/>' in c("calc-merged-header.xlsx"), "calc merge A3:A4")
    check('table:number-columns-spanned="2"' in ods("merged-header.ods")
          and 'table:number-rows-spanned="2"' in ods("merged-header.ods"), "ods merges")
    hidden = lambda text: re.findall(r'<row r="(\d+)"[^>]*hidden="true"', text)
    check(hidden(c("calc-hidden-rows.xlsx")) == ["5", "9"], "calc hidden")
    check('hidden="false"' in c("calc-hidden-rows.xlsx"), "calc hidden=false")
    check('<strike val="true"/>' in xml(os.path.join(OUT, "calc-hidden-rows.xlsx"), "xl/styles.xml"), "calc strike")
    check(ods("hidden-rows.ods").count('table:visibility="collapse"') == 2, "ods hidden rows")
    s = c("calc-filtered.xlsx")
    check('<sheetPr filterMode="true">' in s and '<autoFilter ref="A3:G12"><filterColumn colId="3"><filters>'
          '<filter val="Bệnh viện Đa khoa tỉnh"/></filters></filterColumn></autoFilter>' in s, "calc filter")
    check(hidden(s) == ["7", "8", "10", "11"], "calc filtered rows")
    check("table:filter-condition" in ods("filtered.ods")
          and ods("filtered.ods").count('table:visibility="filter"') == 4, "ods filter")
    check("<f aca=\"false\">SUM(F5:F13)</f><v>8360000</v>" in c("calc-sections.xlsx"), "calc total")
    check('office:value="8360000"' in ods("sections.ods"), "ods total")
    wb = xml(os.path.join(OUT, "calc-date-1904.xlsx"), "xl/workbook.xml")
    check('date1904="true"' in wb and "<v>29659</v>" in c("calc-date-1904.xlsx"), "calc 1904 kept")
    check('<table:null-date table:date-value="1904-01-01"/>' in ods("date-1904.ods")
          and 'office:date-value="1985-03-15"' in ods("date-1904.ods"), "ods 1904")
    st = xml(os.path.join(OUT, "calc-leading-zero.xlsx"), "xl/styles.xml")
    check('formatCode="000000000000"' in st and "quotePrefix=\"true\"" not in st, "calc cccd fmt")
    check(re.search(r'<c r="C9" s="\d+" t="s">', c("calc-leading-zero.xlsx")), "calc C9 string")
    check("<text:p>0905123456</text:p>" in ods("leading-zero.ods"), "ods shown phone")


def expected_json():
    """One line per key of each file's entry: readable, and small enough to review."""
    lines = ["{"]
    names = sorted(EXPECTED)
    for i, name in enumerate(names):
        entry = EXPECTED[name]
        lines.append("  %s: {" % json.dumps(name, ensure_ascii=False))
        keys = list(entry)
        for j, key in enumerate(keys):
            comma = "," if j < len(keys) - 1 else ""
            lines.append("    %s: %s%s" % (json.dumps(key), json.dumps(entry[key], ensure_ascii=False), comma))
        lines.append("  }" + ("," if i < len(names) - 1 else ""))
    lines.append("}")
    return "\n".join(lines) + "\n"


def struck_visible():
    """A row struck through but left visible: taken out, or not? Refused, naming the row."""
    book = Book("Sheet1")
    s = book.first
    rows = award_rows(GROUPS[:1], PEOPLE[:5])
    numbers = award_sheet(s, rows, subtitle=SUBTITLE)
    for col in "ABCDEFG":
        s.ws["%s%d" % (col, 7)].font = Font(name=FONT, size=13, strike=True)
    book.save("struck-visible.xlsx")
    expect("struck-visible.xlsx", "Sheet1", [3], numbers, [r[0] for r in rows],
           error={"rows": [7], "why": "Row 7 is struck through but not hidden: refused, naming row 7."})


def formula_error():
    """A unit looked up by a formula that failed: its cell shows #N/A."""
    book = Book("Sheet1")
    s = book.first
    rows = award_rows([], PEOPLE[:4])
    numbers = award_sheet(s, rows, subtitle=SUBTITLE)
    s.formula("D6", "=VLOOKUP(B6,DonVi!A:B,2,FALSE)", "#N/A")
    book.save("formula-error.xlsx")
    expect("formula-error.xlsx", "Sheet1", [3], numbers, [r[0] for r in rows],
           error={"cell": "D6", "why": "D6 is a formula whose result is #N/A: refused, naming the cell."})


def shifted_name():
    """A row whose name cell holds a number (the clerk typed the STT twice, the row shifted)."""
    book = Book("Sheet1")
    s = book.first
    rows = award_rows([], PEOPLE[:4])
    numbers = award_sheet(s, rows, subtitle=SUBTITLE)
    s.ws["B6"] = 3
    book.save("shifted-name.xlsx")
    expect("shifted-name.xlsx", "Sheet1", [3], numbers, [r[0] for r in rows],
           error={"rows": [6], "why": "B6 (Họ và tên) holds the number 3: refused, naming the row and the text."})


def notes_below():
    """A note under the table and a row squeezed to no height: neither is a record."""
    book = Book("Sheet1")
    s = book.first
    rows = award_rows(GROUPS[:1], PEOPLE[:5])
    numbers = award_sheet(s, rows, subtitle=SUBTITLE)
    last = numbers[-1]
    s.ws["A%d" % (last + 2)] = "Ghi chú: danh sách gồm 5 cá nhân và 1 tập thể, đã được Hội đồng thi đua thông qua."
    s.ws.row_dimensions[6].height = 0
    book.zero_height = {0: [6]}
    keep = [(n, r) for n, r in zip(numbers, rows) if n != 6]
    book.save("notes-below.xlsx")
    expect("notes-below.xlsx", "Sheet1", [3], [n for n, _ in keep], [r[0] for _, r in keep], hidden=[6],
           note="Row 6 has height 0 (ht=\"0\" customHeight): hidden. The note two rows under the table is no record.")


def main():
    if os.path.isdir(OUT):
        for name in os.listdir(OUT):
            if name.endswith((".xlsx", ".csv", ".json")) and not name.startswith("calc-"):
                os.remove(os.path.join(OUT, name))
    os.makedirs(OUT, exist_ok=True)
    merged_header()
    merged_header_3rows()
    merged_name()
    merged_name_subheadings()
    merged_stt_unit()
    hidden_rows()
    filtered()
    hidden_column()
    total("total-formula.xlsx", True)
    total("total-unlabelled-value.xlsx", False)
    date_1904()
    leading_zero()
    cached_formula()
    empty_name()
    sections("sections.xlsx", False)
    sections("sections-split.xlsx", True)
    sections_units()
    multi_sheet()
    multi_sheet_nomatch()
    hidden_first_sheet()
    invisible_chars()
    tone_marks()
    list_amounts()
    short_values()
    struck_visible()
    formula_error()
    shifted_name()
    notes_below()
    check_all()
    calc_resaves()
    calc_expectations()
    check_calc()
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(nfc(expected_json()))
    check(os.path.getsize(os.path.join(OUT, "expected.json")) < 30000, "expected.json under 30 KB")
    print("wrote %d fixtures to %s" % (len(EXPECTED), os.path.relpath(OUT, ROOT)))


if __name__ == "__main__":
    main()
