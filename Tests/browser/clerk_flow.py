#!/usr/bin/python3
"""The clerk's flow in a real browser (Debian's chromium + chromedriver, selenium).

Starts `vanban phuc-vu` on a free loopback port with an administrator account (so every page
needs a login), then: log in → Mẫu → Soạn Giấy khen with a 56-row .xlsx list and a wrong date
→ Kiểm tra shows the error → Sửa → Kiểm tra clean → Xem trước → Tạo PDF with live progress →
download → the PDF checked with pdftotext (56 pages, every name) → Lịch sử.
A screenshot of each page (1366×768) is saved in the artefacts folder.

Usage: Tests/browser/clerk_flow.py VANBAN_BINARY ARTEFACTS_FOLDER
"""
import csv
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as seen
from selenium.webdriver.support.ui import WebDriverWait

COUNT = 56
PASSWORD = "mat-khau-thu-nghiem"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def make_list(folder):
    """A 56-row list as a real .xlsx: written as CSV, converted by LibreOffice."""
    rows = [["Họ tên", "Chức vụ", "Đơn vị", "Số sổ vàng"]]
    for number in range(1, COUNT + 1):
        rows.append([f"Trần Thị Khen {number}", "Chuyên viên" if number % 3 else "", f"Khoa {number % 7 + 1}", str(number)])
    source = os.path.join(folder, "danh-sach-khen.csv")
    with open(source, "w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows(rows)
    profile = os.path.join(folder, "lo-profile")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--infilter=CSV:44,34,76",
                    "--convert-to", "xlsx", "--outdir", folder, source], check=True, capture_output=True)
    return os.path.join(folder, "danh-sach-khen.xlsx")


def main():
    binary, artefacts = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    os.makedirs(artefacts, exist_ok=True)
    work = tempfile.mkdtemp(prefix="vanban-browser-")
    downloads = os.path.join(work, "tai-ve")
    os.makedirs(downloads)
    data = os.path.join(work, "du-lieu")
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    environment = dict(os.environ, VANBAN_MAT_KHAU=PASSWORD)
    subprocess.run([binary, "phuc-vu", "--thu-muc-du-lieu", data, "--tao-quan-tri", "admin"], check=True, env=environment)
    server = subprocess.Popen([binary, "phuc-vu", "--thu-muc-du-lieu", data, "--cong", str(port)],
                              stdout=open(os.path.join(artefacts, "server.log"), "w"), stderr=subprocess.STDOUT)
    driver = None
    shots = []
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.1)
        listing = make_list(work)

        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
        for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,768", "--lang=vi"]:
            options.add_argument(argument)
        options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                                  "download.prompt_for_download": False})
        driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)
        driver.set_window_size(1366, 768)
        wait = WebDriverWait(driver, 180)

        def shot(name):
            path = os.path.join(artefacts, f"{len(shots) + 1:02d}-{name}.png")
            driver.save_screenshot(path)
            shots.append(path)

        def expect(condition, message):
            if not condition:
                shot("that-bai")
                raise AssertionError(message)

        # Đăng nhập: every page sends there first.
        driver.get(base + "/soan")
        expect(driver.current_url.endswith("/dang-nhap"), "chưa đăng nhập mà không bị đưa về trang đăng nhập")
        driver.find_element(By.ID, "ten").send_keys("admin")
        driver.find_element(By.ID, "mat_khau").send_keys(PASSWORD)
        shot("dang-nhap")
        driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
        wait.until(seen.url_to_be(base + "/soan"))

        driver.get(base + "/mau")
        expect("Giấy khen" in driver.page_source, "trang Mẫu không có Giấy khen")
        # Each template's page-1 thumbnail is made by LibreOffice on first view.
        WebDriverWait(driver, 120).until(lambda _: driver.execute_script(
            "return [...document.querySelectorAll('#danh-sach-mau img')].every(i => i.complete && i.naturalWidth > 0)"))
        shot("mau")

        # A template with a mistake: refused, its error shown with the place.
        broken = os.path.join(work, "thu-moi-loi.fodt")
        with open(broken, "w", encoding="utf-8") as file:
            file.write('<?xml version="1.0" encoding="UTF-8"?>\n<office:document '
                       'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3" '
                       'office:mimetype="application/vnd.oasis.opendocument.text">\n<office:body><office:text>'
                       '<text:p>Kính gửi {{#noi_nhan}}{{.}}</text:p></office:text></office:body></office:document>\n')
        driver.find_element(By.ID, "ten_mau").send_keys("Thư mời (thử)")
        driver.find_element(By.ID, "tep_mau").send_keys(broken)
        driver.find_element(By.CSS_SELECTOR, "form[action='/mau'] button[type=submit]").click()
        errors = wait.until(seen.presence_of_element_located((By.ID, "loi-mau")))
        expect("chưa được đóng" in errors.text, f"lỗi mẫu không hiện: {errors.text}")
        driver.execute_script("arguments[0].scrollIntoView()", errors)
        shot("mau-co-loi")

        # Soạn: the list, and a date that does not exist.
        driver.get(base + "/soan/giay-khen")
        driver.find_element(By.ID, "danh_sach").send_keys(listing)
        shot("soan-danh-sach")
        date = driver.find_element(By.ID, "o_ngay")
        date.clear()
        date.send_keys("31/02/2026")
        shot("soan")
        driver.find_element(By.CSS_SELECTOR, "#bieu-mau button[type=submit]").click()
        wait.until(seen.presence_of_element_located((By.ID, "ket-qua-kiem-tra")))
        summary = driver.find_element(By.ID, "ket-qua-kiem-tra").text
        expect(summary.startswith("Có 2 lỗi"), f"kiểm tra không báo lỗi ngày: {summary}")
        expect("không có thật trên lịch" in driver.find_element(By.ID, "bang-loi").text, "bảng lỗi thiếu câu về ngày")
        expect(not driver.find_elements(By.ID, "nut-tao"), "còn lỗi mà vẫn có nút Tạo")
        shot("kiem-tra-co-loi")

        # Sửa: the form comes back with the clerk's values; fix the date.
        driver.find_element(By.ID, "sua").click()
        date = wait.until(seen.presence_of_element_located((By.ID, "o_ngay")))
        expect(date.get_attribute("value") == "31/02/2026", "biểu mẫu sửa không giữ giá trị đã nhập")
        date.clear()
        date.send_keys("05/01/2026")
        driver.find_element(By.CSS_SELECTOR, "#bieu-mau button[type=submit]").click()
        wait.until(seen.presence_of_element_located((By.ID, "ket-qua-kiem-tra")))
        summary = driver.find_element(By.ID, "ket-qua-kiem-tra").text
        expect(summary == f"Không có lỗi: {COUNT} bản ghi đã được kiểm tra.", f"kiểm tra sau khi sửa: {summary}")
        shot("kiem-tra-sach")
        check_url = driver.current_url

        # Xem trước: LibreOffice's page 1 as an image.
        driver.find_element(By.ID, "xem-truoc").click()
        image = wait.until(seen.presence_of_element_located((By.ID, "anh-xem-truoc")))
        wait.until(lambda _: driver.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", image))
        shot("xem-truoc")

        # Tạo: PDF, one file; the progress page, then the download.
        driver.get(check_url)
        driver.find_element(By.CSS_SELECTOR, "#dinh_dang option[value=pdf]").click()
        driver.find_element(By.ID, "nut-tao").click()
        try:
            WebDriverWait(driver, 20).until(seen.presence_of_element_located((By.ID, "giai-doan")))
            WebDriverWait(driver, 20).until(lambda _: driver.execute_script(
                "const bar = document.getElementById('thanh-tien-do'); return bar && bar.style.width && bar.style.width !== '0%'"))
            time.sleep(0.4)  # the bar's CSS transition
            shot("dang-tao")
        except Exception:
            pass  # A fast machine may finish before the progress page is seen.
        wait.until(seen.presence_of_element_located((By.ID, "xong")))
        expect(f"Đã tạo {COUNT} bản ghi (PDF)." in driver.find_element(By.ID, "xong").text, "trang kết quả sai")
        shot("xong")
        driver.find_element(By.ID, "tai-ve").click()
        pdf = os.path.join(downloads, "giay-khen.pdf")
        for _ in range(300):
            if os.path.exists(pdf) and not os.path.exists(pdf + ".crdownload"):
                break
            time.sleep(0.2)
        expect(os.path.exists(pdf), "không tải được giay-khen.pdf")
        shutil.copy(pdf, os.path.join(artefacts, "giay-khen.pdf"))
        text = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True, text=True).stdout
        pages = text.count("\f")
        expect(pages == COUNT, f"PDF có {pages} trang, cần {COUNT}")
        expect(text.count("GIẤY KHEN") == COUNT, "không đủ 56 chữ GIẤY KHEN")
        missing = [n for n in range(1, COUNT + 1) if f"Trần Thị Khen {n}\n" not in text and f"Trần Thị Khen {n} " not in text]
        expect(not missing, f"thiếu tên trong PDF: {missing[:5]}")
        expect("ngày 05 tháng 01 năm 2026" in text, "PDF không có ngày đã sửa")

        driver.get(base + "/lich-su")
        expect("danh-sach-khen.xlsx" in driver.page_source and "Xong" in driver.page_source, "lịch sử không có việc vừa làm")
        shot("lich-su")
        print(f"browser-test: OK — {COUNT} Giấy khen, {pages} trang PDF; ảnh chụp: {', '.join(os.path.basename(s) for s in shots)}")
    finally:
        if driver:
            driver.quit()
        server.terminate()
        server.wait(timeout=20)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
