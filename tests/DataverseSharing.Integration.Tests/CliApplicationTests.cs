using System.CommandLine;
using System.CommandLine.Help;
using DataverseSharing.Integration.Cli;

namespace DataverseSharing.Integration.Tests;

/// <summary>
/// Parsing and usage errors across the whole command tree. The typed options are found by walking the tree, so
/// an option added later is checked without a test of its own.
/// </summary>
public sealed class CliApplicationTests : IDisposable
{
    private static readonly Type[] FreeText = [typeof(string), typeof(string[]), typeof(bool)];

    private readonly TempOrg temp = new();

    public void Dispose() => temp.Dispose();

    /// <summary>Every option whose value is parsed (a number or a choice), as "command path", "option", "kind".</summary>
    public static TheoryData<string, string, string> TypedOptions()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (path, command) in Commands(CliApplication.BuildRoot(CliRun.Context(TextWriter.Null, TextWriter.Null)), string.Empty))
        {
            foreach (var option in command.Options.Where(o => o is not HelpOption and not VersionOption && !FreeText.Contains(o.ValueType)))
            {
                var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
                data.Add(path, option.Name, type.IsEnum ? "choice" : "number");
            }
        }

        return data;
    }

    [Fact]
    public void TypedOptions_CoverTheKnownNumbersAndChoices()
    {
        var found = TypedOptions().Select(row => $"{row[0]} {row[1]}").ToHashSet();

        Assert.Superset(
            new HashSet<string>
            {
                "init --practices", "init --seed", "suggest --top", "deal update --stage", "deal update --value", "deal update --decision-unit-size",
                "practices list --status", "practices list --topic", "practices export --status", "practices export --format",
            },
            found);
    }

    [Theory]
    [MemberData(nameof(TypedOptions))]
    public void Run_TypedOptionNotParsable_ExitsUsageWithOneLineNamingOptionAndValue(string path, string option, string kind)
    {
        _ = kind;
        var result = Run(path, option, "abc");

        AssertOneUsageError(result, option, "'abc'");
    }

    [Theory]
    [MemberData(nameof(TypedOptions))]
    public void Run_TypedOptionOutOfAnyRange_ExitsUsageWithOneLine(string path, string option, string kind)
    {
        // Numbers past every bound (1e30 overflows decimal), and a choice given as a number, which the default
        // enum conversion would take as a value that does not exist.
        foreach (var value in kind == "number" ? new[] { "1e30", "99999999999999999999", "-99999999999" } : new[] { "7", "-1" })
        {
            var result = Run(path, option, value);

            AssertOneUsageError(result, option, $"'{value}'");
        }
    }

    [Fact]
    public void Run_TwoBadOptions_PrintsOneErrorLineForEach()
    {
        var result = Run("deal update", "--value", "abc", "--decision-unit-size", "-3");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal(
            ["error: --value must be a plain number from 0 to 1,000,000,000,000 (got 'abc').", "error: --decision-unit-size must be between 0 and 1,000 (got '-3')."],
            Lines(result.Error));
    }

    [Theory]
    [InlineData("nope")]
    [InlineData("suggest", "a", "b")]
    [InlineData("deal")]
    [InlineData("deal", "update", "x", "--no-such-option")]
    [InlineData("deal", "update", "x", "--stage", "Negotiate")]
    [InlineData("suggest", "x", "--top")]
    public void Run_AnyUsageError_EveryLineHasTheErrorPrefix(params string[] args)
    {
        var result = CliRun.Run(temp.OrgPath, args);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.NotEmpty(Lines(result.Error));
        Assert.All(Lines(result.Error), line => Assert.StartsWith("error: ", line, StringComparison.Ordinal));
        Assert.Equal(string.Empty, result.Output);
        Assert.False(File.Exists(temp.OrgPath), "a usage error must not create or open the org");
    }

    [Fact]
    public void Run_StageNotAStage_OneLineListingTheStages()
    {
        var result = Run("deal update", "--stage", "Negotiate");

        Assert.Equal(["error: --stage must be one of Qualify, Develop, Propose, Close (got 'Negotiate')."], Lines(result.Error));
    }

    [Theory]
    [InlineData("suggest --top", "50")]
    [InlineData("deal update --decision-unit-size", "1000")]
    [InlineData("practices list --topic", "demo / proof")]
    [InlineData("practices list --status", "approved")]
    public void Run_ValueAtItsBound_IsAccepted(string pathAndOption, string value)
    {
        var parts = pathAndOption.Split(' ');
        var root = CliApplication.BuildRoot(CliRun.Context(TextWriter.Null, TextWriter.Null));
        var args = parts[..^1].Concat(Placeholders(root, parts[..^1])).Concat(new[] { parts[^1], value }).ToArray();

        Assert.Empty(root.Parse(args).Errors);
    }

    private static void AssertOneUsageError(CliResult result, string option, string value)
    {
        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        var line = Assert.Single(Lines(result.Error));
        Assert.StartsWith("error: " + option + " ", line, StringComparison.Ordinal);
        Assert.Contains(value, line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    // The command, a placeholder for each of its arguments (parsing fails before any is used), then the rest.
    private CliResult Run(string path, params string[] rest)
    {
        var words = path.Split(' ');
        var root = CliApplication.BuildRoot(CliRun.Context(TextWriter.Null, TextWriter.Null));
        return CliRun.Run(temp.OrgPath, words.Concat(Placeholders(root, words)).Concat(rest).ToArray());
    }

    private static IEnumerable<string> Placeholders(Command root, string[] words)
    {
        var command = words.Aggregate(root, (c, word) => c.Subcommands.Single(s => s.Name == word));
        return command.Arguments.Select(_ => "x");
    }

    private static IEnumerable<(string Path, Command Command)> Commands(Command command, string path)
    {
        if (path.Length > 0)
        {
            yield return (path, command);
        }

        foreach (var sub in command.Subcommands)
        {
            foreach (var found in Commands(sub, (path + " " + sub.Name).Trim()))
            {
                yield return found;
            }
        }
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
