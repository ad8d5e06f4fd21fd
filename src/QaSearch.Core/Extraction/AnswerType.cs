namespace QaSearch.Core.Extraction;

/// <summary>What kind of span a question expects.</summary>
public enum AnswerType
{
    /// <summary>Nothing more specific could be guessed: a name or noun phrase.</summary>
    Entity,
    Person,
    Organization,
    Place,
    Date,
    Time,
    Number,
    Money,
    Percent,
    Duration,
    Email,
    Phone,
    Url,
    /// <summary>The code that names a thing: "11-711", "CS 101", "ISO 9001".</summary>
    Identifier,
    /// <summary>A job title or the title of a work.</summary>
    Title,
    YesNo,
    /// <summary>A phrase or clause that describes or explains ("what is X", "why", "how does").</summary>
    Description,
}
