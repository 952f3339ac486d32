using System;

namespace DataverseSharing.Plugins.Registration;

/// <summary>A step or image declaration that Dataverse would refuse; the message names the type and step.</summary>
public sealed class PluginRegistrationException : Exception
{
    /// <summary>Creates the exception with a message naming what is wrong and where.</summary>
    public PluginRegistrationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the cause.</summary>
    public PluginRegistrationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a default message.</summary>
    public PluginRegistrationException()
        : base("A plug-in step registration is invalid.")
    {
    }
}
