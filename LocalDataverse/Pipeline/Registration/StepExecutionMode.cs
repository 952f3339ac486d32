namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>How a step runs; the numbers are sdkmessageprocessingstep's mode values.</summary>
public enum StepExecutionMode
{
    /// <summary>In the caller's request; an exception cancels the operation.</summary>
    Synchronous = 0,

    /// <summary>Queued as a system job (asyncoperation) once the operation commits.</summary>
    Asynchronous = 1,
}
