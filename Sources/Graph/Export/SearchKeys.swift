import Entities

/// What the HTML page's search box matches a name by: every word of the name, lower-cased with ё as е,
/// and its stems by the project's ``Stemmer``, so that "Витебска", "витебском" or "ВИТЕБСК" finds
/// "Витебск". The page stems the query with the same endings (``Stemmer/endingTexts``) and looks for
/// keys that start with one of the query's stems.
enum SearchKeys {
    /// The distinct keys of a name, in order of appearance.
    /// - Complexity: O(k) in the name's length.
    static func keys(_ name: String) -> [String] {
        var keys: [String] = []
        var seen: Set<String> = []
        func add(_ key: String) {
            if !key.isEmpty, seen.insert(key).inserted { keys.append(key) }
        }
        var word = String.UnicodeScalarView()
        func flush() {
            guard !word.isEmpty else { return }
            let text = String(word)
            add(text)
            for key in Stemmer.stem(text).keys { add(key) }
            word = String.UnicodeScalarView()
        }
        for scalar in name.lowercased().unicodeScalars {
            if scalar.value == 0x451 {
                word.append("е")
            } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                word.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        return keys
    }
}
