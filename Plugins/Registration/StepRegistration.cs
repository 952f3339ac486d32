using System;
using System.Collections.Generic;

namespace DataverseSharing.Plugins.Registration;

/// <summary>
/// A validated step declaration: what the solution writes as an sdkmessageprocessingstep and what
/// LocalDataverse's pipeline runs.
/// </summary>
public sealed class StepRegistration
{
    /// <summary>Creates a validated step registration.</summary>
    public StepRegistration(
        Type pluginType,
        Guid id,
        string name,
        string? description,
        string message,
        string primaryEntity,
        PipelineStage stage,
        StepMode mode,
        int rank,
        IReadOnlyList<string> filteringAttributes,
        bool asyncAutoDelete,
        IReadOnlyList<StepImageRegistration> images)
    {
        PluginType = pluginType;
        Id = id;
        Name = name;
        Description = description;
        Message = message;
        PrimaryEntity = primaryEntity;
        Stage = stage;
        Mode = mode;
        Rank = rank;
        FilteringAttributes = filteringAttributes;
        AsyncAutoDelete = asyncAutoDelete;
        Images = images;
    }

    /// <summary>The plug-in class that runs the step.</summary>
    public Type PluginType { get; }

    /// <summary>The step's stable id.</summary>
    public Guid Id { get; }

    /// <summary>The step's display name.</summary>
    public string Name { get; }

    /// <summary>What the step does.</summary>
    public string? Description { get; }

    /// <summary>The SDK message name.</summary>
    public string Message { get; }

    /// <summary>The primary table's logical name, or "none".</summary>
    public string PrimaryEntity { get; }

    /// <summary>The pipeline stage.</summary>
    public PipelineStage Stage { get; }

    /// <summary>Synchronous or asynchronous.</summary>
    public StepMode Mode { get; }

    /// <summary>Order among steps of the same message, table and stage.</summary>
    public int Rank { get; }

    /// <summary>Columns whose change triggers the step; empty means any change.</summary>
    public IReadOnlyList<string> FilteringAttributes { get; }

    /// <summary>Whether a successful asynchronous job is deleted once done.</summary>
    public bool AsyncAutoDelete { get; }

    /// <summary>The entity images the step receives.</summary>
    public IReadOnlyList<StepImageRegistration> Images { get; }
}
