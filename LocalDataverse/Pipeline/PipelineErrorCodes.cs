namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>The fault codes the pipeline raises when a plug-in stops an operation.</summary>
internal static class PipelineErrorCodes
{
    /// <summary>
    /// 0x80040265 (ISV code aborted the operation): what the caller receives when a plug-in throws
    /// InvalidPluginExecutionException without an error code of its own.
    /// </summary>
    public const int PluginAborted = unchecked((int)0x80040265);

    /// <summary>0x80040216 (unexpected error): an exception other than InvalidPluginExecutionException escaped a plug-in.</summary>
    public const int Unexpected = unchecked((int)0x80040216);

    /// <summary>Dataverse stops a chain of plug-ins and requests that goes deeper than this (the documented default of 8).</summary>
    public const int MaxDepth = 8;

    public const string LoopMessage =
        "This workflow job was canceled because the workflow that started it included an infinite loop. Correct the workflow logic and try again.";
}
