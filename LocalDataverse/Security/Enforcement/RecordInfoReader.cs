using DataverseSharing.LocalDataverse.Metadata;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Security.Enforcement;

/// <summary>Who owns a stored row and in which business unit, as the access check needs it.</summary>
internal static class RecordInfoReader
{
    public static RecordSecurityInfo? Read(ISecurityStore store, TableDefinition table, Guid id) => table.Ownership switch
    {
        OwnershipType.UserOwned => store.Retrieve(table.LogicalName, id, new ColumnSet("ownerid", "owningbusinessunit")) is { } row ? FromOwnedRow(row, id) : null,
        OwnershipType.BusinessOwned => ReadBusinessOwned(store, table, id),
        _ => RecordSecurityInfo.OrganizationOwned(id),
    };

    /// <summary>The owner a row being created will have: the ownerid given, else the caller.</summary>
    public static RecordSecurityInfo ForCreate(ISecurityStore store, TableDefinition table, Entity target, SecurityPrincipal caller)
    {
        if (table.Ownership == OwnershipType.BusinessOwned)
        {
            var unit = table.LogicalName == "businessunit"
                ? target.GetAttributeValue<EntityReference>("parentbusinessunitid")?.Id ?? caller.BusinessUnitId
                : target.GetAttributeValue<EntityReference>("businessunitid")?.Id ?? caller.BusinessUnitId;
            return RecordSecurityInfo.InBusinessUnit(target.Id, unit);
        }

        if (table.Ownership != OwnershipType.UserOwned)
        {
            return RecordSecurityInfo.OrganizationOwned(target.Id);
        }

        var owner = target.GetAttributeValue<EntityReference>("ownerid");
        if (owner is null || owner.Id == caller.UserId)
        {
            return RecordSecurityInfo.OwnedByUser(target.Id, caller.UserId, caller.BusinessUnitId);
        }

        var ownerTable = owner.LogicalName == "team" ? "team" : "systemuser";
        var unitOfOwner = store.Retrieve(ownerTable, owner.Id, new ColumnSet("businessunitid"))?.GetAttributeValue<EntityReference>("businessunitid")?.Id ?? caller.BusinessUnitId;
        return owner.LogicalName == "team"
            ? RecordSecurityInfo.OwnedByTeam(target.Id, owner.Id, unitOfOwner)
            : RecordSecurityInfo.OwnedByUser(target.Id, owner.Id, unitOfOwner);
    }

    private static RecordSecurityInfo FromOwnedRow(Entity row, Guid id)
    {
        var owner = row.GetAttributeValue<EntityReference>("ownerid");
        var unit = row.GetAttributeValue<EntityReference>("owningbusinessunit")?.Id ?? Guid.Empty;
        return owner is null ? RecordSecurityInfo.InBusinessUnit(id, unit)
            : owner.LogicalName == "team" ? RecordSecurityInfo.OwnedByTeam(id, owner.Id, unit)
            : RecordSecurityInfo.OwnedByUser(id, owner.Id, unit);
    }

    private static RecordSecurityInfo? ReadBusinessOwned(ISecurityStore store, TableDefinition table, Guid id)
    {
        if (table.LogicalName == "businessunit")
        {
            return store.Retrieve("businessunit", id, new ColumnSet("name")) is null ? null : RecordSecurityInfo.InBusinessUnit(id, id);
        }

        var row = store.Retrieve(table.LogicalName, id, new ColumnSet("businessunitid"));
        return row is null ? null : RecordSecurityInfo.InBusinessUnit(id, row.GetAttributeValue<EntityReference>("businessunitid")?.Id ?? Guid.Empty);
    }
}
