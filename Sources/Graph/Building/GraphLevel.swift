/// How far entities roll up before they become nodes.
public enum GraphLevel: String, Sendable, CaseIterable {
    /// Entities as named: administrations, schools, executive committees.
    case org
    /// Organizations rolled up to their city or district (the twin-city network).
    case place
    /// Foreign entities rolled up to their country, Smolensk ones to the Smolensk region.
    case country
}
