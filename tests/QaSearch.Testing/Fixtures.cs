using QaSearch.Core;
using QaSearch.Core.Corpus;
using QaSearch.Core.Retrieval;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace QaSearch.Testing;

/// <summary>Small documents and files built in code, shared by the test projects.</summary>
public static class Fixtures
{
    /// <summary>A corpus file for <paramref name="name"/> (the path need not exist for readers that take bytes).</summary>
    public static CorpusFile File(string name) => new($"/corpus/{name}", name);

    /// <summary>A PDF with one page per string, made with PdfPig's builder.</summary>
    public static byte[] Pdf(params string[] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var text in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText(text, 12, new PdfPoint(40, 700), font);
        }
        return builder.Build();
    }

    /// <summary>Retrieved passages made directly from texts, best first, for extractor tests without an index.</summary>
    public static List<RetrievedPassage> Retrieved(params string[] texts) =>
        texts.Select((text, i) => new RetrievedPassage(
            new Passage($"doc{i}#0", $"doc{i}", $"/corpus/doc{i}.txt", "", text, 0, text.Length, 0), 10.0 - i, i)).ToList();

    /// <summary>The repository root (the folder with QaSearch.sln), found upwards from the test binaries.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "QaSearch.sln"))) return dir.FullName;
        throw new InvalidOperationException("QaSearch.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The tiny corpus of the end-to-end tests: one file per format, each with a known fact.</summary>
    public static void WriteTinyCorpus(TempFolder folder)
    {
        folder.Write("notes/kestrel.txt", "The schooner Kestrel was launched in 1894.\nShe was restored by volunteers between 1988 and 1995.");
        folder.Write("guide.md", "# Harbor Guide\n\nThe harbor master is Ada Brennan. Her office is on Pier 4.\n");
        folder.Write("festival.html", "<html><head><title>Festival</title><script>var x = 'Zanzibar';</script></head><body><p>The lantern festival was founded in 1958.</p></body></html>");
        folder.Write("people.csv", "Name,Email,Office\nOtto Reyes,oreyes@example.edu,Harbor Hall 12\nMina Park,mpark@example.edu,Quill Building 3\n");
        folder.Write("records.jsonl", "{\"_id\": \"bridge\", \"title\": \"Quill Bridge\", \"text\": \"The Quill Bridge is 94 meters long.\"}\n");
        folder.WriteBytes("report.pdf", Pdf("The lighthouse lamp was electrified in 1923."));
    }
}
