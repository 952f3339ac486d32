namespace DataverseSharing.LocalDataverse.Metadata.Solution;

/// <summary>Reads one &lt;attribute&gt; of an Entity.xml into a column definition.</summary>
internal static class AttributeXmlReader
{
    public static ColumnDefinition Read(SolutionXmlNode node)
    {
        var schemaName = node.RequiredAttribute("PhysicalName");
        var typeName = node.RequiredValue("Type");
        var type = ToColumnType(typeName) ?? throw node.Error($"Attribute '{schemaName}' has the unsupported type '{typeName}'.");
        var logicalName = node.Value("LogicalName") ?? schemaName.ToLowerInvariant();
        var optionSetNode = node.Child("optionset");
        var column = new ColumnDefinition
        {
            LogicalName = logicalName,
            SchemaName = schemaName,
            Type = type,
            DisplayName = node.Child("displaynames")?.Children("displayname").Select(d => d.Attribute("description")).FirstOrDefault(),
            RequiredLevel = ToRequiredLevel(node),
            MaxLength = type is ColumnType.String or ColumnType.Memo ? node.IntValue("MaxLength") : null,
            MinValue = node.DecimalValue("MinValue"),
            MaxValue = node.DecimalValue("MaxValue"),
            Precision = node.IntValue("Accuracy"),
            Targets = type == ColumnType.Owner ? ["systemuser", "team"] : [],
            OptionSet = optionSetNode is { } local ? OptionSetXmlReader.Read(local, isGlobal: false) : null,
            GlobalOptionSetName = optionSetNode is null ? node.Value("OptionSetName") : null,
            DateTimeBehavior = type == ColumnType.DateTime ? ToBehavior(node) : null,
            IsDateOnlyFormat = type == ColumnType.DateTime && node.Value("Format") == "date",
            IsPrimaryId = typeName == "primarykey",
            IsPrimaryName = (node.Value("DisplayMask") ?? string.Empty).Split('|').Contains("PrimaryName"),
            IsCustom = node.Flag("IsCustomField", absent: false),
            ValidForCreate = node.Flag("ValidForCreateApi", absent: true),
            ValidForUpdate = node.Flag("ValidForUpdateApi", absent: true),
            Source = node.Location,
        };
        if (column.Type is ColumnType.String or ColumnType.Memo && column.MaxLength is null)
        {
            throw node.Error($"Text attribute '{schemaName}' has no MaxLength.");
        }

        if (column.Type is ColumnType.Picklist or ColumnType.MultiSelectPicklist or ColumnType.State or ColumnType.Status
            && column.OptionSet is null && column.GlobalOptionSetName is null)
        {
            throw node.Error($"Choice attribute '{schemaName}' has neither an <optionset> nor an <OptionSetName>.");
        }

        return column;
    }

    private static ColumnType? ToColumnType(string type) => type switch
    {
        "primarykey" or "uniqueidentifier" => ColumnType.Uniqueidentifier,
        "nvarchar" => ColumnType.String,
        "ntext" => ColumnType.Memo,
        "int" => ColumnType.Integer,
        "bigint" => ColumnType.BigInt,
        "decimal" => ColumnType.Decimal,
        "money" => ColumnType.Money,
        "bit" => ColumnType.Boolean,
        "datetime" => ColumnType.DateTime,
        "lookup" => ColumnType.Lookup,
        "owner" => ColumnType.Owner,
        "customer" => ColumnType.Customer,
        "picklist" => ColumnType.Picklist,
        "multiselectpicklist" => ColumnType.MultiSelectPicklist,
        "state" => ColumnType.State,
        "status" => ColumnType.Status,
        _ => null,
    };

    private static RequiredLevel ToRequiredLevel(SolutionXmlNode node) => node.Value("RequiredLevel") switch
    {
        null or "none" => RequiredLevel.None,
        "systemrequired" => RequiredLevel.SystemRequired,
        "required" => RequiredLevel.ApplicationRequired,
        "recommended" => RequiredLevel.Recommended,
        var other => throw node.Error($"Unknown RequiredLevel '{other}'."),
    };

    private static DateTimeBehavior ToBehavior(SolutionXmlNode node) => node.IntValue("Behavior") switch
    {
        null or 1 => DateTimeBehavior.UserLocal,
        2 => DateTimeBehavior.DateOnly,
        3 => DateTimeBehavior.TimeZoneIndependent,
        var other => throw node.Error($"Unknown date and time Behavior {other}; expected 1, 2 or 3."),
    };
}
