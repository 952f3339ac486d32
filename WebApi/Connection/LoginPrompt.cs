namespace DataverseSharing.WebApi.Connection;

/// <summary>When a person is asked to sign in (<c>LoginPrompt</c>, as ServiceClient documents it).</summary>
public enum LoginPrompt
{
    /// <summary>Use the cached sign-in when it is still good, else ask.</summary>
    Auto,

    /// <summary>Always ask, ignoring the cache.</summary>
    Always,

    /// <summary>Never ask: without a usable cached sign-in the connection fails.</summary>
    Never,
}
