using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;

namespace QaSearch.Core.Corpus;

/// <summary>
/// EPUB books: the zip's package document (found through META-INF/container.xml) gives the title, author and the
/// reading order (spine); each XHTML chapter is read by the HTML reader, in that order, chapters apart. A book with
/// DRM (META-INF/encryption.xml naming its chapters) is skipped with that reason.
/// </summary>
internal sealed class EpubReader : IDocumentReader
{
    private static readonly XNamespace Container = "urn:oasis:names:tc:opendocument:xmlns:container";
    private static readonly XNamespace Opf = "http://www.idpf.org/2007/opf";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public IReadOnlyCollection<string> Extensions { get; } = [".epub"];

    public IReadOnlyList<SourceDocument> Read(CorpusFile file, byte[] content, IList<string> warnings)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
            var rootPath = ZipXml.Load(zip, "META-INF/container.xml")?.Descendants(Container + "rootfile").Select(r => r.Attribute("full-path")?.Value).FirstOrDefault(p => p is not null)
                           ?? throw new CorpusFormatException("an EPUB without META-INF/container.xml naming its package document");
            var package = ZipXml.Load(zip, rootPath)?.Root ?? throw new CorpusFormatException($"the EPUB's package document {rootPath} is missing");
            var folder = rootPath.Contains('/') ? rootPath[..(rootPath.LastIndexOf('/') + 1)] : "";
            var items = package.Element(Opf + "manifest")?.Elements(Opf + "item")
                .Where(i => i.Attribute("id") is not null && i.Attribute("href") is not null)
                .ToDictionary(i => i.Attribute("id")!.Value, i => (Href: Uri.UnescapeDataString(i.Attribute("href")!.Value), Type: i.Attribute("media-type")?.Value ?? ""))
                ?? [];
            var encrypted = ZipXml.Load(zip, "META-INF/encryption.xml")?.Descendants().Where(e => e.Name.LocalName == "CipherReference")
                .Select(e => e.Attribute("URI")?.Value).Where(u => u is not null).ToHashSet() ?? [];
            var metadata = package.Element(Opf + "metadata");
            var title = metadata?.Element(Dc + "title")?.Value is { Length: > 0 } t ? t.Trim() : PlainTextReader.TitleOf(file);

            var chapters = new List<string>();
            foreach (var itemRef in package.Element(Opf + "spine")?.Elements(Opf + "itemref") ?? [])
            {
                if (itemRef.Attribute("idref")?.Value is not { } id || !items.TryGetValue(id, out var item) || !item.Type.Contains("html", StringComparison.OrdinalIgnoreCase)) continue;
                var path = folder + item.Href.Split('#')[0];
                if (encrypted.Contains(path)) throw new CorpusFormatException("an EPUB with DRM (its chapters are encrypted); no text can be read without the key");
                if (zip.GetEntry(path) is not { } entry)
                {
                    warnings.Add($"chapter {path} is listed but missing");
                    continue;
                }
                using var stream = entry.Open();
                using var bytes = new MemoryStream();
                stream.CopyTo(bytes);
                var text = HtmlReader.VisibleText(TextDecoding.Decode(bytes.ToArray(), warnings), warnings).Trim();
                if (text.Length > 0) chapters.Add(text);
            }
            var fields = new List<string>();
            if (metadata?.Element(Dc + "creator")?.Value is { Length: > 0 } author) fields.Add($"Author: {author.Trim()}");
            if (metadata?.Element(Dc + "date")?.Value is { Length: > 0 } date) fields.Add($"Date: {date.Trim()}");
            if (chapters.Count == 0) throw new CorpusFormatException("the book has no readable chapter");
            var body = string.Join("\n\n", chapters) + (fields.Count > 0 ? "\n\n" + string.Join('\n', fields) : "");
            return [new SourceDocument(file.RelativePath, file.FullPath, title, body)];
        }
        catch (Exception e) when (e is InvalidDataException or XmlException)
        {
            throw new CorpusFormatException($"not a readable EPUB ({e.Message})", e);
        }
    }
}
