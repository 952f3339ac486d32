using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>
/// A serializable execution context: the form in which the platform posts a context to service endpoints,
/// also usable wherever an <see cref="IPluginExecutionContext"/> value is needed.
/// </summary>
[DataContract(Name = "RemoteExecutionContext", Namespace = XrmContracts.Namespace)]
public sealed class RemoteExecutionContext : IPluginExecutionContext, IExtensibleDataObject
{
    [DataMember(Name = "InputParameters")]
    private ParameterCollection? _inputParameters;

    [DataMember(Name = "OutputParameters")]
    private ParameterCollection? _outputParameters;

    [DataMember(Name = "SharedVariables")]
    private ParameterCollection? _sharedVariables;

    [DataMember(Name = "PreEntityImages")]
    private EntityImageCollection? _preEntityImages;

    [DataMember(Name = "PostEntityImages")]
    private EntityImageCollection? _postEntityImages;

    public RemoteExecutionContext()
    {
    }

    [DataMember]
    public Guid BusinessUnitId { get; set; }

    [DataMember]
    public Guid CorrelationId { get; set; }

    [DataMember]
    public int Depth { get; set; }

    /// <summary>The Microsoft Entra object id of the initiating user.</summary>
    [DataMember]
    public Guid InitiatingUserAzureActiveDirectoryObjectId { get; set; }

    [DataMember]
    public Guid InitiatingUserId { get; set; }

    public ParameterCollection InputParameters => _inputParameters ??= new ParameterCollection();

    [DataMember]
    public bool IsExecutingOffline { get; set; }

    [DataMember]
    public bool IsInTransaction { get; set; }

    [DataMember]
    public bool IsOfflinePlayback { get; set; }

    [DataMember]
    public int IsolationMode { get; set; }

    [DataMember]
    public string MessageName { get; set; } = string.Empty;

    [DataMember]
    public int Mode { get; set; }

    [DataMember]
    public DateTime OperationCreatedOn { get; set; }

    [DataMember]
    public Guid OperationId { get; set; }

    [DataMember]
    public Guid OrganizationId { get; set; }

    [DataMember]
    public string OrganizationName { get; set; } = string.Empty;

    public ParameterCollection OutputParameters => _outputParameters ??= new ParameterCollection();

    /// <summary>The plug-in step or service endpoint the context was produced for.</summary>
    [DataMember]
    public EntityReference OwningExtension { get; set; } = new EntityReference();

    /// <summary>The context of the operation that triggered this one, if any.</summary>
    [DataMember]
    public RemoteExecutionContext? ParentContext { get; set; }

    IPluginExecutionContext? IPluginExecutionContext.ParentContext => ParentContext;

    public EntityImageCollection PostEntityImages => _postEntityImages ??= new EntityImageCollection();

    public EntityImageCollection PreEntityImages => _preEntityImages ??= new EntityImageCollection();

    [DataMember]
    public Guid PrimaryEntityId { get; set; }

    [DataMember]
    public string PrimaryEntityName { get; set; } = string.Empty;

    [DataMember]
    public Guid? RequestId { get; set; }

    [DataMember]
    public string SecondaryEntityName { get; set; } = string.Empty;

    public ParameterCollection SharedVariables => _sharedVariables ??= new ParameterCollection();

    [DataMember]
    public int Stage { get; set; }

    /// <summary>The Microsoft Entra object id of the user the step runs as.</summary>
    [DataMember]
    public Guid UserAzureActiveDirectoryObjectId { get; set; }

    [DataMember]
    public Guid UserId { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }
}
