import Entities

/// Loads the shipped gazetteer plus the folders given with `--gazetteer`.
enum GazetteerOptions {
    static func load(_ arguments: ParsedArguments) throws -> Gazetteer {
        guard let shipped = Gazetteer.shippedDirectory() else {
            throw GazetteerError(underlying: InputError(message: "the shipped gazetteer folder was not found",
                                                        hint: "run linkgraph from its repository, or set LINKGRAPH_GAZETTEER to the Gazetteer folder"))
        }
        do {
            return try Gazetteer.load(directories: [shipped] + arguments.all("gazetteer"))
        } catch {
            throw GazetteerError(underlying: error)
        }
    }
}
