/// The function words every stage reads the same way, kept in one place so that the recognizer, the
/// name comparer and the initials of abbreviations can never disagree on them.
///
/// ```swift
/// FunctionWords.prepositions.contains("из")  // true: "Команды | из г. Смоленска"
/// FunctionWords.stopWords.contains("и")      // true: not compared by dedup, skipped by initials
/// ```
enum FunctionWords {
    /// Prepositions and the conjunctions "а", "но", "или": each starts another phrase, so it ends a name's
    /// genitive complement ("Команды из г. Смоленска").
    static let prepositions: Set<String> = ["из", "в", "во", "на", "с", "со", "по", "для", "от", "к", "ко", "у", "о", "об", "при",
                                            "за", "под", "над", "между", "через", "до", "после", "без", "про", "а", "но", "или"]

    /// The prepositions, "и", and English "the", "of", "and": words a name's meaning does not rest on —
    /// dedup keeps them for initials but does not compare them, and an abbreviation may leave them out.
    static let stopWords: Set<String> = prepositions.union(["и", "the", "of", "and"])

    /// Pronouns in the genitive (and their look-alikes in other cases): they end like a name's genitive
    /// complement but never belong to one ("Администрация нашего района").
    static let genitivePronouns: Set<String> = ["нашего", "нашей", "наших", "вашего", "вашей", "ваших", "своего", "своей", "своих",
                                                "этого", "этой", "этих", "того", "той", "тех", "его", "ее", "их", "моего", "моей",
                                                "моих", "всего", "всей", "всех", "каждого", "каждой", "которого", "которой", "которых",
                                                "такого", "такой", "таких", "другого", "другой", "других"]

    /// Short verbs in the past that end like a noun's genitive plural in -л ("дел", "сел"): "был", "стал"
    /// … start a sentence's predicate, never a name's complement ("Музей | был построен в 1900 году").
    static let shortPastVerbs: Set<String> = ["был", "стал", "жил", "дал", "взял", "шел", "мог"]
}
