namespace DataverseSharing.Serve.Protocol;

/// <summary>
/// One Web API request, apart from HTTP's plumbing: what a top-level request and each part of a $batch share, so
/// both run through the same <see cref="Endpoints.WebApiDispatcher"/>.
/// </summary>
internal sealed record WebApiRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The header's value, or null; header names compare case-insensitively.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>The query string's parameters, decoded; OData names ($select...) compare as sent.</summary>
    public IReadOnlyDictionary<string, string> QueryParameters => ParseQuery(Query);

    public Prefer Prefer => Prefer.Parse(Header("Prefer"));

    private static Dictionary<string, string> ParseQuery(string query)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString((equals < 0 ? pair : pair[..equals]).Replace('+', ' '));
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            if (!result.TryAdd(name, value))
            {
                throw WebApiException.BadRequest($"The query option '{name}' is given more than once.");
            }
        }

        return result;
    }
}
