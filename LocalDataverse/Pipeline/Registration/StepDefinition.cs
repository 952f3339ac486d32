namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>
/// One registered plug-in step (an sdkmessageprocessingstep): which plug-in runs on which message and table, when,
/// how, with which images and configuration, and as whom. The engine checks it as a registration in Dataverse is
/// checked when the organization opens (<see cref="StepRegistrationException"/>).
/// </summary>
public sealed record StepDefinition
{
    /// <summary>The step's stable id: asynchronous jobs find their step by it across restarts.</summary>
    public required Guid Id { get; init; }

    /// <summary>The plug-in class: a concrete IPlugin with a parameterless or a (string, string) constructor.</summary>
    public required Type PluginType { get; init; }

    /// <summary>The SDK message name, for example "Create" or "Update".</summary>
    public required string Message { get; init; }

    /// <summary>The primary table's logical name; "none" for a step on every table or a message bound to none.</summary>
    public string Table { get; init; } = "none";

    public StepStage Stage { get; init; } = StepStage.PostOperation;

    public StepExecutionMode Mode { get; init; } = StepExecutionMode.Synchronous;

    /// <summary>Order among steps of the same message, table and stage; lower runs first.</summary>
    public int Rank { get; init; } = 1;

    /// <summary>Columns of which an Update must touch one for the step to run; empty means any Update.</summary>
    public IReadOnlyList<string> FilteringAttributes { get; init; } = [];

    public IReadOnlyList<StepImageDefinition> Images { get; init; } = [];

    /// <summary>Passed as the first argument of the plug-in's (string, string) constructor.</summary>
    public string? UnsecureConfiguration { get; init; }

    /// <summary>Passed as the second argument of the plug-in's (string, string) constructor.</summary>
    public string? SecureConfiguration { get; init; }

    /// <summary>The user the step runs as (impersonatinguserid); the calling user when null.</summary>
    public Guid? RunAsUserId { get; init; }

    /// <summary>
    /// The run-as user as a solution's step file names it (ImpersonatingUserIdName: the user's full name, since ids
    /// differ between environments); found among the systemuser rows when the step runs, as an import looks it up.
    /// </summary>
    internal string? RunAsUserName { get; init; }

    /// <summary>The step's display name; derived from the type, message and table when not given.</summary>
    public string? Name { get; init; }

    /// <summary>Whether a successful asynchronous job of the step is deleted once done.</summary>
    public bool AsyncAutoDelete { get; init; }

    /// <summary>The name shown in traces and system jobs.</summary>
    public string DisplayName => Name ?? $"{PluginType?.FullName}: {Message} of {Table}";
}
