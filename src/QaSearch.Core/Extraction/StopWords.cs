namespace QaSearch.Core.Extraction;

/// <summary>Function words that say nothing about which passage or span answers a question.</summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "at", "by", "for", "with", "about", "against", "between", "into",
        "through", "during", "before", "after", "above", "below", "to", "from", "up", "down", "in", "out", "on", "off",
        "over", "under", "again", "further", "then", "once", "here", "there", "all", "any", "both", "each", "few", "more",
        "most", "other", "some", "such", "no", "nor", "not", "only", "own", "same", "so", "than", "too", "very", "can",
        "will", "just", "should", "now", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having",
        "do", "doe", "does", "did", "doing", "would", "could", "might", "must", "shall", "may", "i", "me", "my", "we", "our", "you",
        "your", "he", "him", "his", "she", "her", "it", "its", "they", "them", "their", "what", "which", "who", "whom",
        "whose", "this", "that", "these", "those", "am", "when", "where", "why", "how", "s", "t", "also", "as", "one",
        "give", "name", "list", "tell", "please", "answer", "separated", "comma", "order", "alphabetical", "according",
        "called", "entitled", "titled", "known", "kind", "type", "many", "much", "use", "used", "get", "does", "'s",
        "thi", "wa", "ha", "u", "ye",
    };

    /// <summary>True when <paramref name="norm"/> (a normalised token) is a stop word.</summary>
    public static bool Contains(string norm) => Words.Contains(norm);

    /// <summary>
    /// Sentence adverbs, conjunctions and prepositions that open a sentence capitalised ("However, Chopin …",
    /// "Although …", "Thereafter, Nasser …") and so look like the start of a name, which they never are. Compared by
    /// the word in any case, not by its normalised form ("always" would lose its "s").
    /// </summary>
    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "although", "though", "however", "thereafter", "regardless", "meanwhile", "moreover", "furthermore", "nevertheless",
        "nonetheless", "therefore", "thus", "hence", "instead", "additionally", "consequently", "subsequently", "eventually",
        "ultimately", "initially", "finally", "later", "earlier", "today", "currently", "recently", "originally",
        "traditionally", "historically", "generally", "typically", "usually", "indeed", "overall", "accordingly", "likewise",
        "similarly", "otherwise", "still", "yet", "besides", "afterwards", "afterward", "whereas", "while", "whilst",
        "because", "since", "unless", "until", "upon", "despite", "within", "without", "among", "amongst", "towards",
        "toward", "throughout", "beyond", "across", "along", "around", "behind", "beside", "unlike", "following",
        "including", "notably", "specifically", "especially", "particularly", "alternatively", "conversely", "namely",
        "perhaps", "presumably", "apparently", "fortunately", "unfortunately", "interestingly", "importantly",
        "surprisingly", "altogether", "almost", "already", "always", "never", "often", "sometimes", "soon", "even",
        "several", "another", "every", "either", "neither", "whether", "nowadays", "thereby", "whereby",
        "formerly", "previously", "simultaneously", "shortly", "immediately",
    };

    /// <summary>True when <paramref name="word"/> is a connective (<see cref="Connectives"/>), whatever its case.</summary>
    public static bool IsConnective(string word) => Connectives.Contains(word);
}
