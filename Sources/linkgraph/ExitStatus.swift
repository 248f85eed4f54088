/// The exit statuses linkgraph documents (README, "Exit status").
enum ExitStatus: Int32 {
    /// Everything asked for was done.
    case success = 0
    /// Some inputs could not be read; the others were processed and their output written.
    case inputFailed = 1
    /// The command line is wrong: unknown option, bad value, missing argument.
    case usage = 2
    /// The gazetteer (shipped or given with --gazetteer) has an error.
    case gazetteer = 3
    /// The output could not be written.
    case output = 4
    /// A bug in linkgraph.
    case internalError = 70
}
