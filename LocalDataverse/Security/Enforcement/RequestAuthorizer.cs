using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Query.Fetch;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Service.Query;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Security.Enforcement;

/// <summary>
/// Checks one request against the caller's security roles before its main operation runs, as the platform does
/// after pre-validation: privileges and their depth on the rows touched, Append/AppendTo for lookups set, Assign
/// for a new owner; and narrows RetrieveMultiple to the rows the caller may read.
/// </summary>
internal sealed class RequestAuthorizer
{
    private readonly MetadataCatalog catalog;
    private readonly ISecurityStore store;
    private readonly SecurityPrincipal principal;
    private readonly AccessChecker checker;
    private readonly PrincipalLoader loader;

    public RequestAuthorizer(MetadataCatalog catalog, ISecurityStore store, SecurityPrincipal principal, AccessChecker checker, PrincipalLoader loader)
    {
        this.catalog = catalog;
        this.store = store;
        this.principal = principal;
        this.checker = checker;
        this.loader = loader;
    }

    /// <summary>Throws SecurityFaultException when the caller may not make the request; returns the request to run.</summary>
    public OrganizationRequest Authorize(OrganizationRequest request)
    {
        var parameters = request.Parameters;
        switch (request.RequestName)
        {
            case "Create" when parameters.TryGetValue("Target", out var t) && t is Entity target:
                AuthorizeCreate(target);
                return request;
            case "Retrieve" when Reference(parameters, "Target") is { } target:
                CheckExisting(target, Privilege.Read);
                return request;
            case "Update" when parameters.TryGetValue("Target", out var t) && t is Entity target:
                AuthorizeUpdate(target);
                return request;
            case "Delete" when Reference(parameters, "Target") is { } target:
                CheckExisting(target, Privilege.Delete);
                return request;
            case "SetState" when Reference(parameters, "EntityMoniker") is { } target:
                CheckExisting(target, Privilege.Write);
                return request;
            case "Assign" when Reference(parameters, "Target") is { } target && Reference(parameters, "Assignee") is { } assignee:
                AuthorizeAssign(target, assignee);
                return request;
            case "Associate" or "Disassociate" when Reference(parameters, "Target") is { } target
                && parameters.TryGetValue("RelatedEntities", out var r) && r is EntityReferenceCollection related:
                AuthorizeAssociate(target, related);
                return request;
            case "RetrieveMultiple" when parameters.TryGetValue("Query", out var q) && q is FetchExpression fetch:
                return ScopeFetch(fetch);
            case "RetrieveMultiple" when parameters.TryGetValue("Query", out var q) && q is QueryBase query:
                return new RetrieveMultipleRequest { Query = Scope(query) };
            default:
                return request;
        }
    }

    private void AuthorizeCreate(Entity target)
    {
        var table = Table(target.LogicalName);
        var info = RecordInfoReader.ForCreate(store, table, target, principal);
        checker.CheckRecordAccess(principal, table, Privilege.Create, info);
        CheckLookups(table, info, target);
    }

    private void AuthorizeUpdate(Entity target)
    {
        if (target.Id == Guid.Empty)
        {
            return;
        }

        var table = Table(target.LogicalName);
        var info = CheckExisting(target.ToEntityReference(), Privilege.Write);
        if (info is not null)
        {
            CheckLookups(table, info, target);
        }
    }

    private void AuthorizeAssign(EntityReference target, EntityReference assignee)
    {
        var table = Table(target.LogicalName);
        var info = RecordInfoReader.Read(store, table, target.Id);
        if (info is null)
        {
            return;
        }

        if (assignee.LogicalName == "team")
        {
            var team = store.Retrieve("team", assignee.Id, new ColumnSet("businessunitid"));
            var unit = team?.GetAttributeValue<EntityReference>("businessunitid")?.Id ?? principal.BusinessUnitId;
            checker.CheckAssign(principal, table, info, new SecurityTeam(assignee.Id, unit));
            return;
        }

        var newOwner = loader.Load(assignee.Id) ?? new SecurityPrincipal(assignee.Id, principal.BusinessUnitId, Array.Empty<SecurityRole>());
        checker.CheckAssign(principal, table, info, newOwner);
    }

    private void AuthorizeAssociate(EntityReference target, EntityReferenceCollection related)
    {
        var table = Table(target.LogicalName);
        var info = RecordInfoReader.Read(store, table, target.Id);
        foreach (var other in related)
        {
            var otherTable = Table(other.LogicalName);
            if (info is not null && RecordInfoReader.Read(store, otherTable, other.Id) is { } otherInfo)
            {
                checker.CheckAssociate(principal, table, info, otherTable, otherInfo);
            }
        }
    }

    private void CheckLookups(TableDefinition table, RecordSecurityInfo info, Entity target)
    {
        foreach (var attribute in target.Attributes)
        {
            if (attribute.Value is not EntityReference reference || attribute.Key is "ownerid" || reference.Id == Guid.Empty
                || !catalog.TryGetTable(reference.LogicalName, out var referencedTable))
            {
                continue;
            }

            if (RecordInfoReader.Read(store, referencedTable, reference.Id) is { } referencedInfo)
            {
                checker.CheckAppend(principal, table, info, referencedTable, referencedInfo);
            }
        }
    }

    private RecordSecurityInfo? CheckExisting(EntityReference target, Privilege privilege)
    {
        if (target.Id == Guid.Empty)
        {
            return null;
        }

        var table = Table(target.LogicalName);
        var info = RecordInfoReader.Read(store, table, target.Id);
        if (info is not null)
        {
            checker.CheckRecordAccess(principal, table, privilege, info);
        }

        return info;
    }

    // FetchXML is narrowed like any query: its parsed QueryExpression gets the read scope, and the handler runs
    // that query (which remembers the fetch's aggregation) in place of the text.
    private RetrieveMultipleRequest ScopeFetch(FetchExpression fetch)
    {
        var parsed = FetchQueries.Parse(fetch, catalog);
        var scoped = new FetchQuery((QueryExpression)Scope(parsed.Query), parsed.Columns, parsed.Aggregation);
        return new RetrieveMultipleRequest { Query = FetchQueries.StandIn(scoped) };
    }

    private QueryBase Scope(QueryBase query)
    {
        var expression = query switch
        {
            QueryExpression q => q,
            QueryByAttribute q => QueryByAttributeConverter.ToQueryExpression(q),
            _ => null,
        };
        if (expression is null)
        {
            return query;
        }

        return ScopedQuery.Apply(expression, tableName =>
        {
            var table = Table(tableName);
            checker.CheckPrivilege(principal, table, Privilege.Read);
            return ReadScopeFilter.For(table, checker.ReadScope(principal, table));
        });
    }

    private TableDefinition Table(string logicalName) =>
        catalog.TryGetTable(logicalName, out var table) ? table : throw DataverseFaults.UnknownTable(logicalName);

    private static EntityReference? Reference(ParameterCollection parameters, string name) =>
        parameters.TryGetValue(name, out var value) ? value switch
        {
            EntityReference reference => reference,
            Entity entity => entity.ToEntityReference(),
            _ => null,
        } : null;
}
