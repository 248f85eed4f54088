import Foundation

exit(LinkgraphCLI.run(Array(CommandLine.arguments.dropFirst())).rawValue)
