using System;

namespace DataverseSharing.Plugins.Registration;

/// <summary>
/// Declares an entity image (sdkmessageprocessingstepimage) for one of the class's declared steps.
/// Images live in their own attribute because attribute arguments cannot nest objects.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class PluginStepImageAttribute : Attribute
{
    /// <param name="id">The image's stable id (a GUID).</param>
    /// <param name="stepId">The id of the step, declared on the same class, that receives the image.</param>
    /// <param name="imageType">Pre-image, post-image or both.</param>
    /// <param name="alias">The key the plug-in reads the image by (EntityAlias).</param>
    public PluginStepImageAttribute(string id, string stepId, StepImageType imageType, string alias)
    {
        Id = id;
        StepId = stepId;
        ImageType = imageType;
        Alias = alias;
    }

    /// <summary>The image's stable id (a GUID string).</summary>
    public string Id { get; }

    /// <summary>The step that receives the image.</summary>
    public string StepId { get; }

    /// <summary>Pre-image, post-image or both.</summary>
    public StepImageType ImageType { get; }

    /// <summary>The key the plug-in reads the image by.</summary>
    public string Alias { get; }

    /// <summary>Comma-separated column logical names in the image; null means all columns.</summary>
    public string? Attributes { get; set; }

    /// <summary>
    /// The request parameter that names the record ("Target", "id", "EntityMoniker"); derived from the
    /// message when not given, for the messages whose property Dataverse documents.
    /// </summary>
    public string? MessagePropertyName { get; set; }
}
