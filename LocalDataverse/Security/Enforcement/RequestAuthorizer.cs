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

    private readonly Func<string, MessagePrivileges> declarationOf;

    public RequestAuthorizer(MetadataCatalog catalog, ISecurityStore store, SecurityPrincipal principal, AccessChecker checker, PrincipalLoader loader, Func<string, MessagePrivileges> declarationOf)
    {
        this.catalog = catalog;
        this.store = store;
        this.principal = principal;
        this.checker = checker;
        this.loader = loader;
        this.declarationOf = declarationOf;
    }

    /// <summary>
    /// Throws SecurityFaultException when the caller may not make the request, by what its handler declares;
    /// returns the request to run (a RetrieveMultiple's query narrowed to the readable rows).
    /// </summary>
    public OrganizationRequest Authorize(OrganizationRequest request, MessagePrivileges declared)
    {
        var parameters = request.Parameters;
        switch (declared.Check)
        {
            case MessageCheck.None or MessageCheck.InnerRequests:
                return request;
            case MessageCheck.Execute when !Holds(declared.Parameter):
                throw SecurityFaults.MissingPrivilege(principal, declared.Parameter);
            case MessageCheck.Execute:
                return request;
            case MessageCheck.Create:
                AuthorizeCreate(Required<Entity>(request, declared.Parameter));
                return request;
            case MessageCheck.Read:
                CheckExisting(RequiredReference(request, declared.Parameter), Privilege.Read);
                return request;
            case MessageCheck.Update:
                AuthorizeUpdate(Required<Entity>(request, declared.Parameter));
                return request;
            case MessageCheck.Write:
                CheckExisting(RequiredReference(request, declared.Parameter), Privilege.Write);
                return request;
            case MessageCheck.Delete:
                CheckExisting(RequiredReference(request, declared.Parameter), Privilege.Delete);
                return request;
            case MessageCheck.Upsert:
                AuthorizeUpsert(Required<Entity>(request, declared.Parameter));
                return request;
            case MessageCheck.Assign:
                AuthorizeAssign(RequiredReference(request, declared.Parameter), RequiredReference(request, declared.Other));
                return request;
            case MessageCheck.Associate:
                AuthorizeAssociate(RequiredReference(request, declared.Parameter), Required<EntityReferenceCollection>(request, declared.Other));
                return request;
            case MessageCheck.ReadTable:
                checker.CheckPrivilege(principal, Table(Required<string>(request, declared.Parameter)), Privilege.Read);
                return request;
            case MessageCheck.EachTarget:
                AuthorizeEach(request, declared);
                return request;
            case MessageCheck.Tables:
                foreach (var (table, privilege) in declared.TablePrivileges)
                {
                    checker.CheckPrivilege(principal, Table(table), privilege);
                }

                return request;
            case MessageCheck.Query when parameters.TryGetValue(declared.Parameter, out var q) && q is FetchExpression fetch:
                return new RetrieveMultipleRequest { Query = ScopeFetch(fetch) };
            case MessageCheck.Query:
                return new RetrieveMultipleRequest { Query = Scope(Required<QueryBase>(request, declared.Parameter)) };
            default:
                throw new SecurityFaultException(
                    SecurityErrorCodes.MissingPrivilege,
                    $"The message '{request.RequestName}' declares no privileges, so only SYSTEM may send it; user {principal.UserId:D} may not.");
        }
    }

    // A privilege that is not about a table's rows is held or not: any depth of it in any of the caller's roles.
    private bool Holds(string privilegeName) =>
        principal.IsSystemAdministrator
        || principal.AllRoles.Any(role => role.Privileges.Any(p => p.Depth != AccessDepth.None && string.Equals(p.Name, privilegeName, StringComparison.OrdinalIgnoreCase)));

    private void AuthorizeCreate(Entity target)
    {
        var table = Table(target.LogicalName);
        var info = RecordInfoReader.ForCreate(store, table, target, principal);
        checker.CheckRecordAccess(principal, table, Privilege.Create, info);
        CheckLookups(table, info, target);
    }

    private void AuthorizeUpdate(Entity target)
    {
        var table = Table(target.LogicalName);
        var id = IdOf(table, target.Id, target.KeyAttributes) ?? target.GetAttributeValue<Guid?>(table.PrimaryIdAttribute) ?? Guid.Empty;
        if (id == Guid.Empty || RecordInfoReader.Read(store, table, id) is not { } info)
        {
            // No such row: the handler refuses the update with the platform's not-found fault.
            return;
        }

        // An Update that changes the owner is an Assign: it needs the Assign privilege and the Assign checks, and
        // Write only when it changes more than the owner.
        var newOwner = target.GetAttributeValue<EntityReference>("ownerid");
        var changesOwner = newOwner is not null && newOwner.Id != info.Owner?.Id;
        if (!changesOwner || target.Attributes.Keys.Any(name => name != "ownerid" && name != table.PrimaryIdAttribute))
        {
            checker.CheckRecordAccess(principal, table, Privilege.Write, info);
        }

        if (changesOwner)
        {
            AuthorizeAssign(new EntityReference(table.LogicalName, id), newOwner!);
        }

        CheckLookups(table, info, target);
    }

    // Decided as the Upsert handler decides: the row named by id or alternate key exists, so it is updated; else created.
    private void AuthorizeUpsert(Entity target)
    {
        var table = Table(target.LogicalName);
        var existing = IdOf(table, target.Id, target.KeyAttributes) is { } id && RecordInfoReader.Read(store, table, id) is not null ? id : (Guid?)null;
        var copy = new Entity(table.LogicalName, existing ?? target.Id);
        foreach (var (name, value) in target.Attributes)
        {
            copy[name] = value;
        }

        if (existing is not null)
        {
            AuthorizeUpdate(copy);
            return;
        }

        foreach (var (name, value) in target.KeyAttributes)
        {
            copy[name] = value;
        }

        AuthorizeCreate(copy);
    }

    // Every target as if it had been sent alone as the item message, with that message's own declaration.
    private void AuthorizeEach(OrganizationRequest request, MessagePrivileges declared)
    {
        var targets = Required<EntityCollection>(request, declared.Parameter);
        var itemDeclaration = declarationOf(declared.Other);
        foreach (var target in targets.Entities)
        {
            var item = new OrganizationRequest(declared.Other) { ["Target"] = target };
            Authorize(item, itemDeclaration);
        }
    }

    private void AuthorizeAssign(EntityReference target, EntityReference assignee)
    {
        var table = Table(target.LogicalName);
        var info = IdOf(table, target.Id, target.KeyAttributes) is { } id ? RecordInfoReader.Read(store, table, id) : null;
        if (info is null)
        {
            return;
        }

        if (assignee.LogicalName == "team")
        {
            // The team's own roles decide whether it may own the row, as a user's do for a user.
            var team = loader.LoadTeam(assignee.Id, principal.BusinessUnitId) ?? new SecurityTeam(assignee.Id, principal.BusinessUnitId);
            checker.CheckAssign(principal, table, info, team);
            return;
        }

        var newOwner = loader.Load(assignee.Id) ?? new SecurityPrincipal(assignee.Id, principal.BusinessUnitId, Array.Empty<SecurityRole>());
        checker.CheckAssign(principal, table, info, newOwner);
    }

    private void AuthorizeAssociate(EntityReference target, EntityReferenceCollection related)
    {
        var table = Table(target.LogicalName);
        var info = IdOf(table, target.Id, target.KeyAttributes) is { } id ? RecordInfoReader.Read(store, table, id) : null;
        foreach (var other in related)
        {
            var otherTable = Table(other.LogicalName);
            if (info is not null && IdOf(otherTable, other.Id, other.KeyAttributes) is { } otherId && RecordInfoReader.Read(store, otherTable, otherId) is { } otherInfo)
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
        var table = Table(target.LogicalName);
        if (IdOf(table, target.Id, target.KeyAttributes) is not { } id)
        {
            return null;
        }

        var info = RecordInfoReader.Read(store, table, id);
        if (info is not null)
        {
            checker.CheckRecordAccess(principal, table, privilege, info);
        }

        return info;
    }

    // FetchXML is narrowed like any query: its parsed QueryExpression gets the read scope, and the handler runs
    // that query (which remembers the fetch's aggregation) in place of the text.
    private QueryBase ScopeFetch(FetchExpression fetch)
    {
        var parsed = FetchQueries.Parse(fetch, catalog);
        var scoped = new FetchQuery((QueryExpression)Scope(parsed.Query), parsed.Columns, parsed.Aggregation);
        return FetchQueries.StandIn(scoped);
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

    /// <summary>
    /// The id of the row an id or alternate key names, found as the handlers find it, so a row addressed by key gets
    /// exactly the checks of a row addressed by id; null when no row has the key (the handler then faults).
    /// </summary>
    private Guid? IdOf(TableDefinition table, Guid id, KeyAttributeCollection keys) =>
        id != Guid.Empty ? id
        : keys.Count > 0 ? store.FindByKey(table, keys)
        : null;

    private static T Required<T>(OrganizationRequest request, string name)
        where T : class =>
        request.Parameters.TryGetValue(name, out var value) && value is T typed ? typed
        : throw DataverseFaults.InvalidArgument($"{request.RequestName} requires the parameter '{name}' ({typeof(T).Name}).");

    private static EntityReference RequiredReference(OrganizationRequest request, string name) =>
        request.Parameters.TryGetValue(name, out var value) ? value switch
        {
            EntityReference reference => reference,
            Entity entity => entity.ToEntityReference(),
            _ => throw DataverseFaults.InvalidArgument($"{request.RequestName} requires the parameter '{name}' (EntityReference)."),
        } : throw DataverseFaults.InvalidArgument($"{request.RequestName} requires the parameter '{name}' (EntityReference).");
}
