using DataverseSharing.LocalDataverse.Tests.Service;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Pipeline;

public sealed class PipelineInvocationTests
{
    [Fact]
    public void Create_PreOperationStepChangesTarget_StoredRowHasTheChange()
    {
        using var engine = new PipelineEngine(typeof(StampAccountPlugin));

        var id = engine.Service.Create(new Entity("account") { ["name"] = "Contoso" });

        var row = engine.Service.Retrieve("account", id, new ColumnSet("description"));
        Assert.Equal("stamped in pre-operation", row.GetAttributeValue<string>("description"));
    }

    [Fact]
    public void Create_Stages_RunInOrderWithTransactionFlagsAsThePlatform()
    {
        using var engine = new PipelineEngine(typeof(StampAccountPlugin), typeof(CreateContactPlugin));

        engine.Service.Create(new Entity("account") { ["name"] = "Contoso" });

        var stages = Recorder.Calls.Where(c => c.Context.PrimaryEntityName == "account").Select(c => (c.Context.Stage, c.Context.IsInTransaction)).ToList();
        Assert.Equal(new[] { (10, false), (20, true), (40, true) }, stages);
    }

    [Fact]
    public void Create_PostOperationContext_CarriesIdUserStepAndSharedVariables()
    {
        using var engine = new PipelineEngine(typeof(StampAccountPlugin), typeof(CreateContactPlugin));

        var id = engine.Service.Create(new Entity("account") { ["name"] = "Contoso" });

        var post = Recorder.Calls.Single(c => c.Plugin == nameof(CreateContactPlugin)).Context;
        Assert.Equal("Create", post.MessageName);
        Assert.Equal(id, post.PrimaryEntityId);
        Assert.Equal(1, post.Depth);
        Assert.Equal(0, post.Mode);
        Assert.Equal(engine.UserId, post.UserId);
        Assert.Equal(engine.UserId, post.InitiatingUserId);
        Assert.Equal(new Guid("a0000000-0000-0000-0000-000000000040"), post.OwningExtension.Id);
        Assert.Equal(id, post.OutputParameters["id"]);
        Assert.Equal("from pre-operation", post.SharedVariables["stamp"]);
        Assert.Equal("Contoso", post.PostEntityImages["post"].GetAttributeValue<string>("name"));
        Assert.Null(post.ParentContext);
    }

    [Fact]
    public void Create_StepCallsService_NestedRequestRunsAtDepthTwoWithParentAndSameCorrelation()
    {
        using var engine = new PipelineEngine(typeof(CreateContactPlugin), typeof(ContactCreatedPlugin));

        var id = engine.Service.Create(new Entity("account") { ["name"] = "Contoso" });

        var parent = Recorder.Calls.Single(c => c.Plugin == nameof(CreateContactPlugin)).Context;
        var nested = Recorder.Calls.Single(c => c.Plugin == nameof(ContactCreatedPlugin)).Context;
        Assert.Equal(2, nested.Depth);
        Assert.Equal(parent.CorrelationId, nested.CorrelationId);
        Assert.NotNull(nested.ParentContext);
        Assert.Equal(parent.OwningExtension.Id, nested.ParentContext!.OwningExtension.Id);
        var contacts = engine.Service.RetrieveMultiple(new QueryExpression("contact") { ColumnSet = new ColumnSet("lastname") });
        Assert.Equal("Contact of Contoso", Assert.Single(contacts.Entities).GetAttributeValue<string>("lastname"));
        Assert.NotEqual(Guid.Empty, id);
    }

    [Fact]
    public void Create_PostOperationStepRefuses_FaultWithPluginMessageAndNothingStored()
    {
        using var engine = new PipelineEngine(typeof(CreateContactPlugin), typeof(RefuseForbiddenPlugin));

        var fault = LocalEngine.Fault(() => engine.Service.Create(new Entity("account") { ["name"] = "Forbidden" }));

        Assert.Equal("Accounts cannot be called Forbidden.", fault.Message);
        Assert.Equal(unchecked((int)0x80040265), fault.ErrorCode);
        Assert.Empty(engine.Service.RetrieveMultiple(new QueryExpression("account")).Entities);
        Assert.Empty(engine.Service.RetrieveMultiple(new QueryExpression("contact")).Entities);
    }

    [Fact]
    public void Create_StepThrowsUnexpectedException_FaultNamesPluginAndException()
    {
        using var engine = new PipelineEngine(typeof(RefuseForbiddenPlugin));

        var fault = LocalEngine.Fault(() => engine.Service.Create(new Entity("account") { ["name"] = "Crash" }));

        Assert.Contains(nameof(RefuseForbiddenPlugin), fault.Message, StringComparison.Ordinal);
        Assert.Contains("the plug-in crashed", fault.Message, StringComparison.Ordinal);
        Assert.Empty(engine.Service.RetrieveMultiple(new QueryExpression("account")).Entities);
    }

    [Fact]
    public void Update_ColumnOutsideFilteringAttributes_StepDoesNotRun()
    {
        using var engine = new PipelineEngine(typeof(ValueChangedPlugin));
        var id = engine.Service.Create(new Entity("opportunity") { ["name"] = "Deal" });

        engine.Service.Update(new Entity("opportunity", id) { ["name"] = "Renamed deal" });

        Assert.Empty(Recorder.Calls);
    }

    [Fact]
    public void Update_FilteredColumnChanges_StepGetsPreAndPostImagesAndTraces()
    {
        using var engine = new PipelineEngine(typeof(ValueChangedPlugin));
        var id = engine.Service.Create(new Entity("opportunity") { ["name"] = "Deal", ["estimatedvalue"] = new Money(100m) });

        engine.Service.Update(new Entity("opportunity", id) { ["estimatedvalue"] = new Money(250m) });

        var context = Assert.Single(Recorder.Calls).Context;
        Assert.Equal(100m, context.PreEntityImages["image"].GetAttributeValue<Money>("estimatedvalue")!.Value);
        Assert.Equal(250m, context.PostEntityImages["image"].GetAttributeValue<Money>("estimatedvalue")!.Value);
        Assert.Equal("Deal", context.PostEntityImages["image"].GetAttributeValue<string>("name"));
        var line = Assert.Single(engine.Pipeline.TraceLog.Entries);
        Assert.Equal($"value changed on {id}", line.Text);
        Assert.Equal(context.CorrelationId, line.CorrelationId);
    }

    [Fact]
    public void Update_PluginUpdatesItsOwnRecordWithoutGuard_StoppedAtDepthEightWithLoopFault()
    {
        using var engine = new PipelineEngine(typeof(LoopingPlugin));
        var id = engine.Service.Create(new Entity("account") { ["name"] = "Contoso" });

        var fault = LocalEngine.Fault(() => engine.Service.Update(new Entity("account", id) { ["name"] = "Contoso Ltd" }));

        Assert.Contains("infinite loop", fault.Message, StringComparison.Ordinal);
        Assert.Equal(8, Recorder.Calls.Max(c => c.Context.Depth));
        var row = engine.Service.Retrieve("account", id, new ColumnSet("name", "description"));
        Assert.Equal("Contoso", row.GetAttributeValue<string>("name"));
        Assert.Null(row.GetAttributeValue<string>("description"));
    }

    [Fact]
    public void Update_PluginBaseGuard_StopsRecursionOnTheSameRecord()
    {
        using var engine = new PipelineEngine(typeof(GuardedLoopingPlugin));
        var id = engine.Service.Create(new Entity("account") { ["name"] = "Contoso" });

        engine.Service.Update(new Entity("account", id) { ["name"] = "Contoso Ltd" });

        Assert.Single(Recorder.Calls);
        Assert.Equal("touched", engine.Service.Retrieve("account", id, new ColumnSet("description")).GetAttributeValue<string>("description"));
    }

    [Fact]
    public void Create_PluginSwallowsFailedCall_RequestStillFailsAndRollsBack()
    {
        using var engine = new PipelineEngine(typeof(SwallowingPlugin));

        var fault = LocalEngine.Fault(() => engine.Service.Create(new Entity("account") { ["name"] = "Contoso" }));

        Assert.Contains("There is no active transaction", fault.Message, StringComparison.Ordinal);
        Assert.Single(Recorder.Calls);
        Assert.Empty(engine.Service.RetrieveMultiple(new QueryExpression("account")).Entities);
    }

    [Fact]
    public void Execute_NoStepsForMessage_ContextsNeverBuilt()
    {
        using var engine = new PipelineEngine(typeof(ValueChangedPlugin));

        engine.Service.Create(new Entity("account") { ["name"] = "Contoso" });

        Assert.Empty(Recorder.Calls);
        Assert.Empty(engine.Pipeline.TraceLog.Entries);
    }

    [Fact]
    public void CreateMultiple_StepOnTheTargetsTable_RunsWithThatPrimaryEntity()
    {
        using var engine = new PipelineEngine(typeof(CreateMultipleAccountsPlugin));
        var targets = new EntityCollection { EntityName = "account" };
        targets.Entities.Add(new Entity("account") { ["name"] = "A" });
        targets.Entities.Add(new Entity("account") { ["name"] = "B" });

        engine.Service.Execute(new Microsoft.Xrm.Sdk.Messages.CreateMultipleRequest { Targets = targets });

        var context = Assert.Single(Recorder.Calls).Context;
        Assert.Equal("account", context.PrimaryEntityName);
        Assert.Equal(2, engine.Service.RetrieveMultiple(new QueryExpression("account")).Entities.Count);
    }
}
