using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk.Messages;

namespace Microsoft.Xrm.Sdk;

/// <summary>The answer to an <see cref="OrganizationRequest"/>: its name and named results.</summary>
/// <remarks>The typed messages of this assembly are known types, so collections of requests or responses serialize.</remarks>
[DataContract(Name = "OrganizationResponse", Namespace = XrmContracts.Namespace)]
[KnownType(typeof(AssociateResponse))]
[KnownType(typeof(CreateResponse))]
[KnownType(typeof(CreateMultipleResponse))]
[KnownType(typeof(DeleteResponse))]
[KnownType(typeof(DisassociateResponse))]
[KnownType(typeof(ExecuteMultipleResponse))]
[KnownType(typeof(ExecuteTransactionResponse))]
[KnownType(typeof(RetrieveResponse))]
[KnownType(typeof(RetrieveMultipleResponse))]
[KnownType(typeof(UpdateResponse))]
[KnownType(typeof(UpdateMultipleResponse))]
[KnownType(typeof(UpsertResponse))]
public class OrganizationResponse : IExtensibleDataObject
{
    [DataMember(Name = "Results")]
    private ParameterCollection? _results;

    public OrganizationResponse()
    {
    }

    /// <summary>The message name, e.g. "Create".</summary>
    [DataMember]
    public string ResponseName { get; set; } = string.Empty;

    /// <summary>The response's results, by name.</summary>
    public ParameterCollection Results
    {
        get => _results ??= new ParameterCollection();
        set => _results = value;
    }

    public ExtensionDataObject? ExtensionData { get; set; }

    /// <summary>Gets or sets a result by name.</summary>
    public object? this[string parameterName]
    {
        get => Results[parameterName];
        set => Results[parameterName] = value;
    }

    /// <summary>The result's value as <typeparamref name="T"/>, or default when absent or of another type.</summary>
    internal T? GetResult<T>(string name)
    {
        return Results.TryGetValue(name, out object? value) && value is T typed ? typed : default;
    }
}
