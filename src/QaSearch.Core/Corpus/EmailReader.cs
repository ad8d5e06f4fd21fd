using System.Text;
using MimeKit;

namespace QaSearch.Core.Corpus;

/// <summary>
/// E-mail (.eml, and each message of an .mbox) through MimeKit: the message's From, To, Cc, Date and Subject as
/// field lines, then its text body (or its HTML body's visible text). Attachments are documents of their own
/// (<c>message.eml/report.pdf</c>), read by the reader for their name through <see cref="CorpusReader"/>, and nested
/// messages likewise. An mbox's messages are <c>mail.mbox/1</c>, <c>mail.mbox/2</c>, … in order.
/// </summary>
internal sealed class EmailReader(Func<CorpusFile, byte[], IList<string>, IReadOnlyList<SourceDocument>> readAttachment) : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".eml", ".mbox"];

    public IReadOnlyList<SourceDocument> Read(CorpusFile file, byte[] content, IList<string> warnings)
    {
        try
        {
            if (file.Extension != ".mbox") return Message(MimeMessage.Load(new MemoryStream(content)), file, warnings);
            var parser = new MimeParser(new MemoryStream(content), MimeFormat.Mbox);
            var documents = new List<SourceDocument>();
            for (var n = 1; !parser.IsEndOfStream; n++)
            {
                var entry = new CorpusFile(file.FullPath, file.RelativePath + "/" + n);
                documents.AddRange(Message(parser.ParseMessage(), entry, warnings).Select(d => d with { Path = file.FullPath }));
            }
            return documents.Count > 0 ? documents : throw new CorpusFormatException("the mailbox holds no message");
        }
        catch (FormatException e)
        {
            throw new CorpusFormatException($"not a readable e-mail {(file.Extension == ".mbox" ? "mailbox" : "message")} ({e.Message})", e);
        }
    }

    private List<SourceDocument> Message(MimeMessage message, CorpusFile file, IList<string> warnings)
    {
        var text = new StringBuilder();
        Field(text, "From", message.From.ToString());
        Field(text, "To", message.To.ToString());
        Field(text, "Cc", message.Cc.ToString());
        if (message.Date != DateTimeOffset.MinValue) Field(text, "Date", message.Date.ToString("yyyy-MM-dd HH:mm zzz", System.Globalization.CultureInfo.InvariantCulture));
        Field(text, "Subject", message.Subject);
        text.Append('\n');
        var body = message.TextBody ?? (message.HtmlBody is { } html ? HtmlReader.VisibleText(html, warnings) : "");
        text.Append(body.Trim());
        var title = message.Subject is { Length: > 0 } subject ? subject : Path.GetFileName(file.RelativePath);
        var documents = new List<SourceDocument> { new(file.RelativePath, file.FullPath, title, TextRepair.Repair(text.ToString().TrimEnd())) };
        foreach (var attachment in message.Attachments)
        {
            var name = attachment is MimePart part ? part.FileName : attachment is MessagePart ? "message.eml" : null;
            if (string.IsNullOrWhiteSpace(name)) continue;
            using var bytes = new MemoryStream();
            if (attachment is MimePart mime) mime.Content?.DecodeTo(bytes);
            else if (attachment is MessagePart nested) nested.Message?.WriteTo(bytes);
            var entry = new CorpusFile(file.FullPath + "/" + name, file.RelativePath + "/" + name);
            try
            {
                var entryWarnings = new List<string>();
                documents.AddRange(readAttachment(entry, bytes.ToArray(), entryWarnings).Select(d => d with { Path = file.FullPath }));
                foreach (var w in entryWarnings) warnings.Add($"attachment {name}: {w}");
            }
            catch (CorpusFormatException e)
            {
                warnings.Add($"attachment {name}: {e.Message}; not indexed");
            }
        }
        return documents;
    }

    private static void Field(StringBuilder text, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) text.Append(key).Append(": ").Append(value.ReplaceLineEndings(" ").Trim()).Append('\n');
    }
}
