using System;
using System.Linq;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Plugins.Suggestions;

/// <summary>
/// An opportunity and its account as they are now, read in one query (the account joined twice: as the parent
/// account and as the customer, the parent winning). An asynchronous step runs after the save, maybe after later
/// saves too, so it ranks the row as it is, not an image of the save that queued it.
/// </summary>
public sealed class DealRecord
{
    private const string ParentAlias = "parentaccount";
    private const string CustomerAlias = "customeraccount";

    private DealRecord(Entity opportunity, Entity? account)
    {
        Opportunity = opportunity;
        Account = account;
    }

    /// <summary>The opportunity with <see cref="DealContextMapper.OpportunityColumns"/>.</summary>
    public Entity Opportunity { get; }

    /// <summary>Its account with <see cref="DealContextMapper.AccountColumns"/> and their formatted values, or null.</summary>
    public Entity? Account { get; }

    /// <summary>The opportunity's owner, when it is a user.</summary>
    public Guid? OwnerId => Opportunity.GetAttributeValue<EntityReference>(OpportunitySchema.Owner)?.Id;

    /// <summary>The business unit that owns the opportunity.</summary>
    public Guid? BusinessUnitId => Opportunity.GetAttributeValue<EntityReference>(OpportunitySchema.OwningBusinessUnit)?.Id;

    /// <summary>Whether the deal is still open (won and lost deals keep the suggestions they had).</summary>
    public bool IsOpen => (Opportunity.GetAttributeValue<OptionSetValue>(OpportunitySchema.StateCode)?.Value ?? OpportunitySchema.StateOpen) == OpportunitySchema.StateOpen;

    /// <summary>Reads the deal; null when it does not exist (deleted since) or the service may not read it.</summary>
    public static DealRecord? Read(IOrganizationService service, Guid opportunityId)
    {
        if (service is null)
        {
            throw new ArgumentNullException(nameof(service));
        }

        var query = new QueryExpression(OpportunitySchema.Table)
        {
            ColumnSet = new ColumnSet(DealContextMapper.OpportunityColumns.Concat(new[] { OpportunitySchema.OwningBusinessUnit }).Distinct(StringComparer.Ordinal).ToArray()),
            TopCount = 1,
        };
        query.Criteria.AddCondition(OpportunitySchema.Id, ConditionOperator.Equal, opportunityId);
        AddAccount(query, OpportunitySchema.ParentAccount, ParentAlias);
        AddAccount(query, OpportunitySchema.Customer, CustomerAlias);
        var rows = service.RetrieveMultiple(query).Entities;
        if (rows.Count == 0)
        {
            return null;
        }

        var row = rows[0];
        var account = JoinedAccount(row, ParentAlias, OpportunitySchema.ParentAccount) ?? JoinedAccount(row, CustomerAlias, OpportunitySchema.Customer);
        return new DealRecord(row, account);
    }

    private static void AddAccount(QueryExpression query, string column, string alias)
    {
        var link = query.AddLink(AccountSchema.Table, column, AccountSchema.Id, JoinOperator.LeftOuter);
        link.EntityAlias = alias;
        link.Columns = new ColumnSet(DealContextMapper.AccountColumns);
    }

    // The joined account as a row of its own, shaped as Retrieve returns it (formatted values included), so the
    // mapper reads it as it reads any account.
    private static Entity? JoinedAccount(Entity row, string alias, string lookup)
    {
        var reference = row.GetAttributeValue<EntityReference>(lookup);
        if (reference is null || !string.Equals(reference.LogicalName, AccountSchema.Table, StringComparison.Ordinal))
        {
            return null;
        }

        var account = new Entity(AccountSchema.Table, reference.Id);
        var found = false;
        foreach (var column in DealContextMapper.AccountColumns)
        {
            var key = alias + "." + column;
            if (row.GetAttributeValue<AliasedValue>(key) is { } value)
            {
                account[column] = value.Value;
                found = true;
            }

            if (row.FormattedValues.Contains(key))
            {
                account.FormattedValues[column] = row.FormattedValues[key];
            }
        }

        // An account row the join did not reach (not readable, or deleted) leaves the deal without account facts.
        return found ? account : null;
    }
}
