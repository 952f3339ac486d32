using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk;

/// <summary>Reads typed values out of request parameters and response results.</summary>
internal static class MessageValues
{
    /// <summary>The named value as <typeparamref name="T"/>, or default when absent or of another type.</summary>
    internal static T? Get<T>(ParameterCollection values, string name)
    {
        return values.TryGetValue(name, out object? value) && value is T typed ? typed : default;
    }
}
