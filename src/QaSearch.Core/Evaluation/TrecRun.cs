using System.Globalization;

namespace QaSearch.Core.Evaluation;

/// <summary>One line of a TREC run: <c>qid Q0 docid rank score tag</c>.</summary>
public sealed record RunEntry(string QueryId, string DocId, int Rank, double Score);

/// <summary>Reads and writes TREC run files.</summary>
public static class TrecRun
{
    /// <summary>Writes entries as <c>qid Q0 docid rank score tag</c>, one a line, ranks from 1.</summary>
    public static void Write(TextWriter writer, IEnumerable<RunEntry> entries, string tag = "QaSearch")
    {
        foreach (var e in entries)
            writer.WriteLine($"{e.QueryId} Q0 {e.DocId} {e.Rank} {e.Score.ToString("0.000000", CultureInfo.InvariantCulture)} {tag}");
    }

    /// <summary>Reads a run file, grouped by query id.</summary>
    /// <exception cref="InvalidDataException">A line does not have six fields; the message names the line.</exception>
    public static Dictionary<string, List<RunEntry>> Read(string path)
    {
        var run = new Dictionary<string, List<RunEntry>>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            var f = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (f.Length == 0) continue;
            if (f.Length < 6 || !int.TryParse(f[3], out var rank) || !double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
                throw new InvalidDataException($"{path}:{number}: expected 'qid Q0 docid rank score tag'");
            if (!run.TryGetValue(f[0], out var list)) run[f[0]] = list = [];
            list.Add(new RunEntry(f[0], f[2], rank, score));
        }
        return run;
    }
}
