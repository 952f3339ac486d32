namespace DataverseSharing.Sdk.Tests.ApiListing;

/// <summary>A parsed T line: <c>T kind[ modifiers] Name[ : supertypes]</c>.</summary>
internal sealed record ApiTypeLine(string Kind, string Modifiers, string Name, IReadOnlyList<string> Supertypes)
{
    /// <summary>The base class, when the first supertype of a class is not an interface.</summary>
    public string? BaseType => Kind == "class" && Supertypes.Count > 0 && !OfficialApi.IsKnownInterface(Supertypes[0])
        ? Supertypes[0]
        : null;

    /// <summary>The supertypes other than the base class.</summary>
    public IEnumerable<string> Interfaces => BaseType is null ? Supertypes : Supertypes.Skip(1);

    public static ApiTypeLine Parse(string line)
    {
        int colon = line.IndexOf(" : ", StringComparison.Ordinal);
        string head = colon < 0 ? line : line[..colon];
        string[] words = head.Split(' ');
        string[] supertypes = colon < 0 ? [] : line[(colon + 3)..].Split(", ");
        return new ApiTypeLine(words[1], string.Join(" ", words[2..^1]), words[^1], supertypes);
    }
}
