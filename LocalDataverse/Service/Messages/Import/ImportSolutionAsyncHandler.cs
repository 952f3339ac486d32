using DataverseSharing.LocalDataverse.Pipeline;
using DataverseSharing.LocalDataverse.Security.Enforcement;
using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages.Import;

/// <summary>
/// ImportSolutionAsync: queues the import as a system job (asyncoperation, operationtype 54 "Execute Async
/// Request") with a new import job at progress 0, and answers at once with both ids. The organization's system job
/// runner carries the import out (<see cref="ImportJobRunner"/>): statuscode 30 when it succeeded, 31 when it failed.
/// </summary>
internal sealed class ImportSolutionAsyncHandler(bool canUnpack) : IMessageHandler
{
    public string MessageName => "ImportSolutionAsync";

    public MessagePrivileges Privileges => ImportPrivileges.Import;

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        if (!canUnpack)
        {
            throw DataverseFaults.Unsupported($"the message '{MessageName}' without LocalOrganizationOptions.SolutionPackageReader (the organization has no way to unpack a solution zip)");
        }

        var file = request.Parameters.TryGetValue("CustomizationFile", out var bytes) ? bytes as byte[] : null;
        if (file is null || file.Length == 0)
        {
            throw DataverseFaults.Create(ErrorCodes.InvalidArgument, $"{MessageName} requires CustomizationFile, the solution zip.");
        }

        var importJobId = Guid.NewGuid();
        var system = new LocalOrganizationService(context.Database, LocalOrganizationService.SystemUserId);
        system.Create(new ImportJobLog(importJobId, context.Now).Progress(0));
        var job = ImportJobRunner.NewJob(importJobId, file, context.UserId, context.Now);
        system.Create(job);
        var response = new ImportSolutionAsyncResponse();
        response["AsyncOperationId"] = job.Id;
        response["ImportJobKey"] = importJobId.ToString("D");
        return response;
    }
}
