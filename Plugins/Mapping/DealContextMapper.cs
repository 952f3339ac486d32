using System;
using System.Collections.Generic;
using System.Linq;
using DataverseSharing.Domain.Deals;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Plugins.Mapping;

/// <summary>Builds the Domain's <see cref="DealContext"/> from an opportunity, its account and the deal's feedback.</summary>
public static class DealContextMapper
{
    /// <summary>The opportunity columns <see cref="ToDealContext"/> reads.</summary>
    public static readonly string[] OpportunityColumns = OpportunitySchema.RankingColumns
        .Concat(OpportunitySchema.TextColumns)
        .Concat(new[] { OpportunitySchema.StateCode, OpportunitySchema.Owner })
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    /// <summary>The account columns <see cref="ToDealContext"/> reads.</summary>
    public static readonly string[] AccountColumns = { AccountSchema.Name, AccountSchema.IndustryCode, AccountSchema.Region };

    /// <summary>
    /// Describes the deal as the ranking sees it. The account's industry is matched by its label, so pass the
    /// account with formatted values (as Retrieve returns it); a practice's industries are words, not codes.
    /// </summary>
    /// <param name="opportunity">The opportunity row.</param>
    /// <param name="account">The opportunity's account, or null when it has none or it is not readable.</param>
    /// <param name="feedback">What is already known of practices on this deal and account.</param>
    public static DealContext ToDealContext(Entity opportunity, Entity? account, DealFeedback? feedback = null)
    {
        if (opportunity is null)
        {
            throw new ArgumentNullException(nameof(opportunity));
        }

        feedback ??= DealFeedback.None;
        var region = opportunity.GetAttributeValue<string>(OpportunitySchema.Region);
        if (string.IsNullOrWhiteSpace(region))
        {
            region = account?.GetAttributeValue<string>(AccountSchema.Region);
        }

        return new DealContext
        {
            Industry = IndustryLabel(account),
            Region = string.IsNullOrWhiteSpace(region) ? null : region!.Trim(),
            Stage = ToStage(opportunity),
            EstimatedValue = EstimatedValue(opportunity),
            Products = ValueList.Split(opportunity.GetAttributeValue<string>(OpportunitySchema.ProductFamilies)),
            Competitors = ValueList.Split(opportunity.GetAttributeValue<string>(OpportunitySchema.Competitors)),
            BuyerRoles = ValueList.Split(opportunity.GetAttributeValue<string>(OpportunitySchema.BuyerRoles)),
            DecisionUnitSize = DecisionUnitSize(opportunity),
            Description = DescriptionText(opportunity),
            PracticesUsed = feedback.PracticesUsed,
            PracticesWonWithAccount = feedback.WonWithAccount,
            PracticesLostWithAccount = feedback.LostWithAccount,
            DismissedPracticeIds = feedback.DismissedByRep,
            TeamDismissedPracticeIds = feedback.DismissedByTeam,
        };
    }

    private static string? IndustryLabel(Entity? account)
    {
        if (account is null || !account.FormattedValues.Contains(AccountSchema.IndustryCode))
        {
            return null;
        }

        var label = account.FormattedValues[AccountSchema.IndustryCode];
        return string.IsNullOrWhiteSpace(label) ? null : label;
    }

    private static SalesStage? ToStage(Entity opportunity)
    {
        var value = opportunity.GetAttributeValue<OptionSetValue>(OpportunitySchema.SalesStage)?.Value;
        return value is { } v && Enum.IsDefined(typeof(SalesStage), v) ? (SalesStage)v : null;
    }

    private static decimal? EstimatedValue(Entity opportunity)
    {
        var value = opportunity.GetAttributeValue<Money>(OpportunitySchema.EstimatedValue)?.Value;
        if (value is < 0)
        {
            throw new ArgumentException($"{OpportunitySchema.Table} {opportunity.Id:D}: {OpportunitySchema.EstimatedValue} is negative; an estimated value must be zero or more.");
        }

        return value;
    }

    private static int? DecisionUnitSize(Entity opportunity)
    {
        var value = opportunity.GetAttributeValue<int?>(OpportunitySchema.DecisionUnitSize);
        return value is < 0 ? null : value;
    }

    private static string? DescriptionText(Entity opportunity)
    {
        var parts = OpportunitySchema.TextColumns
            .Select(c => opportunity.GetAttributeValue<string>(c))
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => t!.Trim())
            .ToList();
        return parts.Count == 0 ? null : string.Join("\n", parts);
    }
}
