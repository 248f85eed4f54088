/// The gazetteer shipped with linkgraph, built into the binary: every `*.txt` file under the package's
/// `Gazetteer/` folder (`lexicon/` included) as it was when linkgraph was built, so that a copy of the
/// binary anywhere is a complete install. The EmbedGazetteer build tool plugin writes `embeddedFiles`.
public enum ShippedGazetteer {
    /// Each file's path relative to `Gazetteer/` (`belarus.txt`, `lexicon/legal-forms.txt`) and its text,
    /// in path order.
    public static var files: [(path: String, text: String)] { embeddedFiles }
}
