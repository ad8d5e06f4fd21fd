using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using QaSearch.Core.Corpus;
using QaSearch.Testing;

namespace QaSearch.Core.Tests.Corpus;

public sealed class CorpusReaderTests
{
    [Fact]
    public void A_tar_gz_is_read_entry_by_entry_with_ids_under_the_archive_and_its_path()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "papers.tar.gz");
        WriteTarGz(path, [("CACM-0001.html", "<html><pre>Algol report</pre></html>"), ("notes/b.txt", "Kestrel notes."), (".hidden/c.txt", "never"), ("logo.png", "PNG"), ("empty.txt", "")]);

        var result = new CorpusReader().Read(new CorpusFile(path, "papers.tar.gz"));

        Assert.Null(result.SkipReason);
        Assert.Equal(["papers.tar.gz/CACM-0001.html", "papers.tar.gz/notes/b.txt"], result.Documents.Select(d => d.DocId));
        Assert.All(result.Documents, d => Assert.Equal(path, d.Path));
        Assert.Equal(("CACM-0001", "Algol report"), (result.Documents[0].Title, result.Documents[0].Text.Trim()));
        Assert.Equal(["empty.txt: empty file; not indexed", "logo.png: binary file type '.png'; not indexed"], result.Warnings.Order());
    }

    [Fact]
    public void An_archive_that_unpacks_to_more_than_four_times_the_file_limit_stops_there_with_a_warning()
    {
        // Given a tar.gz of five entries of 45 KB each, and a file limit of 50 KB (so 200 KB for a whole archive)
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "logs.tar.gz");
        WriteTarGz(path, Enumerable.Range(1, 5).Select(i => ($"log{i}.txt", string.Concat(Enumerable.Repeat($"Log {i}: the tide gauge read normal. ", 2000))[..(45 * 1024)])));

        // When it is read
        var result = new CorpusReader(new CorpusReaderOptions { MaxFileBytes = 50 * 1024 }).Read(new CorpusFile(path, "logs.tar.gz"));

        // Then the first four are indexed, and the fifth is named in a warning
        Assert.Null(result.SkipReason);
        Assert.Equal(["logs.tar.gz/log1.txt", "logs.tar.gz/log2.txt", "logs.tar.gz/log3.txt", "logs.tar.gz/log4.txt"], result.Documents.Select(d => d.DocId));
        Assert.Contains(result.Warnings, w => w.Contains("log5.txt and the entries after it are not indexed", StringComparison.Ordinal));
    }

    [Fact]
    public void A_zip_is_read_entry_by_entry()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "guide.zip");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        using (var writer = new StreamWriter(zip.CreateEntry("docs/guide.md").Open()))
            writer.Write("# Harbor Guide\n\nThe harbor master is Ada.");

        var doc = Assert.Single(new CorpusReader().Read(new CorpusFile(path, "guide.zip")).Documents);

        Assert.Equal(("guide.zip/docs/guide.md", "Harbor Guide"), (doc.DocId, doc.Title));
    }

    [Fact]
    public void A_damaged_archive_is_skipped_with_a_reason()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("broken.tar.gz", [0x1F, 0x8B, 0x08, 0x00, 0x42, 0x42, 0x42]);

        var result = new CorpusReader().Read(new CorpusFile(path, "broken.tar.gz"));

        Assert.StartsWith("not a readable archive (", result.SkipReason);
    }

    [Fact]
    public void A_binary_file_is_skipped_with_a_reason()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("blob.dat", [0x41, 0x42, 0x00, 0x43]);

        var result = new CorpusReader().Read(new CorpusFile(path, "blob.dat"));

        Assert.Equal("binary file (NUL byte at offset 2); not indexed", result.SkipReason);
    }

    [Fact]
    public void Text_that_is_not_utf8_is_decoded_with_a_warning_naming_the_encoding_and_the_bad_byte()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("cp1252.txt", [.. Encoding.ASCII.GetBytes("The caf"), 0xE9, .. Encoding.ASCII.GetBytes(" opened in 1902 "), 0x96, .. Encoding.ASCII.GetBytes(" and closed in 1950.")]);

        var result = new CorpusReader().Read(new CorpusFile(path, "cp1252.txt"));

        Assert.Null(result.SkipReason);
        Assert.Equal("The café opened in 1902 – and closed in 1950.", Assert.Single(result.Documents).Text);
        Assert.Matches(@"^not UTF-8 \(bad byte 0xE9 at offset 7\); decoded as (windows-125[0-9]|iso-8859-[0-9]+) \(", Assert.Single(result.Warnings));
    }

    [Fact]
    public void A_stray_nul_byte_in_a_text_file_is_dropped_with_a_warning()
    {
        using var folder = new TempFolder();
        var text = string.Concat(Enumerable.Repeat("The ferry sails at dawn from Pier 9. ", 100));
        var path = folder.WriteBytes("notes.txt", [.. Encoding.UTF8.GetBytes(text[..500]), 0, .. Encoding.UTF8.GetBytes(text[500..])]);

        var result = new CorpusReader().Read(new CorpusFile(path, "notes.txt"));

        Assert.Equal(text.TrimEnd(), Assert.Single(result.Documents).Text.TrimEnd());
        Assert.Equal("1 stray NUL byte dropped", Assert.Single(result.Warnings));
    }

    [Fact]
    public void An_empty_file_is_skipped()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.txt", "");

        Assert.Equal("empty file", new CorpusReader().Read(new CorpusFile(path, "empty.txt")).SkipReason);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_skipped_and_says_how_to_index_it()
    {
        using var folder = new TempFolder();
        var path = folder.Write("huge.txt", new string('x', 50 * 1024 * 1024));

        var result = new CorpusReader().Read(new CorpusFile(path, "huge.txt"));

        Assert.Equal("file is 50 MB, over the 32 MB limit; raise --max-file-mb to index it", result.SkipReason);
    }

    [Fact]
    public void Utf16_with_a_byte_order_mark_is_read()
    {
        Assert.Equal("héllo", TextDecoding.Decode([.. new byte[] { 0xFF, 0xFE }, .. Encoding.Unicode.GetBytes("héllo")]));
    }

    [Fact]
    public void Globs_and_folders_expand_to_files_with_paths_relative_to_their_root()
    {
        using var folder = new TempFolder();
        folder.Write("a/one.md", "x");
        folder.Write("a/b/two.md", "x");
        folder.Write("a/three.txt", "x");
        folder.Write("a/.hidden/four.md", "x");
        var missing = new List<string>();

        var globbed = CorpusPaths.Expand([Path.Combine(folder.Path, "a", "**", "*.md"), Path.Combine(folder.Path, "nothing-here")], missing);
        var walked = CorpusPaths.Expand([Path.Combine(folder.Path, "a")], []);

        Assert.Equal(["b/two.md", "one.md"], globbed.Select(f => f.RelativePath));
        Assert.Single(missing);
        Assert.Equal(["b/two.md", "one.md", "three.txt"], walked.Select(f => f.RelativePath));
    }

    [Fact]
    public void A_symbolic_link_loop_is_cut_once_and_each_file_is_listed_once_under_its_shortest_path()
    {
        using var folder = new TempFolder();
        folder.Write("loop/a/x.txt", "x");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "loop", "a", "back"), Path.Combine(folder.Path, "loop"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "loop", "also-a"), Path.Combine(folder.Path, "loop", "a"));
        var notes = new List<(string Path, string Note)>();

        var files = CorpusPaths.Expand([Path.Combine(folder.Path, "loop")], [], notes: notes);

        Assert.Equal(["a/x.txt"], files.Select(f => f.RelativePath));
        Assert.Equal(2, notes.Count);
        Assert.Contains(notes, n => n.Path.EndsWith("/back", StringComparison.Ordinal) && n.Note.StartsWith("symbolic link loop", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.Path.EndsWith("/also-a", StringComparison.Ordinal) && n.Note.Contains("read already by another path", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_whose_parser_gets_stuck_is_skipped_after_the_time_limit_and_the_next_is_read()
    {
        using var folder = new TempFolder();
        var stuck = folder.Write("odd.stuck", "anything");
        var fine = folder.Write("fine.txt", "The ferry sails at dawn.");
        var reader = new CorpusReader(new CorpusReaderOptions { MaxReadTime = TimeSpan.FromMilliseconds(200) }, [new StuckReader()]);

        var skipped = reader.Read(new CorpusFile(stuck, "odd.stuck"));
        var read = reader.Read(new CorpusFile(fine, "fine.txt"));

        Assert.Equal("took more than 0.2 s to read (a parser stuck on odd input?); not indexed", skipped.SkipReason);
        Assert.Equal("The ferry sails at dawn.", Assert.Single(read.Documents).Text);
    }

    /// <summary>A parser that never finishes on its input (it waits 30 s), as some do on pathological files.</summary>
    private sealed class StuckReader : IDocumentReader
    {
        public IReadOnlyCollection<string> Extensions { get; } = [".stuck"];

        public IReadOnlyList<SourceDocument> Read(CorpusFile file, byte[] content, IList<string> warnings)
        {
            Thread.Sleep(TimeSpan.FromSeconds(30));
            return [];
        }
    }

    /// <summary>Writes a .tar.gz holding each (name, text) as a file.</summary>
    private static void WriteTarGz(string path, IEnumerable<(string Name, string Text)> entries)
    {
        using var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        using var tar = new TarWriter(gz);
        foreach (var (name, text) in entries)
            tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(text)) });
    }
}
