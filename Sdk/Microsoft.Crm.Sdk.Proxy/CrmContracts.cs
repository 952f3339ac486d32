namespace Microsoft.Crm.Sdk;

/// <summary>XML namespace of the Dataverse CRM message contracts (internal: not part of the public surface).</summary>
internal static class CrmContracts
{
    internal const string Namespace = "http://schemas.microsoft.com/crm/2011/Contracts";
}
