namespace Microsoft.Xrm.Sdk;

/// <summary>XML namespaces of the Dataverse data contracts (internal: not part of the public surface).</summary>
internal static class XrmContracts
{
    internal const string Namespace = "http://schemas.microsoft.com/xrm/2011/Contracts";
}
