/// Which gazetteer a report is scored with.
enum GazetteerVariant: String, CaseIterable {
    /// The shipped gazetteer: it names every body of the examples, so this measures the gazetteer.
    case full
    /// Without the organizations and people that only the scored report names (leave one report out):
    /// as on a new report, whose new bodies must be found by their shape.
    case leaveOneOut = "LOO"
    /// Without any organization or person: only places and the lexicon; measures the rules alone.
    case noOrganizationsOrPeople = "no orgs/people"
}
