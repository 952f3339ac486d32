namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>A step registration Dataverse would refuse; the message names the step and where it comes from.</summary>
public sealed class StepRegistrationException : Exception
{
    public StepRegistrationException(string message)
        : base(message)
    {
    }

    public StepRegistrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public StepRegistrationException()
        : base("A plug-in step registration is invalid.")
    {
    }
}
