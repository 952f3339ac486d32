using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace DataverseSharing.Integration.Cli;

/// <summary>
/// The one way commands declare numeric options: parsed here (invariant culture, plain digits) and checked
/// against their bounds in the same step, so a bad value is a parse error naming the option and the value.
/// Validators that read the typed value of a token that failed to parse throw instead of reporting; parsing
/// and bounds in one custom parser leave no such path.
/// </summary>
public static class NumericOptions
{
    /// <summary>A whole-number option with a default, e.g. <c>--top</c>.</summary>
    public static Option<int> Integer(string name, string description, int min, int max, int defaultValue) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result => ParseInteger(result, name, min, max) ?? defaultValue,
    };

    /// <summary>A whole-number option that is absent unless given, e.g. <c>--decision-unit-size</c>.</summary>
    public static Option<int?> OptionalInteger(string name, string description, int min, int max) => new(name)
    {
        Description = description,
        CustomParser = result => ParseInteger(result, name, min, max),
    };

    /// <summary>A decimal option that is absent unless given, e.g. <c>--value</c>; no exponents, no thousands separators.</summary>
    public static Option<decimal?> OptionalDecimal(string name, string description, decimal min, decimal max) => new(name)
    {
        Description = description,
        CustomParser = result =>
        {
            var text = Token(result);
            if (text is null)
            {
                return null;
            }

            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            {
                return value;
            }

            result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be a plain number from {min:#,0.##} to {max:#,0.##} (got {EchoedValue.Of(text)})."));
            return null;
        },
    };

    private static int? ParseInteger(ArgumentResult result, string name, int min, int max)
    {
        var text = Token(result);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError(string.Create(CultureInfo.InvariantCulture, $"{name} must be between {min:N0} and {max:N0} (got {EchoedValue.Of(text)})."));
        return null;
    }

    // The option's one token; none when the option is absent (its default applies) or given without a value,
    // which the parser itself reports as a missing argument.
    private static string? Token(ArgumentResult result) => result.Tokens.Count == 0 ? null : result.Tokens[^1].Value;
}
