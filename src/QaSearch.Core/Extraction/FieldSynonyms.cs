namespace QaSearch.Core.Extraction;

/// <summary>
/// Which question words ask for which field: "who teaches" asks for instructors, "where" for a room, office or
/// location, "when" for dates, days and times. Keys and cues are normalised words.
/// </summary>
internal static class FieldSynonyms
{
    // A key's own word is never its cue: named in the question ("the course called X"), it says what the question
    // is about, not what it asks for; that case scores 0.3 in Match. The cues live in the lexicon (lexicon.json).

    /// <summary>Head words of keys that count or identify what their first words name ("authorPaperCount", "paperId").</summary>
    internal static readonly HashSet<string> CountOrCode = new(StringComparer.Ordinal) { "count", "id", "url", "index", "total" };

    /// <summary>
    /// How well a field's key answers the question: 1 when the key holds the question's focus (0.8 to 1 when it holds
    /// the focus's head and only some of its other words); 0.8 when one of its specific cues ("taught" for
    /// instructors) is in the question (not inside a name: <see cref="QuestionAnalysis.CueWords"/>) or a cue is the
    /// focus; 0.5 when only a generic cue ("who") is; 0.3 when the key word is merely mentioned ("the course called X"
    /// names a course, it does not ask for its number); else 0.
    /// </summary>
    public static double Match(string key, QuestionAnalysis question)
    {
        var best = 0.0;
        var words = TextTokenizer.Tokenize(SplitIdentifier(key)).Select(t => t.Norm).Where(w => !StopWords.Contains(w)).ToList();
        foreach (var word in words)
        {
            if (question.Focus.Count > 0 && Same(question.Focus[^1], word))
            {
                // A key whose head counts or identifies what its first words name holds a number or a code, not the
                // thing: asked for a paper (not how many), "authorPaperCount" only mentions it.
                if (CountOrCode.Contains(words[^1]) && !question.Focus.Contains(words[^1]) &&
                    question.Type is not (AnswerType.Number or AnswerType.Identifier or AnswerType.Url))
                {
                    best = Math.Max(best, 0.3);
                    continue;
                }
                // The focus's head names what is asked ("author id" asks for an id); a key that names only a word
                // before it (an "Author" field) is about the right thing but holds something else. Among keys with the
                // head, the one with more of the focus's words is meant ("author citation count" over "citation count"),
                // and a key word the question does not say narrows the key to something else ("How many citations …?"
                // asks for the citationCount, not the influentialCitationCount).
                var unsaid = words.Count(w => !question.QuestionWords.Contains(w) && !CountOrCode.Contains(w) && w is not ("number" or "name"));
                return Math.Max(0.8, 0.8 + 0.2 * question.Focus.Distinct().Count(words.Contains) / question.Focus.Distinct().Count() - 0.1 * unsaid);
            }
            if (question.Focus.Any(f => Same(f, word))) best = Math.Max(best, 0.6);
            var cues = question.Lexicon.FieldCues.GetValueOrDefault(word, []);
            if (cues.Any(question.Focus.Contains) || cues.Any(c => !question.Lexicon.GenericCues.Contains(c) && question.CueWords.Contains(c)))
                best = Math.Max(best, 0.8);
            else if (cues.Any(question.CueWords.Contains))
                best = Math.Max(best, 0.5);
            else if (question.QuestionWords.Contains(word))
                best = Math.Max(best, 0.3);
        }
        return best;
    }

    /// <summary>Whether a question's word is a key's word, written with hyphens or without ("h-index" and "authorHIndex"'s "hindex").</summary>
    private static bool Same(string asked, string word) =>
        asked == word || (asked.Contains('-') && asked.Replace("-", "") == word);

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
