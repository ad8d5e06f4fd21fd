using System.IO.Compression;
using System.Xml.Linq;

namespace QaSearch.Core.Corpus;

/// <summary>XML parts of zip-based formats (OpenDocument, EPUB): one entry read as an XML document.</summary>
internal static class ZipXml
{
    /// <summary>The entry <paramref name="name"/> parsed as XML, or null when the zip has no such entry.</summary>
    /// <exception cref="System.Xml.XmlException">The entry is not well-formed XML.</exception>
    public static XDocument? Load(ZipArchive zip, string name)
    {
        if (zip.GetEntry(name) is not { } entry) return null;
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }
}
