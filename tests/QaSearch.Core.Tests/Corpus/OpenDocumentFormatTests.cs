using System.IO.Compression;
using System.Text;
using QaSearch.Core.Corpus;
using QaSearch.Testing;

namespace QaSearch.Core.Tests.Corpus;

/// <summary>OpenDocument files and EPUB books, built here as the zips of XML they are.</summary>
public sealed class OpenDocumentFormatTests : IDisposable
{
    private const string Namespaces =
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" " +
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" " +
        "xmlns:presentation=\"urn:oasis:names:tc:opendocument:xmlns:presentation:1.0\" xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" " +
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private FileReadResult Read(string name) => new CorpusReader().Read(new CorpusFile(Path.Combine(_folder.Path, name), name));

    private void Zip(string name, params (string Entry, string Content)[] entries)
    {
        using var zip = ZipFile.Open(Path.Combine(_folder.Path, name), ZipArchiveMode.Create);
        foreach (var (entry, content) in entries)
        {
            using var writer = new StreamWriter(zip.CreateEntry(entry).Open(), new UTF8Encoding(false));
            writer.Write(content);
        }
    }

    private void OpenDocument(string name, string body, string manifest = "")
    {
        Zip(name,
            ("mimetype", "application/vnd.oasis.opendocument"),
            ("META-INF/manifest.xml", $"<manifest:manifest {Namespaces}><manifest:file-entry manifest:full-path=\"content.xml\">{manifest}</manifest:file-entry></manifest:manifest>"),
            ("meta.xml", $"<office:document-meta {Namespaces}><office:meta><dc:title>Harbor Guide</dc:title><meta:initial-creator>Ana Lopes</meta:initial-creator></office:meta></office:document-meta>"),
            ("content.xml", $"<office:document-content {Namespaces}><office:body>{body}</office:body></office:document-content>"));
    }

    [Fact]
    public void Given_an_odt_when_read_then_paragraphs_keep_their_spaces_a_table_row_is_a_line_and_meta_gives_title_and_author()
    {
        OpenDocument("guide.odt",
            "<office:text><text:h>Keepers</text:h><text:p>The keeper is<text:s/>Mira Solberg.</text:p>" +
            "<table:table><table:table-row><table:table-cell><text:p>Boat</text:p></table:table-cell><table:table-cell><text:p>Gull</text:p></table:table-cell></table:table-row></table:table></office:text>");

        var document = Assert.Single(Read("guide.odt").Documents);

        Assert.Equal("Harbor Guide", document.Title);
        Assert.Contains("The keeper is Mira Solberg.", document.Text);
        Assert.Contains("Boat | Gull\n", document.Text);
        Assert.Contains("Author: Ana Lopes", document.Text);
    }

    [Fact]
    public void Given_an_ods_with_a_header_and_a_million_repeated_empty_rows_when_read_then_each_row_is_a_record_and_nothing_blows_up()
    {
        OpenDocument("boats.ods",
            "<office:spreadsheet><table:table table:name=\"Boats\">" +
            "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Name</text:p></table:table-cell><table:table-cell office:value-type=\"string\"><text:p>Length</text:p></table:table-cell></table:table-row>" +
            "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Gull</text:p></table:table-cell><table:table-cell office:value-type=\"float\" office:value=\"12.5\"><text:p>12,5</text:p></table:table-cell></table:table-row>" +
            "<table:table-row table:number-rows-repeated=\"1048574\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>" +
            "</table:table></office:spreadsheet>");

        var document = Assert.Single(Read("boats.ods").Documents);

        Assert.Contains("Sheet: Boats, row 2\nName: Gull\nLength: 12.5", document.Text);
        Assert.Single(document.Records!);
    }

    [Fact]
    public void Given_an_odp_when_read_then_each_slide_has_its_name_text_and_notes()
    {
        OpenDocument("talk.odp",
            "<office:presentation><draw:page draw:name=\"Tides\"><draw:frame><draw:text-box><text:p>High tide is at noon.</text:p></draw:text-box></draw:frame>" +
            "<presentation:notes><draw:frame><draw:text-box><text:p>Mention the moon.</text:p></draw:text-box></draw:frame></presentation:notes></draw:page></office:presentation>");

        var document = Assert.Single(Read("talk.odp").Documents);

        Assert.StartsWith("Slide 1: Tides\nHigh tide is at noon.\nNotes: Mention the moon.", document.Text);
    }

    [Fact]
    public void Given_an_encrypted_odt_when_read_then_it_is_skipped_as_password_protected()
    {
        OpenDocument("secret.odt", "<office:text><text:p>unreadable</text:p></office:text>", "<manifest:encryption-data manifest:checksum-type=\"SHA1\"/>");

        Assert.StartsWith("password-protected", Read("secret.odt").SkipReason);
    }

    [Fact]
    public void Given_an_epub_when_read_then_chapters_come_in_spine_order_through_the_html_reader_with_title_and_author()
    {
        Zip("book.epub",
            ("mimetype", "application/epub+zip"),
            ("META-INF/container.xml", "<container xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\"><rootfiles><rootfile full-path=\"OEBPS/content.opf\"/></rootfiles></container>"),
            ("OEBPS/content.opf", "<package xmlns=\"http://www.idpf.org/2007/opf\"><metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Tales of the Quay</dc:title><dc:creator>Ida Berg</dc:creator></metadata>" +
                                  "<manifest><item id=\"a\" href=\"a.xhtml\" media-type=\"application/xhtml+xml\"/><item id=\"b\" href=\"b.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>" +
                                  "<spine><itemref idref=\"b\"/><itemref idref=\"a\"/></spine></package>"),
            ("OEBPS/a.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><script>var x;</script></head><body><h1>Two</h1><p>The ferry sank in 1911.</p></body></html>"),
            ("OEBPS/b.xhtml", "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><h1>One</h1><p>The quay was built in 1850.</p></body></html>"));

        var document = Assert.Single(Read("book.epub").Documents);

        Assert.Equal("Tales of the Quay", document.Title);
        Assert.True(document.Text.IndexOf("1850", StringComparison.Ordinal) < document.Text.IndexOf("1911", StringComparison.Ordinal));
        Assert.DoesNotContain("var x", document.Text);
        Assert.Contains("Author: Ida Berg", document.Text);
    }

    [Fact]
    public void Given_a_zip_that_is_not_an_epub_when_read_then_the_skip_reason_names_the_problem()
    {
        Zip("broken.epub", ("mimetype", "application/epub+zip"));

        Assert.Contains("container.xml", Read("broken.epub").SkipReason);
    }
}
