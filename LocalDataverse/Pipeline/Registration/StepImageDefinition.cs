namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>An entity image of a step (an sdkmessageprocessingstepimage): which row, when, and which columns.</summary>
public sealed record StepImageDefinition
{
    /// <summary>The key the plug-in reads the image by in PreEntityImages / PostEntityImages (entityalias).</summary>
    public required string Alias { get; init; }

    public required StepImageKind Kind { get; init; }

    /// <summary>The image's display name; the alias when not given.</summary>
    public string? Name { get; init; }

    /// <summary>The columns in the image; empty means every column.</summary>
    public IReadOnlyList<string> Attributes { get; init; } = [];

    /// <summary>
    /// The request parameter that names the row ("Target", "id", "EntityMoniker"); derived from the message when
    /// not given, for the messages Dataverse takes images on.
    /// </summary>
    public string? MessagePropertyName { get; init; }

    /// <summary>The image's stable id; a new one when not given.</summary>
    public Guid Id { get; init; }

    /// <summary>Whether the step receives this image before the operation.</summary>
    public bool IsPreImage => Kind is StepImageKind.PreImage or StepImageKind.Both;

    /// <summary>Whether the step receives this image after the operation.</summary>
    public bool IsPostImage => Kind is StepImageKind.PostImage or StepImageKind.Both;
}
