import XCTest
@testable import Entities

/// The `InputError` `body` throws, or a test failure when it throws none or another error.
func inputError(_ body: () throws -> Any, file: StaticString = #filePath, line: UInt = #line) -> InputError? {
    do {
        _ = try body()
        XCTFail("no error was thrown", file: file, line: line)
    } catch let error as InputError {
        return error
    } catch {
        XCTFail("\(error) is not an InputError", file: file, line: line)
    }
    return nil
}
