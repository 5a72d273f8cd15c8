using System.Text;
using System.Text.Json;

namespace Aloud.Tests.Commands;

/// <summary>`aloud normalize` and `aloud eval normalize` as a user runs them.</summary>
public sealed class NormalizeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("aloud-normalize-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string[] Lines(CliResult result) => result.StandardOutput.Split('\n')[..^1];

    [Fact]
    public void Writes_exactly_one_spoken_line_per_input_line_in_order()
    {
        var input = "The ferry left on Feb. 13.\n\nIt cost $5. Dr. Lee paid.\n  \n41 boats\n";
        var result = CliRunner.RunWithInput(Encoding.UTF8.GetBytes(input), "normalize");
        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Equal(["The ferry left on February thirteenth.", "", "It cost five dollars. Doctor Lee paid.", "", "forty-one boats."], Lines(result));
    }

    [Fact]
    public void Json_shows_each_word_with_its_class_and_written_span()
    {
        var result = CliRunner.RunWithInput("Paid $5 on Feb. 13\n"u8.ToArray(), "normalize", "--json");
        using var json = JsonDocument.Parse(Lines(result).Single());
        var words = json.RootElement.GetProperty("words").EnumerateArray().ToList();
        var february = words.Single(w => w.GetProperty("spoken").GetString() == "February");
        Assert.Equal("date", february.GetProperty("class").GetString());
        Assert.Equal("Feb. 13", february.GetProperty("written").GetString());
        Assert.Equal("money", words.Single(w => w.GetProperty("spoken").GetString() == "dollars").GetProperty("class").GetString());
        Assert.Equal("word", words[0].GetProperty("class").GetString());
    }

    [Fact]
    public void Dates_choose_the_order_of_ambiguous_numeric_dates_and_a_bad_value_is_refused()
    {
        var input = "Paid on 04/05/2024.\nPaid £5 on 04/05/2024.\n"u8.ToArray();
        var auto = CliRunner.RunWithInput(input, "normalize");
        Assert.Equal(["Paid on April fifth twenty twenty-four.", "Paid five pounds on the fourth of May twenty twenty-four."], Lines(auto));
        var dayFirst = CliRunner.RunWithInput(input, "normalize", "--dates", "day-first");
        Assert.All(Lines(dayFirst), line => Assert.Contains("the fourth of May", line));
        var refused = CliRunner.RunWithInput(input, "normalize", "--dates", "sideways");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--dates must be", refused.StandardError);
    }

    [Fact]
    public void A_pass_can_be_switched_off_and_an_unknown_one_is_refused()
    {
        var off = CliRunner.RunWithInput("On Feb. 13\n"u8.ToArray(), "normalize", "--skip-pass", "date");
        Assert.Equal("On Feb thirteen.", Lines(off).Single());
        var unknown = CliRunner.RunWithInput("x\n"u8.ToArray(), "normalize", "--skip-pass", "dates");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("unknown normalisation pass 'dates'", unknown.StandardError);
    }

    [Fact]
    public void Eval_normalize_scores_a_case_file_per_class()
    {
        var cases = Path.Combine(_folder, "cases.tsv");
        File.WriteAllText(cases, "class\twritten\tspoken\ndate\tJan. 5\tjanuary fifth\ndate\tJan. 6\tjanuary seventh\nmoney\t$3\tthree dollars\n");
        var result = CliRunner.Run("eval", "normalize", "--cases", cases, "--failures", "5");
        Assert.True(result.ExitCode == 0, result.StandardError);
        Assert.Contains("3 scored cases", result.StandardOutput);
        Assert.Contains("lenient accuracy 66.7", result.StandardOutput);
        Assert.Contains("unrecoverable failures: 1", result.StandardOutput);
        Assert.Contains("[MEANING] date: Jan. 6", result.StandardOutput);
    }

    [Fact]
    public void Input_without_newlines_ends_in_one_clear_error_after_the_lines_before_it()
    {
        // Just over the cap: the whole input is read before the refusal, so the test can write it all.
        var input = Encoding.UTF8.GetBytes("Paid $5.\n" + new string('\0', 100_001));
        var result = CliRunner.RunWithInput(input, "normalize");
        Assert.Equal(3, result.ExitCode);
        Assert.Equal(["Paid five dollars."], Lines(result));
        Assert.Equal("aloud: line 2 is longer than 100,000 characters; normalize reads one line at a time, so split the text into lines\n", result.StandardError);
    }
}
