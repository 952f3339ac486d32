using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Metadata.Standard;

namespace DataverseSharing.LocalDataverse.Tests.Setup;

/// <summary>
/// The standard tables plus the registration tables with the columns the engine writes at open (Dataverse's
/// names and types), for tests of the row sync that must not depend on which standard tables ship.
/// </summary>
internal static class RegistrationCatalog
{
    private static readonly Lazy<MetadataCatalog> Catalog = new(Build);

    public static MetadataCatalog Value => Catalog.Value;

    /// <summary>The standard tables and the given folders' own, plus the registration tables.</summary>
    public static MetadataCatalog With(Action<MetadataCatalogBuilder> more)
    {
        var builder = StandardTables.AddTo(new MetadataCatalogBuilder());
        more(builder);
        return AddRegistrationTables(builder).Build();
    }

    private static MetadataCatalog Build() => AddRegistrationTables(StandardTables.AddTo(new MetadataCatalogBuilder())).Build();

    private static MetadataCatalogBuilder AddRegistrationTables(MetadataCatalogBuilder builder) => builder
        .AddTable(Table("publisher", "Publisher", Text("uniquename"), Text("friendlyname"), Text("customizationprefix"), Whole("customizationoptionvalueprefix")))
        .AddTable(Table("solution", "Solution", Text("uniquename"), Text("friendlyname"), Text("version"), Flag("ismanaged"), Lookup("publisherid", "publisher")))
        .AddTable(Table("pluginassembly", "PluginAssembly", Text("name"), Text("version"), Text("culture"), Text("publickeytoken"), Choice("isolationmode", 1, 2, 3), Choice("sourcetype", 0, 1, 2, 3), Lookup("packageid", "pluginpackage")))
        .AddTable(Table("pluginpackage", "PluginPackage", Text("name"), Text("uniquename"), Text("version")))
        .AddTable(Table("plugintype", "PluginType", Text("typename"), Text("name"), Text("friendlyname"), Text("assemblyname"), Text("version"), Flag("isworkflowactivity"), Lookup("pluginassemblyid", "pluginassembly")))
        .AddTable(Table("sdkmessage", "SdkMessage", Text("name")))
        .AddTable(Table("sdkmessagefilter", "SdkMessageFilter", Lookup("sdkmessageid", "sdkmessage"), Text("primaryobjecttypecode"), Text("secondaryobjecttypecode")))
        .AddTable(Table(
            "sdkmessageprocessingstep",
            "SdkMessageProcessingStep",
            Text("name"), Choice("stage", 5, 10, 15, 20, 30, 40, 45, 50), Choice("mode", 0, 1), Whole("rank"), Text("filteringattributes"), Text("configuration"),
            Lookup("plugintypeid", "plugintype"), Lookup("eventhandler", "plugintype"), Lookup("sdkmessageid", "sdkmessage"), Lookup("sdkmessagefilterid", "sdkmessagefilter"),
            Lookup("impersonatinguserid", "systemuser"), Flag("asyncautodelete"), Choice("supporteddeployment", 0, 1, 2), Choice("statecode", 0, 1), Choice("statuscode", 1, 2)))
        .AddTable(Table(
            "sdkmessageprocessingstepimage",
            "SdkMessageProcessingStepImage",
            Text("name"), Text("entityalias"), Choice("imagetype", 0, 1, 2), Text("attributes"), Text("messagepropertyname"), Lookup("sdkmessageprocessingstepid", "sdkmessageprocessingstep")));

    private static TableDefinition Table(string name, string schemaName, params ColumnDefinition[] columns) =>
        new(name, name + "id", [new ColumnDefinition { LogicalName = name + "id", Type = ColumnType.Uniqueidentifier, IsPrimaryId = true, ValidForUpdate = false }, .. columns, .. CommonColumns.Audit()])
        {
            SchemaName = schemaName,
            Ownership = OwnershipType.OrganizationOwned,
        };

    private static ColumnDefinition Text(string name) => new() { LogicalName = name, Type = ColumnType.String, MaxLength = 4000 };

    private static ColumnDefinition Whole(string name) => new() { LogicalName = name, Type = ColumnType.Integer, MinValue = int.MinValue, MaxValue = int.MaxValue };

    private static ColumnDefinition Flag(string name) => new() { LogicalName = name, Type = ColumnType.Boolean };

    private static ColumnDefinition Lookup(string name, string target) => new() { LogicalName = name, Type = ColumnType.Lookup, Targets = [target] };

    private static ColumnDefinition Choice(string name, params int[] values) => new()
    {
        LogicalName = name,
        Type = ColumnType.Picklist,
        OptionSet = new OptionSetDefinition(name, OptionSetKind.Picklist, isGlobal: false, values.Select(v => new OptionDefinition(v, v.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
    };
}
