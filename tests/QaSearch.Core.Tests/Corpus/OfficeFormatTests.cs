using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using MimeKit;
using QaSearch.Core.Corpus;
using QaSearch.Testing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace QaSearch.Core.Tests.Corpus;

/// <summary>Word, workbooks, e-mail and compressed files, each built here with the library that reads it.</summary>
public sealed class OfficeFormatTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private FileReadResult Read(string name) => new CorpusReader().Read(new CorpusFile(Path.Combine(_folder.Path, name), name));

    [Fact]
    public void A_word_file_gives_its_paragraphs_in_order_a_table_row_a_line_and_its_title()
    {
        var path = Path.Combine(_folder.Path, "report.docx");
        using (var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var body = new W.Body(
                new W.Paragraph(new W.Run(new W.Text("The lighthouse was built in 1871."))),
                new W.Table(
                    new W.TableRow(new W.TableCell(new W.Paragraph(new W.Run(new W.Text("Keeper")))), new W.TableCell(new W.Paragraph(new W.Run(new W.Text("Years"))))),
                    new W.TableRow(new W.TableCell(new W.Paragraph(new W.Run(new W.Text("Agnes Moller")))), new W.TableCell(new W.Paragraph(new W.Run(new W.Text("1871-1902")))))),
                new W.Paragraph(new W.Run(new W.Text("It was automated in 1962."))));
            document.AddMainDocumentPart().Document = new W.Document(body);
            document.PackageProperties.Title = "Lighthouse report";
            document.PackageProperties.Creator = "Harbor Office";
        }

        var result = Read("report.docx");

        var doc = Assert.Single(result.Documents);
        Assert.Equal("Lighthouse report", doc.Title);
        Assert.Equal("The lighthouse was built in 1871.\nKeeper | Years\nAgnes Moller | 1871-1902\n\nIt was automated in 1962.\nAuthor: Harbor Office", doc.Text);
    }

    [Fact]
    public void A_workbook_gives_a_record_per_row_named_by_the_header_row_with_dates_as_dates()
    {
        WriteWorkbook("ferries.xlsx", "Fleet",
            new Worksheet(new SheetData(
                new Row(Text("A1", "Ferry"), Text("B1", "Seats"), Text("C1", "Since")),
                new Row(Text("A2", "Osprey"), Number("B2", "120"), new Cell { CellReference = "C2", CellValue = new CellValue("36526"), StyleIndex = 1 }))),
            new Stylesheet(
                new Fonts(new Font()), new Fills(new Fill()), new Borders(new Border()),
                new CellFormats(new CellFormat(), new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true })));

        var result = Read("ferries.xlsx");

        Assert.Null(result.SkipReason);
        var doc = Assert.Single(result.Documents);
        Assert.Equal("Sheet: Fleet, row 2\nFerry: Osprey\nSeats: 120\nSince: 2000-01-01", doc.Text.Trim());
        Assert.Single(doc.Records!);

        static Cell Text(string at, string text) => new() { CellReference = at, DataType = CellValues.String, CellValue = new CellValue(text) };
        static Cell Number(string at, string value) => new() { CellReference = at, CellValue = new CellValue(value) };
    }

    /// <summary>Writes an .xlsx of one sheet, with a styles part when given one.</summary>
    private void WriteWorkbook(string name, string sheetName, Worksheet worksheet, Stylesheet? styles = null)
    {
        using var document = SpreadsheetDocument.Create(Path.Combine(_folder.Path, name), SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        if (styles is not null) workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = styles;
        var sheet = workbook.AddNewPart<WorksheetPart>();
        sheet.Worksheet = worksheet;
        workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = sheetName }));
    }

    [Fact]
    public void A_sheet_with_only_a_page_header_and_footer_is_read_from_them_without_excels_codes()
    {
        WriteWorkbook("memo.xlsx", "Plan", new Worksheet(new SheetData(),
            new HeaderFooter(new OddHeader("&L&\"Arial,Bold\"Harbor && Tides&C&12Budget 2024&RPage &P of &N"), new OddFooter("&CDraft"))));

        var doc = Assert.Single(Read("memo.xlsx").Documents);

        Assert.Equal("Sheet: Plan, page header and footer\nHeader or footer: Harbor & Tides Budget 2024 Page of\nHeader or footer: Draft", doc.Text.Trim());
    }

    [Fact]
    public void A_workbook_with_its_parts_at_the_root_of_the_zip_is_read_through_openxml()
    {
        // ExcelDataReader 3.6 looks for xl/workbook.xml and refuses this layout, which Excel and the OpenXml SDK open.
        var path = Path.Combine(_folder.Path, "export.xlsx");
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            Entry(zip, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>""");
            Entry(zip, "_rels/.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rels}/officeDocument" Target="workbook.xml"/></Relationships>""");
            Entry(zip, "_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rels}/worksheet" Target="sheet1.xml"/></Relationships>""");
            Entry(zip, "workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{main}" xmlns:r="{rels}"><sheets><sheet name="Trades" sheetId="1" r:id="rId1"/></sheets></workbook>""");
            Entry(zip, "sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Manager</t></is></c><c r="B1" t="inlineStr"><is><t>Kestrel Funds</t></is></c></row></sheetData></worksheet>""");
        }

        var result = Read("export.xlsx");

        Assert.Null(result.SkipReason);
        Assert.Contains("Column B: Kestrel Funds", Assert.Single(result.Documents).Text);

        static void Entry(ZipArchive zip, string name, string xml)
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(xml);
        }
    }

    [Fact]
    public void Npoi_reads_an_xls_sheet_as_rows_of_text_numbers_dates_and_cached_formula_values()
    {
        // The fallback for .xls files ExcelDataReader rejects, read directly on a workbook NPOI writes.
        var workbook = new NPOI.HSSF.UserModel.HSSFWorkbook();
        var sheet = workbook.CreateSheet("Tides");
        sheet.Header.Center = "Harbor log";
        var header = sheet.CreateRow(0);
        header.CreateCell(0).SetCellValue("Day");
        header.CreateCell(1).SetCellValue("Height");
        header.CreateCell(2).SetCellValue("Double");
        var row = sheet.CreateRow(1);
        var day = row.CreateCell(0);
        day.SetCellValue(new DateTime(2024, 3, 1));
        var style = workbook.CreateCellStyle();
        style.DataFormat = workbook.CreateDataFormat().GetFormat("yyyy-mm-dd");
        day.CellStyle = style;
        row.CreateCell(1).SetCellValue(2.5);
        row.CreateCell(2).SetCellFormula("B2*2");
        NPOI.HSSF.UserModel.HSSFFormulaEvaluator.EvaluateAllFormulaCells(workbook);
        var bytes = new MemoryStream();
        workbook.Write(bytes);

        var sheets = new List<(string Name, List<object?[]> Rows, List<string?> Margins)>();
        HssfWorkbook.Read(bytes.ToArray(), (name, rows, margins) => sheets.Add((name, rows, margins.ToList())));

        var (sheetName, read, marginTexts) = Assert.Single(sheets);
        Assert.Equal("Tides", sheetName);
        Assert.Equal(["Day", "Height", "Double"], read[0]);
        Assert.Equal([new DateTime(2024, 3, 1), 2.5, 5.0], read[1]);
        Assert.Contains("Harbor log", marginTexts);
    }

    [Fact]
    public void A_message_gives_its_headers_and_body_and_each_attachment_a_document_of_its_own()
    {
        var message = new MimeMessage { Subject = "Ferry timetable", Date = new DateTimeOffset(2025, 6, 2, 9, 30, 0, TimeSpan.Zero) };
        message.From.Add(new MailboxAddress("Otto Reyes", "oreyes@example.edu"));
        message.To.Add(new MailboxAddress("Mina Park", "mpark@example.edu"));
        var body = new BodyBuilder { TextBody = "The Osprey leaves Pier 9 at dawn." };
        body.Attachments.Add("winter.txt", Encoding.UTF8.GetBytes("In winter the Osprey sails at 8 AM."));
        message.Body = body.ToMessageBody();
        message.WriteTo(Path.Combine(_folder.Path, "timetable.eml"));

        var result = Read("timetable.eml");

        Assert.Equal(["timetable.eml", "timetable.eml/winter.txt"], result.Documents.Select(d => d.DocId));
        var mail = result.Documents[0];
        Assert.Equal("Ferry timetable", mail.Title);
        Assert.StartsWith("From: \"Otto Reyes\" <oreyes@example.edu>\nTo: \"Mina Park\" <mpark@example.edu>\nDate: 2025-06-02 09:30 +00:00\nSubject: Ferry timetable\n\nThe Osprey leaves Pier 9 at dawn.", mail.Text);
        Assert.Equal("In winter the Osprey sails at 8 AM.", result.Documents[1].Text);
        Assert.All(result.Documents, d => Assert.Equal(Path.Combine(_folder.Path, "timetable.eml"), d.Path));
    }

    [Fact]
    public void Each_message_of_an_mbox_is_a_document_of_its_own()
    {
        using (var output = File.Create(Path.Combine(_folder.Path, "harbor.mbox")))
        {
            foreach (var (subject, body) in new[] { ("Tides", "High tide is at 6 AM."), ("Ferry", "The Osprey sails at dawn.") })
            {
                var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = body } };
                message.From.Add(new MailboxAddress("Harbor Office", "office@example.edu"));
                output.Write(Encoding.ASCII.GetBytes("From office@example.edu Mon Jun  2 09:30:00 2025\n"));
                message.WriteTo(output);
                output.Write(Encoding.ASCII.GetBytes("\n"));
            }
        }

        var result = Read("harbor.mbox");

        Assert.Null(result.SkipReason);
        Assert.Equal(["harbor.mbox/1", "harbor.mbox/2"], result.Documents.Select(d => d.DocId));
        Assert.Equal(["Tides", "Ferry"], result.Documents.Select(d => d.Title));
        Assert.EndsWith("The Osprey sails at dawn.", result.Documents[1].Text);
    }

    [Fact]
    public void A_single_gz_file_is_read_as_the_file_it_holds()
    {
        using (var gz = new GZipStream(File.Create(Path.Combine(_folder.Path, "changelog.gz")), CompressionLevel.Fastest))
            gz.Write(Encoding.UTF8.GetBytes("Version 2.1 fixed the tide tables."));

        var result = Read("changelog.gz");

        var doc = Assert.Single(result.Documents);
        Assert.Equal(("changelog.gz", "changelog", "Version 2.1 fixed the tide tables."), (doc.DocId, doc.Title, doc.Text));
    }

    [Fact]
    public void A_gz_of_several_members_is_read_whole_although_its_trailer_states_the_last_members_length()
    {
        // gzip states the unpacked length of its last member only; the reader sizes its buffer by it and must still grow.
        using (var file = File.Create(Path.Combine(_folder.Path, "notes.txt.gz")))
        {
            foreach (var part in new[] { string.Concat(Enumerable.Repeat("The tide turns at noon. ", 200)), "The ferry leaves at six." })
                using (var gz = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true))
                    gz.Write(Encoding.UTF8.GetBytes(part));
        }

        var doc = Assert.Single(Read("notes.txt.gz").Documents);

        Assert.StartsWith("The tide turns at noon.", doc.Text);
        Assert.EndsWith("The ferry leaves at six.", doc.Text);
        Assert.Equal(200 * 24 + 24, doc.Text.Length);
    }

    [Fact]
    public void An_encrypted_office_file_is_skipped_as_password_protected()
    {
        _folder.WriteBytes("secret.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0]);

        Assert.StartsWith("password-protected", Read("secret.docx").SkipReason);
    }

    public void Dispose() => _folder.Dispose();
}
