using Aloud.Cli;

namespace Aloud.Tests.Output;

/// <summary>Every failure is one line on stderr, in words, with no .NET type name.</summary>
[Collection("Console")]
public class CliErrorsTests
{
    private static (int Code, string Error) Run(Exception error)
    {
        var original = Console.Error;
        using var captured = new StringWriter();
        Console.SetError(captured);
        try
        {
            return (CliErrors.Run(() => throw error), captured.ToString());
        }
        finally
        {
            Console.SetError(original);
        }
    }

    [Fact]
    public void An_unexpected_error_is_one_line_without_its_type_name()
    {
        var (code, error) = Run(new InvalidOperationException("first line\r\n  second line"));
        Assert.Equal(ExitCodes.Unexpected, code);
        Assert.Equal("aloud: unexpected error: first line second line (set ALOUD_DEBUG=1 for details)\n", error.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_known_error_keeps_its_code_and_becomes_one_line()
    {
        var (code, error) = Run(new OutputException("cannot write x.txt:\nno space left"));
        Assert.Equal(ExitCodes.OutputFailed, code);
        Assert.Equal("aloud: cannot write x.txt: no space left\n", error.ReplaceLineEndings("\n"));
    }
}
