using System.Net;
using DataverseSharing.Serve.Json;
using DataverseSharing.Serve.Protocol;
using Microsoft.Crm.Sdk.Messages;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Endpoints;

/// <summary>
/// The solution operations: the actions ImportSolution, ImportSolutionAsync (CustomizationFile in base64) and
/// PublishAllXml, and the function RetrieveFormattedImportJobResults(ImportJobId=...). The system job and the
/// import job they create are read as rows (asyncoperations(id), importjobs(id)).
/// </summary>
internal static class SolutionEndpoints
{
    private static readonly string[] ImportParameters =
        ["CustomizationFile", "OverwriteUnmanagedCustomizations", "PublishWorkflows", "ConvertToManaged", "HoldingSolution", "SkipProductUpdateDependencies", "ComponentParameters", "ImportJobId"];

    public static bool Serves(string name) => name is "ImportSolution" or "ImportSolutionAsync" or "PublishAllXml" or "RetrieveFormattedImportJobResults";

    public static WebApiResponse Handle(ServeContext serve, WebApiRequest request, PathSegment segment)
    {
        var service = serve.ServiceFor(request);
        switch (segment.Name)
        {
            case "ImportSolution":
            {
                ActionEndpoints.RequireMethod(request, "POST", segment);
                var body = Body(request, segment.Name);
                ActionEndpoints.Only(body, segment.Name, ImportParameters);
                var import = new ImportSolutionRequest { CustomizationFile = File(body, segment.Name) };
                Flags(body, import.Parameters);
                if (body["ImportJobId"] is { Type: not JTokenType.Null } job)
                {
                    import.ImportJobId = Guid.TryParse((string?)job, out var id) ? id : throw WebApiException.BadRequest("ImportJobId is not a Guid.");
                }

                service.Execute(import);
                return WebApiResponse.NoContent();
            }

            case "ImportSolutionAsync":
            {
                ActionEndpoints.RequireMethod(request, "POST", segment);
                var body = Body(request, segment.Name);
                ActionEndpoints.Only(body, segment.Name, ImportParameters.Where(p => p != "ImportJobId").ToArray());
                var import = new ImportSolutionAsyncRequest { CustomizationFile = File(body, segment.Name) };
                Flags(body, import.Parameters);
                var response = (ImportSolutionAsyncResponse)service.Execute(import);
                return new WebApiResponse(HttpStatusCode.OK, new JObject
                {
                    ["@odata.context"] = serve.ApiUrl + "/$metadata#Microsoft.Dynamics.CRM.ImportSolutionAsyncResponse",
                    ["AsyncOperationId"] = response.AsyncOperationId.ToString("D"),
                    ["ImportJobKey"] = response.ImportJobKey,
                });
            }

            case "PublishAllXml":
                ActionEndpoints.RequireMethod(request, "POST", segment);
                service.Execute(new PublishAllXmlRequest());
                return WebApiResponse.NoContent();

            default:
            {
                ActionEndpoints.RequireMethod(request, "GET", segment);
                var parameters = ActionEndpoints.FunctionParameters(request, segment);
                ActionEndpoints.Only(parameters, segment.Name, "ImportJobId");
                var id = Guid.TryParse((string?)parameters["ImportJobId"], out var given) ? given : throw WebApiException.BadRequest("RetrieveFormattedImportJobResults needs ImportJobId, a Guid.");
                var response = (RetrieveFormattedImportJobResultsResponse)service.Execute(new RetrieveFormattedImportJobResultsRequest { ImportJobId = id });
                return new WebApiResponse(HttpStatusCode.OK, new JObject
                {
                    ["@odata.context"] = serve.ApiUrl + "/$metadata#Microsoft.Dynamics.CRM.RetrieveFormattedImportJobResultsResponse",
                    ["FormattedResults"] = response.FormattedResults,
                });
            }
        }
    }

    private static JObject Body(WebApiRequest request, string name) =>
        string.IsNullOrWhiteSpace(request.Body) ? [] : JsonBody.Object(request.Body, name);

    private static byte[] File(JObject body, string name)
    {
        var text = (string?)body["CustomizationFile"] ?? throw WebApiException.BadRequest($"{name} needs CustomizationFile, the solution zip in base64.");
        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw WebApiException.BadRequest($"The CustomizationFile of {name} is not base64.");
        }
    }

    private static void Flags(JObject body, Microsoft.Xrm.Sdk.ParameterCollection parameters)
    {
        foreach (var name in new[] { "OverwriteUnmanagedCustomizations", "PublishWorkflows", "ConvertToManaged", "HoldingSolution", "SkipProductUpdateDependencies" })
        {
            if (body[name] is { Type: JTokenType.Boolean } flag)
            {
                parameters[name] = (bool)flag;
            }
            else if (body[name] is { Type: not JTokenType.Null } other)
            {
                throw WebApiException.BadRequest($"{name} is a Boolean, not {other.Type}.");
            }
        }
    }
}
