using Microsoft.Playwright;

namespace QaSearch.Server.Tests;

/// <summary>The web page in a real browser: Debian's chromium, driven by Playwright, against the real server.</summary>
public sealed class PageTests
{
    /// <summary>Where CI keeps the screenshots (set by .ci/run); a temporary folder otherwise.</summary>
    private static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("QASEARCH_SCREENSHOTS") is { Length: > 0 } folder ? folder : Path.Combine(Path.GetTempPath(), "qasearch-screenshots");

    /// <summary>Runs <paramref name="test"/> on a new page of headless chromium, <paramref name="width"/> pixels wide.</summary>
    private static async Task OnPage(int width, int height, Func<IPage, Task> test)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFactAttribute.Chromium,
            Headless = true,
            // As root in a container, and with no network beyond this machine: no sandbox, no background traffic.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await test(page);
    }

    private static Task Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name), FullPage = true });
    }

    /// <summary>Opens the page, types <paramref name="question"/>, presses Enter and waits for the answer.</summary>
    private static async Task TypeQuestion(IPage page, ServerFixture server, string question)
    {
        await page.GotoAsync(server.Server.Address.ToString());
        await page.Locator("#question").FillAsync(question);
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#answer:not([hidden])").WaitForAsync();
    }

    [BrowserFact]
    public async Task A_typed_question_shows_the_answer_its_highlight_and_a_source_that_opens_in_context()
    {
        await using var server = await ServerFixture.StartAsync();
        await OnPage(1000, 700, async page =>
        {
            await TypeQuestion(page, server, "When was the schooner Kestrel launched?");

            Assert.Equal("1894", await page.Locator("#answer-text").TextContentAsync());
            Assert.Equal("1894", await page.Locator("#evidence mark").TextContentAsync());
            Assert.StartsWith("confidence ", await page.Locator("#confidence").TextContentAsync());
            Assert.Contains("?q=When", page.Url);
            await Screenshot(page, "answer.png");

            await page.Locator("#source-link").ClickAsync();
            await page.Locator("#document-text mark").WaitForAsync();
            Assert.Equal("1894", await page.Locator("#document-text mark").TextContentAsync());
            Assert.Contains("schooner Kestrel", await page.Locator("#document-text").TextContentAsync());
        });
    }

    [BrowserFact]
    public async Task A_misspelt_question_is_answered_and_the_page_says_how_it_was_read()
    {
        await using var server = await ServerFixture.StartAsync();
        await OnPage(1000, 700, async page =>
        {
            await TypeQuestion(page, server, "When was the schooner Kestrel lanched?");

            Assert.Equal("1894", await page.Locator("#answer-text").TextContentAsync());
            Assert.EndsWith("read as “When was the schooner Kestrel launched?”", await page.Locator("#confidence").TextContentAsync());
        });
    }

    [BrowserFact]
    public async Task Given_an_answer_from_a_pdf_the_source_link_names_its_page()
    {
        await using var server = await ServerFixture.StartAsync();
        await OnPage(1000, 700, async page =>
        {
            await page.GotoAsync(new Uri(server.Server.Address, "/?q=" + Uri.EscapeDataString("When was the lighthouse lamp electrified?")).ToString());
            await page.Locator("#answer:not([hidden])").WaitForAsync();

            Assert.Equal("1923", await page.Locator("#answer-text").TextContentAsync());
            Assert.EndsWith(", page 1", await page.Locator("#source-link").TextContentAsync());
        });
    }

    [BrowserFact]
    public async Task A_shared_link_asks_on_load_and_the_page_fits_a_phone()
    {
        await using var server = await ServerFixture.StartAsync();
        await OnPage(375, 740, async page =>
        {
            await page.GotoAsync(new Uri(server.Server.Address, "/?q=" + Uri.EscapeDataString("Who is the harbor master?")).ToString());
            await page.Locator("#answer:not([hidden])").WaitForAsync();

            Assert.Equal("Ada Brennan", await page.Locator("#answer-text").TextContentAsync());
            Assert.True(await page.Locator("#passages li").CountAsync() > 0);
            var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
            Assert.False(overflow, "the page is wider than a phone's screen");
            await Screenshot(page, "phone.png");
        });
    }

    [BrowserFact]
    public async Task A_question_nothing_supports_says_no_answer()
    {
        await using var server = await ServerFixture.StartAsync();
        await OnPage(1000, 700, async page =>
        {
            await TypeQuestion(page, server, "zyxxy quorble flanged?");

            Assert.Equal("No answer", await page.Locator("#answer-text").TextContentAsync());
        });
    }
}
