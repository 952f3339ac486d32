using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service;

public sealed class CreateTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Create_ValidPractice_StoresEveryTypeAndReadsItBack()
    {
        var source = engine.CreateOpportunity();
        var id = engine.Service.Create(new Entity("dvs_bestpractice")
        {
            ["dvs_name"] = "Map the decision unit early",
            ["dvs_topic"] = new OptionSetValue(617420008),
            ["dvs_salesstages"] = new OptionSetValueCollection([new OptionSetValue(2), new OptionSetValue(0)]),
            ["dvs_version"] = 3,
            ["dvs_effectivenessscore"] = 12.34567m,
            ["dvs_flaggedforreview"] = true,
            ["dvs_reviewon"] = new DateTime(2026, 6, 30, 17, 45, 0, DateTimeKind.Utc),
            ["dvs_sourceopportunityid"] = new EntityReference("opportunity", source),
            ["dvs_body"] = new string('x', 100_000),
        });

        var row = engine.Service.Retrieve("dvs_bestpractice", id, new ColumnSet(true));

        Assert.Equal(id, row.Id);
        Assert.Equal(id, row["dvs_bestpracticeid"]);
        Assert.Equal("Map the decision unit early", row["dvs_name"]);
        Assert.Equal(617420008, row.GetAttributeValue<OptionSetValue>("dvs_topic")!.Value);
        Assert.Equal("Large decision-making unit", row.FormattedValues["dvs_topic"]);
        Assert.Equal([0, 2], row.GetAttributeValue<OptionSetValueCollection>("dvs_salesstages")!.Select(o => o.Value));
        Assert.Equal(3, row["dvs_version"]);
        Assert.Equal(12.3457m, row["dvs_effectivenessscore"]);
        Assert.Equal(true, row["dvs_flaggedforreview"]);
        Assert.Equal(new DateTime(2026, 6, 30, 0, 0, 0, DateTimeKind.Utc), row["dvs_reviewon"]);
        Assert.Equal(new EntityReference("opportunity", source), row["dvs_sourceopportunityid"]);
        Assert.Equal(100_000, row.GetAttributeValue<string>("dvs_body")!.Length);
    }

    [Fact]
    public void Create_NewRow_FillsMaintainedColumns()
    {
        var id = engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "A", ["dvs_topic"] = new OptionSetValue(617420001) });

        var row = engine.Service.Retrieve("dvs_bestpractice", id, new ColumnSet(true));

        Assert.Equal(LocalEngine.Start.UtcDateTime, row["createdon"]);
        Assert.Equal(LocalEngine.Start.UtcDateTime, row["modifiedon"]);
        Assert.Equal(new EntityReference("systemuser", engine.UserId), row["createdby"]);
        Assert.Equal(new EntityReference("systemuser", engine.UserId), row["ownerid"]);
        Assert.Equal(new EntityReference("systemuser", engine.UserId), row["owninguser"]);
        Assert.Equal(0, row.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal("Draft", row.FormattedValues["statuscode"]);
        Assert.NotNull(row.RowVersion);
    }

    [Fact]
    public void Create_StatusReason_SetsItsState()
    {
        var id = engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "A", ["statuscode"] = new OptionSetValue(2) });

        var row = engine.Service.Retrieve("dvs_bestpractice", id, new ColumnSet("statecode", "statuscode"));

        Assert.Equal(1, row.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal("Retired", row.FormattedValues["statuscode"]);
    }

    [Fact]
    public void Create_StatusReasonOfAnotherState_IsRefused()
    {
        var fault = LocalEngine.Fault(() => engine.Service.Create(new Entity("dvs_bestpractice")
        {
            ["statecode"] = new OptionSetValue(0),
            ["statuscode"] = new OptionSetValue(2),
        }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("is not a valid status code", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_GivenId_KeepsIt()
    {
        var id = Guid.NewGuid();

        Assert.Equal(id, engine.Service.Create(new Entity("account", id) { ["name"] = "Fabrikam" }));
        Assert.Equal("Fabrikam", engine.Service.Retrieve("account", id, new ColumnSet("name"))["name"]);
    }

    [Fact]
    public void Create_ExistingId_FaultsAsDuplicate()
    {
        var id = engine.CreateAccount();

        var fault = LocalEngine.Fault(() => engine.Service.Create(new Entity("account", id) { ["name"] = "Again" }));

        Assert.Equal(ErrorCodes.DuplicateRecord, fault.ErrorCode);
    }

    [Fact]
    public void Create_UnknownTable_FaultsWithQueryBuilderNoEntity()
    {
        var fault = LocalEngine.Fault(() => engine.Service.Create(new Entity("dvs_nosuchtable")));

        Assert.Equal(ErrorCodes.QueryBuilderNoEntity, fault.ErrorCode);
        Assert.Equal(unchecked((int)0x80041102), fault.ErrorCode);
        Assert.Contains("'dvs_nosuchtable'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnknownColumn_FaultsWithQueryBuilderNoAttribute()
    {
        var fault = LocalEngine.Fault(() => engine.Service.Create(new Entity("account") { ["name"] = "A", ["dvs_nosuchcolumn"] = "x" }));

        Assert.Equal(unchecked((int)0x80041103), fault.ErrorCode);
        Assert.Equal("'account' entity doesn't contain attribute with Name = 'dvs_nosuchcolumn' and NameMapping = 'Logical'.", fault.Message);
    }

    [Theory]
    [InlineData("dvs_version", "three")]
    [InlineData("dvs_topic", 617420001)]
    [InlineData("dvs_effectivenessscore", 1.5)]
    [InlineData("dvs_flaggedforreview", 1)]
    [InlineData("dvs_name", 42)]
    public void Create_WrongValueType_FaultsAsInvalidArgument(string column, object value)
    {
        var fault = LocalEngine.Fault(() => engine.Service.Create(new Entity("dvs_bestpractice") { [column] = value }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.StartsWith($"Incorrect type of attribute value {value.GetType().FullName}", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TextTooLong_FaultsWithTheLimit()
    {
        var fault = LocalEngine.Fault(() => engine.Service.Create(new Entity("account") { ["name"] = new string('a', 161) }));

        Assert.Equal(unchecked((int)0x80044331), fault.ErrorCode);
        Assert.Equal("A validation error occurred. The length of the 'name' attribute of the 'account' entity exceeded the maximum allowed length of '160'.", fault.Message);
    }

    [Fact]
    public void Create_TextAtTheLimit_IsAccepted()
    {
        var id = engine.Service.Create(new Entity("account") { ["name"] = new string('a', 160) });

        Assert.Equal(160, engine.Service.Retrieve("account", id, new ColumnSet("name")).GetAttributeValue<string>("name")!.Length);
    }

    [Fact]
    public void Create_InvalidOptionValue_FaultsListingAcceptedValues()
    {
        var fault = LocalEngine.Fault(() => engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_dealsizeband"] = new OptionSetValue(5) }));

        Assert.Equal(unchecked((int)0x8004431A), fault.ErrorCode);
        Assert.Equal(
            "A validation error occurred. The value 5 of 'dvs_dealsizeband' on record of type 'dvs_bestpractice' is outside the valid range. Accepted Values: 617420000,617420001,617420002,617420003",
            fault.Message);
    }

    [Fact]
    public void Create_InvalidMultiSelectValue_Faults()
    {
        var fault = LocalEngine.Fault(() => engine.Service.Create(new Entity("dvs_bestpractice")
        {
            ["dvs_salesstages"] = new OptionSetValueCollection([new OptionSetValue(1), new OptionSetValue(9)]),
        }));

        Assert.Equal(ErrorCodes.OutOfRange, fault.ErrorCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Create_WholeNumberOutOfRange_Faults(int rating)
    {
        var fault = LocalEngine.Fault(() => engine.Service.Create(new Entity("dvs_practicesuggestion") { ["dvs_rating"] = rating }));

        Assert.Equal(ErrorCodes.OutOfRange, fault.ErrorCode);
        Assert.Contains("'dvs_rating'", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DecimalOutOfRange_Faults()
    {
        var fault = LocalEngine.Fault(() => engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_effectivenessscore"] = 100.01m }));

        Assert.Equal(ErrorCodes.OutOfRange, fault.ErrorCode);
    }

    [Fact]
    public void Create_LookupToMissingRow_FaultsAsObjectDoesNotExist()
    {
        var missing = Guid.NewGuid();

        var fault = LocalEngine.Fault(() => engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_sourceopportunityid"] = new EntityReference("opportunity", missing) }));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
        Assert.Equal($"opportunity With Id = {missing:D} Does Not Exist", fault.Message);
    }

    [Fact]
    public void Create_LookupToWrongTable_Faults()
    {
        var account = engine.CreateAccount();

        var fault = LocalEngine.Fault(() => engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_sourceopportunityid"] = new EntityReference("account", account) }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
    }

    [Fact]
    public void Create_PolymorphicLookup_RemembersTheTargetTable()
    {
        var contact = engine.Service.Create(new Entity("contact") { ["lastname"] = "Ng" });
        var opportunity = engine.Service.Create(new Entity("opportunity") { ["name"] = "Deal", ["customerid"] = new EntityReference("contact", contact) });

        var row = engine.Service.Retrieve("opportunity", opportunity, new ColumnSet("customerid"));

        Assert.Equal(new EntityReference("contact", contact), row["customerid"]);
    }

    [Fact]
    public void Create_DuplicateAlternateKey_FaultsNamingTheKey()
    {
        engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "A", ["dvs_practicekey"] = "discovery-1" });

        var fault = LocalEngine.Fault(() => engine.Service.Create(new Entity("dvs_bestpractice") { ["dvs_name"] = "B", ["dvs_practicekey"] = "discovery-1" }));

        Assert.Equal(unchecked((int)0x80040237), fault.ErrorCode);
        Assert.Contains("The entity key dvs_PracticeKey requires", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_MaintainedColumnsFromCaller_AreIgnored()
    {
        var id = engine.Service.Create(new Entity("account") { ["name"] = "A", ["createdon"] = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc) });

        Assert.Equal(LocalEngine.Start.UtcDateTime, engine.Service.Retrieve("account", id, new ColumnSet("createdon"))["createdon"]);
    }

    [Fact]
    public void Create_FailingRequest_LeavesNothingBehind()
    {
        LocalEngine.Fault(() => engine.Service.Create(new Entity("account") { ["name"] = "A", ["numberofemployees"] = -1 }));

        Assert.Empty(engine.Service.RetrieveMultiple(new QueryExpression("account")).Entities);
    }
}
