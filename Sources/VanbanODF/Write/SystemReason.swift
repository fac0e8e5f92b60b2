import Foundation

/// A system call's failure (`errno`) said in Vietnamese, with what to do where it helps.
public enum SystemReason {
    /// The Vietnamese words for `code`, the system's own words after them for the rest.
    public static func describe(_ code: Int32) -> String {
        switch code {
        case ENOSPC, EDQUOT: return "đĩa đầy: hãy xóa bớt tệp hoặc ghi vào ổ khác"
        case EACCES, EPERM: return "không có quyền ghi vào đây"
        case EROFS: return "ổ đĩa chỉ cho đọc"
        case ENOENT: return "thư mục không tồn tại"
        case EISDIR: return "đã có một thư mục trùng tên"
        case ENOTDIR: return "một phần của đường dẫn là tệp, không phải thư mục"
        case ENAMETOOLONG: return "tên tệp hoặc đường dẫn quá dài"
        case EEXIST, ENOTEMPTY: return "đã có tệp hoặc thư mục trùng tên"
        case EIO: return "lỗi đọc ghi đĩa"
        default: return "lỗi hệ thống: \(String(cString: strerror(code)))"
        }
    }

    /// The reason of a Foundation file error, when it carries the system's code.
    public static func describe(_ error: any Error) -> String {
        let error = error as NSError
        if error.domain == NSPOSIXErrorDomain { return describe(Int32(error.code)) }
        if let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return describe(Int32(underlying.code))
        }
        return "lỗi ghi đĩa"
    }
}
