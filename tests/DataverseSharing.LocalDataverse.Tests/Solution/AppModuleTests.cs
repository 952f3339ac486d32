using System.Xml.Linq;
using DataverseSharing.LocalDataverse.Security;

namespace DataverseSharing.LocalDataverse.Tests.Solution;

/// <summary>
/// The "Practice Library" model-driven app (AppModules/dvs_PracticeLibrary) and its site map
/// (AppModuleSiteMaps/dvs_PracticeLibrary): valid for import, made only of components the solution has, and open to
/// the roles that run the library.
/// </summary>
public class AppModuleTests
{
    private const string AppFile = "AppModules/dvs_PracticeLibrary/AppModule.xml";
    private const string SiteMapFile = "AppModuleSiteMaps/dvs_PracticeLibrary/AppModuleSiteMap.xml";

    // AppModuleComponent types (solutioncomponent componenttype): table, view, form, site map.
    private const string TableType = "1";
    private const string ViewType = "26";
    private const string FormType = "60";
    private const string SiteMapType = "62";

    [Fact]
    public void AppModule_InsideCustomizations_IsValid()
    {
        AssertValid(SolutionSchema.ValidateAppModule(Read(AppFile), AppFile).Errors);
    }

    [Fact]
    public void AppModuleSiteMap_InsideCustomizations_IsValid()
    {
        AssertValid(SolutionSchema.ValidateAppModuleSiteMap(Read(SiteMapFile), SiteMapFile).Errors);
    }

    [Fact]
    public void SiteMap_AgainstTheSiteMapSchema_IsValid()
    {
        AssertValid(SolutionSchema.ValidateSiteMap(SiteMap(), SiteMapFile).Errors);
    }

    [Fact]
    public void ValidateSiteMap_TwoAreasWithOneId_IsAnError()
    {
        var siteMap = new XElement(SiteMap());
        siteMap.Add(new XElement(siteMap.Element("Area")!));

        Assert.Contains(SolutionSchema.ValidateSiteMap(siteMap, "x.xml").Errors, e => e.Contains("AreaIdMustBeUnique", StringComparison.Ordinal) || e.Contains("duplicate", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ValidateAppModule_NoLocalizedNames_IsAnError()
    {
        var text = Read(AppFile);
        var start = text.IndexOf("<LocalizedNames>", StringComparison.Ordinal);
        var end = text.IndexOf("</LocalizedNames>", StringComparison.Ordinal) + "</LocalizedNames>".Length;

        Assert.NotEmpty(SolutionSchema.ValidateAppModule(text.Remove(start, end - start), AppFile).Errors);
    }

    [Fact]
    public void AppModule_UniqueNameAndSiteMap_AreTheFoldersName()
    {
        var app = App();

        Assert.Equal("dvs_PracticeLibrary", app.Element("UniqueName")!.Value);
        Assert.Equal("Practice Library", app.Element("LocalizedNames")!.Element("LocalizedName")!.Attribute("description")!.Value);
        Assert.Equal(["dvs_PracticeLibrary"], Components(SiteMapType).Select(c => c.Attribute("schemaName")!.Value));
        Assert.Equal("dvs_PracticeLibrary", XDocument.Parse(Read(SiteMapFile)).Root!.Element("SiteMapUniqueName")!.Value);
    }

    [Fact]
    public void AppModule_Tables_AreThePracticesSuggestionsCreditOpportunitiesAndAccounts()
    {
        var tables = Components(TableType).Select(c => c.Attribute("schemaName")!.Value).Order(StringComparer.Ordinal);

        Assert.Equal(["account", "dvs_bestpractice", "dvs_contributorcredit", "dvs_practicesuggestion", "opportunity"], tables);
    }

    [Fact]
    public void AppModule_ViewsAndForms_AreFilesOfTheAppsTables()
    {
        var tables = Components(TableType).Select(c => c.Attribute("schemaName")!.Value).ToHashSet(StringComparer.Ordinal);
        var views = FilesById("SavedQueries");
        var forms = FilesById("FormXml");

        Assert.All(Components(ViewType), c => Assert.Contains(TableOf(views, c), tables));
        Assert.All(Components(FormType), c => Assert.Contains(TableOf(forms, c), tables));
        Assert.Contains(Id("c2a14bd3-2d8e-5e33-a3af-58c7008dcb46"), Components(FormType).Select(c => c.Attribute("id")!.Value));
    }

    [Fact]
    public void AppModule_Roles_AreTheApproverAndTheAdministrator()
    {
        var roles = App().Element("AppModuleRoleMaps")!.Elements("Role").Select(r => new Guid(r.Attribute("id")!.Value)).Order();

        Assert.Equal(new[] { PackageRoles.Get(PackageRoles.Approver).Id, PackageRoles.Get(PackageRoles.Administrator).Id }.Order(), roles);
    }

    [Fact]
    public void SiteMap_SubAreas_OpenOnlyTablesAndViewsOfTheApp()
    {
        var tables = Components(TableType).Select(c => c.Attribute("schemaName")!.Value).ToHashSet(StringComparer.Ordinal);
        var views = Components(ViewType).Select(c => c.Attribute("id")!.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var subAreas = SiteMap().Descendants("SubArea").ToList();

        Assert.All(subAreas, s =>
        {
            if (s.Attribute("Entity") is { } entity)
            {
                Assert.Contains(entity.Value, tables);
            }
            else
            {
                var url = Uri.UnescapeDataString(s.Attribute("Url")!.Value);
                var query = url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..].Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
                Assert.Contains(query["etn"], tables);
                Assert.Contains(query["viewid"], views);
            }
        });
    }

    [Fact]
    public void SiteMap_PracticeViews_AreTheFiveTheLibraryIsRunWith()
    {
        var titles = SiteMap().Descendants("Group").Single(g => g.Attribute("Id")!.Value == "dvs_practices")
            .Elements("SubArea").Select(s => s.Element("Titles")!.Element("Title")!.Attribute("Title")!.Value);

        Assert.Equal(["Approved by Topic", "Pending Approval", "Flagged for Review", "Expiring This Month", "My Drafts", "All Practices"], titles);
    }

    // The engine keeps no app rows: an org opened from the folder that holds the app must simply not trip on it.
    [Fact]
    public void LocalOrganization_SolutionFolderWithTheApp_OpensAndServesItsTables()
    {
        using var org = new SuggestionOrg();

        var id = org.AddPractice(p => p.WithTitle("Open with the app"));

        Assert.Equal("Open with the app", org.System.Retrieve("dvs_bestpractice", id, new Microsoft.Xrm.Sdk.Query.ColumnSet("dvs_name"))["dvs_name"]);
    }

    private static string Id(string guid) => "{" + guid + "}";

    private static string TableOf(IReadOnlyDictionary<string, string> filesById, XElement component)
    {
        var id = component.Attribute("id")!.Value;
        Assert.True(filesById.TryGetValue(id, out var table), $"{AppFile}: no file for component {id}");
        return table;
    }

    // Entities/<Table>/<kind>/.../{id}.xml by id, to the logical name of the table.
    private static Dictionary<string, string> FilesById(string kind) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.SolutionSource, "Entities"), "*.xml", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(RepositoryPaths.SolutionSource, path).Replace('\\', '/').Split('/'))
            .Where(parts => parts.Length >= 4 && parts[2] == kind)
            .ToDictionary(parts => Path.GetFileNameWithoutExtension(parts[^1]), parts => parts[1].ToLowerInvariant(), StringComparer.OrdinalIgnoreCase);

    private static XElement App() => XDocument.Parse(Read(AppFile)).Root!;

    private static XElement SiteMap() => XDocument.Parse(Read(SiteMapFile), LoadOptions.SetLineInfo).Root!.Element("SiteMap")!;

    private static IEnumerable<XElement> Components(string type) =>
        App().Element("AppModuleComponents")!.Elements("AppModuleComponent").Where(c => c.Attribute("type")!.Value == type);

    private static void AssertValid(IReadOnlyList<string> errors) =>
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));

    private static string Read(string relative) => File.ReadAllText(Path.Combine(RepositoryPaths.SolutionSource, relative));
}
