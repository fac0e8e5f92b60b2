/// The frame of every page: the title, the menu (Mẫu, Soạn, Lịch sử, Tài khoản), who is logged
/// in, and a style readable on a 1366×768 laptop. No JavaScript framework.
struct Layout {
    /// The menu entry shown as current.
    enum Section: String {
        case templates = "/mau"
        case compose = "/soan"
        case history = "/lich-su"
        case accounts = "/tai-khoan"
        case none = ""
    }

    let title: String
    let section: Section
    /// `nil` on the login page.
    let user: User?
    let csrf: String
    let loginRequired: Bool

    func page(_ body: String) -> String {
        let entries: [(Section, String)] = [(.templates, "Mẫu"), (.compose, "Soạn"), (.history, "Lịch sử")]
            + (user?.role == .administrator && loginRequired ? [(.accounts, "Tài khoản")] : [])
        let menu = user == nil ? "" : entries.map { entry in
            "<a href=\"\(entry.0.rawValue)\"\(entry.0 == section ? " class=\"hien-tai\"" : "")>\(entry.1)</a>"
        }.joined()
        let account: String
        if let user, loginRequired {
            account = """
                <form method="post" action="/dang-xuat" class="dang-xuat">\(HTML.csrfField(csrf))\
                <span>\(HTML.escape(user.name)) · \(user.role.title)</span> <button type="submit">Đăng xuất</button></form>
                """
        } else {
            account = user == nil ? "" : "<span class=\"dang-xuat\">Chạy trên máy này (không cần đăng nhập)</span>"
        }
        return """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title)) · vanban</title>
            <style>\(Self.style)</style></head>
            <body><header><strong class="ten">vanban</strong><nav>\(menu)</nav>\(account)</header>
            <main><h1>\(HTML.escape(title))</h1>
            \(body)
            </main><footer>vanban \(HTML.escape(Release.version))</footer></body></html>
            """
    }

    static let style = """
        *{box-sizing:border-box}body{margin:0;font:16px/1.45 "Liberation Sans",Arial,sans-serif;color:#1d2430;background:#f4f6f9}
        header{display:flex;align-items:center;gap:24px;padding:10px 24px;background:#16365c;color:#fff}
        header .ten{font-size:20px}nav a{color:#dfe8f5;text-decoration:none;margin-right:18px;padding:4px 2px}
        nav a.hien-tai{color:#fff;border-bottom:3px solid #f2b705}.dang-xuat{margin-left:auto;font-size:14px}
        .dang-xuat button{margin-left:8px}main{max-width:1120px;margin:18px auto;padding:0 24px 40px}
        h1{font-size:26px;margin:8px 0 16px}h2{font-size:20px;margin:24px 0 10px}
        .the{background:#fff;border:1px solid #d5dbe4;border-radius:6px;padding:16px 20px;margin-bottom:16px}
        table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #d5dbe4;padding:6px 10px;text-align:left;vertical-align:top}
        th{background:#e9eef5}label{display:block;font-weight:bold;margin-top:12px}
        .goi-y{display:block;font-weight:normal;color:#5a6472;font-size:14px}
        input[type=text],input[type=password],textarea,select{width:100%;padding:7px 9px;font:inherit;border:1px solid #aab4c3;border-radius:4px}
        textarea{min-height:90px}.luoi{display:grid;grid-template-columns:1fr 1fr;gap:0 28px}
        .rong{grid-column:1 / span 2}button,.nut{display:inline-block;margin-top:14px;padding:8px 18px;font:inherit;font-weight:bold;
        color:#fff;background:#1d5fa8;border:0;border-radius:4px;cursor:pointer;text-decoration:none}
        .nut.phu{background:#5a6472}.loi{background:#fdecea;border:1px solid #e0a39c;color:#8a1c12;padding:10px 14px;border-radius:4px}
        .tot{background:#e8f5ea;border:1px solid #9dcfa5;color:#1d5b27;padding:10px 14px;border-radius:4px}
        .thanh{height:22px;background:#dfe5ee;border-radius:11px;overflow:hidden}.thanh div{height:100%;width:0;background:#2e8b57;transition:width .3s}
        img.xem{max-width:100%;border:1px solid #aab4c3;box-shadow:0 2px 6px #0002;background:#fff}
        .nho{font-size:14px;color:#5a6472}footer{max-width:1120px;margin:0 auto;padding:0 24px 24px;font-size:13px;color:#5a6472}
        """
}
