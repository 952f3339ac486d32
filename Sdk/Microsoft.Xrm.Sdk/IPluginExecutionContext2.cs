using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Adds the Microsoft Entra identities of the users and the Power Pages (portals) caller.</summary>
public interface IPluginExecutionContext2 : IPluginExecutionContext
{
    Guid InitiatingUserApplicationId { get; }

    Guid InitiatingUserAzureActiveDirectoryObjectId { get; }

    bool IsPortalsClientCall { get; }

    Guid PortalsContactId { get; }

    Guid UserAzureActiveDirectoryObjectId { get; }
}
