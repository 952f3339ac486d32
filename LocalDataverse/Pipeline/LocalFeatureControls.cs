using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>
/// IFeatureControlService for plug-ins. A local organization sets no feature controls, so every control reads as
/// not set: null, with no type.
/// </summary>
internal sealed class LocalFeatureControls : IFeatureControlService
{
    public object? GetFeatureControl(string namespaceValue, string featureControlName, out Type? featureControlType)
    {
        featureControlType = null;
        return null;
    }
}
