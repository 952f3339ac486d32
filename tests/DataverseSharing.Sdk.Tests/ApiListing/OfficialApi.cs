namespace DataverseSharing.Sdk.Tests.ApiListing;

/// <summary>One of the official API listings copied beside the tests (OfficialApi/*.api.txt).</summary>
internal sealed class OfficialApi
{
    private static readonly Dictionary<string, OfficialApi> Cache = new(StringComparer.Ordinal);

    private OfficialApi(string assemblyName, string[] lines)
    {
        AssemblyName = assemblyName;
        Header = lines[0];
        Lines = new HashSet<string>(lines.Skip(1).Where(l => l.Length > 0), StringComparer.Ordinal);
        TypeLines = Lines.Where(l => l.StartsWith("T ", StringComparison.Ordinal))
            .Select(ApiTypeLine.Parse)
            .ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    public string AssemblyName { get; }

    /// <summary>The first line: <c># assembly version token</c>.</summary>
    public string Header { get; }

    public IReadOnlySet<string> Lines { get; }

    /// <summary>The T lines, by namespace-qualified type name.</summary>
    public IReadOnlyDictionary<string, ApiTypeLine> TypeLines { get; }

    /// <summary>The listing of an assembly, e.g. "Microsoft.Xrm.Sdk".</summary>
    public static OfficialApi Load(string assemblyName)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(assemblyName, out OfficialApi? api))
            {
                string path = Path.Combine(AppContext.BaseDirectory, "OfficialApi", assemblyName + ".api.txt");
                api = new OfficialApi(assemblyName, File.ReadAllLines(path));
                Cache.Add(assemblyName, api);
            }

            return api;
        }
    }

    /// <summary>Whether a type name is an interface, according to either official listing.</summary>
    public static bool IsKnownInterface(string typeName)
    {
        foreach (string name in new[] { "Microsoft.Xrm.Sdk", "Microsoft.Crm.Sdk.Proxy" })
        {
            if (Load(name).TypeLines.TryGetValue(typeName, out ApiTypeLine? line))
            {
                return line.Kind == "interface";
            }
        }

        // Outside the listings (System types): the .NET naming convention, I + capital or a leading underscore.
        string simple = typeName.Split('<')[0];
        simple = simple[(simple.LastIndexOf('.') + 1)..];
        return simple.StartsWith('_') || (simple.Length > 1 && simple[0] == 'I' && char.IsUpper(simple[1]));
    }
}
