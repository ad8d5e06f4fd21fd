using System.Text;
using QaSearch.Core.Corpus;
using QaSearch.Testing;

namespace QaSearch.Core.Tests.Corpus;

public sealed class FormatReaderTests
{
    private static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    [Fact]
    public void Plain_text_keeps_the_text_and_takes_the_file_name_as_title()
    {
        var docs = new PlainTextReader().Read(Fixtures.File("notes/kestrel.txt"), Utf8("The Kestrel was launched in 1894."), []);

        var doc = Assert.Single(docs);
        Assert.Equal("notes/kestrel.txt", doc.DocId);
        Assert.Equal("kestrel", doc.Title);
        Assert.Equal("The Kestrel was launched in 1894.", doc.Text);
    }

    [Fact]
    public void A_question_file_indexes_its_context_and_keeps_its_question()
    {
        var text = "Question: Who built it?\n\nContext: Margaret Quill built the tower.\nIt opened in 1872.\n\nAnswer:\n";

        var doc = Assert.Single(new PlainTextReader().Read(Fixtures.File("q.txt"), Utf8(text), []));

        Assert.Equal("Who built it?", doc.Question);
        Assert.Equal("Margaret Quill built the tower.\nIt opened in 1872.", doc.Text);
    }

    [Fact]
    public void Trec_text_gives_one_document_per_doc_with_its_docno_and_headline()
    {
        const string text = """
            <DOC>
            <DOCNO> AP-001 </DOCNO>
            <HEAD>Harbor  Tower Opens</HEAD>
            <TEXT>
            Margaret Quill built the tower &amp; the quay.
            It opened in 1872.
            </TEXT>
            </DOC>
            <DOC>
            <TEXT>No number here.</TEXT>
            </DOC>
            <DOC><DOCNO>AP-003</DOCNO>
            The last block is never closed.
            """;
        var warnings = new List<string>();

        var docs = new PlainTextReader().Read(Fixtures.File("ap.0"), Utf8(text), warnings);

        Assert.Equal(["AP-001", "AP-003"], docs.Select(d => d.DocId));
        Assert.Equal("Harbor Tower Opens", docs[0].Title);
        Assert.StartsWith("Harbor  Tower Opens", docs[0].Text);
        Assert.Contains("Margaret Quill built the tower & the quay.\nIt opened in 1872.", docs[0].Text);
        Assert.DoesNotContain("<", docs[0].Text + docs[1].Text);
        Assert.Equal("The last block is never closed.", docs[1].Text);
        Assert.Equal(["DOC 2 has no DOCNO; skipped", "DOC 3 is not closed by </DOC>; read to the end of the file"], warnings.Order());
    }

    [Fact]
    public void Markdown_is_rendered_to_plain_text_with_the_first_heading_as_title()
    {
        var doc = Assert.Single(new MarkdownReader().Read(Fixtures.File("a.md"), Utf8("# Harbor *Guide*\n\nThe **harbor master** is [Ada](http://x)."), []));

        Assert.Equal("Harbor Guide", doc.Title);
        Assert.Contains("The harbor master is Ada.", doc.Text);
        Assert.DoesNotContain("**", doc.Text);
        Assert.DoesNotContain("http://x", doc.Text);
    }

    [Fact]
    public void Html_keeps_visible_text_and_title_and_drops_scripts_and_styles()
    {
        const string html = "<html><head><title> Festival </title><style>p{color:red}</style></head><body><script>var secret=1;</script><h1>Lanterns</h1><p>Founded in <b>1958</b>.</p><ul><li>One</li><li>Two</li></ul></body></html>";

        var doc = Assert.Single(new HtmlReader().Read(Fixtures.File("f.html"), Utf8(html), []));

        Assert.Equal("Festival", doc.Title);
        // A block inside a block (the list after a paragraph) leaves an empty line: a paragraph break for the splitter.
        Assert.Equal("Lanterns\nFounded in 1958.\n\nOne\nTwo", doc.Text);
        Assert.DoesNotContain("secret", doc.Text);
        Assert.DoesNotContain("color", doc.Text);
    }

    [Fact]
    public void Pdf_text_is_read_page_by_page_with_a_form_feed_line_between_pages_even_an_empty_one()
    {
        var doc = Assert.Single(new PdfReader().Read(Fixtures.File("r.pdf"), Fixtures.Pdf("First page text.", "", "Third page text."), []));

        Assert.Equal("First page text.\n\f\n\n\f\nThird page text.", doc.Text);
    }

    [Fact]
    public void A_broken_pdf_is_refused_with_a_reason()
    {
        var error = Assert.Throws<CorpusFormatException>(() => new PdfReader().Read(Fixtures.File("bad.pdf"), Utf8("%PDF-1.4 not really"), []));

        Assert.StartsWith("not a readable PDF", error.Message);
    }

    [Fact]
    public void Json_lines_in_beir_form_become_one_document_per_line_with_its_id()
    {
        const string jsonl = "{\"_id\": \"d1\", \"title\": \"Bridge\", \"text\": \"94 meters long.\"}\nnot json\n{\"_id\": \"d2\", \"title\": \"Library\", \"text\": \"Opened in 1902.\"}\n";
        var warnings = new List<string>();

        var docs = new JsonLinesReader().Read(Fixtures.File("c.jsonl"), Utf8(jsonl), warnings);

        Assert.Equal(["d1", "d2"], docs.Select(d => d.DocId));
        Assert.Equal("Bridge", docs[0].Title);
        Assert.Equal("Opened in 1902.", docs[1].Text);
        Assert.StartsWith("line 2: not valid JSON", Assert.Single(warnings));
    }

    [Fact]
    public void Csv_rows_become_whole_record_passages_of_header_value_lines()
    {
        const string csv = "Name,Office,Note\nOtto Reyes,Hall 12,\"Says \"\"hi\"\", often\"\nMina Park,Quill 3,\n";

        var doc = Assert.Single(new DelimitedReader().Read(Fixtures.File("p.csv"), Utf8(csv), []));

        Assert.Equal(2, doc.Records!.Count);
        Assert.Equal("Name: Otto Reyes\nOffice: Hall 12\nNote: Says \"hi\", often", doc.Records[0].Of(doc.Text));
        Assert.Equal("Name: Mina Park\nOffice: Quill 3", doc.Records[1].Of(doc.Text));
    }

    [Fact]
    public void Tsv_is_split_on_tabs()
    {
        var doc = Assert.Single(new DelimitedReader().Read(Fixtures.File("p.tsv"), Utf8("Name\tRoom\nAda\tPier 4\n"), []));

        Assert.Equal("Name: Ada\nRoom: Pier 4", doc.Text);
    }

    [Theory]
    [InlineData("p.csv", "Name;Office\nOtto Reyes;Hall 12\n")]
    [InlineData("p.csv", "Name|Office\nOtto Reyes|Hall 12\n")]
    [InlineData("p.tsv", "Name\tOffice\nOtto Reyes\tHall 12\n")]
    public void The_delimiter_is_sniffed(string name, string text)
    {
        var doc = Assert.Single(new DelimitedReader().Read(Fixtures.File(name), Utf8(text), []));

        Assert.Equal("Name: Otto Reyes\nOffice: Hall 12", doc.Text);
    }

    [Fact]
    public void A_csv_without_a_header_row_names_its_columns_and_keeps_its_first_row()
    {
        var warnings = new List<string>();
        var doc = Assert.Single(new DelimitedReader().Read(Fixtures.File("p.csv"),
            Utf8("Otto Reyes,oreyes@example.edu,Harbor Hall 12\nMina Park,mpark@example.edu,Quill Building 3\n"), warnings));

        Assert.Equal(2, doc.Records!.Count);
        Assert.Equal("Column 1: Otto Reyes\nColumn 2: oreyes@example.edu\nColumn 3: Harbor Hall 12", doc.Records[0].Of(doc.Text));
        Assert.StartsWith("the first row looks like data", Assert.Single(warnings));
    }

    [Fact]
    public void An_unclosed_csv_quote_names_its_line()
    {
        var error = Assert.Throws<CorpusFormatException>(() => new DelimitedReader().Read(Fixtures.File("p.csv"), Utf8("a,b\n1,\"open\n2,3\n"), []));

        Assert.StartsWith("not valid delimited text: A quoted field", error.Message);
        Assert.Matches(@"\(row \d+\)$", error.Message);
    }

    [Fact]
    public void Json_objects_are_flattened_and_lists_of_objects_become_records()
    {
        const string json = "{\"name\": \"Ada\", \"papers\": [{\"title\": \"Tides\", \"year\": 2023, \"authors\": [{\"name\": \"Ada\"}, {\"name\": \"Bo\"}]}]}";

        var doc = Assert.Single(new JsonReader().Read(Fixtures.File("a.json"), Utf8(json), []));

        Assert.Equal(["name: Ada", "title: Tides\nyear: 2023\nauthors: Ada, Bo"], doc.Records!.Select(r => r.Of(doc.Text)));
    }

    [Fact]
    public void A_value_written_over_several_lines_stays_on_its_field_line_so_its_record_is_read_back_whole()
    {
        const string json = "[{\"title\": \"Tides\", \"abstract\": \"Background\\nTides rise.\\n\\n\\nMethod\\r\\nWe watched.\", \"year\": 2023}]";
        const string csv = "Name,Note\nAda,\"first line\n  second line\"\n";

        var fromJson = Assert.Single(new JsonReader().Read(Fixtures.File("a.json"), Utf8(json), []));
        var fromCsv = Assert.Single(new DelimitedReader().Read(Fixtures.File("n.csv"), Utf8(csv), []));

        Assert.Equal("title: Tides\nabstract: Background Tides rise. Method We watched.\nyear: 2023", Assert.Single(fromJson.Records!).Of(fromJson.Text));
        Assert.Equal("Name: Ada\nNote: first line second line", Assert.Single(fromCsv.Records!).Of(fromCsv.Text));
        var passage = new Passage("a#0", "a", "/a.json", "", fromJson.Text, 0, fromJson.Text.Length, 0);
        Assert.Equal(["title", "abstract", "year"], Assert.Single(QaSearch.Core.Records.DataRecord.Read(passage)).Fields.Select(f => f.Name));
    }

    [Fact]
    public void Json_nested_hundreds_of_levels_deep_is_read_with_its_innermost_value()
    {
        const int depth = 500;
        var json = string.Concat(Enumerable.Repeat("{\"level\": ", depth)) + "\"the bottom\"" + new string('}', depth);

        var doc = Assert.Single(new JsonReader().Read(Fixtures.File("deep.json"), Utf8(json), []));
        var line = Assert.Single(new JsonLinesReader().Read(Fixtures.File("deep.jsonl"), Utf8(json + "\n"), []));

        Assert.EndsWith("level: the bottom", doc.Text, StringComparison.Ordinal);
        Assert.Contains("the bottom", line.Text, StringComparison.Ordinal);
    }
}
