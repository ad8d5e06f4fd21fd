using System.Text;
using QaSearch.Core.Corpus;
using QaSearch.Lucene;
using QaSearch.Testing;

namespace QaSearch.Lucene.Tests;

/// <summary>One bad file never stops a run nor loses what was indexed.</summary>
public sealed class BadInputTests
{
    [Fact]
    public void Bad_files_are_reported_by_path_and_reason_and_the_rest_is_indexed()
    {
        using var folder = new TempFolder();
        folder.Write("good.txt", "The Kestrel was launched in 1894.");
        folder.WriteBytes("binary.dat", [1, 2, 0, 3, 4]);
        folder.WriteBytes("latin1.txt", [.. Encoding.ASCII.GetBytes("caf"), 0xE9]);
        folder.Write("empty.txt", "");
        folder.Write("huge.log", string.Concat(Enumerable.Repeat("0123456789", 5 * 1024 * 1024)));
        folder.Write("broken.json", "{ \"a\": ");
        folder.Write("also-good.md", "# Bridge\n\nThe Quill Bridge opened in 1868.");
        var index = Path.Combine(folder.Path, "index");

        using var writer = new LuceneIndexer(index);
        var report = new CorpusIngest(new CorpusReader(), new PassageSplitter()).Run([folder.Path], writer, excludeFolders: [index]);

        Assert.Equal(3, report.FilesRead); // good.txt, also-good.md, and latin1.txt decoded with a warning
        var reasons = report.Skipped.ToDictionary(s => Path.GetFileName(s.Path), s => s.Reason);
        Assert.Equal("binary file (NUL byte at offset 2); not indexed", reasons["binary.dat"]);
        Assert.DoesNotContain("latin1.txt", reasons.Keys);
        Assert.Contains(report.Warnings, w => w.Path.EndsWith("latin1.txt", StringComparison.Ordinal) && w.Warning.Contains("decoded as"));
        Assert.Equal("empty file", reasons["empty.txt"]);
        Assert.Equal("file is 50 MB, over the 32 MB limit; raise --max-file-mb to index it", reasons["huge.log"]);
        Assert.StartsWith("not valid JSON", reasons["broken.json"]);
        writer.Dispose();
        using var retriever = new LuceneRetriever(index);
        Assert.Single(retriever.Retrieve("Kestrel", 5));
        Assert.Single(retriever.Retrieve("Quill Bridge", 5));
    }

    [Fact]
    public void A_file_that_turns_bad_keeps_its_earlier_passages()
    {
        using var folder = new TempFolder();
        var path = folder.Write("notes.txt", "The Kestrel was launched in 1894.");
        var index = Path.Combine(folder.Path, "index");
        var ingest = new CorpusIngest(new CorpusReader(), new PassageSplitter());
        using (var writer = new LuceneIndexer(index)) ingest.Run([path], writer);

        File.WriteAllBytes(path, [0xFF, 0x00, 0x01]);
        using (var writer = new LuceneIndexer(index))
            Assert.Single(ingest.Run([path], writer).Skipped);

        using var retriever = new LuceneRetriever(index);
        Assert.Single(retriever.Retrieve("Kestrel", 5));
    }
}
