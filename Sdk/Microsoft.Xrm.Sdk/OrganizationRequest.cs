using System;
using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Messages;

namespace Microsoft.Xrm.Sdk;

/// <summary>A message sent to <see cref="IOrganizationService.Execute"/>: its name and named parameters.</summary>
/// <remarks>The typed messages of this assembly are known types, so collections of requests or responses serialize.</remarks>
[DataContract(Name = "OrganizationRequest", Namespace = XrmContracts.Namespace)]
[KnownType(typeof(AssociateRequest))]
[KnownType(typeof(CreateRequest))]
[KnownType(typeof(CreateMultipleRequest))]
[KnownType(typeof(DeleteRequest))]
[KnownType(typeof(DisassociateRequest))]
[KnownType(typeof(ExecuteMultipleRequest))]
[KnownType(typeof(ExecuteTransactionRequest))]
[KnownType(typeof(RetrieveRequest))]
[KnownType(typeof(RetrieveMultipleRequest))]
[KnownType(typeof(UpdateRequest))]
[KnownType(typeof(UpdateMultipleRequest))]
[KnownType(typeof(UpsertRequest))]
public class OrganizationRequest : IExtensibleDataObject
{
    [DataMember(Name = "Parameters")]
    private ParameterCollection? _parameters;

    public OrganizationRequest()
    {
    }

    public OrganizationRequest(string requestName)
    {
        RequestName = requestName;
    }

    /// <summary>The message name, e.g. "Create".</summary>
    [DataMember]
    public string RequestName { get; set; } = string.Empty;

    /// <summary>The request's parameters, by parameter name.</summary>
    public ParameterCollection Parameters
    {
        get => _parameters ??= new ParameterCollection();
        set => _parameters = value;
    }

    /// <summary>An id the caller may give the request.</summary>
    [DataMember]
    public Guid? RequestId { get; set; }

    public ExtensionDataObject? ExtensionData { get; set; }

    /// <summary>Gets or sets a parameter by name.</summary>
    public object? this[string parameterName]
    {
        get => Parameters[parameterName];
        set => Parameters[parameterName] = value;
    }

    /// <summary>The parameter's value as <typeparamref name="T"/>, or default when absent or of another type.</summary>
    internal T? GetParameter<T>(string parameterName)
    {
        return Parameters.TryGetValue(parameterName, out object? value) && value is T typed ? typed : default;
    }
}
