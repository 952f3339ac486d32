using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DataverseSharing.Build.StandardTables;

/// <summary>
/// Reads the saved reference pages named in tables.json and writes the JSON the engine embeds, in the shape of
/// LocalDataverse/Metadata/Standard/StandardTablesDocument.cs. Not part of the solution, the tests or CI (CI cannot
/// reach the docs). To rerun, from the repository root:
///   1. save each table's page of MicrosoftDocs/powerapps-docs,
///      powerapps-docs/developer/data-platform/reference/entities/&lt;table&gt;.md (for the sales and service tables
///      lead, incident and product, which that reference omits, MicrosoftDocs/dynamics-365-customer-engagement,
///      ce/developer/entities/&lt;table&gt;.md), as &lt;folder&gt;/&lt;table&gt;.md (the page as it is in its table layout, or
///      its facts-only extract in that layout: both have the same property rows);
///   2. dotnet run --project build/StandardTables -- tables.json &lt;folder&gt; LocalDataverse/Metadata/Standard/reference-tables.json
///      dotnet run --project build/StandardTables -- common-tables.json &lt;folder&gt; LocalDataverse/Metadata/Standard/common-tables.json
///      dotnet run --project build/StandardTables -- core-tables.json &lt;folder&gt; LocalDataverse/Metadata/Standard/core-tables.json
/// Which tables, and which of their columns, the engine ships is decided in the config file (one per output), in
/// one place. A lookup keeps only the documented targets the engine ships (the config's tables and its "known"
/// tables from the other files): the reference lists targets such as knowledgearticle that no file defines.
/// </summary>
internal static class Program
{
    // Types the reference uses that the engine stores under another name. EntityName holds a table's logical name.
    // Documented types with no engine kind are refused when a config asks for one, deliberately: File and Image
    // hold blobs the engine does not store, PartyList is a collection of activityparty rows the engine does not
    // model (so email to/cc/from, phonecall from/to and appointment attendees are left out), and Virtual columns
    // have no stored value. MultiSelectPicklist has a kind, but no shipped table asks for one yet.
    private static readonly Dictionary<string, string> TypeNames = new(StringComparer.Ordinal)
    {
        ["String"] = "String", ["Memo"] = "Memo", ["Integer"] = "Integer", ["BigInt"] = "BigInt", ["Decimal"] = "Decimal",
        ["Money"] = "Money", ["Boolean"] = "Boolean", ["DateTime"] = "DateTime", ["Lookup"] = "Lookup", ["Owner"] = "Owner",
        ["Customer"] = "Customer", ["Picklist"] = "Picklist", ["State"] = "State", ["Status"] = "Status",
        ["Uniqueidentifier"] = "Uniqueidentifier", ["EntityName"] = "String", ["MultiSelectPicklist"] = "MultiSelectPicklist", ["Double"] = "Double",
    };

    // The columns every table of a kind has (CommonColumns in the engine); their documented relationships are
    // shipped whenever the page lists them, so that a link or a related query through createdby works.
    private static readonly HashSet<string> CommonLookups = new(StringComparer.Ordinal)
    {
        "createdby", "createdonbehalfby", "modifiedby", "modifiedonbehalfby", "owninguser", "owningteam", "owningbusinessunit", "transactioncurrencyid",
    };

    public static int Main(string[] args)
    {
        if (args.Length != 3)
        {
            Console.Error.WriteLine("usage: dotnet run --project build/StandardTables -- <config json> <folder of saved reference pages> <output json>");
            return 2;
        }

        try
        {
            var configFile = Path.Combine(AppContext.BaseDirectory, args[0]);
            using var config = JsonDocument.Parse(File.ReadAllText(configFile));
            var output = Generate(config.RootElement, args[1]);
            File.WriteAllText(args[2], output.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
            Console.WriteLine($"wrote {args[2]}");
            return 0;
        }
        catch (Exception e) when (e is FormatException or IOException or JsonException or KeyNotFoundException)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }

    private static JsonObject Generate(JsonElement config, string folder)
    {
        var tables = new JsonArray();
        var relationships = new JsonArray();
        var wanted = config.GetProperty("relationships").EnumerateArray().Select(r => r.GetString()!).ToHashSet(StringComparer.Ordinal);
        var entries = config.GetProperty("tables").EnumerateArray().ToList();
        var shipped = entries.Select(e => e.GetProperty("name").GetString()!)
            .Concat(config.TryGetProperty("known", out var known) ? known.EnumerateArray().Select(k => k.GetString()!) : [])
            .ToHashSet(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var name = entry.GetProperty("name").GetString()!;
            var page = ReferencePage.Read(Path.Combine(folder, name + ".md"));
            if (page.Property("LogicalName") != name)
            {
                throw new FormatException($"{page.File}: the page is for '{page.Property("LogicalName")}', not '{name}'.");
            }

            var table = Table(page, entry, shipped);
            tables.Add(table);
            var lookups = table["columns"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()).Concat(CommonLookups).ToHashSet(StringComparer.Ordinal);

            // Besides the names the config asks for, every documented relationship of a shipped lookup to a shipped
            // table (the pseudo-table owner and the activitypointer link through the primary key are no lookups).
            foreach (var relationship in page.ManyToOne.Where(r => wanted.Remove(r.Name)
                || (shipped.Contains(r.Referenced) && lookups.Contains(r.Attribute) && r.Attribute != page.Property("PrimaryIdAttribute"))))
            {
                relationships.Add(new JsonObject
                {
                    ["name"] = relationship.Name,
                    ["referenced"] = relationship.Referenced,
                    ["referencing"] = name,
                    ["attribute"] = relationship.Attribute,
                    ["cascade"] = Cascade(relationship, page.File),
                });
            }
        }

        if (wanted.Count > 0)
        {
            throw new FormatException($"tables.json: the relationships {string.Join(", ", wanted)} are on none of the pages.");
        }

        return new JsonObject { ["tables"] = tables, ["oneToMany"] = relationships, ["manyToMany"] = new JsonArray() };
    }

    private static JsonObject Table(ReferencePage page, JsonElement entry, HashSet<string> shipped)
    {
        var targets = entry.TryGetProperty("targets", out var t)
            ? t.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(v => v.GetString()!).ToArray(), StringComparer.Ordinal)
            : [];
        var columns = new JsonArray();
        foreach (var wantedColumn in entry.GetProperty("columns").EnumerateArray().Select(c => c.GetString()!))
        {
            var column = page.Columns.FirstOrDefault(c => c.Name == wantedColumn)
                ?? throw new FormatException($"{page.File}: tables.json asks for the column '{wantedColumn}', which the page does not document.");
            columns.Add(Column(column, targets.GetValueOrDefault(column.Name), shipped, page.File));
        }

        return new JsonObject
        {
            ["name"] = page.Property("LogicalName"),
            ["schemaName"] = page.Property("SchemaName"),
            ["displayName"] = page.Property("DisplayName"),
            ["entitySet"] = page.Property("EntitySetName"),
            ["primaryId"] = page.Property("PrimaryIdAttribute"),
            ["primaryName"] = page.Property("PrimaryNameAttribute"),
            ["ownership"] = page.Property("OwnershipType") switch
            {
                "UserOwned" => "UserOwned",
                "OrganizationOwned" => "OrganizationOwned",
                "BusinessOwned" => "BusinessOwned",
                "None" => "None",
                var other => throw new FormatException($"{page.File}: unknown OwnershipType '{other}'."),
            },
            ["columns"] = columns,
        };
    }

    private static JsonObject Column(ReferenceColumn column, string[]? targetOverride, HashSet<string> shipped, string file)
    {
        var type = TypeNames.GetValueOrDefault(column.Type)
            ?? throw new FormatException($"{file}: the column '{column.Name}' has the type '{column.Type}', which the engine does not store (see TypeNames).");
        var json = new JsonObject { ["name"] = column.Name, ["type"] = type, ["required"] = column.Required };
        var p = column.Properties;
        if (type is "String" or "Memo" && p.TryGetValue("MaxLength", out var maxLength))
        {
            json["maxLength"] = int.Parse(maxLength, CultureInfo.InvariantCulture);
        }

        if (type is "Integer" or "BigInt" or "Decimal" or "Money" or "Double")
        {
            if (p.TryGetValue("MinValue", out var min))
            {
                json["min"] = decimal.Parse(min, NumberStyles.Float, CultureInfo.InvariantCulture);
            }

            if (p.TryGetValue("MaxValue", out var max))
            {
                json["max"] = decimal.Parse(max, NumberStyles.Float, CultureInfo.InvariantCulture);
            }

            if (p.TryGetValue("Precision", out var precision))
            {
                json["precision"] = int.Parse(precision, CultureInfo.InvariantCulture);
            }
        }

        if (type is "Lookup" or "Owner" or "Customer")
        {
            var documented = targetOverride ?? (p.GetValueOrDefault("Targets") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var targets = documented.Where(shipped.Contains).ToArray();
            if (targets.Length == 0)
            {
                throw new FormatException($"{file}: the lookup '{column.Name}' targets {string.Join(", ", documented)}, none of which is shipped; leave it out of the config or ship a target.");
            }

            json["targets"] = new JsonArray(targets.Select(x => (JsonNode)x).ToArray());
        }

        if (type == "DateTime")
        {
            json["behavior"] = p.GetValueOrDefault("DateTimeBehavior", "UserLocal");
            json["dateOnly"] = p.GetValueOrDefault("Format") == "DateOnly";
        }

        if (type is "Picklist" or "MultiSelectPicklist" or "State" or "Status")
        {
            if (column.Options.Count == 0)
            {
                throw new FormatException($"{file}: the choice column '{column.Name}' lists no options.");
            }

            json["options"] = new JsonArray(column.Options.Select(o => (JsonNode)Option(o, type)).ToArray());
        }

        if (column.ReadOnly)
        {
            json["readOnly"] = true;
        }
        else if (!column.UpdateAllowed)
        {
            json["createOnly"] = true;
        }

        return json;
    }

    private static JsonObject Option(ReferenceOption option, string type)
    {
        var json = new JsonObject { ["value"] = option.Value, ["label"] = option.Label };
        if (type == "State" && option.DefaultStatus is { } defaultStatus)
        {
            json["defaultStatus"] = defaultStatus;
        }

        if (type == "Status" && option.State is { } state)
        {
            json["state"] = state;
        }

        return json;
    }

    // The engine knows four cascade shapes: parental (assign and delete follow the parent), referential (the
    // lookup is cleared), restrict (a parent with children cannot be deleted) and none (deleting the parent leaves
    // the children alone, as for createdby: Dataverse never deletes a user).
    private static string Cascade(ReferenceRelationship relationship, string file)
    {
        var parts = relationship.Cascade.Split("<br />", StringSplitOptions.TrimEntries)
            .Select(part => part.Split(':', 2, StringSplitOptions.TrimEntries))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1], StringComparer.Ordinal);
        var delete = parts.GetValueOrDefault("Delete", "RemoveLink");
        var assign = parts.GetValueOrDefault("Assign", "NoCascade");
        return (delete, assign) switch
        {
            ("Cascade", "Cascade") => "Parental",
            ("Restrict", _) => "Restrict",
            ("RemoveLink", _) => "Referential",
            ("NoCascade", _) => "None",
            _ => throw new FormatException($"{file}: the relationship '{relationship.Name}' cascades Delete={delete}, Assign={assign}, which the engine cannot express."),
        };
    }
}
