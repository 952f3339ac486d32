using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Metadata.Solution;
using DataverseSharing.Testing.Solutions;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Tests.Metadata.Solution;

/// <summary>environmentvariabledefinitions/ become the definition and value rows a plug-in reads variables from.</summary>
public sealed class EnvironmentVariableReaderTests : IDisposable
{
    private const string Definition = "environmentvariabledefinitions/fab_ApiUrl/environmentvariabledefinition.xml";
    private readonly UnpackedSolutionBuilder solution = new();

    public void Dispose() => solution.Dispose();

    [Fact]
    public void Read_DefinitionWithCurrentValue_DefinitionRowThenValueRowLinkedToIt()
    {
        solution.EnvironmentVariable("fab_ApiUrl", defaultValue: "https://default.test", currentValue: "https://current.test");

        var rows = Read();

        Assert.Equal(["environmentvariabledefinition", "environmentvariablevalue"], rows.Select(r => r.LogicalName));
        var definition = rows[0];
        Assert.Equal("fab_ApiUrl", definition["schemaname"]);
        Assert.Equal("fab_ApiUrl display", definition["displayname"]);
        Assert.Equal("https://default.test", definition["defaultvalue"]);
        Assert.Equal(100000000, definition.GetAttributeValue<OptionSetValue>("type")!.Value);
        Assert.Equal(definition.Id, definition["environmentvariabledefinitionid"]);
        var value = rows[1];
        Assert.Equal("https://current.test", value["value"]);
        Assert.Equal("fab_ApiUrl", value["schemaname"]);
        Assert.Equal(definition.ToEntityReference(), value["environmentvariabledefinitionid"]);
    }

    [Fact]
    public void Read_DefinitionWithoutValueFile_OnlyTheDefinitionWithItsDefault()
    {
        solution.EnvironmentVariable("fab_Retries", defaultValue: "3", type: 100000001);

        var row = Assert.Single(Read());

        Assert.Equal("3", row["defaultvalue"]);
        Assert.Equal(100000001, row.GetAttributeValue<OptionSetValue>("type")!.Value);
    }

    [Fact]
    public void Read_NoDefaultValue_LeavesTheColumnOut()
    {
        solution.EnvironmentVariable("fab_Flag", defaultValue: null, currentValue: "yes", type: 100000002);

        Assert.False(Read()[0].Contains("defaultvalue"));
    }

    [Fact]
    public void Read_TwiceFromTheSameFolder_SameIds()
    {
        solution.EnvironmentVariable("fab_ApiUrl", "a", "b");

        Assert.Equal(Read().Select(r => r.Id), Read().Select(r => r.Id));
    }

    [Fact]
    public void Read_UnknownType_FailsNamingTheFileAndLine()
    {
        solution.EnvironmentVariable("fab_ApiUrl", "a", type: 7);

        var error = Assert.Throws<MetadataException>(Read);

        Assert.StartsWith(Definition + "(", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown type 7", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoType_FailsNamingTheVariable()
    {
        solution.Write(Definition, "<environmentvariabledefinition schemaname=\"fab_ApiUrl\"><defaultvalue>a</defaultvalue></environmentvariabledefinition>");

        var error = Assert.Throws<MetadataException>(Read);

        Assert.Contains("'fab_ApiUrl' has no value in <type>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NoSchemaName_FailsNamingTheElement()
    {
        solution.Write(Definition, "<environmentvariabledefinition><type>100000000</type></environmentvariabledefinition>");

        Assert.Contains("has no schemaname attribute", Assert.Throws<MetadataException>(Read).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MalformedValueJson_FailsNamingTheFileAndLine()
    {
        solution.EnvironmentVariable("fab_ApiUrl", "a");
        solution.Write("environmentvariabledefinitions/fab_ApiUrl/environmentvariablevalues.json", "{\n  \"environmentvariablevalues\": {\n    oops\n}");

        var error = Assert.Throws<MetadataException>(Read);

        Assert.StartsWith("environmentvariabledefinitions/fab_ApiUrl/environmentvariablevalues.json(3)", error.Message, StringComparison.Ordinal);
        Assert.Contains("Malformed JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ValueWithoutValue_Fails()
    {
        solution.EnvironmentVariable("fab_ApiUrl", "a");
        solution.Write("environmentvariabledefinitions/fab_ApiUrl/environmentvariablevalues.json", """{"environmentvariablevalues":{"environmentvariablevalue":{"iscustomizable":"1"}}}""");

        Assert.Contains("has no \"value\"", Assert.Throws<MetadataException>(Read).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DefinitionInAnotherVariablesFolder_Fails()
    {
        solution.Write("environmentvariabledefinitions/fab_Other/environmentvariabledefinition.xml",
            "<environmentvariabledefinition schemaname=\"fab_ApiUrl\"><type>100000000</type></environmentvariabledefinition>");

        Assert.Contains("must be in environmentvariabledefinitions/fab_ApiUrl/", Assert.Throws<MetadataException>(Read).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateInMemory_BadVariable_StopsTheOpeningNamingTheFolder()
    {
        solution.EnvironmentVariable("fab_ApiUrl", "a", type: 7);

        var error = Assert.Throws<MetadataException>(() => LocalOrganization.CreateInMemory(new LocalOrganizationOptions { SolutionFolders = [solution.Root], EnforceSecurity = false }));

        Assert.Contains($"Solution folder '{solution.Root}'", error.Message, StringComparison.Ordinal);
        Assert.Contains(Definition, error.Message, StringComparison.Ordinal);
    }

    private IReadOnlyList<Entity> Read() => EnvironmentVariableReader.Read(SolutionSource.FromDirectory(solution.Root));
}
