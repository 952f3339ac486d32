using DataverseSharing.Serve.Protocol;

namespace DataverseSharing.Serve.Json;

/// <summary>Weak etags over the row's version number, W/"123", as Dataverse sends them and If-Match takes them back.</summary>
internal static class ETag
{
    public static string Of(string rowVersion) => "W/\"" + rowVersion + "\"";

    /// <summary>The row version an If-Match etag names; a value that is no etag of this server is a bad request.</summary>
    public static string VersionOf(string etag)
    {
        var text = etag.Trim();
        if (text.StartsWith("W/", StringComparison.Ordinal))
        {
            text = text[2..];
        }

        return text.Length >= 2 && text[0] == '"' && text[^1] == '"' && long.TryParse(text[1..^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _)
            ? text[1..^1]
            : throw WebApiException.BadRequest($"The etag '{etag}' is not one this server sent (W/\"<version>\").");
    }
}
