using System.Globalization;
using DataverseSharing.Integration.Files;
using DataverseSharing.Plugins.Mapping;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Integration.Deals;

/// <summary>One field of a deal file as written: its name as spelled, the line it starts on, and its JSON value.</summary>
public sealed record DealFileProperty(string Name, int Line, JToken Value);

/// <summary>
/// Turns deal-file values into the deal's values, adding a <see cref="FileError"/> for each value that is not what
/// its field takes, so one run tells the author everything to fix. <c>null</c> is the same as leaving a field out.
/// </summary>
internal sealed class DealFileValues
{
    private readonly string file;
    private readonly List<FileError> errors;

    public DealFileValues(string file, List<FileError> errors)
    {
        this.file = file;
        this.errors = errors;
    }

    /// <summary>A string, trimmed; blank is the same as absent, as in practice files.</summary>
    public string? Text(DealFileProperty? property, int maxLength)
    {
        if (IsAbsent(property))
        {
            return null;
        }

        if (property!.Value.Type != JTokenType.String)
        {
            Error(property, $"must be a string, found {Describe(property.Value)}.");
            return null;
        }

        var text = property.Value.Value<string>()!.Trim();
        if (text.Length > maxLength)
        {
            Error(property, Invariant($"{text.Length} characters; at most {maxLength}."));
            return null;
        }

        return text.Length == 0 ? null : text;
    }

    /// <summary>A JSON number from 0 to <paramref name="max"/>.</summary>
    public decimal? Amount(DealFileProperty? property, decimal max)
    {
        if (IsAbsent(property))
        {
            return null;
        }

        // Numbers are read as doubles, so 1e30 is a value to refuse here rather than a parse failure of the file.
        if (property!.Value is not JValue { Type: JTokenType.Integer or JTokenType.Float } number)
        {
            Error(property, $"must be a number, found {Describe(property.Value)}.");
            return null;
        }

        var value = Convert.ToDouble(number.Value, CultureInfo.InvariantCulture);
        var written = Shorten(Convert.ToString(number.Value, CultureInfo.InvariantCulture) ?? string.Empty);
        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            Error(property, $"must be a number, found {written}.");
            return null;
        }

        if (value < 0)
        {
            Error(property, $"{written} is negative; an estimated value is 0 or more.");
            return null;
        }

        if (value > (double)max)
        {
            Error(property, Invariant($"{written} is more than {max:N0}, the largest value the column holds."));
            return null;
        }

        return (decimal)value;
    }

    /// <summary>A JSON integer from <paramref name="min"/> to <paramref name="max"/>.</summary>
    public int? WholeNumber(DealFileProperty? property, int min, int max)
    {
        if (IsAbsent(property))
        {
            return null;
        }

        if (property!.Value.Type != JTokenType.Integer)
        {
            Error(property, $"must be a whole number from {min} to {max}, found {Describe(property.Value)}.");
            return null;
        }

        // A huge integer arrives as a BigInteger; anything outside long is out of range anyway.
        if (property.Value is not JValue { Value: long value } || value < min || value > max)
        {
            Error(property, $"{property.Value} is out of range; it must be from {min} to {max}.");
            return null;
        }

        return (int)value;
    }

    /// <summary>
    /// An array of strings, stored as the org stores the list column it stands for (trimmed, blanks and
    /// case-insensitive duplicates dropped), and no longer once joined than that column holds.
    /// </summary>
    public IReadOnlyList<string> List(DealFileProperty? property, int maxLength)
    {
        if (Strings(property) is not { } items)
        {
            return Array.Empty<string>();
        }

        var stored = ValueList.Join(items);
        if (stored is not null && stored.Length > maxLength)
        {
            Error(property!, Invariant($"{stored.Length} characters once joined; at most {maxLength}."));
            return Array.Empty<string>();
        }

        return ValueList.Split(stored);
    }

    /// <summary>An array of practice ids (GUIDs), normalised to the form the ranking compares ("D", lower case).</summary>
    public IReadOnlyList<string> Ids(DealFileProperty? property)
    {
        if (Strings(property) is not { } items)
        {
            return Array.Empty<string>();
        }

        var ids = new List<string>(items.Count);
        var bad = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            if (Guid.TryParse(items[i], out var id))
            {
                ids.Add(id.ToString("D"));
            }
            else
            {
                bad.Add(Invariant($"element {i + 1} ('{Shorten(items[i])}')"));
            }
        }

        if (bad.Count > 0)
        {
            Error(property!, $"{string.Join(", ", bad)} {(bad.Count == 1 ? "is not a practice id" : "are not practice ids")}; each must be a practice's id (a GUID).");
            return Array.Empty<string>();
        }

        return ids.Distinct(StringComparer.Ordinal).ToList();
    }

    public void Error(DealFileProperty property, string problem) => errors.Add(new FileError(file, property.Line, property.Name, problem));

    /// <summary>The plain words for what a JSON value is, for messages ("found a string ('lots')").</summary>
    public static string Describe(JToken value) => value.Type switch
    {
        JTokenType.String => $"a string ('{Shorten(value.Value<string>()!)}')",
        JTokenType.Integer or JTokenType.Float => "a number (" + Shorten(value.ToString(Newtonsoft.Json.Formatting.None)) + ")",
        JTokenType.Boolean => "true/false",
        JTokenType.Object => "an object",
        JTokenType.Array => "an array",
        _ => value.Type.ToString().ToLowerInvariant(),
    };

    private static bool IsAbsent(DealFileProperty? property) => property is null || property.Value.Type == JTokenType.Null;

    // The array's elements when it is an array of strings; otherwise one error naming each element that is not.
    private List<string>? Strings(DealFileProperty? property)
    {
        if (IsAbsent(property))
        {
            return null;
        }

        if (property!.Value is not JArray array)
        {
            Error(property, $"must be an array of strings (for example [\"a\", \"b\"]), found {Describe(property.Value)}.");
            return null;
        }

        var bad = array.Select((item, i) => (item, i)).Where(e => e.item.Type != JTokenType.String)
            .Select(e => Invariant($"element {e.i + 1} is {Describe(e.item)}")).ToList();
        if (bad.Count > 0)
        {
            Error(property, $"must be an array of strings: {string.Join(", ", bad)}.");
            return null;
        }

        return array.Select(item => item.Value<string>()!).ToList();
    }

    /// <summary>A value quoted from the file, cut to 40 characters so a long value cannot swamp its error line.</summary>
    public static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
