namespace DataverseSharing.LocalDataverse.Query.Fetch;

/// <summary>
/// FetchXML the engine cannot run: text that is not XML, or XML that breaks the FetchXML schema or its rules. The
/// service layer turns it into the FaultException&lt;OrganizationServiceFault&gt; Dataverse throws, using
/// <see cref="ErrorCode"/>; the line and position let a developer find the mistake in a long query.
/// </summary>
internal sealed class FetchXmlException : Exception
{
    public FetchXmlException()
        : this("The FetchXML is not valid.")
    {
    }

    public FetchXmlException(string message)
        : this(message, FetchXmlErrorCodes.InvalidArgument)
    {
    }

    public FetchXmlException(string message, Exception innerException)
        : this(message, FetchXmlErrorCodes.InvalidArgument, null, null, innerException)
    {
    }

    public FetchXmlException(string message, int errorCode, int? lineNumber = null, int? linePosition = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
        LineNumber = lineNumber;
        LinePosition = linePosition;
    }

    /// <summary>The Dataverse error code (see <see cref="FetchXmlErrorCodes"/>).</summary>
    public int ErrorCode { get; }

    /// <summary>The one-based line of the problem, when it came from the FetchXML text.</summary>
    public int? LineNumber { get; }

    /// <summary>The one-based position in <see cref="LineNumber"/>, when it came from the FetchXML text.</summary>
    public int? LinePosition { get; }
}
