using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.Testing.Engine;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Metadata.Standard;

/// <summary>
/// The activity, note, currency and queue tables generated from Microsoft's table reference (common-tables.json):
/// rows written and read back with documented columns, choices and lookups refused outside their documented values.
/// </summary>
public sealed class CommonTablesTests
{
    private static readonly MetadataCatalog Catalog = LocalMetadata.StandardOnly();

    [Theory]
    [InlineData("activitypointer", "Activity", "activitypointers", "activityid", "subject", OwnershipType.UserOwned)]
    [InlineData("task", "Task", "tasks", "activityid", "subject", OwnershipType.UserOwned)]
    [InlineData("phonecall", "PhoneCall", "phonecalls", "activityid", "subject", OwnershipType.UserOwned)]
    [InlineData("email", "Email", "emails", "activityid", "subject", OwnershipType.UserOwned)]
    [InlineData("appointment", "Appointment", "appointments", "activityid", "subject", OwnershipType.UserOwned)]
    [InlineData("annotation", "Annotation", "annotations", "annotationid", "subject", OwnershipType.UserOwned)]
    [InlineData("transactioncurrency", "TransactionCurrency", "transactioncurrencies", "transactioncurrencyid", "currencyname", OwnershipType.OrganizationOwned)]
    [InlineData("queue", "Queue", "queues", "queueid", "name", OwnershipType.UserOwned)]
    [InlineData("lead", "Lead", "leads", "leadid", "fullname", OwnershipType.UserOwned)]
    [InlineData("incident", "Incident", "incidents", "incidentid", "title", OwnershipType.UserOwned)]
    [InlineData("product", "Product", "products", "productid", "name", OwnershipType.OrganizationOwned)]
    [InlineData("team", "Team", "teams", "teamid", "name", OwnershipType.BusinessOwned)]
    [InlineData("role", "Role", "roles", "roleid", "name", OwnershipType.BusinessOwned)]
    public void Table_Common_HasDocumentedNamesAndOwnership(string table, string schemaName, string entitySet, string primaryId, string primaryName, OwnershipType ownership)
    {
        var definition = Catalog.GetTable(table);

        Assert.Equal(schemaName == "Activity" ? "ActivityPointer" : schemaName, definition.SchemaName);
        Assert.Equal(entitySet, definition.EntitySetName);
        Assert.Equal(primaryId, definition.PrimaryIdAttribute);
        Assert.True(definition.FindColumn(primaryName)!.IsPrimaryName);
        Assert.Equal(ownership, definition.Ownership);
        Assert.Equal(ownership == OwnershipType.UserOwned, definition.FindColumn("owninguser") is not null);
    }

    [Theory]
    [InlineData("activitypointer", "0:1,1:2,2:3,3:4", "1:0,2:1,3:2,4:3")]
    [InlineData("task", "0:2,1:5,2:6", "2:0,3:0,4:0,5:1,6:2,7:0")]
    [InlineData("phonecall", "0:1,1:2,2:3", "1:0,2:1,3:2,4:1")]
    [InlineData("email", "0:1,1:2,2:5", "1:0,2:1,3:1,4:1,5:2,6:1,7:1,8:0")]
    [InlineData("appointment", "0:1,1:3,2:4,3:5", "1:0,2:0,3:1,4:2,5:3,6:3")]
    [InlineData("transactioncurrency", "0:1,1:2", "1:0,2:1")]
    [InlineData("queue", "0:1,1:2", "1:0,2:1")]
    [InlineData("lead", "0:1,1:3,2:4", "1:0,2:0,3:1,4:2,5:2,6:2,7:2")]
    [InlineData("incident", "0:1,1:5,2:6", "1:0,2:0,3:0,4:0,5:1,6:2,1000:1,2000:2")]
    [InlineData("product", "0:1,1:2,2:0,3:3", "0:2,1:0,2:1,3:3")]
    public void StateAndStatus_Documented_PairWithDefaultStatuses(string table, string states, string statuses)
    {
        var definition = Catalog.GetTable(table);

        Assert.Equal(states, string.Join(',', definition.FindColumn("statecode")!.OptionSet!.Options.Select(o => $"{o.Value}:{o.DefaultStatus}")));
        Assert.Equal(statuses, string.Join(',', definition.FindColumn("statuscode")!.OptionSet!.Options.Select(o => $"{o.Value}:{o.State}")));
    }

    [Theory]
    [InlineData("task", "regardingobjectid", new[] { "account", "contact", "opportunity", "lead", "incident" })]
    [InlineData("email", "regardingobjectid", new[] { "account", "contact", "opportunity", "lead", "incident" })]
    [InlineData("email", "emailsender", new[] { "account", "contact", "queue", "systemuser" })]
    [InlineData("annotation", "objectid", new[] { "account", "contact", "opportunity", "lead", "incident", "product", "appointment", "email", "phonecall", "task" })]
    [InlineData("queue", "businessunitid", new[] { "businessunit" })]
    [InlineData("activitypointer", "transactioncurrencyid", new[] { "transactioncurrency" })]
    [InlineData("incident", "customerid", new[] { "account", "contact" })]
    [InlineData("incident", "productid", new[] { "product" })]
    [InlineData("lead", "originatingcaseid", new[] { "incident" })]
    [InlineData("team", "queueid", new[] { "queue" })]
    [InlineData("role", "parentroleid", new[] { "role" })]
    public void Lookup_Documented_TargetsShippedTables(string table, string column, string[] targets)
    {
        var definition = Catalog.GetTable(table).FindColumn(column)!;

        Assert.True(definition.IsReference);
        Assert.Equal(targets.Order(), definition.Targets.Order());
    }

    [Theory]
    [InlineData("activitypointer")]
    [InlineData("task")]
    [InlineData("phonecall")]
    [InlineData("email")]
    [InlineData("appointment")]
    [InlineData("annotation")]
    [InlineData("transactioncurrency")]
    [InlineData("queue")]
    [InlineData("lead")]
    [InlineData("incident")]
    [InlineData("product")]
    public void CreateRetrieve_DocumentedColumns_RoundTrip(string table)
    {
        using var engine = new LocalEngine();
        var sample = Sample(engine, table);
        var definition = Catalog.GetTable(table);

        var id = engine.Service.Create(sample);
        var read = engine.Service.Retrieve(table, id, new ColumnSet(true));
        var found = engine.Service.RetrieveMultiple(new QueryExpression(table)
        {
            ColumnSet = new ColumnSet(definition.PrimaryNameAttribute!),
            Criteria = { Conditions = { new ConditionExpression(definition.PrimaryIdAttribute, ConditionOperator.Equal, id) } },
        });

        foreach (var (name, value) in sample.Attributes)
        {
            Assert.Equal(Text(value), Text(read[name]));
        }

        Assert.Equal(id, Assert.Single(found.Entities).Id);
        Assert.NotNull(Assert.Single(found.Entities).GetAttributeValue<string>(definition.PrimaryNameAttribute!));
    }

    [Theory]
    [InlineData("activitypointer", "prioritycode")]
    [InlineData("task", "statuscode")]
    [InlineData("phonecall", "prioritycode")]
    [InlineData("email", "deliveryprioritycode")]
    [InlineData("appointment", "prioritycode")]
    [InlineData("transactioncurrency", "currencytype")]
    [InlineData("queue", "queueviewtype")]
    [InlineData("lead", "leadsourcecode")]
    [InlineData("incident", "prioritycode")]
    [InlineData("product", "producttypecode")]
    public void Create_ChoiceOutOfRange_RefusedNamingColumn(string table, string column)
    {
        using var engine = new LocalEngine();
        var sample = Sample(engine, table);
        sample[column] = new OptionSetValue(99);

        var fault = LocalEngine.Fault(() => engine.Service.Create(sample));

        Assert.Contains(column, fault.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("activitypointer", "regardingobjectid")]
    [InlineData("task", "regardingobjectid")]
    [InlineData("phonecall", "regardingobjectid")]
    [InlineData("email", "regardingobjectid")]
    [InlineData("appointment", "regardingobjectid")]
    [InlineData("annotation", "objectid")]
    [InlineData("queue", "businessunitid")]
    [InlineData("lead", "parentaccountid")]
    [InlineData("incident", "customerid")]
    [InlineData("product", "parentproductid")]
    public void Create_LookupToWrongTable_RefusedNamingColumn(string table, string column)
    {
        using var engine = new LocalEngine();
        var sample = Sample(engine, table);
        sample[column] = new EntityReference("team", Guid.NewGuid());

        var fault = LocalEngine.Fault(() => engine.Service.Create(sample));

        Assert.Contains(column, fault.Message, StringComparison.Ordinal);
        Assert.Contains("team", fault.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("team", "isdefault")]
    [InlineData("role", "parentroleid")]
    public void Column_DocumentedReadOnly_NotValidForCreate(string table, string column)
    {
        var definition = Catalog.GetTable(table).FindColumn(column)!;

        Assert.False(definition.ValidForCreate);
        Assert.False(definition.ValidForUpdate);
    }

    [Fact]
    public void Team_TypeSetOnCreate_CannotBeUpdated()
    {
        var definition = Catalog.GetTable("team").FindColumn("teamtype")!;

        Assert.True(definition.ValidForCreate);
        Assert.False(definition.ValidForUpdate);
        Assert.Equal([0, 1, 2, 3], definition.OptionSet!.Options.Select(o => o.Value));
    }

    [Fact]
    public void Lead_FirstAndLastName_MakeFullName()
    {
        using var engine = new LocalEngine();

        var id = engine.Service.Create(Sample(engine, "lead"));

        Assert.Equal("Ana Silva", engine.Service.Retrieve("lead", id, new ColumnSet("fullname")).GetAttributeValue<string>("fullname"));
    }

    [Fact]
    public void Incident_CustomerContact_KeepsItsTable()
    {
        using var engine = new LocalEngine();
        var contact = engine.Service.Create(new Entity("contact") { ["lastname"] = "Okafor" });

        var id = engine.Service.Create(new Entity("incident") { ["title"] = "Broken hinge", ["customerid"] = new EntityReference("contact", contact) });

        Assert.Equal("contact", engine.Service.Retrieve("incident", id, new ColumnSet("customerid")).GetAttributeValue<EntityReference>("customerid")?.LogicalName);
    }

    [Fact]
    public void Delete_CurrencyInUse_Restricted()
    {
        using var engine = new LocalEngine();
        var currency = engine.Service.Create(Sample(engine, "transactioncurrency"));
        var task = Sample(engine, "task");
        task["transactioncurrencyid"] = new EntityReference("transactioncurrency", currency);
        engine.Service.Create(task);

        var fault = LocalEngine.Fault(() => engine.Service.Delete("transactioncurrency", currency));

        Assert.Contains("TransactionCurrency_Task", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Delete_RegardingAccount_DeletesItsTasks()
    {
        using var engine = new LocalEngine();
        var account = engine.CreateAccount();
        var task = engine.Service.Create(new Entity("task") { ["subject"] = "Call back", ["regardingobjectid"] = new EntityReference("account", account) });

        engine.Service.Delete("account", account);

        Assert.Empty(engine.Service.RetrieveMultiple(new QueryExpression("task") { Criteria = { Conditions = { new ConditionExpression("activityid", ConditionOperator.Equal, task) } } }).Entities);
    }

    // One row of each table with documented columns of several kinds; lookups point to rows created first.
    private static Entity Sample(LocalEngine engine, string table) => table switch
    {
        "activitypointer" or "task" or "phonecall" or "appointment" => new Entity(table)
        {
            ["subject"] = "Follow up " + table,
            ["prioritycode"] = new OptionSetValue(2),
            ["scheduledend"] = new DateTime(2026, 3, 9, 17, 0, 0, DateTimeKind.Utc),
            ["regardingobjectid"] = new EntityReference("account", engine.CreateAccount()),
        },
        "email" => new Entity("email")
        {
            ["subject"] = "Quote",
            ["deliveryprioritycode"] = new OptionSetValue(1),
            ["directioncode"] = true,
            ["regardingobjectid"] = new EntityReference("opportunity", engine.CreateOpportunity()),
        },
        "annotation" => new Entity("annotation")
        {
            ["subject"] = "Call notes",
            ["notetext"] = "Asked for a discount.",
            ["objectid"] = new EntityReference("account", engine.CreateAccount()),
        },
        "transactioncurrency" => new Entity("transactioncurrency")
        {
            ["currencyname"] = "Euro",
            ["isocurrencycode"] = "EUR",
            ["currencysymbol"] = "€",
            ["currencyprecision"] = 2,
            ["currencytype"] = new OptionSetValue(1),
            ["exchangerate"] = 0.92m,
        },
        "queue" => new Entity("queue")
        {
            ["name"] = "Support",
            ["emailaddress"] = "support@contoso.test",
            ["queueviewtype"] = new OptionSetValue(0),
            ["businessunitid"] = new EntityReference("businessunit", engine.Service.Create(new Entity("businessunit") { ["name"] = "Sales" })),
        },
        "lead" => new Entity("lead")
        {
            ["subject"] = "Fleet renewal",
            ["firstname"] = "Ana",
            ["lastname"] = "Silva",
            ["leadsourcecode"] = new OptionSetValue(8),
            ["estimatedamount"] = new Money(25000m),
            ["parentaccountid"] = new EntityReference("account", engine.CreateAccount()),
        },
        "incident" => new Entity("incident")
        {
            ["title"] = "Broken hinge",
            ["prioritycode"] = new OptionSetValue(1),
            ["casetypecode"] = new OptionSetValue(2),
            ["customerid"] = new EntityReference("account", engine.CreateAccount()),
        },
        "product" => new Entity("product")
        {
            ["name"] = "Hinge",
            ["productnumber"] = "HX-100",
            ["producttypecode"] = new OptionSetValue(1),
            ["quantitydecimal"] = 2,
            ["price"] = new Money(12.5m),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(table), table, "No sample row for this table."),
    };

    private static string? Text(object? value) => value switch
    {
        EntityReference reference => $"{reference.LogicalName}:{reference.Id}",
        OptionSetValue option => option.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        Money money => money.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DateTime date => date.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
    };
}
