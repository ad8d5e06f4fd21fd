namespace QaSearch.Core.Records;

/// <summary>What a question over records asks to compute.</summary>
public enum AggregationKind
{
    /// <summary>How many records meet the constraints.</summary>
    Count,
    /// <summary>The record with the highest (or lowest) value of a numeric field, and a field of it.</summary>
    Extreme,
    /// <summary>The value of a field shared by the most (or fewest) records that meet the constraints.</summary>
    MostFrequent,
    /// <summary>A field (the name) of every record that meets the constraints.</summary>
    List,
    /// <summary>The value of a field whose records' figures sum highest (or lowest), or that sum.</summary>
    Total,
    /// <summary>How many records hold each value of a field.</summary>
    PerValue,
}

/// <summary>How a value named in the question matches a field.</summary>
public enum ValueMatch
{
    /// <summary>The whole value, ignoring case.</summary>
    Equals,
    /// <summary>One item of a list value.</summary>
    Item,
    /// <summary>Part of the value.</summary>
    Contains,
    /// <summary>A yes/no field that is true.</summary>
    True,
}

/// <summary>One constraint: a field and the value it must have.</summary>
public sealed record RecordConstraint(string Field, string Value, ValueMatch Match)
{
    /// <summary>Whether <paramref name="record"/> meets it.</summary>
    public bool Holds(DataRecord record) => record.Fields.Any(f => f.Name == Field && Match switch
    {
        ValueMatch.Equals => string.Equals(f.Value.Trim(), Value, StringComparison.OrdinalIgnoreCase),
        ValueMatch.Item => f.Items.Any(i => string.Equals(i, Value, StringComparison.OrdinalIgnoreCase)),
        ValueMatch.Contains => StandsIn(f.Value, Value),
        ValueMatch.True => f.Truth == true,
        _ => false,
    });

    /// <summary>Whether <paramref name="value"/> stands in <paramref name="text"/> as whole words ("Fall 2025" in "Fall 2025 (F25)", not "Ada Lind" in "Ada Lindell").</summary>
    internal static bool StandsIn(string text, string value)
    {
        for (var at = text.IndexOf(value, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var end = at + value.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
        }
        return false;
    }

    public override string ToString() => Match switch
    {
        ValueMatch.Equals => $"{Field} = \"{Value}\"",
        ValueMatch.Item => $"{Field} has item \"{Value}\"",
        ValueMatch.Contains => $"{Field} contains \"{Value}\"",
        _ => $"{Field} is true",
    };
}

/// <summary>
/// The structured query a question was read as: what to compute, over which records, and what to return.
/// </summary>
/// <param name="Kind">Count, extreme value or most frequent value.</param>
/// <param name="Where">Constraints every record must meet.</param>
/// <param name="Measure">The numeric field an extreme is taken over (Extreme) or summed (Total), else null.</param>
/// <param name="GroupBy">The field whose values are counted (MostFrequent, PerValue) or whose records are summed (Total), else null.</param>
/// <param name="Select">The field whose value is the answer (Extreme), else null.</param>
/// <param name="Highest">True for most/highest/latest, false for least/lowest/earliest.</param>
/// <param name="Rank">1 for the most, 2 for the second most, …</param>
public sealed record RecordQuery(AggregationKind Kind, IReadOnlyList<RecordConstraint> Where, string? Measure, string? GroupBy, string? Select, bool Highest, int Rank)
{
    /// <summary>The query in a readable, SQL-like form, for <c>--explain</c> and the JSON.</summary>
    public override string ToString()
    {
        var where = Where.Count == 0 ? "" : " where " + string.Join(" and ", Where);
        var order = Highest ? "highest" : "lowest";
        var rank = Rank == 1 ? "" : $" (rank {Rank})";
        return Kind switch
        {
            AggregationKind.Count => $"count records{where}",
            AggregationKind.Extreme => $"{Select} of the record with the {order} {Measure}{rank}{where}",
            AggregationKind.List => $"{Select} of every record{where}",
            AggregationKind.Total => $"the {GroupBy} with the {order} total {Measure}{rank}{where}",
            AggregationKind.PerValue => $"count records per {GroupBy}{where}",
            _ => $"the {GroupBy} with the {(Highest ? "most" : "fewest")} records{rank}{where}",
        };
    }
}

/// <summary>The answer to a question over records: the value, the query it came from, and the records that decided it.</summary>
/// <param name="Query">The structured query.</param>
/// <param name="Value">The answer's text.</param>
/// <param name="Confidence">How sure the reading of the question is, in [0, 1].</param>
/// <param name="Evidence">The records the value was computed from (the first few when there are many).</param>
/// <param name="Matched">How many records met the constraints.</param>
public sealed record Aggregation(RecordQuery Query, string Value, double Confidence, IReadOnlyList<DataRecord> Evidence, int Matched);
