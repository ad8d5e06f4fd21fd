using System.Globalization;
using System.Text.RegularExpressions;
using QaSearch.Core.Extraction;

namespace QaSearch.Core.Records;

/// <summary>
/// Answers questions that no single passage answers, from the records of the whole index: "how many courses does X
/// teach in Fall 2023", "the most cited paper of X", "which faculty member has the most publications in 2023".
/// It reads the question as a <see cref="RecordQuery"/>: the intent (count, extreme, most frequent, a total per
/// group, a count per value, or a list: "which faculty are interested in X", "what paper has the paper id X") from
/// its words,
/// the fields from the index's own field names (matched by word, synonym and value, none built in), and the
/// constraints from the values the question names, bound to the fields that hold them. When no intent is found,
/// or a named value matches no field, it returns null and the span extractor answers. Thread-safe.
/// </summary>
public sealed partial class RecordAggregator
{
    private const int PhrasePool = 1000;

    private readonly IRecordSource _source;
    private readonly Lexicon _lexicon;

    // What was read of one version of the index: its field names, the records of each document read so far
    // (questions over records read the same documents again and again), of each run of passages that searches
    // found, and of every document holding a field (different questions count over the same fields). Replaced when
    // the index changes or the cache grows past its bound; a question keeps the snapshot it started with.
    private sealed record Snapshot(long Version, IReadOnlyDictionary<string, int> FieldNames,
        System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<DataRecord>> Documents,
        System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<DataRecord>> Runs)
    {
        /// <summary>The records of every document holding a field, by field name; shared, never modified.</summary>
        public System.Collections.Concurrent.ConcurrentDictionary<string, List<DataRecord>> ByField { get; } = new(StringComparer.Ordinal);

        public bool IsFull => Documents.Count + Runs.Count > MaxCachedDocuments;
    }

    private Snapshot? _snapshot;
    private const int MaxCachedDocuments = 20_000;

    public RecordAggregator(IRecordSource source, Lexicon? lexicon = null)
    {
        _source = source;
        _lexicon = lexicon ?? Lexicon.Default;
    }

    /// <summary>The aggregation that answers <paramref name="question"/>, or null when it is no question over records.</summary>
    public Aggregation? Answer(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var lower = question.ToLowerInvariant();
        var superlative = Superlative().Match(lower);
        var perValue = superlative.Success ? Match.Empty : PerValue().Match(lower);
        var isCount = HowMany().IsMatch(lower) && !superlative.Success && !perValue.Success;
        var isList = !superlative.Success && !isCount && !perValue.Success && ListOf().IsMatch(lower);
        if (!superlative.Success && !isCount && !isList && !perValue.Success) return null;
        var names = Current().FieldNames;
        if (names.Count == 0) return null;

        var analysis = QuestionAnalyzer.Analyze(question, _lexicon);
        var phrases = Phrases(question);
        var questionStems = TextTokenizer.Tokenize(question).Select(t => Stem(t.Norm)).ToHashSet(StringComparer.Ordinal);
        Aggregation? Compute(List<string> values) =>
            perValue.Success ? PerValueOf(perValue.Groups["each"].Value, HowMany().Match(lower).Groups[1].Value, values)
            : isList ? List(ListOf().Match(lower).Groups["what"].Value, values)
            : isCount ? Count(question, lower, names, values, questionStems)
            : Extreme(lower, superlative, names, analysis, values, questionStems);
        // A capitalised word that is a field's own word ("the paper ID …") may name the field, not a value of it: when
        // the values bind no other way, they are read without it.
        var values = phrases.Where(p => !names.Keys.Any(n => n.Split(' ').Contains(p.ToLowerInvariant()))).ToList();
        return Compute(phrases) ?? (values.Count < phrases.Count ? Compute(values) : null);
    }

    /// <summary>
    /// "Which faculty are interested in Speech Synthesis?", "Which faculty have the job title Professor?", "What paper
    /// has the paper ID X?": the field the asked noun names, else the name or title, of every record that holds the
    /// value the question names (an item of a list field, or a field's whole value).
    /// </summary>
    private Aggregation? List(string asked, List<string> phrases)
    {
        if (Listed(asked, phrases) is not var (constraints, matched, present, named)) return null;
        // Without a field the noun names, what names each record: for people, organisations or places their name, for
        // anything else ("What paper has the paper id …?") its title before a name (a paper's "prof name" names whose
        // list it is on).
        string? Named() => present.FirstOrDefault(n => n.Split(' ')[^1] == "name");
        string? Titled() => present.FirstOrDefault(n => n.Split(' ').Contains("title"));
        var select = named ?? (NamesAKind(asked) ? Named() ?? Titled() : Titled() ?? Named());
        if (select is null) return null;
        var values = matched.Select(r => r.Field(select)?.Value.Trim()).OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (values.Count == 0) return null;
        var query = new RecordQuery(AggregationKind.List, constraints, null, null, select, true, 1);
        return new Aggregation(query, string.Join(", ", values), Confidence(constraints) - 0.05, matched.Take(20).ToList(), matched.Count);
    }

    /// <summary>
    /// "What are the journals and how many papers has Ada Lind published in each?": the records of each value of the
    /// field <paramref name="asked"/> names, counted, most first; only when what "how many" counts
    /// (<paramref name="counted"/>) is what most of the records are about ("how many people live in each town" counts
    /// no records).
    /// </summary>
    private Aggregation? PerValueOf(string asked, string counted, List<string> phrases)
    {
        if (Listed(asked, phrases) is not var (constraints, matched, _, named) || named is null) return null;
        var stem = Stem(counted);
        if (matched.Count(r => IsAbout(r, stem)) < matched.Count / 2 + 1) return null;
        var groups = ByValue(matched, named).Where(g => g.Key.Length > 0)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase).ToList();
        if (groups.Count == 0) return null;
        var query = new RecordQuery(AggregationKind.PerValue, constraints, null, named, null, true, 1);
        return new Aggregation(query, string.Join(", ", groups.Select(g => $"{g.Count()} in {g.Key}")), Confidence(constraints) - 0.1,
            groups.SelectMany(g => g).Take(20).ToList(), matched.Count);
    }

    /// <summary>
    /// For a list or a count per value: the constraints the question's values bind, the records that meet them, the
    /// fields those records hold besides, and the field the asked noun names, a name or title first ("What journals
    /// has Ada Lind published in?" → "journal name", "what venues …" → "venue"), never a number, a yes/no, an id or a
    /// url ("author paper count" or "paper id" for "what paper", a yes/no "faculty" field for "which faculty …"). Null
    /// when no value binds or no record meets them.
    /// </summary>
    private (List<RecordConstraint> Constraints, List<DataRecord> Matched, List<string> Present, string? Named)? Listed(string asked, List<string> phrases)
    {
        if (phrases.Count == 0) return null;
        var what = Stem(asked);
        // Only records about what is asked for: "faculty" in a field's name or in the file's title or name, as for counts.
        // When no record found says what it is about (a question file's records have no title), the records found stand.
        var found = RecordsMatching(phrases);
        var about = found.Any(r => IsAbout(r, what));
        // Records about something else answer only a question for who or what names them ("Which faculty …"), not
        // one for a thing they hold ("What datasets were used in …" is no list of the records' names).
        if (!about && !NamesAKind(asked)) return null;
        var pool = about ? found.Where(r => IsAbout(r, what)).ToList() : found;
        if (pool.Count == 0) return null;
        var constraints = Bind(phrases, pool);
        if (constraints is null || constraints.FirstOrDefault(c => c.Match != ValueMatch.True) is not { } identity) return null;
        // Every record with the bound field, not only the passages the search found first.
        pool = RecordsWithField(identity.Field);
        var matched = Distinct(pool.Where(r => (!about || IsAbout(r, what)) && constraints.All(c => c.Holds(r))));
        if (matched.Count == 0) return null;
        // Never a field the constraints use.
        var used = constraints.Select(c => c.Field).ToHashSet(StringComparer.Ordinal);
        var present = matched.SelectMany(r => r.Fields.Select(f => f.Name)).Where(n => !used.Contains(n)).Distinct(StringComparer.Ordinal).ToList();
        var named = present.Where(n => n.Split(' ') is var words && words.Any(w => Stem(w) == what) && !FieldSynonyms.CountOrCode.Contains(words[^1]) &&
                                       !matched.Any(r => r.Field(n) is { } f && (f.Truth is not null || f.Number is not null)))
                        .OrderBy(n => n.Split(' ')[^1] is "name" or "title" ? 0 : 1).ThenBy(n => n.Split(' ').Length).FirstOrDefault();
        return (constraints, matched, present, named);
    }

    private Aggregation? Count(string question, string lower, IReadOnlyDictionary<string, int> names, List<string> phrases, HashSet<string> questionStems)
    {
        var booleans = BooleanFields(names, questionStems, []);
        var pool = phrases.Count > 0
            ? RecordsMatching(phrases)
            : booleans.Count > 0 ? RecordsWithField(booleans[0]) : [];
        if (pool.Count == 0) return null;
        var constraints = Bind(phrases, pool);
        if (constraints is null) return null;
        constraints.AddRange(booleans.Where(b => pool.Any(r => r.Field(b)?.Truth is not null)).Select(b => new RecordConstraint(b, "true", ValueMatch.True)));
        if (constraints.Count == 0) return null;
        // The best passages found the fields; every record with the first bound field is counted, not only those.
        if (constraints.FirstOrDefault(c => c.Match is ValueMatch.Equals or ValueMatch.Item) is { } identity)
            pool = RecordsWithField(identity.Field);
        var matched = Distinct(pool.Where(r => constraints.All(c => c.Holds(r))));
        if (matched.Count == 0) return null;
        // What is counted must be what the records are about, by a field ("how many courses" over records with a
        // course number) or the file they come from ("how many boats" over boats.csv); "how many bridges" over event
        // records is no count of records, nor is "how many students" over course records of which one is titled
        // "Student Taught Courses": most of the records counted must be about it.
        var counted = Stem(HowMany().Match(lower).Groups[1].Value);
        // Read until a majority is about it: IsAbout tokenizes each record's title, and a count can match thousands.
        var majority = matched.Count / 2 + 1;
        if (matched.Where(r => IsAbout(r, counted)).Take(majority).Count() < majority) return null;
        // "How many units does the course X carry?": a field of the records holds the number asked for; the span
        // extractor reads it.
        // Not when a year, a term or a yes/no field narrows the records: a stored total cannot reflect that.
        if (constraints.All(c => c.Match != ValueMatch.True && !Term().IsMatch(c.Value) && !Year().IsMatch(c.Value)) &&
            matched.Any(r => r.Fields.Any(f => f.Number is not null && f.Name.Split(' ').Any(w => Stem(w) == counted))))
            return null;
        var query = new RecordQuery(AggregationKind.Count, constraints, null, null, null, true, 1);
        return new Aggregation(query, matched.Count.ToString(CultureInfo.InvariantCulture), Confidence(constraints), matched.Take(20).ToList(), matched.Count);
    }

    private Aggregation? Extreme(string lower, Match superlative, IReadOnlyDictionary<string, int> names, QuestionAnalysis analysis, List<string> phrases, HashSet<string> questionStems)
    {
        var rank = superlative.Groups["rank"].Value switch { "second" or "2nd" => 2, "third" or "3rd" => 3, _ => 1 };
        var word = superlative.Groups["word"].Value;
        var highest = word is not ("least" or "fewest" or "lowest" or "smallest" or "minimum" or "earliest" or "oldest");
        var cues = TextTokenizer.Tokenize(lower[(superlative.Index + superlative.Length)..])
            .Select(t => t.Norm).TakeWhile(n => n is not ("in" or "by" or "from" or "of" or "for" or "at" or "during" or "among" or "with"))
            .Where(n => !StopWords.Contains(n)).Select(n => Stem(n.Replace("-", "", StringComparison.Ordinal))).ToList();
        if (word is "earliest" or "latest" or "oldest" or "newest" or "recent") cues.Insert(0, "date");

        // The measure: a numeric field named by the words after "most" ("most cited" → citation count).
        string? measure = null;
        List<DataRecord> pool = [];
        foreach (var candidate in RankFields(names.Keys, cues, analysis).Take(4))
        {
            pool = RecordsWithField(candidate);
            if (IsNumeric(pool, candidate)) { measure = candidate; break; }
            pool = [];
        }

        string? group = null;
        if (measure is null)
        {
            // "Which department offers the most courses": count the records of each value of the field asked for.
            // The field asked for ("which faculty member", "which department"), among those many records share: a
            // key one stray record has is no grouping. The first whose records hold every value the question names.
            var groupFields = names.Keys.Select(n => (Name: n, Match: FieldSynonyms.Match(n, analysis))).Where(x => x.Match >= 0.8)
                .OrderByDescending(x => x.Match + 0.15 * Math.Log10(names[x.Name]))
                .ThenBy(x => x.Name, StringComparer.Ordinal).Take(3).Select(x => x.Name).ToList();
            foreach (var candidate in groupFields)
            {
                var records = RecordsWithField(candidate);
                if (Bind(phrases, records) is null) continue;
                (group, pool) = (candidate, records);
                break;
            }
            if (group is null) return null;
            // "The most publications": what is counted is records, named by a field's word or a plural noun ("most
            // courses", "most publications"), not a quality ("the most famous university").
            var words = pool.Take(200).SelectMany(r => r.Fields).SelectMany(f => f.Name.Split(' ')).Select(Stem).ToHashSet(StringComparer.Ordinal);
            var counted = TextTokenizer.Tokenize(lower[(superlative.Index + superlative.Length)..]).Select(t => t.Text)
                .TakeWhile(w => w is not ("in" or "by" or "from" or "of" or "for" or "at" or "during" or "among" or "with")).LastOrDefault() ?? "";
            if (!cues.Any(words.Contains) && !(counted.Length > 3 && counted.EndsWith('s') && !counted.EndsWith("ss", StringComparison.Ordinal))) return null;
        }
        if (pool.Count == 0) return null;
        var constraints = Bind(phrases, pool, tolerant: true);
        if (constraints is null) return null;
        var used = new HashSet<string>(constraints.Select(c => c.Field)) { measure ?? group! };
        constraints.AddRange(BooleanFields(names, questionStems, used).Where(b => pool.Any(r => r.Field(b)?.Truth is not null)).Select(b => new RecordConstraint(b, "true", ValueMatch.True)));
        var matched = Distinct(pool.Where(r => constraints.All(c => c.Holds(r))));
        if (matched.Count == 0) return null;

        if (measure is not null)
        {
            var select = SelectField(lower, analysis, matched, measure, cues, constraints);
            // "The most papers in 2023" over records that each carry their author's lifetime paper count: the measure
            // does not vary within an author's records, so the constraint could not change it. A figure of each record
            // that the same words name ("the most cited in 2023": each paper's own citations) is summed per author;
            // without one, the records are counted.
            var named = select == measure ? SelectField(lower, analysis, matched, measure, cues, constraints, number: false) : select;
            if (constraints.Any(c => c.Match != ValueMatch.True) && named != measure && FixedPerGroup(matched, named, measure))
            {
                var total = Total(named, measure, names.Keys, cues, constraints, matched, highest, rank, asksForTotal: select == measure);
                if (total is not null || select != measure) return total ?? MostCommon(select, constraints, matched, highest, rank);
            }
            var ordered = matched.Where(r => r.Field(measure)?.Number is not null && r.Field(select) is not null)
                .OrderBy(r => highest ? -r.Field(measure)!.Number!.Value : r.Field(measure)!.Number!.Value).ThenBy(r => r.Passage.Id, StringComparer.Ordinal).ToList();
            var distinct = ByValue(ordered, select).Select(g => g.First()).ToList();
            if (distinct.Count < rank) return null;
            var winner = distinct[rank - 1];
            var query = new RecordQuery(AggregationKind.Extreme, constraints, measure, null, select, highest, rank);
            return new Aggregation(query, winner.Field(select)!.Value.Trim(), Confidence(constraints) - 0.05, [winner, .. distinct.Skip(rank).Take(2)], matched.Count);
        }

        return MostCommon(group!, constraints, matched, highest, rank);
    }

    /// <summary>
    /// Whether <paramref name="measure"/> is the same on (nearly) every group of records that share a value of
    /// <paramref name="group"/>, as an author's lifetime figure is on each of their papers. Not when the group names the
    /// record itself (a title: its copies in several files are one record), nor when no group holds two records.
    /// </summary>
    private static bool FixedPerGroup(List<DataRecord> matched, string group, string measure)
    {
        if (group.Split(' ').Contains("title")) return false;
        var groups = ByValue(matched, group).ToList();
        return groups.Any(g => g.Count() > 1) && groups.Count(g => g.Select(r => r.Field(measure)?.Number).Distinct().Count() == 1) >= 0.8 * groups.Count;
    }

    /// <summary>
    /// The value of <paramref name="group"/> whose records sum highest (or lowest) over a figure of each record that
    /// the measure's words name but no person word does ("citation count" beside "author citation count"), and that
    /// varies within a group; with <paramref name="asksForTotal"/>, that sum. Null when no such figure exists.
    /// </summary>
    private Aggregation? Total(string group, string measure, IEnumerable<string> names, List<string> cues, List<RecordConstraint> constraints,
        List<DataRecord> matched, bool highest, int rank, bool asksForTotal)
    {
        var measureCues = cues.Where(c => _lexicon.FocusTypes.GetValueOrDefault(c) != AnswerType.Person && measure.Split(' ').Any(w => Stem(w) == c)).ToList();
        if (measureCues.Count == 0) return null;
        var groups = ByValue(matched, group).Select(g => (g.Key, Records: g.DistinctBy(r => r.Text).ToList())).ToList();
        var own = names.Where(n => n != measure && n != group && !n.Split(' ').Any(w => _lexicon.FocusTypes.GetValueOrDefault(w) == AnswerType.Person))
            .Select(n => (Name: n, Hits: n.Split(' ').Count(w => measureCues.Contains(Stem(w))), Words: n.Split(' ').Length))
            .Where(x => x.Hits > 0).OrderByDescending(x => x.Hits - 0.1 * x.Words).ThenBy(x => x.Name, StringComparer.Ordinal).Select(x => x.Name)
            .FirstOrDefault(n => IsNumeric(matched, n) && groups.Any(g => g.Records.Select(r => r.Field(n)?.Number).Distinct().Count() > 1));
        if (own is null) return null;
        var totals = groups.Select(g => (g.Key, Sum: g.Records.Sum(r => r.Field(own)?.Number ?? 0), g.Records))
            .OrderBy(t => highest ? -t.Sum : t.Sum).ThenBy(t => t.Key, StringComparer.OrdinalIgnoreCase).ToList();
        if (totals.Count < Math.Max(2, rank)) return null;
        var chosen = totals[rank - 1];
        // Values whose sum is the chosen one's are tied with it, and named with it.
        var tied = totals.Where(t => t.Sum == chosen.Sum).Select(t => t.Key).ToList();
        var value = asksForTotal ? chosen.Sum.ToString(CultureInfo.InvariantCulture) : string.Join(", ", tied);
        var query = new RecordQuery(AggregationKind.Total, constraints, own, group, null, highest, rank);
        var evidence = chosen.Records.OrderByDescending(r => r.Field(own)?.Number ?? 0).Take(20).ToList();
        return new Aggregation(query, value, Confidence(constraints) - (tied.Count > 1 && !asksForTotal ? 0.2 : 0.1), evidence, matched.Count);
    }

    /// <summary>The records that hold <paramref name="field"/>, grouped by its value as written (trimmed, in any case).</summary>
    private static IEnumerable<IGrouping<string, DataRecord>> ByValue(IEnumerable<DataRecord> records, string field) =>
        records.Where(r => r.Field(field) is not null).GroupBy(r => r.Field(field)!.Value.Trim(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The value of <paramref name="group"/> shared by the most (or fewest) of <paramref name="matched"/>.</summary>
    private static Aggregation? MostCommon(string group, List<RecordConstraint> constraints, List<DataRecord> matched, bool highest, int rank)
    {
        var groups = ByValue(matched, group)
            .OrderBy(g => highest ? -g.Count() : g.Count()).ThenBy(g => g.Key, StringComparer.OrdinalIgnoreCase).ToList();
        if (groups.Count < Math.Max(2, rank)) return null;
        var chosen = groups[rank - 1];
        var result = new RecordQuery(AggregationKind.MostFrequent, constraints, null, group, null, highest, rank);
        // Values with as many records as the one chosen are tied with it: all are the answer, none more than the others.
        var tied = groups.Where(g => g.Count() == chosen.Count()).Select(g => g.Key).ToList();
        return new Aggregation(result, string.Join(", ", tied), Confidence(constraints) - (tied.Count > 1 ? 0.2 : 0.1), chosen.Take(20).ToList(), matched.Count);
    }

    /// <summary>
    /// The field whose value is the answer: the measure itself when the question asks for the number ("the number of
    /// citations of the most cited …"); else a field the question names ("the url of", "abstract of"); else, when a
    /// person is asked for ("who", "which faculty member"), the field that names one; else the field that names a
    /// record (a title or name). Never a field that names the measure or a constraint.
    /// </summary>
    private string SelectField(string lower, QuestionAnalysis analysis, List<DataRecord> records, string measure, List<string> cues, List<RecordConstraint> constraints,
        bool number = true)
    {
        if (number && AsksForNumber().IsMatch(lower)) return measure;
        var present = records.SelectMany(r => r.Fields.Select(f => f.Name)).Distinct(StringComparer.Ordinal).ToList();
        var excluded = constraints.Select(c => c.Field).ToHashSet();
        // The measure's words ("cited"), not a person the question ranks ("the most cited author" asks for the author).
        var measureCues = cues.Where(c => _lexicon.FocusTypes.GetValueOrDefault(c) != AnswerType.Person).ToList();
        excluded.UnionWith(present.Where(n => n.Split(' ').Any(w => measureCues.Contains(Stem(w)))));
        var scored = present.Where(n => !excluded.Contains(n)).Select(n => (Name: n, Score: FieldSynonyms.Match(n, analysis)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.Name.Split(' ').Length).ThenBy(x => present.IndexOf(x.Name)).ToList();
        if (scored.FirstOrDefault(x => x.Score >= 1.0).Name is { } named) return named;
        // "Abstract of the most cited paper", "TLDR of …": a field the question names outright.
        if (scored.FirstOrDefault(x => x.Score >= 0.3 && TextTokenizer.Tokenize(x.Name).All(t => analysis.QuestionWords.Contains(t.Norm))).Name is { } mentioned)
            return mentioned;
        if (WantsPerson(analysis, cues) && scored.FirstOrDefault(x => x.Score >= 0.5).Name is { } person) return person;
        return present.FirstOrDefault(n => n.Split(' ').Contains("title") && !excluded.Contains(n))
               ?? present.FirstOrDefault(n => n.Split(' ')[^1] == "name" && !excluded.Contains(n))
               ?? scored.FirstOrDefault(x => x.Score >= 0.5).Name ?? measure;
    }

    /// <summary>Whether a person is asked for: "who …", or a person noun after "most" ("the most cited faculty member").</summary>
    private bool WantsPerson(QuestionAnalysis analysis, List<string> cues) =>
        analysis.Type == AnswerType.Person || cues.Any(c => _lexicon.FocusTypes.GetValueOrDefault(c) == AnswerType.Person);

    /// <summary>
    /// The fields among <paramref name="names"/> whose words match <paramref name="cues"/> (stems), best first; a
    /// field with a word for a person ("author citation count") comes first when people are ranked: the words after
    /// "most" name a person ("the most cited faculty member"), or name nothing but the measure and a person is asked
    /// for ("who is the most cited?"). "The authors of the most cited paper" ranks papers: their own citation count.
    /// </summary>
    private IEnumerable<string> RankFields(IEnumerable<string> names, List<string> cues, QuestionAnalysis analysis)
    {
        var namesPerson = cues.Any(c => _lexicon.FocusTypes.GetValueOrDefault(c) == AnswerType.Person);
        var wantsPerson = namesPerson || (cues.Count < 2 && WantsPerson(analysis, cues));
        return names.Select(n =>
            {
                var words = n.Split(' ');
                var person = words.Where(w => _lexicon.FocusTypes.GetValueOrDefault(w) == AnswerType.Person).ToList();
                var hits = words.Count(w => cues.Contains(Stem(w)) && !person.Contains(w));
                return (Name: n, Score: hits == 0 ? 0 : hits + (wantsPerson && person.Count > 0 ? 0.5 : 0) - 0.1 * (words.Length - hits));
            })
            .Where(x => x.Score > 0).OrderByDescending(x => x.Score).ThenBy(x => x.Name, StringComparer.Ordinal).Select(x => x.Name);
    }

    /// <summary>Yes/no fields all of whose words (but "is", "has") the question holds: "open access" → isOpenAccess.</summary>
    private static List<string> BooleanFields(IReadOnlyDictionary<string, int> names, HashSet<string> questionStems, HashSet<string> used) =>
        names.Keys.Where(n => !used.Contains(n) && n.Split(' ').Where(w => w is not ("is" or "has" or "have" or "was" or "are")).ToList() is { Count: >= 2 } words
                              && words.All(w => questionStems.Contains(Stem(w))))
            .ToList();

    /// <summary>
    /// Binds each value the question names to the field that holds it in the most records: the whole value first,
    /// then a list item, then part of a value. Null when a value is in no field (the question is about something
    /// else), unless <paramref name="tolerant"/>, which drops it.
    /// </summary>
    private static List<RecordConstraint>? Bind(List<string> phrases, List<DataRecord> pool, bool tolerant = false)
    {
        var constraints = new List<RecordConstraint>();
        // Names first, then terms and years: once "Alexander Hauptmann" is bound to a field, "2023" is bound among
        // that person's records (to their year), not to whatever field mentions 2023 most often elsewhere.
        foreach (var phrase in phrases.OrderBy(p => Term().IsMatch(p) || Year().IsMatch(p) ? 1 : 0))
        {
            // Every field and way of matching, weighed by how many records it holds the value in: a whole value counts
            // in full, a list item 0.6, part of a value 0.5 ("Spring 2024" in "Spring 2024 (aka S24)").
            RecordConstraint? best = null;
            var bestWeight = 0.0;
            // One pass over the records: for each field, how many records hold the value whole, as a list item, or as
            // a whole-word part ("Fall 2025" in "Fall 2025 (F25)", never "Ada Lind" in "Ada Lindell").
            var counts = new Dictionary<string, (int Whole, int Item, int Part)>(StringComparer.Ordinal);
            foreach (var record in pool)
                foreach (var field in record.Fields.DistinctBy(f => f.Name))
                {
                    if (!RecordConstraint.StandsIn(field.Value, phrase)) continue;
                    var whole = string.Equals(field.Value.Trim(), phrase, StringComparison.OrdinalIgnoreCase);
                    var item = whole || field.Items.Any(i => string.Equals(i, phrase, StringComparison.OrdinalIgnoreCase));
                    var (w, i, p) = counts.GetValueOrDefault(field.Name);
                    counts[field.Name] = (w + (whole ? 1 : 0), i + (item ? 1 : 0), p + 1);
                }
            foreach (var (name, (whole, item, part)) in counts.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                // A field that holds the value whole is an identity ("prof name"); one that holds it as a list item
                // ("authors", "instructors") or as part of a longer value counts for less across fields. Within the
                // chosen field, the most inclusive way of matching that adds records is used.
                var weight = whole + 0.6 * (item - whole) + 0.5 * (part - item);
                var match = part > item ? ValueMatch.Contains : item > whole ? ValueMatch.Item : ValueMatch.Equals;
                if (weight > bestWeight) (best, bestWeight) = (new RecordConstraint(name, phrase, match), weight);
            }
            if (best is not null)
            {
                constraints.Add(best);
                pool = pool.Where(best.Holds).ToList();
            }
            else if (!tolerant) return null;
        }
        return constraints;
    }

    /// <summary>Values the question names: quoted phrases, runs of capitalised words after its first word, terms such as "Fall 2023", years and lower-case codes.</summary>
    internal static List<string> Phrases(string question)
    {
        var phrases = new List<string>();
        var rest = question;
        foreach (Match quoted in Quoted().Matches(question))
        {
            phrases.Add((quoted.Groups[1].Success ? quoted.Groups[1] : quoted.Groups[2]).Value.Trim());
            rest = rest.Replace(quoted.Value, " ", StringComparison.Ordinal);
        }
        foreach (Match term in Term().Matches(rest))
        {
            phrases.Add(term.Value);
            rest = rest.Replace(term.Value, " ", StringComparison.Ordinal);
        }
        var tokens = TextTokenizer.Tokenize(rest);
        // The first word is capitalised as a sentence's first, and so are alternatives written with it ("TLDR/Summary of …").
        var first = 1;
        while (first < tokens.Count && tokens[first].Span.Start - tokens[first - 1].Span.End == 1 && rest[tokens[first].Span.Start - 1] == '/') first++;
        for (var i = first; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCapitalized || StopWords.Contains(tokens[i].Norm)) continue;
            var j = i + 1;
            while (j < tokens.Count && (tokens[j].IsCapitalized || (tokens[j].Text is "of" or "de" or "van" or "von" && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized)))
                j++;
            phrases.Add(rest[tokens[i].Span.Start..tokens[j - 1].Span.End]);
            i = j - 1;
        }
        foreach (Match year in Year().Matches(rest)) phrases.Add(year.Value);
        // A code written in lower case, as record ids are ("paper id 7b21cafe09"): letters and digits mixed.
        foreach (Match code in Code().Matches(rest)) phrases.Add(code.Value);
        return phrases.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
    }

    /// <summary>
    /// The records of <paramref name="documentIds"/>, each read over the whole document: a block of fields that the
    /// splitter cut between two passages is one record again.
    /// </summary>
    private List<DataRecord> Records(IEnumerable<string> documentIds)
    {
        var documents = Current().Documents;
        var records = new List<DataRecord>();
        foreach (var docId in documentIds)
            records.AddRange(documents.GetOrAdd(docId, ReadDocument));
        return records;
    }

    /// <summary>The records of every document that holds <paramref name="field"/>, found and read once per version of the index.</summary>
    private List<DataRecord> RecordsWithField(string field) =>
        Current().ByField.GetOrAdd(field, f => Records(_source.DocumentsWithField(f)));

    /// <summary>The records of the passages that a search for <paramref name="phrases"/> finds first (and their neighbours).</summary>
    private List<DataRecord> RecordsMatching(List<string> phrases) =>
        ReadRuns(_source.PassagesMatching(string.Join(' ', phrases), PhrasePool), Current().Runs);

    /// <summary>The snapshot of the index as it is now: the one kept, unless the index changed or the cache is full.</summary>
    private Snapshot Current()
    {
        var version = _source.Version;
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is not null && snapshot.Version == version && !snapshot.IsFull) return snapshot;
        snapshot = new Snapshot(version, _source.FieldNames(), new(StringComparer.Ordinal), new(StringComparer.Ordinal));
        Volatile.Write(ref _snapshot, snapshot);
        return snapshot;
    }

    private IReadOnlyList<DataRecord> ReadDocument(string docId) => ReadRuns(_source.RecordPassages(docId));

    /// <summary>
    /// The records of passages in document order, each run of consecutive passages read as one text; with
    /// <paramref name="cache"/>, each run's records are read once per version of the index (a run is named by its
    /// file, document and passage ordinals, which fix its text in that version).
    /// </summary>
    private static List<DataRecord> ReadRuns(IEnumerable<Passage> passages,
        System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<DataRecord>>? cache = null)
    {
        var records = new List<DataRecord>();
        var run = new List<Passage>();
        void Flush()
        {
            if (run.Count == 0) return;
            records.AddRange(cache is null ? Read(run) : cache.GetOrAdd($"{run[0].Path}\n{run[0].Id}\n{run[^1].Ordinal}", static (_, run) => Read(run), run));
            run = [];
        }
        foreach (var passage in passages)
        {
            if (run.Count > 0 && (passage.Ordinal != run[^1].Ordinal + 1 || passage.DocId != run[^1].DocId || passage.Path != run[^1].Path)) Flush();
            run.Add(passage);
        }
        Flush();
        return records;
    }

    /// <summary>The records of one run of consecutive passages, read as one text.</summary>
    private static IReadOnlyList<DataRecord> Read(List<Passage> run)
    {
        var first = run[0];
        return DataRecord.Read(run.Count == 1 ? first
            : new Passage(first.Id, first.DocId, first.Path, first.Title, Passage.WholeText(run), first.Start, run[^1].End, first.Ordinal));
    }

    /// <summary>Whether a record is about <paramref name="stem"/>: a word of one of its field names, or of its file's title or name.</summary>
    private static bool IsAbout(DataRecord record, string stem) =>
        record.Fields.Any(f => f.Name.Split(' ').Any(w => Stem(w) == stem)) ||
        TextTokenizer.Tokenize(record.Passage.Title + " " + Path.GetFileNameWithoutExtension(record.Passage.Path)).Any(t => Stem(t.Norm) == stem);

    /// <summary>
    /// Whether a noun asks for people, organisations or places: a lexicon focus word as written, or with its plural
    /// folded as a token's is ("faculties" → "faculty", <see cref="TextTokenizer.Normalize"/>).
    /// </summary>
    private bool NamesAKind(string noun) =>
        (_lexicon.FocusTypes.TryGetValue(noun, out var type) || _lexicon.FocusTypes.TryGetValue(TextTokenizer.Normalize(noun), out type)) &&
        type is AnswerType.Person or AnswerType.Organization or AnswerType.Place;

    /// <summary>Records once each: the same text from the same file counts once.</summary>
    private static List<DataRecord> Distinct(IEnumerable<DataRecord> records) =>
        records.DistinctBy(r => (r.Passage.Path, r.Text)).ToList();

    private static bool IsNumeric(List<DataRecord> pool, string field)
    {
        var values = pool.Select(r => r.Field(field)).Where(f => f is not null).ToList();
        return values.Count > 0 && values.Count(f => f!.Number is not null) >= 0.8 * values.Count;
    }

    private static double Confidence(List<RecordConstraint> constraints) =>
        constraints.Count == 0 ? 0.75 : constraints.Min(c => c.Match switch { ValueMatch.Equals or ValueMatch.True => 0.85, ValueMatch.Item => 0.8, _ => 0.7 });

    /// <summary>A crude stem, so that "cited", "citation" and "citations" meet, and "course" and "courses".</summary>
    internal static string Stem(string word)
    {
        var w = word.ToLowerInvariant();
        foreach (var suffix in (string[])["ations", "ation", "ings", "ing", "ers", "er", "ed", "es", "s"])
            if (w.EndsWith(suffix, StringComparison.Ordinal) && w.Length - suffix.Length >= 3) { w = w[..^suffix.Length]; break; }
        return w.Length > 3 && w.EndsWith('e') ? w[..^1] : w;
    }

    [GeneratedRegex(@"\b(?:(?<rank>second|third|2nd|3rd)\s+)?(?<word>most|least|fewest|highest|lowest|largest|smallest|greatest|maximum|minimum|earliest|latest|oldest|newest)\b")]
    private static partial Regex Superlative();

    [GeneratedRegex(@"\b(?:number|count|amount) of\b.*\b(?:most|least|fewest|highest|lowest)\b|\bhow many\b")]
    private static partial Regex AsksForNumber();

    // "Which faculty are interested in …", "which courses have …", "what paper has the paper id …": which, a noun or
    // two, then a verb of being or having; "what are the papers of …". "Which department offers …" (one answer) does
    // not match.
    [GeneratedRegex(@"^(?:which|what)\s+(?:(?:\w+\s+)?(?<what>\w+)\s+(?:are|have|has|were|teach|work|study|research)\b|are\s+(?:the|all)\s+(?<what>\w+)\s+(?:of|by|from)\b)")]
    private static partial Regex ListOf();

    [GeneratedRegex(@"\bhow many\s+(\w+)")]
    private static partial Regex HowMany();

    // How many for each value: "what are the journals and how many papers … in each", "how many papers … in each
    // journal". ("Per" is left out: "how many miles per hour" asks for a rate.)
    [GeneratedRegex(@"^what\s+are\s+the\s+(?<each>\w+)\s+and\s+how many\b.*\b(?:in|for)\s+each\b|\bhow many\b.*\b(?:in|for)\s+each\s+(?<each>\w+)")]
    private static partial Regex PerValue();

    [GeneratedRegex("[\"“]([^\"”]{3,})[\"”]|(?<=^|\\s)'([^']{3,})'(?=\\s|[?.,!]|$)")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(?:Spring|Summer|Fall|Autumn|Winter)\s+\d{4}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Term();

    [GeneratedRegex(@"\b(?:1[89]|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"\b(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{8,}\b")]
    private static partial Regex Code();
}
