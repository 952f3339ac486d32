namespace Microsoft.Xrm.Sdk;

/// <summary>The execution context of a plug-in: adds the pipeline stage and the parent operation's context.</summary>
public interface IPluginExecutionContext : IExecutionContext
{
    /// <summary>The context of the operation that triggered this one, or null at the top of the pipeline.</summary>
    IPluginExecutionContext? ParentContext { get; }

    /// <summary>The pipeline stage: 10 pre-validation, 20 pre-operation, 30 main operation, 40 post-operation.</summary>
    int Stage { get; }
}
