namespace DataverseSharing.Plugins.Registration;

/// <summary>Which entity images a step receives; the numbers are sdkmessageprocessingstepimage imagetype values.</summary>
public enum StepImageType
{
    /// <summary>The record as it was before the operation.</summary>
    PreImage = 0,

    /// <summary>The record as it is after the operation.</summary>
    PostImage = 1,

    /// <summary>Both a pre-image and a post-image under the same alias.</summary>
    Both = 2,
}
