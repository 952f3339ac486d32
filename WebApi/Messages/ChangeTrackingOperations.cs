using System.Net;
using DataverseSharing.WebApi.Http;
using DataverseSharing.WebApi.Json;
using DataverseSharing.WebApi.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.WebApi.Messages;

/// <summary>
/// RetrieveEntityChanges over the Web API's change tracking: the first call (no DataVersion) asks for every row with
/// <c>Prefer: odata.track-changes</c>, later calls follow <c>$deltatoken=</c>; rows removed since arrive as
/// <c>$deletedEntity</c> entries. The answer has the shape the engine gives in process: NewOrUpdated (an
/// EntityCollection), RemovedOrDeleted (an EntityReferenceCollection) and DataToken (the delta link's token).
/// </summary>
internal static class ChangeTrackingOperations
{
    public static async Task<OrganizationResponse> RetrieveAsync(ODataTransport transport, OperationContext context, OrganizationRequest request, CancellationToken cancellation)
    {
        var name = request.Parameters.TryGetValue("EntityName", out var value) ? value as string : null;
        if (string.IsNullOrEmpty(name))
        {
            throw WebApiFaults.Create(ErrorCodes.InvalidArgument, "RetrieveEntityChanges requires an EntityName.");
        }

        var table = await context.TableAsync(name, cancellation).ConfigureAwait(false);
        var columns = request.Parameters.TryGetValue("Columns", out var given) ? given as ColumnSet : null;
        var token = request.Parameters.TryGetValue("DataVersion", out var version) ? version as string : null;
        var select = CrudOperations.Select(table, columns, string.Empty);
        var options = string.Join("&", new[] { select, token is null ? null : $"$deltatoken={Uri.EscapeDataString(token)}" }.Where(o => !string.IsNullOrEmpty(o)));
        string? url = table.EntitySetName + (options.Length == 0 ? string.Empty : "?" + options);
        var reader = new EntityJsonReader(table);
        var changed = new EntityCollection { EntityName = table.LogicalName };
        var removed = new EntityReferenceCollection();
        string? deltaLink = null;
        while (url is not null)
        {
            var page = new PageReader();
            var operation = new WebApiOperation(HttpMethod.Get, url, _ => new OrganizationResponse())
            {
                Preferences = ["odata.track-changes", $"odata.maxpagesize={PagedRows.MaxPageSize}"],
            };
            using (var result = await transport.SendAsync(operation, cancellation).ConfigureAwait(false))
            {
                foreach (var row in page.Rows(result.Body))
                {
                    if (PagedRows.IsDeleted(row))
                    {
                        removed.Add(new EntityReference(table.LogicalName, Guid.Parse(row.Value<string>("id") ?? throw new InvalidDataException("A $deletedEntity entry has no id."))));
                    }
                    else
                    {
                        changed.Entities.Add(reader.Read(row));
                    }
                }
            }

            url = page.NextLink;
            deltaLink = page.DeltaLink ?? deltaLink;
        }

        var response = new OrganizationResponse { ResponseName = "RetrieveEntityChanges" };
        response.Results["NewOrUpdated"] = changed;
        response.Results["RemovedOrDeleted"] = removed;
        response.Results["DataToken"] = TokenOf(deltaLink)
            ?? throw new InvalidDataException($"The change tracking answer for {table.EntitySetName} has no @odata.deltaLink with a $deltatoken.");
        return response;
    }

    /// <summary>The <c>$deltatoken</c> of a delta link, decoded.</summary>
    public static string? TokenOf(string? deltaLink)
    {
        if (deltaLink is null)
        {
            return null;
        }

        var query = deltaLink.IndexOf('?', StringComparison.Ordinal) is var at and >= 0 ? deltaLink[(at + 1)..] : deltaLink;
        foreach (var pair in query.Split('&'))
        {
            if (pair.StartsWith("$deltatoken=", StringComparison.Ordinal) || pair.StartsWith("%24deltatoken=", StringComparison.OrdinalIgnoreCase))
            {
                return WebUtility.UrlDecode(pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            }
        }

        return null;
    }
}
