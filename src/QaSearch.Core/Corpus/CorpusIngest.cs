using System.Diagnostics;
using QaSearch.Core.Retrieval;

namespace QaSearch.Core.Corpus;

/// <summary>
/// The indexing stage: files → documents → passages → index. Files are read and split in parallel and written in
/// path order; a file that cannot be read is reported and skipped, and everything else is still indexed and committed.
/// </summary>
public sealed class CorpusIngest(CorpusReader reader, PassageSplitter splitter)
{
    /// <summary>Indexes the files and folders named by <paramref name="paths"/> into <paramref name="index"/> and commits.</summary>
    /// <param name="onFile">Called after each file, in order, for progress and messages.</param>
    /// <param name="excludeFolders">Folders never read as corpus: pass the index folder, in case it lies inside the corpus.</param>
    public IngestReport Run(IEnumerable<string> paths, IPassageIndex index, Action<FileReadResult>? onFile = null, IEnumerable<string>? excludeFolders = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(index);
        var clock = Stopwatch.StartNew();
        var missing = new List<string>();
        var files = CorpusPaths.Expand(paths, missing, excludeFolders);
        var skipped = missing.Select(m => (m, "no such file or folder, and no file matches it as a glob")).ToList();
        var warnings = new List<(string, string)>();
        var (filesRead, documents, passages) = (0, 0, 0);

        // 1. Read and split in parallel, in order; 2. write each file's passages, replacing what it had before.
        var prepared = files.AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, Environment.ProcessorCount))
            .Select(file => { var result = reader.Read(file); return (Result: result, Passages: result.Documents.SelectMany(splitter.Split).ToList()); });
        foreach (var (result, filePassages) in prepared)
        {
            warnings.AddRange(result.Warnings.Select(w => (result.File.FullPath, w)));
            if (result.Skipped)
            {
                skipped.Add((result.File.FullPath, result.SkipReason!));
            }
            else
            {
                index.ReplaceFile(result.File.FullPath, filePassages);
                filesRead++;
                documents += result.Documents.Count;
                passages += filePassages.Count;
            }
            onFile?.Invoke(result);
        }
        index.Commit();
        return new IngestReport(filesRead, documents, passages, skipped, warnings, clock.Elapsed);
    }
}
