namespace DataverseSharing.Plugins.Registration;

/// <summary>The event pipeline stage a step runs in; the numbers are Dataverse's own stage values.</summary>
public enum PipelineStage
{
    /// <summary>Before the security check and outside the database transaction.</summary>
    PreValidation = 10,

    /// <summary>Inside the transaction, before the main operation.</summary>
    PreOperation = 20,

    /// <summary>The platform's own operation; custom API plug-ins run here.</summary>
    MainOperation = 30,

    /// <summary>After the main operation; inside the transaction when synchronous.</summary>
    PostOperation = 40,
}
