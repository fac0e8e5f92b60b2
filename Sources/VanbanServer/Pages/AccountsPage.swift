/// Tài khoản (quản trị): the accounts and a form to add one.
enum AccountsPage {
    static func body(accounts: [User], csrf: String, message: String?) -> String {
        let rows = accounts.map { "<tr><td>\(HTML.escape($0.name))</td><td>\($0.role.title)</td></tr>" }
        let roles = Role.allCases.map { "<option value=\"\($0.rawValue)\"\($0 == .clerk ? " selected" : "")>\($0.title)</option>" }
        return """
            \(message.map { "<p class=\"tot\">\(HTML.escape($0))</p>" } ?? "")
            <table id="tai-khoan"><tr><th>Tên</th><th>Vai trò</th></tr>\(rows.joined())</table>
            <h2>Thêm tài khoản</h2>
            <form method="post" action="/tai-khoan" class="the" style="max-width:480px">\(HTML.csrfField(csrf))
            <label for="ten">Tên tài khoản</label><input type="text" id="ten" name="ten" required>
            <label for="mat_khau">Mật khẩu (ít nhất \(Accounts.minimumPasswordLength) ký tự)</label>
            <input type="password" id="mat_khau" name="mat_khau" required>
            <label for="vai_tro">Vai trò</label><select id="vai_tro" name="vai_tro">\(roles.joined())</select>
            <button type="submit">Thêm</button></form>
            """
    }
}
