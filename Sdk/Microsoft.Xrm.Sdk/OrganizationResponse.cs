using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The answer to an <see cref="OrganizationRequest"/>: its name and named results.</summary>
[DataContract(Name = "OrganizationResponse", Namespace = XrmContracts.Namespace)]
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
