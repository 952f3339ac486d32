using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.Plugins.Schema;

namespace DataverseSharing.Integration.Deals;

/// <summary>
/// The limits a deal file's values must meet: those of the opportunity and account columns the values stand for,
/// read from the solution's metadata rather than repeated here, so a deal described in a file is one the org
/// could hold, and a changed column changes the file rules with it.
/// </summary>
public sealed class DealFileLimits
{
    private static readonly Lazy<DealFileLimits> DefaultLimits = new(() => From(LocalMetadata.Default));

    private DealFileLimits(MetadataCatalog catalog)
    {
        var opportunity = catalog.GetTable(OpportunitySchema.Table);
        NameMaxLength = MaxLength(opportunity, OpportunitySchema.Name);
        DescriptionMaxLength = MaxLength(opportunity, OpportunitySchema.Description);
        RegionMaxLength = MaxLength(opportunity, OpportunitySchema.Region);
        ProductsMaxLength = MaxLength(opportunity, OpportunitySchema.ProductFamilies);
        CompetitorsMaxLength = MaxLength(opportunity, OpportunitySchema.Competitors);
        BuyerRolesMaxLength = MaxLength(opportunity, OpportunitySchema.BuyerRoles);

        // The column allows negative money; a deal's estimated value never is (the ranking refuses it).
        var value = Column(opportunity, OpportunitySchema.EstimatedValue);
        EstimatedValueMax = value.MaxValue ?? decimal.MaxValue;
        var unit = Column(opportunity, OpportunitySchema.DecisionUnitSize);
        DecisionUnitMin = (int)Math.Max(0m, unit.MinValue ?? 0m);
        DecisionUnitMax = (int)Math.Min(int.MaxValue, unit.MaxValue ?? int.MaxValue);
        IndustryLabels = Column(catalog.GetTable(AccountSchema.Table), AccountSchema.IndustryCode).OptionSet?.Options.Select(o => o.Label).ToArray()
            ?? throw new InvalidOperationException($"{AccountSchema.Table}.{AccountSchema.IndustryCode} has no choices in the metadata.");
    }

    /// <summary>The limits of the embedded org's metadata (the standard tables and the solution).</summary>
    public static DealFileLimits Default => DefaultLimits.Value;

    public int NameMaxLength { get; }

    public int DescriptionMaxLength { get; }

    public int RegionMaxLength { get; }

    public int ProductsMaxLength { get; }

    public int CompetitorsMaxLength { get; }

    public int BuyerRolesMaxLength { get; }

    public decimal EstimatedValueMax { get; }

    public int DecisionUnitMin { get; }

    public int DecisionUnitMax { get; }

    /// <summary>The labels of the account <c>industrycode</c> choice: the words the ranking compares practices' industries with.</summary>
    public IReadOnlyList<string> IndustryLabels { get; }

    public static DealFileLimits From(MetadataCatalog catalog) => new(catalog ?? throw new ArgumentNullException(nameof(catalog)));

    private static ColumnDefinition Column(TableDefinition table, string column) =>
        table.FindColumn(column) ?? throw new InvalidOperationException($"{table.LogicalName}.{column} is not in the metadata.");

    private static int MaxLength(TableDefinition table, string column) => Column(table, column).MaxLength ?? int.MaxValue;
}
