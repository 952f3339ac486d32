using DataverseSharing.WebApi.Json;
using DataverseSharing.WebApi.Tests.Metadata;
using Microsoft.Xrm.Sdk;
using System.ServiceModel;

namespace DataverseSharing.WebApi.Tests.Json;

public class EntityJsonWriterTests
{
    [Fact]
    public void Primitive_SdkTypes_AreTheWebApiShapes()
    {
        var table = MetadataSamples.Account();
        Assert.Equal(3, (int)EntityJsonWriter.Primitive(table, "industrycode", new OptionSetValue(3)));
        Assert.Equal(10.5m, (decimal)EntityJsonWriter.Primitive(table, "revenue", new Money(10.5m)));
        Assert.Equal("1,2", (string?)EntityJsonWriter.Primitive(table, "dvs_regions", new OptionSetValueCollection([new OptionSetValue(1), new OptionSetValue(2)])));
        Assert.Equal("2024-05-01T10:20:30Z", (string?)EntityJsonWriter.Primitive(table, "createdon", new DateTime(2024, 5, 1, 10, 20, 30, DateTimeKind.Utc)));
    }

    [Fact]
    public void Primitive_UnsupportedValue_FaultsNamingTheAttribute()
    {
        var fault = Assert.Throws<FaultException<OrganizationServiceFault>>(() => EntityJsonWriter.Primitive(MetadataSamples.Account(), "name", new Entity("contact")));

        Assert.Contains("'name' of 'account'", fault.Detail.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RowPath_AlternateKeyWithQuoteAndLookup_IsEscapedOData()
    {
        var contact = Guid.NewGuid();
        var keys = new KeyAttributeCollection { ["accountnumber"] = "O'Neil/1", ["primarycontactid"] = new EntityReference("contact", contact) };

        var path = ODataLiterals.RowPath(MetadataSamples.Account(), Guid.Empty, keys);

        Assert.Equal($"accounts(accountnumber='O%27%27Neil/1',_primarycontactid_value={contact:D})", path);
    }
}
