using QaSearch.Core.Records;

namespace QaSearch.Core.Tests.Records;

public sealed class RecordAggregatorTests
{
    /// <summary>An index of records held in memory: each record is a passage of its own document; matching is by shared words.</summary>
    private sealed class MemoryRecords(params string[] records) : IRecordSource
    {
        private readonly List<Passage> _passages = records.Select((text, i) => new Passage($"r{i}#0", $"r{i}", $"/data/r{i}.csv", "", text, 0, text.Length, 0)).ToList();

        public long Version => 1;

        public IReadOnlyDictionary<string, int> FieldNames() =>
            _passages.SelectMany(p => DataRecord.Read(p).SelectMany(r => r.Fields).Select(f => f.Name).Distinct())
                .GroupBy(n => n).ToDictionary(g => g.Key, g => g.Count());

        public IReadOnlyList<string> DocumentsWithField(string name) =>
            _passages.Where(p => DataRecord.Read(p).Any(r => r.Field(name) is not null)).Select(p => p.DocId).ToList();

        public IReadOnlyList<Passage> PassagesMatching(string query, int top)
        {
            var words = query.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return _passages.Where(p => words.Any(w => p.Text.Contains(w, StringComparison.OrdinalIgnoreCase))).Take(top).ToList();
        }

        public IReadOnlyList<Passage> RecordPassages(string docId) => _passages.Where(p => p.DocId == docId).ToList();
    }

    private static readonly MemoryRecords Courses = new(
        "Course: Navigation\nInstructors: Helena Varga\nSemester: Fall 2025\nDepartment: Seamanship\nUnits: 9",
        "Course: Knots\nInstructors: Helena Varga, Rosa Lind\nSemester: Fall 2025 (F25)\nDepartment: Seamanship\nUnits: 6",
        "Course: Tides\nInstructors: Rosa Lind\nSemester: Fall 2025\nDepartment: Science\nUnits: 12",
        "Course: Pilotage\nInstructors: Helena Varga\nSemester: Spring 2026\nDepartment: Seamanship\nUnits: 12",
        "Course: Estuaries\nInstructors: Rosa Lind\nSemester: Spring 2026\nDepartment: Science\nUnits: 3");

    [Fact]
    public void Given_course_records_when_asked_how_many_a_person_teaches_in_a_term_then_list_items_and_the_term_are_both_constraints()
    {
        var aggregation = new RecordAggregator(Courses).Answer("How many courses does Helena Varga teach in Fall 2025?");

        Assert.NotNull(aggregation);
        Assert.Equal("2", aggregation.Value);
        Assert.Equal(AggregationKind.Count, aggregation.Query.Kind);
        Assert.Contains(aggregation.Query.Where, c => c is { Field: "instructors", Match: ValueMatch.Item, Value: "Helena Varga" });
        Assert.Contains(aggregation.Query.Where, c => c.Field == "semester" && c.Value == "Fall 2025");
        Assert.Equal(2, aggregation.Evidence.Count);
    }

    private static readonly MemoryRecords Staff = new(
        "Name: Helena Varga\nTitle: Harbor Master\nFaculty: yes\nInterests: Navigation, Tide Tables, Knots",
        "Name: Rosa Lind\nTitle: Pilot\nFaculty: yes\nInterests: Estuaries, Tide Tables",
        "Name: Ada Quell\nTitle: Harbor Master\nFaculty: yes\nInterests: Lighthouses",
        "Course: Tide Tables\nInstructors: Rosa Lind\nSemester: Fall 2025");

    [Theory]
    [InlineData("Which faculty are interested in Tide Tables?", "Helena Varga, Rosa Lind")]
    [InlineData("Which faculty have the job title Harbor Master?", "Helena Varga, Ada Quell")]
    public void Given_people_records_when_asked_which_of_them_hold_a_value_then_every_matching_name_is_listed(string question, string names)
    {
        var aggregation = new RecordAggregator(Staff).Answer(question);

        Assert.NotNull(aggregation);
        Assert.Equal(AggregationKind.List, aggregation.Query.Kind);
        Assert.Equal(names, aggregation.Value);
        Assert.Equal("name", aggregation.Query.Select);
    }

    [Fact]
    public void Records_that_say_nothing_of_what_they_are_about_are_listed_as_found()
    {
        // Given profiles with no "faculty" in their keys or file names, as a question file's context holds them
        var staff = new MemoryRecords(
            "Name: Helena Varga\nTitle: Harbor Master\nInterests: Navigation, Tide Tables",
            "Name: Rosa Lind\nTitle: Pilot\nInterests: Estuaries");

        // When asked which faculty hold a value
        var aggregation = new RecordAggregator(staff).Answer("Which faculty are interested in Tide Tables?");

        // Then the names of the records that hold it are the answer
        Assert.NotNull(aggregation);
        Assert.Equal("Helena Varga", aggregation.Value);
    }

    [Fact]
    public void A_list_question_for_places_in_the_plural_lists_the_records_that_hold_the_value()
    {
        // Given town records that say nothing of being cities
        var towns = new MemoryRecords(
            "Name: Gullport\nEvents: Tide Tables Fair, Lantern Walk",
            "Name: Port Alder\nEvents: Rowing Regatta");

        // When asked which cities, a plural folded as a token's is ("cities" → "city")
        var aggregation = new RecordAggregator(towns).Answer("Which cities have the Tide Tables Fair?");

        // Then the towns that hold it are listed
        Assert.NotNull(aggregation);
        Assert.Equal("Gullport", aggregation.Value);
    }

    [Fact]
    public void A_list_question_for_something_records_hold_is_no_list_of_their_names()
    {
        // Given paper records, none of them about datasets
        var papers = new MemoryRecords(
            "Name: Helena Varga\nTitle: Tide Tables Revisited\nSummary: Uses the Gullport tide gauge data.",
            "Name: Rosa Lind\nTitle: Estuaries\nSummary: Rivers meet the sea.");

        // When asked which datasets a paper used
        var aggregation = new RecordAggregator(papers).Answer("What datasets were used in \"Tide Tables Revisited\"?");

        // Then no aggregation answers: the author's name is no dataset
        Assert.Null(aggregation);
    }

    // Paper records on each author's list, with the journal and the venue each appeared in.
    private static readonly MemoryRecords PaperLists = new(
        "Prof Name: Helena Varga\nPaper Id: 3fd0aa7e31\nTitle: Tide Tables Revisited\nJournal Name: Harbour Letters\nVenue: Gullport Sea Forum\nAuthor Paper Count: 30",
        "Prof Name: Helena Varga\nPaper Id: 7b21cafe09\nTitle: Knots at Sea\nJournal Name: Harbour Letters\nVenue: Port Alder Workshop\nAuthor Paper Count: 30",
        "Prof Name: Rosa Lind\nPaper Id: 9c03d1e4f2\nTitle: Estuaries\nJournal Name: River Notes\nVenue: Gullport Sea Forum\nAuthor Paper Count: 10");

    [Theory]
    [InlineData("What paper has the paper ID 7b21cafe09?", "title", "Knots at Sea")]
    [InlineData("What journals has Helena Varga published in?", "journal name", "Harbour Letters")]
    [InlineData("What venues has Helena Varga published in?", "venue", "Gullport Sea Forum, Port Alder Workshop")]
    [InlineData("What are the papers of Helena Varga?", "title", "Tide Tables Revisited, Knots at Sea")]
    public void Given_records_when_asked_what_a_record_or_a_person_has_then_the_field_the_noun_names_is_listed(string question, string select, string answer)
    {
        var aggregation = new RecordAggregator(PaperLists).Answer(question);

        Assert.NotNull(aggregation);
        Assert.Equal(AggregationKind.List, aggregation.Query.Kind);
        Assert.Equal(select, aggregation.Query.Select);
        Assert.Equal(answer, aggregation.Value);
    }

    [Theory]
    [InlineData("What are the journals and how many papers has Helena Varga published in each?", "journal name", "2 in Harbour Letters")]
    [InlineData("How many papers has Helena Varga published in each venue?", "venue", "1 in Gullport Sea Forum, 1 in Port Alder Workshop")]
    public void Given_records_when_asked_how_many_for_each_value_then_the_records_of_each_value_are_counted(string question, string group, string answer)
    {
        var aggregation = new RecordAggregator(PaperLists).Answer(question);

        Assert.NotNull(aggregation);
        Assert.Equal(AggregationKind.PerValue, aggregation.Query.Kind);
        Assert.Equal(group, aggregation.Query.GroupBy);
        Assert.Equal(answer, aggregation.Value);
        Assert.Equal($"count records per {group} where prof name = \"Helena Varga\"", aggregation.Query.ToString());
    }

    [Fact]
    public void A_which_question_with_one_answer_is_no_list()
    {
        Assert.Null(new RecordAggregator(Staff).Answer("Which pilot teaches Tide Tables?"));
    }

    [Fact]
    public void Given_a_numeric_field_when_asked_for_the_most_then_the_named_field_of_the_top_record_is_the_answer()
    {
        var aggregation = new RecordAggregator(Courses).Answer("Which course has the most units in Spring 2026?");

        Assert.NotNull(aggregation);
        Assert.Equal("Pilotage", aggregation.Value);
        Assert.Equal(AggregationKind.Extreme, aggregation.Query.Kind);
        Assert.Equal("units", aggregation.Query.Measure);
        Assert.Equal("course", aggregation.Query.Select);
    }

    private static readonly MemoryRecords Papers = new(
        "Author: Helena Varga\nTitle: Tide Tables Revisited\nCoauthors: Rosa Lind, Ada Quell\nCitation Count: 40\nAuthor Citation Count: 900\nSummary: Tides, again.",
        "Author: Helena Varga\nTitle: Knots at Sea\nCoauthors: Ivo Kern\nCitation Count: 75\nAuthor Citation Count: 900\nSummary: Knots hold.",
        "Author: Rosa Lind\nTitle: Estuaries\nCoauthors: Ada Quell\nCitation Count: 120\nAuthor Citation Count: 300\nSummary: Rivers meet the sea.");

    [Theory]
    [InlineData("Who are the coauthors of the most cited paper by Helena Varga?", "citation count", "Ivo Kern")]
    [InlineData("Who is the most cited author?", "author citation count", "Helena Varga")]
    public void The_most_cited_paper_is_ranked_by_its_own_citations_and_the_most_cited_person_by_theirs(string question, string measure, string answer)
    {
        var aggregation = new RecordAggregator(Papers).Answer(question);

        Assert.NotNull(aggregation);
        Assert.Equal(measure, aggregation.Query.Measure);
        Assert.Equal(answer, aggregation.Value);
    }

    // Each paper carries its author's lifetime figures beside its own: Rosa Lind has the most lifetime citations and
    // the single most cited paper of 2024, Ivo Kern the most papers of 2024, Helena Varga the most 2024 citations in all.
    private static readonly MemoryRecords YearPapers = new(
        "Author: Helena Varga\nTitle: Tide Tables Revisited\nYear: 2024\nCitation Count: 40\nAuthor Citation Count: 900\nAuthor Paper Count: 30",
        "Author: Helena Varga\nTitle: Knots at Sea\nYear: 2024\nCitation Count: 75\nAuthor Citation Count: 900\nAuthor Paper Count: 30",
        "Author: Rosa Lind\nTitle: Estuaries\nYear: 2024\nCitation Count: 110\nAuthor Citation Count: 2000\nAuthor Paper Count: 10",
        "Author: Rosa Lind\nTitle: Sandbars\nYear: 2023\nCitation Count: 500\nAuthor Citation Count: 2000\nAuthor Paper Count: 10",
        "Author: Ivo Kern\nTitle: Buoys\nYear: 2024\nCitation Count: 1\nAuthor Citation Count: 20\nAuthor Paper Count: 5",
        "Author: Ivo Kern\nTitle: Moorings\nYear: 2024\nCitation Count: 1\nAuthor Citation Count: 20\nAuthor Paper Count: 5",
        "Author: Ivo Kern\nTitle: Anchors\nYear: 2024\nCitation Count: 1\nAuthor Citation Count: 20\nAuthor Paper Count: 5");

    [Theory]
    [InlineData("Who is the most cited author in 2024?", "Helena Varga")]
    [InlineData("What is the number of citations of the most cited author in 2024?", "115")]
    [InlineData("Who is the least cited author in 2024?", "Ivo Kern")]
    public void Given_a_lifetime_figure_and_a_year_when_asked_for_the_most_cited_then_each_authors_papers_of_that_year_are_summed(string question, string answer)
    {
        var aggregation = new RecordAggregator(YearPapers).Answer(question);

        Assert.NotNull(aggregation);
        Assert.Equal(answer, aggregation.Value);
        Assert.Equal(AggregationKind.Total, aggregation.Query.Kind);
        Assert.Equal("citation count", aggregation.Query.Measure);
        Assert.Equal("author", aggregation.Query.GroupBy);
        Assert.Equal("the author with the " + (question.Contains("least") ? "lowest" : "highest") + " total citation count where year = \"2024\"", aggregation.Query.ToString());
    }

    [Theory]
    [InlineData("Who is the most cited author?", AggregationKind.Extreme, "Rosa Lind")]
    [InlineData("Which author has the most papers in 2024?", AggregationKind.MostFrequent, "Ivo Kern")]
    public void Without_a_year_the_lifetime_figure_ranks_and_without_a_figure_of_each_record_the_records_are_counted(string question, AggregationKind kind, string answer)
    {
        var aggregation = new RecordAggregator(YearPapers).Answer(question);

        Assert.NotNull(aggregation);
        Assert.Equal(kind, aggregation.Query.Kind);
        Assert.Equal(answer, aggregation.Value);
    }

    [Fact]
    public void Alternatives_written_with_the_first_word_are_no_value_the_question_names()
    {
        var aggregation = new RecordAggregator(Papers).Answer("Abstract/Summary of the most cited paper by Helena Varga?");

        Assert.NotNull(aggregation);
        Assert.Equal("Knots hold.", aggregation.Value);
        Assert.DoesNotContain(aggregation.Query.Where, c => c.Value == "Summary");
    }

    [Fact]
    public void A_key_with_no_value_inside_a_profile_keeps_the_profile_one_record()
    {
        // Given profiles whose office is not given: "Office:" stands alone between two fields
        var staff = new MemoryRecords(
            "Name: Helena Varga\nFaculty: yes\nOffice:\nInterests: Navigation, Tide Tables",
            "Name: Rosa Lind\nFaculty: yes\nOffice: \n\nInterests: Estuaries");

        // When asked which of them hold an interest
        var aggregation = new RecordAggregator(staff).Answer("Which faculty are interested in Tide Tables?");
        var records = DataRecord.Read(new Passage("r#0", "r", "/r.txt", "", "Name: Rosa Lind\nTitle: Pilot\nOffice: \n\nInterests: Estuaries", 0, 60, 0));

        // Then each profile is one record, its name beside its interests
        Assert.Equal("Helena Varga", aggregation?.Value);
        Assert.Equal(["name", "title", "interests"], Assert.Single(records).Fields.Select(f => f.Name));
    }

    [Fact]
    public void Given_no_numeric_field_for_what_is_counted_when_asked_which_has_the_most_then_records_are_counted_per_value()
    {
        var aggregation = new RecordAggregator(Courses).Answer("Which department offers the most courses in Fall 2025?");

        Assert.NotNull(aggregation);
        Assert.Equal("Seamanship", aggregation.Value);
        Assert.Equal(AggregationKind.MostFrequent, aggregation.Query.Kind);
        Assert.Equal("department", aggregation.Query.GroupBy);
    }

    [Theory]
    [InlineData("How many people has Helena Varga published with in each venue?")]
    [InlineData("How many papers per venue has Helena Varga published?")]
    public void A_count_per_value_counts_only_what_the_records_are_about(string question)
    {
        // "people" are not what paper records are about; "per" asks a rate as often as a breakdown
        Assert.NotEqual(AggregationKind.PerValue, new RecordAggregator(PaperLists).Answer(question)?.Query.Kind);
    }

    [Fact]
    public void Values_tied_for_the_most_are_all_the_answer_and_less_sure()
    {
        // Given one course of each department in Spring 2026, and two Seamanship courses to one of Science in Fall 2025
        var aggregator = new RecordAggregator(new MemoryRecords(
            "Course: Navigation\nDepartment: Seamanship\nSemester: Fall 2025",
            "Course: Knots\nDepartment: Seamanship\nSemester: Fall 2025",
            "Course: Tides\nDepartment: Science\nSemester: Fall 2025",
            "Course: Pilotage\nDepartment: Seamanship\nSemester: Spring 2026",
            "Course: Estuaries\nDepartment: Science\nSemester: Spring 2026"));

        // When asked which department offers the fewest courses in each term
        var tied = aggregator.Answer("Which department offers the fewest courses in Spring 2026?");
        var alone = aggregator.Answer("Which department offers the fewest courses in Fall 2025?");

        // Then a tie names both departments, with less confidence than a single answer
        Assert.Equal("Science, Seamanship", tied?.Value);
        Assert.Equal("Science", alone?.Value);
        Assert.True(tied!.Confidence < alone!.Confidence);
    }

    [Theory]
    [InlineData("Who teaches Navigation?")]
    [InlineData("How many courses does Ingrid Bergman teach in Fall 2025?")]
    [InlineData("How many bridges does the town have?")]
    public void Given_a_question_that_is_no_aggregation_over_these_records_then_there_is_none(string question)
    {
        Assert.Null(new RecordAggregator(Courses).Answer(question));
    }

    [Fact]
    public void Given_records_few_of_which_are_about_what_is_counted_then_there_is_no_count()
    {
        // One course of Seamanship's three has a field about students; "how many students" does not count courses.
        var courses = new MemoryRecords(
            "Course: Navigation\nInstructors: Helena Varga\nDepartment: Seamanship\nUnits: 9",
            "Course: Knots\nInstructors: Rosa Lind\nStudent helpers: Ana Ruiz\nDepartment: Seamanship\nUnits: 6",
            "Course: Pilotage\nInstructors: Helena Varga\nDepartment: Seamanship\nUnits: 12",
            "Course: Tides\nInstructors: Rosa Lind\nDepartment: Science\nUnits: 12");

        Assert.Null(new RecordAggregator(courses).Answer("How many students does Seamanship have?"));
        Assert.Equal("3", new RecordAggregator(courses).Answer("How many courses does Seamanship have?")?.Value);
    }

    [Fact]
    public void Given_one_record_holding_the_number_asked_for_then_the_span_extractor_answers_instead()
    {
        Assert.Null(new RecordAggregator(Courses).Answer("How many units does Navigation carry?"));
    }

    [Fact]
    public void Given_a_record_cut_between_two_passages_when_read_from_the_runs_then_it_is_one_record()
    {
        const string text = "Course: Navigation\nInstructors: Helena Varga\nSemester: Fall 2025\nUnits: 9";
        var cut = text.IndexOf("Semester", StringComparison.Ordinal);
        var source = new SplitRecord(
            new Passage("d#0", "d", "/d.txt", "", text[..cut], 0, cut, 0),
            new Passage("d#1", "d", "/d.txt", "", text[cut..], cut, text.Length, 1));

        var aggregation = new RecordAggregator(source).Answer("How many courses does Helena Varga teach in Fall 2025?");

        Assert.Equal("1", aggregation?.Value);
    }

    [Fact]
    public void Given_records_read_once_when_a_record_changes_then_the_same_question_reads_it_again()
    {
        // Given an aggregator that has answered over the course records (and kept what it read)
        var source = new ChangingRecords(
            "Course: Navigation\nInstructors: Helena Varga\nSemester: Fall 2025",
            "Course: Knots\nInstructors: Rosa Lind\nSemester: Fall 2025");
        var aggregator = new RecordAggregator(source);
        const string question = "How many courses does Helena Varga teach in Fall 2025?";
        Assert.Equal("1", aggregator.Answer(question)?.Value);
        Assert.Equal("1", aggregator.Answer(question)?.Value);

        // When a new version of the index has her teach the second course too
        source.Replace(
            "Course: Navigation\nInstructors: Helena Varga\nSemester: Fall 2025",
            "Course: Knots\nInstructors: Rosa Lind, Helena Varga\nSemester: Fall 2025");

        // Then the answer counts it
        Assert.Equal("2", aggregator.Answer(question)?.Value);
    }

    /// <summary>Records in memory, each a document of its own, that can be replaced by a new version of the index.</summary>
    private sealed class ChangingRecords(params string[] records) : IRecordSource
    {
        private MemoryRecords _current = new(records);

        public long Version { get; private set; } = 1;

        public void Replace(params string[] records)
        {
            _current = new MemoryRecords(records);
            Version++;
        }

        public IReadOnlyDictionary<string, int> FieldNames() => _current.FieldNames();
        public IReadOnlyList<string> DocumentsWithField(string name) => _current.DocumentsWithField(name);
        public IReadOnlyList<Passage> PassagesMatching(string query, int top) => _current.PassagesMatching(query, top);
        public IReadOnlyList<Passage> RecordPassages(string docId) => _current.RecordPassages(docId);
    }

    private sealed class SplitRecord(params Passage[] passages) : IRecordSource
    {
        public long Version => 1;
        public IReadOnlyDictionary<string, int> FieldNames() => new Dictionary<string, int> { ["course"] = 1, ["instructors"] = 1, ["semester"] = 1, ["units"] = 1 };
        public IReadOnlyList<string> DocumentsWithField(string name) => ["d"];
        public IReadOnlyList<Passage> PassagesMatching(string query, int top) => passages;
        public IReadOnlyList<Passage> RecordPassages(string docId) => passages;
    }
}
