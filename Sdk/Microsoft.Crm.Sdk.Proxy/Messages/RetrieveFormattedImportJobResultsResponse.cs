using System.Runtime.Serialization;
using Microsoft.Xrm.Sdk;

namespace Microsoft.Crm.Sdk.Messages;

/// <summary>The response to <see cref="RetrieveFormattedImportJobResultsRequest"/>.</summary>
[DataContract(Namespace = CrmContracts.Namespace)]
public sealed class RetrieveFormattedImportJobResultsResponse : OrganizationResponse
{
    public RetrieveFormattedImportJobResultsResponse()
    {
    }

    /// <summary>The import job's log as XML Spreadsheet 2003 text. Result "FormattedResults".</summary>
    public string FormattedResults => MessageValues.Get<string>(Results, "FormattedResults")!;
}
