using System.Text.RegularExpressions;

namespace DataverseSharing.Plugins.Tests.Deployment;

/// <summary>
/// The official listings' constructors, methods and property accessors, normalized to the keys that a member
/// reference decodes to: generic parameter names replaced by position, out/ref both written "ref".
/// </summary>
internal sealed partial class OfficialMemberIndex
{
    private readonly HashSet<string> keys = new(StringComparer.Ordinal);
    private readonly HashSet<string> types = new(StringComparer.Ordinal);

    public OfficialMemberIndex(IEnumerable<string> listingPaths)
    {
        foreach (var line in listingPaths.SelectMany(File.ReadLines))
        {
            Add(line);
        }
    }

    /// <summary>Whether the listings declare the type (generic arity stripped).</summary>
    public bool HasType(string name) => types.Contains(name);

    /// <summary>Whether the listings declare a member with this normalized key.</summary>
    public bool HasMember(string key) => keys.Contains(key);

    private void Add(string line)
    {
        if (line.StartsWith("T ", StringComparison.Ordinal))
        {
            var name = TypeLine().Match(line).Groups["name"].Value;
            types.Add(name.Split('<')[0]);
            return;
        }

        var member = MemberLine().Match(line);
        if (!member.Success)
        {
            return;
        }

        var type = member.Groups["type"].Value;
        var typeParameters = GenericNames(type);
        var typeName = type.Split('<')[0] + Positional(typeParameters.Count, "!");
        string Normalize(string text, IReadOnlyList<string> methodParameters) =>
            NormalizeTypes(text, typeParameters, methodParameters);

        switch (member.Groups["kind"].Value)
        {
            case "C":
                keys.Add($"{typeName}::.ctor({Normalize(member.Groups["params"].Value, Array.Empty<string>())}) : System.Void");
                break;
            case "M":
                var methodParameters = GenericNames(member.Groups["name"].Value);
                var methodName = member.Groups["name"].Value.Split('<')[0] + (methodParameters.Count > 0 ? "``" + methodParameters.Count : string.Empty);
                keys.Add($"{typeName}::{methodName}({Normalize(member.Groups["params"].Value, methodParameters)}) : {Normalize(member.Groups["return"].Value, methodParameters)}");
                break;
            case "P":
                AddProperty(typeName, member, text => Normalize(text, Array.Empty<string>()));
                break;
        }
    }

    private void AddProperty(string typeName, Match member, Func<string, string> normalize)
    {
        var name = member.Groups["name"].Value;
        var indexParameters = member.Groups["index"].Success ? normalize(member.Groups["index"].Value) : string.Empty;
        var accessorName = name == "this" ? "Item" : name;
        var propertyType = normalize(member.Groups["return"].Value);
        var accessors = member.Groups["accessors"].Value;
        if (accessors.Contains("get;", StringComparison.Ordinal))
        {
            keys.Add($"{typeName}::get_{accessorName}({indexParameters}) : {propertyType}");
        }

        if (accessors.Contains("set;", StringComparison.Ordinal))
        {
            var parameters = indexParameters.Length == 0 ? propertyType : indexParameters + ", " + propertyType;
            keys.Add($"{typeName}::set_{accessorName}({parameters}) : System.Void");
        }
    }

    private static string Positional(int count, string prefix) =>
        count == 0 ? string.Empty : "<" + string.Join(",", Enumerable.Range(0, count).Select(i => prefix + i)) + ">";

    private static List<string> GenericNames(string name)
    {
        var open = name.IndexOf('<', StringComparison.Ordinal);
        return open < 0 ? new List<string>() : name[(open + 1)..^1].Split(',').ToList();
    }

    private static string NormalizeTypes(string text, IReadOnlyList<string> typeParameters, IReadOnlyList<string> methodParameters)
    {
        var replaced = Identifier().Replace(text, m =>
        {
            var methodIndex = IndexOf(methodParameters, m.Value);
            if (methodIndex >= 0)
            {
                return "!!" + methodIndex;
            }

            var typeIndex = IndexOf(typeParameters, m.Value);
            return typeIndex >= 0 ? "!" + typeIndex : m.Value;
        });
        return replaced.Replace("out ", "ref ", StringComparison.Ordinal);
    }

    private static int IndexOf(IReadOnlyList<string> names, string value)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^T \S+(?: abstract| sealed| static)* (?<name>[^ :]+)")]
    private static partial Regex TypeLine();

    [GeneratedRegex(@"^(?<kind>[CMP]) (?:static )?(?<type>[^:]+)::(?<name>[^(\[ ]+)(?:\((?<params>[^)]*)\)|\[(?<index>[^\]]*)\])?(?: : (?<return>[^{]+?))?(?: (?<accessors>\{[^}]*\}))?$")]
    private static partial Regex MemberLine();

    // Identifiers, possibly dotted or nested with '+', but never starting with '!' (already positional).
    [GeneratedRegex(@"(?<![!\w.+])[A-Za-z_][\w.+]*")]
    private static partial Regex Identifier();
}
