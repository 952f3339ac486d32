using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>
/// The context a plug-in receives, as IPluginExecutionContext4 like the sandbox's. It reads and writes through to
/// the step's RemoteExecutionContext, so what a step changes (InputParameters, SharedVariables) reaches the
/// pipeline. Values with no local meaning are the platform's "none": no Entra identity, no application user, no
/// Power Pages caller.
/// </summary>
internal sealed class StepExecutionContext : IPluginExecutionContext4
{
    private readonly RemoteExecutionContext inner;

    public StepExecutionContext(RemoteExecutionContext inner) => this.inner = inner;

    public Guid BusinessUnitId => inner.BusinessUnitId;

    public Guid CorrelationId => inner.CorrelationId;

    public int Depth => inner.Depth;

    public Guid InitiatingUserId => inner.InitiatingUserId;

    public ParameterCollection InputParameters => inner.InputParameters;

    public bool IsExecutingOffline => inner.IsExecutingOffline;

    public bool IsInTransaction => inner.IsInTransaction;

    public bool IsOfflinePlayback => inner.IsOfflinePlayback;

    public int IsolationMode => inner.IsolationMode;

    public string MessageName => inner.MessageName;

    public int Mode => inner.Mode;

    public DateTime OperationCreatedOn => inner.OperationCreatedOn;

    public Guid OperationId => inner.OperationId;

    public Guid OrganizationId => inner.OrganizationId;

    public string OrganizationName => inner.OrganizationName;

    public ParameterCollection OutputParameters => inner.OutputParameters;

    public EntityReference OwningExtension => inner.OwningExtension;

    public EntityImageCollection PostEntityImages => inner.PostEntityImages;

    public EntityImageCollection PreEntityImages => inner.PreEntityImages;

    public Guid PrimaryEntityId => inner.PrimaryEntityId;

    public string PrimaryEntityName => inner.PrimaryEntityName;

    public Guid? RequestId => inner.RequestId;

    public string SecondaryEntityName => inner.SecondaryEntityName;

    public ParameterCollection SharedVariables => inner.SharedVariables;

    public Guid UserId => inner.UserId;

    public IPluginExecutionContext? ParentContext => inner.ParentContext;

    public int Stage => inner.Stage;

    public Guid InitiatingUserApplicationId => Guid.Empty;

    public Guid InitiatingUserAzureActiveDirectoryObjectId => inner.InitiatingUserAzureActiveDirectoryObjectId;

    public bool IsPortalsClientCall => false;

    public Guid PortalsContactId => Guid.Empty;

    public Guid UserAzureActiveDirectoryObjectId => inner.UserAzureActiveDirectoryObjectId;

    /// <summary>
    /// The user whose credentials reached the service. Locally a caller is never impersonated at the door (there is
    /// no CallerId header), so it is the user who started the chain, even when the step runs as another user.
    /// </summary>
    public Guid AuthenticatedUserId => inner.InitiatingUserId;

    // The engine runs single-row messages; their one row's images are the only entry, so code written for the
    // bulk messages (which reads these arrays) sees the same images as code reading PreEntityImages.
    public EntityImageCollection[] PostEntityImagesCollection => [inner.PostEntityImages];

    public EntityImageCollection[] PreEntityImagesCollection => [inner.PreEntityImages];
}
