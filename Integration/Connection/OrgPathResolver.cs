namespace DataverseSharing.Integration.Connection;

/// <summary>Where the embedded org lives: --org, else DATAVERSESHARING_ORG, else the user's local data folder.</summary>
public static class OrgPathResolver
{
    public const string EnvironmentVariable = "DATAVERSESHARING_ORG";

    public static string Resolve(string? explicitPath, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath);
        }

        if (environment(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return Path.GetFullPath(fromEnvironment);
        }

        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        return Path.Combine(root, "DataverseSharing", "org.db");
    }
}
