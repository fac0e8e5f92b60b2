import ArgumentParser
import Foundation
import VanbanRegister

/// `vanban so-di`: the outgoing register (Sổ văn bản đi, NĐ 30/2020 Điều 15–16).
struct RegisterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "so-di",
        abstract: "Sổ văn bản đi: lấy số, hủy số, xem và in sổ (Phụ lục IV).",
        discussion: """
            Số văn bản đi chạy từ 01 ngày 01/01 đến 31/12, không trùng trong một hệ thống
            số và một năm (giờ Việt Nam), kể cả khi nhiều người cùng lấy số một lúc. Số đã
            lấy không bao giờ cấp lại: số không dùng thì hủy, vẫn nằm trong sổ.

            Sổ nằm trong tệp SQLite du-lieu/so-di.sqlite (hoặc biến VANBAN_CSDL), hay trong
            PostgreSQL khi nhiều máy dùng chung một sổ: --csdl postgres://người:mật_khẩu@máy:5432/tên.

            Ví dụ:
              vanban so-di chuoi chung --mau "{so}/{loai}-{co_quan}" --co-quan SYT
              vanban so-di chuoi mat --mau "{so}/{loai}-{co_quan}" --co-quan SYT --mat
              vanban so-di lay chung --nguoi "Trần Thị B"
              vanban so-di huy chung 5 --ly-do "Lấy nhầm" --nguoi "Trần Thị B"
              vanban so-di vao-so chung --tep qd-khen-thuong.pdf --loai QĐ --ten-loai "Quyết định" \\
                --trich-yeu "Về việc khen thưởng" --nguoi-ky "Nguyễn Văn An" --so 1
              vanban so-di xem --nam 2026 --tim "khen thưởng"
              vanban so-di xuat --nam 2026 --co-quan "SỞ Y TẾ TỈNH ĐẮK LẮK" --pdf
            """,
        subcommands: [Series.self, Reserve.self, Cancel.self, Enter.self, List.self, Export.self],
        aliases: ["register"]
    )

    /// Where the register is: `--csdl`, else `VANBAN_CSDL`, else `du-lieu/so-di.sqlite`.
    struct Database: ParsableArguments {
        @Option(name: [.customLong("csdl"), .customLong("database")],
                help: ArgumentHelp("Tệp SQLite hoặc postgres://người:mật_khẩu@máy:cổng/tên.", valueName: "csdl"))
        var address: String?

        func open() throws -> Register {
            let text = address ?? ProcessInfo.processInfo.environment["VANBAN_CSDL"] ?? "du-lieu/so-di.sqlite"
            let location = try RegisterLocation(parsing: text)
            // VANBAN_BAY_GIO (ISO 8601, `2026-03-02T09:00:00+07:00`) fixes the clock, for tests.
            let fixed = ProcessInfo.processInfo.environment["VANBAN_BAY_GIO"].flatMap {
                ISO8601DateFormatter().date(from: $0)
            }
            return try blocking {
                if let fixed { return try await Register.open(location, now: { fixed }) }
                return try await Register.open(location)
            }
        }
    }

    /// `vanban so-di chuoi`: lists the series, or adds/replaces one.
    struct Series: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "chuoi",
            abstract: "Xem các hệ thống số, hoặc thêm/sửa một hệ thống số.",
            discussion: """
                Mẫu ký hiệu dùng {so} (số, có số 0 trước số dưới 10), {loai} (viết tắt tên
                loại, QĐ), {co_quan} (viết tắt tên cơ quan), {don_vi} (đơn vị soạn thảo), {nam}.

                Ví dụ:
                  vanban so-di chuoi
                  vanban so-di chuoi chung --mau "{so}/{loai}-{co_quan}" --co-quan SYT
                  vanban so-di chuoi qd --loai QĐ --mau "{so}/{loai}-{co_quan}" --co-quan SYT
                  vanban so-di chuoi mat --mau "{so}/{loai}-{co_quan}" --co-quan SYT --mat
                """,
            aliases: ["series"]
        )

        @OptionGroup var database: Database

        @Argument(help: ArgumentHelp("Tên hệ thống số (bỏ trống: xem tất cả).", valueName: "ten"))
        var name: String?

        @Option(name: [.customLong("mau"), .customLong("pattern")], help: ArgumentHelp("Mẫu ký hiệu.", valueName: "mau"))
        var pattern: String?

        @Option(name: [.customLong("co-quan"), .customLong("agency")], help: ArgumentHelp("Viết tắt tên cơ quan ban hành.", valueName: "viet-tat"))
        var agency: String?

        @Option(name: [.customLong("loai"), .customLong("kind")], help: ArgumentHelp("Loại văn bản được cấp số (viết tắt, lặp lại được; bỏ trống: mọi loại).", valueName: "viet-tat"))
        var kinds: [String] = []

        @Flag(name: [.customLong("mat"), .customLong("secret")], help: "Hệ thống số riêng cho văn bản mật.")
        var secret = false

        func run() throws {
            let register = try database.open()
            do {
                if let name {
                    guard let pattern, let agency else {
                        throw ValidationError("Thêm hệ thống số cần --mau và --co-quan.")
                    }
                    let series = VanbanRegister.Series(name: name, kinds: kinds, pattern: pattern, agency: agency,
                                                       isSecret: secret)
                    try blocking { try await register.save(series) }
                    print("Đã lưu hệ thống số \"\(series.name)\": \(series.pattern)")
                } else {
                    let all = try blocking { try await register.allSeries() }
                    if all.isEmpty { print("Chưa có hệ thống số nào. Thêm: vanban so-di chuoi chung --mau \"{so}/{loai}-{co_quan}\" --co-quan SYT") }
                    for series in all {
                        let kinds = series.kinds.isEmpty ? "mọi loại" : series.kinds.joined(separator: ", ")
                        print("\(series.name)\t\(series.pattern)\t\(series.agency)\t\(kinds)\(series.isSecret ? "\tmật" : "")")
                    }
                }
            }
            try? blocking { try await register.close() }
        }
    }

    /// `vanban so-di lay`: reserves numbers.
    struct Reserve: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lay",
            abstract: "Lấy số tiếp theo của một hệ thống số (số dự kiến).",
            discussion: """
                Mỗi số lấy riêng, ngay lập tức vào sổ với người lấy và giờ lấy; không hai người
                nào nhận cùng một số. In mỗi số một dòng.

                Ví dụ:
                  vanban so-di lay chung --nguoi "Trần Thị B"
                  vanban so-di lay chung --so-luong 3
                """,
            aliases: ["reserve"]
        )

        @OptionGroup var database: Database

        @Argument(help: ArgumentHelp("Tên hệ thống số.", valueName: "he-thong-so"))
        var series: String

        @Option(name: [.customLong("nguoi"), .customLong("by")], help: ArgumentHelp("Người lấy số (mặc định: tên đăng nhập).", valueName: "ten"))
        var person: String?

        @Option(name: [.customLong("so-luong"), .customLong("count")], help: ArgumentHelp("Lấy bao nhiêu số (mỗi số một lần vào sổ).", valueName: "n"))
        var count = 1

        func run() throws {
            guard count >= 1 else { throw ValidationError("--so-luong phải từ 1 trở lên.") }
            let register = try database.open()
            let person = self.person ?? ProcessInfo.processInfo.environment["USER"] ?? "văn thư"
            do {
                for _ in 0..<count {
                    let entry = try blocking { try await register.reserve(series: series, by: person) }
                    print("Số dự kiến \(numberText(entry.number)) năm \(entry.year), hệ thống số \(entry.series), \(entry.takenBy)")
                }
            }
            try? blocking { try await register.close() }
        }
    }

    /// `vanban so-di huy`: cancels a reserved number.
    struct Cancel: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "huy",
            abstract: "Hủy một số dự kiến: số vẫn ở trong sổ, ghi là đã hủy, không cấp lại.",
            discussion: """
                Ví dụ:
                  vanban so-di huy chung 5 --ly-do "Lấy nhầm"
                  vanban so-di huy chung 12 --nam 2025 --ly-do "Không ban hành" --nguoi "Trần Thị B"
                """,
            aliases: ["cancel"]
        )

        @OptionGroup var database: Database

        @Argument(help: ArgumentHelp("Tên hệ thống số.", valueName: "he-thong-so"))
        var series: String

        @Argument(help: ArgumentHelp("Số cần hủy.", valueName: "so"))
        var number: Int

        @Option(name: [.customLong("nam"), .customLong("year")], help: ArgumentHelp("Năm của số (mặc định: năm nay).", valueName: "nam"))
        var year: Int?

        @Option(name: [.customLong("ly-do"), .customLong("reason")], help: ArgumentHelp("Lý do hủy.", valueName: "ly-do"))
        var reason: String

        @Option(name: [.customLong("nguoi"), .customLong("by")], help: ArgumentHelp("Người hủy (mặc định: tên đăng nhập).", valueName: "ten"))
        var person: String?

        func run() throws {
            let register = try database.open()
            let person = self.person ?? ProcessInfo.processInfo.environment["USER"] ?? "văn thư"
            let year = self.year ?? RegisterCalendar.year(of: register.now())
            do {
                let entry = try blocking {
                    try await register.cancel(series: series, year: year, number: number, by: person, reason: reason)
                }
                print("Đã hủy số \(numberText(entry.number)) năm \(entry.year), hệ thống số \(entry.series)")
            }
            try? blocking { try await register.close() }
        }
    }

    /// `vanban so-di vao-so`: registers a document already written (a PDF, a scan).
    struct Enter: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "vao-so",
            abstract: "Vào sổ một văn bản đã có tệp: cấp số (hoặc dùng số dự kiến) và ghi lại tệp.",
            discussion: """
                Sổ ghi số, ký hiệu, ngày, loại, trích yếu, người ký, nơi nhận, số bản, đường dẫn
                và mã SHA-256 của tệp. Một số, ký hiệu đã có trong năm thì bị từ chối.

                Ví dụ:
                  vanban so-di vao-so chung --tep qd-khen-thuong.pdf --loai QĐ --ten-loai "Quyết định" \\
                    --trich-yeu "Về việc khen thưởng năm 2025" --nguoi-ky "Nguyễn Văn An" \\
                    --noi-nhan "Như Điều 3" --luu "Phòng TCCB" --so-ban 5
                  vanban so-di vao-so chung --so 3 --tep cv-123.pdf --loai CV --trich-yeu "V/v báo cáo"
                """,
            aliases: ["enter"]
        )

        @OptionGroup var database: Database

        @Argument(help: ArgumentHelp("Tên hệ thống số.", valueName: "he-thong-so"))
        var series: String

        @Option(name: [.customLong("tep"), .customLong("file")], help: ArgumentHelp("Tệp văn bản đã ký.", valueName: "tep"))
        var file: String

        @Option(name: [.customLong("so"), .customLong("number")], help: ArgumentHelp("Số dự kiến đã lấy (bỏ trống: lấy số tiếp theo).", valueName: "so"))
        var number: Int?

        @Option(name: [.customLong("loai"), .customLong("kind")], help: ArgumentHelp("Viết tắt tên loại (QĐ, CV, TB…).", valueName: "viet-tat"))
        var kind: String

        @Option(name: [.customLong("ten-loai"), .customLong("kind-name")], help: ArgumentHelp("Tên loại (Quyết định).", valueName: "ten"))
        var kindName = ""

        @Option(name: [.customLong("trich-yeu"), .customLong("summary")], help: ArgumentHelp("Trích yếu nội dung.", valueName: "trich-yeu"))
        var summary: String

        @Option(name: [.customLong("nguoi-ky"), .customLong("signer")], help: ArgumentHelp("Người ký.", valueName: "ten"))
        var signer = ""

        @Option(name: [.customLong("noi-nhan"), .customLong("recipients")], help: ArgumentHelp("Nơi nhận.", valueName: "noi-nhan"))
        var recipients = ""

        @Option(name: [.customLong("luu"), .customLong("archive")], help: ArgumentHelp("Đơn vị, người nhận bản lưu.", valueName: "don-vi"))
        var archiveHolder = ""

        @Option(name: [.customLong("so-ban"), .customLong("copies")], help: ArgumentHelp("Số lượng bản.", valueName: "n"))
        var copies = 1

        @Option(name: [.customLong("don-vi"), .customLong("unit")], help: ArgumentHelp("Viết tắt đơn vị soạn thảo ({don_vi}).", valueName: "viet-tat"))
        var unit = ""

        @Option(name: [.customLong("ngay"), .customLong("date")], help: ArgumentHelp("Ngày ban hành, dd/mm/yyyy (mặc định: hôm nay).", valueName: "ngay"))
        var date: String?

        @Option(name: [.customLong("nguoi"), .customLong("by")], help: ArgumentHelp("Người vào sổ (mặc định: tên đăng nhập).", valueName: "ten"))
        var person: String?

        func run() throws {
            var day: CalendarDay?
            if let date {
                guard let parsed = CalendarDay(date) else { throw ValidationError("--ngay viết dd/mm/yyyy, không phải \"\(date)\".") }
                day = parsed
            }
            let source = URL(fileURLWithPath: file).standardizedFileURL
            guard FileManager.default.fileExists(atPath: source.path) else {
                throw ValidationError("không có tệp \(file).")
            }
            let register = try database.open()
            let person = self.person ?? ProcessInfo.processInfo.environment["USER"] ?? "văn thư"
            let details = DocumentDetails(kind: kind, kindName: kindName, summary: summary, signer: signer,
                                          recipients: recipients, archiveHolder: archiveHolder, copies: copies, unit: unit)
            let (series, number, issueDate) = (self.series, self.number, day)
            do {
                let entry = try register.issueWaiting(series: series, number: number, date: issueDate,
                                                      document: details, by: person) { _ in
                    // The file is already in place: a copy at the temporary name is renamed over it,
                    // same bytes, once the entry is committed.
                    let staging = StagedFile.temporaryURL(for: source)
                    try? FileManager.default.removeItem(at: staging)
                    try FileManager.default.copyItem(at: source, to: staging)
                    return StagedFile(temporary: staging, destination: source)
                }
                print("Đã vào sổ: \(entry.symbol ?? numberText(entry.number)), ngày \(entry.date?.description ?? ""), "
                      + "tệp \(entry.filePath ?? "") (SHA-256 \(entry.sha256 ?? ""))")
            }
            try? blocking { try await register.close() }
        }
    }

    /// `vanban so-di xem`: lists and searches.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "xem",
            abstract: "Xem, tìm trong sổ văn bản đi.",
            discussion: """
                Mỗi số một dòng: số, năm, hệ thống số, tình trạng, số ký hiệu, ngày, trích yếu.

                Ví dụ:
                  vanban so-di xem
                  vanban so-di xem chung --nam 2026 --tinh-trang da-huy
                  vanban so-di xem --tim "khen thưởng"
                """,
            aliases: ["list"]
        )

        @OptionGroup var database: Database

        @Argument(help: ArgumentHelp("Tên hệ thống số (bỏ trống: tất cả).", valueName: "he-thong-so"))
        var series: String?

        @Option(name: [.customLong("nam"), .customLong("year")], help: ArgumentHelp("Chỉ năm này.", valueName: "nam"))
        var year: Int?

        @Option(name: [.customLong("tinh-trang"), .customLong("state")], help: ArgumentHelp("du-kien, da-cap hoặc da-huy.", valueName: "tinh-trang"))
        var state: String?

        @Option(name: [.customLong("tim"), .customLong("search")], help: ArgumentHelp("Tìm trong số ký hiệu, trích yếu, người ký, nơi nhận.", valueName: "chu"))
        var text: String?

        func run() throws {
            let states: [String: Entry.State] = ["du-kien": .reserved, "da-cap": .issued, "da-huy": .cancelled]
            var wanted: Entry.State?
            if let state {
                guard let known = states[state] else {
                    throw ValidationError("--tinh-trang là du-kien, da-cap hoặc da-huy, không phải \"\(state)\".")
                }
                wanted = known
            }
            let register = try database.open()
            do {
                let query = EntryQuery(series: series, year: year, state: wanted, text: text)
                let entries = try blocking { try await register.entries(query) }
                for entry in entries { print(line(entry)) }
                if entries.isEmpty { print("Không có số nào.") }
            }
            try? blocking { try await register.close() }
        }

        private func line(_ entry: Entry) -> String {
            let state: String
            switch entry.state {
            case .reserved: state = "dự kiến (\(entry.takenBy))"
            case .issued: state = "đã cấp"
            case .cancelled: state = "đã hủy: \(entry.cancelReason ?? "")"
            }
            let details = [entry.symbol, entry.date?.description, entry.details.map { "\($0.kindName) \($0.summary)" },
                           entry.filePath].compactMap { $0 }
            return ([numberText(entry.number), String(entry.year), entry.series, state] + details).joined(separator: "\t")
        }
    }

    /// `vanban so-di xuat`: the Phụ lục IV table of a year.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "xuat",
            abstract: "In sổ văn bản đi của một năm theo Phụ lục IV (.fods, và PDF khổ A4 ngang).",
            discussion: """
                Mỗi hệ thống số một trang tính; mọi số của năm đều có dòng (số đã hủy ghi ở
                cột Ghi chú), để in và đóng sổ. --pdf cần LibreOffice.

                Ví dụ:
                  vanban so-di xuat --nam 2026
                  vanban so-di xuat --nam 2026 chung --co-quan "SỞ Y TẾ TỈNH ĐẮK LẮK" --ra so-di-2026.fods --pdf
                """,
            aliases: ["export"]
        )

        @OptionGroup var database: Database

        @Argument(help: ArgumentHelp("Tên hệ thống số (bỏ trống: tất cả).", valueName: "he-thong-so"))
        var series: String?

        @Option(name: [.customLong("nam"), .customLong("year")], help: ArgumentHelp("Năm (mặc định: năm nay).", valueName: "nam"))
        var year: Int?

        @Option(name: [.customLong("co-quan"), .customLong("office")], help: ArgumentHelp("Tên cơ quan in trên đầu sổ.", valueName: "ten"))
        var office = ""

        @Option(name: [.customLong("ra"), .customLong("output")], help: ArgumentHelp("Tệp .fods ghi ra (mặc định: output/so-di-NAM.fods).", valueName: "tep"))
        var output: String?

        @Flag(name: .customLong("pdf"), help: "Chuyển thêm sang PDF bằng LibreOffice.")
        var pdf = false

        func run() throws {
            let register = try database.open()
            let year = self.year ?? RegisterCalendar.year(of: register.now())
            do {
                let entries = try blocking { try await register.entries(EntryQuery(series: series, year: year)) }
                let file = URL(fileURLWithPath: output ?? "output/so-di-\(year).fods")
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try RegisterSheet(office: office, year: year, entries: entries).write(to: file)
                print(file.path)
                if pdf {
                    print(try RegisterSheet.convertToPDF(file, into: file.deletingLastPathComponent()).path)
                }
            }
            try? blocking { try await register.close() }
        }
    }
}

/// The number as the register writes it (`05`).
private func numberText(_ number: Int) -> String {
    SymbolPattern.numberText(number)
}

/// Runs async register work from the synchronous command line, waiting for it.
private func blocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    try Register.wait(body)
}
