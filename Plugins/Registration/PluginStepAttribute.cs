using System;

namespace DataverseSharing.Plugins.Registration;

/// <summary>
/// Declares one sdkmessageprocessingstep of the plug-in class it decorates. The declaration is the single
/// source of truth: the solution's step files and LocalDataverse's pipeline are both derived from it, so
/// the registration can never drift from the code that depends on it.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class PluginStepAttribute : Attribute
{
    /// <param name="id">The step's stable id (a GUID); it keeps the step's identity across solution versions.</param>
    /// <param name="message">The SDK message name, for example "Create" or "Update".</param>
    /// <param name="primaryEntity">The table's logical name, or "none" for a message not bound to a table.</param>
    /// <param name="stage">The pipeline stage.</param>
    /// <param name="mode">Synchronous or asynchronous.</param>
    public PluginStepAttribute(string id, string message, string primaryEntity, PipelineStage stage, StepMode mode)
    {
        Id = id;
        Message = message;
        PrimaryEntity = primaryEntity;
        Stage = stage;
        Mode = mode;
    }

    /// <summary>The step's stable id (a GUID string).</summary>
    public string Id { get; }

    /// <summary>The SDK message name.</summary>
    public string Message { get; }

    /// <summary>The primary table's logical name, or "none".</summary>
    public string PrimaryEntity { get; }

    /// <summary>The pipeline stage.</summary>
    public PipelineStage Stage { get; }

    /// <summary>Synchronous or asynchronous.</summary>
    public StepMode Mode { get; }

    /// <summary>Comma-separated column logical names that trigger an Update step; null means any column.</summary>
    public string? FilteringAttributes { get; set; }

    /// <summary>Execution order among steps of the same message, table and stage (lower runs first).</summary>
    public int Rank { get; set; } = 1;

    /// <summary>The step's display name; derived from the type, message and table when not given.</summary>
    public string? Name { get; set; }

    /// <summary>What the step does, shown to admins in the Plug-in Registration Tool.</summary>
    public string? Description { get; set; }

    /// <summary>Whether a successful asynchronous system job is deleted once done.</summary>
    public bool AsyncAutoDelete { get; set; }
}
