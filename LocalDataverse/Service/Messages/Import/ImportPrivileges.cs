using DataverseSharing.LocalDataverse.Security.Enforcement;

namespace DataverseSharing.LocalDataverse.Service.Messages.Import;

/// <summary>What the solution messages need, as Dataverse's privileges-by-message reference lists them.</summary>
internal static class ImportPrivileges
{
    /// <summary>ImportSolution and ImportSolutionAsync: held by System Administrator and System Customizer.</summary>
    public static MessagePrivileges Import { get; } = MessagePrivileges.Execute("prvImportCustomization");

    /// <summary>PublishAllXml: reading the customizations it publishes.</summary>
    public static MessagePrivileges Publish { get; } = MessagePrivileges.Execute("prvReadCustomization");
}
