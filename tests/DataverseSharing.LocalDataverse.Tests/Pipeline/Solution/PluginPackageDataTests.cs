using System.IO.Compression;
using System.Runtime.Loader;
using DataverseSharing.LocalDataverse.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline.Solution;

/// <summary>
/// Plug-in packages in solution folders (pluginpackages/&lt;name&gt;/pluginpackage.xml with package/&lt;name&gt;.nupkg):
/// the nupkg's lib/net462 assemblies load together, the steps' plug-in types resolve from them, a plug-in's
/// dependent assembly in the same package resolves, and bad packages are refused naming the file.
/// </summary>
public sealed class PluginPackageDataTests : IDisposable
{
    private static readonly Guid Caller = new("d0000000-0000-0000-0000-0000000000f1");

    private readonly TemporaryFolder temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void SolutionFolders_PackageStep_RunsPluginThatCallsTheDependentAssembly()
    {
        using var org = LocalOrganization.CreateInMemory(ContosoPackageSample.Options());

        var id = org.ServiceAs(Caller).Create(new Entity("contoso_widget") { ["contoso_name"] = " sprocket " });

        var log = org.SystemService.Retrieve("contoso_widget", id, new ColumnSet("contoso_log")).GetAttributeValue<string>("contoso_log");
        Assert.Equal($"stamped SPROCKET by Contoso QA (ContosoShared) for {Caller:D}", log);
    }

    [Fact]
    public void SolutionFolders_PackageStep_TypeLoadedApartWithTheEngineSdk()
    {
        using var org = LocalOrganization.CreateInMemory(ContosoPackageSample.Options());

        var type = Assert.Single(org.Pipeline.Steps).PluginType;
        Assert.Equal("ContosoPackage.WidgetStampPlugin", type.FullName);
        Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(type.Assembly));
        Assert.Same(typeof(IPlugin).Assembly, type.Assembly.GetReferencedAssemblies().Select(AssemblyLoadContext.GetLoadContext(type.Assembly)!.LoadFromAssemblyName).Single(a => a.GetName().Name == "Microsoft.Xrm.Sdk"));
    }

    [Fact]
    public void SolutionFolders_SamePackageOpenedTwice_SameTypes()
    {
        using var first = LocalOrganization.CreateInMemory(ContosoPackageSample.Options());
        using var second = LocalOrganization.CreateInMemory(ContosoPackageSample.Options(temp.CopyOf(ContosoPackageSample.SolutionFolder, "copy")));

        Assert.Same(first.Pipeline.Steps.Single().PluginType, second.Pipeline.Steps.Single().PluginType);
    }

    [Fact]
    public void SolutionFolders_Package_WritesPackageRowAndPluginAssemblyWithPackageId()
    {
        using var org = LocalOrganization.CreateInMemory(ContosoPackageSample.Options());

        var package = Assert.Single(All(org, "pluginpackage"));
        Assert.Equal("contoso_ContosoPackage", package["uniquename"]);
        Assert.Equal("1.0.0", package["version"]);

        // ContosoShared holds no plug-in: a dependency alone is no pluginassembly, as in Dataverse.
        var assembly = Assert.Single(All(org, "pluginassembly"));
        Assert.Equal("ContosoPackage", assembly["name"]);
        Assert.Equal(package.Id, assembly.GetAttributeValue<EntityReference>("packageid")!.Id);
        var type = Assert.Single(All(org, "plugintype"));
        Assert.Equal("ContosoPackage.WidgetStampPlugin", type["typename"]);
        Assert.Equal(assembly.Id, type.GetAttributeValue<EntityReference>("pluginassemblyid")!.Id);
        var step = Assert.Single(All(org, "sdkmessageprocessingstep"));
        Assert.Equal(type.Id, step.GetAttributeValue<EntityReference>("plugintypeid")!.Id);
    }

    [Fact]
    public void SolutionFolders_OwnPluginsPackage_LoadsWithItsDomainDependencyAgainstTheEngineSdk()
    {
        var folder = temp.File("own");
        Directory.CreateDirectory(Path.Combine(folder, "Other"));
        File.Copy(Path.Combine(ContosoPackageSample.SolutionFolder, "Other", "Solution.xml"), Path.Combine(folder, "Other", "Solution.xml"));
        Directory.CreateDirectory(Path.Combine(folder, "pluginpackages", "dvs_DataverseSharingPlugins", "package"));
        File.WriteAllText(Path.Combine(folder, "pluginpackages", "dvs_DataverseSharingPlugins", "pluginpackage.xml"), """
            <?xml version="1.0" encoding="utf-8"?>
            <pluginpackage uniquename="dvs_DataverseSharingPlugins">
              <name>dvs_DataverseSharingPlugins</name>
              <package>dvs_DataverseSharingPlugins.nupkg</package>
              <version>1.0.0</version>
            </pluginpackage>
            """);
        File.Copy(ContosoPackageSample.OwnPluginsPackage, Path.Combine(folder, "pluginpackages", "dvs_DataverseSharingPlugins", "package", "dvs_DataverseSharingPlugins.nupkg"));

        var package = Assert.Single(LocalDataverse.Pipeline.Solution.PluginPackageData.ReadAll(LocalDataverse.Metadata.Solution.SolutionSource.FromDirectory(folder)));

        Assert.Equal(["DataverseSharing.Domain", "DataverseSharing.Plugins"], package.Assemblies.Select(a => a.Assembly.GetName().Name));
        var plugins = package.Assemblies.Single(a => a.Assembly.GetName().Name == "DataverseSharing.Plugins").Assembly;
        Assert.NotSame(AssemblyLoadContext.Default, AssemblyLoadContext.GetLoadContext(plugins));
        Assert.Contains(plugins.GetReferencedAssemblies(), r => r.Name == "mscorlib");
        var pluginBase = plugins.GetType("DataverseSharing.Plugins.Core.PluginBase", throwOnError: true)!;
        Assert.True(typeof(IPlugin).IsAssignableFrom(pluginBase));
        Assert.All(package.Assemblies.SelectMany(a => a.PluginTypes), t => Assert.True(typeof(IPlugin).IsAssignableFrom(t)));
        using var org = LocalOrganization.CreateInMemory(ContosoPackageSample.Options(folder));
        Assert.Equal("dvs_DataverseSharingPlugins", Assert.Single(All(org, "pluginpackage"))["uniquename"]);
    }

    [Fact]
    public void SolutionFolders_NupkgNotAZip_RefusedNamingTheFile()
    {
        var folder = Copy();
        File.WriteAllText(Path.Combine(folder, ContosoPackageSample.NupkgPath), "not a zip");

        var error = Assert.Throws<MetadataException>(() => LocalOrganization.CreateInMemory(ContosoPackageSample.Options(folder)));

        Assert.Contains($"{ContosoPackageSample.NupkgPath}: The plug-in package is not a NuGet package (a zip)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SolutionFolders_NupkgWithoutNet462_RefusedNamingTheFile()
    {
        var folder = Copy();
        RewritePackage(folder, entry => entry.Replace("lib/net462/", "lib/net8.0/", StringComparison.Ordinal));

        var error = Assert.Throws<MetadataException>(() => LocalOrganization.CreateInMemory(ContosoPackageSample.Options(folder)));

        Assert.Contains($"{ContosoPackageSample.NupkgPath}: The plug-in package has no assembly in lib/net462/", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SolutionFolders_PackageWithoutItsDependentAssembly_RefusedNamingTheMissingAssembly()
    {
        var folder = Copy();
        RewritePackage(folder, entry => entry.EndsWith("ContosoShared.dll", StringComparison.Ordinal) ? null : entry);

        var error = Assert.Throws<MetadataException>(() => LocalOrganization.CreateInMemory(ContosoPackageSample.Options(folder)));

        Assert.Contains($"{ContosoPackageSample.NupkgPath}: lib/net462/ContosoPackage.dll needs ContosoShared, Version=1.0.0.0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SolutionFolders_PackageOver16MB_RefusedNamingTheFile()
    {
        var folder = Copy();
        File.WriteAllBytes(Path.Combine(folder, ContosoPackageSample.NupkgPath), new byte[(16 * 1024 * 1024) + 1]);

        var error = Assert.Throws<MetadataException>(() => LocalOrganization.CreateInMemory(ContosoPackageSample.Options(folder)));

        Assert.Contains($"{ContosoPackageSample.NupkgPath}: The plug-in package is 16,777,217 bytes; Dataverse takes packages of at most 16 MB.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SolutionFolders_PackageWithoutVersion_RefusedNamingTheManifest()
    {
        var folder = Copy();
        var manifest = Path.Combine(folder, ContosoPackageSample.PackageFolder, "pluginpackage.xml");
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("<version>1.0.0</version>", string.Empty, StringComparison.Ordinal));

        var error = Assert.Throws<MetadataException>(() => LocalOrganization.CreateInMemory(ContosoPackageSample.Options(folder)));

        Assert.Contains($"{ContosoPackageSample.PackageFolder}/pluginpackage.xml(2): <pluginpackage> has no value in <version>.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SolutionFolders_PackageFolderWithoutNupkg_RefusedNamingTheMissingFile()
    {
        var folder = Copy();
        File.Delete(Path.Combine(folder, ContosoPackageSample.NupkgPath));

        var error = Assert.Throws<MetadataException>(() => LocalOrganization.CreateInMemory(ContosoPackageSample.Options(folder)));

        Assert.Contains($"{ContosoPackageSample.PackageFolder}/pluginpackage.xml(2): The plug-in package 'contoso_ContosoPackage' has no package file: {ContosoPackageSample.NupkgPath} is missing.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SolutionFolders_StepTypeInNoneOfThePackages_RefusedNamingTheStepAndTheAssemblies()
    {
        var folder = Copy();
        var step = Path.Combine(folder, ContosoPackageSample.StepFile);
        File.WriteAllText(step, File.ReadAllText(step).Replace("ContosoPackage.WidgetStampPlugin,", "ContosoPackage.Missing,", StringComparison.Ordinal));

        var error = Assert.Throws<MetadataException>(() => LocalOrganization.CreateInMemory(ContosoPackageSample.Options(folder)));

        Assert.Contains($"{ContosoPackageSample.StepFile}(2): step {ContosoPackageSample.StepId}", error.Message, StringComparison.Ordinal);
        Assert.Contains("'ContosoPackage.Missing' of assembly 'ContosoPackage' is in none of the given plug-in assemblies or the folder's plug-in packages (ContosoPackage, ContosoShared)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_BadPackage_CreatesNoDatabaseFile()
    {
        var folder = Copy();
        File.WriteAllText(Path.Combine(folder, ContosoPackageSample.NupkgPath), "not a zip");
        var path = temp.File("org.db");

        Assert.Throws<MetadataException>(() => LocalOrganization.Open(path, ContosoPackageSample.Options(folder)));

        Assert.False(File.Exists(path));
    }

    private string Copy() => temp.CopyOf(ContosoPackageSample.SolutionFolder, "solution-" + Guid.NewGuid().ToString("N"));

    // Rewrites the folder's nupkg entry by entry: a new name, or null to leave the entry out.
    private static void RewritePackage(string folder, Func<string, string?> rename)
    {
        var path = Path.Combine(folder, ContosoPackageSample.NupkgPath);
        var original = File.ReadAllBytes(path);
        using var source = new ZipArchive(new MemoryStream(original), ZipArchiveMode.Read);
        using var target = ZipFile.Open(path + ".new", ZipArchiveMode.Create);
        foreach (var entry in source.Entries)
        {
            if (rename(entry.FullName) is { } name)
            {
                using var from = entry.Open();
                using var to = target.CreateEntry(name).Open();
                from.CopyTo(to);
            }
        }

        target.Dispose();
        File.Move(path + ".new", path, overwrite: true);
    }

    private static IReadOnlyList<Entity> All(LocalOrganization org, string table) =>
        org.SystemService.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(true) }).Entities;
}
