namespace DataverseSharing.Plugins.Registration;

/// <summary>Execution mode of a step; the numbers are the sdkmessageprocessingstep mode values.</summary>
public enum StepMode
{
    /// <summary>Runs in the caller's request; an exception cancels the operation.</summary>
    Synchronous = 0,

    /// <summary>Queued as a system job after the operation commits.</summary>
    Asynchronous = 1,
}
