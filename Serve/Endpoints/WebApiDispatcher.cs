using System.ServiceModel;
using DataverseSharing.Serve.Protocol;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Serve.Endpoints;

/// <summary>
/// Routes one Web API request (top-level or a $batch part) to its endpoint by method and path, and turns every
/// refusal into Dataverse's error JSON: an engine fault with its code, a bad URL or body with 0x80060888.
/// </summary>
internal sealed class WebApiDispatcher
{
    private readonly object gate = new();
    private Routes routes;

    public WebApiDispatcher(ServeContext serve)
    {
        routes = new Routes(serve);
    }

    public ServeContext Serve => routes.Serve;

    public WebApiResponse Dispatch(WebApiRequest request)
    {
        try
        {
            return Current().Route(request);
        }
        catch (WebApiException e)
        {
            return ErrorJson.From(e);
        }
        catch (FaultException<OrganizationServiceFault> e)
        {
            return ErrorJson.From(e, request.Prefer);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or InvalidCastException or KeyNotFoundException)
        {
            // The engine refusing a request in a way it has no fault code for; answered as Dataverse's unexpected error.
            return ErrorJson.Response(System.Net.HttpStatusCode.InternalServerError, ErrorJson.UnexpectedError, $"{e.GetType().Name}: {e.Message}");
        }
    }

    // A solution import gives the organization a new catalog (new tables, entity sets, custom APIs): the endpoints,
    // which read the catalog when made, are made again for it, with the same address and default user.
    private Routes Current()
    {
        var current = routes;
        if (ReferenceEquals(current.Serve.Catalog, current.Serve.Organization.Database.Catalog))
        {
            return current;
        }

        lock (gate)
        {
            if (!ReferenceEquals(routes.Serve.Catalog, routes.Serve.Organization.Database.Catalog))
            {
                routes = new Routes(new ServeContext(routes.Serve.Organization, routes.Serve.DefaultUserId) { BaseUrl = routes.Serve.BaseUrl });
            }

            return routes;
        }
    }

    private static string ColumnName(string property) =>
        property.StartsWith('_') && property.EndsWith("_value", StringComparison.Ordinal) ? property[1..^6] : property;

    private sealed class Routes(ServeContext serve)
    {
        private readonly RowEndpoints rows = new(serve);
        private readonly CollectionEndpoint collections = new(serve);
        private readonly ChangeTrackingEndpoint changes = new(serve);
        private readonly ActionEndpoints actions = new(serve);
        private readonly RefEndpoints refs = new(serve);
        private readonly EntityDefinitionsEndpoint definitions = new(serve);

        public ServeContext Serve => serve;

        public WebApiResponse Route(WebApiRequest request)
        {
            var path = ResourcePath.Parse(request.Path);
            var segments = path.Segments;
            if (segments.Count == 0)
            {
                return request.Method == "GET" ? ServiceDocument.Write(serve) : throw WebApiException.MethodNotAllowed(request.Method, request.Path);
            }

            var first = segments[0];
            if (first.Name == "EntityDefinitions" && segments.Count <= 2)
            {
                return definitions.Get(request, first, segments.Count == 2 ? segments[1] : null);
            }

            if (!serve.Sets.TryTable(first.Name, out var table))
            {
                return segments.Count == 1 && actions.IsUnbound(first.Name)
                    ? actions.Unbound(request, first)
                    : throw WebApiException.NotFound(first.ToString());
            }

            if (table.IsIntersect && !(first.Key is null && segments.Count == 1 && request.Method == "GET"))
            {
                // Its rows pair two rows: associating and disassociating ($ref on either side) is how they change.
                throw WebApiException.BadRequest($"The table '{table.LogicalName}' is the intersect table of a many-to-many relationship: it can only be queried; associate or disassociate its rows through $ref.");
            }

            if (first.Key is null)
            {
                return (segments.Count, request.Method) switch
                {
                    (1, "GET") when ChangeTrackingEndpoint.Applies(request) => changes.Get(request, table, first.Name),
                    (1, "GET") => collections.Get(request, table, first.Name),
                    (1, "POST") => rows.Create(request, table),
                    (1, _) => throw WebApiException.MethodNotAllowed(request.Method, request.Path),
                    (2, _) when ActionEndpoints.IsOperation(segments[1]) => actions.BoundToSet(request, table, segments[1]),
                    _ => throw WebApiException.NotFound(segments[1].ToString()),
                };
            }

            var target = KeySegment.Parse(table, first.Key);
            if (segments.Count == 1)
            {
                return request.Method switch
                {
                    "GET" => rows.Retrieve(request, table, target),
                    "PATCH" => rows.Patch(request, table, target),
                    "DELETE" => rows.Delete(request, target),
                    _ => throw WebApiException.MethodNotAllowed(request.Method, request.Path),
                };
            }

            var second = segments[1];
            if (segments.Count == 3 && segments[2] is { Name: "$ref", Key: null })
            {
                return refs.Handle(request, table, target, second);
            }

            if (segments.Count == 2 && ActionEndpoints.IsOperation(second))
            {
                return actions.BoundToRow(request, table, target, second);
            }

            if (segments.Count == 2 && second.Key is null && table.FindColumn(ColumnName(second.Name)) is not null)
            {
                return request.Method switch
                {
                    "GET" => rows.GetColumn(request, table, target, second.Name),
                    "PUT" => rows.SetColumn(request, table, target, second.Name, clear: false),
                    "DELETE" => rows.SetColumn(request, table, target, second.Name, clear: true),
                    _ => throw WebApiException.MethodNotAllowed(request.Method, request.Path),
                };
            }

            throw WebApiException.NotFound(second.ToString());
        }
    }
}
