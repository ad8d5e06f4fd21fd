using QaSearch.Core.Extraction;
using QaSearch.Core.Retrieval;
using QaSearch.Testing;

namespace QaSearch.Core.Tests.Extraction;

public sealed class AnswerExtractorTests
{
    private readonly AnswerExtractor _extractor = new();

    [Fact]
    public void A_year_in_a_page_opening_heading_loses_to_the_sentence_that_states_the_event()
    {
        // The page, then what else a search for the question brings up, as the demo's retrieval does.
        var passages = Fixtures.Retrieved(
            "Harbor Festival 2025\nThe Harbor Festival is held every summer on the town quay. The 2025 festival runs from July 18 to July 20.\n" +
            "The festival was founded in 1958 by the Port Alder Fishermen's Guild to celebrate the end of the herring season.",
            "The quay was rebuilt after the storm of 1954.\nHerring boats still land their catch at the quay every morning.",
            "The Port Alder Lighthouse stands on Gull Point. It was built in 1871 and automated in 1962.",
            "Harbor Hall 204 hosts the navigation course on Mondays.");

        var answer = _extractor.Extract("When was the Harbor Festival founded?", passages);

        Assert.Equal("1958", answer.Text);
    }

    [Fact]
    public void What_follows_refers_to_or_means_after_the_term_is_proposed_for_a_description_question()
    {
        // "refers" and "means" are compared as normalised words ("refer", "mean"), as the passage's words are.
        var passages = Fixtures.Retrieved(
            "In rigging, a bushbar refers to a bar bolted across the bow of a buggy.",
            "Among sailors, a jackline means a rope run along the deck to clip a harness to.");

        var candidates = _extractor.Trace("What is a bushbar?", passages).Candidates.Select(c => c.Candidate.Text).ToList();
        var meaning = _extractor.Trace("What is a jackline?", passages).Candidates.Select(c => c.Candidate.Text).ToList();

        Assert.Contains("a bar bolted across the bow of a buggy", candidates);
        Assert.Contains("a rope run along the deck to clip a harness to", meaning);
    }

    [Fact]
    public void A_phrase_stops_at_a_bracket_or_a_quote()
    {
        var passages = Fixtures.Retrieved(
            "PCR is of little use for clostridial diseases (tetanus and botulism) in the field.",
            "The plan for the clocks was \"permanent daylight saving time\" (staying on summer hours) all year.");

        var diseases = Phrases(_extractor.Trace("What diseases gain little from PCR?", passages));
        var clocks = Phrases(_extractor.Trace("What was the plan for the clocks?", passages));

        Assert.Contains("clostridial diseases", diseases);
        Assert.DoesNotContain(diseases, c => c.Contains('(') || c.Contains(')'));
        Assert.Contains("permanent daylight saving time", clocks);
        Assert.DoesNotContain(clocks, c => c.Contains('"') || c.Contains('('));
    }

    [Fact]
    public void A_phrase_stops_at_a_comma_unless_several_things_or_a_place_are_asked_for()
    {
        // Given a sentence with a list after a comma, and a field line
        var passages = Fixtures.Retrieved(
            "The harbour pilots studied tides, currents, winds and charts at Gull Harbour, Port Alder.\nTitle: Assistant Pilot");

        // When asked for one thing, for several, and for a place
        var one = Phrases(_extractor.Trace("Which subject did the harbour pilots study first?", passages));
        var several = Phrases(_extractor.Trace("Which subjects did the harbour pilots study?", passages));
        var place = _extractor.Trace("Where did the harbour pilots study?", passages).Candidates
            .Where(c => c.Candidate.Kind == CandidateKind.Phrase).Select(c => c.Candidate.Text).ToList();

        // Then one thing is asked with no phrase across a comma, nor across a field's colon
        Assert.Contains("currents", one);
        Assert.DoesNotContain(one, c => c.Contains(',') || c.Contains(':'));
        // And several things may be a list, and a place its town with its region
        Assert.Contains(several, c => c.Contains("tides, currents"));
        Assert.Contains(place, c => c.Contains("Gull Harbour, Port Alder"));
    }

    [Fact]
    public void A_where_question_is_not_answered_with_a_time()
    {
        // Given an event's heading with its time on one line and its room on the next
        var passages = Fixtures.Retrieved("Gull Society Initiation Ceremony\nCeremony: 2–3 p.m.\nQuell Auditorium, Harbour Hall");

        // When asked where the ceremony is
        var trace = _extractor.Trace("Where is the Gull Society Initiation Ceremony held?", passages);

        // Then the time is no candidate, whole or in part, and the room is
        Assert.DoesNotContain(trace.Candidates, c => c.Candidate.Text.Contains("p.m", StringComparison.Ordinal));
        Assert.Contains(trace.Candidates, c => c.Candidate.Text == "Quell Auditorium, Harbour Hall");
    }

    [Fact]
    public void A_which_question_for_a_kind_of_thing_is_not_answered_with_a_date()
    {
        // Given a sentence whose only span near the question's words is a date range
        var passages = Fixtures.Retrieved("This year's reunion celebration will be held on campus, April 11-14, in conjunction with the Harbour Fair.");

        // When asked which event, and which week
        var thing = _extractor.Trace("Which other major event is held in conjunction with the Harbour Fair?", passages);
        var week = _extractor.Trace("Which week is the reunion celebration held?", passages);

        // Then an event is no date, whole or as a phrase; a week may be one
        Assert.DoesNotContain(thing.Candidates, c => c.Candidate.Kind != CandidateKind.Clause && c.Candidate.Text.Contains("April", StringComparison.Ordinal));
        Assert.Contains(thing.Candidates, c => c.Candidate.Text.Contains("reunion celebration", StringComparison.Ordinal));
        Assert.Contains(week.Candidates, c => c.Candidate.Text == "April 11-14");
    }

    [Fact]
    public void A_reference_mark_in_square_brackets_is_no_number_to_answer_with()
    {
        // Given an encyclopedia sentence whose reference mark stands beside the question's words
        var passages = Fixtures.Retrieved("Gull Harbour College was founded by Ada Quell and Tom Wren.[226] Gull Harbour College has seven schools.");

        // When asked how many schools it has
        var trace = _extractor.Trace("How many colleges and schools does Gull Harbour College have?", passages);

        // Then the mark is not read as a count
        Assert.DoesNotContain(trace.Candidates, c => c.Candidate.Text == "226");
        Assert.Equal("seven", trace.Answer.Text);
    }

    [Fact]
    public void A_count_keeps_the_bound_written_before_it()
    {
        // Given a page that bounds its counts
        var passages = Fixtures.Retrieved("Since 1990 the Gull Harbour community has launched more than 400 boatyards. Each ferry carries up to 90 cars.");

        // When asked how many
        var boatyards = _extractor.Extract("How many boatyards has the Gull Harbour community launched?", passages);
        var cars = _extractor.Extract("How many cars does each ferry carry?", passages);

        // Then the count says what the page says of it
        Assert.Equal("more than 400", boatyards.Text);
        Assert.Equal("up to 90", cars.Text);
    }

    [Fact]
    public void A_pair_of_names_gives_the_side_the_question_does_not_name()
    {
        // Given a pair of names, one of which the question already holds
        var passages = Fixtures.Retrieved("The 1943 staging of Harbour Lights starred Mara Quell and Tomas Wren in the leading roles.");

        // When asked who starred beside the named one
        var trace = _extractor.Trace("Along with Tomas Wren, who starred in Harbour Lights?", passages);

        // Then the other side of the pair is a candidate of its own, and the answer
        Assert.Contains(trace.Candidates, c => c.Candidate.Text == "Mara Quell");
        Assert.Equal("Mara Quell", trace.Answer.Text);
    }

    [Fact]
    public void A_phrase_does_not_run_into_the_next_fields_key()
    {
        // Given a listing whose fields stand on one line
        var passages = Fixtures.Retrieved("Gull Harbour Beerfest Date: July 13, 2024 Location: Stage North Sample more than 150 local brews.");

        // When asked where it is
        var trace = _extractor.Trace("What is the location of the Gull Harbour Beerfest?", passages);

        // Then no phrase ends in the key "Location"
        Assert.DoesNotContain(Phrases(trace), p => p.EndsWith("Location", StringComparison.Ordinal));
    }

    [Fact]
    public void A_phrase_that_holds_a_date_does_not_answer_where()
    {
        // Given a sentence that says when a festival is, beside the name of where
        var passages = Fixtures.Retrieved("It is all sea shanties at Gullport Little Harbour Days, which takes place at the end of August and features music, food and games.");

        // When asked where it takes place
        var trace = _extractor.Trace("Where does Little Harbour Days take place?", passages);

        // Then no phrase that holds the month is weighed
        Assert.DoesNotContain(Phrases(trace), p => p.Contains("August", StringComparison.Ordinal));
    }

    [Fact]
    public void A_phrase_made_mostly_of_a_height_does_not_name_a_thing()
    {
        // Given a sentence that gives a peak's height beside its name
        var passages = Fixtures.Retrieved("The highest peak of the Gull Range is Mount Quell, at 4,892 m above the sea.");

        // When asked which peak is the highest
        var trace = _extractor.Trace("What peak is the highest in the Gull Range?", passages);

        // Then the height is no phrase to weigh, and the answer is the name
        Assert.DoesNotContain(Phrases(trace), p => p.Contains("4,892", StringComparison.Ordinal));
        Assert.Equal("Mount Quell", trace.Answer.Text);
    }

    [Fact]
    public void A_field_that_only_repeats_the_question_does_not_give_a_price()
    {
        // Given a listing whose title field repeats the show the question names
        var passages = Fixtures.Retrieved("Gull Hall Theatre Show: The Harbour Mermaid\nTickets: $5 for students; $10 for guests");

        // When asked what tickets cost
        var trace = _extractor.Trace("How much are tickets for The Harbour Mermaid show?", passages);

        // Then the show's name is not weighed as the answer
        Assert.DoesNotContain(trace.Candidates, c => c.Candidate.Text == "The Harbour Mermaid");
        Assert.StartsWith("$5", trace.Answer.Text);
    }

    [Fact]
    public void A_placeholder_is_no_name_to_answer_with()
    {
        var passages = Fixtures.Retrieved("TBD 2024 The Gullport neighbourhood hosts the annual Harbour Cookie Walk each December.");

        var trace = _extractor.Trace("When is the Harbour Cookie Walk held?", passages);

        Assert.DoesNotContain(trace.Candidates, c => c.Candidate.Text == "TBD");
    }

    [Fact]
    public void Over_before_a_duration_is_not_read_as_its_bound()
    {
        Assert.Equal("two days", CandidateGenerator.WithBound("spread over two days", new TextSpan(12, 20), AnswerType.Duration).Of("spread over two days"));
        Assert.Equal("over 20", CandidateGenerator.WithBound("over 20 hotels", new TextSpan(5, 7), AnswerType.Number).Of("over 20 hotels"));
        Assert.Equal("20", CandidateGenerator.WithBound("rover 20", new TextSpan(6, 8), AnswerType.Number).Of("rover 20"));
    }

    [Fact]
    public void A_question_for_the_year_is_answered_with_the_year_of_a_full_date()
    {
        // Given a date written with its day and month
        var passages = Fixtures.Retrieved("The Gull Harbour lighthouse was first lit on 7 December 1865 by Ada Quell.");

        // When asked for the year, and then for the month and year
        var year = _extractor.Extract("In what year was the Gull Harbour lighthouse first lit?", passages);
        var monthAndYear = _extractor.Extract("In what month and year was the Gull Harbour lighthouse first lit?", passages);

        // Then the first is the year alone, the second keeps the month
        Assert.Equal("1865", year.Text);
        Assert.Equal("7 December 1865", monthAndYear.Text);
    }

    [Fact]
    public void An_address_asked_of_a_person_is_the_one_that_spells_their_name()
    {
        // Given a staff list where a colleague's address stands first
        var passages = Fixtures.Retrieved("Mira Castell\nAssociate Professor\nEmail:\nmc@harbour.edu\nPhone:\n412-555-0141\nTomas Wren\nProfessor\nEmail:\ntwren@harbour.edu\nPhone:\n412-555-0199");

        // When asked how to reach the second person
        var answer = _extractor.Extract("How can I contact Professor Tomas Wren?", passages);

        // Then the address is the one made of his name
        Assert.Equal("twren@harbour.edu", answer.Text);
    }

    [Fact]
    public void A_typed_span_is_still_read_as_a_phrase_for_a_question_that_may_take_it()
    {
        var passages = Fixtures.Retrieved("The harbour course Tide Charts is known as Spring 2024 at Gull Hall.");

        var trace = _extractor.Trace("What is the harbour course Tide Charts known as?", passages);

        Assert.Contains("Spring 2024", Phrases(trace));
    }

    [Fact]
    public void A_name_run_across_a_comma_is_not_typed_a_person()
    {
        var passages = Fixtures.Retrieved("The founder, Ada Quell, was born in Dunfermline, Scotland in 1835.");

        var trace = _extractor.Trace("Where was the founder born?", passages);

        Assert.Equal(AnswerType.Entity, trace.Candidates.First(c => c.Candidate.Text == "Dunfermline, Scotland" && c.Candidate.Kind == CandidateKind.Name).Candidate.Type);
        Assert.Equal(AnswerType.Person, trace.Candidates.First(c => c.Candidate.Text == "Ada Quell").Candidate.Type);
    }

    [Fact]
    public void What_is_a_name_is_answered_by_what_the_sentence_about_it_says_it_is()
    {
        // Given a page that defines the term, among names that merely stand near it
        var passages = Fixtures.Retrieved(
            "Visitors come to Gullhaven from Port Alder by ferry, and Mara Quell opened it to the public in 1996.\n" +
            "Gullhaven is a colourful open-air sculpture garden on the north shore of the bay.",
            "The Port Alder Lighthouse stands on Gull Point.");

        // When asked what it is
        var answer = _extractor.Extract("What is Gullhaven?", passages);

        // Then the answer is what follows "Gullhaven is"
        Assert.Equal("a colourful open-air sculpture garden on the north shore of the bay", answer.Text?.TrimEnd('.'));
    }

    [Fact]
    public void A_capitalised_run_of_common_words_is_not_a_person_and_a_name_stops_at_a_colon()
    {
        // Given a page whose title words ("Original", "Festival") the corpus also writes in lower case
        var passages = Fixtures.Retrieved(
            "Original Dune Taco Festival\nThe festival was founded by Maria Quell, who still runs it. The original stalls sold fish tacos.\n" +
            "Organizer: Harbor Taco Association");

        // When asked who founded it
        var answer = _extractor.Trace("Who founded the Dune Taco Festival?", passages);

        // Then the person's name wins, and no name candidate runs across the "Organizer:" key
        Assert.Equal("Maria Quell", answer.Answer.Text);
        Assert.DoesNotContain(answer.Candidates, c => c.Candidate.Text.Contains("Organizer: Harbor", StringComparison.Ordinal));
    }


    [Fact]
    public void A_run_of_names_runs_across_commas_only_when_several_things_or_a_place_are_asked_for()
    {
        // Given a sentence that lists languages after the app's name, and one that writes a town with its county
        var passages = Fixtures.Retrieved(
            "Harbor spinoff Tidelingo lets users learn Breton, Cornish, Manx, Welsh or Irish for free.",
            "The ferry terminal stands in Port Alder, Gull County.");

        // When one app, several languages and a place are asked for
        string[] Candidates(string question) => _extractor.Trace(question, passages).Candidates
            .Where(c => c.Candidate.Kind == CandidateKind.Name).Select(c => c.Candidate.Text).ToArray();
        var app = Candidates("Which language learning app was created at Harbor?");
        var languages = Candidates("Which languages can users learn with Tidelingo?");
        var place = Candidates("Where does the ferry terminal stand?");

        // Then the one app's name is weighed against single names, not against the whole list
        Assert.Contains("Tidelingo", app);
        Assert.Contains("Breton", app);
        Assert.DoesNotContain("Breton, Cornish, Manx, Welsh", app);
        Assert.Contains("Breton, Cornish, Manx, Welsh", languages);
        Assert.Contains("Port Alder, Gull County", place);
    }

    [Fact]
    public void A_column_gap_of_a_table_taken_from_a_pdf_ends_a_name()
    {
        // Given a schedule's rows as PDF text gives them, columns parted by runs of spaces
        var passages = Fixtures.Retrieved(
            "11741   Tide Modelling   12.0    A   MW   02:00PM   Harbor Hall 204        Port Alder, Gull County        Mara Quell\n" +
            "11742   Knot Theory      6.0     A   TR   10:00AM   Harbor Hall 101        Port Alder, Gull County        Ada Brand");

        // When asked who teaches a course
        var names = _extractor.Trace("Who taught 11741 Tide Modelling?", passages).Candidates
            .Where(c => c.Candidate.Kind == CandidateKind.Name).Select(c => c.Candidate.Text).ToList();

        // Then the instructor is a name of its own, not run together with the campus before it
        Assert.Contains("Mara Quell", names);
        Assert.DoesNotContain(names, n => n.Contains("County") && n.Contains("Mara"));
    }

    [Fact]
    public void A_connective_that_opens_a_sentence_starts_no_name()
    {
        // Given sentences opened by "Thereafter," and "However,", capitalised only by where they stand
        var passages = Fixtures.Retrieved(
            "Mara Quell ran the harbour board until 1961. Thereafter, Quell appointed Ivo Brand as head of the board.\n" +
            "However, Brand resigned two years later.");

        // When asked whom she appointed
        var trace = _extractor.Trace("Who did Quell appoint as head of the board?", passages);

        // Then the appointee is the answer, and no candidate begins with a connective
        Assert.Equal("Ivo Brand", trace.Answer.Text);
        Assert.DoesNotContain(trace.Candidates, c => c.Candidate.Text.StartsWith("Thereafter", StringComparison.Ordinal) ||
                                                     c.Candidate.Text.StartsWith("However", StringComparison.Ordinal));
    }

    [Fact]
    public void A_noun_phrase_that_runs_into_a_verb_is_also_proposed_without_it()
    {
        // Given a phrase whose words run on into the verb after it ("describes the")
        var passages = Fixtures.Retrieved("The harbour watch period describes the weeks when the boats stay ashore.");

        // When the sentence is read for a question about it
        var trace = _extractor.Trace("What describes the weeks when the boats stay ashore?", passages);

        // Then the phrase without the verb is a candidate, and the one with it is marked as ending in a verb
        Assert.Contains(trace.Candidates, c => c.Candidate.Text == "harbour watch period");
        var endsInVerb = Array.IndexOf(CandidateFeatures.Names, "ends_in_verb");
        Assert.Equal(1, trace.Candidates.First(c => c.Candidate.Text == "harbour watch period describes").Features[endsInVerb]);
        Assert.Equal(0, trace.Candidates.First(c => c.Candidate.Text == "harbour watch period").Features[endsInVerb]);
    }

    [Fact]
    public void A_count_is_read_with_what_follows_it()
    {
        // Given a sentence with two distances, one of them in the unit the question counts
        var passages = Fixtures.Retrieved("The Gull Point lighthouse stands 11 km from Port Alder, or 9 miles by the winding coast road.");

        // When asked how many miles
        var trace = _extractor.Trace("How many miles is the Gull Point lighthouse from Port Alder?", passages);

        // Then only the number followed by "miles" counts the focus
        var countsFocus = Array.IndexOf(CandidateFeatures.Names, "counts_focus");
        Assert.Equal(1, trace.Candidates.First(c => c.Candidate.Text.StartsWith('9')).Features[countsFocus]);
        Assert.Equal(0, trace.Candidates.First(c => c.Candidate.Text.StartsWith("11", StringComparison.Ordinal)).Features[countsFocus]);
    }

    [Fact]
    public void A_measure_is_no_count_of_what_the_question_counts()
    {
        // Given a sentence with a distance and a count of people
        var passages = Fixtures.Retrieved("Gullport lies within 500 miles of the capital and is home to 30,000 people.");

        // When asked for its population, and asked how many miles away it lies
        var population = _extractor.Trace("What is the population of Gullport?", passages);
        var distance = _extractor.Trace("How many miles from the capital does Gullport lie?", passages);

        // Then the distance only fits the question that writes a unit
        Assert.Equal(0, Feature(population, "500 miles", "type_match"));
        Assert.Equal(1, Feature(population, "500 miles", "type_compatible"));
        Assert.Equal(1, Feature(population, "30,000", "type_match"));
        Assert.Equal(1, Feature(distance, "500 miles", "type_match"));
    }

    [Fact]
    public void A_rank_is_no_count_of_what_the_question_counts()
    {
        // Given a sentence with a rank and a count
        var passages = Fixtures.Retrieved("Gullport is ranked 26th among ports with the most pilots, with 88 in 2024.");

        // When asked how many pilots it had
        var trace = _extractor.Trace("How many pilots did Gullport have in 2024?", passages);

        // Then only the count is of the type asked for, and it answers
        Assert.Equal(0, Feature(trace, "26th", "type_match"));
        Assert.Equal(1, Feature(trace, "26th", "type_compatible"));
        Assert.Equal(1, Feature(trace, "88", "type_match"));
        Assert.Equal("88", trace.Answer.Text);
    }

    [Fact]
    public void A_name_given_after_known_as_answers_a_question_for_a_name()
    {
        // Given a sentence that names something with "known as"
        var passages = Fixtures.Retrieved("The Rovers were the first club with a brass band, and they were known as the Gullhorns.");

        // When asked for its name
        var trace = _extractor.Trace("What is the name of the Rovers' brass band?", passages);

        // Then the name after "known as" is marked as named by the cue, and no other candidate is
        var named = Array.IndexOf(CandidateFeatures.Names, "named_by_cue");
        Assert.Equal(1, trace.Candidates.First(c => c.Candidate.Text == "Gullhorns").Features[named]);
        Assert.All(trace.Candidates.Where(c => c.Candidate.Text != "Gullhorns"), c => Assert.Equal(0, c.Features[named]));

        // And a name answers a question for a name, where a phrase does not
        var nameForName = Array.IndexOf(CandidateFeatures.Names, "name_for_name");
        Assert.Equal(1, trace.Candidates.First(c => c.Candidate.Text == "Gullhorns").Features[nameForName]);
        Assert.Equal(0, trace.Candidates.First(c => c.Candidate.Kind == CandidateKind.Phrase).Features[nameForName]);
    }

    [Fact]
    public void A_phrase_ends_in_the_asked_head_not_in_a_word_that_modifies_it()
    {
        // Given a sentence about learning a language and an app named by a cue
        var passages = Fixtures.Retrieved(
            "Learning a second language is hard, but a Gullport spinoff called Tidewise made it cheap with two mobile apps.");

        // When asked which language learning app was made in Gullport
        var trace = _extractor.Trace("Which popular language learning app was made in Gullport?", passages);

        // Then the apps end in the asked head; "second language" ends in a word that only modifies it
        Assert.Equal(1, Feature(trace, "two mobile apps", "head_is_focus"));
        Assert.Equal(0, Feature(trace, "second language", "head_is_focus"));
        Assert.Equal("Tidewise", trace.Answer.Text);
    }

    [Fact]
    public void A_name_that_opens_with_the_asked_noun_is_one_of_its_kind()
    {
        // Given a sentence with a lake's name, another name, and a label glued to a title
        var passages = Fixtures.Retrieved(
            "Gullport lies between the Tarrow Sound to the west and Lake Venmoor to the east. " +
            "Lake Gullport Regatta is held there each summer, and the Lake Rules Notice at the pier lists its rules.");

        // When asked which lake lies east of the town
        var trace = _extractor.Trace("What lake is to the east of Gullport?", passages);

        // Then the lake's name has the asked noun as its head, the sound's does not, nor names that repeat the
        // question's own name or go on with ordinary words
        Assert.Equal(1, Feature(trace, "Lake Venmoor", "head_is_focus"));
        Assert.Equal(0, Feature(trace, "Tarrow Sound", "head_is_focus"));
        Assert.Equal(0, Feature(trace, "Lake Gullport Regatta", "head_is_focus"));
        Assert.Equal(0, Feature(trace, "Lake Rules Notice", "head_is_focus"));
    }

    [Fact]
    public void A_name_after_a_preposition_of_place_is_marked_for_a_where_question()
    {
        // Given a sentence that names a place after "to"
        var passages = Fixtures.Retrieved("The second crew of the Rovers moved to Palenque to film the harbour scenes.");

        // When asked where
        var trace = _extractor.Trace("Where were the harbour scenes filmed?", passages);

        // Then the name after "to" is marked, and the crew's name is not
        Assert.Equal(1, Feature(trace, "Palenque", "after_locative"));
        Assert.Equal(0, Feature(trace, "Rovers", "after_locative"));
    }

    [Fact]
    public void A_span_where_the_question_puts_its_answer_is_marked_aligned()
    {
        // Given a sentence that says what the kilns were made of, with another name beside it
        var passages = Fixtures.Retrieved("Gull Harbour kilns made from river clay were first fired by Ada Quell in 1820.");

        // When asked what they were made from
        var trace = _extractor.Trace("What were Gull Harbour kilns made from?", passages);

        // Then the span after "kilns made from" is aligned with the question, and the potter's name is not
        Assert.True(Feature(trace, "river clay", "aligned_slot") > 0);
        Assert.Equal(0, Feature(trace, "Ada Quell", "aligned_slot"));
    }

    [Fact]
    public void A_subject_question_aligns_the_span_before_its_verb()
    {
        // Given a sentence whose subject is the answer, and an object that is followed by the same words elsewhere
        var passages = Fixtures.Retrieved("The Gull Charter opened the harbour to foreign ships at Port Alder. Ada Quell opened the harbour to foreign ships' captains in a speech.");

        // When asked which charter opened the harbour
        var trace = _extractor.Trace("Which charter opened the harbour to foreign ships?", passages);

        // Then the charter is aligned: the question's words follow it in the question's order
        Assert.True(Feature(trace, "Gull Charter", "aligned_slot") > 0);
        // And a span after the question's verb is not, since a subject question's answer stands before it
        Assert.Equal(0, Feature(trace, "Port Alder", "aligned_slot"));
    }

    [Fact]
    public void An_alignment_passes_over_a_word_the_sentence_says_in_place_of_the_questions()
    {
        // Given a sentence that says "the club's" where the question names the club
        var passages = Fixtures.Retrieved("Mara Quell has been the club's official anthem singer since 1991 and sang in the film Low Tide.");

        // When asked who the Gull Rovers' anthem singer is
        var trace = _extractor.Trace("Who is the Gull Rovers' official anthem singer since 1991?", passages);

        // Then the singer is aligned with the question's words after one passed over; the film's name is not
        Assert.True(Feature(trace, "Mara Quell", "aligned_slot") > 0);
        Assert.Equal(0, Feature(trace, "Low Tide", "aligned_slot"));
    }

    [Fact]
    public void A_where_question_aligns_the_place_at_the_end_not_a_name_before_the_verb()
    {
        // Given a sentence with the founder's name before the question's words and the place after them
        var passages = Fixtures.Retrieved("Ada Quell, the harbour's founder, was born in Port Alder in 1790.");

        // When asked where the founder was born
        var trace = _extractor.Trace("Where was the harbour's founder born?", passages);

        // Then the place after "founder was born" is aligned; the name before those words is not, though they follow
        // it in the question's order, since a place is looked for where it closes the statement
        Assert.True(Feature(trace, "Port Alder", "aligned_slot") > 0);
        Assert.Equal(0, Feature(trace, "Ada Quell", "aligned_slot"));
    }

    [Fact]
    public void A_why_question_gets_the_clause_after_because_as_a_candidate()
    {
        var passages = Fixtures.Retrieved("The harbour closed in 1920, because the river silted up, and the fleet moved to Port Alder.");

        var trace = _extractor.Trace("Why did the harbour close?", passages);

        Assert.Contains(trace.Candidates, c => c.Candidate.Text == "because the river silted up" && c.Candidate.Kind == CandidateKind.Clause);
    }

    [Fact]
    public void A_field_key_is_no_name_candidate()
    {
        // Given a profile line whose key is a capitalised word
        var passages = Fixtures.Retrieved("Ada Quell\nTitle: Assistant Professor at the University of Port Alder\nOffice: Gull Hall 204");

        // When asked where she works
        var trace = _extractor.Trace("At what university does Ada Quell work?", passages);

        // Then the key "Title" is not proposed as a name, and the university is
        Assert.DoesNotContain(trace.Candidates, c => c.Candidate.Text == "Title" && c.Candidate.Kind == CandidateKind.Name);
        Assert.Contains(trace.Candidates, c => c.Candidate.Text == "University of Port Alder");
    }

    [Fact]
    public void A_month_inside_a_date_is_no_name_of_its_own()
    {
        // Given a sentence with a date whose month is a capitalised word
        var passages = Fixtures.Retrieved("Talks at the Harbor Council ended with the signing of the Gull Treaty on 30 March 1856.");

        // When asked what it was signed on (a where question would not take a date: A_where_question_is_not_answered_with_a_time)
        var trace = _extractor.Trace("What was the Gull Treaty signed on?", passages);

        // Then the date is a candidate whole, and its month is not a name candidate too
        Assert.Contains(trace.Candidates, c => c.Candidate.Text == "30 March 1856" && c.Candidate.Kind == CandidateKind.Typed);
        Assert.DoesNotContain(trace.Candidates, c => c.Candidate.Text == "March" && c.Candidate.Kind == CandidateKind.Name);
    }

    [Theory]
    [InlineData("Far East", AnswerType.Place)]
    [InlineData("Porcelain Tower", AnswerType.Place)]
    [InlineData("Labour Party", AnswerType.Organization)]
    [InlineData("Harvest Festival", AnswerType.Entity)]
    [InlineData("Mara Quell", AnswerType.Person)]
    public void A_name_holding_a_word_of_places_organisations_or_things_is_not_typed_a_person(string name, AnswerType expected)
    {
        // Given two capitalised words in a sentence (a place, a party, an event, a person's name)
        var passages = Fixtures.Retrieved($"In 1820 the settlers heard of {name} for the first time.");

        // When the sentence is read for a question
        var trace = _extractor.Trace("Who did the settlers hear of in 1820?", passages);

        // Then the name's type comes from its words, not from being two capitalised words
        Assert.Equal(expected, trace.Candidates.First(c => c.Candidate.Text == name).Candidate.Type);
    }

    [Fact]
    public void Returns_the_field_value_the_question_asks_for()
    {
        var passages = Fixtures.Retrieved("Name: Ada Quell\nTitle: Consulting Professor\nEmail: aquell@cs.gull.edu\nOffice: QRH 5711");

        var answer = _extractor.Extract("What is Ada Quell's email?", passages);

        Assert.Equal("aquell@cs.gull.edu", answer.Text);
        Assert.Equal(new AnswerSource("/corpus/doc0.txt", "doc0", 51, 69), answer.Source);
    }

    [Fact]
    public void A_field_named_in_a_where_question_gives_no_time_for_its_place()
    {
        var passages = Fixtures.Retrieved("Honors Initiation Ceremony\nCeremony: 2–3 p.m.\nMcConomy Auditorium, University Center\nReception: 3–4 p.m.\nConnan Room");

        var trace = _extractor.Trace("Where is the Honors Initiation Ceremony located?", passages);
        var fields = trace.Candidates.Where(c => c.Candidate.Kind == CandidateKind.Field).Select(c => c.Candidate.Text);

        Assert.DoesNotContain("2–3 p.m.", fields);
        Assert.Contains("2–3 p.m.", _extractor.Trace("When is the Honors Initiation Ceremony?", passages).Candidates
            .Where(c => c.Candidate.Kind == CandidateKind.Field).Select(c => c.Candidate.Text));
    }

    [Fact]
    public void One_person_asked_of_an_author_list_is_the_author_the_page_is_about()
    {
        const string text = "title: Stress Testing Social Reasoning\nauthors: Natalie Shapira, Mosh Levy, Maarten Sap, Vered Shwartz\nyear: 2023";
        var passages = new List<RetrievedPassage>
        {
            new(new Passage("p#0", "p", "/corpus/p.txt", "Maarten Sap | Publication | Stress Testing Social Reasoning", text, 0, text.Length, 0), 10, 0),
        };

        var one = _extractor.Extract("Who is the faculty member who is an author on the paper Stress Testing Social Reasoning?", passages);
        var all = _extractor.Extract("Who were the authors of the paper Stress Testing Social Reasoning?", passages);

        Assert.Equal("Maarten Sap", one.Text);
        Assert.Equal("Natalie Shapira, Mosh Levy, Maarten Sap, Vered Shwartz", all.Text);
    }

    [Fact]
    public void The_author_the_page_is_about_outranks_a_run_of_the_list_names()
    {
        const string text = "publication venue: arXiv.org\ntitle: MOSAIC: Learning Shape Representations\n" +
                            "authors: Iris Tan, Jonah M Frost, Ho-Lin Wu, Yara Bell, J. Sand\nyear: 2023\n" +
                            "tldr: This work pioneers the application of sensory grounding in robotics for autonomous systems.";
        var passages = new List<RetrievedPassage>
        {
            new(new Passage("p#0", "p", "/corpus/p.txt", "Yara Bell | Publication | MOSAIC: Learning Shape Representations", text, 0, text.Length, 0), 10, 0),
        };

        var answer = _extractor.Extract("Which GCU faculty member is an author on the paper entitled \"MOSAIC: Learning Shape Representations\"?", passages);

        Assert.Equal("Yara Bell", answer.Text);
    }

    [Fact]
    public void A_contact_block_names_the_person_under_the_title_asked_for()
    {
        var passages = Fixtures.Retrieved(
            "The people responsible for administering the degree are:\n\nJennifer M Lucas\nAcademic Program Manager\n" +
            "Master of Data Science\nGates Center 6415\nPhone: (412) 268-9870\n\nCarolyn Rose, Director\nMaster of Data Science");

        Assert.Equal("Jennifer M Lucas", _extractor.Extract("Who's the Academic Program Manager of the Master of Data Science?", passages).Text);
        Assert.Equal("Carolyn Rose", _extractor.Extract("Who is the director of the Master of Data Science?", passages).Text);
    }

    [Fact]
    public void A_room_written_as_a_code_answers_which_room()
    {
        var passages = Fixtures.Retrieved("2.3 Mailboxes and Office Supplies\nTypically, Ph.D. students share offices. Mailboxes and office supplies are in QRH 5404.");

        var answer = _extractor.Extract("Which room can Ph.D. students find mailboxes and office supplies in?", passages);

        Assert.Equal("QRH 5404", answer.Text);
    }

    [Fact]
    public void The_clause_around_a_span_that_holds_the_asked_terms_raises_its_segment_overlap()
    {
        var passages = Fixtures.Retrieved(
            "The spring show opens on April 12. Tickets for the show cost $5 for students and staff; $10 for alumni and guests.",
            "The fall show opens in October and its tickets cost less.");

        var trace = _extractor.Trace("How much does the spring show cost for alumni and guests?", passages);

        Assert.True(Feature(trace, "$10", "segment_overlap") > Feature(trace, "$5", "segment_overlap"));
    }

    [Fact]
    public void A_name_set_off_by_commas_is_read_with_the_clauses_beside_it()
    {
        var passages = Fixtures.Retrieved("The festival's producer, Sal Richetti, expanded it to four days.");

        var trace = _extractor.Trace("Who expanded the festival to four days?", passages);

        Assert.True(Feature(trace, "Sal Richetti", "segment_overlap") > 0.5);
    }

    [Fact]
    public void A_year_opening_a_sentence_is_read_with_the_clause_after_it()
    {
        var passages = Fixtures.Retrieved("In 1970, the year they moved into Gull Stadium, the Rovers changed their colours.");

        var trace = _extractor.Trace("When did the Rovers move into Gull Stadium?", passages);

        Assert.True(Feature(trace, "1970", "segment_overlap") > 0);
    }

    /// <summary>The named feature of the first candidate with the given text.</summary>
    private static double Feature(ExtractionTrace trace, string candidate, string feature) =>
        trace.Candidates.First(c => c.Candidate.Text == candidate).Features[Array.IndexOf(CandidateFeatures.Names, feature)];

    [Fact]
    public void A_field_is_read_from_the_record_that_holds_the_quoted_title()
    {
        // Given two course records in one passage that share words, only the second named as the question quotes it
        var passages = Fixtures.Retrieved(
            "Course Name: First Year Seminar: Tides and Tide Tables\nSemester: Fall 2023\nInstructors: Ada Brand\n\n\n" +
            "Course Name: Tide Tables Seminar\nSemester: Fall 2023\nInstructors: Mara Quell, Ivo Brand");

        // When asked who taught the quoted course
        var trace = _extractor.Trace("Who taught the \"Tide Tables Seminar\" in fall 2023?", passages);

        // Then the instructors of the quoted course's record are marked as read from it, and they answer; the other
        // record's are no candidate, as the question writes the quoted course's name whole
        Assert.Equal(1, Feature(trace, "Mara Quell, Ivo Brand", "record_phrase"));
        Assert.DoesNotContain(trace.Candidates, c => c.Candidate.Text == "Ada Brand");
        Assert.Equal("Mara Quell, Ivo Brand", trace.Answer.Text);
    }

    [Fact]
    public void A_date_matches_a_month_or_year_question_only_when_it_names_a_month_or_a_year()
    {
        // Given a sentence with a month and a year
        var passages = Fixtures.Retrieved("The Harbor Fair was held in September until 2013, when it moved to August.");

        // When asked for the month, then for the year
        var month = _extractor.Trace("In which month was the Harbor Fair held?", passages);
        var year = _extractor.Trace("In what year did the Harbor Fair move?", passages);

        // Then only the month matches the month question, and only the year the year question
        Assert.Equal(1, Feature(month, "September", "type_match"));
        Assert.Equal(0, Feature(month, "2013", "type_match"));
        Assert.Equal(1, Feature(year, "2013", "type_match"));
        Assert.Equal(0, Feature(year, "September", "type_match"));
    }

    [Fact]
    public void The_quoted_title_itself_is_no_candidate()
    {
        // Given a record whose name field is the title the question quotes
        var passages = Fixtures.Retrieved("Course Name: Tide Tables Seminar\nSemester: Fall 2023\nInstructors: Mara Quell");

        // When asked who taught it
        var candidates = _extractor.Trace("Who taught \"Tide Tables Seminar\"?", passages).Candidates.Select(c => c.Candidate.Text).ToList();

        // Then the title is not offered as an answer, though other field values are
        Assert.DoesNotContain("Tide Tables Seminar", candidates);
        Assert.Contains("Mara Quell", candidates);
    }

    [Fact]
    public void A_possessive_owner_is_answered_from_the_record_that_is_about_them()
    {
        var passages = Fixtures.Retrieved(
            "publication venue: Sensors\ntitle: Automatic Detection of Dyspnea in Robot Interaction\nauthors: Eli Alva, Tomas M. Wren, N. B. Yarrow\nyear: 2023",
            "Name: Tomas Wren\nTitle: Professor\nEmail twren@cs.gull.edu\nOffice: B24 Wren Hall");

        var answer = _extractor.Extract("What is Tomas Wren's professional title?", passages);

        Assert.Equal("Professor", answer.Text);
        Assert.Equal("Automatic Detection of Dyspnea in Robot Interaction", _extractor.Extract("What is the title of the paper on dyspnea?", passages).Text);
    }

    [Fact]
    public void The_owner_named_after_of_is_answered_from_their_record_over_numbers_beside_their_name()
    {
        var passages = Fixtures.Retrieved(
            "Author: Ada Lind, id:143900005, All: 181\nAuthor: Lu Jian, id:39978626, All: 75",
            "authorName: Ada Lind\nauthorId: 143900005\nauthorPaperCount: 181\nauthorCitationCount: 9898");

        var answer = _extractor.Extract("What is the author citation count of Ada Lind?", passages);

        Assert.Equal("9898", answer.Text);
    }

    [Fact]
    public void Returns_the_first_or_last_item_of_a_list_field()
    {
        var passages = Fixtures.Retrieved("title: WebArena\nauthors: Shuyan Zhou, Frank F. Xu, Graham Neubig\nyear: 2023");

        Assert.Equal("Shuyan Zhou", _extractor.Extract("Who is the first author of the paper WebArena?", passages).Text);
        Assert.Equal("Graham Neubig", _extractor.Extract("Who was the last author of the paper called WebArena?", passages).Text);
    }

    [Fact]
    public void Reading_fewer_passages_than_retrieved_keeps_the_one_that_says_all_of_what_is_asked()
    {
        // Given three retrieved passages, the one that holds every key term of the question ranked last
        var passages = Fixtures.Retrieved(
            "The Port Alder ferry has sailed from the harbor to Gull Point since 1990.",
            "Port Alder harbor was dredged in 1901.",
            "The Port Alder lighthouse was automated in 1962.");

        // When only one of them is read, and when only the best one by retrieval would be
        var read = _extractor.Extract("When was the Port Alder lighthouse automated?", passages, read: 1);
        var first = _extractor.Extract("When was the Port Alder lighthouse automated?", passages.Take(1).ToList());

        // Then the passage read is the one that says it, renumbered first
        Assert.Equal("1962", read.Text);
        Assert.Equal("doc2#0", read.Passage!.Id);
        Assert.Equal(1.0, read.Candidates[0].Features["retrieval_rank"]);
        Assert.NotEqual("1962", first.Text);
    }

    [Fact]
    public void Reading_a_count_of_passages_that_is_not_positive_is_refused()
    {
        var passages = Fixtures.Retrieved("The Port Alder lighthouse was automated in 1962.");

        Assert.Throws<ArgumentOutOfRangeException>(() => _extractor.Extract("When was the lighthouse automated?", passages, read: 0));
    }

    [Fact]
    public void A_placeholder_at_the_end_of_a_list_field_is_no_part_of_the_answer()
    {
        // Given course records whose instructor lists hold a placeholder, one of them nothing else
        var passages = Fixtures.Retrieved(
            "Course Name: Harbor Navigation\nInstructors: Instructor TBA, Mara Quell\nRooms: HH 204",
            "Course Name: Knot Tying\nInstructors: Instructor TBA\nRooms: HH 101");

        // When asked who teaches each
        var navigation = _extractor.Extract("Who is the instructor of Harbor Navigation?", passages);
        var knots = _extractor.Extract("Who is the instructor of Knot Tying?", passages);

        // Then the named instructor answers, and a list of only a placeholder is still what the record says
        Assert.Equal("Mara Quell", navigation.Text);
        Assert.Equal("Instructor TBA", knots.Text);
    }

    [Fact]
    public void A_placeholder_is_dropped_only_at_the_ends_of_a_list()
    {
        const string text = "Instructors: TBD, Ana Ruiz, Instructor TBA, Ben Ode, Room TBA";

        var value = CandidateGenerator.WithoutPlaceholders(text, new TextSpan(13, text.Length));

        Assert.Equal("Ana Ruiz, Instructor TBA, Ben Ode", value.Of(text));
    }

    [Fact]
    public void The_record_whose_title_the_question_writes_answers_for_its_fields()
    {
        // Given the record of another paper on charts, retrieved first, and the record of the paper the question names
        var passages = Fixtures.Retrieved(
            "title: Harbour Charts of the North Sea Published Again\nvenue: Tidewise Letters\nyear: 2022",
            "title: Harbour Charts of the North\nvenue: Gull Review\nyear: 2021");

        // When the question asks for the venue of the paper it names
        var answer = _extractor.Extract("At what venue was the paper called Harbour Charts of the North published?", passages);

        // Then the named paper's venue answers
        Assert.Equal("Gull Review", answer.Text);
    }

    [Fact]
    public void A_long_event_name_is_proposed_whole()
    {
        // Given a sentence naming an event of ten words
        var passages = Fixtures.Retrieved("Meet the architect Ivo Brand at the Gullport School of Design Pavilion Dedication & Alumni Open House this spring.");

        // When the question asks at which event he can be met
        var answer = _extractor.Extract("At which event can you meet Ivo Brand?", passages);

        // Then the event's name is the answer, with its last words
        Assert.Equal("Gullport School of Design Pavilion Dedication & Alumni Open House", answer.Text);
    }

    [Fact]
    public void Picks_a_date_near_the_question_terms_in_prose()
    {
        var passages = Fixtures.Retrieved(
            "The Harbor Band plays at every home game. It was created in 1908 when a few students formed it.",
            "In 2024 the band traveled to Ireland.");

        var answer = _extractor.Extract("When was the Harbor Band created?", passages);

        Assert.Equal("1908", answer.Text);
        Assert.Equal("It was created in 1908 when a few students formed it.", answer.Evidence!.Sentence);
        Assert.Equal("1908", answer.Evidence.Span.Of(answer.Evidence.Sentence));
    }

    [Fact]
    public void A_span_that_only_repeats_the_question_is_not_an_answer_unless_it_is_a_field_value()
    {
        var prose = Fixtures.Retrieved("The Phi Beta Kappa Initiation Ceremony is held in McConomy Auditorium at 2 p.m.");
        var record = Fixtures.Retrieved("Course: 24-354 Mechatronics Applications in Mechanical Engineering\nDepartment: Mechanical Engineering");

        Assert.NotEqual("Phi Beta Kappa Initiation Ceremony", _extractor.Extract("Where is the Phi Beta Kappa Initiation Ceremony located?", prose).Text);
        Assert.Equal("Mechanical Engineering", _extractor.Extract("Which department offers the course 24-354 Mechatronics Applications in Mechanical Engineering?", record).Text);
    }

    [Fact]
    public void Answers_yes_no_questions_with_evidence()
    {
        var passages = Fixtures.Retrieved("AB Tech Alumni & Student Mixer\nRegistration required: Yes\nLocation: Tepper");

        var answer = _extractor.Extract("Is registration required for the AB Tech Alumni & Student Mixer?", passages);

        Assert.Equal("Yes", answer.Text);
        Assert.Equal("Registration required: Yes", answer.Evidence!.Sentence);
    }

    [Theory]
    [InlineData("Do students in the Harbor Band have to memorize music?", "No")]
    [InlineData("Do members of the Harbor Band need to audition?", "Yes")]
    [InlineData("Who teaches 11737 Tide Physics in Fall 2025?", "Rosa Lind")]
    public void A_question_and_answer_pair_that_asks_the_same_question_answers_it(string question, string expected)
    {
        // Given an FAQ page and a table of question-and-answer rows, among prose that shares the question's words
        var passages = Fixtures.Retrieved(
            "Harbor Band FAQ\nQ: Do I have to memorize music?\nA: No, the music changes for every show.\nQ: Are there auditions?\nA: Yes, in the first week.",
            "Question: Who are the instructors of the course 11737 Tide Physics?\nAnswer: Rosa Lind\n\nQuestion: Is the course 11737 Tide Physics offered in Fall 2025?\nAnswer: Yes",
            "Students of the Harbor Band memorize music for the parade, which Ada Brennan teaches in Fall 2025.");

        // When the question asks what a pair asks, in other words
        var answer = _extractor.Extract(question, passages);

        // Then the pair's answer is the answer, with the pair as evidence
        Assert.Equal(expected, answer.Text);
        Assert.StartsWith("Q", answer.Evidence!.Sentence);
        Assert.StartsWith(expected, answer.Evidence.Span.Of(answer.Evidence.Sentence), StringComparison.OrdinalIgnoreCase);
        Assert.InRange(answer.Score, 0.5, 1.0);
    }

    [Fact]
    public void A_pair_that_asks_for_another_kind_of_answer_or_about_something_else_is_not_taken()
    {
        var passages = Fixtures.Retrieved(
            "Question: Is the course 11737 Tide Physics offered in Fall 2025?\nAnswer: Yes\n\nQuestion: Who are the instructors of the course 11801 Harbor Law?\nAnswer: Ivo Kern",
            "The course 11737 Tide Physics is taught by Rosa Lind in Fall 2025.");

        var answer = _extractor.Extract("Who teaches 11737 Tide Physics in Fall 2025?", passages);

        Assert.StartsWith("Rosa Lind", answer.Text);
    }

    [Fact]
    public void A_choice_question_is_answered_by_the_option_the_best_sentence_states()
    {
        // Given passages that name both options, one in a sentence about something else, one in a sentence that
        // names only one of them
        var passages = Fixtures.Retrieved(
            "The Port Alder ferry is a public service. The harbor pilots' club is private.",
            "Private or public, every boat must carry a horn.");

        var answer = _extractor.Extract("Is the Port Alder ferry private or public?", passages);

        Assert.Equal("public", answer.Text);
        Assert.Contains("ferry is a public service", answer.Evidence!.Sentence);
    }

    [Fact]
    public void Returns_no_answer_when_no_passage_is_given()
    {
        var answer = _extractor.Extract("Who built the lighthouse?", []);

        Assert.Null(answer.Text);
        Assert.False(answer.HasAnswer);
        Assert.Null(answer.Source);
    }

    [Fact]
    public void Returns_no_answer_below_the_confidence_threshold_but_keeps_the_guess_as_evidence()
    {
        var passages = Fixtures.Retrieved("Herring boats land their catch every morning.");

        var answer = _extractor.Extract("Who built the lighthouse?", passages, minConfidence: 0.99);

        Assert.Null(answer.Text);
        Assert.InRange(answer.Score, 0, 0.99);
    }

    [Fact]
    public void Confidence_is_a_probability()
    {
        var passages = Fixtures.Retrieved("The Kestrel was launched in 1894.");

        var answer = _extractor.Extract("When was the Kestrel launched?", passages);

        Assert.InRange(answer.Score, 0, 1);
        Assert.NotEmpty(answer.Candidates);
        Assert.All(answer.Candidates, c => Assert.Equal(CandidateFeaturesNames, c.Features.Keys.ToArray()));
    }

    private static readonly string[] CandidateFeaturesNames = CandidateFeatures.Names;

    /// <summary>The texts of the noun-phrase candidates a trace weighed.</summary>
    private static List<string> Phrases(ExtractionTrace trace) =>
        trace.Candidates.Where(c => c.Candidate.Kind == CandidateKind.Phrase).Select(c => c.Candidate.Text).ToList();
}
