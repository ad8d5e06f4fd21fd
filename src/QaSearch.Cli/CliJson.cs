using System.Text.Encodings.Web;
using System.Text.Json;

namespace QaSearch.Cli;

/// <summary>
/// JSON as the verbs print it, for terminals, jq and files: characters are written as themselves ("License", é, &lt;),
/// not escaped for embedding in HTML as System.Text.Json's default encoder does (\u0022License\u0022).
/// </summary>
internal static class CliJson
{
    /// <summary>Serializer options with the relaxed encoder.</summary>
    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
