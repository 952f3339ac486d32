namespace DataverseSharing.LocalDataverse.Tests.Solution;

/// <summary>The solution source must be what Dataverse imports: valid against the published schema.</summary>
public class SolutionSchemaValidationTests
{
    private static string Src => RepositoryPaths.SolutionSource;

    public static TheoryData<string> EntityFiles() => new(Files("Entities", "Entity.xml"));

    public static TheoryData<string> RelationshipFiles() => new(Files(Path.Combine("Other", "Relationships"), "*.xml"));

    public static TheoryData<string> OptionSetFiles() => new(Files("OptionSets", "*.xml"));

    [Fact]
    public void Customizations_AsUnpacked_IsValid()
    {
        AssertValid(SolutionSchema.ValidateDocument(Read("Other/Customizations.xml"), "Other/Customizations.xml").Errors);
    }

    [Theory]
    [MemberData(nameof(EntityFiles))]
    public void EntityXml_InsideCustomizations_IsValid(string file)
    {
        AssertValid(SolutionSchema.ValidateEntity(Read(file), file).Errors);
    }

    [Theory]
    [MemberData(nameof(RelationshipFiles))]
    public void RelationshipsXml_InsideCustomizations_IsValid(string file)
    {
        AssertValid(SolutionSchema.ValidateRelationships(Read(file), file).Errors);
    }

    [Theory]
    [MemberData(nameof(OptionSetFiles))]
    public void GlobalOptionSet_InsideCustomizations_IsValid(string file)
    {
        AssertValid(SolutionSchema.ValidateGlobalOptionSet(Read(file), file).Errors);
    }

    [Fact]
    public void AllowList_EveryEntry_IsNeededByTheSolution()
    {
        var found = Files("Entities", "Entity.xml").Select(f => SolutionSchema.ValidateEntity(Read(f), f))
            .Concat(Files(Path.Combine("Other", "Relationships"), "*.xml").Select(f => SolutionSchema.ValidateRelationships(Read(f), f)))
            .Concat(Files("AppModules", "AppModule.xml").Select(f => SolutionSchema.ValidateAppModule(Read(f), f)))
            .Concat(Files("AppModuleSiteMaps", "AppModuleSiteMap.xml").Select(f => SolutionSchema.ValidateAppModuleSiteMap(Read(f), f)))
            .SelectMany(r => r.AllowListedFound)
            .ToHashSet();

        Assert.Equal(SolutionSchema.AllowList.Keys.Order(), found.Order());
    }

    [Fact]
    public void ValidateEntity_UnknownAttributeType_ReportsFileAndLine()
    {
        var text = Read("Entities/Account/Entity.xml");
        var line = text[..text.IndexOf("<Type>nvarchar</Type>", StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var result = SolutionSchema.ValidateEntity(text.Replace("<Type>nvarchar</Type>", "<Type>string</Type>", StringComparison.Ordinal), "Account.xml");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith($"Account.xml({line}): Error:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateEntity_ElementUnknownToSchema_IsAnError()
    {
        var text = Read("Entities/Account/Entity.xml").Replace("<IsSecured>0</IsSecured>", "<IsSecured>0</IsSecured><IsShiny>1</IsShiny>", StringComparison.Ordinal);

        Assert.Contains(SolutionSchema.ValidateEntity(text, "Account.xml").Errors, e => e.Contains("IsShiny", StringComparison.Ordinal));
    }

    [Fact]
    public void ValidateRelationships_InvalidCascade_IsAnError()
    {
        var text = Read("Other/Relationships/Opportunity.xml").Replace("<CascadeDelete>Cascade</CascadeDelete>", "<CascadeDelete>Sometimes</CascadeDelete>", StringComparison.Ordinal);

        Assert.NotEmpty(SolutionSchema.ValidateRelationships(text, "Opportunity.xml").Errors);
    }

    // Lists every error in full, so a failure reads as a to-do list of file(line) entries.
    private static void AssertValid(IReadOnlyList<string> errors) =>
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));

    private static string Read(string relative) => File.ReadAllText(Path.Combine(Src, relative));

    private static List<string> Files(string folder, string pattern) =>
        Directory.EnumerateFiles(Path.Combine(Src, folder), pattern, SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Src, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}
