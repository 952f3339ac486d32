using System.Globalization;

namespace DataverseSharing.RelevanceEval;

/// <summary>Parsed arguments. Hand-rolled: a dozen flags do not justify a parser dependency in a bench tool.</summary>
public sealed record CommandLine
{
    public const string Usage = """
        Usage: dotnet run -c Release --project bench/DataverseSharing.RelevanceEval -- [options]
          --data <dir>        data set directory (default: the hand-written set next to the binary)
          --holdout           the hand-written held-out deals (data-holdout/, same practice library)
          --test              the hand-written test deals (data-test/, same practice library)
          --reserve           the hand-written reserve deals (data-reserve/, same practice library)
          --sealed            the hand-written sealed deals (data-sealed/, same practice library)
          --synthetic <N>     evaluate a generated set of N practices instead (deals default to N/10)
          --deals <M>         number of deals for --synthetic
          --seed <S>          generator seed for --synthetic (default 20261101)
          --write <dir>       with --synthetic: also write the generated set as JSON to <dir>
          --json              print results as JSON
          --verbose           add per-topic and per-deal breakdowns
          --explain <id>      print the engine's top 10 for one deal with every reason and the judged grades
        """;

    public string? DataDirectory { get; init; }
    public int? SyntheticPractices { get; init; }
    public int? SyntheticDeals { get; init; }
    public int? Seed { get; init; }
    public string? WriteDirectory { get; init; }
    public bool Json { get; init; }
    public bool Verbose { get; init; }
    public string? ExplainDealId { get; init; }
    public bool Help { get; init; }

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var result = new CommandLine();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            int Number()
            {
                var name = args[i];
                var text = Value();
                return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                    ? n
                    : throw new ArgumentException($"{name} needs a positive whole number, got '{text}'");
            }

            result = args[i] switch
            {
                "--data" => result with { DataDirectory = Value() },
                "--synthetic" => result with { SyntheticPractices = Number() },
                "--deals" => result with { SyntheticDeals = Number() },
                "--seed" => result with { Seed = Number() },
                "--write" => result with { WriteDirectory = Value() },
                "--holdout" => result with { DataDirectory = Path.Combine(AppContext.BaseDirectory, "data-holdout") },
                "--test" => result with { DataDirectory = Path.Combine(AppContext.BaseDirectory, "data-test") },
                "--reserve" => result with { DataDirectory = Path.Combine(AppContext.BaseDirectory, "data-reserve") },
                "--sealed" => result with { DataDirectory = Path.Combine(AppContext.BaseDirectory, "data-sealed") },
                "--json" => result with { Json = true },
                "--verbose" => result with { Verbose = true },
                "--explain" => result with { ExplainDealId = Value() },
                "--help" or "-h" => result with { Help = true },
                _ => throw new ArgumentException($"unknown option '{args[i]}'"),
            };
        }

        return result;
    }
}
