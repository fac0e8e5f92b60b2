#!/usr/bin/env python3
"""Makes the thể thức test corpus (Tests/VanbanFormatTests/Fixtures/corpus): documents made the
way clerks make them, correct ones and ones with exactly one seeded defect each.

- .docx with python-docx (pip install python-docx): Word-style, the header a borderless
  two-column table, Normal style set to Times New Roman, lines as paragraph bottom borders and a
  text underline, page numbers in a header with "different first page".
- .odt from a Flat ODT written here with named styles inheriting from a default style, converted
  by LibreOffice (soffice) as a clerk's LibreOffice would save it.

The outputs are committed; run this only to remake them: python3 scripts/make-format-corpus.py
"""
import copy
import os
import shutil
import subprocess
import sys
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "VanbanFormatTests", "Fixtures", "corpus")

BODY = ("Tặng Giấy khen của Giám đốc Sở Y tế cho 12 tập thể và 44 cá nhân (có danh sách kèm theo) đã có "
        "thành tích xuất sắc trong thực hiện nhiệm vụ chuyên môn, góp phần vào sự nghiệp chăm sóc và bảo vệ "
        "sức khỏe Nhân dân trên địa bàn tỉnh năm 2024.")

BASE = {
    "kind": "QUYẾT ĐỊNH",
    "summary": "Về việc tặng Giấy khen của Giám đốc Sở Y tế",
    "number": "Số: 05/QĐ-SYT",
    "date": "Đắk Lắk, ngày 05 tháng 01 năm 2025",
    "motto": "Độc lập - Tự do - Hạnh phúc",
    "motto_line": True,
    "qh_bold": True,
    "body_font": "Times New Roman",
    "body_size": 14,
    "left": 30, "right": 15, "top": 20, "bottom": 20,
    "paper": (210, 297),
    "first_page_number": False,
    "archive": "- Lưu: VT, TCCB.",
    "authority": "KT. GIÁM ĐỐC",
}

KE_HOACH = dict(BASE, kind="KẾ HOẠCH", summary="Tổ chức Hội nghị tổng kết công tác y tế năm 2024",
                number="Số: 266/KH-SYT", date="Đắk Lắk, ngày 04 tháng 12 năm 2024", authority="GIÁM ĐỐC")

CONG_VAN = dict(BASE, kind="CÔNG VĂN", summary="V/v đăng ký điển hình tiên tiến giai đoạn 2020 - 2025",
                number="Số: 12/SYT-TCCB", date="Đắk Lắk, ngày 10 tháng 12 năm 2024", authority="KT. GIÁM ĐỐC")

# name → (base, changes, (part, rule) the defect must raise or None)
DEFECTS = {
    "qd-dung": (BASE, {}, None),
    "qd-dung-duong-ke-ve": (BASE, {"drawn_lines": True}, None),
    "qd-dung-xuong-dong": (BASE, {"line_breaks": True}, None),
    "kh-dung-khong-bang-ky": (KE_HOACH, {"no_closing_table": True}, None),
    "kh-khong-bang-ky-thieu-luu-vt": (KE_HOACH, {"no_closing_table": True, "archive": "- Các đơn vị trực thuộc."}, ("noi_nhan", "archive_entry")),
    "qd-xuong-dong-quoc-hieu-khong-dam": (BASE, {"line_breaks": True, "qh_bold": False}, ("quoc_hieu", "bold")),
    "qd-duong-ke-ve-thieu-tieu-ngu": (BASE, {"drawn_lines": True, "motto_line": False}, ("tieu_ngu", "line_under")),
    "qd-tieu-ngu-gach-ngang-dai": (BASE, {"motto": "Độc lập – Tự do – Hạnh phúc"}, None),
    "kh-dung": (KE_HOACH, {}, None),
    "cv-dung": (CONG_VAN, {}, None),
    "cv-v-v-in-dam": (CONG_VAN, {"summary_bold": True}, ("trich_yeu", "not_bold")),
    "qd-quoc-hieu-khong-dam": (BASE, {"qh_bold": False}, ("quoc_hieu", "bold")),
    "qd-tieu-ngu-khong-cach": (BASE, {"motto": "Độc lập-Tự do-Hạnh phúc"}, ("tieu_ngu", "tieu_ngu_form")),
    "qd-tieu-ngu-khong-gach-duoi": (BASE, {"motto_line": False}, ("tieu_ngu", "line_under")),
    "qd-so-thieu-so-0": (BASE, {"number": "Số: 5/QĐ-SYT"}, ("so_ky_hieu", "leading_zero")),
    "qd-ngay-thieu-so-0": (BASE, {"date": "Đắk Lắk, ngày 5 tháng 1 năm 2025"}, ("dia_danh_ngay", "date_form")),
    "qd-noi-dung-arial": (BASE, {"body_font": "Arial"}, ("noi_dung", "font")),
    "qd-noi-dung-12pt": (BASE, {"body_size": 12}, ("noi_dung", "size")),
    "qd-le-trai-20mm": (BASE, {"left": 20}, ("trang", "margin_left")),
    "qd-giay-letter": (BASE, {"paper": (215.9, 279.4)}, ("trang", "paper")),
    "qd-so-trang-o-trang-1": (BASE, {"first_page_number": True}, ("so_trang", "page_number_first_page")),
    "qd-thieu-luu-vt": (BASE, {"archive": "- Như Điều 3;"}, ("noi_nhan", "archive_entry")),
    "qd-kt-thieu-dau-cham": (BASE, {"authority": "KT GIÁM ĐỐC"}, ("quyen_han_chuc_vu", "authority_prefix")),
    "qd-ky-hieu-kh": (BASE, {"number": "Số: 05/KH-SYT"}, ("so_ky_hieu", "symbol_kind")),
    "kh-so-trang-thieu": (KE_HOACH, {"no_page_numbers": True}, ("so_trang", "page_number_missing")),
    "kh-le-phai-25mm": (KE_HOACH, {"right": 25}, ("trang", "margin_right")),
}

ODT_DEFECTS = {
    "odt-qd-dung": (BASE, {}, None),
    "odt-qd-dung-duong-ke-ve": (BASE, {"drawn_lines": True}, None),
    "odt-qd-duong-ke-ve-thieu-tieu-ngu": (BASE, {"drawn_lines": True, "motto_line": False}, ("tieu_ngu", "line_under")),
    "odt-kh-dung": (KE_HOACH, {}, None),
    "odt-qd-quoc-hieu-khong-dam": (BASE, {"qh_bold": False}, ("quoc_hieu", "bold")),
    "odt-qd-noi-dung-arial": (BASE, {"body_font": "Arial"}, ("noi_dung", "font")),
    "odt-qd-tieu-ngu-khong-gach-duoi": (BASE, {"motto_line": False}, ("tieu_ngu", "line_under")),
    "odt-qd-ngay-thieu-so-0": (BASE, {"date": "Đắk Lắk, ngày 5 tháng 1 năm 2025"}, ("dia_danh_ngay", "date_form")),
    "odt-qd-so-trang-o-trang-1": (BASE, {"first_page_number": True}, ("so_trang", "page_number_first_page")),
    "odt-qd-noi-dung-12pt": (BASE, {"body_size": 12}, ("noi_dung", "size")),
}


def body_paragraphs(d):
    if d["kind"] == "QUYẾT ĐỊNH":
        return (["Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                 "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
                 "Xét đề nghị của Trưởng phòng Tổ chức cán bộ."],
                ["Điều 1. " + BODY] + [BODY] * 6
                + ["Điều 2. Tiền thưởng: tập thể 1.520.000 đồng, cá nhân 760.000 đồng, chi từ quỹ thi đua, khen thưởng của Sở.",
                   "Điều 3. Quyết định có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng phòng Tổ chức cán bộ, các tập thể và cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."])
    if d["kind"] == "CÔNG VĂN":
        return ([], ["Thực hiện Kế hoạch số 141/KH-UBND ngày 31/7/2024 của UBND tỉnh, Sở Y tế đề nghị các đơn vị rà soát, "
                     "lựa chọn tập thể, cá nhân điển hình tiên tiến giai đoạn 2020 - 2025, gửi về Sở (qua phòng Tổ chức cán bộ) "
                     "trước ngày 15 tháng 01 năm 2025.", BODY, BODY, "Sở Y tế đề nghị các đơn vị thực hiện./."])
    return ([], ["Thực hiện Kế hoạch công tác năm 2024, Sở Y tế xây dựng Kế hoạch tổ chức Hội nghị tổng kết như sau:",
                 "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", BODY, BODY, BODY, "2. Yêu cầu", BODY, BODY, BODY,
                 "II. NỘI DUNG", BODY, BODY, "Trên đây là Kế hoạch tổ chức Hội nghị tổng kết công tác y tế năm 2024./."])


# ---------- Word ----------

def set_run(run, size, bold=False, italic=False, underline=False, font=None):
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.italic = italic
    if underline:
        run.font.underline = True
    if font:
        run.font.name = font
        run._element.rPr.rFonts.set(qn("w:eastAsia"), font)
        run._element.rPr.rFonts.set(qn("w:cs"), font)


def para(container, text, size, align=WD_ALIGN_PARAGRAPH.CENTER, bold=False, italic=False, underline=False, font=None,
         after=0, before=0, first=None):
    p = container.add_paragraph()
    p.alignment = align
    p.paragraph_format.space_after = Pt(after)
    p.paragraph_format.space_before = Pt(before)
    if first is not None:
        p.paragraph_format.first_line_indent = Mm(first)
    if text:
        set_run(p.add_run(text), size, bold, italic, underline, font)
    return p


def border_line(container, width_mm, column_mm, cell_margins=0):
    """A line drawn as the bottom border of a tiny empty paragraph, as long as width_mm. In a table
    cell the paragraph is narrower than the column by the cell's margins (1.9 mm each side)."""
    p = container.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    side = (column_mm - 2 * cell_margins - width_mm) / 2
    p.paragraph_format.left_indent = Mm(side)
    p.paragraph_format.right_indent = Mm(side)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.line_spacing = Pt(2)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    bdr.append(bottom)
    ppr.append(bdr)
    rpr = OxmlElement("w:rPr")
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), "4")
    rpr.append(sz)
    ppr.append(rpr)
    return p


def set_grid(table, widths_mm):
    """Column widths as Word stores them (the grid), which LibreOffice follows."""
    for col, width in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_mm):
        col.set(qn("w:w"), str(int(width * 1440 / 25.4)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm):
            cell.width = Mm(width)


DRAWN_LINE = """<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{z}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>{x}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>{y}</wp:posOffset></wp:positionV><wp:extent cx="{w}" cy="0"/>
<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="{z}" name="Straight Connector {z}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvCnPr/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{w}" cy="0"/></a:xfrm><a:prstGeom prst="line"><a:avLst/></a:prstGeom>
<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>
</wp:anchor></w:drawing></w:r>"""

_shapes = [0]


def drawn_line(paragraph, x_mm, y_mm, width_mm):
    """A straight line drawn with Insert → Shapes, anchored to the paragraph, as clerks draw them in Word."""
    from lxml import etree
    emu = lambda mm: str(int(mm * 36000))
    _shapes[0] += 1
    xml = DRAWN_LINE.format(x=emu(x_mm), y=emu(y_mm), w=emu(width_mm), z=str(_shapes[0]))
    paragraph._p.append(etree.fromstring(xml))


def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + edge)
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def page_field(paragraph):
    run = paragraph.add_run()
    set_run(run, 13)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
        else:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = " PAGE "
        run._r.append(e)


def make_docx(d, path):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    normal.paragraph_format.space_after = Pt(0)
    s = doc.sections[0]
    s.page_width, s.page_height = Mm(d["paper"][0]), Mm(d["paper"][1])
    s.top_margin, s.bottom_margin = Mm(d["top"]), Mm(d["bottom"])
    s.left_margin, s.right_margin = Mm(d["left"]), Mm(d["right"])
    s.header_distance = Mm(10)
    if not d.get("no_page_numbers"):
        s.different_first_page_header_footer = not d["first_page_number"]
        hp = s.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        page_field(hp)
    text_width = d["paper"][0] - d["left"] - d["right"]
    left_col, right_col = 62, text_width - 62

    header = doc.add_table(rows=2, cols=2)
    header.alignment = WD_TABLE_ALIGNMENT.CENTER
    header.autofit = False
    no_borders(header)
    set_grid(header, (left_col, right_col))
    a, b = header.rows[0].cells
    a.paragraphs[0]._p.getparent().remove(a.paragraphs[0]._p)
    b.paragraphs[0]._p.getparent().remove(b.paragraphs[0]._p)
    if d.get("line_breaks"):
        # Typed as one paragraph broken with Shift+Enter, as many clerks do.
        agency = para(a, "UBND TỈNH ĐẮK LẮK", 12)
        agency.runs[0].add_break()
        set_run(agency.add_run("SỞ Y TẾ"), 12, bold=True)
    else:
        para(a, "UBND TỈNH ĐẮK LẮK", 12)
        agency = para(a, "SỞ Y TẾ", 12, bold=True)
    if d.get("drawn_lines"):
        drawn_line(agency, (left_col - 2 * 1.905 - 7) / 2, 6.5, 7)
    else:
        border_line(a, 7, left_col, cell_margins=1.905)
    if d.get("line_breaks"):
        motto = para(b, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, bold=d["qh_bold"])
        motto.runs[0].add_break()
        set_run(motto.add_run(d["motto"]), 13, bold=True, underline=d["motto_line"] and not d.get("drawn_lines"))
    else:
        para(b, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 12, bold=d["qh_bold"])
        motto = para(b, d["motto"], 13, bold=True, underline=d["motto_line"] and not d.get("drawn_lines"))
    if d.get("drawn_lines") and d["motto_line"]:
        drawn_line(motto, (right_col - 2 * 1.905 - 56) / 2, 6.8, 56)
    c, e = header.rows[1].cells
    c.paragraphs[0]._p.getparent().remove(c.paragraphs[0]._p)
    e.paragraphs[0]._p.getparent().remove(e.paragraphs[0]._p)
    para(c, d["number"], 13, before=6)
    if d["kind"] == "CÔNG VĂN":
        para(c, d["summary"], 12, bold=d.get("summary_bold", False))
    para(e, d["date"], 13, italic=True, before=6)

    para(doc, "", 14)
    if d["kind"] == "CÔNG VĂN":
        para(doc, "Kính gửi: Các đơn vị trực thuộc Sở Y tế.", 14, before=6, after=6)
    else:
        para(doc, d["kind"], 14, bold=True)
        summary = para(doc, d["summary"], 14, bold=True)
        if d.get("drawn_lines"):
            drawn_line(summary, (text_width - 40) / 2, 7.5, 40)
        else:
            border_line(doc, 40, text_width)
    bases, body = body_paragraphs(d)
    if d["kind"] == "QUYẾT ĐỊNH":
        para(doc, "GIÁM ĐỐC SỞ Y TẾ", 14, bold=True, before=12, after=12)
        for line in bases:
            para(doc, line, 14, align=WD_ALIGN_PARAGRAPH.JUSTIFY, italic=True, first=10, after=6)
        para(doc, "QUYẾT ĐỊNH:", 14, bold=True, before=6, after=6)
    for line in body:
        heading = line.startswith(("I. ", "II. "))
        para(doc, line, d["body_size"], align=WD_ALIGN_PARAGRAPH.JUSTIFY, font=d["body_font"] if d["body_font"] != "Times New Roman" else None,
             bold=heading, first=10, after=6)

    if d.get("no_closing_table"):
        # The signature and the nơi nhận typed as paragraphs, the signature indented to the right.
        for text in ([d["authority"], "PHÓ GIÁM ĐỐC"] if d["authority"].startswith("KT") else [d["authority"]]):
            p = para(doc, text, 14, bold=True, before=12 if text == d["authority"] else 0)
            p.paragraph_format.left_indent = Mm(80)
        for _ in range(4):
            para(doc, "", 14)
        p = para(doc, "Nguyễn Văn An", 14, bold=True)
        p.paragraph_format.left_indent = Mm(80)
        para(doc, "Nơi nhận:", 12, align=WD_ALIGN_PARAGRAPH.LEFT, bold=True, italic=True, before=12)
        first_entry = "- Như Điều 3;" if d["kind"] == "QUYẾT ĐỊNH" else "- Các phòng chức năng Sở;"
        for entry in (first_entry, "- Giám đốc, các Phó Giám đốc Sở;", d["archive"]):
            para(doc, entry, 11, align=WD_ALIGN_PARAGRAPH.LEFT)
        doc.save(path)
        return
    closing = doc.add_table(rows=1, cols=2)
    closing.autofit = False
    no_borders(closing)
    set_grid(closing, (text_width / 2, text_width / 2))
    n, sgn = closing.rows[0].cells
    n.paragraphs[0]._p.getparent().remove(n.paragraphs[0]._p)
    sgn.paragraphs[0]._p.getparent().remove(sgn.paragraphs[0]._p)
    para(n, "Nơi nhận:", 12, align=WD_ALIGN_PARAGRAPH.LEFT, bold=True, italic=True, before=12)
    first_entry = {"QUYẾT ĐỊNH": "- Như Điều 3;", "CÔNG VĂN": "- Như trên;"}.get(d["kind"], "- Các phòng chức năng Sở;")
    entries = [first_entry, "- Giám đốc, các Phó Giám đốc Sở;", d["archive"]]
    if d["archive"] == first_entry:
        entries = [first_entry, "- Giám đốc, các Phó Giám đốc Sở."]
    for entry in entries:
        para(n, entry, 11, align=WD_ALIGN_PARAGRAPH.LEFT)
    authority = d["authority"].split(" ", 1) if d["authority"].startswith("KT") else [d["authority"]]
    if d["authority"].startswith("KT"):
        para(sgn, d["authority"], 14, bold=True, before=12)
        para(sgn, "PHÓ GIÁM ĐỐC", 14, bold=True)
    else:
        para(sgn, d["authority"], 14, bold=True, before=12)
    for _ in range(4):
        para(sgn, "", 14)
    para(sgn, "Nguyễn Văn An", 14, bold=True)
    doc.save(path)


# ---------- LibreOffice ----------

FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:font-face-decls>
  <style:font-face style:name="Times New Roman" svg:font-family="'Times New Roman'" style:font-family-generic="roman"/>
  <style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties style:font-name="Times New Roman" fo:font-size="14pt" fo:language="vi" fo:country="VN"/></style:default-style>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" fo:text-indent="1cm" fo:margin-bottom="0.212cm"/><style:text-properties {body_text}/></style:style>
  <style:style style:name="Giua" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/></style:style>
  <style:style style:name="Co_20_quan" style:display-name="Co quan" style:family="paragraph" style:parent-style-name="Giua"><style:text-properties fo:font-size="12pt"/></style:style>
  <style:style style:name="Co_20_quan_20_ban_20_hanh" style:display-name="Co quan ban hanh" style:family="paragraph" style:parent-style-name="Co_20_quan"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Quoc_20_hieu" style:display-name="Quoc hieu" style:family="paragraph" style:parent-style-name="Co_20_quan"><style:text-properties {qh_weight}/></style:style>
  <style:style style:name="Tieu_20_ngu" style:display-name="Tieu ngu" style:family="paragraph" style:parent-style-name="Giua"><style:text-properties fo:font-size="13pt" fo:font-weight="bold" {motto_line}/></style:style>
  <style:style style:name="So" style:family="paragraph" style:parent-style-name="Giua"><style:paragraph-properties fo:margin-top="0.2cm"/><style:text-properties fo:font-size="13pt"/></style:style>
  <style:style style:name="Ngay" style:family="paragraph" style:parent-style-name="So"><style:text-properties fo:font-style="italic"/></style:style>
  <style:style style:name="Ten_20_loai" style:display-name="Ten loai" style:family="paragraph" style:parent-style-name="Giua"><style:paragraph-properties fo:margin-top="0.6cm"/><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Trich_20_yeu" style:display-name="Trich yeu" style:family="paragraph" style:parent-style-name="Giua"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Can_20_cu" style:display-name="Can cu" style:family="paragraph" style:parent-style-name="Text_20_body"><style:text-properties fo:font-style="italic"/></style:style>
  <style:style style:name="Noi_20_nhan" style:display-name="Noi nhan" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.4cm"/><style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:font-style="italic"/></style:style>
  <style:style style:name="Noi_20_nhan_20_muc" style:display-name="Noi nhan muc" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-size="11pt"/></style:style>
  <style:style style:name="Chuc_20_vu" style:display-name="Chuc vu" style:family="paragraph" style:parent-style-name="Giua"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Dau_20_trang" style:display-name="Dau trang" style:family="paragraph" style:parent-style-name="Giua"><style:text-properties fo:font-size="13pt"/></style:style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="{side_agency}cm" fo:margin-right="{side_agency}cm" fo:border-bottom="0.5pt solid #000000" fo:padding="0cm"/><style:text-properties fo:font-size="2pt"/></style:style>
  <style:style style:name="P2" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-left="{side_summary}cm" fo:margin-right="{side_summary}cm" fo:border-bottom="0.5pt solid #000000" fo:padding="0cm"/><style:text-properties fo:font-size="2pt"/></style:style>
  <style:style style:name="P3" style:family="paragraph" style:parent-style-name="Co_20_quan"/>
  <style:style style:name="gr1" style:family="graphic"><style:graphic-properties draw:stroke="solid" svg:stroke-width="0.02cm" svg:stroke-color="#000000" style:wrap="run-through" style:run-through="foreground" style:vertical-pos="from-top" style:vertical-rel="paragraph" style:horizontal-pos="from-left" style:horizontal-rel="paragraph"/></style:style>
  <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="Bang" style:family="table"><style:table-properties style:width="{text_width}cm" table:align="margins"/></style:style>
  <style:style style:name="BangDau" style:family="table" style:master-page-name="{first_master}"><style:table-properties style:width="{text_width}cm" table:align="margins"/></style:style>
  <style:style style:name="Bang.A" style:family="table-column"><style:table-column-properties style:column-width="6.8cm"/></style:style>
  <style:style style:name="Bang.B" style:family="table-column"><style:table-column-properties style:column-width="{right_col}cm"/></style:style>
  <style:style style:name="Ky.A" style:family="table-column"><style:table-column-properties style:column-width="{half}cm"/></style:style>
  <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="1.5cm"/></style:page-layout>
  <style:page-layout style:name="pm2"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="1.5cm"/><style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.2cm"/></style:header-style></style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Dau" style:page-layout-name="pm1" style:next-style-name="Sau"/>
  <style:master-page style:name="Sau" style:page-layout-name="pm2"><style:header><text:p text:style-name="Dau_20_trang"><text:page-number text:select-page="current">2</text:page-number></text:p></style:header></style:master-page>
 </office:master-styles>
 <office:body>
  <office:text>
   <table:table table:name="DauVanBan" table:style-name="BangDau"><table:table-column table:style-name="Bang.A"/><table:table-column table:style-name="Bang.B"/>
    <table:table-row><table:table-cell office:value-type="string"><text:p text:style-name="P3">UBND TỈNH ĐẮK LẮK</text:p><text:p text:style-name="Co_20_quan_20_ban_20_hanh">SỞ Y TẾ{agency_line}</text:p>{agency_border}</table:table-cell>
     <table:table-cell office:value-type="string"><text:p text:style-name="Quoc_20_hieu">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</text:p><text:p text:style-name="Tieu_20_ngu">{motto}{motto_drawn}</text:p></table:table-cell></table:table-row>
    <table:table-row><table:table-cell office:value-type="string"><text:p text:style-name="So">{number}</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p text:style-name="Ngay">{date}</text:p></table:table-cell></table:table-row>
   </table:table>
   <text:p text:style-name="Ten_20_loai">{kind}</text:p>
   <text:p text:style-name="Trich_20_yeu">{summary}{summary_line}</text:p>
   {summary_border}
{body}
   <table:table table:name="Ky" table:style-name="Bang"><table:table-column table:style-name="Ky.A" table:number-columns-repeated="2"/>
    <table:table-row><table:table-cell office:value-type="string"><text:p text:style-name="Noi_20_nhan">Nơi nhận:</text:p>{entries}</table:table-cell>
     <table:table-cell office:value-type="string">{signer}<text:p text:style-name="Giua"/><text:p text:style-name="Giua"/><text:p text:style-name="Giua"/><text:p text:style-name="Chuc_20_vu">Nguyễn Văn An</text:p></table:table-cell></table:table-row>
   </table:table>
  </office:text>
 </office:body>
</office:document>
"""


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_fodt(d, path):
    text_width = 21 - 3 - 1.5
    bases, body = body_paragraphs(d)
    lines = []
    if d["kind"] == "QUYẾT ĐỊNH":
        lines.append('   <text:p text:style-name="Ten_20_loai">GIÁM ĐỐC SỞ Y TẾ</text:p>')
        lines += ['   <text:p text:style-name="Can_20_cu">%s</text:p>' % esc(b) for b in bases]
        lines.append('   <text:p text:style-name="Ten_20_loai">QUYẾT ĐỊNH:</text:p>')
    for line in body:
        if line.startswith(("I. ", "II. ")):
            lines.append('   <text:p text:style-name="Text_20_body"><text:span text:style-name="T1">%s</text:span></text:p>' % esc(line))
        else:
            lines.append('   <text:p text:style-name="Text_20_body">%s</text:p>' % esc(line))
    first_entry = "- Như Điều 3;" if d["kind"] == "QUYẾT ĐỊNH" else "- Các phòng chức năng Sở;"
    entries = [first_entry, "- Giám đốc, các Phó Giám đốc Sở;", d["archive"]]
    if d["authority"].startswith("KT"):
        signer = '<text:p text:style-name="Chuc_20_vu">%s</text:p><text:p text:style-name="Chuc_20_vu">PHÓ GIÁM ĐỐC</text:p>' % d["authority"]
    else:
        signer = '<text:p text:style-name="Chuc_20_vu">%s</text:p>' % d["authority"]
    body_text = 'fo:font-size="%dpt"' % d["body_size"]
    if d["body_font"] != "Times New Roman":
        body_text += ' style:font-name="%s"' % d["body_font"]
    drawn = d.get("drawn_lines", False)

    def line(x1, x2, y):
        """A line drawn with Insert → Shape → Line, anchored to the paragraph."""
        return ('<draw:line text:anchor-type="paragraph" draw:z-index="0" draw:style-name="gr1" '
                'svg:x1="%.2fcm" svg:y1="%.2fcm" svg:x2="%.2fcm" svg:y2="%.2fcm"/>' % (x1, y, x2, y))

    xml = FODT
    values = {
        "body_text": body_text,
        "qh_weight": 'fo:font-weight="bold"' if d["qh_bold"] else "",
        "motto_line": 'style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"' if d["motto_line"] and not drawn else "",
        "agency_line": line(3.05, 3.75, 0.68) if drawn else "", "agency_border": "" if drawn else '<text:p text:style-name="P1"/>',
        "motto_drawn": line(2.05, 7.65, 0.72) if drawn and d["motto_line"] else "",
        "summary_line": line(6.25, 10.25, 0.78) if drawn else "", "summary_border": "" if drawn else '<text:p text:style-name="P2"/>',

        "side_agency": "%.2f" % ((6.8 - 0.7) / 2), "side_summary": "%.2f" % ((text_width - 4.0) / 2),
        "first_master": "Sau" if d["first_page_number"] else "Dau",
        "text_width": "%.1f" % text_width, "right_col": "%.1f" % (text_width - 6.8), "half": "%.2f" % (text_width / 2),
        "motto": esc(d["motto"]), "number": esc(d["number"]), "date": esc(d["date"]), "kind": esc(d["kind"]),
        "summary": esc(d["summary"]), "body": "\n".join(lines),
        "entries": "".join('<text:p text:style-name="Noi_20_nhan_20_muc">%s</text:p>' % esc(e) for e in entries),
        "signer": signer,
    }
    for key, value in values.items():
        xml = xml.replace("{" + key + "}", value)
    with open(path, "w", encoding="utf-8") as f:
        f.write(xml)


def main():
    os.makedirs(OUT, exist_ok=True)
    expected = []
    for name, (base, changes, defect) in DEFECTS.items():
        d = dict(base, **changes)
        make_docx(d, os.path.join(OUT, name + ".docx"))
        expected.append((name + ".docx", defect))
    work = tempfile.mkdtemp()
    fodts = []
    for name, (base, changes, defect) in ODT_DEFECTS.items():
        d = dict(base, **changes)
        path = os.path.join(work, name + ".fodt")
        make_fodt(d, path)
        fodts.append(path)
        expected.append((name + ".odt", defect))
    profile = os.path.join(work, "profile")
    subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--norestore",
                    "--convert-to", "odt", "--outdir", OUT] + fodts, check=True, stdout=subprocess.DEVNULL)
    # Word 97–2003 copies, as an office still keeps them: LibreOffice saves two .docx as .doc.
    for name, defect in (("qd-dung", None), ("qd-so-thieu-so-0", ("so_ky_hieu", "leading_zero"))):
        source = os.path.join(work, "doc-" + name + ".docx")
        shutil.copy(os.path.join(OUT, name + ".docx"), source)
        subprocess.run(["soffice", "-env:UserInstallation=file://" + profile, "--headless", "--norestore",
                        "--convert-to", "doc", "--outdir", OUT, source], check=True, stdout=subprocess.DEVNULL)
        expected.append(("doc-" + name + ".doc", defect))
    shutil.rmtree(work)
    with open(os.path.join(OUT, "expected.tsv"), "w", encoding="utf-8") as f:
        f.write("# file\tpart\trule (empty: a correct document, no error expected)\n")
        for name, defect in expected:
            f.write("%s\t%s\t%s\n" % (name, defect[0] if defect else "", defect[1] if defect else ""))


if __name__ == "__main__":
    main()
