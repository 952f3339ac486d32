using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Service.Messages;

public sealed class SetStateHandlerTests : IDisposable
{
    private readonly LocalEngine engine = new();

    public void Dispose() => engine.Dispose();

    [Fact]
    public void Execute_ValidPair_WritesStateStatusAndUpdateStamps()
    {
        var opportunity = engine.CreateOpportunity();
        var before = Read(opportunity);
        engine.Clock.Advance(TimeSpan.FromHours(1));

        engine.Service.Execute(new SetStateRequest { EntityMoniker = new EntityReference("opportunity", opportunity), State = new OptionSetValue(2), Status = new OptionSetValue(5) });

        var after = Read(opportunity);
        Assert.Equal(2, after.GetAttributeValue<OptionSetValue>("statecode")!.Value);
        Assert.Equal(5, after.GetAttributeValue<OptionSetValue>("statuscode")!.Value);
        Assert.Equal(LocalEngine.Start.UtcDateTime.AddHours(1), after.GetAttributeValue<DateTime>("modifiedon"));
        Assert.True(after.GetAttributeValue<long>("versionnumber") > before.GetAttributeValue<long>("versionnumber"));
    }

    [Fact]
    public void Execute_StatusMinusOne_UsesTheStateDefaultStatus()
    {
        var account = engine.CreateAccount();

        engine.Service.Execute(new SetStateRequest { EntityMoniker = new EntityReference("account", account), State = new OptionSetValue(1), Status = new OptionSetValue(-1) });

        Assert.Equal(2, Read(account, "account").GetAttributeValue<OptionSetValue>("statuscode")!.Value);
    }

    [Fact]
    public void Execute_StatusOfAnotherState_FaultsAndLeavesTheRow()
    {
        var opportunity = engine.CreateOpportunity();

        var fault = LocalEngine.Fault(() => engine.Service.Execute(new SetStateRequest { EntityMoniker = new EntityReference("opportunity", opportunity), State = new OptionSetValue(1), Status = new OptionSetValue(4) }));

        Assert.Equal(ErrorCodes.InvalidArgument, fault.ErrorCode);
        Assert.Contains("4 is not a valid status code", fault.Message);
        Assert.Equal(0, Read(opportunity).GetAttributeValue<OptionSetValue>("statecode")!.Value);
    }

    [Fact]
    public void Execute_UnknownState_FaultsOutOfRange()
    {
        var account = engine.CreateAccount();

        var fault = LocalEngine.Fault(() => engine.Service.Execute(new SetStateRequest { EntityMoniker = new EntityReference("account", account), State = new OptionSetValue(7), Status = new OptionSetValue(-1) }));

        Assert.Equal(ErrorCodes.OutOfRange, fault.ErrorCode);
    }

    [Fact]
    public void Execute_MissingRecord_FaultsNotFound()
    {
        var fault = LocalEngine.Fault(() => engine.Service.Execute(new SetStateRequest { EntityMoniker = new EntityReference("account", Guid.NewGuid()), State = new OptionSetValue(1), Status = new OptionSetValue(2) }));

        Assert.Equal(ErrorCodes.ObjectDoesNotExist, fault.ErrorCode);
    }

    [Fact]
    public void Execute_TableWithoutState_Faults()
    {
        var unit = engine.Service.Create(new Entity("businessunit") { ["name"] = "Sales" });

        var fault = LocalEngine.Fault(() => engine.Service.Execute(new SetStateRequest { EntityMoniker = new EntityReference("businessunit", unit), State = new OptionSetValue(1), Status = new OptionSetValue(-1) }));

        Assert.Contains("businessunit", fault.Message);
    }

    [Fact]
    public void Execute_GenericRequest_SetsTheState()
    {
        var account = engine.CreateAccount();
        var request = new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = new EntityReference("account", account),
            ["State"] = new OptionSetValue(1),
            ["Status"] = new OptionSetValue(2),
        };

        engine.Service.Execute(request);

        Assert.Equal(1, Read(account, "account").GetAttributeValue<OptionSetValue>("statecode")!.Value);
    }

    private Entity Read(Guid id, string table = "opportunity") =>
        engine.Service.Retrieve(table, id, new ColumnSet("statecode", "statuscode", "modifiedon", "versionnumber"));
}
