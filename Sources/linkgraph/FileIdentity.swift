import Foundation

/// A file as the system knows it — device and inode — so that two paths naming one file (`r.txt`,
/// `./r.txt`, a symbolic or hard link to it) compare equal.
struct FileIdentity: Hashable {
    let device: UInt64
    let inode: UInt64

    /// The identity of the file `path` names (links followed), or nil when there is none.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
    }
}
