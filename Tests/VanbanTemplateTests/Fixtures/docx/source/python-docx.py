"""Writes ../python-docx.docx: a template as python-docx (PyPI) writes runs, one run per piece,
with the noise Word leaves in a clerk's file: proofing marks, a bookmark, revision marks
(an insertion and a deletion) and w14:paraId inside and around tags. Run with the venv of
bench/ (pip install python-docx): bench/.venv/bin/python python-docx.py
"""
from docx import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

W = nsdecls("w")
document = Document()
style = document.styles["Normal"]
style.font.name = "Times New Roman"
style.font.size = Pt(13)


def runs(paragraph, *pieces):
    """Adds one run per piece; a piece is text, or (text, "b"|"i") for bold or italic."""
    for piece in pieces:
        text, form = (piece, "") if isinstance(piece, str) else piece
        run = paragraph.add_run(text)
        run.bold = "b" in form
        run.italic = "i" in form
    return paragraph


def raw(paragraph, xml):
    paragraph._p.append(parse_xml(xml))


document.add_heading("GIẤY MỜI", level=1)
# A tag split over three runs of different formatting, with a proofing mark inside.
p = runs(document.add_paragraph(), "Kính gửi: ", "{{ho", ("_t", "b"))
raw(p, f'<w:proofErr {W} w:type="spellStart"/>')
runs(p, ("en}}", "i"))
raw(p, f'<w:proofErr {W} w:type="spellEnd"/>')
runs(p, ", ", "{{chuc_vu}}")
# A bookmark inside a tag, and an accepted insertion and a deletion inside another.
p = runs(document.add_paragraph(), "Cơ quan: {{co_")
raw(p, f'<w:bookmarkStart {W} w:id="7" w:name="CoQuan"/>')
runs(p, "quan}}")
raw(p, f'<w:bookmarkEnd {W} w:id="7"/>')
runs(p, " - ", "{{don_")
raw(p, f'<w:ins {W} w:id="8" w:author="VT" w:date="2025-01-01T00:00:00Z"><w:r><w:t>v</w:t></w:r></w:ins>')
raw(p, f'<w:del {W} w:id="9" w:author="VT" w:date="2025-01-01T00:00:00Z"><w:r><w:delText>xx</w:delText></w:r></w:del>')
runs(p, "i}}")
# Paragraph loop: the tags in paragraphs of their own, paraIds on every paragraph.
runs(document.add_paragraph(), "{{#", "can_cu}}")
runs(document.add_paragraph(), "Căn cứ ", ("{{.}}", "i"))
runs(document.add_paragraph(), "{{/can_cu}}")
# List items: a List Number paragraph holding a whole section repeats.
runs(document.add_paragraph(style="List Number"), "{{#nhiem_vu}}", "{{.}}", "{{/nhiem_vu}}")
# Table row loop, the tags split over runs.
table = document.add_table(rows=2, cols=3)
table.style = "Table Grid"
for cell, text in zip(table.rows[0].cells, ["STT", "Họ và tên", "Số tiền"]):
    cell.paragraphs[0].add_run(text).bold = True
runs(table.rows[1].cells[0].paragraphs[0], "{{#danh", "_sach}}", "{{@stt}}")
runs(table.rows[1].cells[1].paragraphs[0], "{{ho_", "ten}}")
runs(table.rows[1].cells[2].paragraphs[0], "{{so_tien | ", "tien}}", "{{/danh_sach}}")
runs(document.add_paragraph(), "Ghi chú: ", "{{ghi_chu}}")
# Header and footer fields, split too.
section = document.sections[0]
runs(section.header.paragraphs[0], "Đầu trang: {{co", ("_quan}}", "b"))
runs(section.footer.paragraphs[0], "Chân trang: ", "{{nguoi", "_ky}}")

# paraIds as Word writes them, one per paragraph.
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
for index, paragraph in enumerate(document.element.body.iter("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}p")):
    paragraph.set(f"{{{W14}}}paraId", f"{index + 0x10000:08X}")
    paragraph.set(f"{{{W14}}}textId", f"{index + 0x20000:08X}")
document.core_properties.author = "vanban"
document.save("../python-docx.docx")
