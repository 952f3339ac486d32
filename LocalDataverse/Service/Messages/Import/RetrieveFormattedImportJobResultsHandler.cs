using DataverseSharing.LocalDataverse.Security;
using DataverseSharing.LocalDataverse.Security.Enforcement;
using DataverseSharing.LocalDataverse.Service.Faults;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.LocalDataverse.Service.Messages.Import;

/// <summary>RetrieveFormattedImportJobResults: the import job's log (its data column) as a spreadsheet of results.</summary>
internal sealed class RetrieveFormattedImportJobResultsHandler : IMessageHandler
{
    public string MessageName => "RetrieveFormattedImportJobResults";

    public MessagePrivileges Privileges { get; } = MessagePrivileges.Tables([(ImportJobRows.Table, Privilege.Read)]);

    public OrganizationResponse Handle(OrganizationRequest request, RequestContext context)
    {
        var id = request.Parameters.TryGetValue("ImportJobId", out var value) && value is Guid given ? given : Guid.Empty;
        var row = new ImportJobRows(context.Database, TimeProvider.System, context.UserId).Read(id)
            ?? throw DataverseFaults.RecordNotFound(ImportJobRows.Table, id);
        var response = new RetrieveFormattedImportJobResultsResponse();
        response["FormattedResults"] = ImportJobLog.Format(row.GetAttributeValue<string>("data"));
        return response;
    }
}
