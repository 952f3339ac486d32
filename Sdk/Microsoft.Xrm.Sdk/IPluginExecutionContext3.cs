using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Adds the user who authenticated the request, which differs from UserId under impersonation.</summary>
public interface IPluginExecutionContext3 : IPluginExecutionContext2
{
    Guid AuthenticatedUserId { get; }
}
