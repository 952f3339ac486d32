using System.Text.RegularExpressions;
using DataverseSharing.LocalDataverse.Metadata.Standard;
using DataverseSharing.LocalDataverse.Service.Faults;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace DataverseSharing.LocalDataverse.Metadata.Inference;

/// <summary>
/// The lenient mode (<see cref="LocalOrganizationOptions.InferUnknownTables"/>) for tests that have no metadata: a
/// Create, Update or Upsert (single or bulk) on a table the catalog lacks defines it, with a column for each value
/// written, typed by the value; later writes add the columns they bring. Only tables defined this way grow: a
/// table from a solution or the standard ones keeps its columns, and a wrong value there is the usual fault.
/// </summary>
internal sealed partial class TableInference
{
    private readonly HashSet<string> inferred = new(StringComparer.Ordinal);

    /// <summary>Defines or widens the tables <paramref name="request"/> writes, before the request runs.</summary>
    /// <exception cref="System.ServiceModel.FaultException{OrganizationServiceFault}">A value that fits no column type, or contradicts the type inferred before.</exception>
    public void Apply(LocalDatabase database, OrganizationRequest request)
    {
        foreach (var row in Targets(request))
        {
            var catalog = database.Catalog;
            var before = catalog.FindTable(row.LogicalName);
            if (before is not null && !inferred.Contains(row.LogicalName))
            {
                continue;
            }

            var next = Widen(before, row);
            if (ReferenceEquals(next, before))
            {
                continue;
            }

            // The layout commits on its own, so it must not land inside a request's transaction that may yet roll back.
            if (database.CurrentTransaction is not null)
            {
                throw DataverseFaults.InvalidArgument(
                    $"InferUnknownTables: '{row.LogicalName}' would get {(before is null ? "defined" : "new columns")} inside a running transaction (a plug-in's request, ExecuteTransaction or LocalDatabase.InTransaction). Write that row once outside a transaction first, or define the table in a solution folder.");
            }

            var tables = catalog.Tables.Where(t => t.LogicalName != row.LogicalName).Append(next);
            database.ExtendSchema(new MetadataCatalog(tables, catalog.GlobalOptionSets, catalog.Relationships, catalog.Solution), next);
            inferred.Add(row.LogicalName);
        }
    }

    private static IEnumerable<Entity> Targets(OrganizationRequest request) => request switch
    {
        CreateRequest { Target: { } target } => [target],
        UpdateRequest { Target: { } target } => [target],
        UpsertRequest { Target: { } target } => [target],
        _ when request.RequestName is "CreateMultiple" or "UpdateMultiple" or "UpsertMultiple"
            && request.Parameters.TryGetValue("Targets", out var targets) && targets is EntityCollection collection => collection.Entities,
        _ => [],
    };

    /// <summary>The table with a column for every value of <paramref name="row"/>; <paramref name="before"/> itself when nothing is new.</summary>
    private static TableDefinition Widen(TableDefinition? before, Entity row)
    {
        var table = row.LogicalName;
        CheckName(table, "table");
        var columns = before?.Columns.ToList() ?? NewTableColumns(table);
        var changed = before is null;
        foreach (var (name, value) in row.Attributes)
        {
            var index = columns.FindIndex(c => c.LogicalName == name);
            if (index < 0)
            {
                CheckName(name, $"column of '{table}'");
                columns.Add(ColumnFor(table, name, value));
                changed = true;
                continue;
            }

            var widened = Widen(table, columns[index], value);
            if (!ReferenceEquals(widened, columns[index]))
            {
                columns[index] = widened;
                changed = true;
            }
        }

        return !changed ? before! : new TableDefinition(table, table + "id", columns)
        {
            SchemaName = table,
            DisplayName = table,
            Ownership = OwnershipType.UserOwned,
            IsCustom = true,
        };
    }

    // What every user-owned table has: its key, the audit columns and the owner, as for a table from a solution.
    private static List<ColumnDefinition> NewTableColumns(string table)
    {
        var columns = new List<ColumnDefinition>
        {
            new() { LogicalName = table + "id", Type = ColumnType.Uniqueidentifier, IsPrimaryId = true, RequiredLevel = RequiredLevel.SystemRequired, ValidForUpdate = false },
        };
        columns.AddRange(CommonColumns.Audit());
        columns.AddRange(CommonColumns.Ownership());
        return columns;
    }

    private static ColumnDefinition ColumnFor(string table, string name, object? value)
    {
        var type = value switch
        {
            null => throw DataverseFaults.InvalidArgument($"InferUnknownTables: '{table}.{name}' is written first with null, which says nothing of its type. Write a value first."),
            string => ColumnType.String,
            int => ColumnType.Integer,
            long => ColumnType.BigInt,
            decimal => ColumnType.Decimal,
            double => ColumnType.Double,
            bool => ColumnType.Boolean,
            DateTime => ColumnType.DateTime,
            Guid => ColumnType.Uniqueidentifier,
            EntityReference => ColumnType.Lookup,
            OptionSetValue => ColumnType.Picklist,
            Money => ColumnType.Money,
            _ => throw DataverseFaults.InvalidArgument(
                $"InferUnknownTables: '{table}.{name}' is written first with a {value.GetType().Name}, which is no column type (String, Int32, Int64, Decimal, Double, Boolean, DateTime, Guid, EntityReference, OptionSetValue, Money)."),
        };
        var column = new ColumnDefinition
        {
            LogicalName = name,
            Type = type,
            MinValue = type switch
            {
                ColumnType.Integer => int.MinValue,
                ColumnType.BigInt => long.MinValue,
                _ => null,
            },
            MaxValue = type switch
            {
                ColumnType.Integer => int.MaxValue,
                ColumnType.BigInt => long.MaxValue,
                _ => null,
            },
            DateTimeBehavior = type == ColumnType.DateTime ? Metadata.DateTimeBehavior.UserLocal : null,
            IsCustom = true,
        };
        return Widen(table, column, value);
    }

    /// <summary>The column, widened to hold <paramref name="value"/> (a choice's new value, a lookup's new target).</summary>
    private static ColumnDefinition Widen(string table, ColumnDefinition column, object? value)
    {
        if (value is null)
        {
            return column;
        }

        if (!Fits(column.Type, value))
        {
            throw DataverseFaults.InvalidArgument(
                $"InferUnknownTables: '{table}.{column.LogicalName}' was inferred as {column.Type} from its first write; this write gives it a {value.GetType().Name}.");
        }

        return value switch
        {
            OptionSetValue option when column.OptionSet is not { } options || !options.Contains(option.Value) => column with
            {
                OptionSet = new OptionSetDefinition(
                    $"{table}_{column.LogicalName}",
                    OptionSetKind.Picklist,
                    isGlobal: false,
                    (column.OptionSet?.Options ?? []).Append(new OptionDefinition(option.Value, option.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
            },
            EntityReference reference when !column.Targets.Contains(reference.LogicalName, StringComparer.Ordinal) =>
                column with { Targets = [.. column.Targets, reference.LogicalName] },
            _ => column,
        };
    }

    private static bool Fits(ColumnType type, object value) => value switch
    {
        string => type is ColumnType.String or ColumnType.Memo,
        int => type is ColumnType.Integer or ColumnType.BigInt,
        long => type == ColumnType.BigInt,
        decimal => type == ColumnType.Decimal,
        double => type == ColumnType.Double,
        bool => type == ColumnType.Boolean,
        DateTime => type == ColumnType.DateTime,
        Guid => type == ColumnType.Uniqueidentifier,
        EntityReference => type is ColumnType.Lookup or ColumnType.Owner or ColumnType.Customer,
        OptionSetValue => type is ColumnType.Picklist or ColumnType.State or ColumnType.Status,
        Money => type == ColumnType.Money,
        _ => false,
    };

    // The name becomes a SQL table or column name: only what Dataverse allows in a logical name.
    private static void CheckName(string name, string what)
    {
        if (!LogicalName().IsMatch(name))
        {
            throw DataverseFaults.InvalidArgument($"InferUnknownTables: '{name}' is not a valid {what} logical name (lower-case letters, digits and '_', starting with a letter, at most 50 characters).");
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9_]{0,49}$", RegexOptions.CultureInvariant)]
    private static partial Regex LogicalName();
}
