using System.Text;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Metadata.Standard;

namespace DataverseSharing.LocalDataverse.Tests.Metadata.Standard;

/// <summary>The embedded definition files: a malformed one is refused naming its file and line.</summary>
public sealed class StandardTablesFileTests
{
    [Fact]
    public void Parse_MalformedJson_ErrorNamesFileAndLine()
    {
        const string json = "{\n \"tables\": [\n  {\"name\": \"x\",, }\n ]\n}";

        var error = Assert.Throws<MetadataException>(() => StandardTables.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "Metadata/Standard/broken.json"));

        Assert.Contains("Metadata/Standard/broken.json", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, error.Location!.Line);
    }

    [Fact]
    public void Parse_UnknownColumnType_ErrorNamesFile()
    {
        const string json = "{\"tables\": [{\"name\": \"x\", \"schemaName\": \"X\", \"displayName\": \"X\", \"entitySet\": \"xs\", \"primaryId\": \"xid\", \"primaryName\": \"name\", \"ownership\": \"None\", \"columns\": [{\"name\": \"name\", \"type\": \"Blob\"}]}], \"oneToMany\": [], \"manyToMany\": []}";

        var error = Assert.Throws<MetadataException>(() => StandardTables.Parse(new MemoryStream(Encoding.UTF8.GetBytes(json)), "Metadata/Standard/odd.json"));

        Assert.Contains("Metadata/Standard/odd.json", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MissingSection_Refused()
    {
        var error = Assert.Throws<MetadataException>(() => StandardTables.Parse(new MemoryStream(Encoding.UTF8.GetBytes("{\"tables\": []}")), "Metadata/Standard/half.json"));

        Assert.Contains("oneToMany", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_EveryEmbeddedFile_Loads()
    {
        var catalog = LocalMetadata.StandardOnly();

        Assert.NotNull(catalog.GetTable("account"));
        Assert.NotNull(catalog.GetTable("environmentvariablevalue"));
        Assert.NotNull(catalog.GetTable("task"));
        Assert.NotNull(catalog.GetTable("asyncoperation"));
        Assert.Equal(4, StandardTables.Files.Count);
    }
}
