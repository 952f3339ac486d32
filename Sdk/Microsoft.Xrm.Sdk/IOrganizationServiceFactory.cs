using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Creates organization services that act on behalf of a system user.</summary>
public interface IOrganizationServiceFactory
{
    /// <summary>Creates a service for the given user id. In a plug-in, null means SYSTEM and Guid.Empty the user the step runs as.</summary>
    IOrganizationService CreateOrganizationService(Guid? userId);
}
