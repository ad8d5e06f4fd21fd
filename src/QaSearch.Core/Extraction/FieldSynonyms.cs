namespace QaSearch.Core.Extraction;

/// <summary>
/// Which question words ask for which field: "who teaches" asks for instructors, "where" for a room, office or
/// location, "when" for dates, days and times. Keys and cues are normalised words.
/// </summary>
internal static class FieldSynonyms
{
    // A key's own word is never its cue: named in the question ("the course called X"), it says what the question
    // is about, not what it asks for; that case scores 0.3 in Match.
    private static readonly Dictionary<string, string[]> CuesByKeyWord = new(StringComparer.Ordinal)
    {
        ["instructor"] = ["taught", "teach", "teache", "teaching", "professor", "lecturer", "who"],
        ["teacher"] = ["taught", "teach", "teache", "teaching", "instructor", "who"],
        ["room"] = ["where", "location", "held", "place", "building"],
        ["location"] = ["where", "located", "place", "city", "campus", "held"],
        ["office"] = ["where"],
        ["address"] = ["where", "located"],
        ["venue"] = ["published", "conference", "journal", "where"],
        ["publication"] = ["venue", "published", "conference", "journal"],
        ["author"] = ["wrote", "written", "who"],
        ["year"] = ["when", "published"],
        ["date"] = ["when", "day"],
        ["day"] = ["when", "meet"],
        ["time"] = ["when", "hour", "start", "begin", "end"],
        ["start"] = ["begin", "time", "when", "open"],
        ["end"] = ["finish", "time", "until", "close"],
        ["unit"] = ["credit", "many"],
        ["department"] = ["offer", "offered"],
        ["tldr"] = ["about", "summary", "summarize", "describe", "main", "topic"],
        ["abstract"] = ["about", "summary", "describe"],
        ["description"] = ["about", "describe", "what"],
        ["title"] = ["position", "job", "role"],
        ["email"] = ["e-mail", "mail", "contact"],
        ["phone"] = ["telephone", "call", "number"],
        ["interest"] = ["interested", "research", "area", "work", "study"],
        ["research"] = ["area", "interest", "interested"],
        ["area"] = ["research", "interest"],
        ["name"] = ["who", "faculty", "person", "member"],
        ["prerequisite"] = ["require", "required", "need"],
        ["semester"] = ["term", "when"],
        ["cost"] = ["price", "fee", "pay", "much"],
        ["price"] = ["cost", "fee", "pay", "much"],
        ["fee"] = ["cost", "price", "pay", "much"],
        ["registration"] = ["register", "required", "sign"],
        ["citation"] = ["cited", "cite"],
        ["count"] = ["many", "number"],
        ["section"] = [],
    };

    /// <summary>Cues that say little alone: "who" may ask for an instructor, an author or a name.</summary>
    private static readonly HashSet<string> GenericCues = new(StringComparer.Ordinal) { "who", "when", "where", "what", "number", "many", "much", "time", "day", "place", "work" };

    /// <summary>
    /// How well a field's key answers the question: 1 when a key word is the question's focus; 0.8 when one of its
    /// specific cues ("taught" for instructors) is in the question or a cue is the focus; 0.5 when only a generic cue
    /// ("who") is; 0.3 when the key word is merely mentioned ("the course called X" names a course, it does not ask
    /// for its number); else 0.
    /// </summary>
    public static double Match(string key, QuestionAnalysis question)
    {
        var best = 0.0;
        foreach (var token in TextTokenizer.Tokenize(SplitIdentifier(key)))
        {
            var word = token.Norm;
            if (StopWords.Contains(word)) continue;
            if (question.Focus.Contains(word)) return 1.0;
            var cues = CuesByKeyWord.GetValueOrDefault(word, []);
            if (cues.Any(question.Focus.Contains) || cues.Any(c => !GenericCues.Contains(c) && question.QuestionWords.Contains(c)))
                best = Math.Max(best, 0.8);
            else if (cues.Any(question.QuestionWords.Contains))
                best = Math.Max(best, 0.5);
            else if (question.QuestionWords.Contains(word))
                best = Math.Max(best, 0.3);
        }
        return best;
    }

    /// <summary>"authorCitationCount" and "paper_id" read as "author Citation Count" and "paper id", as JSON keys are often written.</summary>
    internal static string SplitIdentifier(string key)
    {
        var builder = new System.Text.StringBuilder(key.Length + 8);
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            if (c == '_') { builder.Append(' '); continue; }
            if (i > 0 && char.IsUpper(c) && char.IsLower(key[i - 1])) builder.Append(' ');
            builder.Append(c);
        }
        return builder.ToString();
    }
}
