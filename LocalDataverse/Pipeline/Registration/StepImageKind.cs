namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>Which entity images a step receives; the numbers are sdkmessageprocessingstepimage's imagetype values.</summary>
public enum StepImageKind
{
    /// <summary>The row as it was before the operation.</summary>
    PreImage = 0,

    /// <summary>The row as it is after the operation.</summary>
    PostImage = 1,

    /// <summary>Both, under the same alias.</summary>
    Both = 2,
}
