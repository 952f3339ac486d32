using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages;

/// <summary>What a custom message handler works with: the caller, the request's time and a service in its transaction.</summary>
public sealed class CustomMessageContext
{
    internal CustomMessageContext(RequestContext context)
    {
        UserId = context.UserId;
        Now = context.Now;
        Service = context.Service;
    }

    /// <summary>The systemuser the request runs as.</summary>
    public Guid UserId { get; }

    /// <summary>The request's time (UTC).</summary>
    public DateTime Now { get; }

    /// <summary>
    /// A service acting as the caller. Requests sent through it join this request's transaction, run their plug-ins
    /// and are checked against the caller's roles as if sent alone.
    /// </summary>
    public IOrganizationService Service { get; }
}
