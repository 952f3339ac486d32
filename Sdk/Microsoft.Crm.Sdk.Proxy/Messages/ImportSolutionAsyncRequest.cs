using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>Queues the import of a solution as a system job. Message name "ImportSolutionAsync".</summary>
[DataContract(Namespace = CrmContracts.Namespace)]
public sealed class ImportSolutionAsyncRequest : OrganizationRequest
{
    public ImportSolutionAsyncRequest()
    {
        RequestName = "ImportSolutionAsync";
    }

    /// <summary>The solution's zip file (the SolutionPackager format). Parameter "CustomizationFile".</summary>
    public byte[] CustomizationFile
    {
        get => MessageValues.Get<byte[]>(Parameters, "CustomizationFile")!;
        set => Parameters["CustomizationFile"] = value;
    }

    /// <summary>Whether unmanaged customizations of the same components are overwritten. Parameter "OverwriteUnmanagedCustomizations".</summary>
    public bool OverwriteUnmanagedCustomizations
    {
        get => MessageValues.Get<bool>(Parameters, "OverwriteUnmanagedCustomizations");
        set => Parameters["OverwriteUnmanagedCustomizations"] = value;
    }

    /// <summary>Whether the solution's processes are activated and its plug-in steps enabled after the import. Parameter "PublishWorkflows".</summary>
    public bool PublishWorkflows
    {
        get => MessageValues.Get<bool>(Parameters, "PublishWorkflows");
        set => Parameters["PublishWorkflows"] = value;
    }

    /// <summary>Whether an unmanaged solution's components are converted to managed ones. Parameter "ConvertToManaged".</summary>
    public bool ConvertToManaged
    {
        get => MessageValues.Get<bool>(Parameters, "ConvertToManaged");
        set => Parameters["ConvertToManaged"] = value;
    }

    /// <summary>Whether the solution is imported as a holding solution for a staged upgrade. Parameter "HoldingSolution".</summary>
    public bool HoldingSolution
    {
        get => MessageValues.Get<bool>(Parameters, "HoldingSolution");
        set => Parameters["HoldingSolution"] = value;
    }

    /// <summary>Whether dependencies on product updates are not enforced. Parameter "SkipProductUpdateDependencies".</summary>
    public bool SkipProductUpdateDependencies
    {
        get => MessageValues.Get<bool>(Parameters, "SkipProductUpdateDependencies");
        set => Parameters["SkipProductUpdateDependencies"] = value;
    }

    /// <summary>Component parameters (connection references, environment variable values). Parameter "ComponentParameters".</summary>
    public EntityCollection ComponentParameters
    {
        get => MessageValues.Get<EntityCollection>(Parameters, "ComponentParameters")!;
        set => Parameters["ComponentParameters"] = value;
    }
}
