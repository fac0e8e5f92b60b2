/// Đăng nhập: account name and password (the form carries the session's CSRF token).
enum LoginPage {
    static func body(csrf: String, error: String?, name: String = "") -> String {
        """
        \(error.map { "<p class=\"loi\">\(HTML.escape($0))</p>" } ?? "")
        <form method="post" action="/dang-nhap" class="the" style="max-width:420px">
        \(HTML.csrfField(csrf))
        <label for="ten">Tên tài khoản</label><input type="text" id="ten" name="ten" value="\(HTML.escape(name))" autofocus required>
        <label for="mat_khau">Mật khẩu</label><input type="password" id="mat_khau" name="mat_khau" required>
        <button type="submit">Đăng nhập</button>
        </form>
        """
    }
}
