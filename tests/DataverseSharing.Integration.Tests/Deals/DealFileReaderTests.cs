using DataverseSharing.Domain.Practices;
using DataverseSharing.Integration.Deals;

namespace DataverseSharing.Integration.Tests.Deals;

public sealed class DealFileReaderTests
{
    private static DealFileResult Read(string json) => DealFileReader.Read("deal.json", json, "default name", DealFileLimits.Default);

    private static string OnlyError(string json) => Assert.Single(Read(json).Errors).ToString();

    [Fact]
    public void Read_EveryField_GivesTheDeal()
    {
        var result = Read("""
            {
              "name": "Acme renewal",
              "industry": "Financial",
              "region": "Europe",
              "stage": "Propose",
              "estimatedValue": 600000,
              "products": ["Cloud ERP"],
              "competitors": ["Oracle"],
              "buyerRoles": ["CFO", "Procurement"],
              "decisionUnitSize": 9,
              "description": "Procurement asks for a discount before signature.",
              "practicesUsed": ["3EB933EB-F35F-46B1-A163-F6E16A2DFF59"],
              "dismissedPracticeIds": [],
              "teamDismissedPracticeIds": null
            }
            """);

        Assert.Empty(result.Errors);
        var deal = Assert.IsType<Domain.Deals.DealContext>(result.Deal);
        Assert.Equal("Acme renewal", result.Name);
        Assert.Equal(("Financial", "Europe", SalesStage.Propose, 600000m, 9), (deal.Industry, deal.Region, deal.Stage, deal.EstimatedValue, deal.DecisionUnitSize));
        Assert.Equal(new[] { "CFO", "Procurement" }, deal.BuyerRoles);
        Assert.Equal(new[] { "3eb933eb-f35f-46b1-a163-f6e16a2dff59" }, deal.PracticesUsed);
        Assert.Empty(deal.TeamDismissedPracticeIds);
    }

    [Fact]
    public void Read_EmptyObject_IsAValidDealNamedByDefault()
    {
        var result = Read("{}");

        Assert.Empty(result.Errors);
        Assert.NotNull(result.Deal);
        Assert.Equal("default name", result.Name);
    }

    [Fact]
    public void Read_ListValues_AreStoredAsTheOrgStoresThem()
    {
        var deal = Read("{ \"products\": [\" Cloud ERP \", \"cloud erp\", \"\", \"Analytics; Field Service\"] }").Deal!;

        Assert.Equal(new[] { "Cloud ERP", "Analytics", "Field Service" }, deal.Products);
    }

    [Fact]
    public void Read_IndustryInOtherCase_TakesTheChoiceLabel()
    {
        Assert.Equal("Durable Manufacturing", Read("{ \"industry\": \"durable manufacturing\" }").Deal!.Industry);
    }

    [Fact]
    public void Read_IndustryNothingLike_ListsTheLabels()
    {
        var error = OnlyError("{ \"industry\": \"Zzz\" }");

        Assert.Contains("'Zzz' is not an industry: an industry is a label of the account industrycode choice: Accounting, ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BlankText_IsTheSameAsLeavingItOut()
    {
        var result = Read("{ \"name\": \"  \", \"region\": \"\", \"description\": null }");

        Assert.Empty(result.Errors);
        Assert.Equal("default name", result.Name);
        Assert.Null(result.Deal!.Region);
    }

    [Fact]
    public void Read_TextLongerThanItsColumn_IsAnError()
    {
        var error = OnlyError("{ \"description\": \"" + new string('x', 2001) + "\" }");

        Assert.Equal("deal.json:1: field 'description': 2001 characters; at most 2000.", error);
    }

    [Fact]
    public void Read_ListLongerThanItsColumnOnceJoined_IsAnError()
    {
        var items = string.Join(", ", Enumerable.Range(0, 100).Select(i => $"\"competitor number {i}\""));

        Assert.Contains("field 'competitors': ", OnlyError("{ \"competitors\": [" + items + "] }"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[1]", "a deal file holds one JSON object, found an array.")]
    [InlineData("\"deal\"", "a deal file holds one JSON object, found a string ('deal').")]
    [InlineData("{ \"stage\": \"Close\",", "not valid JSON")]
    [InlineData("{ \"stage\": \"Close\" } {}", "not valid JSON")]
    [InlineData("/* only a comment */", "the file holds no JSON value")]
    public void Read_NotOneObject_IsRefusedWhole(string json, string expected)
    {
        var result = Read(json);

        var error = Assert.Single(result.Errors);
        Assert.Null(error.Field);
        Assert.Contains(expected, error.Problem, StringComparison.Ordinal);
        Assert.Null(result.Deal);
    }

    [Fact]
    public void Read_InvalidJson_GivesLineAndColumnWithoutNewtonsoftsPathSuffix()
    {
        var error = OnlyError("{\n  \"stage\": Close\n}");

        Assert.StartsWith("deal.json:2: not valid JSON at column ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Path '", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Comments_AreAllowedAsInPracticeFiles()
    {
        Assert.Equal(SalesStage.Close, Read("{\n  // the deal's stage\n  \"stage\": /* now */ \"Close\"\n}").Deal!.Stage);
    }

    [Fact]
    public void Read_Errors_AreInLineOrder()
    {
        var errors = Read("{\n \"colour\": 1,\n \"stage\": \"x\",\n \"products\": 3\n}").Errors;

        Assert.Equal(new[] { 2, 3, 4 }, errors.Select(e => e.Line));
    }

    [Fact]
    public void Read_HugeWholeNumber_IsOutOfRangeNotACrash()
    {
        Assert.Contains("out of range", OnlyError("{ \"decisionUnitSize\": 123456789012345678901234567890 }"), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotANumberLiteral_IsRefused()
    {
        Assert.Equal("deal.json:1: field 'estimatedValue': must be a number, found NaN.", OnlyError("{ \"estimatedValue\": NaN }"));
    }

    [Fact]
    public void Read_ValueWithLineBreak_StaysOneLineInTheError()
    {
        var error = OnlyError("{ \"stage\": \"Close\\nnow\" }");

        Assert.DoesNotContain('\n', error);
        Assert.Contains("'Close now' is not a sales stage", error, StringComparison.Ordinal);
    }
}
