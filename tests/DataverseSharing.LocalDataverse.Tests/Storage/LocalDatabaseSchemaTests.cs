using DataverseSharing.LocalDataverse.Metadata;
using DataverseSharing.LocalDataverse.Storage;
using Microsoft.Data.Sqlite;

namespace DataverseSharing.LocalDataverse.Tests.Storage;

/// <summary>
/// The SQL schema the engine creates from the metadata, for every table laid out (as a first write to each lays it
/// out; when that happens is LazyTablesTests' subject).
/// </summary>
public sealed class LocalDatabaseSchemaTests : IDisposable
{
    private readonly LocalDatabase database = LocalDatabase.OpenInMemory(LocalMetadata.Default);

    public LocalDatabaseSchemaTests() => SqliteProbe.LayOut(database);

    public void Dispose() => database.Dispose();

    [Fact]
    public void LayOut_EveryTable_OneSqlTablePerDataverseTable()
    {
        var tables = SqliteProbe.Tables(database.Connection);

        Assert.Equal(LocalMetadata.Default.Tables.Select(t => t.LogicalName).Order(StringComparer.Ordinal), tables);
        Assert.Contains("dvs_bestpractice_contributor", tables);
        Assert.Contains("systemuserroles", tables);
    }

    [Theory]
    [InlineData("dvs_bestpractice", "dvs_bestpracticeid", "TEXT")]
    [InlineData("dvs_bestpractice", "dvs_name", "TEXT")]
    [InlineData("dvs_bestpractice", "dvs_version", "INTEGER")]
    [InlineData("dvs_bestpractice", "dvs_topic", "INTEGER")]
    [InlineData("dvs_bestpractice", "dvs_flaggedforreview", "INTEGER")]
    [InlineData("dvs_bestpractice", "dvs_effectivenessscore", "TEXT")]
    [InlineData("dvs_bestpractice", "dvs_salesstages", "TEXT")]
    [InlineData("dvs_bestpractice", "dvs_reviewon", "TEXT")]
    [InlineData("dvs_bestpractice", "statecode", "INTEGER")]
    [InlineData("dvs_bestpractice", "versionnumber", "INTEGER")]
    [InlineData("dvs_bestpractice", "ownerid", "TEXT")]
    [InlineData("dvs_bestpractice", "ownerid__type", "TEXT")]
    [InlineData("opportunity", "estimatedvalue", "TEXT")]
    [InlineData("opportunity", "customerid__type", "TEXT")]
    [InlineData("opportunity", "dvs_decisionunitsize", "INTEGER")]
    [InlineData("account", "dvs_region", "TEXT")]
    public void Open_Columns_HaveTheirStorageTypes(string table, string column, string sqlType)
    {
        var columns = SqliteProbe.Strings(database.Connection, "SELECT name, type FROM pragma_table_info($t)", ("$t", table));

        Assert.Contains($"{column}|{sqlType}", columns);
    }

    [Fact]
    public void Open_SingleTargetLookup_HasNoTypeColumn()
    {
        var columns = SqliteProbe.Strings(database.Connection, "SELECT name FROM pragma_table_info('dvs_practicesuggestion')");

        Assert.Contains("dvs_opportunityid", columns);
        Assert.DoesNotContain("dvs_opportunityid__type", columns);
    }

    [Fact]
    public void Open_PrimaryKey_IsNotNullPrimaryKey()
    {
        var key = SqliteProbe.Strings(database.Connection, "SELECT name, \"notnull\", pk FROM pragma_table_info('dvs_bestpractice') WHERE pk > 0");

        Assert.Equal(["dvs_bestpracticeid|1|1"], key);
    }

    [Theory]
    [InlineData("dvs_practicesuggestion", "dvs_opportunityid")]
    [InlineData("dvs_practicesuggestion", "dvs_bestpracticeid")]
    [InlineData("dvs_bestpractice", "dvs_sourceopportunityid")]
    [InlineData("dvs_bestpractice", "ownerid")]
    [InlineData("opportunity", "parentaccountid")]
    public void Open_LookupColumns_AreIndexed(string table, string column)
    {
        var indexed = SqliteProbe.Strings(
            database.Connection,
            "SELECT ii.name FROM pragma_index_list($t) il JOIN pragma_index_info(il.name) ii",
            ("$t", table));

        Assert.Contains(column, indexed);
    }

    [Fact]
    public void Open_AlternateKey_RejectsADuplicate()
    {
        Insert("dvs_bestpractice", ("dvs_bestpracticeid", Guid.NewGuid()), ("dvs_practicekey", "discovery-questions"));

        var error = Assert.Throws<SqliteException>(() =>
            Insert("dvs_bestpractice", ("dvs_bestpracticeid", Guid.NewGuid()), ("dvs_practicekey", "discovery-questions")));

        Assert.Equal(19, error.SqliteErrorCode);
    }

    [Fact]
    public void Open_TextAlternateKey_IgnoresCase()
    {
        Insert("dvs_bestpractice", ("dvs_bestpracticeid", Guid.NewGuid()), ("dvs_practicekey", "Discovery-Questions"));

        Assert.Throws<SqliteException>(() =>
            Insert("dvs_bestpractice", ("dvs_bestpracticeid", Guid.NewGuid()), ("dvs_practicekey", "discovery-questions")));
    }

    [Fact]
    public void Open_AlternateKey_AllowsRowsWithoutAKey()
    {
        Insert("dvs_bestpractice", ("dvs_bestpracticeid", Guid.NewGuid()));
        Insert("dvs_bestpractice", ("dvs_bestpracticeid", Guid.NewGuid()));

        Assert.Equal(["2"], SqliteProbe.Strings(database.Connection, "SELECT count(*) FROM dvs_bestpractice"));
    }

    [Fact]
    public void Open_CompositeAlternateKey_RejectsTheSamePracticeTwiceOnAnOpportunity()
    {
        var opportunity = Guid.NewGuid();
        var practice = Guid.NewGuid();
        Insert("dvs_practicesuggestion", ("dvs_practicesuggestionid", Guid.NewGuid()), ("dvs_opportunityid", opportunity), ("dvs_bestpracticeid", practice));
        Insert("dvs_practicesuggestion", ("dvs_practicesuggestionid", Guid.NewGuid()), ("dvs_opportunityid", Guid.NewGuid()), ("dvs_bestpracticeid", practice));

        Assert.Throws<SqliteException>(() =>
            Insert("dvs_practicesuggestion", ("dvs_practicesuggestionid", Guid.NewGuid()), ("dvs_opportunityid", opportunity), ("dvs_bestpracticeid", practice)));
    }

    [Fact]
    public void Open_IntersectTable_RejectsTheSamePairTwice()
    {
        var practice = Guid.NewGuid();
        var user = Guid.NewGuid();
        Insert("dvs_bestpractice_contributor", ("dvs_bestpractice_contributorid", Guid.NewGuid()), ("dvs_bestpracticeid", practice), ("systemuserid", user));

        Assert.Throws<SqliteException>(() =>
            Insert("dvs_bestpractice_contributor", ("dvs_bestpractice_contributorid", Guid.NewGuid()), ("dvs_bestpracticeid", practice), ("systemuserid", user)));
    }

    [Fact]
    public void OpenInMemory_TwoDatabases_AreIndependent()
    {
        using var other = LocalDatabase.OpenInMemory(LocalMetadata.Default);
        SqliteProbe.LayOut(other, "account");
        Insert("account", ("accountid", Guid.NewGuid()), ("name", "Contoso"));

        Assert.Equal(["0"], SqliteProbe.Strings(other.Connection, "SELECT count(*) FROM account"));
    }

    [Fact]
    public void Open_TableAndColumnNamesNeedingQuotes_AreQuoted()
    {
        var catalog = new MetadataCatalogBuilder()
            .AddTable(new TableDefinition(
                "order",
                "orderid",
                [
                    new ColumnDefinition { LogicalName = "orderid", Type = ColumnType.Uniqueidentifier, IsPrimaryId = true },
                    new ColumnDefinition { LogicalName = "select", Type = ColumnType.String, MaxLength = 10 },
                    new ColumnDefinition { LogicalName = "we\"ird", Type = ColumnType.Integer },
                ],
                [new AlternateKeyDefinition("group", "group", ["select"])]))
            .Build();

        using var odd = LocalDatabase.OpenInMemory(catalog);
        SqliteProbe.LayOut(odd);

        Assert.Equal(["orderid", "select", "we\"ird"], SqliteProbe.Strings(odd.Connection, "SELECT name FROM pragma_table_info('order')"));
    }

    private void Insert(string table, params (string Column, object Value)[] values)
    {
        var columns = string.Join(", ", values.Select(v => $"\"{v.Column}\""));
        var parameters = string.Join(", ", values.Select((_, i) => $"$p{i}"));
        SqliteProbe.Execute(
            database.Connection,
            $"INSERT INTO \"{table}\" ({columns}) VALUES ({parameters})",
            values.Select((v, i) => ($"$p{i}", v.Value is Guid g ? (object)g.ToString("D") : v.Value)).ToArray());
    }
}
