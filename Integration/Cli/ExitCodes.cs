namespace DataverseSharing.Integration.Cli;

/// <summary>The exit codes scripts can rely on (docs/console.md).</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Bad command line: unknown command or option, missing, unparsable or out-of-range value, unusable name.</summary>
    public const int Usage = 1;

    /// <summary>The opportunity (or file) named does not exist, or the name matches several.</summary>
    public const int NotFound = 2;

    /// <summary>The input was read but is not valid (import file rows, deal file, field values).</summary>
    public const int InvalidInput = 3;

    /// <summary>
    /// The org cannot be used (locked, damaged, written by a newer version, storage failure), or other writers kept
    /// changing the deal through every attempt of an update: worth running again later, unlike 1 to 3.
    /// </summary>
    public const int Environment = 4;
}
