namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>The event pipeline stage a step runs in; the numbers are sdkmessageprocessingstep's stage values.</summary>
public enum StepStage
{
    /// <summary>Before the security check and, at the top of a request, outside the database transaction.</summary>
    PreValidation = 10,

    /// <summary>Inside the transaction, before the main operation.</summary>
    PreOperation = 20,

    /// <summary>The platform's own operation; only a custom API's plug-in runs here, never a registered step.</summary>
    MainOperation = 30,

    /// <summary>After the main operation; inside the transaction when synchronous.</summary>
    PostOperation = 40,
}
