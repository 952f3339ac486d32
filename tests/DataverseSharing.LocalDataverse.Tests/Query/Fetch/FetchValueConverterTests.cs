using DataverseSharing.LocalDataverse.Query.Fetch;
using Microsoft.Xrm.Sdk.Query;

namespace DataverseSharing.LocalDataverse.Tests.Query.Fetch;

public class FetchValueConverterTests
{
    private static readonly FetchValueConverter Converter = new(new FetchValueTypes((entity, attribute) => (entity, attribute) switch
    {
        ("account", "accountid") => typeof(Guid),
        ("account", "numberofemployees") => typeof(int),
        ("account", "revenue") => typeof(decimal),
        ("account", "createdon") => typeof(DateTime),
        ("account", "donotemail") => typeof(bool?),
        ("account", "name") => typeof(string),
        ("account", "versionnumber") => typeof(long),
        ("account", "exchangerate") => typeof(double),
        ("account", "image") => typeof(byte[]),
        _ => null,
    }));

    private static ConditionExpression Condition(string attribute, ConditionOperator conditionOperator, params string[] values) =>
        new(attribute, conditionOperator, values);

    [Fact]
    public void ConvertValues_Guid_AcceptsBracedIds()
    {
        var id = Guid.Parse("E062B974-7F8D-DC11-9048-0003FF27AC3B");

        Assert.Equal([id], Converter.ConvertValues("account", Condition("accountid", ConditionOperator.Equal, "{E062B974-7F8D-DC11-9048-0003FF27AC3B}")));
    }

    [Fact]
    public void ConvertValues_In_ConvertsEveryValue()
    {
        Assert.Equal([1, 2, 3], Converter.ConvertValues("account", Condition("numberofemployees", ConditionOperator.In, "1", " 2", "3")));
    }

    [Fact]
    public void ConvertValues_DecimalLongDoubleAndBool_UseInvariantCulture()
    {
        Assert.Equal([1234.5m], Converter.ConvertValues("account", Condition("revenue", ConditionOperator.GreaterThan, "1,234.5")));
        Assert.Equal([9007199254740993L], Converter.ConvertValues("account", Condition("versionnumber", ConditionOperator.Equal, "9007199254740993")));
        Assert.Equal([0.25], Converter.ConvertValues("account", Condition("exchangerate", ConditionOperator.Equal, "0.25")));
        Assert.Equal([true, false], Converter.ConvertValues("account", Condition("donotemail", ConditionOperator.In, "1", "false")));
    }

    [Fact]
    public void ConvertValues_DateWithoutOffset_IsUtc()
    {
        var date = (DateTime)Converter.ConvertValues("account", Condition("createdon", ConditionOperator.OnOrAfter, "2019-01-01"))[0];

        Assert.Equal(new DateTime(2019, 1, 1, 0, 0, 0, DateTimeKind.Utc), date);
        Assert.Equal(DateTimeKind.Utc, date.Kind);
    }

    [Fact]
    public void ConvertValues_DateWithOffset_IsMovedToUtc()
    {
        var date = (DateTime)Converter.ConvertValues("account", Condition("createdon", ConditionOperator.Equal, "2019-01-01T10:00:00+02:00"))[0];

        Assert.Equal(new DateTime(2019, 1, 1, 8, 0, 0, DateTimeKind.Utc), date);
    }

    [Fact]
    public void ConvertValues_XOperatorOnDateColumn_IsAWholeNumber()
    {
        Assert.Equal([7], Converter.ConvertValues("account", Condition("createdon", ConditionOperator.LastXDays, "7")));
        Assert.Equal([3, 2024], Converter.ConvertValues("account", Condition("createdon", ConditionOperator.InFiscalPeriodAndYear, "3", "2024")));
    }

    [Fact]
    public void ConvertValues_LikeOnNumberColumn_StaysText()
    {
        Assert.Equal(["1%"], Converter.ConvertValues("account", Condition("numberofemployees", ConditionOperator.Like, "1%")));
    }

    [Fact]
    public void ConvertValues_StringColumn_KeepsTheTextUntrimmed()
    {
        Assert.Equal([" Contoso "], Converter.ConvertValues("account", Condition("name", ConditionOperator.Equal, " Contoso ")));
    }

    [Fact]
    public void ConvertValues_ColumnComparison_KeepsTheOtherColumnName()
    {
        var condition = new ConditionExpression("numberofemployees", ConditionOperator.GreaterThan, true, "revenue");

        Assert.Equal(["revenue"], Converter.ConvertValues("account", condition));
    }

    [Fact]
    public void ConvertValues_UnknownColumn_KeepsStrings()
    {
        Assert.Equal(["x"], Converter.ConvertValues("account", Condition("nosuchcolumn", ConditionOperator.Equal, "x")));
    }

    [Fact]
    public void ConvertValues_AlreadyTypedValue_IsLeftAlone()
    {
        var condition = new ConditionExpression("numberofemployees", ConditionOperator.Equal, 5);

        Assert.Equal([5], Converter.ConvertValues("account", condition));
    }

    [Fact]
    public void ConvertValues_BadValue_IsRefusedTheDataverseWay()
    {
        var error = Assert.Throws<FetchXmlException>(() => Converter.ConvertValues("account", Condition("numberofemployees", ConditionOperator.Equal, "many")));

        Assert.Equal(FetchXmlErrorCodes.InvalidArgument, error.ErrorCode);
        Assert.Contains("convert input value 'many' to attribute 'account.numberofemployees'", error.Message, StringComparison.Ordinal);
        Assert.Contains("System.Int32", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("accountid", "not-a-guid")]
    [InlineData("revenue", "12abc")]
    [InlineData("createdon", "yesterday-ish")]
    [InlineData("donotemail", "yes")]
    public void ConvertValues_ValueOfTheWrongType_IsRefused(string attribute, string value)
    {
        Assert.Throws<FetchXmlException>(() => Converter.ConvertValues("account", Condition(attribute, ConditionOperator.Equal, value)));
    }

    [Fact]
    public void ConvertValues_UnsupportedClrType_IsAProgrammingError()
    {
        Assert.Throws<NotSupportedException>(() => Converter.ConvertValues("account", Condition("image", ConditionOperator.Equal, "x")));
    }

    [Fact]
    public void Constructor_NullTypes_IsRefused()
    {
        Assert.Throws<ArgumentNullException>(() => new FetchValueConverter(null!));
    }

    [Fact]
    public void ConvertValues_ParsedFetchCondition_EndToEnd()
    {
        ConditionExpression condition = Assert.Single(FetchXmlParser.Parse(
            "<fetch><entity name='account'><filter><condition attribute='numberofemployees' operator='between'><value>6</value><value>20</value></condition></filter></entity></fetch>")
            .Query.Criteria.Conditions);

        Assert.Equal([6, 20], Converter.ConvertValues("account", condition));
    }
}
