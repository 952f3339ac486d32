using System.Globalization;
using DataverseSharing.Domain.Practices;
using DataverseSharing.Plugins.Mapping;
using DataverseSharing.Plugins.Schema;
using Microsoft.Xrm.Sdk;

namespace DataverseSharing.Integration.Deals;

/// <summary>
/// The changes one <c>deal update</c> asks for, kept apart from the row they apply to, so they can be applied
/// again to a fresh read when another writer got there first. List values add to the deal's list; a value
/// already there (compared case-insensitively, as <see cref="ValueList"/> does) is reported, not sent.
/// </summary>
public sealed class DealChanges
{
    public SalesStage? Stage { get; init; }

    public IReadOnlyList<string> Competitors { get; init; } = Array.Empty<string>();

    public IReadOnlyList<string> BuyerRoles { get; init; } = Array.Empty<string>();

    public IReadOnlyList<string> Products { get; init; } = Array.Empty<string>();

    /// <summary>Replaces the description; an empty text clears it.</summary>
    public string? Description { get; init; }

    public string? PainPoints { get; init; }

    public string? Region { get; init; }

    public decimal? EstimatedValue { get; init; }

    public int? DecisionUnitSize { get; init; }

    public bool IsEmpty =>
        Stage is null && Competitors.Count == 0 && BuyerRoles.Count == 0 && Products.Count == 0 && Description is null &&
        PainPoints is null && Region is null && EstimatedValue is null && DecisionUnitSize is null;

    /// <summary>
    /// What these changes do to the row as read: the Update to send (null when nothing would change), carrying
    /// the row's version so it only applies to that version, and the words for what changes and what already was so.
    /// </summary>
    public DealChangePlan Apply(Entity row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var update = new Entity(OpportunitySchema.Table, row.Id) { RowVersion = row.RowVersion };
        var changed = new List<string>();
        var already = new List<string>();
        if (Stage is { } stage)
        {
            var step = SalesStages.StepName(stage);
            var current = row.GetAttributeValue<string>(OpportunitySchema.StepName);
            if (row.GetAttributeValue<OptionSetValue>(OpportunitySchema.SalesStage)?.Value == (int)stage && current == step)
            {
                already.Add($"stage already {step}");
            }
            else
            {
                update[OpportunitySchema.SalesStage] = new OptionSetValue((int)stage);
                update[OpportunitySchema.StepName] = step;
                changed.Add($"stage {current ?? "(none)"} -> {step}");
            }
        }

        AddToList(row, update, OpportunitySchema.Competitors, Competitors, "competitors", changed, already);
        AddToList(row, update, OpportunitySchema.BuyerRoles, BuyerRoles, "buyer roles", changed, already);
        AddToList(row, update, OpportunitySchema.ProductFamilies, Products, "products", changed, already);
        SetText(row, update, OpportunitySchema.Description, Description, "description", changed, already);
        SetText(row, update, OpportunitySchema.CustomerPainPoints, PainPoints, "pain points", changed, already);
        SetText(row, update, OpportunitySchema.Region, Region, "region", changed, already);
        if (EstimatedValue is { } amount)
        {
            if (row.GetAttributeValue<Money>(OpportunitySchema.EstimatedValue)?.Value == amount)
            {
                already.Add(string.Create(CultureInfo.InvariantCulture, $"estimated value already {amount:#,0.##}"));
            }
            else
            {
                update[OpportunitySchema.EstimatedValue] = new Money(amount);
                changed.Add(string.Create(CultureInfo.InvariantCulture, $"estimated value {amount:#,0.##}"));
            }
        }

        if (DecisionUnitSize is { } size)
        {
            if (row.GetAttributeValue<int?>(OpportunitySchema.DecisionUnitSize) == size)
            {
                already.Add(string.Create(CultureInfo.InvariantCulture, $"decision unit already {size}"));
            }
            else
            {
                update[OpportunitySchema.DecisionUnitSize] = size;
                changed.Add(string.Create(CultureInfo.InvariantCulture, $"decision unit {size}"));
            }
        }

        return new DealChangePlan(changed.Count == 0 ? null : update, changed, already);
    }

    private static void AddToList(Entity row, Entity update, string column, IReadOnlyList<string> requested, string label, List<string> changed, List<string> already)
    {
        if (requested.Count == 0)
        {
            return;
        }

        var current = ValueList.Split(row.GetAttributeValue<string>(column));
        var present = requested.Where(v => current.Contains(v.Trim(), StringComparer.OrdinalIgnoreCase)).ToList();
        var added = requested.Select(v => v.Trim()).Except(present, StringComparer.OrdinalIgnoreCase).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (present.Count > 0)
        {
            // Named as the deal lists them, so "--competitor sap" reports the SAP that is there.
            var listed = present.Select(v => current.First(c => string.Equals(c, v.Trim(), StringComparison.OrdinalIgnoreCase))).Distinct(StringComparer.Ordinal);
            already.Add($"{label} already include {string.Join(", ", listed)}");
        }

        if (added.Count > 0)
        {
            update[column] = ValueList.Join(current.Concat(added));
            changed.Add($"{label} + {string.Join(", ", added)}");
        }
    }

    private static void SetText(Entity row, Entity update, string column, string? text, string label, List<string> changed, List<string> already)
    {
        if (text is null)
        {
            return;
        }

        var value = text.Length == 0 ? null : text;
        if (string.Equals(row.GetAttributeValue<string>(column), value, StringComparison.Ordinal))
        {
            already.Add(value is null ? $"{label} already empty" : $"{label} already that text");
            return;
        }

        update[column] = value;
        changed.Add(label + (value is null ? " cleared" : " replaced"));
    }
}

/// <summary>What <see cref="DealChanges"/> do to one read of a deal.</summary>
/// <param name="Update">The Update to send, with the row version it applies to; null when nothing changes.</param>
/// <param name="Changed">What the Update changes, in words ("competitors + Oracle").</param>
/// <param name="AlreadySo">What was asked for but already so ("competitors already include SAP").</param>
public sealed record DealChangePlan(Entity? Update, IReadOnlyList<string> Changed, IReadOnlyList<string> AlreadySo);
