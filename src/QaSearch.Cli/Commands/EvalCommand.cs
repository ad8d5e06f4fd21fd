using System.Collections.Concurrent;
using System.CommandLine;
using System.Text.Json;
using QaSearch;
using QaSearch.Core;
using QaSearch.Core.Answering;
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
        var questionsArg = new Argument<string>("questions")
        {
            Description = "questions.txt (with reference_answers.txt beside it), a Category,Question,Answer CSV, a [{context, question, answer}] JSON array, " +
                          "or a folder of question files whose 'Answer:' lines hold the references (each answered from its own context)",
        };
        var references = new Option<string?>("--references") { Description = "The references file for a questions.txt (default: reference_answers.txt beside it)" };
        var index = CliOptions.Index();
        var reading = new Option<bool>("--reading") { Description = "Read each question's given context instead of retrieving (SQuAD-style sets)" };
        var lines = new Option<string?>("--lines") { Description = "Only questions FROM-TO (1-based, inclusive), e.g. 1-60" };
        var output = new Option<string?>("--output", "-o") { Description = "Write one JSON line per question (answer, reference, F1, source) for error analysis" };
        var expectF1 = new Option<double?>("--expect-f1") { Description = "Exit 3 when F1 is more than 0.01 below this (a regression check)" };
        var wholeReferences = new Option<bool>("--whole-references")
            { Description = "Each reference is one answer: a ';' inside it is part of the answer (a list \"A; B\"), not a separator of alternates" };
        var asQuestionFiles = new Option<string?>("--as-question-files")
        {
            Description = "Write each question into this folder as a question file (its top --context passages from the index as its context, " +
                          "mixed in a fixed order, its reference as the answer), then score those files from their own context, as 'answer --own-context' reads them",
        };
        var context = new Option<int>("--context") { Description = "With --as-question-files: how many passages each file's context holds", DefaultValueFactory = _ => 8 };
        var extractorFlags = new ExtractorFlags();
        var passages = CliOptions.Passages();
        var retrieval = new RetrievalOptions();
        var command = new Command("eval", "Score answers against a question set's references (SQuAD normalisation, EM and token F1, best over ';' alternates).\n\nExample:\n  ./qasearch eval ../shared/data/lti-chaosarium/data/test/questions.txt --lines 1-60")
        {
            questionsArg, references, index, reading, lines, output, expectF1, wholeReferences, passages, asQuestionFiles, context,
        };
        retrieval.AddTo(command);
        extractorFlags.AddTo(command);
        command.SetAction(result => CommandGuard.Run(() =>
        {
            var path = result.GetValue(questionsArg)!;
            var options = CliOptions.Engine(result, retrieval, extractorFlags, passages);
            var filesFolder = result.GetValue(asQuestionFiles);
            if (filesFolder is not null)
            {
                // The set becomes question files, made from the index; what is scored is those files read alone.
                var set = LineRange.Select(QuestionSetReader.Read(path, result.GetValue(references)), result.GetValue(lines));
                using (var source = QaEngine.Open(result.GetValue(index)!, options))
                {
                    var written = QuestionFileSet.Write(set, source.Retriever, result.GetValue(context), filesFolder);
                    if (written < set.Count)
                        Console.Error.WriteLine($"note: {set.Count - written} of {set.Count} questions have no reference and were not written as question files");
                }
                path = filesFolder;
            }
            // Question files bring each question's own context; any other set is read by its format.
            var (questions, contexts) = QuestionFileSet.AreQuestionFiles(path)
                ? QuestionFileSet.Read(path)
                : (QuestionSetReader.Read(path, result.GetValue(references)).ToList(), null);
            // The lines were chosen when the files were written from the set.
            if (filesFolder is null) questions = LineRange.Select(questions, result.GetValue(lines));
            // The pipeline 'ask' runs: over the index, over each question file's own context (indexed in memory, as
            // 'answer --own-context' does), or (reading) over each question's given context.
            using var engine = contexts is not null || result.GetValue(reading) ? null : QaEngine.Open(result.GetValue(index)!, options);
            var extractor = new AnswerExtractor(options.Extractor);
            var splitter = new PassageSplitter();
            var ownEngines = new ConcurrentBag<QaEngine>();
            QaPipeline PipelineFor(EvalQuestion q)
            {
                if (engine is not null) return engine.Pipeline;
                if (contexts is null) return new QaPipeline(new FixedRetriever(GivenContext(q, splitter)), extractor, options.Passages);
                var own = QaEngine.OpenInMemory(contexts[q.Id], options);
                ownEngines.Add(own);
                return own.Pipeline;
            }
            var evaluator = new Evaluator(PipelineFor, depth: Math.Max(options.Passages, RecallAt.Max()), alternates: !result.GetValue(wholeReferences));
            EvalReport report;
            try
            {
                report = evaluator.Run(questions);
            }
            finally
            {
                foreach (var own in ownEngines) own.Dispose();
            }
            Print("all", report, report.Elapsed.TotalSeconds);
            foreach (var group in report.Outcomes.GroupBy(o => o.Question.Category).Where(g => g.Key.Length > 0).OrderBy(g => g.Key, StringComparer.Ordinal))
                Print(group.Key, report.Of(o => o.Question.Category == group.Key), null);
            PrintCalibration(report);
            if (result.GetValue(output) is { } outputPath)
                WriteDetails(outputPath, report.Outcomes);
            var f1 = report.F1;
            if (result.GetValue(expectF1) is { } expected && f1 < expected - 0.01)
            {
                Console.Error.WriteLine($"qasearch: F1 {f1:0.000} is below the pinned {expected:0.000} by more than 0.01");
                return 3;
            }
            return CommandGuard.Ok;
        }));
        return command;
    }

    private static IReadOnlyList<RetrievedPassage> GivenContext(EvalQuestion question, PassageSplitter splitter) =>
        question.Context is null
            ? throw new InvalidDataException($"question {question.Id} has no context; --reading needs a set with a 'context' per question")
            : GivenPassages.From(question.Context, $"q{question.Id}", splitter);

    private static void Print(string name, EvalReport report, double? seconds)
    {
        var count = report.Outcomes.Count;
        if (count == 0) return;
        var recall = string.Join("  ", RecallAt.Select(k => $"R@{k} {report.RecallAt(k):0.000}"));
        var timing = seconds is { } s ? $"  {s / count * 1000:0.0} ms/question ({s:0.0} s)" : "";
        Console.WriteLine($"{name,-18} n={count,-4} EM {report.Em:0.000}  F1 {report.F1:0.000}  {recall}  answered {report.Answered:0.000}  in-candidates {report.InCandidates:0.000}{timing}");
    }

    /// <summary>How often answers are right (F1 ≥ 0.5) in each confidence bin: a confidence should mean what it says.</summary>
    private static void PrintCalibration(EvalReport report)
    {
        var bins = report.Calibration().Select(b => $"{b.Low:0.0}-{b.Low + 0.2:0.0}: {b.Count} right {(b.Right is { } r ? r.ToString("0.00") : "-")}");
        Console.WriteLine($"{"calibration",-18} " + string.Join("  |  ", bins));
    }

    private static void WriteDetails(string path, IReadOnlyList<EvalOutcome> outcomes)
    {
        using var writer = new StreamWriter(path);
        foreach (var o in outcomes)
        {
            writer.WriteLine(JsonSerializer.Serialize(new
            {
                id = o.Question.Id, category = o.Question.Category, question = o.Question.Question, answer = o.Answer.Text,
                reference = o.Question.Reference, em = o.Em, f1 = Math.Round(o.F1, 4), score = Math.Round(o.Answer.Score, 4),
                first_hit = o.FirstHit, in_candidates = o.CandidateHit, source = o.Answer.Source?.DocId ?? o.Answer.Passage?.DocId,
            }, CliJson.Options));
        }
    }
}
