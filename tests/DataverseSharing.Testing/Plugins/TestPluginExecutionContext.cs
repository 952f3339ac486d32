using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Testing.Plugins;

/// <summary>
/// An execution context filled by hand, for unit tests of a single plug-in outside any pipeline.
/// Defaults are those Dataverse gives a synchronous top-level Create.
/// </summary>
public sealed class TestPluginExecutionContext : IPluginExecutionContext
{
    public Guid BusinessUnitId { get; set; } = Guid.NewGuid();

    public Guid CorrelationId { get; set; } = Guid.NewGuid();

    public int Depth { get; set; } = 1;

    public Guid InitiatingUserId { get; set; } = Guid.NewGuid();

    public ParameterCollection InputParameters { get; } = new();

    public bool IsExecutingOffline { get; set; }

    public bool IsInTransaction { get; set; } = true;

    public bool IsOfflinePlayback { get; set; }

    public int IsolationMode { get; set; } = 2;

    public string MessageName { get; set; } = "Create";

    public int Mode { get; set; }

    public DateTime OperationCreatedOn { get; set; } = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public Guid OperationId { get; set; } = Guid.NewGuid();

    public Guid OrganizationId { get; set; } = Guid.NewGuid();

    public string OrganizationName { get; set; } = "test";

    public ParameterCollection OutputParameters { get; } = new();

    public EntityReference OwningExtension { get; set; } = new("sdkmessageprocessingstep", Guid.NewGuid());

    public EntityImageCollection PostEntityImages { get; } = new();

    public EntityImageCollection PreEntityImages { get; } = new();

    public Guid PrimaryEntityId { get; set; } = Guid.NewGuid();

    public string PrimaryEntityName { get; set; } = "opportunity";

    public Guid? RequestId { get; set; } = Guid.NewGuid();

    public string SecondaryEntityName { get; set; } = "none";

    public ParameterCollection SharedVariables { get; } = new();

    public Guid UserId { get; set; } = Guid.NewGuid();

    public IPluginExecutionContext? ParentContext { get; set; }

    public int Stage { get; set; } = 40;
}
