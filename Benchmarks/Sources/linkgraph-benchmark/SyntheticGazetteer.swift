import Foundation

/// Writes a gazetteer folder of made-up entities, to measure how start-up and linking grow with the
/// gazetteer: regions, districts, cities, organizations and people in the proportions of the shipped
/// gazetteer, with unique made-up names (a counter spelled in syllables) in real countries.
enum SyntheticGazetteer {
    static let syllables: [String] = {
        let consonants = Array("бвгджзклмнпрстфхцчш"), vowels = Array("аоуеи")
        return consonants.flatMap { consonant in vowels.map { String([consonant, $0]) } }
    }()

    /// A unique made-up stem for `number`: "Зю" and three syllables.
    static func stem(_ number: Int) -> String {
        var value = number
        var text = "Зю"
        for _ in 0..<3 {
            text += syllables[value % syllables.count]
            value /= syllables.count
        }
        return text
    }

    /// Writes `count` entities to `folder/synthetic.txt`; returns the folder.
    @discardableResult
    static func write(count: Int, into folder: String) throws -> String {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let countries = ["by", "ru", "cn", "de", "kz", "uz", "am", "rs", "vn", "ae"]
        var lines: [String] = ["# Made-up entities for the benchmark's gazetteer curve."]
        var regions: [String] = [], districts: [String] = [], cities: [String] = [], orgs: [String] = []
        for number in 0..<count {
            let stem = stem(number)
            // Per 100 entities, like the shipped gazetteer: 8 regions, 12 districts, 52 cities, 22 organizations, 6 people.
            switch number % 100 {
            case 0..<8 where true:
                let id = "zz-r\(number)"
                lines += ["region \(id) = \(stem)ская область", "    in \(countries[number % countries.count])"]
                regions.append(id)
            case 8..<20 where !regions.isEmpty:
                let id = "zz-d\(number)"
                lines += ["district \(id) = \(stem)ский район", "    in \(regions[number % regions.count])"]
                districts.append(id)
            case 20..<72 where !districts.isEmpty:
                let id = "zz-c\(number)"
                lines += ["city \(id) = \(stem)ск", "    in \(districts[number % districts.count])"]
                cities.append(id)
            case 72..<94 where !cities.isEmpty:
                let id = "zz-o\(number)"
                lines += ["org \(id) = Государственное учреждение образования «Средняя школа № \(number % 90 + 1) г. \(stem)ска»",
                          "    in \(cities[number % cities.count])", "    aka \(stem)ская школа"]
                orgs.append(id)
            case 94..<100 where !orgs.isEmpty:
                let id = "zz-p\(number)"
                lines += ["person \(id) = \(stem)ов А.Б.", "    in \(orgs[number % orgs.count])", "    role Директор"]
            default:
                let id = "zz-r\(number)"
                lines += ["region \(id) = \(stem)ская область", "    in \(countries[number % countries.count])"]
                regions.append(id)
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: (folder as NSString).appendingPathComponent("synthetic.txt"), atomically: true, encoding: .utf8)
        return folder
    }
}
