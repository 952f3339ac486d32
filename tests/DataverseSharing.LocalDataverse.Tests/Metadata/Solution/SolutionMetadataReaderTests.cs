using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Metadata.Solution;

namespace DataverseSharing.LocalDataverse.Tests.Metadata.Solution;

/// <summary>Bad solution files must fail loudly, naming the file and line to fix.</summary>
public sealed class SolutionMetadataReaderTests : IDisposable
{
    private readonly TemporaryFolder folder = new();
    private readonly string src;

    public SolutionMetadataReaderTests()
    {
        src = folder.CopyOf(RepositoryPaths.SolutionSource, "src");
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Load_MalformedXml_NamesFileAndLine()
    {
        var path = Path.Combine(src, "Entities", "Account", "Entity.xml");
        var lines = File.ReadAllLines(path).ToList();
        lines.Insert(9, "        <attribute PhysicalName=\"broken\">");
        File.WriteAllLines(path, lines);

        var error = Assert.Throws<MetadataException>(Load);

        Assert.StartsWith("Entities/Account/Entity.xml(", error.Message, StringComparison.Ordinal);
        Assert.Contains("Malformed XML", error.Message, StringComparison.Ordinal);
        Assert.Equal("Entities/Account/Entity.xml", error.Location!.File);
        Assert.True(error.Location.Line >= 10);
    }

    [Fact]
    public void Load_UnsupportedAttributeType_NamesFileLineAndAttribute()
    {
        var path = Path.Combine(src, "Entities", "Account", "Entity.xml");
        var text = File.ReadAllText(path);
        var line = LineOf(text, "<attribute PhysicalName=\"dvs_Region\">");
        File.WriteAllText(path, text.Replace("<Type>nvarchar</Type>", "<Type>float</Type>", StringComparison.Ordinal));

        var error = Assert.Throws<MetadataException>(Load);

        Assert.Equal($"Entities/Account/Entity.xml({line}): Attribute 'dvs_Region' has the unsupported type 'float'.", error.Message);
    }

    [Fact]
    public void Load_TextWithoutMaxLength_IsRefused()
    {
        Replace("Entities/Account/Entity.xml", "<MaxLength>100</MaxLength>", string.Empty);

        var error = Assert.Throws<MetadataException>(Load);

        Assert.Contains("'dvs_Region' has no MaxLength", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownGlobalChoice_NamesTheColumn()
    {
        Replace("Entities/dvs_BestPractice/Entity.xml", "<OptionSetName>dvs_practicetopic</OptionSetName>", "<OptionSetName>dvs_nosuchchoice</OptionSetName>");

        var error = Assert.Throws<MetadataException>(Load);

        Assert.Contains("'dvs_topic' uses the global choice 'dvs_nosuchchoice'", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("Entities/dvs_BestPractice/Entity.xml(", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RelationshipNotListed_IsRefused()
    {
        Replace("Other/Relationships.xml", "  <EntityRelationship Name=\"dvs_bestpractice_contributor\" />\n", string.Empty);

        var error = Assert.Throws<MetadataException>(Load);

        Assert.Contains("'dvs_bestpractice_contributor' is not listed in Other/Relationships.xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ListedRelationshipMissing_NamesTheListLine()
    {
        Replace("Other/Relationships.xml", "</EntityRelationships>", "  <EntityRelationship Name=\"dvs_ghost\" />\n</EntityRelationships>");

        var error = Assert.Throws<MetadataException>(Load);

        Assert.StartsWith("Other/Relationships.xml(", error.Message, StringComparison.Ordinal);
        Assert.Contains("'dvs_ghost' is listed but not defined", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_LookupWithoutRelationship_NamesTheColumn()
    {
        var path = Path.Combine(src, "Other", "Relationships", "SystemUser.xml");
        var text = File.ReadAllText(path);
        var start = text.IndexOf("  <EntityRelationship Name=\"dvs_systemuser_bestpractice_approver\">", StringComparison.Ordinal);
        var end = text.IndexOf("</EntityRelationship>", start, StringComparison.Ordinal) + "</EntityRelationship>\n".Length;
        File.WriteAllText(path, text.Remove(start, end - start));
        Replace("Other/Relationships.xml", "  <EntityRelationship Name=\"dvs_systemuser_bestpractice_approver\" />\n", string.Empty);

        var error = Assert.Throws<MetadataException>(Load);

        Assert.Contains("'dvs_bestpractice.dvs_approverid' has no target table", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ColumnAddedToUnknownTable_IsRefused()
    {
        Directory.Move(Path.Combine(src, "Entities", "Account"), Path.Combine(src, "Entities", "Competitor"));
        Replace("Entities/Competitor/Entity.xml", "<entity Name=\"Account\" unmodified=\"1\">", "<entity Name=\"Competitor\" unmodified=\"1\">");

        var error = Assert.Throws<MetadataException>(Load);

        Assert.Contains("'dvs_region' is added to the table 'competitor'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingManifest_IsRefused()
    {
        File.Delete(Path.Combine(src, "Other", "Solution.xml"));

        var error = Assert.Throws<MetadataException>(Load);

        Assert.Contains("Other/Solution.xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OptionValuePrefixOutOfRange_IsRefused()
    {
        Replace("Other/Solution.xml", "<CustomizationOptionValuePrefix>61742<", "<CustomizationOptionValuePrefix>123<");

        var error = Assert.Throws<MetadataException>(Load);

        Assert.StartsWith("Other/Solution.xml(", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromDirectory_MissingFolder_IsRefused()
    {
        Assert.Throws<MetadataException>(() => SolutionSource.FromDirectory(Path.Combine(src, "nope")));
    }

    private void Load() => LocalMetadata.Load(SolutionSource.FromDirectory(src));

    private void Replace(string relative, string from, string to)
    {
        var path = Path.Combine(src, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static int LineOf(string text, string marker) =>
        text[..text.IndexOf(marker, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
}
