/// The exit statuses linkgraph documents (README, "Exit status").
enum ExitStatus: Int32 {
    /// Everything asked for was done.
    case success = 0
    /// Some inputs could not be read; the others were processed and their output written.
    case inputFailed = 1
    /// The command line is wrong: unknown option, bad value, missing argument.
    case usage = 2
    /// A data file has an error: the gazetteer (shipped or given with --gazetteer) or a --decisions file.
    case gazetteer = 3
    /// The output could not be written.
    case output = 4
    /// Standard output's reader closed it before the run was done (`linkgraph items big.txt | head`):
    /// the run stops quietly with the status a shell gives a program ended by SIGPIPE.
    case readerClosed = 141
    /// A bug in linkgraph.
    case internalError = 70
}
