using System.Net;
using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.Serve.Json;
using DataverseSharing.Serve.Protocol;
using DataverseSharing.Serve.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;
using Newtonsoft.Json.Linq;

namespace DataverseSharing.Serve.Endpoints;

/// <summary>
/// One row: GET <c>set(key)</c> (Retrieve), POST <c>set</c> (Create), PATCH <c>set(key)</c> (Upsert, or Update
/// with If-Match, or Create with If-None-Match: *), DELETE <c>set(key)</c>, and one column with GET/PUT/DELETE
/// <c>set(key)/column</c>. The key is the id or alternate-key values.
/// </summary>
internal sealed class RowEndpoints(ServeContext serve)
{
    public WebApiResponse Retrieve(WebApiRequest request, TableDefinition table, EntityReference target)
    {
        foreach (var name in request.QueryParameters.Keys.Where(n => n != "$select"))
        {
            throw WebApiException.BadRequest($"The query option '{name}' is not served on a single row (only $select).");
        }

        var columns = ODataQuery.Columns(table, request.QueryParameters.GetValueOrDefault("$select"));
        var row = ((RetrieveResponse)serve.ServiceFor(request).Execute(new RetrieveRequest { Target = target, ColumnSet = columns })).Entity;
        var json = new JObject { ["@odata.context"] = Context(table, request, "/$entity") };
        json.Merge(EntityJsonWriter.Write(row, table, request.Prefer));
        var response = new WebApiResponse(HttpStatusCode.OK, json);
        if (!string.IsNullOrEmpty(row.RowVersion))
        {
            response.Headers["ETag"] = ETag.Of(row.RowVersion);
        }

        return response;
    }

    public WebApiResponse Create(WebApiRequest request, TableDefinition table)
    {
        var entity = serve.Reader.Read(JsonBody.Object(request.Body, "create of " + table.LogicalName), table);
        var service = serve.ServiceFor(request);
        var id = ((CreateResponse)service.Execute(new CreateRequest { Target = entity })).id;
        return Written(request, table, service, new EntityReference(table.LogicalName, id), HttpStatusCode.Created);
    }

    /// <summary>
    /// PATCH: an upsert unless If-Match or If-None-Match narrows it, as Dataverse does. If-Match: * updates an
    /// existing row only (404 otherwise); If-Match with an etag updates only that version (412 otherwise);
    /// If-None-Match: * creates only (412 when the row exists).
    /// </summary>
    public WebApiResponse Patch(WebApiRequest request, TableDefinition table, EntityReference target)
    {
        var entity = serve.Reader.Read(JsonBody.Object(request.Body, "update of " + table.LogicalName), table);
        if (entity.Id != Guid.Empty && target.Id != Guid.Empty && entity.Id != target.Id)
        {
            throw WebApiException.BadRequest($"The body's {table.PrimaryIdAttribute} {entity.Id:D} differs from the URL's {target.Id:D}.");
        }

        entity.Attributes.Remove(table.PrimaryIdAttribute);
        entity.Id = target.Id;
        foreach (var (name, value) in target.KeyAttributes)
        {
            entity.KeyAttributes[name] = value;
        }

        var service = serve.ServiceFor(request);
        var ifMatch = request.Header("If-Match");
        // "If-None-Match: null" is what many clients send when they mean nothing; Dataverse ignores it.
        var ifNoneMatch = request.Header("If-None-Match") is { } noneMatch && noneMatch.Trim() != "null" ? noneMatch : null;
        if (ifNoneMatch is not null)
        {
            if (ifNoneMatch.Trim() != "*")
            {
                throw WebApiException.BadRequest($"If-None-Match takes only '*' on a PATCH (create only), not '{ifNoneMatch}'.");
            }

            foreach (var (name, value) in entity.KeyAttributes)
            {
                entity[name] = value;
            }

            entity.KeyAttributes.Clear();
            if (entity.Id != Guid.Empty)
            {
                entity[table.PrimaryIdAttribute] = entity.Id;
            }

            var created = ((CreateResponse)service.Execute(new CreateRequest { Target = entity })).id;
            return Written(request, table, service, new EntityReference(table.LogicalName, created), HttpStatusCode.Created);
        }

        if (ifMatch is not null)
        {
            var update = new UpdateRequest { Target = entity };
            if (ifMatch.Trim() != "*")
            {
                entity.RowVersion = ETag.VersionOf(ifMatch);
                update.ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches;
            }

            service.Execute(update);
            return Written(request, table, service, IdOf(service, table, target), HttpStatusCode.OK);
        }

        var upsert = (UpsertResponse)service.Execute(new UpsertRequest { Target = entity });
        return Written(request, table, service, upsert.Target, upsert.RecordCreated ? HttpStatusCode.Created : HttpStatusCode.OK);
    }

    public WebApiResponse Delete(WebApiRequest request, EntityReference target)
    {
        var delete = new DeleteRequest { Target = target };
        if (request.Header("If-Match") is { } ifMatch && ifMatch.Trim() != "*")
        {
            delete.ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches;
            delete.Target = new EntityReference(target.LogicalName, target.Id) { RowVersion = ETag.VersionOf(ifMatch) };
            foreach (var (name, value) in target.KeyAttributes)
            {
                delete.Target.KeyAttributes[name] = value;
            }
        }

        serve.ServiceFor(request).Execute(delete);
        return WebApiResponse.NoContent();
    }

    /// <summary>GET set(key)/column: {"value": ...}; a column without a value is 204, as Dataverse answers.</summary>
    public WebApiResponse GetColumn(WebApiRequest request, TableDefinition table, EntityReference target, string property)
    {
        var column = Column(table, property);
        var row = ((RetrieveResponse)serve.ServiceFor(request).Execute(new RetrieveRequest { Target = target, ColumnSet = new ColumnSet(column.LogicalName) })).Entity;
        if (!row.Attributes.TryGetValue(column.LogicalName, out var value) || value is null)
        {
            return WebApiResponse.NoContent();
        }

        return new WebApiResponse(HttpStatusCode.OK, new JObject
        {
            ["@odata.context"] = $"{serve.ApiUrl}/$metadata#{serve.Sets.SetOf(table.LogicalName)}({row.Id:D})/{column.LogicalName}",
            ["value"] = EntityJsonWriter.Value(value is EntityReference r ? r.Id : value, column),
        });
    }

    /// <summary>PUT set(key)/column {"value": ...} and DELETE set(key)/column (null): an Update of that one column.</summary>
    public WebApiResponse SetColumn(WebApiRequest request, TableDefinition table, EntityReference target, string property, bool clear)
    {
        var column = Column(table, property);
        if (column.IsReference)
        {
            throw WebApiException.BadRequest($"The lookup '{column.LogicalName}' is set with PUT {property}/$ref or '{property}@odata.bind', not as a value.");
        }

        var value = clear ? null : EntityJsonReader.Value(table, column, JsonBody.Object(request.Body, "PUT of " + column.LogicalName)["value"]
            ?? throw WebApiException.BadRequest($"The PUT of {column.LogicalName} needs a body {{\"value\": ...}}."));
        var entity = new Entity(table.LogicalName, target.Id) { [column.LogicalName] = value };
        foreach (var (name, key) in target.KeyAttributes)
        {
            entity.KeyAttributes[name] = key;
        }

        serve.ServiceFor(request).Execute(new UpdateRequest { Target = entity });
        return WebApiResponse.NoContent();
    }

    // 204 with OData-EntityId, or with Prefer: return=representation the row (201 created, 200 updated).
    private WebApiResponse Written(WebApiRequest request, TableDefinition table, IOrganizationService service, EntityReference row, HttpStatusCode withBody)
    {
        var url = serve.EntityUrl(table.LogicalName, row.Id);
        if (!request.Prefer.ReturnRepresentation)
        {
            return WebApiResponse.NoContent().With("OData-EntityId", url);
        }

        var columns = ODataQuery.Columns(table, request.QueryParameters.GetValueOrDefault("$select"));
        var entity = ((RetrieveResponse)service.Execute(new RetrieveRequest { Target = new EntityReference(table.LogicalName, row.Id), ColumnSet = columns })).Entity;
        var json = new JObject { ["@odata.context"] = Context(table, request, "/$entity") };
        json.Merge(EntityJsonWriter.Write(entity, table, request.Prefer));
        var response = new WebApiResponse(withBody, json).With("OData-EntityId", url);
        if (!string.IsNullOrEmpty(entity.RowVersion))
        {
            response.Headers["ETag"] = ETag.Of(entity.RowVersion);
        }

        return response;
    }

    private static EntityReference IdOf(IOrganizationService service, TableDefinition table, EntityReference target) =>
        target.Id != Guid.Empty
            ? target
            : ((RetrieveResponse)service.Execute(new RetrieveRequest { Target = target, ColumnSet = new ColumnSet(false) })).Entity.ToEntityReference();

    private string Context(TableDefinition table, WebApiRequest request, string suffix)
    {
        var select = request.QueryParameters.GetValueOrDefault("$select");
        return $"{serve.ApiUrl}/$metadata#{serve.Sets.SetOf(table.LogicalName)}{(string.IsNullOrEmpty(select) ? string.Empty : "(" + select + ")")}{suffix}";
    }

    private static ColumnDefinition Column(TableDefinition table, string property) =>
        table.FindColumn(property.StartsWith('_') && property.EndsWith("_value", StringComparison.Ordinal) ? property[1..^6] : property)
            ?? throw WebApiException.NotFound(property);
}
