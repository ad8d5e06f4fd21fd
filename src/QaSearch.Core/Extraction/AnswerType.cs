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
    CourseNumber,
    /// <summary>A job title or the title of a work.</summary>
    Title,
    YesNo,
    /// <summary>A phrase or clause that describes or explains ("what is X", "why", "how does").</summary>
    Description,
}
