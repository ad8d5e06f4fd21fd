using System.CommandLine;
using QaSearch.Core;
using QaSearch.Core.Answering;
using QaSearch.Core.Corpus;
using QaSearch.Core.Evaluation;
using QaSearch.Core.Extraction;
using QaSearch.Core.Retrieval;
using QaSearch.Cli.Training;
using QaSearch.Lucene;

namespace QaSearch.Cli.Commands;

/// <summary>
/// <c>qasearch train</c>: learns the extractor's logistic weights (<c>weights.json</c>, the shipped scorer) from
/// ../shared/data, on four fifths of the training questions, calibrated on the fifth it never saw; with
/// <c>--ranker-output</c> also a tree ranker, measured beside it. With the defaults it reproduces the shipped
/// <c>src/QaSearch.Core/Extraction/weights.json</c>. Training data, none of it a test set: SQuAD rows 1–3330
/// read with their context (rows 3331–4330 are held out for eval), and the pgh-aksgupta train split (LLM-written
/// silver questions) answered by retrieval over its own corpus.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The shared evaluation data folder", DefaultValueFactory = _ => Path.Combine("..", "shared", "data") };
        var squadRows = new Option<string>("--squad-rows") { Description = "SQuAD rows to train on (the rest are held out)", DefaultValueFactory = _ => "1-3330" };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the logistic weights", DefaultValueFactory = _ => "weights.json" };
        var rankerOutput = new Option<string?>("--ranker-output") { Description = "Also learn the tree ranker (FastTree LambdaRank) and write it here; try it with --weights FILE" };
        var withNq = new Option<bool>("--with-nq") { Description = "Also train on nq-swap-train (3,000 Natural Questions with their own context)" };
        var asQuestionFiles = new Option<bool>("--as-question-files") { Description = "Also train on the SQuAD rows read as question files: each with the 8 training paragraphs BM25 ranks highest for it, answered from them alone" };
        var work = new Option<string>("--work") { Description = "Scratch folder for the silver set's index", DefaultValueFactory = _ => Path.Combine(".qasearch", "train") };
        var command = new Command("train", "Learn the answer scorer's weights from the shared data's training splits and write them (the shipped file is reproduced with the defaults); optionally a tree ranker beside them.\n\nExamples:\n  ./qasearch train --output src/QaSearch.Core/Extraction/weights.json\n  ./qasearch train --output /tmp/weights.json --ranker-output /tmp/ranker.json")
        {
            data, squadRows, output, rankerOutput, withNq, asQuestionFiles, work,
        };
        command.SetAction(result => CommandGuard.Run(() =>
        {
            var dataPath = result.GetValue(data)!;
            var extractor = new AnswerExtractor(new ExtractorOptions { Scorer = ScoringWeights.Prior });
            var splitter = new PassageSplitter();

            // 1. SQuAD reading: the given context is the only passage source.
            var squad = LineRange.Select(QuestionSetReader.Read(Path.Combine(dataPath, "squad-train-sample", "data", "squad", "dev.json")), result.GetValue(squadRows), "--squad-rows");
            var groups = Featurize(squad, q => new QaPipeline(new FixedRetriever(GivenPassages.From(q.Context!, $"q{q.Id}", splitter)), extractor));
            Console.WriteLine($"SQuAD rows {result.GetValue(squadRows)}: {squad.Count} questions");

            // 2. Silver retrieval questions over their own corpus.
            var silverIndex = Path.Combine(result.GetValue(work)!, "pgh-aksgupta");
            using (var writer = new LuceneIndexer(silverIndex, create: true))
                new CorpusIngest(new CorpusReader(), splitter).Run([Path.Combine(dataPath, "pgh-aksgupta", "text_files")], writer);
            var silver = QuestionSetReader.Read(Path.Combine(dataPath, "pgh-aksgupta", "data", "train", "questions.txt"));
            using (var retriever = new LuceneRetriever(silverIndex))
            {
                var pipeline = new QaPipeline(retriever, extractor);
                groups.AddRange(Featurize(silver, _ => pipeline));
            }
            Console.WriteLine($"pgh-aksgupta train (silver): {silver.Count} questions");

            // 3. Optionally, Natural Questions with their own context (a quarter are tables whose answer is a cell).
            // Off by default: it raised lti-chaosarium (0.598 -> 0.614) but lowered pgh-yousefbahr (0.351 -> 0.290).
            if (result.GetValue(withNq))
            {
                var nq = NaturalQuestionsSet.Read(Path.Combine(dataPath, "nq-swap-train", "train.json"));
                groups.AddRange(Featurize(nq, q => new QaPipeline(new FixedRetriever(GivenPassages.From(q.Context!, $"nq{q.Id}", splitter)), extractor)));
                Console.WriteLine($"nq-swap-train: {nq.Count} questions");
            }

            // 4. Optionally, the SQuAD rows again as question files: near-topic paragraphs run together, re-cut and
            // ranked over a dozen passages, as 'answer --own-context' reads a file.
            if (result.GetValue(asQuestionFiles))
            {
                var options = new QaEngineOptions { Extractor = new ExtractorOptions { Scorer = ScoringWeights.Prior } };
                using var paragraphs = QaEngine.OpenInMemory(squad.Select(q => q.Context!).Distinct(StringComparer.Ordinal)
                    .Select((c, i) => new SourceDocument($"p{i}", $"p{i}", "", c)), options);
                groups.AddRange(squad.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).Select(q =>
                {
                    var top = paragraphs.SearchAsync(q.Question, 8).GetAwaiter().GetResult();
                    var file = QuestionFile.FromPassages(q.Question, QuestionFileSet.Mixed(q, top).Select(p => p.Passage.Text));
                    using var engine = QaEngine.OpenInMemory([file.ToDocument($"q{q.Id}", $"q{q.Id}.txt", $"q{q.Id}")], options);
                    return Group(engine.Pipeline, q);
                }));
                Console.WriteLine($"SQuAD rows {result.GetValue(squadRows)} as question files: {squad.Count} questions");
            }

            // 5. Fit both scorers on four fifths of the questions; calibrate and compare them on the held-out fifth.
            var learn = groups.Where((_, i) => i % 5 != 4).ToList();
            var heldOut = groups.Where((_, i) => i % 5 == 4).ToList();
            var linear = ScorerTraining.Train(learn, ScoringWeights.Prior, calibration: heldOut);
            Console.WriteLine($"Top candidate right (F1 >= 0.5), {heldOut.Count} held-out questions: prior {ScorerTraining.TopAccuracy(heldOut, ScoringWeights.Prior):0.000}, " +
                              $"logistic {ScorerTraining.TopAccuracy(heldOut, linear):0.000}");
            PrintCalibration("logistic", heldOut, linear);
            File.WriteAllText(result.GetValue(output)!, linear.ToJson());
            Console.WriteLine($"Wrote {result.GetValue(output)}");
            if (result.GetValue(rankerOutput) is { } rankerPath)
            {
                var trees = RankerTraining.Train(learn, heldOut, ScoringWeights.Prior, linear);
                Console.WriteLine($"Top candidate right (F1 >= 0.5), {heldOut.Count} held-out questions: trees {ScorerTraining.TopAccuracy(heldOut, trees):0.000}");
                PrintCalibration("trees", heldOut, trees);
                File.WriteAllText(rankerPath, trees.ToJson());
                Console.WriteLine($"Wrote {rankerPath}");
            }
            return CommandGuard.Ok;
        }));
        return command;
    }

    /// <summary>Every candidate of each question with its features and F1, from the pipeline 'ask' runs (with the prior weights).</summary>
    private static List<TrainingGroup> Featurize(IReadOnlyList<EvalQuestion> questions, Func<EvalQuestion, QaPipeline> pipelineFor) =>
        questions.AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount).Select(q => Group(pipelineFor(q), q)).ToList();

    /// <summary>The candidates <paramref name="pipeline"/> weighs for <paramref name="question"/>, with their features and F1.</summary>
    private static TrainingGroup Group(QaPipeline pipeline, EvalQuestion question)
    {
        var candidates = pipeline.Explain(question.Question, 10).Extraction.Candidates;
        return new TrainingGroup(candidates.Select(c => c.Features).ToList(), candidates.Select(c => AnswerScorer.F1(c.Candidate.Text, question.Reference)).ToList(),
            candidates.Select(c => AnswerExtractor.KeyOf(c.Candidate.Text)).ToList());
    }

    /// <summary>Confidence bins of the top candidate against how often it is right: a confidence should mean what it says.</summary>
    private static void PrintCalibration(string name, List<TrainingGroup> groups, ICandidateScorer scorer)
    {
        var tops = groups.Where(g => g.Features.Count > 0).Select(g =>
        {
            var (score, lead, f1) = ScorerTraining.Top(g, scorer);
            return (Confidence: scorer.Confidence(score, lead), Right: f1 >= 0.5);
        }).ToList();
        Console.WriteLine($"Calibration, {name} (held out): confidence bin   questions   right");
        for (var bin = 0; bin < 5; bin++)
        {
            var (low, high) = (bin * 0.2, bin == 4 ? 1.01 : (bin + 1) * 0.2);
            var inBin = tops.Where(t => t.Confidence >= low && t.Confidence < high).ToList();
            Console.WriteLine($"                               {low:0.0}-{Math.Min(high, 1):0.0}      {inBin.Count,9}   {(inBin.Count == 0 ? "-" : (inBin.Count(t => t.Right) / (double)inBin.Count).ToString("0.000"))}");
        }
    }
}
