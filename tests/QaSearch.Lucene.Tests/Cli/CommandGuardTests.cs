using QaSearch.Cli;

namespace QaSearch.Lucene.Tests.Cli;

/// <summary>Failures a user can act on become a message and an exit code, not a stack trace.</summary>
[Collection("console")]
public sealed class CommandGuardTests
{
    [Theory]
    [InlineData("out of memory")]
    [InlineData("wrapped by a parallel loop")]
    [InlineData("commit refused after it")]
    public void Running_out_of_memory_outside_a_file_exits_4_saying_the_last_commit_holds(string how)
    {
        Exception failure = how switch
        {
            "out of memory" => new OutOfMemoryException(),
            "wrapped by a parallel loop" => new AggregateException(new OutOfMemoryException()),
            _ => new InvalidOperationException("this writer hit an OutOfMemoryError; cannot commit"),
        };
        var error = new StringWriter();
        var before = Console.Error;
        Console.SetError(error);
        int code;
        try
        {
            code = CommandGuard.Run(() => throw failure);
        }
        finally
        {
            Console.SetError(before);
        }

        Assert.Equal(CommandGuard.OutOfMemory, code);
        Assert.Contains("ran out of memory under the heap limit", error.ToString());
        Assert.Contains("last commit", error.ToString());
    }

    [Fact]
    public void Other_failures_are_not_taken_for_memory()
    {
        Assert.Throws<InvalidOperationException>(() => CommandGuard.Run(() => throw new InvalidOperationException("something else")));
    }
}
