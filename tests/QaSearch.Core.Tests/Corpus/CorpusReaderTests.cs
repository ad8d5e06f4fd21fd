using System.Text;
using QaSearch.Core.Corpus;
using QaSearch.Testing;

namespace QaSearch.Core.Tests.Corpus;

public sealed class CorpusReaderTests
{
    [Fact]
    public void A_binary_file_is_skipped_with_a_reason()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("blob.dat", [0x41, 0x42, 0x00, 0x43]);

        var result = new CorpusReader().Read(new CorpusFile(path, "blob.dat"));

        Assert.Equal("binary file (NUL byte at offset 2); not indexed", result.SkipReason);
    }

    [Fact]
    public void Invalid_utf8_is_skipped_naming_the_bad_byte_and_offset()
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes("latin1.txt", [.. Encoding.ASCII.GetBytes("caf"), 0xE9, 0x20, 0x21]);

        var result = new CorpusReader().Read(new CorpusFile(path, "latin1.txt"));

        Assert.Equal("not valid UTF-8 (bad byte 0xE9 at offset 3); convert it to UTF-8 to index it", result.SkipReason);
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
}
