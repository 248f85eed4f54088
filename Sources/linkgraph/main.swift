import Foundation

#if os(Linux)
/// glibc's `mallopt` (malloc.h is not in the Glibc module).
@_silgen_name("mallopt") func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
// Keep freed memory in the heap for the next report instead of handing it back to the system: every
// report allocates and frees buffers of its own size, and each fresh page costs a page fault.
// M_TRIM_THRESHOLD is -1, M_MMAP_THRESHOLD -3 (malloc.h).
_ = mallopt(-3, 32 << 20)
_ = mallopt(-1, 128 << 20)
#endif

// A closed pipe is an error from write(2) (EPIPE), which OutputSink turns into a quiet stop, not a signal
// that would end the run before its temporary files are removed.
signal(SIGPIPE, SIG_IGN)

exit(LinkgraphCLI.run(Array(CommandLine.arguments.dropFirst())).rawValue)
