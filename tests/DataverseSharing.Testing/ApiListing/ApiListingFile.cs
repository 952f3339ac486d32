using System.Reflection;
using System.Text;

namespace DataverseSharing.Testing.ApiListing;

/// <summary>
/// A committed listing of an assembly's public surface (one <see cref="ApiLister"/> line per type or member), and
/// the comparison with what the assembly exports now. The listing lives in the source tree so a change to the
/// surface shows up in review as a change to that file.
/// </summary>
public static class ApiListingFile
{
    /// <summary>Set to 1 to rewrite the listings with the current surface instead of comparing with them.</summary>
    public const string UpdateVariable = "UPDATE_API_LISTING";

    /// <summary>
    /// Null when the assembly's surface is exactly the listing at <paramref name="listingPath"/>; otherwise a
    /// message with each added (+) and removed (-) line, and how to accept the change on purpose. With
    /// <see cref="UpdateVariable"/>=1 the file is rewritten first, so the comparison passes.
    /// </summary>
    public static string? Compare(Assembly assembly, string listingPath)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        IReadOnlyList<string> actual = ApiLister.List(assembly);
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(listingPath, string.Join('\n', actual) + "\n");
        }

        IReadOnlyList<string> committed = File.Exists(listingPath)
            ? File.ReadAllLines(listingPath).Where(l => l.Length > 0).ToArray()
            : Array.Empty<string>();
        string? diff = Diff(committed, actual);
        return diff is null
            ? null
            : $"The public surface of {assembly.GetName().Name} differs from {listingPath}:\n{diff}"
                + $"If the change is on purpose, rerun the test with {UpdateVariable}=1 to rewrite the listing, and commit it.";
    }

    /// <summary>The lines only in <paramref name="actual"/> (+) and only in <paramref name="committed"/> (-), or null.</summary>
    public static string? Diff(IReadOnlyCollection<string> committed, IReadOnlyCollection<string> actual)
    {
        ArgumentNullException.ThrowIfNull(committed);
        ArgumentNullException.ThrowIfNull(actual);
        var before = new HashSet<string>(committed, StringComparer.Ordinal);
        var after = new HashSet<string>(actual, StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (string line in actual.Where(l => !before.Contains(l)))
        {
            text.Append("+ ").Append(line).Append('\n');
        }

        foreach (string line in committed.Where(l => !after.Contains(l)))
        {
            text.Append("- ").Append(line).Append('\n');
        }

        return text.Length == 0 ? null : text.ToString();
    }
}
