using System.ServiceModel;
using DataverseSharing.Plugins.Core;
using DataverseSharing.Testing.Plugins;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Tests.Core;

public sealed class PluginBaseTests
{
    private static PluginHarness UpdateOfOpportunity()
    {
        var harness = new PluginHarness();
        harness.Context.MessageName = "Update";
        harness.Context.PrimaryEntityName = "opportunity";
        harness.Context.Stage = 40;
        harness.Context.OwningExtension = new EntityReference("sdkmessageprocessingstep", new Guid(ProbePlugin.StepId));
        return harness;
    }

    [Fact]
    public void Execute_DeclaredStep_RunsBodyAndTracesWithCorrelationId()
    {
        var harness = UpdateOfOpportunity();
        var ran = false;

        harness.Run(new ProbePlugin(ctx =>
        {
            ran = true;
            ctx.Trace("working on {braces}");
        }));

        Assert.True(ran);
        var prefix = $"[{harness.Context.CorrelationId:D}] {nameof(ProbePlugin)}: ";
        Assert.All(harness.Tracing.Lines, line => Assert.StartsWith(prefix, line, StringComparison.Ordinal));
        Assert.Contains(prefix + "working on {braces}", harness.Tracing.Lines);
        Assert.Contains(harness.Tracing.Lines, l => l.Contains("done in", StringComparison.Ordinal));
    }

    [Fact]
    public void Execute_RegistrationTheClassDoesNotDeclare_ThrowsNamingTheRegistration()
    {
        var harness = UpdateOfOpportunity();
        harness.Context.PrimaryEntityName = "account";
        var ran = false;

        var ex = Assert.Throws<InvalidPluginExecutionException>(() => harness.Run(new ProbePlugin(_ => ran = true)));

        Assert.False(ran);
        Assert.Contains("Update of account at stage 40", ex.Message, StringComparison.Ordinal);
    }

    // MaxDepth is 4: depth 4 is the deepest call that still runs, 5 the shallowest that is skipped.
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(4)]
    public void Execute_DepthUpToLimit_RunsBody(int depth)
    {
        var harness = UpdateOfOpportunity();
        harness.Context.Depth = depth;
        var ran = false;

        harness.Run(new ProbePlugin(_ => ran = true));

        Assert.True(ran);
        Assert.DoesNotContain(harness.Tracing.Lines, l => l.Contains("skipped", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(8)]
    public void Execute_DepthPastLimit_SkipsAndTraces(int depth)
    {
        var harness = UpdateOfOpportunity();
        harness.Context.Depth = depth;
        var ran = false;

        harness.Run(new ProbePlugin(_ => ran = true));

        Assert.False(ran);
        Assert.Contains(harness.Tracing.Lines, l => l.Contains($"skipped: depth {depth} is past this plug-in's limit of 4", StringComparison.Ordinal));
    }

    [Fact]
    public void Execute_SameStepOnSameRecordUpTheChain_Skips()
    {
        var harness = UpdateOfOpportunity();
        harness.Context.Depth = 2;
        harness.Context.ParentContext = new TestPluginExecutionContext
        {
            MessageName = "Update",
            PrimaryEntityName = "opportunity",
            PrimaryEntityId = harness.Context.PrimaryEntityId,
            OwningExtension = harness.Context.OwningExtension,
        };
        var ran = false;

        harness.Run(new ProbePlugin(_ => ran = true));

        Assert.False(ran);
        Assert.Contains(harness.Tracing.Lines, l => l.Contains("already running for this record", StringComparison.Ordinal));
    }

    [Fact]
    public void Execute_SameStepOnAnotherRecordUpTheChain_Runs()
    {
        var harness = UpdateOfOpportunity();
        harness.Context.Depth = 2;
        harness.Context.ParentContext = new TestPluginExecutionContext
        {
            MessageName = "Update",
            PrimaryEntityName = "opportunity",
            PrimaryEntityId = Guid.NewGuid(),
            OwningExtension = harness.Context.OwningExtension,
        };
        var ran = false;

        harness.Run(new ProbePlugin(_ => ran = true));

        Assert.True(ran);
    }

    [Fact]
    public void Execute_OrganizationServiceFault_BecomesInvalidPluginExecutionWithErrorCode()
    {
        var harness = UpdateOfOpportunity();
        var fault = new OrganizationServiceFault { ErrorCode = -2147220969, Message = "opportunity With Id = 1 Does Not Exist" };

        var ex = Assert.Throws<InvalidPluginExecutionException>(() => harness.Run(new ProbePlugin(_ =>
            throw new FaultException<OrganizationServiceFault>(fault, new FaultReason(fault.Message)))));

        Assert.Equal(-2147220969, ex.ErrorCode);
        Assert.Equal(OperationStatus.Failed, ex.Status);
        Assert.Equal("opportunity With Id = 1 Does Not Exist", ex.Message);
    }

    [Fact]
    public void Execute_ArgumentException_BecomesInvalidPluginExecutionWithSameMessage()
    {
        var harness = UpdateOfOpportunity();

        var ex = Assert.Throws<InvalidPluginExecutionException>(() => harness.Run(new ProbePlugin(_ =>
            throw new ArgumentException("Estimated value cannot be negative."))));

        Assert.Equal("Estimated value cannot be negative.", ex.Message);
        Assert.IsType<ArgumentException>(ex.InnerException);
    }

    [Fact]
    public void Execute_UnexpectedException_BecomesInvalidPluginExecutionNamingCorrelationId()
    {
        var harness = UpdateOfOpportunity();

        var ex = Assert.Throws<InvalidPluginExecutionException>(() => harness.Run(new ProbePlugin(_ =>
            throw new InvalidOperationException("index not loaded"))));

        Assert.Contains("index not loaded", ex.Message, StringComparison.Ordinal);
        Assert.Contains(harness.Context.CorrelationId.ToString("D"), ex.Message, StringComparison.Ordinal);
        Assert.Contains(harness.Tracing.Lines, l => l.Contains("InvalidOperationException", StringComparison.Ordinal));
    }

    [Fact]
    public void Execute_InvalidPluginExecutionException_PassesThroughUnchanged()
    {
        var harness = UpdateOfOpportunity();
        var thrown = new InvalidPluginExecutionException(OperationStatus.Canceled, "The deal is closed.");

        var ex = Assert.Throws<InvalidPluginExecutionException>(() => harness.Run(new ProbePlugin(_ => throw thrown)));

        Assert.Same(thrown, ex);
    }

    [Fact]
    public void Execute_NullServiceProvider_ThrowsInvalidPluginExecution()
    {
        Assert.Throws<InvalidPluginExecutionException>(() => new ProbePlugin().Execute(null!));
    }

    [Fact]
    public void Execute_ProviderWithoutTracing_ThrowsNamingTheService()
    {
        var harness = UpdateOfOpportunity();
        harness.Provider.Remove<ITracingService>();

        var ex = Assert.Throws<InvalidPluginExecutionException>(() => harness.Run(new ProbePlugin()));

        Assert.Contains(nameof(ITracingService), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Execute_ServicesRequested_CreatedOnceForUserAndForSystem()
    {
        var harness = new PluginHarness(_ => new UnusedOrganizationService());
        harness.Context.MessageName = "Update";
        harness.Context.Stage = 40;
        IOrganizationService? first = null;

        harness.Run(new ProbePlugin(ctx =>
        {
            first = ctx.UserService;
            Assert.Same(first, ctx.UserService);
            _ = ctx.SystemService;
        }));

        Assert.NotNull(first);
        Assert.Equal(new Guid?[] { harness.Context.UserId, null }, harness.Factory.RequestedUsers);
    }

    [Fact]
    public void Execute_ClassWithoutDeclarations_RunsWithConfiguration()
    {
        var harness = new PluginHarness();
        harness.Context.MessageName = "dvs_SuggestPractices";
        harness.Context.Stage = 30;
        var plugin = new UndeclaredProbePlugin("unsecure", "secure");

        harness.Run(plugin);

        Assert.Equal("unsecure|secure", plugin.Seen);
    }

    [Fact]
    public void TargetEntityAndImages_Present_ReturnedByAlias()
    {
        var harness = UpdateOfOpportunity();
        var target = new Entity("opportunity", harness.Context.PrimaryEntityId);
        var pre = new Entity("opportunity", harness.Context.PrimaryEntityId);
        harness.Context.InputParameters["Target"] = target;
        harness.Context.PreEntityImages["pre"] = pre;
        LocalPluginContext? seen = null;

        harness.Run(new ProbePlugin(ctx => seen = ctx));

        Assert.Same(target, seen!.TargetEntity);
        Assert.Same(pre, seen.PreImage("pre"));
        Assert.Null(seen.PostImage("post"));
    }

    private sealed class UnusedOrganizationService : IOrganizationService
    {
        public Guid Create(Entity entity) => throw new InvalidOperationException("not used");

        public Entity Retrieve(string entityName, Guid id, Microsoft.Xrm.Sdk.Query.ColumnSet columnSet) => throw new InvalidOperationException("not used");

        public void Update(Entity entity) => throw new InvalidOperationException("not used");

        public void Delete(string entityName, Guid id) => throw new InvalidOperationException("not used");

        public OrganizationResponse Execute(OrganizationRequest request) => throw new InvalidOperationException("not used");

        public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new InvalidOperationException("not used");

        public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) => throw new InvalidOperationException("not used");

        public EntityCollection RetrieveMultiple(Microsoft.Xrm.Sdk.Query.QueryBase query) => throw new InvalidOperationException("not used");
    }
}
