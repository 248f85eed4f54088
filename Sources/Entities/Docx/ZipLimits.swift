/// How far a ZIP archive may expand, so a hostile archive (a "zip bomb") cannot exhaust memory or time.
///
/// The standard limits, and why:
/// - ``entryBytes`` = 64 MiB: the most an extracted entry may expand to. A report's `word/document.xml`
///   is a few hundred KB (the largest example: 187 KB); 64 MiB is hundreds of pages of tables.
/// - ``totalBytes`` = 512 MiB: the most the declared uncompressed sizes of all entries may add up to.
///   Only what is asked for is extracted, but an archive claiming more than this is not a report.
/// - ``ratio`` = 200 and ``ratioThreshold`` = 1 MiB: an extracted entry over 1 MiB may not expand more than
///   200 times its compressed size. Word XML compresses 5–20:1; 200:1 and more is what runs of zeros do.
///
/// ```swift
/// let tight = ZipLimits(entryBytes: 1 << 20, totalBytes: 4 << 20, ratio: 100, ratioThreshold: 64 << 10)
/// ```
struct ZipLimits: Sendable, Equatable {
    /// The most bytes one extracted entry may expand to.
    var entryBytes: Int
    /// The most bytes the declared sizes of all entries may add up to.
    var totalBytes: Int
    /// The highest compression ratio (uncompressed : compressed) allowed for a large entry.
    var ratio: Int
    /// Entries whose uncompressed size is at most this are not checked for their ratio.
    var ratioThreshold: Int

    static let standard = ZipLimits(entryBytes: 64 << 20, totalBytes: 512 << 20, ratio: 200, ratioThreshold: 1 << 20)
}
