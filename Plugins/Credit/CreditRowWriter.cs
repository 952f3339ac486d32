using System;
using System.Linq;
using System.ServiceModel;
using DataverseSharing.Domain.Credit;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.Plugins.Credit;

/// <summary>
/// Brings one user's dvs_contributorcredit row up to date with the facts, safe against another job doing the same
/// at the same time: the row's version is read before the facts, and the write only lands if the row still has
/// that version (IfRowVersionMatches), else it starts over. So a count computed from facts older than another
/// job's write can never overwrite it, and the last write standing was computed after every fact before it.
/// A missing row is created; two jobs creating it at once meet on the alternate key on dvs_userid, and the loser
/// starts over as an update.
/// </summary>
public static class CreditRowWriter
{
    /// <summary>How often one refresh starts over before it gives up (and traces); each conflict means another job wrote newer counts.</summary>
    public const int MaxAttempts = 5;

    private const int VersionMismatch = unchecked((int)0x80060882);
    private const int DuplicateRecord = unchecked((int)0x80040237);

    private static readonly string[] CountColumns =
    {
        ContributorCreditSchema.PracticesContributed, ContributorCreditSchema.DealsTagged, ContributorCreditSchema.TimesApplied, ContributorCreditSchema.AppliedWins,
    };

    /// <summary>Refreshes the credit of <paramref name="userId"/>; returns whether a row was written (false: already current).</summary>
    public static bool Refresh(IOrganizationService system, Guid userId)
    {
        if (system is null)
        {
            throw new ArgumentNullException(nameof(system));
        }

        for (var attempt = 1; ; attempt++)
        {
            var stored = Stored(system, userId);
            var credit = CreditFactsReader.Read(system, userId);
            try
            {
                return stored is null ? Create(system, userId, credit) : Update(system, stored, credit);
            }
            catch (FaultException<OrganizationServiceFault> fault) when (attempt < MaxAttempts && fault.Detail is { ErrorCode: VersionMismatch or DuplicateRecord })
            {
                // Another job wrote this user's row between our read and our write: read it and the facts again.
            }
        }
    }

    private static Entity? Stored(IOrganizationService system, Guid userId)
    {
        var query = new QueryExpression(ContributorCreditSchema.Table) { ColumnSet = new ColumnSet(CountColumns), TopCount = 1 };
        query.Criteria.AddCondition(ContributorCreditSchema.User, ConditionOperator.Equal, userId);
        return system.RetrieveMultiple(query).Entities.FirstOrDefault();
    }

    private static bool Create(IOrganizationService system, Guid userId, ContributorCredit credit)
    {
        var user = system.Retrieve("systemuser", userId, new ColumnSet("fullname"));
        var row = Counts(new Entity(ContributorCreditSchema.Table), credit);
        row[ContributorCreditSchema.User] = new EntityReference("systemuser", userId);
        row[ContributorCreditSchema.Name] = user.GetAttributeValue<string>("fullname") ?? userId.ToString("D");

        // Owned by the credited user, so a contributor's Basic read shows them their own credit and no one else's.
        row[ContributorCreditSchema.Owner] = new EntityReference("systemuser", userId);
        system.Create(row);
        return true;
    }

    private static bool Update(IOrganizationService system, Entity stored, ContributorCredit credit)
    {
        var update = Counts(new Entity(ContributorCreditSchema.Table, stored.Id) { RowVersion = stored.RowVersion }, credit);
        if (CountColumns.All(c => (stored.GetAttributeValue<int?>(c) ?? 0) == update.GetAttributeValue<int>(c)))
        {
            return false;
        }

        system.Execute(new UpdateRequest { Target = update, ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches });
        return true;
    }

    private static Entity Counts(Entity row, ContributorCredit credit)
    {
        row[ContributorCreditSchema.PracticesContributed] = credit.PracticesContributed;
        row[ContributorCreditSchema.DealsTagged] = credit.DealsTagged;
        row[ContributorCreditSchema.TimesApplied] = credit.TimesApplied;
        row[ContributorCreditSchema.AppliedWins] = credit.AppliedWins;
        return row;
    }
}
