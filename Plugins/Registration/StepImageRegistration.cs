using System;
using System.Collections.Generic;

namespace DataverseSharing.Plugins.Registration;

/// <summary>A validated entity image of a step, as the solution and the pipeline consume it.</summary>
public sealed class StepImageRegistration
{
    /// <summary>Creates a validated image registration.</summary>
    public StepImageRegistration(Guid id, StepImageType imageType, string alias, string messagePropertyName, IReadOnlyList<string> attributes)
    {
        Id = id;
        ImageType = imageType;
        Alias = alias;
        MessagePropertyName = messagePropertyName;
        Attributes = attributes;
    }

    /// <summary>The image's stable id.</summary>
    public Guid Id { get; }

    /// <summary>Pre-image, post-image or both.</summary>
    public StepImageType ImageType { get; }

    /// <summary>The key the plug-in reads the image by.</summary>
    public string Alias { get; }

    /// <summary>The request parameter that names the record.</summary>
    public string MessagePropertyName { get; }

    /// <summary>The columns in the image; empty means all columns.</summary>
    public IReadOnlyList<string> Attributes { get; }

    /// <summary>Whether the step receives this image before the operation.</summary>
    public bool IsPreImage => ImageType is StepImageType.PreImage or StepImageType.Both;

    /// <summary>Whether the step receives this image after the operation.</summary>
    public bool IsPostImage => ImageType is StepImageType.PostImage or StepImageType.Both;
}
