using System.Xml.Linq;
using DataverseSharing.LocalDataverse.Pipeline;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages.Import;

/// <summary>
/// The system job of an ImportSolutionAsync request: its data column holds the zip (base64), the import job's id
/// and the caller, so a queued import survives a restart of the process and a job whose process was killed mid-run
/// runs again (an import is one transaction, so the killed run left nothing to undo, and a rerun upgrades in place).
/// </summary>
internal static class ImportJobRunner
{
    /// <summary>operationtype 54, "Execute Async Request": how the platform records a solution import it runs asynchronously.</summary>
    public const int OperationType = 54;

    public static Entity NewJob(Guid importJobId, byte[] package, Guid userId, DateTime now)
    {
        var data = new XElement("ImportSolutionAsync",
            new XAttribute("importjobid", importJobId.ToString("D")),
            new XAttribute("userid", userId.ToString("D")),
            new XElement("CustomizationFile", Convert.ToBase64String(package)));
        var row = new Entity(AsyncJob.Table, Guid.NewGuid())
        {
            ["name"] = "ImportSolution",
            ["operationtype"] = new OptionSetValue(OperationType),
            ["messagename"] = "ImportSolution",
            ["data"] = data.ToString(SaveOptions.DisableFormatting),
            ["retrycount"] = 0,
            ["postponeuntil"] = now,
            ["statecode"] = new OptionSetValue(AsyncJob.StateReady),
            ["statuscode"] = new OptionSetValue(AsyncJob.StatusWaitingForResources),
        };
        return row;
    }

    /// <summary>Runs the import the job holds; faults with the import's error when it fails.</summary>
    public static void Run(SolutionImport import, Entity job)
    {
        var data = XElement.Parse(job.GetAttributeValue<string>("data") ?? "<ImportSolutionAsync/>");
        var importJobId = Guid.Parse((string?)data.Attribute("importjobid") ?? Guid.Empty.ToString());
        var userId = Guid.Parse((string?)data.Attribute("userid") ?? LocalOrganizationService.SystemUserId.ToString());
        var package = Convert.FromBase64String((string?)data.Element("CustomizationFile") ?? string.Empty);
        import.Run("ImportSolutionAsync", package, importJobId, userId);
    }
}
