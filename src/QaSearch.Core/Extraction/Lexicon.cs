using System.Reflection;
using System.Text.Json;

namespace QaSearch.Core.Extraction;

/// <summary>
/// The word lists the extractor reads questions and names with: words that make a capitalised name an organisation,
/// a place or a thing, focus nouns and the answer type they ask for, and the question words that ask for a field. The
/// shipped lists (the embedded <c>lexicon.json</c>) are general English; the words of a user's own domain go in a
/// file of the same shape, loaded with <see cref="Load"/>, whose sections replace the shipped ones. Immutable.
/// </summary>
public sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Shipped = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("QaSearch.Core.Extraction.lexicon.json")
            ?? throw new InvalidOperationException("the embedded lexicon.json is missing from QaSearch.Core");
        return Parse(JsonDocument.Parse(stream), null);
    });

    private Lexicon(IReadOnlySet<string> organizationWords, IReadOnlySet<string> placeWords, IReadOnlySet<string> thingWords,
        IReadOnlyDictionary<string, AnswerType> focusTypes, IReadOnlyDictionary<string, string[]> fieldCues, IReadOnlySet<string> genericCues,
        IReadOnlySet<string> questionKeys, IReadOnlySet<string> answerKeys)
    {
        OrganizationWords = organizationWords;
        PlaceWords = placeWords;
        ThingWords = thingWords;
        FocusTypes = focusTypes;
        FieldCues = fieldCues;
        GenericCues = genericCues;
        QuestionKeys = questionKeys;
        AnswerKeys = answerKeys;
    }

    /// <summary>The shipped, general-English lexicon.</summary>
    public static Lexicon Default => Shipped.Value;

    /// <summary>Capitalised words that make a name an organisation ("Institute", "Museum").</summary>
    public IReadOnlySet<string> OrganizationWords { get; }

    /// <summary>Capitalised words that make a name a place ("Street", "River").</summary>
    public IReadOnlySet<string> PlaceWords { get; }

    /// <summary>Capitalised words that make a name an event, a work or a thing, never a person ("War", "Treaty", "Award").</summary>
    public IReadOnlySet<string> ThingWords { get; }

    /// <summary>Normalised focus nouns and the answer type they ask for ("instructor" → person).</summary>
    public IReadOnlyDictionary<string, AnswerType> FocusTypes { get; }

    /// <summary>For a normalised word of a field's key, the question words that ask for that field ("instructor" ← "taught").</summary>
    public IReadOnlyDictionary<string, string[]> FieldCues { get; }

    /// <summary>Cues that say little alone: "who" may ask for an instructor, an author or a name.</summary>
    public IReadOnlySet<string> GenericCues { get; }

    /// <summary>
    /// Normalised keys of the question of a question-and-answer pair ("Q", "Question"): a field with one, followed by
    /// a field with one of <see cref="AnswerKeys"/>, is an FAQ entry or a row of a question-and-answer table.
    /// </summary>
    public IReadOnlySet<string> QuestionKeys { get; }

    /// <summary>Normalised keys of the answer of a question-and-answer pair ("A", "Answer").</summary>
    public IReadOnlySet<string> AnswerKeys { get; }

    /// <summary>Reads a lexicon file; each section it has replaces the shipped one, the others stay.</summary>
    /// <exception cref="InvalidDataException">The file is not a lexicon (names the file and the problem).</exception>
    public static Lexicon Load(string path)
    {
        try
        {
            return Parse(JsonDocument.Parse(File.ReadAllText(path)), Default);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            throw new InvalidDataException($"{path}: not a lexicon file ({e.Message})", e);
        }
    }

    private static Lexicon Parse(JsonDocument json, Lexicon? fallback)
    {
        var root = json.RootElement;
        IReadOnlySet<string>? Words(string name, StringComparer comparer) =>
            root.TryGetProperty(name, out var p) ? p.EnumerateArray().Select(e => e.GetString()!).ToHashSet(comparer) : null;

        var organizations = Words("organizationWords", StringComparer.Ordinal) ?? fallback?.OrganizationWords;
        var places = Words("placeWords", StringComparer.Ordinal) ?? fallback?.PlaceWords;
        var things = Words("thingWords", StringComparer.Ordinal) ?? fallback?.ThingWords;
        var generic = Words("genericCues", StringComparer.Ordinal) ?? fallback?.GenericCues;
        var questionKeys = Words("questionKeys", StringComparer.Ordinal) ?? fallback?.QuestionKeys;
        var answerKeys = Words("answerKeys", StringComparer.Ordinal) ?? fallback?.AnswerKeys;
        IReadOnlyDictionary<string, AnswerType>? focus = null;
        if (root.TryGetProperty("focusTypes", out var focusJson))
        {
            var types = new Dictionary<string, AnswerType>(StringComparer.Ordinal);
            foreach (var type in focusJson.EnumerateObject())
            {
                if (!Enum.TryParse<AnswerType>(type.Name, ignoreCase: false, out var answerType))
                    throw new InvalidOperationException($"focusTypes: '{type.Name}' is not an answer type ({string.Join(", ", Enum.GetNames<AnswerType>())})");
                foreach (var word in type.Value.EnumerateArray()) types[word.GetString()!] = answerType;
            }
            focus = types;
        }
        IReadOnlyDictionary<string, string[]>? cues = root.TryGetProperty("fieldCues", out var cuesJson)
            ? cuesJson.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(e => e.GetString()!).ToArray(), StringComparer.Ordinal)
            : null;
        return new Lexicon(
            organizations ?? throw Missing("organizationWords"), places ?? throw Missing("placeWords"), things ?? throw Missing("thingWords"),
            focus ?? fallback?.FocusTypes ?? throw Missing("focusTypes"), cues ?? fallback?.FieldCues ?? throw Missing("fieldCues"),
            generic ?? throw Missing("genericCues"), questionKeys ?? throw Missing("questionKeys"), answerKeys ?? throw Missing("answerKeys"));
    }

    private static InvalidOperationException Missing(string section) => new($"the '{section}' section is missing");
}
