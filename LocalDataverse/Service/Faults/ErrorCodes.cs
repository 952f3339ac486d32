namespace DataverseSharing.LocalDataverse.Service.Faults;

/// <summary>
/// Dataverse's error codes for the faults the engine raises (…/org-service/web-service-error-codes). Clients
/// branch on these numbers, so they must be the platform's, not the engine's own.
/// </summary>
internal static class ErrorCodes
{
    /// <summary>0x80040217: the record does not exist.</summary>
    public const int ObjectDoesNotExist = unchecked((int)0x80040217);

    /// <summary>0x80041102: no table with that logical name.</summary>
    public const int QueryBuilderNoEntity = unchecked((int)0x80041102);

    /// <summary>0x80041103: the table has no column with that logical name.</summary>
    public const int QueryBuilderNoAttribute = unchecked((int)0x80041103);

    /// <summary>0x80040203: an argument of the request is invalid (for example a value of the wrong type).</summary>
    public const int InvalidArgument = unchecked((int)0x80040203);

    /// <summary>0x80044331: a text value is longer than the column allows.</summary>
    public const int StringLengthTooLong = unchecked((int)0x80044331);

    /// <summary>0x8004431A: a number or choice value outside the column's range or options.</summary>
    public const int OutOfRange = unchecked((int)0x8004431A);

    /// <summary>0x80040237: a row with the same id or alternate-key values already exists.</summary>
    public const int DuplicateRecord = unchecked((int)0x80040237);

    /// <summary>0x80040227: a restrict relationship keeps the row from being deleted while children point to it.</summary>
    public const int CannotDeleteDueToAssociation = unchecked((int)0x80040227);

    /// <summary>0x80060890: the key attributes of a request are not an alternate key of the table.</summary>
    public const int EntityKeyNotDefined = unchecked((int)0x80060890);

    /// <summary>0x80060882: the row changed since the caller read the version it sent.</summary>
    public const int ConcurrencyVersionMismatch = unchecked((int)0x80060882);

    /// <summary>0x80060883: IfRowVersionMatches was asked for without a row version.</summary>
    public const int ConcurrencyVersionNotProvided = unchecked((int)0x80060883);

    /// <summary>0x80040216: an unexpected error; the engine also uses it for messages it does not support.</summary>
    /// <summary>0x80044352: a change-tracking token older than the organization keeps changes for; do a full sync.</summary>
    public const int ExpiredVersionStamp = unchecked((int)0x80044352);

    public const int UnexpectedError = unchecked((int)0x80040216);
}
