namespace DataverseSharing.WebApi.Http;

/// <summary>The Dataverse error codes the connector raises itself, for requests it can tell are wrong before sending.</summary>
internal static class ErrorCodes
{
    public const int InvalidArgument = unchecked((int)0x80040203);

    public const int QueryBuilderNoEntity = unchecked((int)0x80041102);

    public const int ConcurrencyVersionNotProvided = unchecked((int)0x80060883);

    public const int UnexpectedError = unchecked((int)0x80040216);
}
