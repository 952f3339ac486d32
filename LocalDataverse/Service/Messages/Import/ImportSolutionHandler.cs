using DataverseSharing.LocalDataverse.Security.Enforcement;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages.Import;

/// <summary>
/// ImportSolution: imports the zip in CustomizationFile while the caller waits, recording the import job under
/// ImportJobId (a new id when none is given). Run outside any request transaction: the import opens its own, whole.
/// </summary>
internal sealed class ImportSolutionHandler(SolutionImport import) : IContainerMessageHandler
{
    public string MessageName => "ImportSolution";

    public MessagePrivileges Privileges => ImportPrivileges.Import;

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context) => Execute(request, context.Service);

    public OrganizationResponse Execute(OrganizationRequest request, IOrganizationService service)
    {
        var jobId = request.Parameters.TryGetValue("ImportJobId", out var value) && value is Guid id && id != Guid.Empty ? id : Guid.NewGuid();
        var file = request.Parameters.TryGetValue("CustomizationFile", out var bytes) ? bytes as byte[] : null;
        import.Run(MessageName, file, jobId, ((LocalOrganizationService)service).UserId);
        return new ImportSolutionResponse();
    }
}
