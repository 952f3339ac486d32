using System.Xml.Linq;

namespace DataverseSharing.LocalDataverse.Tests.Solution;

/// <summary>
/// Other/Solution.xml's root components against the files of the folder: every component the folder holds is in
/// the solution, and every root component has its file, so a pack neither drops a file nor names a missing one.
/// </summary>
public class RootComponentTests
{
    // solutioncomponent componenttype values of the components an unpacked folder holds as files.
    private const int Table = 1;
    private const int OptionSet = 9;
    private const int Role = 20;
    private const int View = 26;
    private const int Form = 60;
    private const int WebResource = 61;
    private const int SiteMap = 62;
    private const int AppModule = 80;
    private const int PluginAssembly = 91;
    private const int Step = 92;
    private const int EnvironmentVariable = 380;

    // Behaviour 0 includes a table with all its subcomponents (forms and views among them); 2 ("do not include
    // subcomponents") includes only the columns its Entity.xml lists, so its forms and views are roots of their own.
    private const string IncludeSubcomponents = "0";

    // Folders that hold no root component files: the solution's own files, and custom APIs and plug-in packages,
    // which are solution-aware tables whose component type number each environment assigns (10000 and up), so
    // no fixed type exists to write; they are packed from their folders.
    private static readonly string[] NotComponents = ["Other", "customapis", "pluginpackages"];

    public static TheoryData<string> ComponentFiles() => new(Files().Where(f => !NotComponents.Contains(f.Split('/')[0])));

    [Theory]
    [MemberData(nameof(ComponentFiles))]
    public void ComponentFile_IsInTheSolution(string file)
    {
        var roots = Roots();
        var (type, key) = ComponentOf(file);
        var table = file.StartsWith("Entities/", StringComparison.Ordinal) ? file.Split('/')[1] : null;

        var rooted = roots.Any(r => r.Type == type && Same(r.Key, key))
            || (table is not null && type != Table && roots.Any(r => r.Type == Table && Same(r.Key, table) && r.Behavior == IncludeSubcomponents));

        Assert.True(rooted, $"{file}: its component (type {type}, {key}) is not a root component of Other/Solution.xml, nor a subcomponent of a table included with its subcomponents.");
    }

    [Fact]
    public void RootComponents_EachHasItsFile()
    {
        var files = Files().Where(f => !NotComponents.Contains(f.Split('/')[0])).Select(ComponentOf).ToList();

        var missing = Roots().Where(r => !files.Any(f => f.Type == r.Type && Same(f.Key, r.Key))).Select(r => $"type {r.Type} {r.Key}");

        Assert.Empty(missing);
    }

    [Fact]
    public void RootComponents_AppAndSiteMap_AreRootedByUniqueName()
    {
        Assert.Contains(Roots(), r => r.Type == AppModule && r.Key == "dvs_PracticeLibrary");
        Assert.Contains(Roots(), r => r.Type == SiteMap && r.Key == "dvs_PracticeLibrary");
    }

    [Fact]
    public void Publisher_PrefixAndOptionValuePrefix_AreTheDocumentedOnes()
    {
        var publisher = Manifest().Element("Publisher")!;

        Assert.Equal("dataversesharing", publisher.Element("UniqueName")!.Value);
        Assert.Equal("dvs", publisher.Element("CustomizationPrefix")!.Value);
        Assert.Equal("61742", publisher.Element("CustomizationOptionValuePrefix")!.Value);
    }

    [Fact]
    public void ComponentOf_FileOfNoKnownKind_NamesTheFile()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ComponentOf("Reports/Sales.xml"));

        Assert.Contains("Reports/Sales.xml", error.Message, StringComparison.Ordinal);
    }

    private static (int Type, string Key) ComponentOf(string file)
    {
        var parts = file.Split('/');
        return parts[0] switch
        {
            "Entities" when parts.Length == 3 && parts[2] == "Entity.xml" => (Table, parts[1]),
            "Entities" when parts.Length == 3 && parts[2] == "RibbonDiff.xml" => (Table, parts[1]),
            "Entities" when parts.Length == 5 && parts[2] == "FormXml" => (Form, Path.GetFileNameWithoutExtension(file)),
            "Entities" when parts.Length == 4 && parts[2] == "SavedQueries" => (View, Path.GetFileNameWithoutExtension(file)),
            "OptionSets" => (OptionSet, Path.GetFileNameWithoutExtension(file)),
            "Roles" => (Role, Xml(file).Attribute("id")!.Value),
            "SdkMessageProcessingSteps" => (Step, Path.GetFileNameWithoutExtension(file)),
            "environmentvariabledefinitions" => (EnvironmentVariable, Xml(file).Attribute("schemaname")!.Value),
            "AppModules" => (AppModule, Xml(file).Element("UniqueName")!.Value),
            "AppModuleSiteMaps" => (SiteMap, Xml(file).Element("SiteMapUniqueName")!.Value),
            "WebResources" when file.EndsWith(".data.xml", StringComparison.Ordinal) => (WebResource, Xml(file).Element("Name")!.Value),
            "PluginAssemblies" when file.EndsWith(".dll.data.xml", StringComparison.Ordinal) => (PluginAssembly, Xml(file).Attribute("FullName")!.Value),
            _ => throw new InvalidOperationException($"{file}: not a kind of component file this test knows; say which root component it is."),
        };
    }

    // Ids compare as GUIDs (braces and case vary between exports); names compare without case, as Dataverse's do.
    private static bool Same(string a, string b) =>
        Guid.TryParse(a, out var x) && Guid.TryParse(b, out var y) ? x == y : string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static XElement Manifest() => Xml("Other/Solution.xml").Element("SolutionManifest")!;

    private static List<(int Type, string Key, string Behavior)> Roots() =>
        Manifest().Element("RootComponents")!.Elements("RootComponent")
            .Select(r => (
                int.Parse(r.Attribute("type")!.Value, System.Globalization.CultureInfo.InvariantCulture),
                (r.Attribute("schemaName") ?? r.Attribute("id"))!.Value,
                r.Attribute("behavior")?.Value ?? IncludeSubcomponents))
            .ToList();

    private static XElement Xml(string relative) => XDocument.Load(Path.Combine(RepositoryPaths.SolutionSource, relative)).Root!;

    private static List<string> Files() =>
        Directory.EnumerateFiles(RepositoryPaths.SolutionSource, "*.xml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryPaths.SolutionSource, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
