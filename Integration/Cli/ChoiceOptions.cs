using System.CommandLine;

namespace DataverseSharing.Integration.Cli;

/// <summary>A parser of one choice from its text; false when the text names none.</summary>
public delegate bool ChoiceParser<TEnum>(string text, out TEnum value)
    where TEnum : struct, Enum;

/// <summary>
/// The one way commands declare an option that takes one of a fixed set of names (a stage, a status, a format).
/// A wrong name is a parse error naming the option, the value and the names it accepts. Numbers are refused:
/// the default enum conversion would take <c>--status 7</c> as a status that does not exist.
/// </summary>
public static class ChoiceOptions
{
    /// <summary>An optional choice matched against the enum's names, case-insensitive.</summary>
    public static Option<TEnum?> Of<TEnum>(string name, string description)
        where TEnum : struct, Enum => Of<TEnum>(name, description, ByName);

    /// <summary>An optional choice read by the domain's own parser (which may accept "Demo / Proof" for DemoProof).</summary>
    public static Option<TEnum?> Of<TEnum>(string name, string description, ChoiceParser<TEnum> parse)
        where TEnum : struct, Enum
    {
        var option = new Option<TEnum?>(name)
        {
            Description = description,
            CustomParser = result =>
            {
                if (result.Tokens.Count == 0)
                {
                    return null;
                }

                var text = result.Tokens[^1].Value;
                if (parse(text, out var value))
                {
                    return value;
                }

                result.AddError($"{name} must be one of {string.Join(", ", Enum.GetNames<TEnum>())} (got {EchoedValue.Of(text)}).");
                return null;
            },
        };
        option.CompletionSources.Add(Enum.GetNames<TEnum>());
        return option;
    }

    private static bool ByName<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
    {
        foreach (var name in Enum.GetNames<TEnum>())
        {
            if (string.Equals(name, text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = Enum.Parse<TEnum>(name);
                return true;
            }
        }

        value = default;
        return false;
    }
}
