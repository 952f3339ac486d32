using System.Text;

namespace DataverseSharing.Packer.Tests;

/// <summary>
/// Other publishers' solutions in pac's layout (tests/Samples and Fixtures/Contoso): each packs into the sections
/// Dataverse reads, and unpacks back to the same files.
/// </summary>
public sealed class SolutionZipThirdPartyTests : IDisposable
{
    private readonly string temp = Path.Combine(Path.GetTempPath(), "packer-3p-" + Guid.NewGuid().ToString("N"));

    public SolutionZipThirdPartyTests() => Directory.CreateDirectory(temp);

    public void Dispose() => Directory.Delete(temp, recursive: true);

    [Fact]
    public void Unpack_PackedPluginAssemblySolution_GivesTheSameFiles() =>
        AssertRoundTrip(SampleSolutions.PluginAssemblySolution(temp), SolutionPackageType.Unmanaged);

    [Fact]
    public void Unpack_PackedPluginPackageSolution_GivesTheSameFiles() =>
        AssertRoundTrip(SampleSolutions.PluginPackageSolution(temp), SolutionPackageType.Unmanaged);

    [Fact]
    public void Pack_PluginAssemblySolution_PutsTheAssemblyStepsAndImagesInCustomizations()
    {
        var entries = Pack(SampleSolutions.PluginAssemblySolution(temp), SolutionPackageType.Managed);
        var customizations = Encoding.UTF8.GetString(entries["customizations.xml"]);

        Assert.Contains(SampleSolutions.PluginsDll, entries.Keys);
        Assert.Contains("<PluginAssembly FullName=\"ContosoPlugins, Version=1.0.0.0", customizations, StringComparison.Ordinal);
        Assert.Equal(3, Count(customizations, "<SdkMessageProcessingStep Name="));
        Assert.Contains("<MessagePropertyName>id</MessagePropertyName>", customizations, StringComparison.Ordinal);
        Assert.Contains("<MessagePropertyName>Target</MessagePropertyName>", customizations, StringComparison.Ordinal);
        Assert.Contains("environmentvariabledefinitions/contoso_WidgetPrefix/environmentvariabledefinition.xml", entries.Keys);
        Assert.DoesNotContain(entries.Keys, k => k.StartsWith("SdkMessageProcessingSteps/", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_PluginPackageSolution_CarriesTheNupkgAndThePackageFile()
    {
        var entries = Pack(SampleSolutions.PluginPackageSolution(temp), SolutionPackageType.Managed);

        Assert.Contains(SampleSolutions.PackageNupkg, entries.Keys);
        Assert.Contains("pluginpackages/contoso_ContosoPackage/pluginpackage.xml", entries.Keys);
        Assert.Contains("ContosoPackage.WidgetStampPlugin", Encoding.UTF8.GetString(entries["customizations.xml"]), StringComparison.Ordinal);
        Assert.Contains("<Default Extension=\"nupkg\"", Encoding.UTF8.GetString(entries["[Content_Types].xml"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Pack_ContosoFixture_CarriesTheCustomApiAndTheQuickForm()
    {
        var entries = Pack(ContosoFixture.CopyTo(temp), SolutionPackageType.Unmanaged);
        var customizations = Encoding.UTF8.GetString(entries["customizations.xml"]);

        Assert.Contains("customapis/contoso_Recalculate/customapi.xml", entries.Keys);
        Assert.Contains("customapis/contoso_Recalculate/customapirequestparameters/ProjectId/customapirequestparameter.xml", entries.Keys);
        Assert.Contains("customapis/contoso_Recalculate/customapiresponseproperties/Total/customapiresponseproperty.xml", entries.Keys);
        Assert.Contains("<forms type=\"quick\">", customizations, StringComparison.Ordinal);
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    private void AssertRoundTrip(string source, SolutionPackageType type)
    {
        var before = SolutionZip.ReadFolder(source);
        var target = Path.Combine(temp, "out-" + Guid.NewGuid().ToString("N"));
        using (var zip = new MemoryStream())
        {
            SolutionZip.Pack(source, zip, type);
            zip.Position = 0;
            SolutionZip.Unpack(zip, target);
        }

        var after = SolutionZip.ReadFolder(target);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, file => Assert.True(file.Value.AsSpan().SequenceEqual(after[file.Key]), $"{file.Key} differs after pack and unpack"));
    }

    private static SortedDictionary<string, byte[]> Pack(string folder, SolutionPackageType type)
    {
        using var zip = new MemoryStream();
        SolutionZip.Pack(folder, zip, type);
        zip.Position = 0;
        return SolutionZip.ReadZip(zip, ZipLimits.Default);
    }
}
