namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// A security check failed, with Dataverse's error code and message. Security knows nothing of the service
/// contract; the service core turns this into FaultException&lt;OrganizationServiceFault&gt; with the same
/// code and message (DataverseFaults.Create(e.ErrorCode, e.Message)).
/// </summary>
internal sealed class SecurityFaultException : Exception
{
    public SecurityFaultException()
    {
    }

    public SecurityFaultException(string message)
        : base(message)
    {
    }

    public SecurityFaultException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SecurityFaultException(int errorCode, string message)
        : base(message)
    {
        ErrorCode = errorCode;
    }

    /// <summary>One of <see cref="SecurityErrorCodes"/>.</summary>
    public int ErrorCode { get; init; }

    /// <summary>The privilege that was missing or checked, for callers that report it.</summary>
    public PrivilegeName? Privilege { get; init; }

    /// <summary>For an access-check failure, the right that was denied on the row.</summary>
    public RecordAccessRights DeniedRight { get; init; }
}
