using System;

namespace DataverseSharing.WebApi.Connection;

/// <summary>
/// A connection that cannot be made: a bad connection string or profile, a missing secret, an unreachable or
/// non-Dataverse server, a refused sign-in. The message is one line naming what is wrong, and never holds a secret.
/// </summary>
public sealed class DataverseConnectionException : Exception
{
    public DataverseConnectionException(string message)
        : base(message)
    {
    }

    public DataverseConnectionException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
