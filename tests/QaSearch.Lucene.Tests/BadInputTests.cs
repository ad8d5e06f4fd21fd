using System.IO.Compression;
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
    public async Task A_file_that_needs_more_memory_than_the_limit_is_skipped_saying_so_and_the_rest_is_indexed()
    {
        // Given a Word file of half a megabyte whose text unpacks to 420 million characters, beside a good file
        using var folder = new TempFolder();
        folder.Write("corpus/good.txt", "The lighthouse keeper is Agnes Moller.");
        WriteWordBomb(Path.Combine(folder.Path, "corpus", "bomb.docx"), 60_000_000);
        var index = Path.Combine(folder.Path, "index");

        // When a run indexes them under a 300 MB heap limit
        var (code, output, _) = await CliProcess.FinishAsync(CliProcess.Start("index", Path.Combine(folder.Path, "corpus"), "--index", index, "--max-memory-mb", "300"));

        // Then the run succeeds, the bomb is skipped with the reason, and the good file is searchable
        Assert.Equal(0, code);
        Assert.Contains("bomb.docx: needed more memory to read than the limit allows (300 MB; raise --max-memory-mb to index it)", output);
        using var retriever = new LuceneRetriever(index);
        Assert.Single(retriever.Retrieve("lighthouse keeper", 5));
    }

    /// <summary>A minimal Word package whose one paragraph repeats a word <paramref name="words"/> times, streamed into the zip.</summary>
    private static void WriteWordBomb(string path, int words)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Write(string name, string text)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(text);
        }
        Write("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
        Write("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""");
        using var document = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
        document.Write("""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>""");
        var block = string.Concat(Enumerable.Repeat("harbor ", 100_000));
        for (var i = 0; i < words / 100_000; i++) document.Write(block);
        document.Write("</w:t></w:r></w:p></w:body></w:document>");
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
