using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Metadata.Solution;
using DataverseSharing.LocalDataverse.Service.Messages;
using DataverseSharing.LocalDataverse.Tests.Service;
using DataverseSharing.LocalDataverse.Tests.Service.Messages;
using DataverseSharing.Testing.Solutions;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Tests.Metadata.Solution;

/// <summary>A third-party folder's customapis/ become custom APIs whose plug-ins run; bad files stop the opening.</summary>
public sealed class CustomApiXmlReaderTests : IDisposable
{
    private static readonly Guid MeasureTypeId = new("7d2e4f60-1111-4c3b-8a9d-000000000001");
    private const string ApiFile = "customapis/fab_Measure/customapi.xml";

    private readonly UnpackedSolutionBuilder solution = new UnpackedSolutionBuilder()
        .PluginAssembly(typeof(MeasurePlugin).Assembly, (typeof(MeasurePlugin), MeasureTypeId))
        .CustomApi("fab_Measure", MeasureTypeId, parameters: [("Text", 10, false), ("Times", 7, true)], properties: [("Length", 7), ("Depth", 7)]);

    public void Dispose() => solution.Dispose();

    [Fact]
    public void CreateInMemory_FolderWithCustomApi_RequestRunsItsPlugin()
    {
        using var org = Open();

        var response = org.SystemService.Execute(new OrganizationRequest("fab_Measure") { ["Text"] = "abc", ["Times"] = 2 });

        Assert.Equal(6, response["Length"]);
    }

    [Fact]
    public void CreateInMemory_RequiredParameterLeftOut_FaultNamesIt()
    {
        using var org = Open();

        var fault = LocalEngine.Fault(() => org.SystemService.Execute(new OrganizationRequest("fab_Measure") { ["Times"] = 2 }));

        Assert.Contains("'Text'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateInMemory_OptionalParameterLeftOut_Runs()
    {
        using var org = Open();

        Assert.Equal(3, org.SystemService.Execute(new OrganizationRequest("fab_Measure") { ["Text"] = "abc" })["Length"]);
    }

    [Fact]
    public void Read_ApiFile_ReadsBindingFunctionPrivilegeAndLabels()
    {
        solution.CustomApi("fab_Score", null, properties: [("Score", 7)], bindingType: 1, boundTable: "Account", isFunction: true, executePrivilege: "prvReadAccount");

        var api = CustomApiXmlReader.Read(SolutionSource.FromDirectory(solution.Root), [typeof(MeasurePlugin).Assembly]).Single(a => a.UniqueName == "fab_Score");

        Assert.Equal(CustomApiBindingType.Entity, api.BindingType);
        Assert.Equal("account", api.BoundEntityLogicalName);
        Assert.True(api.IsFunction);
        Assert.Equal("prvReadAccount", api.ExecutePrivilegeName);
        Assert.Equal("fab_Score display", api.DisplayName);
        Assert.Null(api.PluginType);
    }

    [Fact]
    public void CreateInMemory_PluginTypeInNoAssembly_FailsNamingTheFileAndTheApi()
    {
        var error = Assert.Throws<MetadataException>(() => LocalOrganization.CreateInMemory(new LocalOrganizationOptions { SolutionFolders = [solution.Root] }));

        Assert.Contains(ApiFile, error.Message, StringComparison.Ordinal);
        Assert.Contains("custom API 'fab_Measure'", error.Message, StringComparison.Ordinal);
        Assert.Contains("MeasurePlugin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateInMemory_PluginTypeIdListedByNoAssemblyFile_FailsNamingTheId()
    {
        solution.CustomApi("fab_Orphan", new Guid("7d2e4f60-9999-4c3b-8a9d-000000000009"));

        var error = Assert.Throws<MetadataException>(Open);

        Assert.Contains("customapis/fab_Orphan/customapi.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains("7d2e4f60-9999-4c3b-8a9d-000000000009", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateInMemory_UnknownParameterType_FailsNamingTheParameterFileAndLine()
    {
        solution.CustomApi("fab_Odd", null, parameters: [("Weird", 42, false)]);

        var error = Assert.Throws<MetadataException>(Open);

        Assert.Contains("customapis/fab_Odd/customapirequestparameters/Weird/customapirequestparameter.xml(", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown type 42", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateInMemory_MalformedApiXml_FailsWithItsLine()
    {
        solution.Write(ApiFile, "<?xml version=\"1.0\"?>\n<customapi uniquename=\"fab_Measure\">\n  <bindingtype>0</bindingtype\n</customapi>");

        var error = Assert.Throws<MetadataException>(Open);

        Assert.Contains("Malformed XML", error.Message, StringComparison.Ordinal);
        Assert.Contains($"{ApiFile}(4)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateInMemory_ResponsePropertyMarkedOptional_Fails()
    {
        solution.Write("customapis/fab_Measure/customapiresponseproperties/Length/customapiresponseproperty.xml",
            "<customapiresponseproperty uniquename=\"Length\"><isoptional>0</isoptional><type>7</type></customapiresponseproperty>");

        var error = Assert.Throws<MetadataException>(Open);

        Assert.Contains("<isoptional>", error.Message, StringComparison.Ordinal);
        Assert.Contains("customapiresponseproperties/Length", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateInMemory_ParametersWithoutApiFile_FailsNamingTheFolder()
    {
        solution.Write("customapis/fab_Lost/customapirequestparameters/X/customapirequestparameter.xml", "<customapirequestparameter uniquename=\"X\"><type>10</type></customapirequestparameter>");

        var error = Assert.Throws<MetadataException>(Open);

        Assert.Contains("customapis/fab_Lost/ has no customapi.xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateInMemory_ApiWithoutUniqueName_FailsNamingTheElement()
    {
        solution.Write(ApiFile, "<customapi><bindingtype>0</bindingtype></customapi>");

        var error = Assert.Throws<MetadataException>(Open);

        Assert.Contains("<customapi> has no uniquename attribute", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CreateInMemory_FunctionWithoutResponseProperty_Fails()
    {
        solution.CustomApi("fab_Ask", null, isFunction: true);

        var error = Assert.Throws<MetadataException>(Open);

        Assert.Contains("'fab_Ask' is a function but has no response property", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_BadCustomApi_CreatesNoFile()
    {
        solution.CustomApi("fab_Odd", null, parameters: [("Weird", 42, false)]);
        using var folder = new TemporaryFolder();
        var path = folder.File("org.db");

        Assert.Throws<MetadataException>(() => LocalOrganization.Open(path, Options()));

        Assert.False(File.Exists(path));
    }

    [Fact]
    public void CreateInMemory_SameApiInCodeAndFolder_Refused()
    {
        var options = Options() with { CustomApis = [new CustomApiDefinition("fab_Measure")] };

        var error = Assert.Throws<ArgumentException>(() => LocalOrganization.CreateInMemory(options));

        Assert.Contains("'fab_Measure'", error.Message, StringComparison.Ordinal);
    }

    private LocalOrganizationOptions Options() => new()
    {
        SolutionFolders = [solution.Root],
        PluginAssemblies = [typeof(MeasurePlugin).Assembly],
        EnforceSecurity = false,
    };

    private LocalOrganization Open() => LocalOrganization.CreateInMemory(Options());
}
