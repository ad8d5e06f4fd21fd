using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;
using QaSearch.Core.Corpus;
using QaSearch.Core.Extraction;

namespace QaSearch.Lucene;

/// <summary>
/// The abbreviations an index's passages define (<see cref="PassageFields.Abbreviation"/>), each counted by the
/// passages that define it, read once per index reader. It gives a question the other form of each abbreviation it
/// names: "Master of Harbour Studies" is also searched as the corpus's "MHS", so the handbook titled "MHS
/// Student Handbook" is found. Thread-safe once built.
/// </summary>
internal sealed class AbbreviationTable
{
    private static readonly ConditionalWeakTable<IndexReader, AbbreviationTable> Tables = new();

    /// <summary>What parts a field value's long form from its short form.</summary>
    private const char Separator = '\u001F';

    /// <summary>The <see cref="PassageFields.Abbreviation"/> value of <paramref name="abbreviation"/>: its long form, then its short form.</summary>
    public static string ValueOf(Abbreviation abbreviation) => abbreviation.Long + Separator + abbreviation.Short;

    /// <summary>Short forms by long form (<see cref="Abbreviations.Words"/>), the commonest first.</summary>
    private readonly Dictionary<string, List<(string Form, int Passages)>> _shortForms = new(StringComparer.Ordinal);

    /// <summary>Long forms by short form, upper-cased, the commonest first.</summary>
    private readonly Dictionary<string, List<(string Form, int Passages)>> _longForms = new(StringComparer.Ordinal);

    /// <summary>The most words a known long form has.</summary>
    private readonly int _longest;

    /// <summary>The first words of the known long forms: a question's word that is none starts none.</summary>
    private readonly HashSet<string> _firstWords = new(StringComparer.Ordinal);

    private AbbreviationTable(IndexReader reader)
    {
        var terms = MultiFields.GetTerms(reader, PassageFields.Abbreviation);
        if (terms is null) return;
        var iterator = terms.GetEnumerator();
        while (iterator.MoveNext())
        {
            var value = iterator.Term.Utf8ToString();
            var separator = value.IndexOf(Separator);
            if (separator <= 0) continue;
            var (longForm, shortForm) = (value[..separator], value[(separator + 1)..]);
            var passages = iterator.DocFreq;
            Add(_shortForms, longForm, shortForm, passages);
            Add(_longForms, shortForm.ToUpperInvariant(), longForm, passages);
            _longest = Math.Max(_longest, longForm.Count(c => c == ' ') + 1);
            _firstWords.Add(longForm.Split(' ', 2)[0]);
        }
        foreach (var forms in _shortForms.Values.Concat(_longForms.Values))
            forms.Sort((a, b) => b.Passages != a.Passages ? b.Passages.CompareTo(a.Passages) : string.CompareOrdinal(a.Form, b.Form));
    }

    /// <summary>
    /// Whether the words <paramref name="start"/> to <paramref name="start"/> + <paramref name="length"/> of a question
    /// are part of a longer capitalised name: "Machine Learning" in "Machine Learning Department" or in "Center for
    /// Machine Learning" names something else than machine learning. The question's first word is capitalised as a
    /// sentence's is, so it starts no name.
    /// </summary>
    private static bool InLongerName(List<string> words, int start, int length)
    {
        static bool Capitalised(string word) => char.IsUpper(word[0]);
        var end = start + length;
        if (end < words.Count && Capitalised(words[end])) return true;
        if (start >= 2 && Capitalised(words[start - 1])) return true;
        return start >= 3 && Connectors.Contains(words[start - 1]) && Capitalised(words[start - 2]);
    }

    /// <summary>Lower-case words that join the parts of a name ("Center for Machine Translation").</summary>
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "and", "in", "on", "the", "de" };

    private static void Add(Dictionary<string, List<(string Form, int Passages)>> table, string key, string form, int passages)
    {
        if (!table.TryGetValue(key, out var forms)) table[key] = forms = [];
        var known = forms.FindIndex(f => f.Form == form);
        if (known < 0) forms.Add((form, passages));
        else forms[known] = (form, forms[known].Passages + passages);
    }

    /// <summary>The table of <paramref name="reader"/>'s passages, read on first use.</summary>
    public static AbbreviationTable Of(IndexReader reader) => Tables.GetValue(reader, r => new AbbreviationTable(r));

    /// <summary>
    /// The other forms of the abbreviations <paramref name="question"/> names and does not spell both ways: the
    /// commonest short form of each long form it writes out (the longest first, so "Master of Science in Artificial
    /// Intelligence" is not also "AI"), and the long form of each short form it writes, when most of the passages that
    /// define that short form agree on it.
    /// </summary>
    public List<string> OtherForms(string question)
    {
        var found = new List<string>();
        if (_shortForms.Count == 0) return found;
        // A quoted title is written as its owner wrote it: none of its words stands for anything else.
        var written = Abbreviations.WordList(QuestionAnalyzer.QuotedPhrase().Replace(question, " \u001F "));
        var words = written.Select(w => w.ToLowerInvariant()).ToList();
        var asked = new HashSet<string>(words, StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            if (!_firstWords.Contains(words[i])) continue;
            for (var length = Math.Min(_longest, words.Count - i); length >= 2; length--)
            {
                var longForm = string.Join(' ', words.Skip(i).Take(length));
                if (!_shortForms.TryGetValue(longForm, out var forms)) continue;
                var shortForm = forms[0].Form;
                if (!InLongerName(written, i, length) && Dominant(_longForms[shortForm.ToUpperInvariant()]) == longForm &&
                    !Abbreviations.WordList(shortForm).All(w => asked.Contains(w.ToLowerInvariant())))
                    found.Add(shortForm);
                i += length - 1;
                break;
            }
        }
        var text = " " + string.Join(' ', words) + " ";
        foreach (var word in written.Distinct(StringComparer.Ordinal))
        {
            if (!Abbreviations.IsShortForm(word) || !_longForms.TryGetValue(word.ToUpperInvariant(), out var forms)) continue;
            if (Dominant(forms) is { } longForm && !text.Contains(" " + longForm + " ", StringComparison.Ordinal))
                found.Add(longForm);
        }
        return found;
    }

    /// <summary>The form most of the passages that define an abbreviation give it, or null when none has a majority ("CSS": two meanings).</summary>
    private static string? Dominant(List<(string Form, int Passages)> forms) =>
        forms[0].Passages * 2 > forms.Sum(f => f.Passages) ? forms[0].Form : null;
}
