using DataverseSharing.Testing.ApiListing;
using System.Reflection;

namespace DataverseSharing.Sdk.Tests.ApiListing;

/// <summary>Compares a surface assembly with its official listing; each method returns every offence found.</summary>
internal static class SurfaceConformance
{
    /// <summary>Interfaces only the .NET Framework types carry; the listings show them, .NET 10 types cannot.</summary>
    private static readonly HashSet<string> FrameworkOnlyInterfaces = new(StringComparer.Ordinal)
    {
        "System.Runtime.InteropServices._Exception",
        "System.Runtime.InteropServices._Attribute",
    };

    /// <summary>The surface's C/M/P/F/E lines that do not appear verbatim in the listing.</summary>
    public static IReadOnlyList<string> UnlistedMembers(Assembly surface, OfficialApi official)
    {
        return ApiLister.List(surface)
            .Where(line => !line.StartsWith("T ", StringComparison.Ordinal) && !official.Lines.Contains(line))
            .ToList();
    }

    /// <summary>The surface's types whose kind, modifiers, base type or interfaces disagree with the listing.</summary>
    public static IReadOnlyList<string> MismatchedTypes(Assembly surface, OfficialApi official)
    {
        var offences = new List<string>();
        foreach (Type type in surface.GetExportedTypes())
        {
            ApiTypeLine ours = ApiTypeLine.Parse(ApiLister.TypeLine(type));
            if (!official.TypeLines.TryGetValue(ours.Name, out ApiTypeLine? theirs))
            {
                offences.Add($"{ours.Name}: type not in the official listing");
                continue;
            }

            if (ours.Kind != theirs.Kind || ours.Modifiers != theirs.Modifiers)
            {
                offences.Add($"{ours.Name}: '{Describe(ours)}' but official is '{Describe(theirs)}'");
            }

            string oursBase = ours.Kind == "class" && type.BaseType is { } b && b != typeof(object) ? ApiTypeNames.Format(b) : "(none)";
            string theirsBase = theirs.BaseType ?? "(none)";
            if (oursBase != theirsBase)
            {
                offences.Add($"{ours.Name}: base {oursBase} but official base is {theirsBase}");
            }

            IEnumerable<string> extra = ours.Supertypes.Skip(oursBase == "(none)" ? 0 : 1)
                .Except(theirs.Interfaces, StringComparer.Ordinal)
                .Where(i => !FrameworkOnlyInterfaces.Contains(i));
            offences.AddRange(extra.Select(i => $"{ours.Name}: implements {i}, which the official type does not"));
        }

        return offences;
    }

    private static string Describe(ApiTypeLine line) => (line.Kind + " " + line.Modifiers).Trim();
}
