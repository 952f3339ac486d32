using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.Loader;
using System.Security.Cryptography;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Pipeline.Solution;

/// <summary>
/// The assemblies of one plug-in package (a nupkg's lib/net462), loaded apart from everything else as the sandbox
/// loads a package: an assembly the package holds resolves to the package's copy, the SDK assemblies resolve to the
/// ones the engine runs (so the package's plug-ins implement the engine's IPlugin), anything else falls back to the
/// runtime. The same package bytes always give the same context, so two organizations opened on one solution share
/// its types, and a test process loads each package once.
/// </summary>
internal sealed class PluginPackageLoadContext : AssemblyLoadContext
{
    /// <summary>Assemblies the sandbox supplies: a package's own copy is never loaded (Dataverse never uses it either).</summary>
    public static readonly IReadOnlySet<string> SandboxAssemblies = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "Microsoft.Xrm.Sdk",
        "Microsoft.Crm.Sdk.Proxy",
    };

    // Keyed by the package's SHA-256: a cache only, correctness never depends on it (a miss loads the bytes again).
    private static readonly ConcurrentDictionary<string, PluginPackageLoadContext> Loaded = new(StringComparer.Ordinal);

    private readonly Dictionary<string, byte[]> images;
    private readonly Dictionary<string, Assembly> assemblies = new(StringComparer.OrdinalIgnoreCase);

    private PluginPackageLoadContext(string name, Dictionary<string, byte[]> images)
        : base($"plug-in package {name}", isCollectible: false)
    {
        this.images = images;
    }

    /// <summary>The assemblies of the package's lib/net462, in name order.</summary>
    public IReadOnlyList<Assembly> PackageAssemblies { get; private set; } = [];

    /// <summary>
    /// The context of a package whose lib/net462 holds these assembly images (simple name to bytes), every image
    /// loaded. A failure (an image that is not an assembly) caches nothing.
    /// </summary>
    /// <exception cref="BadImageFormatException">An image is not a .NET assembly; its message names the file.</exception>
    public static PluginPackageLoadContext For(string name, byte[] package, IReadOnlyDictionary<string, byte[]> images)
    {
        var key = Convert.ToHexString(SHA256.HashData(package));
        if (Loaded.TryGetValue(key, out var known))
        {
            return known;
        }

        var context = new PluginPackageLoadContext(name, new Dictionary<string, byte[]>(images, StringComparer.OrdinalIgnoreCase));
        context.PackageAssemblies = context.images.Keys.Order(StringComparer.OrdinalIgnoreCase).Select(simple => context.LoadImage(simple)).ToList();
        return Loaded.GetOrAdd(key, context);
    }

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var simple = assemblyName.Name ?? string.Empty;
        if (SandboxAssemblies.Contains(simple))
        {
            return simple.Equals("Microsoft.Xrm.Sdk", StringComparison.OrdinalIgnoreCase)
                ? typeof(IPlugin).Assembly
                : Default.LoadFromAssemblyName(new AssemblyName(simple));
        }

        // Null falls back to the default context: the runtime's own assemblies.
        return images.ContainsKey(simple) ? LoadImage(simple) : null;
    }

    private Assembly LoadImage(string simple)
    {
        lock (assemblies)
        {
            if (!assemblies.TryGetValue(simple, out var assembly))
            {
                using var stream = new MemoryStream(images[simple], writable: false);
                assembly = LoadFromStream(stream);
                assemblies[simple] = assembly;
            }

            return assembly;
        }
    }
}
