import Entities
import Foundation

for path in CommandLine.arguments.dropFirst() {
    do {
        let report = try ReportReader.read(path: path)
        print(path, report.items.count, report.period?.code ?? "-", report.level?.rawValue ?? "-", report.warnings.count)
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
    }
}
