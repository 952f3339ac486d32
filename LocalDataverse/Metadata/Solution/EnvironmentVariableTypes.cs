using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DataverseSharing.LocalDataverse.Metadata.Solution;

/// <summary>
/// Whether a value fits its environment variable's type (environmentvariabledefinition.type), as the maker portal
/// checks it when the value is set: a Number parses as a number, a Boolean is "yes" or "no" (what Dataverse
/// stores; "true" and "false" are taken too), a JSON value parses as JSON, a Data source names something (its form
/// depends on the connector), a Secret is an Azure Key Vault secret reference. A String is anything.
/// </summary>
internal static partial class EnvironmentVariableTypes
{
    public const int String = 100000000;
    public const int Number = 100000001;
    public const int Boolean = 100000002;
    public const int Json = 100000003;
    public const int DataSource = 100000004;
    public const int Secret = 100000005;

    /// <summary>What is wrong with the value for the type, phrased to follow "the value of 'x' …"; null when it fits.</summary>
    public static string? Problem(int type, string value) => type switch
    {
        Number when !decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) => $"is '{value}', which is not a Number",
        Boolean when value.ToLowerInvariant() is not ("yes" or "no" or "true" or "false") => $"is '{value}', which is not a Boolean (yes or no)",
        Json when !IsJson(value) => $"is not valid JSON: '{Shorten(value)}'",
        DataSource when string.IsNullOrWhiteSpace(value) => "is empty, and a Data source value names its data source",
        Secret when !KeyVaultSecret().IsMatch(value) => $"is '{Shorten(value)}', which is not an Azure Key Vault secret reference (/subscriptions/…/providers/Microsoft.KeyVault/vaults/…/secrets/…)",
        _ => null,
    };

    private static bool IsJson(string value)
    {
        try
        {
            using var document = JsonDocument.Parse(value);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";

    [GeneratedRegex(@"^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\.KeyVault/vaults/[^/]+/secrets/[^/]+$", RegexOptions.IgnoreCase)]
    private static partial Regex KeyVaultSecret();
}
