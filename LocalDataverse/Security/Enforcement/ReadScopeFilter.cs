using DataverseSharing.LocalDataverse.Metadata;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Security.Enforcement;

/// <summary>
/// Turns a read scope into query conditions, so RetrieveMultiple returns only the rows the caller may read: the
/// scope is ANDed to the query's own criteria (and to each linked table's), never replacing them.
/// Shared rows are not represented here: the engine keeps no share table yet, so a scope admits owners and units only.
/// </summary>
internal static class ReadScopeFilter
{
    /// <summary>The conditions for a scope; null when the scope is unrestricted.</summary>
    public static FilterExpression? For(TableDefinition table, AccessScope scope)
    {
        if (scope.IsUnrestricted)
        {
            return null;
        }

        var filter = new FilterExpression(LogicalOperator.Or);
        var unitColumn = table.LogicalName == "businessunit" ? table.PrimaryIdAttribute
            : table.Ownership == OwnershipType.BusinessOwned ? "businessunitid"
            : "owningbusinessunit";
        if (scope.OwnerIds.Count > 0 && table.Ownership == OwnershipType.UserOwned)
        {
            filter.AddCondition("ownerid", ConditionOperator.In, scope.OwnerIds.Cast<object>().ToArray());
        }

        if (scope.BusinessUnitIds.Count > 0)
        {
            filter.AddCondition(unitColumn, ConditionOperator.In, scope.BusinessUnitIds.Cast<object>().ToArray());
        }

        if (filter.Conditions.Count == 0)
        {
            // Nothing is readable: a condition no row meets keeps the query's shape and returns no rows.
            filter.AddCondition(table.PrimaryIdAttribute, ConditionOperator.Null);
        }

        return filter;
    }
}
