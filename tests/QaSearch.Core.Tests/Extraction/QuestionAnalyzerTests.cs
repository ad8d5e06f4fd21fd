using QaSearch.Core.Extraction;

namespace QaSearch.Core.Tests.Extraction;

public sealed class QuestionAnalyzerTests
{
    [Theory]
    [InlineData("Who built the lighthouse?", AnswerType.Person)]
    [InlineData("When was the festival founded?", AnswerType.Date)]
    [InlineData("When will the stadium open to guests on Sunday, May 12?", AnswerType.Time)]
    [InlineData("When does the library open on Dec. 3rd?", AnswerType.Time)]
    [InlineData("When is Easter Sunday celebrated?", AnswerType.Date)]
    [InlineData("When did the festival move to May 2015?", AnswerType.Date)]
    [InlineData("Where is Tomas Wren's office?", AnswerType.Place)]
    [InlineData("How many students does GCU have?", AnswerType.Number)]
    [InlineData("How can I contact Professor Ada Quell?", AnswerType.Email)]
    [InlineData("How do students contact the registrar?", AnswerType.Email)]
    [InlineData("How did the explorers contact the islanders?", AnswerType.Description)]
    [InlineData("How much does a ticket cost?", AnswerType.Money)]
    [InlineData("How much are tickets for the harbour show?", AnswerType.Money)]
    [InlineData("How many tickets were sold for the harbour show?", AnswerType.Number)]
    [InlineData("What is Lena Fisk's email?", AnswerType.Email)]
    [InlineData("What is Lori Levin's phone number?", AnswerType.Phone)]
    [InlineData("Which department offers the course 54-281?", AnswerType.Organization)]
    [InlineData("What year was the paper published?", AnswerType.Date)]
    [InlineData("At what time of the day does the event start?", AnswerType.Time)]
    [InlineData("Is registration required for the mixer?", AnswerType.YesNo)]
    [InlineData("Does the museum open on Mondays?", AnswerType.YesNo)] // "does" normalised is "doe"
    [InlineData("Does the employee owe the city $52 if he worked there for half the year?", AnswerType.YesNo)]
    [InlineData("Was was the rate lowered to by the bank in 2003?", AnswerType.Entity)] // a doubled word, not a yes/no question
    [InlineData("Were authors paid well or poorly by the publishers?", AnswerType.Entity)]
    [InlineData("Do old lamps give more, less, or the same light?", AnswerType.Entity)]
    [InlineData("What is Yara Bell's professional title?", AnswerType.Title)]
    [InlineData("How long is the program?", AnswerType.Duration)]
    [InlineData("What percent of students are women?", AnswerType.Percent)]
    [InlineData("What fever afflicts roughly 1.9 percent of the islanders?", AnswerType.Entity)]
    [InlineData("What writer mentioned the pub in his novels?", AnswerType.Person)]
    [InlineData("When was the original Code of Canon Law published?", AnswerType.Date)]
    [InlineData("Which team is tied with the Rovers for number of appearances in the cup?", AnswerType.Organization)]
    [InlineData("What shrine saw a greater number of pilgrims than Rome?", AnswerType.Entity)]
    [InlineData("What was the name of the painter's sister?", AnswerType.Person)]
    [InlineData("What is a bushbar on a buggy?", AnswerType.Description)]
    [InlineData("Why did the bridge close?", AnswerType.Description)]
    [InlineData("What is the course number of Advanced NLP?", AnswerType.Identifier)]
    [InlineData("What is the ISBN of the second edition?", AnswerType.Identifier)]
    [InlineData("What is the total number of seats?", AnswerType.Number)]
    [InlineData("What is observed to be growing as hardware speed increases over time?", AnswerType.Description)]
    [InlineData("What is the name of the ferry to Port Alder?", AnswerType.Entity)]
    [InlineData("What is the stretch of water beyond the reef called?", AnswerType.Entity)]
    [InlineData("What does the term slack water mean?", AnswerType.Description)]
    [InlineData("In what year did the council revisit the harbour board's 1975 survey?", AnswerType.Date)]
    [InlineData("What city is the Gull Company's shipyard in?", AnswerType.Place)]
    [InlineData("How deep is the harbour at Port Alder?", AnswerType.Number)]
    [InlineData("What raiders burned the harbour during the 4th century?", AnswerType.Entity)]
    [InlineData("Which airport serves Port Alder?", AnswerType.Place)]
    [InlineData("What was the name of the Gull Islands ferry?", AnswerType.Entity)]
    [InlineData("What is the new city that will be added to the Gull City region?", AnswerType.Place)]
    [InlineData("What character does the captain's daughter play?", AnswerType.Person)]
    [InlineData("What is the name of the Rovers' home stadium?", AnswerType.Place)]
    [InlineData("What is the new city that will be joined to the county?", AnswerType.Place)]
    [InlineData("How far is the lighthouse from the pier?", AnswerType.Number)]
    [InlineData("What is the highest temperature recorded at Gull Point?", AnswerType.Number)]
    [InlineData("Which week is the Lantern Walk held?", AnswerType.Date)]
    [InlineData("What was the Rovers' final score?", AnswerType.Number)]
    [InlineData("What is the harbour board's annual budget?", AnswerType.Money)]
    [InlineData("Which stalls open during the Gull Harbour Restaurant Week?", AnswerType.Entity)]
    public void Guesses_the_expected_answer_type(string question, AnswerType expected)
    {
        Assert.Equal(expected, QuestionAnalyzer.Analyze(question).Type);
    }

    [Theory]
    [InlineData("cst", true)]
    [InlineData("st", true)]
    [InlineData("ms", true)]
    [InlineData("ctm", false)]
    public void The_initials_of_the_questions_words_repeat_the_question(string word, bool repeats)
    {
        // Given a question naming a theory and a degree in full
        var question = QuestionAnalyzer.Analyze("Who proposed the clonal selection theory taught in the Master of Science?");

        // Then a passage's acronym of some of those words says again what the question says
        Assert.Equal(repeats, question.Repeats(word));
    }

    [Fact]
    public void A_question_that_asks_for_an_abbreviation_has_no_initials_to_repeat()
    {
        var question = QuestionAnalyzer.Analyze("What is the abbreviation for the Master of Science?");

        Assert.False(question.Repeats("ms"));
    }

    [Theory]
    [InlineData("Who's the Academic Program Manager of the MCDS program?", "manager")]
    [InlineData("Who is the first author of the paper WebArena?", "author")]
    public void The_focus_of_who_is_the_x_is_the_noun_phrase(string question, string head)
    {
        var analysis = QuestionAnalyzer.Analyze(question);

        Assert.Equal(AnswerType.Person, analysis.Type);
        Assert.Contains(head, analysis.Focus);
    }

    [Theory]
    [InlineData("What is the name of the ferry to Port Alder?", true)]
    [InlineData("What is the stretch of water beyond the reef called?", true)]
    [InlineData("What is the Gull Point lighthouse known as?", true)]
    [InlineData("What do the fishermen call the northern reef?", true)]
    [InlineData("What is another term for slack water?", true)]
    [InlineData("What was the paper called Reasoning about Tides about?", false)]
    [InlineData("What does the term slack water mean?", false)]
    [InlineData("Who built the lighthouse?", false)]
    public void A_question_asks_for_a_name_when_it_asks_what_something_is_called(string question, bool asks)
    {
        Assert.Equal(asks, QuestionAnalyzer.Analyze(question).AsksForName);
    }

    [Fact]
    public void The_number_one_museum_asks_for_a_museum_not_a_number()
    {
        var analysis = QuestionAnalyzer.Analyze("What is the number one maritime museum in Gull Harbour?");

        Assert.DoesNotContain("number", analysis.Focus);
        Assert.Contains("museum", analysis.Focus);
        Assert.NotEqual(AnswerType.Number, analysis.Type);
    }

    [Theory]
    [InlineData("What ferry sails near the island?", "island")]
    [InlineData("What road runs through the town?", "town")]
    public void A_place_noun_after_a_preposition_is_no_focus(string question, string placed)
    {
        // Given a which-kind question that ends on where its subject is ("near the lighthouse")
        // When it is analysed
        var analysis = QuestionAnalyzer.Analyze(question);

        // Then the kind asked for is the focus, and the place after the preposition is not
        Assert.DoesNotContain(placed, analysis.Focus);
        Assert.NotEqual(AnswerType.Place, analysis.Type);
    }

    [Fact]
    public void A_wh_word_inside_a_named_title_does_not_ask()
    {
        // Given a who-question naming a paper whose title holds "What", and a question that asks "what" after a sentence
        var titled = QuestionAnalyzer.Analyze("Who was the last author of the paper called Harbour Charts: Choosing What to Map?");
        var second = QuestionAnalyzer.Analyze("In 1975, Ada Quell won the Gull Award. What area did she work on?");

        // Then the title's "What" is no asking word: the focus is the last author; after a full stop "What" still asks
        Assert.Equal(["last", "author"], titled.Focus);
        Assert.Equal(AnswerType.Person, titled.Type);
        Assert.Contains("area", second.Focus);
    }

    [Fact]
    public void The_focus_of_the_name_of_x_is_x()
    {
        Assert.Equal("ferry", QuestionAnalyzer.Analyze("What is the name of the ferry to Port Alder?").Focus[0]);
    }

    [Theory]
    [InlineData("What sort of telescopes avoid water vapour?", "telescope")]
    [InlineData("Which kind of boat won the race?", "boat")]
    public void The_focus_of_what_kind_of_x_is_x(string question, string head)
    {
        var analysis = QuestionAnalyzer.Analyze(question);

        Assert.Equal(head, analysis.Focus[0]);
    }

    [Theory]
    [InlineData("Which popular tide charting app was made in Gullport?", "app")]
    [InlineData("What small coastal rowing club is based at Port Alder?", "club")]
    public void A_phrase_longer_than_the_focus_has_its_head_last(string question, string head)
    {
        var analysis = QuestionAnalyzer.Analyze(question);

        Assert.Equal(head, analysis.FocusHead);
        Assert.Equal(3, analysis.Focus.Count);
    }

    [Theory]
    [InlineData("Which rowing club is based at Port Alder?")]
    [InlineData("Which tide charting app and how many users does Gullport have?")]
    [InlineData("What Port Alder Rowing Club is the oldest?")]
    public void A_short_phrase_a_joined_one_or_one_ending_in_a_name_has_no_separate_head(string question)
    {
        Assert.Null(QuestionAnalyzer.Analyze(question).FocusHead);
    }

    [Theory]
    [InlineData("What is Ada Quell's email?", "email")]
    [InlineData("What steak restaurants will take part in Port Alder's Winter Restaurant Week?", "restaurant")]
    [InlineData("What is the email of Ada Quell's advisor?", "email")]
    public void A_possessive_names_the_focus_unless_it_follows_a_preposition(string question, string head)
    {
        var analysis = QuestionAnalyzer.Analyze(question);

        Assert.Equal(head, analysis.Focus[^1]);
    }

    [Theory]
    [InlineData("What is Gullhaven?", "gullhaven")]
    [InlineData("What is the Lantern Walk?", "lantern walk")]
    [InlineData("Who was Ada Quell?", "ada quell")]
    [InlineData("What is the harbor fair about?", "harbor fair")]
    [InlineData("What is Gullhaven known as?", "")]
    [InlineData("What is the mission of the Lantern Walk?", "")]
    [InlineData("When is the Lantern Walk?", "")]
    public void A_what_is_question_names_the_term_it_asks_to_define_when_it_asks_nothing_else(string question, string term)
    {
        var analysis = QuestionAnalyzer.Analyze(question);

        Assert.Equal(term, string.Join(' ', analysis.DefinedTerm));
    }

    [Theory]
    [InlineData("What companies have built the harbor's cranes?", true)]
    [InlineData("Which three parts make up the fleet?", true)]
    [InlineData("Who were the founders of the guild?", true)]
    [InlineData("Who is the three primary rivals of the Gulls?", true)]
    [InlineData("List the guild's officers.", true)]
    [InlineData("Which popular language learning app was created at Harbor?", false)]
    [InlineData("Which Harbor school specializes in science?", false)]
    [InlineData("What is the guild's engineering college called?", false)]
    public void A_question_written_in_the_plural_asks_for_several_things(string question, bool several)
    {
        Assert.Equal(several, QuestionAnalyzer.Analyze(question).AsksForSeveral);
    }

    [Theory]
    [InlineData("Who is the first author of the paper Tides?", "first")]
    [InlineData("Who is the last listed speaker?", "last")]
    [InlineData("Who taught Harbor Design? Give the names in alphabetical order by their first name, separated by comma.", null)]
    public void First_or_last_picks_an_end_of_a_list_unless_it_says_how_to_sort_it(string question, string? position)
    {
        var analysis = QuestionAnalyzer.Analyze(question);

        Assert.Equal(position, analysis.Position);
        Assert.Equal(position is null, analysis.WantsList);
    }

    [Theory]
    [InlineData("What is Tomas Wren's professional title?", "Tomas Wren")]
    [InlineData("What is the author citation count of Ada Lind?", "Ada Lind")]
    [InlineData("What is the author ID of Jeffrey P. Bigham?", "Jeffrey P. Bigham")]
    [InlineData("Which restaurants are in Gullport's Restaurant Week?", null)]
    [InlineData("What is the capital of France?", null)]
    [InlineData("What is the mission of the museum?", null)]
    public void The_owner_is_the_name_before_a_possessive_or_after_a_closing_of(string question, string? owner)
    {
        Assert.Equal(owner, QuestionAnalyzer.Analyze(question).Owner);
    }

    [Theory]
    [InlineData("observe", true)]
    [InlineData("observing", true)]
    [InlineData("grow", true)]
    [InlineData("speed", true)]
    [InlineData("disparity", false)]
    [InlineData("observation", false)]
    public void A_word_repeats_the_question_however_it_is_inflected(string norm, bool repeats)
    {
        var analysis = QuestionAnalyzer.Analyze("What is observed to be growing as hardware speeds increase?");

        Assert.Equal(repeats, analysis.Repeats(norm));
    }

    [Fact]
    public void Who_is_teaching_has_no_noun_focus()
    {
        var analysis = QuestionAnalyzer.Analyze("Who is teaching the course Search Engines in spring 2024?");

        Assert.Equal(AnswerType.Person, analysis.Type);
        Assert.DoesNotContain("course", analysis.Focus);
    }

    [Fact]
    public void Finds_focus_key_terms_quoted_phrases_and_list_position()
    {
        var analysis = QuestionAnalyzer.Analyze("Who is the first author of the paper entitled \"Active Retrieval Augmented Generation\"?");

        Assert.Equal("first", analysis.Position);
        Assert.Contains("author", analysis.Focus.Concat(analysis.QuestionWords));
        Assert.Equal(["Active Retrieval Augmented Generation"], analysis.Phrases);
        Assert.Contains("retrieval", analysis.KeyTerms);
        Assert.DoesNotContain("the", analysis.KeyTerms);
    }

    [Theory]
    [InlineData("Is the ferry private or public?", "private public")]
    [InlineData("Were the crews paid well or poorly by the owners?", "well poorly")]
    [InlineData("Did the tides rise, fall, or stay the same?", "rise fall stay")]
    [InlineData("Is it one design or many designs?", "")]
    [InlineData("Which pier, north or south, is older?", "")]
    public void A_choice_question_offers_its_options(string question, string options)
    {
        Assert.Equal(options, string.Join(' ', QuestionAnalyzer.Analyze(question).Options));
    }

    [Fact]
    public void A_users_lexicon_replaces_the_sections_it_has()
    {
        // Given a lexicon file that makes "skipper" a person-asking focus noun
        var path = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "focusTypes": { "Person": ["skipper"] } }""");
        try
        {
            // When a question about a skipper is read with it, and without it
            var lexicon = Lexicon.Load(path);
            var withIt = QuestionAnalyzer.Analyze("Which skipper won the race?", lexicon);
            var without = QuestionAnalyzer.Analyze("Which skipper won the race?");

            // Then only the user's lexicon types it, and the sections the file lacks keep the shipped words
            Assert.Equal(AnswerType.Person, withIt.Type);
            Assert.Equal(AnswerType.Entity, without.Type);
            Assert.Contains("Street", lexicon.PlaceWords);
            Assert.Contains("Treaty", lexicon.ThingWords);
            Assert.Contains("q", lexicon.QuestionKeys);
            Assert.Contains("answer", lexicon.AnswerKeys);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_lexicon_with_an_unknown_answer_type_is_refused_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lexicon-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "focusTypes": { "Boat": ["skipper"] } }""");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => Lexicon.Load(path));

            Assert.Contains(path, error.Message);
            Assert.Contains("Boat", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
