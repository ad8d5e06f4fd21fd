using System.Text.Json;

namespace QaSearch.Core.Corpus;

/// <summary>
/// Flattens JSON into <c>Key: value</c> records: scalars become fields, arrays of scalars a comma-separated value,
/// arrays of named objects (authors) their names, and other arrays of objects one record per element.
/// </summary>
internal static class JsonRecords
{
    /// <summary>
    /// How deep JSON may nest. System.Text.Json stops at 64 by default and called a valid file 100 levels deep invalid;
    /// flattening recurses once per level, which this bounds.
    /// </summary>
    public const int MaxDepth = 1024;

    /// <summary>The text of a scalar value ("" for null, objects and arrays).</summary>
    public static string Scalar(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString() ?? "",
        JsonValueKind.Number => element.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "",
    };

    /// <summary>Adds the fields of <paramref name="element"/> to the open record; nested object lists become records of their own.</summary>
    public static void AddFields(JsonElement element, string prefix, RecordTextBuilder builder)
    {
        var nestedRecords = new List<JsonElement>();
        foreach (var property in element.EnumerateObject())
        {
            var key = prefix.Length == 0 ? property.Name : $"{prefix} {property.Name}";
            var value = property.Value;
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    AddFields(value, key, builder);
                    break;
                case JsonValueKind.Array when IsRecordList(value):
                    nestedRecords.Add(value);
                    break;
                case JsonValueKind.Array:
                    builder.AddField(key, JoinArray(value));
                    break;
                default:
                    builder.AddField(key, Scalar(value));
                    break;
            }
        }
        if (prefix.Length > 0) return;
        builder.EndRecord();
        foreach (var item in nestedRecords.SelectMany(items => items.EnumerateArray()))
        {
            if (item.ValueKind != JsonValueKind.Object) continue;
            AddFields(item, "", builder);
            builder.EndRecord();
        }
    }

    /// <summary>Reads a whole JSON file: an array of objects is one record each, an object is flattened.</summary>
    public static void AddDocument(JsonElement root, RecordTextBuilder builder)
    {
        switch (root.ValueKind)
        {
            case JsonValueKind.Object:
                AddFields(root, "", builder);
                break;
            case JsonValueKind.Array:
                foreach (var item in root.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.Object) AddFields(item, "", builder);
                    else builder.AddField("", Scalar(item));
                    builder.EndRecord();
                }
                break;
            default:
                builder.AddField("", Scalar(root));
                builder.EndRecord();
                break;
        }
    }

    private static bool IsRecordList(JsonElement array) =>
        array.EnumerateArray().Any(e => e.ValueKind == JsonValueKind.Object && !IsNamed(e));

    /// <summary>An object that is just a name with ids (an author) is listed by its name.</summary>
    private static bool IsNamed(JsonElement element) =>
        element.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String &&
        element.EnumerateObject().All(p => p.Value.ValueKind != JsonValueKind.Array && p.Value.ValueKind != JsonValueKind.Object);

    private static string JoinArray(JsonElement array) =>
        string.Join(", ", array.EnumerateArray()
            .Select(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("name", out var n) ? Scalar(n) : Scalar(e))
            .Where(s => s.Length > 0));
}
