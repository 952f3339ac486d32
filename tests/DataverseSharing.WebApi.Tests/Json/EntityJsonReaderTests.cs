using DataverseSharing.WebApi.Json;
using DataverseSharing.WebApi.Metadata;
using DataverseSharing.WebApi.Tests.Metadata;
using Microsoft.Xrm.Sdk;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.WebApi.Tests.Json;

public class EntityJsonReaderTests
{
    private static JObject Row(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, FloatParseHandling = FloatParseHandling.Decimal };
        return JObject.Load(reader);
    }

    [Fact]
    public void Read_TypedColumns_GetTheSdkTypesOfTheirMetadata()
    {
        var id = Guid.NewGuid();
        var contact = Guid.NewGuid();
        var row = Row($$"""
            {
              "@odata.etag": "W/\"4711\"",
              "accountid": "{{id}}",
              "name": "Contoso",
              "revenue": 1250.5,
              "revenue@OData.Community.Display.V1.FormattedValue": "$1,250.50",
              "numberofemployees": 12,
              "industrycode": 3,
              "statecode": 0,
              "createdon": "2024-05-01T10:20:30Z",
              "donotemail": true,
              "dvs_regions": "1,3",
              "_primarycontactid_value": "{{contact}}",
              "_primarycontactid_value@Microsoft.Dynamics.CRM.lookuplogicalname": "contact",
              "_primarycontactid_value@OData.Community.Display.V1.FormattedValue": "Ada Lovelace",
              "accountnumber": null
            }
            """);

        var entity = new EntityJsonReader(MetadataSamples.Account()).Read(row);

        Assert.Equal(id, entity.Id);
        Assert.Equal("4711", entity.RowVersion);
        Assert.Equal("Contoso", entity["name"]);
        Assert.Equal(new Money(1250.5m), entity["revenue"]);
        Assert.Equal("$1,250.50", entity.FormattedValues["revenue"]);
        Assert.Equal(12, entity["numberofemployees"]);
        Assert.Equal(new OptionSetValue(3), entity["industrycode"]);
        Assert.Equal(new OptionSetValue(0), entity["statecode"]);
        Assert.Equal(new DateTime(2024, 5, 1, 10, 20, 30, DateTimeKind.Utc), entity["createdon"]);
        Assert.Equal(DateTimeKind.Utc, ((DateTime)entity["createdon"]!).Kind);
        Assert.Equal(true, entity["donotemail"]);
        Assert.Equal([1, 3], entity.GetAttributeValue<OptionSetValueCollection>("dvs_regions")!.Select(o => o.Value));
        var reference = entity.GetAttributeValue<EntityReference>("primarycontactid")!;
        Assert.Equal(("contact", contact, "Ada Lovelace"), (reference.LogicalName, reference.Id, reference.Name));
        Assert.False(entity.Contains("accountnumber"));
    }

    [Fact]
    public void Read_PolymorphicLookup_TakesItsTargetFromTheAnnotation()
    {
        var account = Guid.NewGuid();
        var row = Row($$"""
            { "contactid": "{{Guid.NewGuid()}}", "_parentcustomerid_value": "{{account}}",
              "_parentcustomerid_value@Microsoft.Dynamics.CRM.lookuplogicalname": "account" }
            """);

        var entity = new EntityJsonReader(MetadataSamples.Contact()).Read(row);

        Assert.Equal(new EntityReference("account", account), entity["parentcustomerid"]);
    }

    [Fact]
    public void Read_LinkedColumn_IsAnAliasedValueTypedByTheLinkedTable()
    {
        var links = new Dictionary<string, TableMetadata> { ["acct"] = MetadataSamples.Account() };
        var row = Row($$"""{ "contactid": "{{Guid.NewGuid()}}", "acct.industrycode": 7, "acct_x002e_name": "Fabrikam" }""");

        var entity = new EntityJsonReader(MetadataSamples.Contact(), links).Read(row);

        var industry = entity.GetAttributeValue<AliasedValue>("acct.industrycode")!;
        Assert.Equal(("account", "industrycode", new OptionSetValue(7)), (industry.EntityLogicalName, industry.AttributeLogicalName, (OptionSetValue)industry.Value!));
        Assert.Equal("Fabrikam", entity.GetAttributeValue<AliasedValue>("acct.name")!.Value);
    }

    [Fact]
    public void RowVersion_WeakEtag_IsTheVersionNumber()
    {
        Assert.Equal("81052965", EntityJsonReader.RowVersion("W/\"81052965\""));
    }
}
