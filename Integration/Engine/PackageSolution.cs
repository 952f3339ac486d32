using System.Reflection;
using DataverseSharing.Plugins.Core;

namespace DataverseSharing.Integration.Engine;

/// <summary>
/// The package's own solution as the console opens it: the unpacked folder (Solution/src, copied beside the console
/// by the build with the plug-in package the Plugins build packs into it) and the plug-in assembly its step files
/// name. Organizations load the steps and custom APIs from that folder, as an import of the solution would.
/// </summary>
internal static class PackageSolution
{
    /// <summary>The plug-in package's unique name (publisher prefix, then the name).</summary>
    public const string PackageUniqueName = "dvs_DataverseSharingPlugins";

    /// <summary>The net10.0 build of the plug-ins, which the console and the tests run.</summary>
    public static Assembly Plugins => typeof(PluginBase).Assembly;

    /// <summary>The package whose declarations the registration files are generated from.</summary>
    public static PluginPackage Package => new(Plugins, PackageUniqueName, VersionOf(Plugins));

    /// <summary>The solution folder the build copies beside the console (see Integration's project file).</summary>
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Solution");

    // The NuGet version the package is packed with: the informational version without its source revision.
    private static string VersionOf(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString(3)
            ?? "1.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
