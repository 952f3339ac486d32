namespace DataverseSharing.LocalDataverse.Security;

/// <summary>
/// Dataverse's error codes for security failures (…/org-service/web-service-error-codes). Clients branch on
/// these numbers, so they are the platform's.
/// </summary>
internal static class SecurityErrorCodes
{
    /// <summary>0x80040220: the user holds the privilege at no depth through any role ("is missing prvX privilege").</summary>
    public const int MissingPrivilege = unchecked((int)0x80040220);

    /// <summary>0x80048306: the privilege is held, but its depth (or a share) does not reach this row.</summary>
    public const int AccessCheckFailed = unchecked((int)0x80048306);
}
