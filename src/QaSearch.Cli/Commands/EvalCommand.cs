using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using QaSearch.Core;
using QaSearch.Core.Corpus;
using QaSearch.Core.Evaluation;
using QaSearch.Core.Extraction;
using QaSearch.Core.Retrieval;
using QaSearch.Lucene;

namespace QaSearch.Cli.Commands;

/// <summary><c>qasearch eval QUESTIONS [--index DIR] [--reading]</c>: EM, F1, answer-in-top-k recall, answered share, per category, timing.</summary>
internal static class EvalCommand
{
    private static readonly int[] RecallAt = [1, 5, 10];

    public static Command Create()
    {
        var questionsArg = new Argument<string>("questions") { Description = "questions.txt (with reference_answers.txt beside it), a Category,Question,Answer CSV, or a [{context, question, answer}] JSON array" };
        var references = new Option<string?>("--references") { Description = "The references file for a questions.txt (default: reference_answers.txt beside it)" };
        var index = CliOptions.Index();
        var reading = new Option<bool>("--reading") { Description = "Read each question's given context instead of retrieving (SQuAD-style sets)" };
        var lines = new Option<string?>("--lines") { Description = "Only questions FROM-TO (1-based, inclusive), e.g. 1-60" };
        var output = new Option<string?>("--output", "-o") { Description = "Write one JSON line per question (answer, reference, F1, source) for error analysis" };
        var expectF1 = new Option<double?>("--expect-f1") { Description = "Exit 3 when F1 is more than 0.01 below this (a regression check)" };
        var minConfidence = CliOptions.MinConfidence();
        var weights = CliOptions.Weights();
        var passages = CliOptions.Passages();
        var retrieval = new RetrievalOptions();
        var command = new Command("eval", "Score answers against a question set's references (SQuAD normalisation, EM and token F1, best over ';' alternates).\n\nExample:\n  ./qasearch eval ../shared/data/lti-chaosarium/data/test/questions.txt --lines 1-60")
        {
            questionsArg, references, index, reading, lines, output, expectF1, minConfidence, weights, passages,
        };
        retrieval.AddTo(command);
        command.SetAction(result => CommandGuard.Run(() =>
        {
            var questions = LineRange.Select(QuestionSetReader.Read(result.GetValue(questionsArg)!, result.GetValue(references)), result.GetValue(lines));
            var extractor = new AnswerExtractor(CliOptions.Extractor(result, minConfidence, weights));
            var depth = Math.Max(result.GetValue(passages), RecallAt.Max());
            var read = result.GetValue(passages);
            using var retriever = result.GetValue(reading) ? null : new LuceneRetriever(result.GetValue(index)!, retrieval.Read(result));
            var splitter = new PassageSplitter();
            var clock = Stopwatch.StartNew();
            var outcomes = questions.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).Select(q =>
            {
                var retrieved = retriever is null ? GivenContext(q, splitter) : retriever.Retrieve(q.Question, depth);
                var trace = extractor.Trace(q.Question, retrieved.Take(read).ToList());
                var answer = trace.Answer;
                var firstHit = retrieved.ToList().FindIndex(r => AnswerScorer.Contains(r.Passage.Text, q.Reference));
                // The oracle: could a perfect scorer have picked a right candidate? Separates generation from scoring.
                var candidateHit = trace.Candidates.Any(c => AnswerScorer.F1(c.Candidate.Text, q.Reference) >= 0.5);
                return new Outcome(q, answer, AnswerScorer.ExactMatch(answer.Text, q.Reference), AnswerScorer.F1(answer.Text, q.Reference), firstHit, candidateHit);
            }).ToList();
            var seconds = clock.Elapsed.TotalSeconds;
            Print("all", outcomes, seconds);
            foreach (var group in outcomes.GroupBy(o => o.Question.Category).Where(g => g.Key.Length > 0).OrderBy(g => g.Key, StringComparer.Ordinal))
                Print(group.Key, group.ToList(), null);
            PrintCalibration(outcomes);
            if (result.GetValue(output) is { } outputPath)
                WriteDetails(outputPath, outcomes);
            var f1 = outcomes.Count == 0 ? 0 : outcomes.Average(o => o.F1);
            if (result.GetValue(expectF1) is { } expected && f1 < expected - 0.01)
            {
                Console.Error.WriteLine($"qasearch: F1 {f1:0.000} is below the pinned {expected:0.000} by more than 0.01");
                return 3;
            }
            return CommandGuard.Ok;
        }));
        return command;
    }

    private sealed record Outcome(EvalQuestion Question, Answer Answer, double Em, double F1, int FirstHit, bool CandidateHit);

    private static IReadOnlyList<RetrievedPassage> GivenContext(EvalQuestion question, PassageSplitter splitter) =>
        question.Context is null
            ? throw new InvalidDataException($"question {question.Id} has no context; --reading needs a set with a 'context' per question")
            : GivenPassages.From(question.Context, $"q{question.Id}", splitter);

    private static void Print(string name, List<Outcome> outcomes, double? seconds)
    {
        if (outcomes.Count == 0) return;
        var recall = string.Join("  ", RecallAt.Select(k => $"R@{k} {outcomes.Count(o => o.FirstHit >= 0 && o.FirstHit < k) / (double)outcomes.Count:0.000}"));
        var timing = seconds is { } s ? $"  {s / outcomes.Count * 1000:0.0} ms/question ({s:0.0} s)" : "";
        Console.WriteLine($"{name,-18} n={outcomes.Count,-4} EM {outcomes.Average(o => o.Em):0.000}  F1 {outcomes.Average(o => o.F1):0.000}  {recall}  answered {outcomes.Count(o => o.Answer.HasAnswer) / (double)outcomes.Count:0.000}  in-candidates {outcomes.Count(o => o.CandidateHit) / (double)outcomes.Count:0.000}{timing}");
    }

    /// <summary>How often answers are right (F1 ≥ 0.5) in each confidence bin: a confidence should mean what it says.</summary>
    private static void PrintCalibration(List<Outcome> outcomes)
    {
        var bins = new[] { 0.0, 0.2, 0.4, 0.6, 0.8 }.Select(low =>
        {
            var inBin = outcomes.Where(o => o.Answer.Score >= low && (o.Answer.Score < low + 0.2 || low == 0.8)).ToList();
            var right = inBin.Count == 0 ? "-" : (inBin.Count(o => o.F1 >= 0.5) / (double)inBin.Count).ToString("0.00");
            return $"{low:0.0}-{low + 0.2:0.0}: {inBin.Count} right {right}";
        });
        Console.WriteLine($"{"calibration",-18} " + string.Join("  |  ", bins));
    }

    private static void WriteDetails(string path, List<Outcome> outcomes)
    {
        using var writer = new StreamWriter(path);
        foreach (var o in outcomes)
        {
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                id = o.Question.Id, category = o.Question.Category, question = o.Question.Question, answer = o.Answer.Text,
                reference = o.Question.Reference, em = o.Em, f1 = Math.Round(o.F1, 4), score = Math.Round(o.Answer.Score, 4),
                first_hit = o.FirstHit, source = o.Answer.Source?.DocId ?? o.Answer.Passage?.DocId,
            }, CliJson.Options));
        }
    }
}
