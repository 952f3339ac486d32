using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>
/// Who is calling the service and from where: a top-level caller, or a plug-in step whose service calls must
/// carry its context as their parent (depth + 1, same correlation id, same initiating user, shared transaction).
/// </summary>
internal sealed class PipelineCaller
{
    private PipelineCaller(IPluginExecutionContext? parent, Guid correlationId, Guid initiatingUserId)
    {
        Parent = parent;
        CorrelationId = correlationId;
        InitiatingUserId = initiatingUserId;
    }

    /// <summary>The context of the step making the call; null at the top.</summary>
    public IPluginExecutionContext? Parent { get; }

    public Guid CorrelationId { get; }

    /// <summary>The user who started the chain; Guid.Empty at the top (the caller is the initiating user).</summary>
    public Guid InitiatingUserId { get; }

    public int Depth => Parent is null ? 1 : Parent.Depth + 1;

    public static PipelineCaller TopLevel() => new(null, Guid.Empty, Guid.Empty);

    public static PipelineCaller FromStep(IPluginExecutionContext step) => new(step, step.CorrelationId, step.InitiatingUserId);
}
