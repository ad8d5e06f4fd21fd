using QaSearch.Core;
using QaSearch.Core.Corpus;
using QaSearch.Core.Evaluation;
using QaSearch.Core.Retrieval;

namespace QaSearch.Cli;

/// <summary>
/// Question files as an evaluation set: each file's question, its <c>Answer:</c> line as the reference, and its own
/// context to answer from (indexed in memory, as <c>answer --own-context</c> reads it). And the writer that makes such
/// files from a question set and an index, so that the question-file path is measured on sets with references.
/// </summary>
internal static class QuestionFileSet
{
    /// <summary>Whether <paramref name="path"/> names question files: a folder, or a file in the question-file layout.</summary>
    public static bool AreQuestionFiles(string path)
    {
        if (Directory.Exists(path)) return true;
        if (!File.Exists(path)) return false;
        try
        {
            return QuestionFile.TryParse(TextDecoding.Decode(File.ReadAllBytes(path)), out _);
        }
        catch (CorpusFormatException)
        {
            return false;
        }
    }

    /// <summary>The questions of the question files under <paramref name="path"/>, in path order, each with its context's documents.</summary>
    /// <exception cref="InvalidDataException">A file is not a question file, or its <c>Answer:</c> line is empty; the message names it.</exception>
    public static (List<EvalQuestion> Questions, Dictionary<string, IReadOnlyList<SourceDocument>>? Contexts) Read(string path)
    {
        var files = QuestionInputs.QuestionFiles([path]);
        var questions = new List<EvalQuestion>(files.Count);
        var contexts = new Dictionary<string, IReadOnlyList<SourceDocument>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var reference = file.File.Answer ?? throw new InvalidDataException(
                $"{file.Source.FullPath}: its 'Answer:' line is empty; to score question files, write the expected answer there");
            // The path below what was named: two folders may each hold a 001.txt.
            var id = file.Source.RelativePath;
            questions.Add(new EvalQuestion(id, file.File.Question, reference, "", null));
            contexts[id] = file.Documents;
        }
        return (questions, contexts);
    }

    /// <summary>
    /// Writes each of <paramref name="questions"/> into <paramref name="folder"/> as a question file: its top
    /// <paramref name="context"/> passages from <paramref name="retriever"/> as the context, the right ones mixed among
    /// the others in an order that depends only on the question's and passages' ids (so the rank shows through
    /// nowhere), and its reference as the answer. Files are named by the question's id, zero-padded to sort in order.
    /// A question with no reference is left out: a file with an empty <c>Answer:</c> line could not be scored.
    /// </summary>
    /// <returns>How many files were written.</returns>
    /// <exception cref="ArgumentException"><paramref name="folder"/> exists and is not empty.</exception>
    public static int Write(IReadOnlyList<EvalQuestion> questions, IRetriever retriever, int context, string folder)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(context);
        // Files of the user's are never overwritten or mixed with the new ones.
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new ArgumentException($"{folder} is not empty; name a new or empty folder to write the question files into");
        Directory.CreateDirectory(folder);
        var written = 0;
        foreach (var question in questions.Where(q => q.Reference.Trim().Length > 0))
        {
            var passages = Mixed(question, retriever.Retrieve(question.Question, context)).Select(p => p.Passage.Text);
            var name = int.TryParse(question.Id, out var number) ? number.ToString("D5") : string.Concat(question.Id.Select(c => char.IsLetterOrDigit(c) ? c : '_'));
            File.WriteAllText(Path.Combine(folder, name + ".txt"), QuestionFile.Compose(question.Question, passages, question.Reference));
            written++;
        }
        return written;
    }

    /// <summary>
    /// <paramref name="passages"/> in an order that depends only on the question's and passages' ids, so that the
    /// rank they were retrieved at shows through nowhere.
    /// </summary>
    public static IEnumerable<RetrievedPassage> Mixed(EvalQuestion question, IEnumerable<RetrievedPassage> passages) =>
        passages.OrderBy(p => StableHash(question.Id + "\n" + p.Passage.Id)).ThenBy(p => p.Passage.Id, StringComparer.Ordinal);

    /// <summary>FNV-1a over the text's characters: the same on every run and machine, unlike <see cref="string.GetHashCode()"/>.</summary>
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text) hash = (hash ^ c) * 16777619u;
        return hash;
    }
}
