namespace DataverseSharing.Serve.Protocol;

/// <summary>
/// The Prefer header's preferences Dataverse honours: return=representation, odata.maxpagesize,
/// odata.include-annotations, odata.track-changes and odata.continue-on-error.
/// </summary>
internal sealed record Prefer(bool ReturnRepresentation, int? MaxPageSize, IReadOnlyList<string> Annotations, bool TrackChanges, bool ContinueOnError)
{
    public static Prefer Parse(string? header)
    {
        var representation = false;
        int? pageSize = null;
        var annotations = new List<string>();
        var track = false;
        var continueOnError = false;
        foreach (var raw in SplitOutsideQuotes(header ?? string.Empty))
        {
            var item = raw.Trim();
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            var name = (equals < 0 ? item : item[..equals]).Trim().ToLowerInvariant();
            var value = equals < 0 ? string.Empty : item[(equals + 1)..].Trim().Trim('"');
            switch (name)
            {
                case "return":
                    representation = value.Equals("representation", StringComparison.OrdinalIgnoreCase);
                    break;
                case "odata.maxpagesize":
                    pageSize = int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size) && size > 0
                        ? size
                        : throw WebApiException.BadRequest($"The Prefer header's odata.maxpagesize '{value}' is not a positive whole number.");
                    break;
                case "odata.include-annotations":
                    annotations.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case "odata.track-changes":
                    track = true;
                    break;
                case "odata.continue-on-error":
                    continueOnError = true;
                    break;
            }
        }

        return new Prefer(representation, pageSize, annotations, track, continueOnError);
    }

    /// <summary>Whether the client asked for the annotation <paramref name="term"/> (exactly, by "*", or by a "Namespace.*" pattern).</summary>
    public bool Includes(string term) => Annotations.Any(a =>
        a == "*" || a.Equals(term, StringComparison.OrdinalIgnoreCase)
        || (a.EndsWith(".*", StringComparison.Ordinal) && term.StartsWith(a[..^1], StringComparison.OrdinalIgnoreCase)));

    // odata.include-annotations="a,b" holds commas inside its quotes.
    private static IEnumerable<string> SplitOutsideQuotes(string header)
    {
        var start = 0;
        var quoted = false;
        for (var i = 0; i < header.Length; i++)
        {
            if (header[i] == '"')
            {
                quoted = !quoted;
            }
            else if (header[i] == ',' && !quoted)
            {
                yield return header[start..i];
                start = i + 1;
            }
        }

        if (start < header.Length)
        {
            yield return header[start..];
        }
    }
}
