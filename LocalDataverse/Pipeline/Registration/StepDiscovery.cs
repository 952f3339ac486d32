using System.Reflection;

namespace DataverseSharing.LocalDataverse.Pipeline;

/// <summary>
/// Finds the steps a plug-in assembly declares in its own way (attributes, conventions). The engine knows no
/// plug-in project: the application that composes the organization supplies the discovery.
/// </summary>
public delegate IEnumerable<StepDefinition> StepDiscovery(Assembly assembly);
