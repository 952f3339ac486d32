using System.Net;
using DataverseSharing.WebApi.Http;
using DataverseSharing.WebApi.Json;
using DataverseSharing.WebApi.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.WebApi.Messages;

/// <summary>Create, Retrieve, Update, Delete and Upsert as single Web API calls on a row's address.</summary>
internal static class CrudOperations
{
    private static readonly KeyValuePair<string, string> UpdateOnly = new("If-Match", "*");

    /// <summary>
    /// POST with the id chosen here when the caller gave none: a create that is retried after a lost answer then
    /// cannot make a second row (the retry meets the first as a duplicate key).
    /// </summary>
    public static async Task<WebApiOperation> CreateAsync(OperationContext context, Entity target, CancellationToken cancellation)
    {
        var table = await context.TableAsync(target.LogicalName, cancellation).ConfigureAwait(false);
        var id = IdOf(table, target);
        if (id == Guid.Empty)
        {
            id = Guid.NewGuid();
        }

        var body = await context.Writer.WriteAsync(target, table, typed: false, cancellation).ConfigureAwait(false);
        body[table.PrimaryIdAttribute] = id.ToString("D");
        return new WebApiOperation(HttpMethod.Post, table.EntitySetName, result =>
        {
            var response = new CreateResponse { ResponseName = "Create" };
            response.Results["id"] = OperationContext.IdFromEntityId(result.Header("OData-EntityId")) ?? id;
            return response;
        })
        { Body = OperationContext.Serialize(body) };
    }

    public static async Task<WebApiOperation> RetrieveAsync(OperationContext context, EntityReference target, ColumnSet? columns, CancellationToken cancellation)
    {
        var table = await context.TableAsync(target.LogicalName, cancellation).ConfigureAwait(false);
        var url = ODataLiterals.RowPath(table, target) + Select(table, columns, "?");
        return new WebApiOperation(HttpMethod.Get, url, result =>
        {
            var response = new RetrieveResponse { ResponseName = "Retrieve" };
            response.Results["Entity"] = new EntityJsonReader(table).Read(OperationContext.ReadObject(result));
            return response;
        });
    }

    /// <summary>PATCH with <c>If-Match: *</c> so an update of a missing row fails as Update does, instead of creating it.</summary>
    public static async Task<WebApiOperation> UpdateAsync(OperationContext context, Entity target, ConcurrencyBehavior behavior, CancellationToken cancellation)
    {
        var table = await context.TableAsync(target.LogicalName, cancellation).ConfigureAwait(false);
        var body = await context.Writer.WriteAsync(WithoutKey(table, target), table, typed: false, cancellation).ConfigureAwait(false);
        return new WebApiOperation(HttpMethod.Patch, ODataLiterals.RowPath(table, target), _ => new UpdateResponse { ResponseName = "Update" })
        {
            Body = OperationContext.Serialize(body),
            Headers = [Match(behavior, target.RowVersion, target.LogicalName) ?? UpdateOnly],
        };
    }

    public static async Task<WebApiOperation> DeleteAsync(OperationContext context, EntityReference target, ConcurrencyBehavior behavior, CancellationToken cancellation)
    {
        var table = await context.TableAsync(target.LogicalName, cancellation).ConfigureAwait(false);
        var match = Match(behavior, target.RowVersion, target.LogicalName);
        return new WebApiOperation(HttpMethod.Delete, ODataLiterals.RowPath(table, target), _ => new DeleteResponse { ResponseName = "Delete" })
        {
            Headers = match is { } header ? [header] : [],
        };
    }

    /// <summary>
    /// PATCH on the row's address (id or alternate key) without If-Match, which is the Web API's upsert; asking for the
    /// representation tells a create (201) from an update (200).
    /// </summary>
    public static async Task<WebApiOperation> UpsertAsync(OperationContext context, Entity target, CancellationToken cancellation)
    {
        var table = await context.TableAsync(target.LogicalName, cancellation).ConfigureAwait(false);
        var body = await context.Writer.WriteAsync(WithoutKey(table, target), table, typed: false, cancellation).ConfigureAwait(false);
        var url = ODataLiterals.RowPath(table, target) + $"?$select={table.PrimaryIdAttribute}";
        return new WebApiOperation(HttpMethod.Patch, url, result =>
        {
            var response = new UpsertResponse { ResponseName = "Upsert" };
            var row = OperationContext.ReadObject(result);
            var id = row.Value<string>(table.PrimaryIdAttribute) is { } text ? Guid.Parse(text)
                : OperationContext.IdFromEntityId(result.Header("OData-EntityId")) ?? target.Id;
            response.Results["RecordCreated"] = result.Status == HttpStatusCode.Created;
            response.Results["Target"] = new EntityReference(table.LogicalName, id);
            return response;
        })
        {
            Body = OperationContext.Serialize(body),
            Preferences = ["return=representation"],
        };
    }

    /// <summary>The <c>$select</c> for a column set: lookups are selected by their <c>_name_value</c> property.</summary>
    public static string Select(TableMetadata table, ColumnSet? columns, string separator)
    {
        if (columns is null || columns.AllColumns)
        {
            return string.Empty;
        }

        var names = columns.Columns.Append(table.PrimaryIdAttribute).Distinct(StringComparer.Ordinal)
            .Select(column => table.IsLookup(column) ? $"_{column}_value" : column);
        return $"{separator}$select={string.Join(",", names)}";
    }

    private static Guid IdOf(TableMetadata table, Entity entity) =>
        entity.Id != Guid.Empty ? entity.Id
        : entity.Attributes.TryGetValue(table.PrimaryIdAttribute, out var value) && value is Guid id ? id : Guid.Empty;

    // The key is in the address; the primary id repeated in the body of a PATCH is redundant at best.
    private static Entity WithoutKey(TableMetadata table, Entity target)
    {
        if (!target.Attributes.ContainsKey(table.PrimaryIdAttribute))
        {
            return target;
        }

        var copy = new Entity(target.LogicalName, target.Id);
        foreach (var (column, value) in target.Attributes)
        {
            if (column != table.PrimaryIdAttribute)
            {
                copy.Attributes[column] = value;
            }
        }

        return copy;
    }

    private static KeyValuePair<string, string>? Match(ConcurrencyBehavior behavior, string? rowVersion, string table)
    {
        if (behavior != ConcurrencyBehavior.IfRowVersionMatches)
        {
            return null;
        }

        if (string.IsNullOrEmpty(rowVersion))
        {
            throw WebApiFaults.Create(ErrorCodes.ConcurrencyVersionNotProvided, $"The {table} row has no RowVersion, which ConcurrencyBehavior.IfRowVersionMatches needs.");
        }

        return new("If-Match", $"W/\"{rowVersion}\"");
    }
}
