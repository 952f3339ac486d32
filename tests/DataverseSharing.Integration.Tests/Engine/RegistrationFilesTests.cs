using DataverseSharing.Testing;
using System.Xml.Linq;
using DataverseSharing.LocalDataverse;
using DataverseSharing.Plugins.Core;
using DataverseSharing.Plugins.Registration;
using DataverseSharing.Plugins.Suggestions;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Integration.Tests.Engine;

/// <summary>
/// The generated registration files, read back as an import reads them: the organization LocalDataverse opens on
/// Solution/src registers exactly the declared steps, images and custom API.
/// </summary>
public sealed class RegistrationFilesTests : IDisposable
{
    private readonly LocalOrganization organization = LocalOrganization.CreateInMemory(new LocalOrganizationOptions
    {
        SolutionFolders = [RepositoryPaths.PackageSolution],
        PluginAssemblies = [typeof(PluginBase).Assembly],
        EnforceSecurity = false,
    });

    [Fact]
    public void SolutionSource_StepRows_AreTheDeclaredSteps()
    {
        var declared = StepRegistrationReader.Read(typeof(PluginBase).Assembly);
        var rows = All("sdkmessageprocessingstep").ToDictionary(r => r.Id);
        var messages = All("sdkmessage").ToDictionary(r => r.Id, r => r.GetAttributeValue<string>("name"));
        var types = All("plugintype").ToDictionary(r => r.Id, r => r.GetAttributeValue<string>("typename"));

        Assert.Equal(declared.Select(s => s.Id).Order(), rows.Keys.Order());
        foreach (var step in declared)
        {
            var row = rows[step.Id];
            Assert.Equal(step.Name, row["name"]);
            Assert.Equal(step.Message, messages[row.GetAttributeValue<EntityReference>("sdkmessageid")!.Id]);
            Assert.Equal(step.PluginType.FullName, types[row.GetAttributeValue<EntityReference>("plugintypeid")!.Id]);
            Assert.Equal((int)step.Stage, row.GetAttributeValue<OptionSetValue>("stage")!.Value);
            Assert.Equal((int)step.Mode, row.GetAttributeValue<OptionSetValue>("mode")!.Value);
            Assert.Equal(step.Rank, row.GetAttributeValue<int>("rank"));
            Assert.Equal(step.AsyncAutoDelete, row.GetAttributeValue<bool>("asyncautodelete"));
            Assert.Equal(step.FilteringAttributes.Count == 0 ? null : string.Join(",", step.FilteringAttributes), row.GetAttributeValue<string>("filteringattributes"));
        }
    }

    [Fact]
    public void SolutionSource_ImageRows_AreTheDeclaredImages()
    {
        var declared = StepRegistrationReader.Read(typeof(PluginBase).Assembly).SelectMany(s => s.Images.Select(i => (Step: s.Id, Image: i))).ToList();
        var rows = All("sdkmessageprocessingstepimage").ToDictionary(r => r.Id);

        Assert.Equal(declared.Select(d => d.Image.Id).Order(), rows.Keys.Order());
        foreach (var (step, image) in declared)
        {
            var row = rows[image.Id];
            Assert.Equal(step, row.GetAttributeValue<EntityReference>("sdkmessageprocessingstepid")!.Id);
            Assert.Equal(image.Alias, row["entityalias"]);
            Assert.Equal((int)image.ImageType, row.GetAttributeValue<OptionSetValue>("imagetype")!.Value);
            Assert.Equal(image.MessagePropertyName, row["messagepropertyname"]);
            Assert.Equal(image.Attributes.Count == 0 ? null : string.Join(",", image.Attributes), row.GetAttributeValue<string>("attributes"));
        }
    }

    // The customapi file names its plug-in type by the id of the type's plugintype row (a package's types are in no
    // PluginAssemblies data file): the generator's id and the engine's must be the same.
    [Fact]
    public void SolutionSource_CustomApiExportKey_IsThePluginTypeRowOfTheDeclaredClass()
    {
        var file = XDocument.Load(Path.Combine(RepositoryPaths.SolutionSource, "customapis", SuggestPracticesApi.MessageName, "customapi.xml"));
        var key = Guid.Parse(file.Root!.Element("plugintypeid")!.Element("plugintypeexportkey")!.Value);

        var type = organization.SystemService.Retrieve("plugintype", key, new ColumnSet("typename", "assemblyname"));

        Assert.Equal(typeof(SuggestPracticesApi).FullName, type["typename"]);
        Assert.Equal("DataverseSharing.Plugins", type["assemblyname"]);
    }

    [Fact]
    public void SolutionSource_PluginPackage_RowOfTheGeneratedManifest()
    {
        var package = Assert.Single(All("pluginpackage"));

        Assert.Equal("dvs_DataverseSharingPlugins", package["uniquename"]);
        Assert.Equal(typeof(PluginBase).Assembly.GetName().Version!.ToString(3), package["version"]);
    }

    public void Dispose() => organization.Dispose();

    private List<Entity> All(string table) =>
        organization.SystemService.RetrieveMultiple(new QueryExpression(table) { ColumnSet = new ColumnSet(true) }).Entities.ToList();
}
