namespace QaSearch.Server.Tests;

/// <summary>
/// A test that drives Debian's chromium (<c>/usr/bin/chromium</c>, installed by <c>.ci/run</c> with apt-get). Where it
/// is not installed the test is skipped with that reason, so <c>dotnet test</c> passes on a machine with only the
/// .NET SDK; with <c>QASEARCH_REQUIRE_BROWSER=1</c> (as CI sets it) it runs regardless, and fails without chromium.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Where Debian installs chromium.</summary>
    public const string Chromium = "/usr/bin/chromium";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium) && Environment.GetEnvironmentVariable("QASEARCH_REQUIRE_BROWSER") != "1")
            Skip = $"{Chromium} is not installed (apt-get install chromium; .ci/run does)";
    }
}
