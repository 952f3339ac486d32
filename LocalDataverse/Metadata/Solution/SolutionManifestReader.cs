namespace DataverseSharing.LocalDataverse.Metadata.Solution;

/// <summary>Reads Other/Solution.xml: the solution's name and version and its publisher's prefixes.</summary>
internal static class SolutionManifestReader
{
    public static SolutionManifestInfo Read(SolutionFile file)
    {
        var manifest = SolutionXmlNode.Root(file, "ImportExportXml").RequiredChild("SolutionManifest");
        var publisher = manifest.RequiredChild("Publisher");
        var optionValuePrefix = publisher.IntValue("CustomizationOptionValuePrefix")
            ?? throw publisher.Error("The publisher has no CustomizationOptionValuePrefix.");
        if (optionValuePrefix is < 10000 or > 99999)
        {
            throw publisher.Error($"CustomizationOptionValuePrefix {optionValuePrefix} is outside 10000-99999.");
        }

        return new SolutionManifestInfo(
            manifest.RequiredValue("UniqueName"),
            manifest.RequiredValue("Version"),
            publisher.RequiredValue("UniqueName"),
            publisher.RequiredValue("CustomizationPrefix"),
            optionValuePrefix);
    }
}
