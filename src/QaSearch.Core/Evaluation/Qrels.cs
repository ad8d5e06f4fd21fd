namespace QaSearch.Core.Evaluation;

/// <summary>Relevance judgments: for each query, each judged document's relevance grade (0 = not relevant).</summary>
public static class Qrels
{
    /// <summary>Reads TREC qrels (<c>qid iter docid rel</c>) or BEIR TSV (<c>query-id corpus-id score</c>, with a header).</summary>
    /// <exception cref="InvalidDataException">A line has neither form; the message names the line.</exception>
    public static Dictionary<string, Dictionary<string, int>> Read(string path)
    {
        var qrels = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            var f = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (f.Length == 0 || (number == 1 && f[0] == "query-id")) continue;
            var (qid, docid, grade) = f.Length switch
            {
                4 => (f[0], f[2], f[3]),
                3 => (f[0], f[1], f[2]),
                _ => throw new InvalidDataException($"{path}:{number}: expected 'qid 0 docid rel' or 'query-id corpus-id score'"),
            };
            if (!int.TryParse(grade, out var rel))
                throw new InvalidDataException($"{path}:{number}: the relevance '{grade}' is not a whole number");
            if (!qrels.TryGetValue(qid, out var judged)) qrels[qid] = judged = new Dictionary<string, int>(StringComparer.Ordinal);
            judged[docid] = rel;
        }
        return qrels;
    }
}
