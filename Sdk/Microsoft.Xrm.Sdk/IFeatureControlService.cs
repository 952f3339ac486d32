using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Reads the value of an organization feature control (a platform feature switch) and its type.</summary>
public interface IFeatureControlService
{
    object? GetFeatureControl(string namespaceValue, string featureControlName, out Type? featureControlType);
}
