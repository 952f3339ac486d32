using DataverseSharing.WebApi.Http;
using Microsoft.Crm.Sdk.Messages;
using Microsoft.Xrm.Sdk;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.WebApi.Messages;

/// <summary>
/// The solution messages as the Web API spells them: the actions ImportSolution, ImportSolutionAsync (the zip in
/// base64) and PublishAllXml, and the function RetrieveFormattedImportJobResults(ImportJobId=@p1).
/// </summary>
internal static class SolutionOperations
{
    private static readonly string[] Flags = ["OverwriteUnmanagedCustomizations", "PublishWorkflows", "ConvertToManaged", "HoldingSolution", "SkipProductUpdateDependencies"];

    public static WebApiOperation Import(OrganizationRequest request)
    {
        var body = new JObject
        {
            ["CustomizationFile"] = Convert.ToBase64String(request.Parameters.TryGetValue("CustomizationFile", out var file) && file is byte[] bytes
                ? bytes
                : throw WebApiFaults.Create(ErrorCodes.InvalidArgument, $"{request.RequestName} requires CustomizationFile.")),
        };
        foreach (var flag in Flags)
        {
            body[flag] = request.Parameters.TryGetValue(flag, out var value) && value is true;
        }

        if (request.RequestName == "ImportSolution" && request.Parameters.TryGetValue("ImportJobId", out var job) && job is Guid id && id != Guid.Empty)
        {
            body["ImportJobId"] = id.ToString("D");
        }

        return new WebApiOperation(HttpMethod.Post, request.RequestName, result => request.RequestName == "ImportSolution"
            ? new ImportSolutionResponse { ResponseName = "ImportSolution" }
            : AsyncResponse(result))
        { Body = OperationContext.Serialize(body) };
    }

    public static WebApiOperation PublishAll() =>
        new(HttpMethod.Post, "PublishAllXml", _ => new PublishAllXmlResponse { ResponseName = "PublishAllXml" }) { Body = "{}" };

    public static WebApiOperation FormattedResults(OrganizationRequest request)
    {
        var id = request.Parameters.TryGetValue("ImportJobId", out var value) && value is Guid given ? given : Guid.Empty;
        return new WebApiOperation(HttpMethod.Get, $"RetrieveFormattedImportJobResults(ImportJobId=@p1)?@p1={id:D}", result =>
        {
            var response = new RetrieveFormattedImportJobResultsResponse { ResponseName = "RetrieveFormattedImportJobResults" };
            response.Results["FormattedResults"] = OperationContext.ReadObject(result).Value<string>("FormattedResults") ?? string.Empty;
            return response;
        });
    }

    private static ImportSolutionAsyncResponse AsyncResponse(WebApiResult result)
    {
        var json = OperationContext.ReadObject(result);
        var response = new ImportSolutionAsyncResponse { ResponseName = "ImportSolutionAsync" };
        response.Results["AsyncOperationId"] = Guid.Parse(json.Value<string>("AsyncOperationId") ?? throw new InvalidDataException("ImportSolutionAsync answered without AsyncOperationId."));
        response.Results["ImportJobKey"] = json.Value<string>("ImportJobKey") ?? string.Empty;
        return response;
    }
}
