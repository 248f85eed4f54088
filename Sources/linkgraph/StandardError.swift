import Entities
import Foundation

/// Warnings on standard error: one line each, `linkgraph: warning: …`, control characters escaped.
enum StandardError {
    static func warn(_ message: String) {
        FileHandle.standardError.write(Data(("linkgraph: warning: " + TerminalText.escaped(message) + "\n").utf8))
    }
}
